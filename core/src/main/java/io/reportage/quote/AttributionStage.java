package io.reportage.quote;

import io.reportage.QuoteKind;
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
 * Decides who said what: finds the attribution frames of every sentence (cue, speaker, content;
 * {@link FrameFinder}), gives each quotation-mark quote its speaker from its sentence or layout
 * ({@link QuoteAssigner}) or from the conversation in progress ({@link Conversation}), and adds
 * the reported statements the frames make as INDIRECT or MIXED quotes ({@link ReportedSpeech}).
 * Speakers are read through the document's mentions; where none covers a speaker, one is added
 * (with an unnamed entity for a described source such as "a senior official").
 *
 * <p>Every quote gets a confidence and the name of the rule that decided it. All work is local to
 * a sentence or paragraph and bounded, so the stage runs in time linear in the text.
 *
 * <p>Reads {@link Layer#QUOTE_MARKS}, {@link Layer#MENTIONS} and {@link Layer#POS}; provides
 * {@link Layer#ATTRIBUTIONS}.
 */
public final class AttributionStage implements Stage {
  /** The cue probability from which the model's candidates count, tuned on PolNeAR dev. */
  public static final double DEFAULT_THRESHOLD = 0.2;

  /**
   * The learned models attribution may use.
   *
   * @param cues decides which words are cues; null for the word lists alone
   * @param cueThreshold the probability from which a candidate of the cue model is a cue
   * @param confidence gives each attribution its confidence; null for the rules' fixed values
   */
  public record Models(FeatureScorer cues, double cueThreshold, FeatureScorer confidence) {
    public Models {
      if (!(cueThreshold >= 0 && cueThreshold <= 1)) {
        throw new IllegalArgumentException("The cue threshold must lie in [0, 1], got " + cueThreshold);
      }
    }

    /** No models: word lists and rules alone. */
    public static Models none() {
      return new Models(null, DEFAULT_THRESHOLD, null);
    }
  }

  private final AttributionLexicons lexicons;
  private final Models models;

  /** Attribution by word lists and rules alone. */
  public AttributionStage(AttributionLexicons lexicons) {
    this(lexicons, Models.none());
  }

  public AttributionStage(AttributionLexicons lexicons, Models models) {
    this.lexicons = Objects.requireNonNull(lexicons, "lexicons");
    this.models = Objects.requireNonNull(models, "models");
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.QUOTE_MARKS, Layer.MENTIONS, Layer.POS);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.ATTRIBUTIONS);
  }

  @Override
  public void apply(Document doc) {
    int n = doc.tokenCount();
    if (n == 0) {
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
    Set<QuoteDraft> notSpeech = NotSpeech.find(doc, phrases, marked);
    marked.removeAll(notSpeech);
    QuoteDraft[] quoteAt = QuoteIndex.of(doc, notSpeech);
    FrameFinder finder = new FrameFinder(doc, lexicons, phrases, resolver, quoteAt, models.cues(), models.cueThreshold());
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
    ParagraphBounds paragraphs = new ParagraphBounds(doc);
    Layouts layouts = new Layouts(doc, phrases, resolver);
    Layouts.Transcript transcripts = layouts.transcripts(paragraphs);
    mergeTranscriptLines(doc, transcripts, paragraphs, marked);
    QuoteAssigner assigner = new QuoteAssigner(doc, frames, firstFrameOfSentence, finder, layouts, resolver, paragraphs, phrases);
    assigner.assign(marked, transcripts);
    addTranscriptLines(doc, transcripts, paragraphs, quoteAt, resolver);
    new Conversation(doc, paragraphs).attribute(marked, frames);
    keepLabelsOutOfContent(doc, frames, transcripts);
    ReportedSpeech.emit(doc, frames, quoteAt);
    if (models.confidence() != null) {
      for (QuoteDraft quote : doc.quotes()) {
        if (!"none".equals(quote.rule)) {
          quote.confidence = Math.round(models.confidence().probability(ConfidenceFeatures.of(doc, quote)) * 1000) / 1000.0;
        }
      }
    }
  }

  /**
   * Whether tokens {@code [start, end)} read as words spoken: a verb or a lower-case word. A label
   * followed only by a number or a list of names ("Clinton: 1,501.", "Iowa: Tim Albrecht, Brad
   * Anderson, ...") is a tally, not a turn of speech; "And the budget?" is a turn.
   */
  private static boolean readsAsWords(Document doc, int start, int end) {
    for (int t = start; t < end; t++) {
      String pos = doc.pos(t);
      if ("VERB".equals(pos) || "AUX".equals(pos) || Character.isLowerCase(doc.token(t).charAt(0))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A transcript line quoted as a whole ("\"PENCE: Well, ...", often with no closing mark) is one turn:
   * the quote that opens before the label stays the line's quote, and marks inside the line ("an
   * episode of “Shark Tank.”") are quotes within the speech, not turns of their own.
   */
  private static void mergeTranscriptLines(Document doc, Layouts.Transcript transcripts, ParagraphBounds paragraphs,
      List<QuoteDraft> marked) {
    Speaker[] speakers = transcripts.speakers();
    Set<QuoteDraft> nested = new java.util.HashSet<>();
    QuoteDraft line = null;
    int lineEnd = -1;
    for (QuoteDraft quote : marked) {
      int p = doc.paragraphOf(quote.tokenStart);
      if (speakers[p] == null) {
        continue;
      }
      int start = transcripts.textStart()[p];
      if (quote.tokenStart < start) {
        int end = paragraphs.end(p);
        if (end - 1 > start && QuoteMark.of(doc, end - 1).canClose()) {
          end--;
        }
        if (end <= start) {
          continue;
        }
        line = quote;
        lineEnd = end;
      } else if (line != null && doc.paragraphOf(line.tokenStart) == p && quote.tokenEnd <= lineEnd) {
        nested.add(quote);
      }
    }
    if (!nested.isEmpty()) {
      marked.removeAll(nested);
      doc.quotes().removeAll(nested);
    }
  }

  /**
   * A transcript label ("Q:", "PENCE:") names who speaks the line; it is never part of what a frame in
   * the line reports. Without this a statement read from the line's first words would start on the
   * label and cross the edge of the line's own quote.
   */
  private static void keepLabelsOutOfContent(Document doc, List<Frame> frames, Layouts.Transcript transcripts) {
    Speaker[] speakers = transcripts.speakers();
    for (Frame frame : frames) {
      if (!frame.hasContent()) {
        continue;
      }
      int p = doc.paragraphOf(frame.contentStart);
      int textStart = transcripts.textStart()[p];
      if (speakers[p] != null && frame.contentStart < textStart) {
        frame.contentStart = Math.min(textStart, frame.contentEnd);
      }
    }
  }

  /** A transcript line without quotation marks ("PENCE: Well, look, ...") is a direct quote of its speaker. */
  private static void addTranscriptLines(Document doc, Layouts.Transcript transcripts, ParagraphBounds paragraphs,
      QuoteDraft[] quoteAt, SpeakerResolver resolver) {
    Speaker[] speakers = transcripts.speakers();
    for (int p = 0; p < speakers.length; p++) {
      int start = transcripts.textStart()[p];
      int end = paragraphs.end(p);
      if (speakers[p] == null || start >= end || quoteAt[start] != null || quoteAt[end - 1] != null
          || !readsAsWords(doc, start, end)) {
        continue;
      }
      resolver.commit(speakers[p]);
      QuoteDraft line = new QuoteDraft(QuoteKind.DIRECT, doc.span(start, end), start, end);
      Attributions.set(doc, line, speakers[p], null, null, "transcript");
      doc.quotes().add(line);
    }
  }
}
