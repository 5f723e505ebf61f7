package io.reportage.event;

import io.reportage.models.Lexicon;
import io.reportage.pipeline.Document;
import io.reportage.text.Lemmatizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The single words of the time-word lexicon ({@code time-words.txt}) as the event stages test them
 * one token at a time: weekdays, "today", "yesterday" and the like, months, and the nouns for units
 * of time, listed by lemma. The lexicon's phrases ("last week") are {@link TimeExpressionFinder}'s.
 * A month abbreviation counts here only with its period ("Aug."): "Jan" alone is as often a name.
 * Built once from the lexicon; immutable.
 */
final class TimeWords {
  private final Set<String> dayWords = new HashSet<>();
  private final Set<String> months = new HashSet<>();
  private final Set<String> units = new HashSet<>();
  private final Set<String> durations = new HashSet<>();
  private final Lemmatizer lemmatizer;

  TimeWords(Lexicon timeWords, Lemmatizer lemmatizer) {
    this.lemmatizer = lemmatizer;
    Map<String, String> monthNames = new HashMap<>();
    for (String phrase : timeWords.phrases()) {
      if (phrase.indexOf(' ') >= 0) {
        continue;
      }
      String[] value = timeWords.value(phrase).split("\\s+");
      switch (value[0]) {
        case "WEEKDAY", "DAY" -> dayWords.add(phrase);
        case "UNIT", "DURATION" -> {
          for (String kind : value) {
            (kind.equals("UNIT") ? units : durations).add(phrase);
          }
        }
        case "MONTH" -> {
          String name = monthNames.get(value[1]);
          if (name == null || phrase.length() > name.length()) {
            monthNames.put(value[1], phrase);
          }
          if (phrase.endsWith(".")) {
            months.add(phrase);
          }
        }
        default -> {
        }
      }
    }
    months.addAll(monthNames.values());
  }

  /** Whether the kind of a time-word entry names no time of its own ({@code UNIT}, {@code DURATION}). */
  static boolean isUnitKind(String kind) {
    return kind.equals("UNIT") || kind.equals("DURATION");
  }

  /** A weekday, a day word ("today", "tonight") or a unit of time ("weeks", "morning"). */
  boolean isTimeNoun(Document doc, int token) {
    String lower = doc.lower(token);
    return dayWords.contains(lower) || units.contains(lower) || units.contains(lemmatizer.lemma(lower, "NOUN"));
  }

  /** A time noun or the name of a month. */
  boolean isTimeWord(Document doc, int token) {
    return isTimeNoun(doc, token) || months.contains(doc.lower(token));
  }

  /** A unit that measures how long something lasts ("day", "hours", "minutes"). */
  boolean isDurationUnit(String lower) {
    return durations.contains(lower) || durations.contains(lemmatizer.lemma(lower, "NOUN"));
  }
}
