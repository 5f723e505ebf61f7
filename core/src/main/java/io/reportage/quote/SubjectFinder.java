package io.reportage.quote;

import io.reportage.pipeline.Document;
import io.reportage.pipeline.QuoteDraft;
import io.reportage.text.English;
import java.util.Set;

/**
 * Finds the subject before a cue: steps back over auxiliaries, adverbs and time phrases ("has since
 * confirmed", "on Monday said"), then over asides ("Rubio (R-Fla.)", "Hugh Hill, a doctor,") and
 * relative pronouns ("Smith, who ..."). Returns what it found as a {@link Subject}; it keeps no
 * state between calls.
 */
final class SubjectFinder {
  private final AttributionContext ctx;
  private final Asides asides;
  private final Document doc;
  private final AttributionLexicons lexicons;
  private final NounPhrases phrases;
  private final SpeakerResolver resolver;
  private final QuoteDraft[] quoteAt;

  SubjectFinder(AttributionContext ctx, Asides asides) {
    this.ctx = ctx;
    this.asides = asides;
    this.doc = ctx.doc();
    this.lexicons = ctx.lexicons();
    this.phrases = ctx.phrases();
    this.resolver = ctx.resolver();
    this.quoteAt = ctx.quoteAt();
  }

  /**
   * The closed-class words that may stand between a subject and its cue ("has", "would", "not",
   * "all"): forms of "be", "have", "do" and the modals but "having" and "shall", contractions,
   * negations, some reflexives and distributives. The adverbs are the lexicon's {@code
   * skip-before-cue} list.
   */
  private static final Set<String> SKIPPED_FUNCTION_WORDS = WordSets.union(English.BE_FORMS,
      WordSets.without(English.MODALS, "shall"), WordSets.without(English.HAVE_DO_FORMS, "having"),
      WordSets.without(English.BE_CONTRACTIONS, "'m"), Set.of("'ve", "not", "n't", "all", "both", "each"),
      WordSets.without(English.REFLEXIVE_PRONOUNS, "myself", "yourself", "itself", "ourselves"));

  /** Whether {@code lower} may stand between a subject and its cue ("Peskov also said", "she has repeatedly denied"). */
  static boolean skipsBeforeCue(AttributionWords words, String lower) {
    return SKIPPED_FUNCTION_WORDS.contains(lower) || words.has(AttributionWords.WordList.SKIP_BEFORE_CUE, lower);
  }

  int skipBackOverAuxiliaries(int t, int start) {
    int skipped = 0;
    while (t >= start && skipped < 4 && quoteAt[t] == null) {
      String lower = doc.lower(t);
      String pos = doc.pos(t);
      // "they all said" skips "all"; ", all agreed" has it for subject.
      if (NounPhrases.isQuantifier(lower) && (t == start || "PUNCT".equals(doc.pos(t - 1)))) {
        break;
      }
      if (skipsBeforeCue(lexicons.words(), lower) || "AUX".equals(pos)
          || "ADV".equals(pos) && !NounPhrases.isQuantifier(lower) && !lower.equals("half")) {
        t--;
        skipped++;
      } else {
        int time = skipBackOverTime(t, start);
        if (time == t) {
          break;
        }
        t = time;
      }
    }
    return t;
  }

  /** The longest time phrase skipped between a subject and its verb ("on the morning of Sept. 12"). */
  private static final int MAX_TIME_PHRASE = 5;

  /**
   * Skips back over a time phrase that ends at {@code t} and stands between a subject and its verb
   * ("The court this month rejected", "Ortiz on Monday said", "Wells Fargo just last week
   * announced"): time words, numbers of dates and the words that link them. Returns {@code t} when
   * no time phrase ends there or no noun or pronoun stands before it to be the subject.
   */
  private int skipBackOverTime(int t, int start) {
    // "an ad this week showing ...": before a bare participle the time phrase ends a noun phrase.
    if (!ctx.isTimeToken(t) || ctx.isBareParticiple(t + 1)) {
      return t;
    }
    int k = t;
    while (k >= start && t - k < MAX_TIME_PHRASE && quoteAt[k] == null
        && (ctx.isTimeToken(k) || "NUM".equals(doc.pos(k)) && resolver.nameAt(k) == null || lexicons.isAdjunct(doc.lower(k)))) {
      k--;
    }
    // Adverbs may stand before the time phrase too ("just this month"): the subject is before them.
    int subject = k;
    while (subject >= start && k - subject < 3 && quoteAt[subject] == null
        && (skipsBeforeCue(lexicons.words(), doc.lower(subject)) || "ADV".equals(doc.pos(subject)))) {
      subject--;
    }
    return subject >= start && quoteAt[subject] == null && !ctx.isTimeToken(subject) && phrases.canEnd(subject) ? k : t;
  }

  /**
   * The subject phrase ending at {@code t}: behind a parenthesis ("Rubio (R-Fla.)"), an appositive
   * between commas ("Hugh Hill, a doctor,"), or a relative pronoun ("Smith, who ...").
   */
  Subject subjectEndingAt(int t, int start) {
    return subjectEnding(t, start);
  }

  /** The phrase of {@link #subjectEndingAt}, for a caller that needs no relative pronoun; null when none. */
  NounPhrases.Phrase phraseEndingAt(int t, int start) {
    Subject subject = subjectEnding(t, start);
    return subject == null ? null : subject.phrase();
  }

  private Subject subjectEnding(int t, int start) {
    if (t < start || quoteAt[t] != null) {
      return null;
    }
    // Up to three asides between subject and cue: "Rep. Jim Jordan (R-Ohio), an oversight panel member,"
    // or "Scott Pruitt, the attorney general of Oklahoma, one of the states suing the EPA,".
    for (int round = 0; round < 3 && t >= start; round++) {
      if (doc.norm(t).equals(")")) {
        int open = t - 1;
        while (open > start && t - open < 12 && !doc.norm(open).equals("(")) {
          open--;
        }
        if (open <= start || !doc.norm(open).equals("(")) {
          return null;
        }
        t = open - 1;
      } else if (doc.norm(t).equals(",") && t - 1 > start && doc.norm(t - 1).equals(")")) {
        // "Sen. Jack Reed (D-R.I.), said": a comma after a parenthesis closes no aside of its own.
        t--;
      } else if (doc.norm(t).equals(",")) {
        int comma = t - 1;
        // A relative clause may run long ("Christie, who has campaigned heavily for ... in February, blasted").
        while (comma > start && t - comma < 40 && !doc.norm(comma).equals(",") && quoteAt[comma] == null) {
          comma--;
        }
        if (t - comma > Asides.MAX_APPOSITIVE && comma > start && !phrases.isRelative(comma + 1)) {
          return null;
        }
        if (comma <= start || !doc.norm(comma).equals(",") || !asides.isAside(comma + 1, t)) {
          return null;
        }
        t = comma - 1;
      } else if (ctx.isDash(t) && !doc.norm(t).equals("-")) {
        // "Tom Baker -- a lawyer for the board, a group that fights the plan -- said"
        int open = t - 1;
        while (open > start && t - open <= Asides.MAX_RELATIVE_ASIDE && !ctx.isDash(open) && quoteAt[open] == null) {
          open--;
        }
        if (open <= start || !doc.norm(open).equals(doc.norm(t)) || !asides.isAside(open + 1, firstCommaOrEnd(open + 1, t))) {
          return null;
        }
        t = open - 1;
      } else {
        break;
      }
    }
    // "A group representing nurses endorsed": the phrase before the participle is the subject, even
    // where the participle's own object could speak.
    NounPhrases.Phrase modified = subjectBeforeParticiple(t, start);
    if (modified != null) {
      return new Subject(modified, -1, -1);
    }
    return subjectAt(t, start);
  }

  /** How far back from the cue a past participle that modifies the subject may stand. */
  private static final int MAX_PARTICIPLE_PHRASE = 8;

  /**
   * The subject before a participle that modifies it ("A poll released Friday shows", "The average
   * of polls taken over two weeks shows", "A union representing nurses endorsed"): the phrase before
   * the participle, when it can speak. Only a verbless run of words may stand between participle and cue.
   */
  private NounPhrases.Phrase subjectBeforeParticiple(int t, int start) {
    for (int p = t; p > start && t - p < MAX_PARTICIPLE_PHRASE; p--) {
      String pos = doc.pos(p);
      if (quoteAt[p] != null || "PUNCT".equals(pos) || "AUX".equals(pos) || "SCONJ".equals(pos) || "PRON".equals(pos)) {
        return null;
      }
      if ("VERB".equals(pos)) {
        if (!AttributionContext.isPastParticiple(doc.lower(p)) && !AttributionContext.isPresentParticiple(doc.lower(p)) || !phrases.isNounLike(p - 1)) {
          return null;
        }
        Subject subject = subjectAt(p - 1, start);
        return subject != null && !subject.viaRelative() && ctx.speaks(subject.phrase()) ? subject.phrase() : null;
      }
    }
    return null;
  }

  /** Words for a part of a group that a relative phrase may start with ("many of whom", "most of which"). */
  private static final Set<String> PARTITIVES = Set.of("many", "some", "most", "all", "several", "few", "both",
      "each", "none", "one", "half", "two", "three", "dozens", "hundreds", "thousands", "millions");

  private Subject subjectAt(int t, int start) {
    int relative = -1;
    int relativeStart = -1;
    // "who in 2010 said": a year or date after a preposition is an adjunct, the subject stands before it.
    if (t >= start && (lexicons.isTimeWord(doc.lower(t)) || "NUM".equals(doc.pos(t)) && resolver.nameAt(t) == null)) {
      int k = t;
      while (k > start && t - k < 4 && !"ADP".equals(doc.pos(k))) {
        k--;
      }
      // ... but "one in five said" is a share of people, not a date. (A preposition that opens the
      // sentence has no number before it: the walk stops at the sentence's first token.)
      boolean share = k > start && doc.lower(k).equals("in") && "NUM".equals(doc.pos(k - 1));
      if (k > start && "ADP".equals(doc.pos(k)) && !share) {
        t = k - 1;
      }
    }
    if (t >= start && phrases.isRelative(t) && t - 1 >= start) {
      relative = t;
      relativeStart = t;
      // "victims, many of whom say ...": a quantity of the people before the comma speaks.
      if (t - 3 >= start && doc.lower(t - 1).equals("of") && PARTITIVES.contains(doc.lower(t - 2)) && doc.norm(t - 3).equals(",")) {
        relativeStart = t - 2;
        t -= 2;
      }
      // "Mark Jones (who backs the mayor)", "Jones -- who backs the mayor --": a parenthesis or a
      // dash opens a relative clause as a comma does.
      // After a dash "that" more often opens a clause of its own ("-- that he would run"): only "who" and "which".
      boolean dashRelative = ctx.isDash(t - 1) && !doc.norm(t - 1).equals("-") && !doc.lower(t).equals("that");
      t = doc.norm(t - 1).equals(",") || doc.norm(t - 1).equals("(") || dashRelative ? t - 2 : t - 1;
    }
    if (t < start || quoteAt[t] != null) {
      return null;
    }
    NounPhrases.Phrase phrase = phrases.endingAt(t, start);
    return phrase == null ? null : new Subject(nameBeforeDescription(phrase, start), relative, relativeStart);
  }

  private int firstCommaOrEnd(int from, int to) {
    for (int k = from; k < to; k++) {
      if (doc.norm(k).equals(",")) {
        return k;
      }
    }
    return to;
  }

  /** "Scott Pruitt, the attorney general of Oklahoma," — a description after a name and a comma describes that name. */
  private NounPhrases.Phrase nameBeforeDescription(NounPhrases.Phrase phrase, int start) {
    int comma = phrase.start() - 1;
    String first = doc.pos(phrase.start());
    if (comma - 1 < start || !doc.norm(comma).equals(",") || !"DET".equals(first) && !"NUM".equals(first)
        || resolver.nameAt(phrase.head()) != null || !closedAside(phrase.end())) {
      return phrase;
    }
    NounPhrases.Phrase name = phrases.endingAt(comma - 1, start);
    return name != null && resolver.nameAt(name.head()) != null ? name : phrase;
  }

  /**
   * Whether a description ends as an aside does, at a comma, dash or relative pronoun: in "In
   * Ohio, the governor said" the description runs straight into the verb and is the subject.
   */
  private boolean closedAside(int after) {
    if (after >= doc.tokenCount()) {
      return false;
    }
    String next = doc.norm(after);
    return next.equals(",") || ctx.isDash(after) || phrases.isRelative(after);
  }

  /** The subject of the sentence's main clause, after an introductory phrase, for a cue in a participle clause. */
  Speaker sentenceSubject(int start, int limit) {
    return sentenceSubject(start, limit, false);
  }

  /** As {@link #sentenceSubject(int, int)}; with {@code anyKind}, a document or other noun phrase counts too. */
  Speaker sentenceSubject(int start, int limit, boolean anyKind) {
    int t = start;
    String pos = doc.pos(t);
    if ("ADP".equals(pos) || "SCONJ".equals(pos) || "ADV".equals(pos)) {
      int comma = t;
      while (comma < limit && comma - t < 12 && !doc.norm(comma).equals(",")) {
        comma++;
      }
      if (comma < limit && doc.norm(comma).equals(",")) {
        t = comma + 1;
      }
    }
    while (t < limit && quoteAt[t] != null) {
      t++;
    }
    NounPhrases.Phrase phrase = phrases.startingAt(t, limit);
    if (phrase == null) {
      return null;
    }
    Speaker speaker = resolver.candidate(phrase, phrases);
    return !anyKind && (speaker.kind == Speaker.Kind.OTHER || speaker.kind == Speaker.Kind.DOCUMENT) ? null : speaker;
  }
}
