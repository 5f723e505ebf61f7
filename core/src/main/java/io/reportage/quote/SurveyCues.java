package io.reportage.quote;

import io.reportage.pipeline.Document;
import io.reportage.pipeline.QuoteDraft;
import io.reportage.quote.AttributionWords.WordList;
import java.util.List;
import java.util.Set;

/**
 * Polls and surveys as sources (rule {@code survey-lead}, or {@code according-to-parenthetical}
 * inside the clause): "In the latest Quinnipiac poll, Clinton leads by five points", "In a new
 * poll, 58 percent said yes", "Clinton leads by five points in a Marist poll released Monday". The
 * poll takes the place of "according to"; each scan stays within its sentence.
 */
final class SurveyCues {
  /** Prepositions that lead a sentence with its source: "In a new poll, ...", "By one estimate, ...". */
  private static final Set<String> LEAD_PREPOSITIONS = Set.of("in", "by");

  private final Document doc;
  private final AttributionWords words;
  private final NounPhrases phrases;
  private final QuoteDraft[] quoteAt;
  private final ClauseBounds bounds;

  SurveyCues(AttributionContext ctx, ClauseBounds bounds) {
    this.doc = ctx.doc();
    this.words = ctx.lexicons().words();
    this.phrases = ctx.phrases();
    this.quoteAt = ctx.quoteAt();
    this.bounds = bounds;
  }

  /**
   * Adds the poll cue of the sentence {@code [start, end)} to its other {@code cues}, if it has one.
   * "In a new poll, 58 percent said yes": a leading poll reports the whole clause, its speech
   * included; beside cues of the sentence's own it must be a poll by name ("In offering analysis, X
   * told ..." has none). A poll inside or after the clause counts only where nothing else is a cue.
   */
  void addTo(List<Cue> cues, int start, int end) {
    Cue survey = surveyLead(start, end);
    if (survey != null && (cues.isEmpty() || namesPoll(survey.end(), end))) {
      cues.add(0, survey);
    } else if (cues.isEmpty()) {
      Cue inside = surveyInside(start, end);
      if (inside != null) {
        cues.add(inside);
      }
    }
  }

  /**
   * "In the latest Quinnipiac poll, Clinton leads by five points": a sentence that opens with "in"
   * or "by" and a poll, survey or study up to a comma reports what that document found, as
   * "according to" would ({@link #addTo} decides whether it stands beside the sentence's own cues).
   */
  private Cue surveyLead(int start, int end) {
    int t = start;
    while (t < end && bounds.onlyIntroBefore(start, t) && !LEAD_PREPOSITIONS.contains(doc.lower(t))) {
      t++;
    }
    if (t >= end || !LEAD_PREPOSITIONS.contains(doc.lower(t)) || !bounds.onlyIntroBefore(start, t)) {
      return null;
    }
    NounPhrases.Phrase phrase = phrases.upToComma(t + 1, end);
    if (phrase == null) {
      return null;
    }
    // The survey may be followed by what it asked or when ("poll of likely voters", "survey released Monday").
    for (int k = phrase.start(); k < phrase.end(); k++) {
      if (words.has(WordList.SURVEY_NOUN, doc.lower(k))) {
        return new Cue(t, t + 1, "according-to", CueClass.EVIDENCE, true);
      }
    }
    return null;
  }

  /**
   * "Clinton leads by five points in a Marist poll released Monday": a poll named inside or after
   * the clause is its source as a leading one is. Only a particular poll counts ("a Marist poll",
   * "the latest surveys"), not the standing of a candidate "in the polls", which reports no finding.
   */
  private Cue surveyInside(int start, int end) {
    for (int t = start + 1; t + 1 < end; t++) {
      if (!doc.lower(t).equals("in") || quoteAt[t] != null) {
        continue;
      }
      NounPhrases.Phrase phrase = phrases.startingAt(t + 1, end);
      if (phrase != null && particularSurvey(phrase)) {
        return new Cue(t, t + 1, "according-to", CueClass.EVIDENCE, true);
      }
    }
    return null;
  }

  /** Whether a phrase opening at {@code t} with no verb before its noun ends in "poll" or "survey" ("a new poll"). */
  private boolean namesPoll(int t, int end) {
    NounPhrases.Phrase phrase = phrases.startingAt(t, end);
    return phrase != null && words.has(WordList.POLL_NOUN, doc.lower(phrase.head())) && !"VERB".equals(doc.pos(phrase.start()));
  }

  /** Whether the phrase names one poll or survey, or the latest ones, rather than polling at large. */
  private boolean particularSurvey(NounPhrases.Phrase phrase) {
    int head = phrase.head();
    String noun = doc.lower(head);
    if (!words.has(WordList.POLL_NOUN, noun)) {
      return false;
    }
    if (noun.equals("poll") || noun.equals("survey")) {
      return true;
    }
    for (int k = phrase.start(); k < head; k++) {
      if (words.has(WordList.RECENT_WORD, doc.lower(k))) {
        return true;
      }
    }
    return false;
  }
}
