package io.reportage.quote;

import io.reportage.pipeline.Document;
import io.reportage.pipeline.Layer;
import io.reportage.pipeline.QuoteDraft;
import io.reportage.pipeline.Stage;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The first attribution stage: finds the attribution frames of every sentence (cue, speaker,
 * content; {@link FrameFinder}) and commits their speakers, which adds a mention where none covers a
 * speaker (with an unnamed entity for a described source such as "a senior official"). Titles and
 * nicknames in quotation marks are set apart first ({@link NotSpeech}): they are words of the
 * sentence, not quotes to attribute. The frames are handed on as {@link AttributionFrames}.
 *
 * <p>All work is local to a sentence and bounded, so the stage runs in time linear in the text.
 *
 * <p>Reads {@link Layer#QUOTE_MARKS}, {@link Layer#MENTIONS} and {@link Layer#CORRECTED_POS} (the
 * tags with the tagger's known slips corrected, as the cue model learnt from them); provides
 * {@link Layer#ATTRIBUTION_FRAMES}. Then come {@link QuoteSpeakerStage}, {@link
 * ReportedSpeechStage} and {@link AttributionConfidenceStage}.
 */
public final class AttributionFrameStage implements Stage {
  /** The cue probability from which the model's candidates count, tuned on PolNeAR dev. */
  public static final double DEFAULT_THRESHOLD = 0.2;

  /**
   * The cue model, if any.
   *
   * @param cues decides which words are cues; null for the word lists alone
   * @param cueThreshold the probability from which a candidate of the cue model is a cue
   */
  public record Config(FeatureScorer cues, double cueThreshold) {
    public Config {
      if (!(cueThreshold >= 0 && cueThreshold <= 1)) {
        throw new IllegalArgumentException("The cue threshold must lie in [0, 1], got " + cueThreshold);
      }
    }

    /** No cue model: the word lists alone. */
    public static Config none() {
      return new Config(null, DEFAULT_THRESHOLD);
    }
  }

  private final AttributionLexicons lexicons;
  private final Config config;

  public AttributionFrameStage(AttributionLexicons lexicons, Config config) {
    this.lexicons = Objects.requireNonNull(lexicons, "lexicons");
    this.config = Objects.requireNonNull(config, "config");
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.QUOTE_MARKS, Layer.MENTIONS, Layer.CORRECTED_POS);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.ATTRIBUTION_FRAMES);
  }

  @Override
  public void apply(Document doc) {
    if (doc.tokenCount() == 0) {
      return;
    }
    List<QuoteDraft> marked = new ArrayList<>();
    for (QuoteDraft quote : doc.quotes()) {
      if (quote.marked) {
        marked.add(quote);
      }
    }
    SpeakerResolver resolver = new SpeakerResolver(doc, lexicons);
    NounPhrases phrases = new NounPhrases(doc, lexicons, resolver.namedTokens());
    // Titles and nicknames in marks are part of the sentence's words, not quotes to attribute.
    Set<QuoteDraft> notSpeech = NotSpeech.find(doc, phrases, lexicons.words(), marked);
    marked.removeAll(notSpeech);
    QuoteDraft[] quoteAt = QuoteIndex.of(doc, notSpeech);
    AttributionContext context = new AttributionContext(doc, lexicons, phrases, resolver, quoteAt);
    FrameFinder finder = new FrameFinder(context, config.cues(), config.cueThreshold());
    List<Frame> frames = new ArrayList<>();
    int[] firstFrameOfSentence = new int[doc.sentenceCount() + 1];
    for (int s = 0; s < doc.sentenceCount(); s++) {
      firstFrameOfSentence[s] = frames.size();
      doc.reportProgress(doc.tokenStart(doc.sentenceStart(s)));
      for (Frame frame : finder.find(s)) {
        resolver.commit(frame.speaker);
        frames.add(frame);
      }
    }
    firstFrameOfSentence[doc.sentenceCount()] = frames.size();
    doc.setStageData(Layer.ATTRIBUTION_FRAMES, new AttributionFrames(context, marked, frames, firstFrameOfSentence));
  }
}
