package io.reportage.server;

import io.reportage.models.BundledLexicon;
import io.reportage.models.Lexicons;
import io.reportage.text.Tokenizer;

/** Counts tokens the way the benchmarks do (Reportage's tokenizer over the whole text), for the metrics. */
final class TokenCounter {
  private final Tokenizer tokenizer = new Tokenizer(Lexicons.bundled().get(BundledLexicon.ABBREVIATIONS));

  long count(String text) {
    long[] count = new long[1];
    tokenizer.tokenize(text, 0, text.length(), (start, end) -> count[0]++);
    return count[0];
  }
}
