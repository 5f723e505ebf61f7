package io.reportage.event;

import java.time.LocalDate;

/**
 * A time expression found in the text: its tokens, and the day or period it stands for once
 * resolved; {@code weekday} when it is a day of the week, which a planned event takes forward ({@code day} for a single day, {@code iso} for any precision; both null when unknown).
 */
record TimeMention(int start, int end, LocalDate day, String iso, boolean possessive, boolean weekday) {
}
