package io.reportage;

import java.util.Objects;

/** One place where an entity is mentioned. Offsets as in {@link Span}. */
public record Mention(int start, int end, String text, MentionKind kind) {
  public Mention {
    new Span(start, end);
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
  }
}
