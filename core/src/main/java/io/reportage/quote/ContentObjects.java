package io.reportage.quote;

import io.reportage.pipeline.Document;
import io.reportage.pipeline.QuoteDraft;
import io.reportage.quote.AttributionWords.WordList;
import io.reportage.text.English;
import java.util.Set;

/**
 * What follows a cue that is no statement of its own: an adjunct ("spoke in Paris"), a speech act
 * named by its object ("made the remarks"); and what is a topic after all: a prepositional object
 * ("warned against hackers"), a reference ("referring to the bill").
 */
final class ContentObjects {
  private final AttributionContext ctx;
  private final Document doc;
  private final AttributionWords words;
  private final AttributionLexicons lexicons;
  private final NounPhrases phrases;
  private final QuoteDraft[] quoteAt;

  ContentObjects(AttributionContext ctx) {
    this.ctx = ctx;
    this.doc = ctx.doc();
    this.words = ctx.lexicons().words();
    this.lexicons = ctx.lexicons();
    this.phrases = ctx.phrases();
    this.quoteAt = ctx.quoteAt();
  }

  /** Prepositions a verb of speaking or stance takes its topic or addressee with ("talked to", "spoke about", "commented on the plan"). */
  private static final Set<String> COMPLEMENT_PREPOSITIONS = Set.of("to", "of", "with", "about", "on", "against", "over",
      "for", "like", "toward", "towards", "at");

  /**
   * Whether the words from {@code from} to {@code to} are only an adjunct: a coordinated verb phrase
   * ("and left"), or a phrase that opens with a preposition introducing no topic ("in Paris",
   * "during the debate", "as a candidate"; "on" only before a time, "on Tuesday") and holds no verb,
   * quote or "that".
   */
  boolean adjunctOnly(int from, int to) {
    if (from >= to || quoteAt[from] != null) {
      return false;
    }
    String pos = doc.pos(from);
    // "laughed and said", "paused and wiped a tear": a second verb joined to the cue is no object of it.
    if ("CCONJ".equals(pos)) {
      return true;
    }
    if (!"ADP".equals(pos) && !"SCONJ".equals(pos)) {
      return false;
    }
    String lower = doc.lower(from);
    if (COMPLEMENT_PREPOSITIONS.contains(lower) && !(lower.equals("on") && ctx.timeFollows(from + 1, to))) {
      return false;
    }
    return !ctx.clauseFollows(from + 1, relativeCommaOrEnd(from + 1, to));
  }

  private static final Set<String> PLACE_TIME_RELATIVES = Set.of("where", "when", "which", "who", "whose");

  /** Where ", where ...", ", which ..." begins a relative clause on the phrase before it; else {@code to}. */
  private int relativeCommaOrEnd(int from, int to) {
    for (int k = from; k + 1 < to; k++) {
      if (quoteAt[k] == null && doc.norm(k).equals(",") && PLACE_TIME_RELATIVES.contains(doc.lower(k + 1))) {
        return k;
      }
    }
    return to;
  }


  /** Words after a speech noun that go on to what it says ("comments about", "the point that", "this statement:"). */
  private static final Set<String> TOPIC_OPENERS = Set.of("about", "on", "of", "to", "for", "against", "over", "that", ":");


  /**
   * "Trump made the comments on Friday", "she delivered her acceptance speech": a definite or
   * possessive speech act performed names words reported elsewhere; with nothing about what it says
   * after its noun ("made the point that ...", "gave remarks on trade" carry it), it holds no content.
   */
  boolean speechActReference(Cue cue, int from, int to) {
    if (!words.has(WordList.PERFORM_VERB, cue.lemma()) && !words.has(WordList.PERFORM_VERB, doc.lower(cue.start()))
        || from >= to || quoteAt[from] != null) {
      return false;
    }
    String first = doc.lower(from);
    boolean definite = first.equals("the") || first.equals("this") || first.equals("these") || first.equals("those")
        || English.POSSESSIVE_DETERMINERS.contains(first) || from + 1 < to && isPossessiveMark(doc.lower(from + 1));
    if (!definite) {
      return false;
    }
    // The noun comes within a few words ("the following comment", "his comments Friday").
    int noun = from + 1;
    while (noun < to && noun - from <= 3 && !words.has(WordList.SPEECH_ACT_NOUN, doc.lower(noun))) {
      noun++;
    }
    if (noun >= to || noun - from > 3) {
      return false;
    }
    int next = noun + 1;
    return next >= to || quoteAt[next] == null && !TOPIC_OPENERS.contains(doc.lower(next));
  }

  private static boolean isPossessiveMark(String lower) {
    return lower.equals("'s");
  }


  /** "referring to the bill": a verb of reference and "to" with the noun phrase spoken of. */
  boolean referenceObject(Cue cue, int t, int end) {
    if (t + 1 >= end || quoteAt[t] != null || !doc.lower(t).equals("to")) {
      return false;
    }
    String verb = doc.lower(cue.start());
    if (!words.startsWithAny(WordList.REFERENCE_STEM, verb)) {
      return false;
    }
    NounPhrases.Phrase object = phrases.startingAt(t + 1, end);
    return object != null && !lexicons.isTimeWord(doc.lower(object.head()));
  }

  /** Prepositions whose object a stance is about ("warned against", "talking about", "voted for"). */
  private static final Set<String> OBJECT_PREPOSITIONS = Set.of("about", "against", "over", "for");

  /** Whether an object preposition stands at {@code t}, followed by a noun phrase that is no time, outlet or place of speaking. */
  boolean prepositionalObject(int t, int end) {
    if (t + 1 >= end || quoteAt[t] != null || !OBJECT_PREPOSITIONS.contains(doc.lower(t))) {
      return false;
    }
    NounPhrases.Phrase object = phrases.startingAt(t + 1, end);
    if (object == null || lexicons.isTimeWord(doc.lower(object.head())) || lexicons.isOutlet(doc.lowers(), t + 1, object.end())) {
      return false;
    }
    // "spoke for two hours": a quantity measures the speaking, it is not its subject.
    for (int k = object.start(); k <= object.head(); k++) {
      if ("NUM".equals(doc.pos(k))) {
        return false;
      }
    }
    return true;
  }

  boolean carriesQuoteOrAs(int from, int end) {
    for (int t = from; t < end && t < from + 12; t++) {
      if (quoteAt[t] != null || doc.lower(t).equals("as")) {
        return true;
      }
    }
    return false;
  }
}
