package io.reportage;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When an event happened, as written ("on Thursday") and, where the publication date allows, as a
 * calendar date.
 *
 * @param value the date meant, or null when it cannot be told
 */
public record TimeExpression(int start, int end, String text, LocalDate value) {
  public TimeExpression {
    new Span(start, end);
    Objects.requireNonNull(text, "text");
  }
}
