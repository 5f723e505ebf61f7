package io.reportage.quote;

import io.reportage.pipeline.Document;
import io.reportage.pipeline.QuoteDraft;

/** The quotation-mark quote covering each token (null outside quotes), built once per document. */
final class QuoteIndex {
  private QuoteIndex() {
  }

  static QuoteDraft[] of(Document doc) {
    QuoteDraft[] quoteAt = new QuoteDraft[doc.tokenCount()];
    for (QuoteDraft quote : doc.quotes()) {
      if (quote.marked) {
        for (int t = quote.tokenStart; t < quote.tokenEnd; t++) {
          quoteAt[t] = quote;
        }
      }
    }
    return quoteAt;
  }
}
