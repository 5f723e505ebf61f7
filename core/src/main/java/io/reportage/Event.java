package io.reportage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Something that happened, is planned or was said, with its participants.
 *
 * @param id "ev1", "ev2", ... in order of first mention
 * @param ace the ACE 2005 type, or null when ACE has none for this event
 * @param cameo the CAMEO code, or null
 * @param trigger the words that first name the event
 * @param mentions every place the event is named, the trigger first
 * @param time when it happened, or null
 * @param attributes what else is stated: "ordinal", "duration", "topics"...; values are strings,
 *     numbers or lists of strings
 * @param quote the id of the quote that reports the event, or null
 * @param confidence how sure the extraction is, from 0 to 1
 */
public record Event(
    String id,
    EventType type,
    String ace,
    String cameo,
    TextSpan trigger,
    List<TextSpan> mentions,
    List<Argument> arguments,
    TimeExpression time,
    EventStatus status,
    Map<String, Object> attributes,
    String quote,
    double confidence) {
  public Event {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(status, "status");
    mentions = List.copyOf(mentions);
    arguments = List.copyOf(arguments);
    attributes = immutableAttributes(attributes);
  }

  private static Map<String, Object> immutableAttributes(Map<String, Object> attributes) {
    if (attributes.isEmpty()) {
      return Map.of(); // most events have none; one shared empty map keeps long articles small
    }
    Map<String, Object> copy = new LinkedHashMap<>();
    attributes.forEach((key, value) -> {
      Objects.requireNonNull(key, "attribute name");
      if (value instanceof List<?> list) {
        List<String> strings = new ArrayList<>();
        list.forEach(item -> strings.add(String.valueOf(item)));
        copy.put(key, List.copyOf(strings));
      } else if (value instanceof String || value instanceof Number || value instanceof Boolean) {
        copy.put(key, value);
      } else {
        throw new IllegalArgumentException("Attribute " + key + " must be a string, number, boolean or list, got " + value);
      }
    });
    return Collections.unmodifiableMap(copy);
  }
}
