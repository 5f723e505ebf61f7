package io.reportage.quote;

import io.reportage.pipeline.Document;
import io.reportage.pipeline.QuoteDraft;
import java.util.List;

/**
 * Speakers of quotes that nothing in their own sentence explains, taken from the conversation in
 * progress:
 * <ul>
 *   <li>{@code continued-quote}: a quote over several paragraphs keeps the speaker of its first part;
 *   <li>{@code same-paragraph}: “A,” she said. “B.” — B is hers too (the nearest attributed quote
 *       of the paragraph, before or after);
 *   <li>{@code paragraph-speaker}: a quoted sentence after an attribution in the same paragraph;
 *   <li>{@code previous-paragraph}: a paragraph that opens with a quote and holds no cue continues
 *       the previous paragraph's speaker; when the two paragraphs before alternate between two
 *       speakers (an exchange), the turn goes back to the earlier one ({@code alternation}).
 * </ul>
 * Only quotes that read as speech take part: a whole sentence or more in marks. Quoted words in
 * the middle of the writer's sentence with no cue (scare quotes, titles, nicknames) stay
 * unattributed.
 */
final class Conversation {
  private static final int NEIGHBOURS = 8;

  private final Document doc;
  private final ParagraphBounds paragraphs;

  Conversation(Document doc, ParagraphBounds paragraphs) {
    this.doc = doc;
    this.paragraphs = paragraphs;
  }

  /**
   * @param quotes the quotation-mark quotes in text order
   * @param frames every frame, in text order
   */
  void attribute(List<QuoteDraft> quotes, List<Frame> frames) {
    int paragraphCount = doc.paragraphs().size();
    // The last frame of each paragraph, to tell whether a paragraph holds a cue and who spoke in it.
    Frame[] lastFrame = new Frame[paragraphCount];
    for (Frame frame : frames) {
      if (frame.speaker != null && !frame.absorbed) {
        lastFrame[doc.paragraphOf(frame.cue.start())] = frame;
      }
    }
    // The last attributed quote of each paragraph, filled as quotes are attributed in order.
    QuoteDraft[] lastQuote = new QuoteDraft[paragraphCount];
    for (int i = 0; i < quotes.size(); i++) {
      QuoteDraft quote = quotes.get(i);
      int paragraph = doc.paragraphOf(quote.tokenStart);
      if ("none".equals(quote.rule)) {
        attributeFromContext(quotes, i, paragraph, lastFrame, lastQuote);
      }
      if (quote.attributed()) {
        lastQuote[paragraph] = quote;
      }
    }
  }

  private void attributeFromContext(List<QuoteDraft> quotes, int i, int paragraph, Frame[] lastFrame, QuoteDraft[] lastQuote) {
    QuoteDraft quote = quotes.get(i);
    if (isStageDirection(quote)) {
      return;
    }
    if (quote.continues != null && quote.continues.attributed()) {
      Attributions.copy(quote.continues, quote, AttributionRule.CONTINUED_QUOTE, 0.95, true);
      return;
    }
    if (!readsAsSpeech(quote)) {
      return;
    }
    QuoteDraft neighbour = attributedNeighbour(quotes, i, paragraph);
    if (neighbour != null) {
      Attributions.copy(neighbour, quote, AttributionRule.SAME_PARAGRAPH, 0.95, true);
      return;
    }
    Frame frame = lastFrame[paragraph];
    if (frame != null && frame.cue.start() < quote.tokenStart && frame.speaker.entity != null) {
      Attributions.set(doc, quote, frame.speaker, null, frame.via, AttributionRule.PARAGRAPH_SPEAKER);
      return;
    }
    if (frame == null && quote.tokenStart == paragraphs.first(paragraph) && paragraph > 0) {
      QuoteDraft previous = lastQuote[paragraph - 1];
      if (previous != null && previous.speaker != null) {
        QuoteDraft before = paragraph > 1 ? lastQuote[paragraph - 2] : null;
        boolean exchange = before != null && before.speaker != null && before.speaker != previous.speaker
            && isShortTurn(previous, paragraph - 1) && isShortTurn(before, paragraph - 2);
        if (exchange) {
          Attributions.copy(before, quote, AttributionRule.ALTERNATION, 0.8, false);
        } else {
          Attributions.copy(previous, quote, AttributionRule.PREVIOUS_PARAGRAPH, 0.85, false);
        }
      }
    }
  }

  /** Longest bracketed note a transcript inserts between turns ("(CROSSTALK)", "(Laughter.)", "(inaudible)"). */
  private static final int MAX_STAGE_DIRECTION = 8;

  /**
   * A quoted paragraph that is only a bracketed note ("(CROSSTALK.)", "(Applause)") describes the
   * scene of a transcript; no one says it.
   */
  private boolean isStageDirection(QuoteDraft quote) {
    int open = quote.tokenStart;
    if (open < quote.tokenEnd && QuoteMark.of(doc, open).isDouble()) {
      open++;
    }
    if (open >= quote.tokenEnd || quote.tokenEnd - open > MAX_STAGE_DIRECTION || !isOpeningBracket(doc.norm(open))) {
      return false;
    }
    for (int t = quote.tokenEnd - 1; t > open && quote.tokenEnd - t <= 3; t--) {
      if (isClosingBracket(doc.norm(t))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isOpeningBracket(String token) {
    return token.equals("(") || token.equals("[") || token.equals("-LRB-");
  }

  private static boolean isClosingBracket(String token) {
    return token.equals(")") || token.equals("]") || token.equals("-RRB-");
  }

  /** A short quote that opens its paragraph: a turn in a dialogue, where speakers alternate. */
  private boolean isShortTurn(QuoteDraft quote, int paragraph) {
    return quote.tokenStart == paragraphs.first(paragraph) && quote.tokenEnd - quote.tokenStart <= 25;
  }

  /** The nearest attributed quote of the same paragraph: the closest before, else the closest after. */
  private QuoteDraft attributedNeighbour(List<QuoteDraft> quotes, int i, int paragraph) {
    for (int k = i - 1; k >= 0 && i - k <= NEIGHBOURS; k--) {
      QuoteDraft other = quotes.get(k);
      if (doc.paragraphOf(other.tokenStart) != paragraph) {
        break;
      }
      if (other.attributed()) {
        return other;
      }
    }
    for (int k = i + 1; k < quotes.size() && k - i <= NEIGHBOURS; k++) {
      QuoteDraft other = quotes.get(k);
      if (doc.paragraphOf(other.tokenStart) != paragraph) {
        break;
      }
      if (other.attributed() && readsAsSpeech(other)) {
        return other;
      }
    }
    return null;
  }

  /** A quote that is a sentence or more of speech: it starts a clause and holds at least three words. */
  private boolean readsAsSpeech(QuoteDraft quote) {
    return QuoteSpanStage.startsClause(doc, quote.tokenStart) && quote.tokenEnd - quote.tokenStart >= 5;
  }
}
