package io.reportage.quote;

import io.reportage.pipeline.Document;
import java.util.Set;

/**
 * A quotation that ends with its own question or exclamation mark, or a full stop, closes a
 * sentence for the sentence splitter, and the attribution after it opens the next ("“Who do they
 * think they are?” Trump said of Apple in February, when ..."). Such an attribution reports the
 * quote, as it would within one sentence, when it opens its sentence right after the closing mark
 * and the cue introduces nothing of its own: no "that", clause, colon or quotation after the cue,
 * only adjuncts ("said of Apple", "added during his appearance", "wrote in an email",
 * "said Sunday as the crowd roared").
 */
final class QuoteClosingSentence {
  /** Words right after a cue that open what the cue reports rather than an adjunct. */
  private static final Set<String> CONTENT_OPENERS = Set.of("that", "whether", "if", "how", "why", "what", "who");

  private final AttributionContext ctx;
  private final Document doc;

  QuoteClosingSentence(AttributionContext ctx) {
    this.ctx = ctx;
    this.doc = ctx.doc();
  }

  /**
   * Whether the quote closing at {@code quoteBefore}, in the sentence before the one opening at
   * {@code start}, is what the attribution opening that sentence reports; {@code cueEnd} is the
   * first token after the cue (and after its speaker, when the speaker follows the cue).
   */
  boolean reports(int quoteBefore, int attributionStart, int start, int cueEnd, int end) {
    if (quoteBefore != start - 1 || attributionStart != start || !ctx.canBeStatement(ctx.quoteAt()[quoteBefore])) {
      return false;
    }
    if (cueEnd >= end) {
      return true;
    }
    // "Trump called the senator a “nasty guy”": a quotation after the cue is its own content.
    if (ctx.quoteIn(cueEnd, end)) {
      return false;
    }
    String next = doc.lower(cueEnd);
    String pos = doc.pos(cueEnd);
    if (CONTENT_OPENERS.contains(next) || ctx.opensQuote(cueEnd) || doc.norm(cueEnd).equals(":")) {
      return false;
    }
    // "said the talks went well": a subject and its verb right after the cue are the content.
    boolean subjectFollows = "PRON".equals(pos) || "DET".equals(pos) || "PROPN".equals(pos) || "NOUN".equals(pos);
    return !subjectFollows || !verbWithin(cueEnd + 1, Math.min(end, cueEnd + 5));
  }

  private boolean verbWithin(int from, int to) {
    for (int t = from; t < to; t++) {
      if (ctx.startsVerb(t, to) && !doc.lower(t).endsWith("ing")) {
        return true;
      }
      if ("PUNCT".equals(doc.pos(t)) || "ADP".equals(doc.pos(t))) {
        return false;
      }
    }
    return false;
  }
}
