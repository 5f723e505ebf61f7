package io.reportage.event;

import io.reportage.EventType;
import java.util.List;

/**
 * One way of reading a trigger word: the event types it names when its conditions hold.
 *
 * @param types the event types (one, or two for words like "massacre"); empty with {@code contact}
 * @param contact true when the word names a meeting or a phone call, to be told from the context
 * @param posMask the part-of-speech classes allowed (bits of {@link TriggerLexicon#POS_NOUN} ...), 0 for any
 * @param conditions all must hold
 * @param sense the name of a {@link SenseCheck}, or null
 * @param cameo a CAMEO code more specific than the type's, or null
 * @param confidence how sure a match of this reading is
 */
record TriggerReading(List<EventType> types, boolean contact, int posMask, List<Condition> conditions, String sense,
    String cameo, double confidence) {
  TriggerReading {
    types = List.copyOf(types);
    conditions = List.copyOf(conditions);
  }

  boolean conditionsHold(TriggerContext context, int start, int end) {
    for (Condition condition : conditions) {
      if (!condition.holds(context, start, end)) {
        return false;
      }
    }
    return true;
  }
}
