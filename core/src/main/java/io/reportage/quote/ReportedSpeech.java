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
    for (Frame frame : frames) {
      if (frame.absorbed || !frame.hasContent() || frame.speaker == null) {
        continue;
      }
      boolean quoted = false;
      boolean unquotedWords = false;
      for (int t = frame.contentStart; t < frame.contentEnd; t++) {
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
          doc.span(frame.contentStart, frame.contentEnd), frame.contentStart, frame.contentEnd);
      Attributions.set(doc, statement, frame.speaker, frame, frame.via, frame.rule);
      doc.quotes().add(statement);
    }
  }
}
