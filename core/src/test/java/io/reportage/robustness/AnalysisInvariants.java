package io.reportage.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.reportage.Analysis;
import io.reportage.Argument;
import io.reportage.Boilerplate;
import io.reportage.Entity;
import io.reportage.Event;
import io.reportage.Extractor;
import io.reportage.Mention;
import io.reportage.Quote;
import io.reportage.QuoteKind;
import io.reportage.Role;
import io.reportage.TextSpan;
import io.reportage.TimeExpression;
import io.reportage.json.AnalysisJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What must hold for the analysis of any text, checked for one text at a time. Thread-safe: one
 * instance can serve every thread that shares its {@link Extractor}.
 *
 * <p>The JSON schema check is real only when the classpath holds
 * {@value #SCHEMA_RESOURCE}; without it {@link Property#JSON_MATCHES_SCHEMA} is not checked and
 * {@link #schemaPresent()} says so.
 */
public final class AnalysisInvariants {
  /** Where the JSON contract's schema is looked up on the classpath. */
  public static final String SCHEMA_RESOURCE = "io/reportage/json/reportage-1.schema.json";

  /** One checked statement about every analysis. */
  public enum Property {
    /** Analysing the text returns an analysis: no exception of any kind. */
    NO_EXCEPTION,
    /** Every span lies inside the text and its {@code text} equals the substring it points at. */
    SPANS_MATCH_TEXT,
    /** Headline block {@code [0, body.start)}, body and boilerplate cover every character exactly once. */
    PARTS_TILE_TEXT,
    /** The JSON survives strict UTF-8 and reads back; each span in it matches the text. */
    JSON_READS_BACK,
    /** The JSON validates against the published schema (when the schema is on the classpath). */
    JSON_MATCHES_SCHEMA,
    /** A second analysis of the same text gives the same JSON. */
    SAME_OUTPUT_TWICE,
    /**
     * No direct or partial quote crosses the edge of a mixed quote: one that overlaps it lies inside it
     * (the quoted words it carries) or holds it whole (reported speech inside a transcript turn).
     */
    MIXED_QUOTE_HOLDS_ITS_QUOTES
  }

  /**
   * A property that failed for a text.
   *
   * @param where what failed, stable across texts that fail for the same reason ("quote.cue",
   *     "ArrayIndexOutOfBoundsException at FrameFinder.subjectAt")
   * @param detail what was seen, for the person who reads the report
   */
  public record Violation(Property property, String where, String detail) {
    /** The property and where it failed: texts with the same signature fail for the same reason. */
    public String signature() {
      return property + " " + where;
    }

    @Override
    public String toString() {
      return signature() + ": " + detail;
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Extractor extractor;
  private final JsonSchema schema;

  public AnalysisInvariants(Extractor extractor) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.schema = loadSchema();
  }

  /** Whether {@value #SCHEMA_RESOURCE} was found, so that the schema property is checked. */
  public boolean schemaPresent() {
    return schema != null;
  }

  /** Every property that fails for this text; empty when all hold. */
  public List<Violation> check(String text) {
    return check(text, EnumSet.allOf(Property.class));
  }

  /** The properties among {@code properties} that fail for this text. */
  public List<Violation> check(String text, Set<Property> properties) {
    List<Violation> violations = new ArrayList<>();
    Analysis analysis;
    try {
      analysis = extractor.analyze(text);
    } catch (RuntimeException | StackOverflowError e) {
      violations.add(new Violation(Property.NO_EXCEPTION, whereThrown(e), String.valueOf(e)));
      return violations;
    }
    if (properties.contains(Property.SPANS_MATCH_TEXT)) {
      spans(text, analysis, violations);
    }
    if (properties.contains(Property.PARTS_TILE_TEXT)) {
      tiling(text, analysis, violations);
    }
    if (properties.contains(Property.MIXED_QUOTE_HOLDS_ITS_QUOTES)) {
      mixedQuotes(analysis, violations);
    }
    boolean needsJson = properties.contains(Property.JSON_READS_BACK) || properties.contains(Property.JSON_MATCHES_SCHEMA)
        || properties.contains(Property.SAME_OUTPUT_TWICE);
    if (!needsJson) {
      return violations;
    }
    String json = AnalysisJson.toJson(analysis);
    JsonNode tree = null;
    if (properties.contains(Property.JSON_READS_BACK) || properties.contains(Property.JSON_MATCHES_SCHEMA)) {
      tree = readBack(text, analysis, json, properties.contains(Property.JSON_READS_BACK), violations);
    }
    if (properties.contains(Property.JSON_MATCHES_SCHEMA) && schema != null && tree != null) {
      Set<ValidationMessage> messages = schema.validate(tree);
      for (ValidationMessage message : messages) {
        violations.add(new Violation(Property.JSON_MATCHES_SCHEMA, message.getInstanceLocation() + " "
            + message.getType(), message.getMessage()));
      }
    }
    if (properties.contains(Property.SAME_OUTPUT_TWICE)) {
      try {
        String again = AnalysisJson.toJson(extractor.analyze(text));
        if (!again.equals(json)) {
          violations.add(new Violation(Property.SAME_OUTPUT_TWICE, "json", firstDifference(json, again)));
        }
      } catch (RuntimeException e) {
        violations.add(new Violation(Property.SAME_OUTPUT_TWICE, "second analysis threw " + whereThrown(e), String.valueOf(e)));
      }
    }
    return violations;
  }

  // ---- spans

  private static void spans(String text, Analysis analysis, List<Violation> out) {
    span(text, "headline", analysis.headline(), out);
    span(text, "source", analysis.source(), out);
    range(text, "body", analysis.body().start(), analysis.body().end(), out);
    for (Boilerplate part : analysis.boilerplate()) {
      range(text, "boilerplate", part.start(), part.end(), out);
    }
    for (Entity entity : analysis.entities()) {
      for (Mention mention : entity.mentions()) {
        span(text, "mention", mention.start(), mention.end(), mention.text(), out);
      }
      for (Role role : entity.roles()) {
        range(text, "role", role.start(), role.end(), out);
      }
    }
    for (Quote quote : analysis.quotes()) {
      span(text, "quote", quote.start(), quote.end(), quote.text(), out);
      span(text, "quote.speakerMention", quote.speakerMention(), out);
      span(text, "quote.cue", quote.cue(), out);
    }
    for (Event event : analysis.events()) {
      span(text, "event.trigger", event.trigger(), out);
      for (TextSpan mention : event.mentions()) {
        span(text, "event.mention", mention, out);
      }
      for (Argument argument : event.arguments()) {
        span(text, "event.argument", argument.start(), argument.end(), argument.text(), out);
      }
      TimeExpression time = event.time();
      if (time != null) {
        span(text, "event.time", time.start(), time.end(), time.text(), out);
      }
    }
  }

  private static void span(String text, String what, TextSpan span, List<Violation> out) {
    if (span != null) {
      span(text, what, span.start(), span.end(), span.text(), out);
    }
  }

  private static void span(String text, String what, int start, int end, String spanText, List<Violation> out) {
    if (range(text, what, start, end, out) && !text.substring(start, end).equals(spanText)) {
      out.add(new Violation(Property.SPANS_MATCH_TEXT, what, "text " + quoted(spanText) + " at [" + start + ", "
          + end + ") but the text there is " + quoted(text.substring(start, end))));
    }
  }

  private static boolean range(String text, String what, int start, int end, List<Violation> out) {
    if (start < 0 || start > end || end > text.length()) {
      out.add(new Violation(Property.SPANS_MATCH_TEXT, what, "[" + start + ", " + end + ") outside a text of "
          + text.length() + " characters"));
      return false;
    }
    return true;
  }

  // ---- parts of the article

  private static void tiling(String text, Analysis analysis, List<Violation> out) {
    int bodyStart = analysis.body().start();
    int position = analysis.body().end();
    if (bodyStart < 0 || bodyStart > position) {
      out.add(new Violation(Property.PARTS_TILE_TEXT, "body", "body " + analysis.body()));
      return;
    }
    TextSpan headline = analysis.headline();
    if (headline != null && (headline.start() < 0 || headline.end() > bodyStart)) {
      out.add(new Violation(Property.PARTS_TILE_TEXT, "headline", "headline " + headline + " outside the headline block [0, "
          + bodyStart + ")"));
    }
    for (Boilerplate part : analysis.boilerplate()) {
      if (part.start() != position || part.end() <= part.start()) {
        out.add(new Violation(Property.PARTS_TILE_TEXT, "boilerplate", part + " where the previous part ended at "
            + position));
        return;
      }
      position = part.end();
    }
    if (position != text.length()) {
      out.add(new Violation(Property.PARTS_TILE_TEXT, "end", "the last part ends at " + position + " in a text of "
          + text.length() + " characters"));
    }
  }

  // ---- quotes

  private static void mixedQuotes(Analysis analysis, List<Violation> out) {
    for (Quote mixed : analysis.quotes()) {
      if (mixed.kind() != QuoteKind.MIXED) {
        continue;
      }
      for (Quote inner : analysis.quotes()) {
        boolean quoted = inner.kind() == QuoteKind.DIRECT || inner.kind() == QuoteKind.PARTIAL;
        boolean overlaps = inner.start() < mixed.end() && mixed.start() < inner.end();
        boolean inside = inner.start() >= mixed.start() && inner.end() <= mixed.end();
        boolean holds = inner.start() <= mixed.start() && inner.end() >= mixed.end();
        if (quoted && overlaps && !inside && !holds) {
          out.add(new Violation(Property.MIXED_QUOTE_HOLDS_ITS_QUOTES, inner.kind().name(), inner.id() + " ["
              + inner.start() + ", " + inner.end() + ") crosses the edge of mixed " + mixed.id() + " ["
              + mixed.start() + ", " + mixed.end() + ")"));
        }
      }
    }
  }

  // ---- JSON

  private static JsonNode readBack(String text, Analysis analysis, String json, boolean checkSpans, List<Violation> out) {
    JsonNode tree;
    try {
      tree = JSON.readTree(strictUtf8RoundTrip(json));
      String line = AnalysisJson.toJsonLine(analysis, "doc.txt");
      if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
        out.add(new Violation(Property.JSON_READS_BACK, "jsonLine", "a JSON line holds a line break"));
      }
      JSON.readTree(strictUtf8RoundTrip(line));
    } catch (CharacterCodingException e) {
      out.add(new Violation(Property.JSON_READS_BACK, "utf-8", "the JSON is not valid UTF-16 text: " + e));
      return null;
    } catch (IOException e) {
      out.add(new Violation(Property.JSON_READS_BACK, "parse", String.valueOf(e)));
      return null;
    }
    if (checkSpans) {
      if (!"reportage/1".equals(tree.path("schema").asText())) {
        out.add(new Violation(Property.JSON_READS_BACK, "schema", "schema field " + tree.path("schema")));
      }
      jsonSpans(text, tree, "", out);
    }
    return tree;
  }

  /** Every object with "start" and "end" (and "text") in the JSON points at the same text as the record did. */
  private static void jsonSpans(String text, JsonNode node, String path, List<Violation> out) {
    if (node.isObject()) {
      if (node.path("start").isInt() && node.path("end").isInt()) {
        int start = node.get("start").asInt();
        int end = node.get("end").asInt();
        if (start < 0 || start > end || end > text.length()) {
          out.add(new Violation(Property.JSON_READS_BACK, path, "[" + start + ", " + end + ") outside the text"));
        } else if (node.path("text").isTextual() && !node.get("text").asText().equals(text.substring(start, end))) {
          out.add(new Violation(Property.JSON_READS_BACK, path, "text " + quoted(node.get("text").asText())
              + " reads back differently from the text at [" + start + ", " + end + ")"));
        }
      }
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        jsonSpans(text, field.getValue(), path + "." + field.getKey(), out);
      }
    } else if (node.isArray()) {
      for (JsonNode element : node) {
        jsonSpans(text, element, path + "[]", out);
      }
    }
  }

  /** Encodes as UTF-8 the way a file or a pipe would carry it and decodes strictly. */
  private static String strictUtf8RoundTrip(String json) throws CharacterCodingException {
    ByteBuffer bytes = StandardCharsets.UTF_8.newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT)
        .onMalformedInput(CodingErrorAction.REPORT).encode(CharBuffer.wrap(json));
    return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(bytes).toString();
  }

  private static JsonSchema loadSchema() {
    try (InputStream in = AnalysisInvariants.class.getClassLoader().getResourceAsStream(SCHEMA_RESOURCE)) {
      return in == null ? null : JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- reporting

  /** The exception's class and the first two frames of Reportage's own code where its root cause arose. */
  private static String whereThrown(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    StringBuilder where = new StringBuilder(root.getClass().getSimpleName());
    int frames = 0;
    for (StackTraceElement frame : root.getStackTrace()) {
      if (frame.getClassName().startsWith("io.reportage.") && frames < 2) {
        String className = frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1);
        where.append(frames == 0 ? " at " : " < ").append(className).append('.').append(frame.getMethodName());
        frames++;
      }
    }
    return where.toString();
  }

  private static String firstDifference(String a, String b) {
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    int from = Math.max(0, i - 60);
    return "first run …" + a.substring(from, Math.min(a.length(), i + 60)) + "… second run …"
        + b.substring(from, Math.min(b.length(), i + 60)) + "…";
  }

  private static String quoted(String s) {
    return s == null ? "null" : "\"" + (s.length() > 80 ? s.substring(0, 80) + "…" : s) + "\"";
  }
}
