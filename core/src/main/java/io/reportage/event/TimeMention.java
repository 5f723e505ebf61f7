package io.reportage.event;

import java.time.LocalDate;

/**
 * A time expression found in the text: its tokens, and the day or period it stands for once
 * resolved; {@code weekday} when it is a day of the week, which a planned event takes forward ({@code day} for a single day, {@code iso} for any precision; both null when unknown); {@code future} when the words themselves place it after the time of writing ("tomorrow", "next week").
 */
record TimeMention(int start, int end, LocalDate day, String iso, boolean possessive, boolean weekday, boolean future) {
  TimeMention(int start, int end, LocalDate day, String iso, boolean possessive, boolean weekday) {
    this(start, end, day, iso, possessive, weekday, false);
  }

  /** The same expression, said of the time after the article's ("tomorrow", "next month"). */
  TimeMention inFuture() {
    return new TimeMention(start, end, day, iso, possessive, weekday, true);
  }
}
