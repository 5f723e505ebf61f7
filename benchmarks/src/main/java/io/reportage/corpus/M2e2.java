package io.reportage.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the text events of M2E2 as laid out in ../shared/corpora/m2e2: one JSON document a line,
 * {@code {"doc", "text", "events": [{"type", "trigger": {"start","end","text"},
 * "arguments": [{"role","start","end","text"}]}]}}, offsets into {@code text}.
 */
public final class M2e2 {
  /** A span of a document's text with its role (arguments) or null (triggers). */
  public record Annotation(String role, int start, int end, String text) {
  }

  /** A gold event: its ACE type, trigger and arguments. */
  public record GoldEvent(String type, Annotation trigger, List<Annotation> arguments) {
    public GoldEvent {
      arguments = List.copyOf(arguments);
    }
  }

  /** A document and its gold events. */
  public record Doc(String id, String text, List<GoldEvent> events) {
    public Doc {
      events = List.copyOf(events);
    }
  }

  private M2e2() {
  }

  public static List<Doc> read(Path file) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<Doc> docs = new ArrayList<>();
    try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = mapper.readTree(line);
        List<GoldEvent> events = new ArrayList<>();
        for (JsonNode event : node.path("events")) {
          List<Annotation> arguments = new ArrayList<>();
          for (JsonNode argument : event.path("arguments")) {
            arguments.add(annotation(argument, argument.path("role").asText()));
          }
          events.add(new GoldEvent(event.path("type").asText(), annotation(event.path("trigger"), null), arguments));
        }
        docs.add(new Doc(node.path("doc").asText(), node.path("text").asText(), events));
      }
    }
    return docs;
  }

  private static Annotation annotation(JsonNode node, String role) {
    return new Annotation(role, node.path("start").asInt(), node.path("end").asInt(), node.path("text").asText());
  }
}
