package io.reportage.quote;

import io.reportage.pipeline.Document;
import io.reportage.pipeline.QuoteDraft;
import io.reportage.text.English;
import java.util.Set;

/**
 * What a cue's words run over before its content: the words that extend it ("said in a
 * statement"), its addressee ("told reporters"), times and adverbs, an aside before "that", and a
 * phrase before the word that introduces the content.
 */
final class CueExtent {
  private final AttributionContext ctx;
  private final Asides asides;
  private final Document doc;
  private final AttributionLexicons lexicons;
  private final NounPhrases phrases;
  private final QuoteDraft[] quoteAt;
  private final int[] plainQuoteEnd;

  CueExtent(AttributionContext ctx, Asides asides) {
    this.ctx = ctx;
    this.asides = asides;
    this.doc = ctx.doc();
    this.lexicons = ctx.lexicons();
    this.phrases = ctx.phrases();
    this.quoteAt = ctx.quoteAt();
    this.plainQuoteEnd = ctx.plainQuoteEnd();
  }

  /** Skips times, adverbs and ", however," between a cue and its content. */
  int skipAdjuncts(int t, int end) {
    int guard = 0;
    while (t < end && guard++ < 10) {
      String lower = doc.lower(t);
      int extended = ctx.extendCue(t, end);
      if (extended > t) {
        t = extended;
      } else if (lexicons.isTimeWord(lower) && !(t + 1 < end && doc.lower(t + 1).equals("'s"))
          || "ADV".equals(doc.pos(t)) && !lower.equals("that") && quoteAt[t] == null
          && !English.QUESTION_WORDS.contains(lower)) {
        t++;
      } else if (lexicons.isAdjunct(lower) && t + 1 < end && ctx.timeFollows(t + 1, end)) {
        t++;
      } else if (lower.equals(",") && t + 2 < end && "ADV".equals(doc.pos(t + 1)) && doc.norm(t + 2).equals(",")) {
        t += 3;
      } else if (lower.equals(",") && asideBeforeThat(t, end) > t) {
        t = asideBeforeThat(t, end);
      } else {
        break;
      }
    }
    return t;
  }

  /** The longest aside between a cue and its "that" ("as did the campaign itself", "in an interview on Sunday"). */
  private static final int MAX_CUE_ASIDE = 10;

  /**
   * "cautioned, as did the campaign itself, that ...", "argued, in a letter to the board, that
   * ...": an aside set off by commas between a cue and the "that" of its content. Returns the
   * position of "that" when the comma at {@code comma} opens such an aside; else {@code comma}.
   */
  private int asideBeforeThat(int comma, int end) {
    for (int k = comma + 2; k + 1 < end && k - comma <= MAX_CUE_ASIDE; k++) {
      if (quoteAt[k] != null || doc.lower(k).equals("that")) {
        return comma;
      }
      if (doc.norm(k).equals(",")) {
        return quoteAt[k + 1] == null && doc.lower(k + 1).equals("that") && !ctx.verbFollows(k + 1) ? k + 1 : comma;
      }
    }
    return comma;
  }

  /**
   * Skips a prepositional phrase between a cue and the word that introduces its content ("says on
   * its website that", "said at a rally in Ohio: “...”"). Returns the position of "that", a colon or
   * an opening quote when one comes before any verb within a dozen words; else {@code t}.
   */
  int skipToIntroducer(int t, int end) {
    if (t >= end || !"ADP".equals(doc.pos(t)) || doc.lower(t).equals("that")) {
      return t;
    }
    for (int k = t + 1; k < end && k - t < 12; k++) {
      String lower = doc.lower(k);
      if (lower.equals("that") || lower.equals(":") || ctx.opensQuote(k)) {
        return k;
      }
      String pos = doc.pos(k);
      if ("VERB".equals(pos) || "AUX".equals(pos) || "SCONJ".equals(pos) || quoteAt[k] != null) {
        return t;
      }
    }
    return t;
  }

  /**
   * After a phrase: skips an appositive (", a doctor," or ", a doctor." at the sentence end), so
   * that what follows the phrase can be read. Returns where reading goes on.
   */
  int skipAppositive(int t, int end) {
    if (t >= end || !doc.norm(t).equals(",")) {
      return t;
    }
    int close = closeOfAside(t + 1, end, 11);
    if (close - t >= 12 && close < end && !doc.norm(close).equals(",") && !ctx.isSentencePunctuation(close)) {
      // "said Ann Lee, a senior official with the agency that runs the program.": an appositive
      // closed by a relative clause may run long; it counts whole when it closes the sentence.
      int longClose = closeOfAside(close, end, Asides.MAX_RELATIVE_ASIDE - 11);
      if (longClose < end && ctx.isSentencePunctuation(longClose)) {
        close = longClose;
      }
    }
    if (close < end && close > t + 1 && asides.isAppositive(t + 1, close)) {
      return doc.norm(close).equals(",") && close + 1 < end && !ctx.opensQuote(close + 1) ? close + 1 : close;
    }
    return t;
  }

  /** The first comma or sentence punctuation from {@code from}, looking at most {@code limit} words on. */
  private int closeOfAside(int from, int end, int limit) {
    int close = from;
    while (close < end && close - from < limit && !doc.norm(close).equals(",") && !ctx.isSentencePunctuation(close)) {
      close++;
    }
    return close;
  }

  /** Skips the person addressed after "told", "warned", "asked": "told reporters", "told CNN's Jake Tapper". */
  /** Object pronouns that name a person addressed ("told him"): English's without "you" and "it". */
  private static final Set<String> ADDRESSEE_PRONOUNS = WordSets.without(English.OBJECT_PRONOUNS, "you", "it");

  int skipAddressee(Cue cue, int from, int end) {
    if (cue.cueClass() != CueClass.ADDRESS || from >= end) {
      return from;
    }
    if (phrases.isPronoun(from) || ADDRESSEE_PRONOUNS.contains(doc.lower(from))) {
      return ctx.extendCue(from + 1, end);
    }
    NounPhrases.Phrase addressee = phrases.startingAt(from, end);
    if (addressee == null) {
      return from;
    }
    int after = addressee.end();
    if (after < end && doc.lower(after).equals("'s")) {
      after++;
    }
    // "told MSNBC's “Morning Joe” that": a title in marks is part of the addressee.
    if (after < end && plainQuoteEnd[after] > after) {
      after = plainQuoteEnd[after];
    }
    return ctx.extendCue(after, end);
  }

  /**
   * "In the previous poll, conducted in early September, Clinton led": a participle aside after the
   * poll tells how it was made; the finding starts after its closing comma. Returns that comma, or
   * {@code t} where no such aside follows.
   */
  int skipParticipleAside(int t, int end) {
    if (t + 1 >= end || !doc.norm(t).equals(",") || !"VERB".equals(doc.pos(t + 1)) || !doc.lower(t + 1).endsWith("ed")
        && !doc.lower(t + 1).endsWith("en")) {
      return t;
    }
    int close = closeOfAside(t + 1, end, 11);
    return close < end && doc.norm(close).equals(",") ? close : t;
  }
}
