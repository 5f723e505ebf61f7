package io.reportage.quote;

import io.reportage.pipeline.Document;
import io.reportage.pipeline.QuoteDraft;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Settles the frames of one sentence against each other: content stops where a later attribution
 * is joined on, "according to" frames lend their speaker to speech inside them, and of two frames
 * one inside the other's content only one stays.
 */
final class FrameSelection {
  private final AttributionContext ctx;
  private final ClauseBounds bounds;
  private final Document doc;
  private final NounPhrases phrases;
  private final AttributionWords words;
  private final SpeakerResolver resolver;
  private final QuoteDraft[] quoteAt;

  FrameSelection(AttributionContext ctx, ClauseBounds bounds) {
    this.ctx = ctx;
    this.bounds = bounds;
    this.doc = ctx.doc();
    this.phrases = ctx.phrases();
    this.words = ctx.lexicons().words();
    this.resolver = ctx.resolver();
    this.quoteAt = ctx.quoteAt();
  }

  /**
   * Of two attributions one inside the other's content, keeps one: news states one attribution per
   * clause, and "Mr. McKinley said that he considered debt a last resort" is Mr. McKinley's
   * statement, not also one of "he" (on PolNeAR dev, dropping the inner ones raises content
   * precision from 0.90 to 0.92 at almost no recall). The stronger cue stays ("As far as whether
   * Sanders senses anger, the senator acknowledged that ..." keeps "acknowledged"); attributions
   * reported through "according to" stay with their "according to".
   */
  static List<Frame> dropNested(List<Frame> frames) {
    if (frames.size() < 2) {
      return frames;
    }
    List<Frame> kept = new ArrayList<>(frames.size());
    for (Frame frame : frames) {
      boolean drop = false;
      for (Frame other : frames) {
        if (other == frame || other.absorbed || frame.via == other || other.via == frame) {
          continue;
        }
        boolean inside = other.hasContent() && frame.cue.start() >= other.contentStart && frame.cue.start() < other.contentEnd;
        boolean around = frame.hasContent() && other.cue.start() >= frame.contentStart && other.cue.start() < frame.contentEnd;
        // Of two frames one inside the other, the weaker cue goes; of equals, the inner one.
        if (inside && (strength(frame) <= strength(other) || findingOf(other, frame))
            || around && strength(frame) < strength(other) && !findingOf(frame, other)) {
          drop = true;
          break;
        }
      }
      if (!drop) {
        kept.add(frame);
      }
    }
    return kept;
  }

  /** "In a new poll, 58 percent said yes": a leading poll, which reports the clause after its comma. */
  private static boolean surveyLeading(Frame frame) {
    return frame.cue.sourceAfter() && frame.cue.cueClass() == CueClass.EVIDENCE && frame.contentStart > frame.cue.start();
  }

  /**
   * "A poll found that most voters say ..." and "In a new poll, most voters say ...": a document's
   * finding opens with the speech it counts, so the document reports that speech, speaker and all,
   * however strong its cue.
   */
  private static boolean findingOf(Frame outer, Frame inner) {
    return outer.speaker != null && (outer.speaker.kind == Speaker.Kind.DOCUMENT && !outer.speakerAfterCue || surveyLeading(outer))
        && inner.speaker != null && !inner.speakerAfterCue && inner.speaker.phrase.start() >= outer.contentStart
        && inner.speaker.phrase.start() - outer.contentStart <= 4;
  }

  /** How surely a cue introduces what someone said: speech above evidence above belief and judgement. */
  private static int strength(Frame frame) {
    return switch (frame.cue.cueClass()) {
      case SPEECH, ADDRESS, WRITE -> 3;
      case EVIDENCE -> 2;
      default -> 1;
    };
  }

  /**
   * Content ends where a later attribution of the same sentence is joined on by a conjunction:
   * "... depends on Washington's initiative and has insisted that ...", "X said A, but Y said B".
   * Only cues that made frames cut; a cue verb that introduces nothing ("reaffirmed Moscow's
   * readiness") stays inside the content.
   */
  void cutAtLaterAttributions(List<Frame> frames) {
    for (int i = 0; i < frames.size(); i++) {
      Frame frame = frames.get(i);
      for (int k = i + 1; k < frames.size(); k++) {
        Frame later = frames.get(k);
        int cue = later.cue.start();
        if (cue <= frame.contentStart || cue >= frame.contentEnd) {
          continue;
        }
        // Scan from the later frame's own subject when it stands inside this content ("... and
        // Clinton said"), so that a subject "Trump and Putin" is not read as two clauses.
        boolean ownSubject = later.speaker != null && !later.speakerAfterCue && later.speaker.phrase.start() > frame.contentStart
            && later.speaker.phrase.start() < cue;
        int conjunction = conjunctionBefore(frame.contentStart, ownSubject ? later.speaker.phrase.start() : cue);
        if (conjunction >= 0 && conjunction < frame.contentEnd) {
          frame.contentEnd = bounds.trimEnd(frame.contentStart, conjunction);
          break;
        }
        // "..., saying ...": a participle clause hangs on the sentence, not on the content before it.
        if (later.rule == AttributionRule.PARTICIPLE && cue - 1 > frame.contentStart && cue - 1 < frame.contentEnd
            && doc.norm(cue - 1).equals(",")) {
          frame.contentEnd = bounds.trimEnd(frame.contentStart, cue - 1);
          break;
        }
        // "Clinton had told police that she did not want the escort, the source added": the later
        // attribution claims the words before it, the earlier one's content stops there.
        int attribution = later.attributionStart();
        if (later.hasContent() && later.contentEnd <= attribution && attribution > frame.contentStart
            && attribution < frame.contentEnd) {
          frame.contentEnd = bounds.trimEnd(frame.contentStart, attribution);
          break;
        }
      }
    }
  }

  /**
   * Words that join a second statement to the first ("X said A, though she acknowledged B"): the
   * first content ends before them when a later cue follows.
   */
  private static final Set<String> CONTRASTING = Set.of("while", "though", "although", "whereas");

  /**
   * Words that open a second clause with its own subject ("X unveiled a list, as Y cited ...",
   * "... when they claimed ...", "..., which RT pointed to"): a later attribution after them is a
   * statement of its own, not part of the first content. Not "because": the reason a speaker gives
   * is most often part of what is reported ("she said she left because she feared ...").
   */
  private static final Set<String> CLAUSE_OPENERS = Set.of("as", "when", "after", "since", "before");

  /**
   * Relative pronouns after a comma or dash open a clause about the object ("cited a report, which
   * the agency disputed"); without one they restrict it and belong to the content ("said anyone who
   * complains is wrong").
   */
  private static final Set<String> RELATIVES = Set.of("which", "who");

  private boolean isClauseMark(int t) {
    String norm = doc.norm(t);
    return quoteAt[t] == null && (norm.equals(",") || norm.equals("--") || norm.equals("\u2014"));
  }

  /** A conjunction or semicolon at most four words before a cue, with only a subject or auxiliaries between; -1 when none. */
  private int conjunctionBefore(int from, int cue) {
    for (int k = cue - 1; k >= from && k >= cue - 5; k--) {
      if (quoteAt[k] != null) {
        return -1;
      }
      String lower = doc.lower(k);
      // "he had since apologized": after an auxiliary, "since" is an adverb of the same clause.
      boolean adverb = CLAUSE_OPENERS.contains(lower) && k > from && "AUX".equals(doc.pos(k - 1));
      if (!adverb && (lower.equals("and") || lower.equals("but") || lower.equals(";") || CONTRASTING.contains(lower)
          || CLAUSE_OPENERS.contains(lower) || RELATIVES.contains(lower) && k > from && isClauseMark(k - 1))) {
        // "shootings and protests demands": two common nouns joined by "and" are one subject.
        boolean nounsJoined = lower.equals("and") && k - 1 >= from && !doc.norm(k - 1).equals(",")
            && phrases.isNounLike(k - 1) && k + 1 < doc.tokenCount() && phrases.isNounLike(k + 1) && !phrases.isPronoun(k + 1)
            && resolver.nameAt(k + 1) == null;
        return k > from && !nounsJoined ? k : -1;
      }
      if (adverb || SubjectFinder.skipsBeforeCue(words, lower)) {
        continue;
      }
      String pos = doc.pos(k);
      if ("VERB".equals(pos) || "SCONJ".equals(pos) || lower.equals("that") || lower.equals("to")
          || "PART".equals(pos) && !lower.equals("not") && !lower.equals("n't")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * "According to Ushakov, Putin stressed that ...": speech inside the content of a leading
   * "according to" frame is reported through it; the outer frame then only lends its speaker
   * ({@code via}). A trailing "according to" ("X said Y, according to Z"), or an inner cue that is no
   * verb of speech ("declined", "believes"), makes the outer frame the attribution.
   */
  static void markNestedAccordingTo(List<Frame> frames) {
    for (Frame outer : frames) {
      if (!outer.cue.sourceAfter() || outer.cue.cueClass() == CueClass.EVIDENCE) {
        continue;
      }
      for (Frame inner : frames) {
        if (inner != outer && !inner.cue.sourceAfter() && inner.speaker != null && !inner.speakerAfterCue
            && inner.speaker.phrase.start() >= outer.contentStart && inner.cue.start() < outer.contentEnd
            && inner.speaker.phrase.start() - outer.contentStart <= 2) {
          // "X said Y, according to Z": a trailing "according to" reports the whole clause, speech
          // and speaker included, as Z's account; a leading one only names who passed it on.
          if (!inner.cue.cueClass().isSpeech() || inner.cue.start() < outer.cue.start()) {
            // "The firm declined the offer, according to an executive": a deed, a thought or a
            // judgement reported through "according to" is the according-to source's report.
            inner.absorbed = true;
          } else {
            inner.via = outer;
            outer.absorbed = true;
          }
        }
      }
    }
  }

  /** Content that starts or ends inside a quotation takes the whole quotation (a quote the sentence splitter cut). */
  void extendOverQuotes(Frame frame) {
    if (!frame.hasContent()) {
      return;
    }
    QuoteDraft first = quoteAt[frame.contentStart];
    if (first != null && first.tokenStart < frame.contentStart) {
      frame.contentStart = first.tokenStart;
    }
    QuoteDraft last = quoteAt[frame.contentEnd - 1];
    if (last != null && last.tokenEnd > frame.contentEnd && last.tokenStart >= frame.contentStart) {
      frame.contentEnd = last.tokenEnd;
    }
  }
}
