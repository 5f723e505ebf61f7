package io.reportage.event;

import io.reportage.EventType;
import io.reportage.models.Lexicon;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The event-trigger lexicon ({@code event-triggers.txt}) with its readings parsed once. The syntax
 * of a reading is documented at the top of that file. Immutable; shared by threads.
 */
public final class TriggerLexicon {
  static final int POS_NOUN = 1;
  static final int POS_VERB = 2;
  static final int POS_ADJ = 4;
  static final int POS_PROPN = 8;

  private final Lexicon lexicon;
  private final Map<String, List<TriggerReading>> readings = new HashMap<>();

  /**
   * Parses the readings of every entry.
   *
   * @throws IllegalArgumentException naming the entry when a reading is malformed, a type or a cue
   *     class unknown, or a sense not among {@code senses}
   */
  public TriggerLexicon(Lexicon lexicon, ContextCues cues, Set<String> senses) {
    this.lexicon = lexicon;
    for (String phrase : lexicon.phrases()) {
      String value = lexicon.value(phrase);
      try {
        readings.put(value, parseReadings(value, cues, senses));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("Trigger lexicon " + lexicon.name() + ", entry '" + phrase + " | " + value + "': " + e.getMessage(), e);
      }
    }
  }

  /** The length of the longest listed phrase starting at {@code from}, 0 when none. */
  int longestMatch(String[] lowers, int from, int to) {
    return lexicon.longestMatch(lowers, from, to);
  }

  /** The readings of the phrase {@code lowers[from, from + length)}, or null when it is not listed. */
  List<TriggerReading> readings(String[] lowers, int from, int length) {
    String value = lexicon.valueOf(lowers, from, length);
    return value == null ? null : readings.get(value);
  }

  private static List<TriggerReading> parseReadings(String value, ContextCues cues, Set<String> senses) {
    List<TriggerReading> parsed = new ArrayList<>();
    for (String reading : value.split(";")) {
      if (!reading.isBlank()) {
        parsed.add(parseReading(reading.strip(), cues, senses));
      }
    }
    if (parsed.isEmpty()) {
      throw new IllegalArgumentException("no reading");
    }
    return List.copyOf(parsed);
  }

  private static TriggerReading parseReading(String reading, ContextCues cues, Set<String> senses) {
    String[] fields = reading.split("\\s+");
    List<EventType> types = new ArrayList<>();
    boolean contact = false;
    for (String type : fields[0].split("\\+")) {
      if (type.equals("CONTACT")) {
        contact = true;
      } else {
        types.add(EventType.valueOf(type));
      }
    }
    int posMask = 0;
    List<Condition> conditions = new ArrayList<>();
    String sense = null;
    String cameo = null;
    double confidence = 0.8;
    for (int f = 1; f < fields.length; f++) {
      String field = fields[f];
      int eq = field.indexOf('=');
      if (eq < 0) {
        throw new IllegalArgumentException("expected key=value, got " + field);
      }
      String key = field.substring(0, eq);
      String arg = field.substring(eq + 1);
      switch (key) {
        case "pos" -> posMask = parsePos(arg);
        case "if" -> conditions.add(parseCondition(arg, cues, false));
        case "unless" -> conditions.add(parseCondition(arg, cues, true));
        case "sense" -> {
          if (!senses.contains(arg)) {
            throw new IllegalArgumentException("unknown sense " + arg + "; known: " + senses);
          }
          sense = arg;
        }
        case "cameo" -> cameo = arg;
        case "conf" -> confidence = Double.parseDouble(arg);
        default -> throw new IllegalArgumentException("unknown key " + key);
      }
    }
    return new TriggerReading(types, contact, posMask, conditions, sense, cameo, confidence);
  }

  private static int parsePos(String arg) {
    int mask = 0;
    for (String letter : arg.split(",")) {
      mask |= switch (letter) {
        case "N" -> POS_NOUN;
        case "V" -> POS_VERB;
        case "A" -> POS_ADJ;
        case "P" -> POS_PROPN;
        default -> throw new IllegalArgumentException("unknown part of speech " + letter + "; expected N, V, A or P");
      };
    }
    return mask;
  }

  /** CLASS+word+...:FROM..TO */
  private static Condition parseCondition(String arg, ContextCues cues, boolean negated) {
    int colon = arg.lastIndexOf(':');
    int dots = arg.indexOf("..", colon);
    if (colon < 0 || dots < 0) {
      throw new IllegalArgumentException("a condition needs a window, as in WEAPON+at:-3..3; got " + arg);
    }
    long classes = 0;
    Set<String> words = new HashSet<>();
    for (String item : arg.substring(0, colon).split("\\+")) {
      if (item.isEmpty()) {
        continue;
      }
      if (item.equals(item.toUpperCase(Locale.ROOT)) && Character.isLetter(item.charAt(0))) {
        classes |= cues.maskOf(item);
      } else {
        words.add(item.toLowerCase(Locale.ROOT));
      }
    }
    int from = Integer.parseInt(arg.substring(colon + 1, dots));
    int to = Integer.parseInt(arg.substring(dots + 2));
    return new Condition(classes, words, from, to, negated);
  }
}
