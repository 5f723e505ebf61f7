package io.reportage.entity;

import io.reportage.NameSpan;
import java.util.List;

/**
 * Finds person, organization and location names in tokenized sentences. Implementations are
 * thread-safe: one instance serves every thread of an {@code Extractor}, and nothing learnt from
 * one document carries over to the next.
 */
public interface EntityRecognizer {
  /**
   * Finds the names in one document.
   *
   * @param sentences the tokens of each sentence of the document, in order; typographic quotes and
   *     apostrophes already straightened
   * @return for each sentence, the names in it, with token indices counted within that sentence
   */
  List<List<NameSpan>> recognize(List<String[]> sentences);
}
