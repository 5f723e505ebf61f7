package io.reportage.quote;

import io.reportage.pipeline.Document;
import io.reportage.pipeline.QuoteDraft;
import java.util.Set;

/**
 * The features the cue model reads about a candidate word, and which words are candidates: the
 * same code serves the run-time cue search ({@link CueFinder}) and the trainer ({@link
 * CueCandidates}), so that both compute exactly the same features.
 */
final class CueFeatures {
  private final AttributionContext ctx;
  private final SubjectFinder subjects;
  private final CueExtent extent;
  private final ClauseBounds bounds;
  private final Document doc;
  private final AttributionLexicons lexicons;
  private final NounPhrases phrases;
  private final SpeakerResolver resolver;
  private final QuoteDraft[] quoteAt;

  CueFeatures(AttributionContext ctx, SubjectFinder subjects, CueExtent extent, ClauseBounds bounds) {
    this.ctx = ctx;
    this.subjects = subjects;
    this.extent = extent;
    this.bounds = bounds;
    this.doc = ctx.doc();
    this.lexicons = ctx.lexicons();
    this.phrases = ctx.phrases();
    this.resolver = ctx.resolver();
    this.quoteAt = ctx.quoteAt();
  }

  /** A word the cue model is asked about: a verb, or a listed cue form used where a verb could stand. */
  boolean isCandidate(int t) {
    if (quoteAt[t] != null) {
      return false;
    }
    String value = lexicons.verbValue(doc.lower(t));
    return "VERB".equals(doc.pos(t)) || value != null && (ctx.isVerb(t) || AttributionContext.isSay(value));
  }

  /** The features of candidate {@code t} for training: as {@link #verbCue} computes them, ungated. */
  String[] features(int t, int start, int end) {
    int before = subjects.skipBackOverAuxiliaries(t - 1, start);
    return features(t, start, end, lexicons.verbValue(doc.lower(t)), subjectKind(t, before, start), ctx.quoteIn(start, end));
  }

  /**
   * What the cue model reads about candidate {@code t} of the sentence {@code [start, end)}: the
   * word, its lemma, tag and listed class, its neighbours, the kind of subject before it and of
   * phrase after it, and what it introduces (that, a colon, a quotation mark, a clause).
   */
  String[] features(int t, int start, int end, String value, String subjectKind, boolean quoteInSentence) {
    String lower = doc.lower(t);
    int space = value == null ? -1 : value.indexOf(' ');
    String lemma = value == null ? lemma(lower) : space < 0 ? value : value.substring(0, space);
    String cueClass = value == null ? "none" : space < 0 ? "speech" : value.substring(space + 1);
    NounPhrases.Phrase next = t + 1 < end ? phrases.startingAt(t + 1, end) : null;
    String nextKind = next == null ? "none" : resolver.candidate(next, phrases).kind.name();
    int after = extent.skipAdjuncts(t + 1, end);
    String introduces = after >= end || ctx.onlyPunctuation(after, end) ? "end"
        : doc.lower(after).equals("that") ? "that"
        : ctx.opensQuote(after) ? "quote"
        : doc.norm(after).equals(":") ? "colon"
        : doc.norm(after).equals(",") && after + 1 < end && ctx.opensQuote(after + 1) ? "comma-quote"
        : doc.lower(after).equals("to") ? "to"
        : bounds.startsClause(after, end, false) ? "clause" : doc.pos(after);
    boolean quoteBefore = ctx.quoteJustBefore(t) >= 0 || ctx.quoteJustBefore(subjects.skipBackOverAuxiliaries(t - 1, start) + 1) >= 0;
    String suffix = lower.endsWith("ing") ? "ing" : lower.endsWith("ed") ? "ed" : lower.endsWith("s") ? "s" : "base";
    String qb = quoteBefore ? "true" : "false";
    return new String[] {
        FeatureNames.of("w=", lower), FeatureNames.of("lem=", lemma), FeatureNames.of("pos=", doc.pos(t)),
        FeatureNames.of("class=", cueClass), FeatureNames.of("suffix=", suffix),
        "p1=" + (t > start ? doc.lower(t - 1) : "<s>"), FeatureNames.of("pp1=", t > start ? doc.pos(t - 1) : "<s>"),
        "n1=" + (t + 1 < end ? doc.lower(t + 1) : "</s>"), FeatureNames.of("pn1=", t + 1 < end ? doc.pos(t + 1) : "</s>"),
        FeatureNames.of("pn2=", t + 2 < end ? doc.pos(t + 2) : "</s>"),
        FeatureNames.of("subj=", subjectKind), FeatureNames.of("next=", nextKind), FeatureNames.of("intro=", introduces),
        FeatureNames.of("qb=", qb), quoteInSentence ? "qs=true" : "qs=false",
        FeatureNames.of("lem+intro=", lemma, introduces), FeatureNames.of("lem+subj=", lemma, subjectKind),
        FeatureNames.of("class+intro=", cueClass, introduces), FeatureNames.of("subj+intro=", subjectKind, introduces),
        FeatureNames.of("lem+qb=", lemma, qb)};
  }

  /**
   * What stands before a candidate cue, after its auxiliaries: the kind of the subject phrase
   * ({@link Speaker.Kind} name), or "conj", "comma", "control" (after "to" or "by") or "start"
   * (a speaker may come from elsewhere), or "none".
   */
  String subjectKind(int t, int before, int start) {
    NounPhrases.Phrase subject = subjects.phraseEndingAt(before, start);
    if (subject != null) {
      return resolver.candidate(subject, phrases).kind.name();
    }
    if (before < start) {
      return "start";
    }
    if (ctx.isConjunction(before)) {
      return "conj";
    }
    String lower = doc.lower(before);
    if (lower.equals("to") || doc.lower(t).endsWith("ing") && GERUND_PREPOSITIONS.contains(lower)) {
      return "control";
    }
    return doc.norm(before).equals(",") || ctx.closesQuote(before) || ctx.isDash(before) ? "comma" : "none";
  }

  static final Set<String> GERUND_PREPOSITIONS = Set.of("by", "after", "before", "while", "without", "in", "on",
      "when", "since", "for");

  /** A rough lemma for a verb outside the lists: "attacked" → "attack", "refuses" → "refuse". */
  static String lemma(String lower) {
    if (lower.endsWith("ing") && lower.length() > 5) {
      return lower.substring(0, lower.length() - 3);
    }
    if (lower.endsWith("ied") && lower.length() > 4) {
      return lower.substring(0, lower.length() - 3) + "y";
    }
    if (lower.endsWith("ed") && lower.length() > 4) {
      return lower.substring(0, lower.length() - 2);
    }
    if (lower.endsWith("es") && lower.length() > 4 && (lower.endsWith("ses") || lower.endsWith("shes") || lower.endsWith("ches"))) {
      return lower.substring(0, lower.length() - 2);
    }
    if (lower.endsWith("s") && !lower.endsWith("ss") && lower.length() > 3) {
      return lower.substring(0, lower.length() - 1);
    }
    return lower;
  }
}
