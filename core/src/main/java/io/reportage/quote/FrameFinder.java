package io.reportage.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the attribution frames of one sentence: each cue outside quotation marks with its speaker
 * and the content it introduces. The layouts, all general patterns of news English:
 * <ul>
 *   <li>{@code speaker-cue-that}: "Peskov stated that ..." (also with "told journalists", "said on
 *       Friday", "recalled, however, that");
 *   <li>{@code speaker-cue-clause}: "Trump said the talks went well";
 *   <li>{@code speaker-cue-quote}: "She said: “...”", "He said, “...”";
 *   <li>{@code content-speaker-cue}: "..., Kremlin spokesman Dmitry Peskov told journalists on
 *       Friday." and "..., said Hugh Hill, a doctor."
 *   <li>{@code parenthetical}: "The talks, he said, went well."
 *   <li>{@code according-to}: "According to X, ..." and "..., according to X";
 *   <li>{@code survey-lead}: "In the latest poll, Clinton leads ..." and "In a new poll, 58 percent
 *       said yes" (the poll reports the speech of its clause); a poll after the clause ("leads by five
 *       points in a Marist poll") where nothing else in the sentence is a cue ({@link SurveyCues});
 *   <li>{@code coordinated}: "... and has insisted that ..." takes the subject of the cue before;
 *   <li>{@code participle}: "..., saying that ..." takes the speaker of the clause it hangs on;
 *   <li>{@code as-clause}: "..., as police have said." and "As experts have pointed out, ...";
 *   <li>{@code passive-experiencer}: "Neither man was impressed by the plan": the subject of a
 *       passive verb of feeling holds the stance, its by-phrase is what it is about;
 *   <li>{@code object-experiencer}: "His remarks angered conservative voters": the object holds the
 *       reaction ({@link ReactionFrames});
 *   <li>{@code controlled}: "took to Twitter to accuse ...", "continued to call for ...": the subject
 *       before the chain of control or raising words speaks.
 * </ul>
 * The speaker may stand behind an appositive or a parenthesis ("Hugh Hill, a doctor, said", "Sen.
 * Marco Rubio (R-Fla.) told"), auxiliaries and adverbs ("has since confirmed"). Content runs to the
 * sentence end, or to a coordinated clause with a cue of its own.
 *
 * <p>Cues come from {@link CueFinder}; each cue is read by the rule of its kind ({@link
 * AccordingToRule}, {@link NominalFrames}, {@link VerbFrameRule}), and {@link FrameSelection}
 * settles frames that overlap.
 */
final class FrameFinder {
  private final AttributionContext ctx;
  private final CueFinder cues;
  private final AccordingToRule accordingTo;
  private final NominalFrames nominal;
  private final VerbFrameRule verbs;
  private final FrameSelection selection;

  /**
   * @param scorer the cue model, or null to find cues by the word lists alone
   * @param threshold the probability from which the model's candidates are cues
   */
  FrameFinder(AttributionContext ctx, FeatureScorer scorer, double threshold) {
    this.ctx = ctx;
    Asides asides = new Asides(ctx);
    SubjectFinder subjects = new SubjectFinder(ctx, asides);
    ClauseBounds bounds = new ClauseBounds(ctx);
    CueExtent extent = new CueExtent(ctx, asides);
    ControlChains chains = new ControlChains(ctx, subjects);
    ReactionFrames reactions = new ReactionFrames(ctx, subjects, bounds);
    this.cues = new CueFinder(ctx, subjects, chains, new CueFeatures(ctx, subjects, extent, bounds), reactions,
        new SurveyCues(ctx, bounds), scorer, threshold);
    this.accordingTo = new AccordingToRule(ctx, bounds, extent);
    this.nominal = new NominalFrames(ctx, subjects, bounds);
    this.verbs = new VerbFrameRule(ctx, subjects, bounds, extent, reactions, new PassiveRule(ctx, subjects, bounds, extent),
        new AsClauseRule(ctx, bounds, extent), new SharedSpeakers(ctx, subjects, chains), new ContentObjects(ctx),
        scorer != null);
    this.selection = new FrameSelection(ctx, bounds);
  }

  /** The frames of sentence {@code s}, in cue order. */
  List<Frame> find(int s) {
    SentenceContext sentence = ctx.sentence(s);
    List<Cue> found = cues.cues(sentence.start(), sentence.end());
    if (found.isEmpty()) {
      return List.of();
    }
    List<Frame> frames = new ArrayList<>(found.size());
    for (Cue cue : found) {
      Frame frame = cue.sourceAfter() ? accordingTo.frame(cue, sentence)
          : ctx.isNoun(cue) ? nominal.frame(cue, sentence) : verbs.frame(cue, sentence, frames);
      if (frame != null) {
        selection.extendOverQuotes(frame);
        frames.add(frame);
      }
    }
    selection.cutAtLaterAttributions(frames);
    FrameSelection.markNestedAccordingTo(frames);
    return FrameSelection.dropNested(frames);
  }
}
