package io.reportage;

import java.util.Objects;

/** A span of the input together with the text it covers. Offsets as in {@link Span}. */
public record TextSpan(int start, int end, String text) {
  public TextSpan {
    new Span(start, end);
    Objects.requireNonNull(text, "text");
  }

  /** The span of {@code text} that {@code span} covers. */
  public static TextSpan of(Span span, String text) {
    return new TextSpan(span.start(), span.end(), span.text(text));
  }

  public Span span() {
    return new Span(start, end);
  }
}
