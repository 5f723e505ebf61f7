package io.reportage.corpus;

import io.reportage.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The gold direct quotes of a PolNeAR article, as ../shared/corpora/README.md defines them: every
 * quotation-mark span (curly or straight double marks; an unclosed one runs to the end of its
 * line; at least 3 characters) that lies at least half inside the Content of an attribution with a
 * Source. Its speaker is that attribution's Source (of the attribution whose Content covers it
 * most).
 *
 * <p>This is the scorer's own simple reading of the marks, independent of the library's.
 */
public final class PolnearQuotes {
  /** A gold quote and the attribution it belongs to. */
  public record GoldQuote(Span span, Polnear.Attribution attribution) {
  }

  private PolnearQuotes() {
  }

  public static List<GoldQuote> gold(Polnear.Article article) {
    List<GoldQuote> gold = new ArrayList<>();
    for (Span span : markSpans(article.text())) {
      Polnear.Attribution best = null;
      int bestOverlap = 0;
      for (Polnear.Attribution attribution : article.attributions()) {
        int overlap = attribution.contentOverlap(span);
        if (attribution.hasSource() && 2 * overlap >= span.length() && overlap > bestOverlap) {
          best = attribution;
          bestOverlap = overlap;
        }
      }
      if (best != null) {
        gold.add(new GoldQuote(span, best));
      }
    }
    return gold;
  }

  /**
   * Quotation-mark spans line by line: an opening mark (“ or ") pairs with the next closing one (”
   * or "); a mark left open runs to the end of the line. Spans shorter than 3 characters are
   * dropped.
   */
  public static List<Span> markSpans(String text) {
    List<Span> spans = new ArrayList<>();
    int lineStart = 0;
    int length = text.length();
    while (lineStart < length) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = length;
      }
      int open = -1;
      for (int i = lineStart; i < lineEnd; i++) {
        char c = text.charAt(i);
        if (open < 0) {
          if (c == '\u201C' || c == '"') {
            open = i;
          }
        } else if (c == '\u201D' || c == '"') {
          add(spans, open, i + 1);
          open = -1;
        }
      }
      if (open >= 0) {
        add(spans, open, lineEnd);
      }
      lineStart = lineEnd + 1;
    }
    return spans;
  }

  private static void add(List<Span> spans, int start, int end) {
    if (end - start >= 3) {
      spans.add(new Span(start, end));
    }
  }
}
