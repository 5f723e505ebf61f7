package io.reportage.event;

import io.reportage.models.Lexicon;
import io.reportage.pipeline.Document;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds time expressions with the time-word lexicon ({@code time-words.txt}) and ISO dates
 * ("2025-07-04"), and resolves them against the publication date as news uses them: a weekday is
 * the most recent such day on or before publication ("on Thursday"), "the day before" counts from
 * the time the text last spoke of ("told journalists on Friday ... the day before" is Thursday),
 * "July 4" takes the publication year. Without a publication date only full dates resolve.
 * Immutable; the resolution state lives in the list it returns.
 */
final class TimeExpressionFinder {
  private final Lexicon words;

  TimeExpressionFinder(Lexicon words) {
    this.words = words;
  }

  /** Every time expression of the document in text order, resolved where possible. */
  List<TimeMention> find(Document doc) {
    List<TimeMention> found = new ArrayList<>();
    Optional<LocalDate> published = doc.info().published();
    LocalDate reference = published.orElse(null);
    String[] lowers = doc.lowers();
    int n = doc.tokenCount();
    for (int i = 0; i < n; i++) {
      int sentenceEnd = doc.sentenceEnd(doc.sentenceOf(i));
      TimeMention mention = isoDate(doc, i);
      if (mention == null) {
        int length = words.longestMatch(lowers, i, sentenceEnd);
        String value = length > 0 ? words.valueOf(lowers, i, length) : null;
        if (value != null && !TimeWords.isUnitKind(value.split("\\s+")[0])) {
          mention = resolve(doc, i, length, value, published.orElse(null), reference, sentenceEnd);
        }
      }
      if (mention != null) {
        found.add(mention);
        if (mention.day() != null) {
          reference = mention.day();
        }
        i = mention.end() - 1;
      }
    }
    return found;
  }

  private static TimeMention isoDate(Document doc, int i) {
    String token = doc.token(i);
    if (token.length() == 10 && token.charAt(4) == '-' && token.charAt(7) == '-') {
      try {
        LocalDate date = LocalDate.parse(token);
        return new TimeMention(i, i + 1, date, date.toString(), false, false);
      } catch (DateTimeException e) {
        return null;
      }
    }
    return null;
  }

  private TimeMention resolve(Document doc, int start, int length, String value, LocalDate published,
      LocalDate reference, int sentenceEnd) {
    String[] parts = value.split("\\s+");
    String kind = parts[0];
    int number = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
    int end = start + length;
    boolean possessive = end < sentenceEnd && (doc.lower(end).equals("'s") || doc.lower(end).equals("'"));
    int spanStart = start > 0 && doc.lower(start - 1).equals("on") ? start - 1 : start;
    TimeMention mention = resolve(doc, kind, number, start, end, spanStart, possessive, published, reference, sentenceEnd);
    boolean ahead = number > 0 && !kind.equals("RELATIVE") && !kind.equals("WEEKDAY") && !kind.equals("MONTH");
    return mention != null && ahead ? mention.inFuture() : mention;
  }

  private TimeMention resolve(Document doc, String kind, int number, int start, int end, int spanStart, boolean possessive,
      LocalDate published, LocalDate reference, int sentenceEnd) {
    switch (kind) {
      case "WEEKDAY" -> {
        LocalDate day = null;
        if (published != null) {
          boolean last = start > 0 && doc.lower(start - 1).equals("last");
          day = published.minusDays(Math.floorMod(published.getDayOfWeek().getValue() - number, 7));
          if (last && day.equals(published)) {
            day = day.minusWeeks(1);
          }
          if (last) {
            spanStart = start - 1;
          }
        }
        return new TimeMention(spanStart, possessive ? end + 1 : end, day, day == null ? null : day.toString(), possessive, true);
      }
      case "MONTH" -> {
        return monthDate(doc, start, end, number, published, sentenceEnd);
      }
      case "DAY" -> {
        return mention(spanStart, end, published == null ? null : published.plusDays(number), possessive);
      }
      case "RELATIVE" -> {
        return mention(spanStart, end, reference == null ? null : reference.plusDays(number), possessive);
      }
      case "WEEK" -> {
        String iso = null;
        if (published != null) {
          LocalDate day = published.plusWeeks(number);
          iso = String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        }
        return new TimeMention(spanStart, end, null, iso, possessive, false);
      }
      case "MONTHS" -> {
        String iso = published == null ? null : published.plusMonths(number).toString().substring(0, 7);
        return new TimeMention(spanStart, end, null, iso, possessive, false);
      }
      case "YEARS" -> {
        String iso = published == null ? null : String.valueOf(published.getYear() + number);
        return new TimeMention(spanStart, end, null, iso, possessive, false);
      }
      default -> throw new IllegalArgumentException("Time lexicon " + words.name() + ": unknown kind " + kind);
    }
  }

  private static TimeMention mention(int start, int end, LocalDate day, boolean possessive) {
    return new TimeMention(start, end, day, day == null ? null : day.toString(), possessive, false);
  }

  /** "July 4", "July 4, 2025", "4 July 2025", "Dec. 2": a month needs a day number beside it. */
  private static TimeMention monthDate(Document doc, int start, int end, int month, LocalDate published, int sentenceEnd) {
    int first = start;
    int last = end;
    int day = -1;
    if (end < sentenceEnd && dayNumber(doc.token(end)) > 0) {
      day = dayNumber(doc.token(end));
      last = end + 1;
    } else if (start > 0 && dayNumber(doc.token(start - 1)) > 0 && doc.sentenceOf(start - 1) == doc.sentenceOf(start)) {
      day = dayNumber(doc.token(start - 1));
      first = start - 1;
    }
    if (day < 0) {
      return null;
    }
    int year = -1;
    int y = last < sentenceEnd && doc.token(last).equals(",") ? last + 1 : last;
    if (y < sentenceEnd && doc.token(y).length() == 4 && doc.token(y).chars().allMatch(Character::isDigit)) {
      year = Integer.parseInt(doc.token(y));
      last = y + 1;
    }
    LocalDate date = null;
    try {
      if (year > 0) {
        date = LocalDate.of(year, month, day);
      } else if (published != null) {
        date = LocalDate.of(published.getYear(), month, day);
        if (date.isAfter(published.plusMonths(2))) {
          date = date.minusYears(1);
        }
      }
    } catch (DateTimeException e) {
      return null;
    }
    boolean possessive = last < sentenceEnd && doc.lower(last).equals("'s");
    return mention(first > 0 && doc.lower(first - 1).equals("on") ? first - 1 : first, last, date, possessive);
  }

  private static int dayNumber(String token) {
    String digits = token.replaceAll("(st|nd|rd|th)$", "");
    if (digits.isEmpty() || digits.length() > 2 || !digits.chars().allMatch(Character::isDigit)) {
      return -1;
    }
    int day = Integer.parseInt(digits);
    return day >= 1 && day <= 31 ? day : -1;
  }
}
