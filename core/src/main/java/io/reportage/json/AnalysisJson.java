package io.reportage.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.reportage.Analysis;
import io.reportage.Argument;
import io.reportage.Boilerplate;
import io.reportage.Entity;
import io.reportage.Event;
import io.reportage.Mention;
import io.reportage.Quote;
import io.reportage.Role;
import io.reportage.TextSpan;
import io.reportage.TimeExpression;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Writes an {@link Analysis} in the JSON contract {@value #SCHEMA}: the one way to turn an analysis
 * into JSON. Field names and order are part of the contract: new fields may be added, none renamed
 * or removed without a new schema version.
 *
 * <pre>{@code
 * String json = AnalysisJson.toJson(analysis);                   // pretty-printed
 * String line = AnalysisJson.toJsonLine(analysis, "article.txt"); // one line, "doc" set
 * AnalysisJson.writeJson(analysis, writer, "article.txt", false); // streamed, for very long articles
 * }</pre>
 *
 * The data model in {@code io.reportage} knows nothing of this format; this class reads it.
 */
public final class AnalysisJson {
  /** The name and version of the JSON contract, written as "schema". */
  public static final String SCHEMA = "reportage/1";

  /** Leaves the caller's writer open: {@link #writeJson} only flushes it. */
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private AnalysisJson() {
  }

  /** The analysis in the JSON contract, pretty-printed, without a "doc" field. */
  public static String toJson(Analysis analysis) {
    return write(analysis, null, true);
  }

  /** The analysis in the JSON contract, pretty-printed, with "doc" set to {@code docName} (omitted when null). */
  public static String toJson(Analysis analysis, String docName) {
    return write(analysis, docName, true);
  }

  /** The analysis in the JSON contract on one line, as JSON Lines takes it, with "doc" set to {@code docName} (omitted when null). */
  public static String toJsonLine(Analysis analysis, String docName) {
    return write(analysis, docName, false);
  }

  private static String write(Analysis analysis, String docName, boolean pretty) {
    StringWriter out = new StringWriter();
    try {
      writeJson(analysis, out, docName, pretty);
    } catch (IOException e) {
      throw new UncheckedIOException("Writing JSON to a string failed", e);
    }
    return out.toString();
  }

  /**
   * Streams the analysis in the JSON contract to {@code out} without building the whole text in
   * memory first: for very long articles, whose JSON can be many times their size. The writer is
   * flushed, not closed.
   *
   * @param docName written as "doc"; omitted when null
   * @param pretty indented, or on one line as {@link #toJsonLine} writes it
   */
  public static void writeJson(Analysis analysis, Writer out, String docName, boolean pretty) throws IOException {
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      if (pretty) {
        json.useDefaultPrettyPrinter();
      }
      json.writeStartObject();
      writeText(json, "schema", SCHEMA);
      if (docName != null) {
        writeText(json, "doc", docName);
      }
      json.writeFieldName("headline");
      writeTextSpan(json, analysis.headline());
      json.writeFieldName("source");
      writeTextSpan(json, analysis.source());
      json.writeObjectFieldStart("body");
      json.writeNumberField("start", analysis.body().start());
      json.writeNumberField("end", analysis.body().end());
      json.writeEndObject();
      json.writeArrayFieldStart("boilerplate");
      for (Boilerplate part : analysis.boilerplate()) {
        json.writeStartObject();
        json.writeNumberField("start", part.start());
        json.writeNumberField("end", part.end());
        writeText(json, "kind", part.kind().name());
        json.writeEndObject();
      }
      json.writeEndArray();
      writeEntities(json, analysis.entities());
      writeQuotes(json, analysis.quotes());
      writeEvents(json, analysis.events());
      json.writeEndObject();
    }
  }

  private static void writeEntities(JsonGenerator json, List<Entity> entities) throws IOException {
    json.writeArrayFieldStart("entities");
    for (Entity entity : entities) {
      json.writeStartObject();
      writeText(json, "id", entity.id());
      writeText(json, "type", entity.type().name());
      writeText(json, "name", entity.name());
      json.writeArrayFieldStart("roles");
      for (Role role : entity.roles()) {
        json.writeStartObject();
        writeText(json, "title", role.title());
        writeText(json, "organization", role.organization());
        json.writeNumberField("start", role.start());
        json.writeNumberField("end", role.end());
        json.writeBooleanField("former", role.former());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("mentions");
      for (Mention mention : entity.mentions()) {
        json.writeStartObject();
        json.writeNumberField("start", mention.start());
        json.writeNumberField("end", mention.end());
        writeText(json, "text", mention.text());
        writeText(json, "kind", mention.kind().name());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void writeQuotes(JsonGenerator json, List<Quote> quotes) throws IOException {
    json.writeArrayFieldStart("quotes");
    for (Quote quote : quotes) {
      json.writeStartObject();
      writeText(json, "id", quote.id());
      writeText(json, "kind", quote.kind().name());
      json.writeNumberField("start", quote.start());
      json.writeNumberField("end", quote.end());
      writeText(json, "text", quote.text());
      writeText(json, "speaker", quote.speaker());
      json.writeFieldName("speakerMention");
      writeTextSpan(json, quote.speakerMention());
      json.writeFieldName("cue");
      writeTextSpan(json, quote.cue());
      writeText(json, "via", quote.via());
      json.writeNumberField("confidence", round(quote.confidence()));
      writeText(json, "rule", quote.rule());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void writeEvents(JsonGenerator json, List<Event> events) throws IOException {
    json.writeArrayFieldStart("events");
    for (Event event : events) {
      json.writeStartObject();
      writeText(json, "id", event.id());
      writeText(json, "type", event.type().name());
      writeText(json, "ace", event.ace());
      writeText(json, "cameo", event.cameo());
      json.writeFieldName("trigger");
      writeTextSpan(json, event.trigger());
      json.writeArrayFieldStart("mentions");
      for (TextSpan mention : event.mentions()) {
        writeTextSpan(json, mention);
      }
      json.writeEndArray();
      json.writeArrayFieldStart("arguments");
      for (Argument argument : event.arguments()) {
        json.writeStartObject();
        writeText(json, "role", argument.role());
        writeText(json, "entity", argument.entity());
        json.writeNumberField("start", argument.start());
        json.writeNumberField("end", argument.end());
        writeText(json, "text", argument.text());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeFieldName("time");
      writeTime(json, event.time());
      writeText(json, "status", event.status().name());
      json.writeObjectFieldStart("attributes");
      for (Map.Entry<String, Object> attribute : event.attributes().entrySet()) {
        json.writeFieldName(attribute.getKey());
        writeValue(json, attribute.getValue());
      }
      json.writeEndObject();
      writeText(json, "quote", event.quote());
      json.writeNumberField("confidence", round(event.confidence()));
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void writeValue(JsonGenerator json, Object value) throws IOException {
    if (value instanceof List<?> list) {
      json.writeStartArray();
      for (Object item : list) {
        writeText(json, String.valueOf(item));
      }
      json.writeEndArray();
    } else if (value instanceof Integer || value instanceof Long) {
      json.writeNumber(((Number) value).longValue());
    } else if (value instanceof Number number) {
      json.writeNumber(number.doubleValue());
    } else if (value instanceof Boolean bool) {
      json.writeBoolean(bool);
    } else {
      writeText(json, String.valueOf(value));
    }
  }

  private static void writeTime(JsonGenerator json, TimeExpression time) throws IOException {
    if (time == null) {
      json.writeNull();
      return;
    }
    json.writeStartObject();
    json.writeNumberField("start", time.start());
    json.writeNumberField("end", time.end());
    writeText(json, "text", time.text());
    writeText(json, "value", time.iso());
    json.writeEndObject();
  }

  private static void writeText(JsonGenerator json, String field, String value) throws IOException {
    json.writeFieldName(field);
    writeText(json, value);
  }

  /**
   * Writes a string value. Input text may hold unpaired surrogates, which no JSON encoder can put
   * out as UTF-8; they are written as "\\uD800"-style escapes, which keeps the output valid JSON and
   * lets a reader get back the very same Java string. Paired surrogates (emoji) are written as they are.
   */
  private static void writeText(JsonGenerator json, String value) throws IOException {
    if (value == null) {
      json.writeNull();
    } else if (!hasUnpairedSurrogate(value)) {
      json.writeString(value);
    } else {
      StringBuilder quoted = new StringBuilder(value.length() + 16).append('"');
      JsonStringEncoder.getInstance().quoteAsString(value, quoted);
      json.writeRawValue(escapeUnpairedSurrogates(quoted).append('"').toString());
    }
  }

  static boolean hasUnpairedSurrogate(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  private static StringBuilder escapeUnpairedSurrogates(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        out.append(String.format("\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out;
  }

  private static void writeTextSpan(JsonGenerator json, TextSpan span) throws IOException {
    if (span == null) {
      json.writeNull();
      return;
    }
    json.writeStartObject();
    json.writeNumberField("start", span.start());
    json.writeNumberField("end", span.end());
    writeText(json, "text", span.text());
    json.writeEndObject();
  }

  /** Three decimals are plenty for a confidence and keep the output stable across platforms. */
  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}
