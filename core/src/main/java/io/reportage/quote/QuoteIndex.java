package io.reportage.quote;

import io.reportage.pipeline.Document;
import io.reportage.pipeline.QuoteDraft;
import java.util.Set;

/** The quotation-mark quote covering each token (null outside quotes), built once per document. */
final class QuoteIndex {
  private QuoteIndex() {
  }

  static QuoteDraft[] of(Document doc) {
    return of(doc, Set.of());
  }

  /** The index without the quotes of {@code left out} (titles and nicknames, read as plain words). */
  static QuoteDraft[] of(Document doc, Set<QuoteDraft> leftOut) {
    QuoteDraft[] quoteAt = new QuoteDraft[doc.tokenCount()];
    for (QuoteDraft quote : doc.quotes()) {
      if (quote.marked && !leftOut.contains(quote)) {
        for (int t = quote.tokenStart; t < quote.tokenEnd; t++) {
          quoteAt[t] = quote;
        }
      }
    }
    return quoteAt;
  }
}
