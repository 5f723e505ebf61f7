package io.reportage.quote;

import io.reportage.pipeline.Document;

/**
 * One sentence as the frame rules read it: its index and token bounds {@code [start, end)}, with
 * the document's shared lookups.
 *
 * @param lookups the document's tokens, lexicons, phrases, speakers and quotation marks
 * @param index the sentence's index in the document
 * @param start its first token
 * @param end the token after its last
 */
record SentenceContext(AttributionContext lookups, int index, int start, int end) {
  Document doc() {
    return lookups.doc();
  }
}
