package io.reportage;

import java.util.Objects;

/**
 * A name found by an {@link io.reportage.entity.EntityRecognizer}: tokens {@code [start, end)} and
 * a type; what a recognizer plugged in through {@link Extractor.Builder#entityRecognizer} returns.
 * Token indices count within the sentence when returned by a recognizer and within the document
 * once stored in the pipeline's document.
 */
public record NameSpan(int start, int end, EntityType type) {
  public NameSpan {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("A name needs 0 <= start < end, got [" + start + ", " + end + ")");
    }
    Objects.requireNonNull(type, "type");
  }

  /** This name moved by {@code offset} tokens. */
  public NameSpan shift(int offset) {
    return new NameSpan(start + offset, end + offset, type);
  }
}
