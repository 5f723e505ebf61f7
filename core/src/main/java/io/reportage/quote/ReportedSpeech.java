package io.reportage.quote;

import io.reportage.QuoteKind;
import io.reportage.pipeline.Document;
import io.reportage.pipeline.QuoteDraft;
import java.util.List;

/**
 * Turns frames into reported statements: the content of each frame becomes a quote of kind
 * INDIRECT, or MIXED when it carries quoted words ("Russia “will not back down,” the aide said").
 * A frame whose content is nothing but the quotation it introduces adds nothing: the DIRECT quote
 * already carries the attribution.
 */
final class ReportedSpeech {
  private ReportedSpeech() {
  }

  static void emit(Document doc, List<Frame> frames, QuoteDraft[] quoteAt) {
    // Every quotation-mark quote, titles and nicknames read as words included: all are reported.
    QuoteDraft[] markedAt = QuoteIndex.of(doc);
    for (Frame frame : frames) {
      if (frame.absorbed || !frame.hasContent() || frame.speaker == null) {
        continue;
      }
      int start = frame.contentStart;
      int end = frame.contentEnd;
      // A statement holds a marked quote whole or not at all: content that starts on a quote's
      // closing mark (a cue inside a quote read as a title, "‟...said:" A") begins after that quote,
      // and content that stops inside a quote stops before it.
      QuoteDraft first = markedAt[start];
      if (first != null && first.tokenStart < start && first.tokenEnd < end) {
        start = first.tokenEnd;
      }
      QuoteDraft last = markedAt[end - 1];
      if (last != null && last.tokenStart > start && last.tokenEnd > end) {
        end = last.tokenStart;
      }
      boolean quoted = false;
      boolean unquotedWords = false;
      for (int t = start; t < end; t++) {
        if (quoteAt[t] != null) {
          quoted = true;
        } else if (!"PUNCT".equals(doc.pos(t))) {
          unquotedWords = true;
        }
      }
      if (!unquotedWords) {
        continue;
      }
      QuoteDraft statement = new QuoteDraft(quoted ? QuoteKind.MIXED : QuoteKind.INDIRECT,
          doc.span(start, end), start, end);
      Attributions.set(doc, statement, frame.speaker, frame, frame.via, frame.rule);
      doc.quotes().add(statement);
    }
  }
}
