package io.reportage;

import java.util.Objects;

/** A stretch of the input that the site added around the article. Offsets as in {@link Span}. */
public record Boilerplate(int start, int end, BoilerplateKind kind) {
  public Boilerplate {
    new Span(start, end);
    Objects.requireNonNull(kind, "kind");
  }
}
