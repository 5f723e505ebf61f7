package io.reportage.server;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.reportage.ArticleInfo;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Set;

/**
 * One article to analyse, read from a request body: plain UTF-8 text, or the JSON object
 * {@code {"text": ..., "published": "YYYY-MM-DD", "doc": ...}}. Anything else is an {@link HttpError} 400
 * whose message says what is wrong.
 *
 * @param doc echoed as "doc" in the answer; null when the request gave none
 */
record ArticleRequest(String text, ArticleInfo info, String doc) {
  private static final Set<String> FIELDS = Set.of("text", "published", "doc");
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  static {
    // The body limit is enforced before parsing; let a string be as long as any body may be.
    JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build());
  }

  /** The body is the article itself. */
  static ArticleRequest fromPlainText(byte[] body, int length) throws HttpError {
    return new ArticleRequest(utf8(body, length, "the body"), ArticleInfo.none(), null);
  }

  /** The body is a JSON object with "text" and optionally "published" and "doc". */
  static ArticleRequest fromJson(byte[] body, int length) throws HttpError {
    return fromJson(utf8(body, length, "the body"), "the body");
  }

  /**
   * @param where names the JSON in messages ("the body", "line 3")
   */
  static ArticleRequest fromJson(String json, String where) throws HttpError {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new HttpError(400, where + " is not valid JSON: " + e.getOriginalMessage()
          + (e.getLocation() == null ? "" : " (at character " + (e.getLocation().getCharOffset() + 1) + ")"));
    }
    if (root == null || !root.isObject()) {
      throw new HttpError(400, where + " must be a JSON object {\"text\": ...}, got " + kind(root));
    }
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        throw new HttpError(400, where + " has an unknown field \"" + name + "\"; the fields are text, published and doc");
      }
    }
    JsonNode text = root.get("text");
    if (text == null || !text.isTextual()) {
      throw new HttpError(400, where + " needs \"text\", the article as a string" + (text == null ? "" : ", got " + kind(text)));
    }
    return new ArticleRequest(text.textValue(), published(root.get("published"), where), doc(root.get("doc"), where));
  }

  private static ArticleInfo published(JsonNode published, String where) throws HttpError {
    if (published == null || published.isNull()) {
      return ArticleInfo.none();
    }
    if (!published.isTextual()) {
      throw new HttpError(400, where + ": \"published\" must be a date written YYYY-MM-DD, got " + kind(published));
    }
    String value = published.textValue();
    try {
      if (value.length() != 10) {
        throw new DateTimeParseException("not YYYY-MM-DD", value, 0);
      }
      return ArticleInfo.published(LocalDate.parse(value));
    } catch (DateTimeParseException e) {
      throw new HttpError(400, where + ": \"published\" must be a date written YYYY-MM-DD, got \"" + shorten(value) + "\"");
    }
  }

  private static String doc(JsonNode doc, String where) throws HttpError {
    if (doc == null || doc.isNull()) {
      return null;
    }
    if (!doc.isTextual()) {
      throw new HttpError(400, where + ": \"doc\" must be a string, got " + kind(doc));
    }
    return doc.textValue();
  }

  /** Decodes strictly: a byte sequence that is not UTF-8 is refused, never replaced. */
  static String utf8(byte[] bytes, int length, String where) throws HttpError {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
    CharBuffer out = CharBuffer.allocate(length); // UTF-8 never gives more chars than bytes
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw new HttpError(400, where + " is not valid UTF-8: " + result.length() + " bad byte(s) at byte " + in.position());
    }
    return out.flip().toString();
  }

  private static String kind(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      case STRING -> "a string";
      default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  private static String shorten(String value) {
    return value.length() <= 40 ? value : value.substring(0, 40) + "...";
  }
}
