package io.reportage.quote;

import io.reportage.QuoteKind;
import io.reportage.Span;
import io.reportage.pipeline.Document;
import io.reportage.pipeline.Layer;
import io.reportage.pipeline.QuoteDraft;
import io.reportage.pipeline.Stage;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the spans in quotation marks, paragraph by paragraph, in one pass over the tokens.
 *
 * <ul>
 *   <li>Double marks, curly or straight, pair with the next closing mark. A mark left open runs to
 *       the end of its paragraph; when the next paragraph opens with a mark, that quote continues
 *       the open one (the convention for a quote over several paragraphs) and says so in
 *       {@link QuoteDraft#continues}. A second opening curly mark before any closing one ends the
 *       first quote there, unclosed (a forgotten closing mark).
 *   <li>Single marks quote only where they cannot be apostrophes: an opening mark before a word,
 *       closed by a mark after a word. Inside a double quote they are a quote within the quote and
 *       stay part of it; outside, a closed pair is a quote of its own (headlines quote that way).
 *   <li>A closing mark with nothing open is ignored, except at the very start of a paragraph, where
 *       it is read as a mistyped opening mark.
 * </ul>
 * Quotes get the kind DIRECT when they start a sentence or follow a colon or comma, else PARTIAL;
 * attribution may refine it. Unbalanced marks never fail: at worst a quote runs to its paragraph's
 * end.
 *
 * <p>Reads {@link Layer#SENTENCES}; provides {@link Layer#QUOTE_MARKS} as unattributed
 * {@link QuoteDraft}s with {@link QuoteDraft#marked} set.
 */
public final class QuoteSpanStage implements Stage {
  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.SENTENCES);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.QUOTE_MARKS);
  }

  @Override
  public void apply(Document doc) {
    int n = doc.tokenCount();
    List<QuoteDraft> quotes = doc.quotes();
    int doubleOpen = -1;
    int singleOpen = -1;
    // The quote the previous paragraph left open: a quote opening this paragraph continues it.
    QuoteDraft carried = null;
    QuoteDraft leftOpen = null;
    int paragraphStart = 0;
    for (int t = 0; t < n; t++) {
      if (t == 0 || doc.paragraphOf(t) != doc.paragraphOf(t - 1)) {
        paragraphStart = t;
        carried = leftOpen;
        leftOpen = null;
      }
      QuoteMark mark = QuoteMark.ofPair(doc, t);
      int markEnd = t;
      if (mark != QuoteMark.NONE) {
        markEnd = t + 1;
      } else {
        mark = QuoteMark.of(doc, t);
      }
      if (mark.isDouble()) {
        if (doubleOpen < 0) {
          boolean mistypedOpener = mark == QuoteMark.CLOSE_DOUBLE && t == paragraphStart;
          if (mark.canOpen() || mistypedOpener) {
            doubleOpen = t;
            singleOpen = -1;
          }
        } else if (mark.canClose()) {
          add(doc, quotes, doubleOpen, markEnd + 1, true, doubleOpen == paragraphStart ? carried : null);
          doubleOpen = -1;
          singleOpen = -1;
        } else {
          add(doc, quotes, doubleOpen, t, false, doubleOpen == paragraphStart ? carried : null);
          doubleOpen = t;
          singleOpen = -1;
        }
        t = markEnd;
      } else if (mark == QuoteMark.OPEN_SINGLE) {
        if (singleOpen < 0) {
          singleOpen = t;
        }
      } else if (mark == QuoteMark.CLOSE_SINGLE && singleOpen >= 0) {
        if (doubleOpen < 0) {
          add(doc, quotes, singleOpen, t + 1, true, null);
        }
        singleOpen = -1;
      }
      boolean paragraphEnds = t + 1 == n || doc.paragraphOf(t + 1) != doc.paragraphOf(t);
      if (paragraphEnds) {
        if (doubleOpen >= 0) {
          leftOpen = add(doc, quotes, doubleOpen, t + 1, false, doubleOpen == paragraphStart ? carried : null);
        }
        doubleOpen = -1;
        singleOpen = -1;
      }
    }
  }

  /** Adds a quote over tokens {@code [open, end)} unless it holds nothing between its marks. */
  private static QuoteDraft add(Document doc, List<QuoteDraft> quotes, int open, int end, boolean closed, QuoteDraft continues) {
    int inner = closed ? end - 1 : end;
    if (inner <= open + 1) {
      return null;
    }
    Span span = new Span(doc.tokenStart(open), doc.tokenEnd(end - 1));
    QuoteDraft quote = new QuoteDraft(startsClause(doc, open) ? QuoteKind.DIRECT : QuoteKind.PARTIAL, span, open, end);
    quote.closed = closed;
    quote.marked = true;
    quote.continues = continues;
    quotes.add(quote);
    return quote;
  }

  /** Whether the quote opens a sentence (also one the splitter did not cut), or follows a colon, a comma or a dash. */
  static boolean startsClause(Document doc, int open) {
    if (open == 0 || doc.sentenceOf(open - 1) != doc.sentenceOf(open)) {
      return true;
    }
    String before = doc.norm(open - 1);
    return before.equals(":") || before.equals(",") || before.equals(".") || before.equals("?") || before.equals("!") || before.equals("\u2014") || before.equals("--")
        || before.equals("\u2013") || before.equals("(");
  }
}
