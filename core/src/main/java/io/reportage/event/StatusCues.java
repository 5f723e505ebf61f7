package io.reportage.event;

import io.reportage.EventStatus;
import io.reportage.models.Lexicon;
import java.util.HashMap;
import java.util.Map;

/**
 * The status-cue lexicon ({@code event-status-cues.txt}) parsed once: for each phrase, the status
 * it states and whether it is read before a trigger, after it, or both. Immutable.
 */
final class StatusCues {
  /** A cue's meaning. */
  record Cue(EventStatus status, boolean before, boolean after) {
  }

  private final Lexicon lexicon;
  private final Map<String, Cue> cues = new HashMap<>();

  StatusCues(Lexicon lexicon) {
    this.lexicon = lexicon;
    for (String phrase : lexicon.phrases()) {
      String value = lexicon.value(phrase);
      String[] fields = value.split("\\s+");
      if (fields.length != 2) {
        throw new IllegalArgumentException("Status cue lexicon " + lexicon.name() + ", entry '" + phrase
            + "': expected 'STATUS before|after|both', got '" + value + "'");
      }
      EventStatus status = EventStatus.valueOf(fields[0]);
      boolean before = fields[1].equals("before") || fields[1].equals("both");
      boolean after = fields[1].equals("after") || fields[1].equals("both");
      if (!before && !after) {
        throw new IllegalArgumentException("Status cue lexicon " + lexicon.name() + ", entry '" + phrase
            + "': where must be before, after or both, got " + fields[1]);
      }
      cues.put(value, new Cue(status, before, after));
    }
  }

  /** The cue starting at {@code from} (longest phrase ending before {@code to}), or null. */
  Cue at(String[] lowers, int from, int to) {
    int length = lexicon.longestMatch(lowers, from, to);
    return length == 0 ? null : cues.get(lexicon.valueOf(lowers, from, length));
  }

  /** The length of that cue, 0 when none. */
  int lengthAt(String[] lowers, int from, int to) {
    return lexicon.longestMatch(lowers, from, to);
  }
}
