package io.reportage;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When an event happened, as written ("on Thursday") and, where the publication date allows, as a
 * calendar date.
 *
 * @param value the day meant, or null when it cannot be told or is not one day
 * @param iso the ISO 8601 value: a date ("2025-07-03"), a week ("2025-W27"), a month ("2025-06")
 *     or a year ("2025"); null when it cannot be told
 */
public record TimeExpression(int start, int end, String text, LocalDate value, String iso) {
  public TimeExpression {
    new Span(start, end);
    Objects.requireNonNull(text, "text");
  }
}
