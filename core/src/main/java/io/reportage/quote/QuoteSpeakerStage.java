package io.reportage.quote;

import io.reportage.QuoteKind;
import io.reportage.pipeline.Document;
import io.reportage.pipeline.Layer;
import io.reportage.pipeline.QuoteDraft;
import io.reportage.pipeline.Stage;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Gives each quotation-mark quote its speaker: from a frame of its sentence or its layout ({@link
 * QuoteAssigner}: "“...,” she said", "PENCE: ...", "— Ann Lee"), or from the conversation in
 * progress ({@link Conversation}). A transcript line without marks ("PENCE: Well, look, ...")
 * becomes a direct quote of its speaker, and its label is kept out of what the line's frames report.
 *
 * <p>Reads {@link Layer#ATTRIBUTION_FRAMES}; provides {@link Layer#QUOTE_SPEAKERS}.
 */
public final class QuoteSpeakerStage implements Stage {
  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.ATTRIBUTION_FRAMES);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.QUOTE_SPEAKERS);
  }

  @Override
  public void apply(Document doc) {
    AttributionFrames found = AttributionFrames.of(doc);
    if (found == null) {
      return;
    }
    AttributionContext context = found.context();
    List<QuoteDraft> marked = found.marked();
    ParagraphBounds paragraphs = new ParagraphBounds(doc);
    Layouts layouts = new Layouts(doc, context.phrases(), context.resolver());
    Layouts.Transcript transcripts = layouts.transcripts(paragraphs);
    mergeTranscriptLines(doc, transcripts, paragraphs, marked);
    QuoteAssigner assigner = new QuoteAssigner(doc, found.frames(), found.firstFrameOfSentence(),
        new SubjectFinder(context, new Asides(context)), layouts, context.resolver(), paragraphs, context.phrases());
    assigner.assign(marked, transcripts);
    addTranscriptLines(doc, transcripts, paragraphs, context.quoteAt(), context.resolver());
    new Conversation(doc, paragraphs).attribute(marked, found.frames());
    keepLabelsOutOfContent(doc, found.frames(), transcripts, context.quoteAt());
  }

  /**
   * A transcript label ("Q:", "PENCE:") names who speaks the line; it is never part of what a frame in
   * the line reports. Without this a statement read from the line's first words would start on the
   * label and cross the edge of the line's own quote.
   */
  private static void keepLabelsOutOfContent(Document doc, List<Frame> frames, Layouts.Transcript transcripts,
      QuoteDraft[] quoteAt) {
    Speaker[] speakers = transcripts.speakers();
    for (Frame frame : frames) {
      if (!frame.hasContent()) {
        continue;
      }
      int p = doc.paragraphOf(frame.contentStart);
      int textStart = transcripts.textStart()[p];
      if (speakers[p] != null && frame.contentStart < textStart) {
        int start = Math.min(textStart, frame.contentEnd);
        // A quote that opened before the label and closes after it ("»Q:` ...") keeps its words: the
        // content starts after it, so as not to cross its edge.
        QuoteDraft open = start < frame.contentEnd ? quoteAt[start] : null;
        if (open != null && open.tokenStart < start) {
          start = Math.min(open.tokenEnd, frame.contentEnd);
        }
        frame.contentStart = start;
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
    Set<QuoteDraft> nested = new HashSet<>();
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
      Attributions.set(doc, line, speakers[p], null, null, AttributionRule.TRANSCRIPT);
      doc.quotes().add(line);
    }
  }
}
