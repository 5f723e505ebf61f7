package io.reportage.quote;

import io.reportage.pipeline.Document;

/** The first and end token of every paragraph, computed once per document so that lookups cost nothing. */
final class ParagraphBounds {
  private final int[] first;
  private final int[] end;

  ParagraphBounds(Document doc) {
    int paragraphs = doc.paragraphs().size();
    first = new int[paragraphs];
    end = new int[paragraphs];
    java.util.Arrays.fill(first, -1);
    for (int t = 0; t < doc.tokenCount(); t++) {
      int p = doc.paragraphOf(t);
      if (first[p] < 0) {
        first[p] = t;
      }
      end[p] = t + 1;
    }
  }

  /** The first token of the paragraph, or -1 when it has none. */
  int first(int paragraph) {
    return first[paragraph];
  }

  /** The token after the paragraph's last. */
  int end(int paragraph) {
    return end[paragraph];
  }
}
