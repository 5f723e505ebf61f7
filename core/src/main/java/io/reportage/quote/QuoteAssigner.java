package io.reportage.quote;

import io.reportage.QuoteKind;
import io.reportage.pipeline.Document;
import io.reportage.pipeline.QuoteDraft;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives each quotation-mark quote its speaker from the frames and layouts of its own sentence and
 * paragraph: a frame whose content covers the quote (the outermost one, as quoted words belong to
 * whoever's statement the writer is quoting), a frame whose speaker and cue stand right after or
 * before it, a transcript label, a dash and a name, a colon that introduces it, a name alone
 * before a colon ({@code name-colon}: "Rep. Ana Ortiz (D-Maine): “...”"). Quotes nothing
 * local explains are left to {@link Conversation}.
 */
final class QuoteAssigner {
  private final Document doc;
  private final List<Frame> frames;
  private final int[] firstFrameOfSentence;
  private final SubjectFinder subjects;
  private final Layouts layouts;
  private final SpeakerResolver resolver;
  private final ParagraphBounds paragraphs;
  private final NounPhrases phrases;
  /** The frame each attributed quote took its speaker from. */
  final Map<QuoteDraft, Frame> frameOf = new IdentityHashMap<>();


  QuoteAssigner(Document doc, List<Frame> frames, int[] firstFrameOfSentence, SubjectFinder subjects, Layouts layouts,
      SpeakerResolver resolver, ParagraphBounds paragraphs, NounPhrases phrases) {
    this.doc = doc;
    this.phrases = phrases;
    this.paragraphs = paragraphs;
    this.frames = frames;
    this.firstFrameOfSentence = firstFrameOfSentence;
    this.subjects = subjects;
    this.layouts = layouts;
    this.resolver = resolver;
  }

  /** Attributes what can be attributed locally; returns nothing, the drafts change. */
  void assign(List<QuoteDraft> quotes, Layouts.Transcript transcripts) {
    int signedParagraph = -1;
    Speaker signature = null;
    int[] dashAt = new int[1];
    for (QuoteDraft quote : quotes) {
      int paragraph = doc.paragraphOf(quote.tokenStart);
      Speaker transcript = transcripts.speakers()[paragraph];
      if (transcript != null && quote.tokenEnd > transcripts.textStart()[paragraph]) {
        resolver.commit(transcript);
        Attributions.set(doc, quote, transcript, null, null, AttributionRule.TRANSCRIPT);
        continue;
      }
      Frame frame = coveringOrAdjacent(quote);
      if (frame != null) {
        frameOf.put(quote, frame);
        AttributionRule rule = frame.rule;
        Attributions.set(doc, quote, frame.speaker, frame, frame.via, rule);
        continue;
      }
      Frame intro = introducing(quote);
      if (intro != null) {
        frameOf.put(quote, intro);
        Attributions.set(doc, quote, intro.speaker, intro, intro.via, AttributionRule.COLON_INTRO);
        continue;
      }
      Speaker label = labelBefore(quote);
      if (label != null) {
        resolver.commit(label);
        Attributions.set(doc, quote, label, null, null, AttributionRule.NAME_COLON);
        continue;
      }
      Speaker dash = quote.closed ? layouts.dashSpeaker(quote.tokenEnd, paragraphs.end(paragraph)) : null;
      if (dash == null && paragraph != signedParagraph) {
        signedParagraph = paragraph;
        signature = layouts.signature(paragraphs.first(paragraph), paragraphs.end(paragraph), dashAt);
      }
      if (dash == null && signature != null && quote.tokenStart < dashAt[0]) {
        dash = signature;
      }
      if (dash != null) {
        resolver.commit(dash);
        Attributions.set(doc, quote, dash, null, null, AttributionRule.DASH_SPEAKER);
      }
    }
    for (QuoteDraft quote : quotes) {
      quote.kind = isDirect(quote) ? QuoteKind.DIRECT : QuoteKind.PARTIAL;
    }
  }

  /**
   * The frame whose content covers at least half the quote, the outermost when several do; else a
   * frame whose attribution words stand right after the quote ("“...,” she said") or right before
   * it ("She said, “...”").
   */
  private Frame coveringOrAdjacent(QuoteDraft quote) {
    int firstSentence = Math.max(0, doc.sentenceOf(quote.tokenStart) - 1);
    int lastSentence = Math.min(doc.sentenceCount() - 1, doc.sentenceOf(quote.tokenEnd - 1) + 1);
    int from = firstFrameOfSentence[firstSentence];
    int to = firstFrameOfSentence[lastSentence + 1];
    int length = quote.tokenEnd - quote.tokenStart;
    Frame covering = null;
    Frame adjacentAfter = null;
    Frame adjacentBefore = null;
    for (int i = from; i < to && i - from < 64; i++) {
      Frame frame = frames.get(i);
      if (frame.absorbed || frame.speaker == null) {
        continue;
      }
      if (frame.hasContent()) {
        int overlap = Math.min(quote.tokenEnd, frame.contentEnd) - Math.max(quote.tokenStart, frame.contentStart);
        if (2 * overlap >= length && (covering == null || contentLength(frame) > contentLength(covering))) {
          covering = frame;
        }
      }
      int start = frame.attributionStart();
      if (quote.closed && start >= quote.tokenEnd && start - quote.tokenEnd <= 1 && sameParagraph(quote, start)
          && doc.sentenceOf(start) == doc.sentenceOf(quote.tokenEnd - 1)
          && (start == quote.tokenEnd || doc.norm(quote.tokenEnd).equals(","))) {
        adjacentAfter = frame;
      }
      int end = frame.attributionEnd();
      if (quote.tokenStart >= end && quote.tokenStart - end <= 3 && sameParagraph(quote, end) && onlyConnectors(end, quote.tokenStart)) {
        adjacentBefore = frame;
      }
    }
    // The attribution right next to a quote is its own ("Trump boasted, “That makes me smart.”"),
    // even inside someone else's reported statement.
    if (adjacentAfter != null) {
      return adjacentAfter;
    }
    return adjacentBefore != null ? adjacentBefore : covering;
  }

  /**
   * Whether only a comma, a colon, "and"/"but" or an adverb stand between attribution words and the
   * quote after them: "she said, “...”", "he said, but “...”", "Jordan said, and still “...”".
   */
  private boolean onlyConnectors(int from, int to) {
    for (int t = from; t < to; t++) {
      String lower = doc.lower(t);
      if (!lower.equals(",") && !lower.equals(":") && !lower.equals("and") && !lower.equals("but") && !"ADV".equals(doc.pos(t))) {
        return false;
      }
    }
    return true;
  }

  private static int contentLength(Frame frame) {
    return frame.contentEnd - frame.contentStart;
  }

  /** Words that may lead a name before a colon: "Here's Clinton in 1992:", "More from Jones:". */
  private static final java.util.Set<String> LABEL_LEADS = java.util.Set.of("from", "'s", "’s", "is");

  /**
   * A name or a source standing alone before a colon and the quote, as columns and round-ups cite
   * ("Carl Bialik: “...”", "Rep. Trey Gowdy (R-S.C.): “...”", "More from the report: “...”"): the
   * phrase must open its paragraph or follow a dash or a lead word, so that "He listed the
   * qualities: “...”" (a verb before the phrase) does not count.
   */
  private Speaker labelBefore(QuoteDraft quote) {
    int colon = quote.tokenStart - 1;
    if (colon < 1 || !doc.norm(colon).equals(":") || doc.paragraphOf(colon) != doc.paragraphOf(quote.tokenStart)) {
      return null;
    }
    int start = Math.max(doc.sentenceStart(doc.sentenceOf(colon)), paragraphs.first(doc.paragraphOf(colon)));
    NounPhrases.Phrase phrase = subjects.phraseEndingAt(colon - 1, start);
    if (phrase == null) {
      return null;
    }
    int before = phrase.start() - 1;
    boolean alone = before < start || doc.norm(before).equals("-") || doc.norm(before).equals("\u2014")
        || doc.norm(before).equals("\u2013") || doc.norm(before).equals("--") || LABEL_LEADS.contains(doc.lower(before));
    if (!alone) {
      return null;
    }
    Speaker speaker = resolver.candidate(phrase, phrases);
    return speaker.kind == Speaker.Kind.NAME || speaker.kind == Speaker.Kind.DOCUMENT ? speaker : null;
  }

  /** A frame ending the sentence before the quote with a colon: "She said:" then the quote. */
  private Frame introducing(QuoteDraft quote) {
    int sentence = doc.sentenceOf(quote.tokenStart);
    if (sentence == 0 || doc.sentenceStart(sentence) != quote.tokenStart) {
      return null;
    }
    int from = firstFrameOfSentence[sentence - 1];
    int to = firstFrameOfSentence[sentence];
    for (int i = to - 1; i >= from; i--) {
      Frame frame = frames.get(i);
      if (frame.introducesNext && frame.speaker != null) {
        return frame;
      }
    }
    return null;
  }

  /**
   * DIRECT when the quote is followed directly by its attribution ("“...,” the aide said"), or is a
   * whole sentence in marks; otherwise the quoted words sit in the writer's sentence: PARTIAL.
   */
  private boolean isDirect(QuoteDraft quote) {
    Frame frame = frameOf.get(quote);
    if (frame != null && frame.speaker != null) {
      int start = frame.attributionStart();
      if (start >= quote.tokenEnd && start - quote.tokenEnd <= 1) {
        return true;
      }
    }
    if (!QuoteSpanStage.startsClause(doc, quote.tokenStart)) {
      return false;
    }
    int last = quote.tokenEnd - 1;
    int sentenceEnd = doc.sentenceEnd(doc.sentenceOf(last));
    return quote.tokenEnd >= sentenceEnd - 1 || !quote.closed;
  }

  private boolean sameParagraph(QuoteDraft quote, int t) {
    return t < doc.tokenCount() && doc.paragraphOf(t) == doc.paragraphOf(quote.tokenStart);
  }
}
