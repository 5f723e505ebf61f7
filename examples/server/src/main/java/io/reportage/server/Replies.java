package io.reportage.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Writes the service's answers: JSON bodies and the error object {"error": {"status", "message"}}. */
final class Replies {
  static final String JSON = "application/json; charset=utf-8";
  static final String NDJSON = "application/x-ndjson; charset=utf-8";
  /** Seconds a client refused for lack of capacity is asked to wait. */
  static final String RETRY_AFTER_SECONDS = "1";

  private static final JsonFactory FACTORY = new JsonFactory();

  private Replies() {
  }

  /** Sends {@code body} with the status and content type, completing the exchange. */
  static void send(Response response, Callback callback, int status, String contentType, String body) {
    send(response, callback, status, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  static void send(Response response, Callback callback, int status, String contentType, byte[] body) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  /** Sends the error object; 503 also asks the client to retry after a second. */
  static void error(Response response, Callback callback, int status, String message) {
    if (status == 503) {
      response.getHeaders().put(HttpHeader.RETRY_AFTER, RETRY_AFTER_SECONDS);
    }
    send(response, callback, status, JSON, errorJson(status, message, 0) + "\n");
  }

  /**
   * The error object on one line.
   *
   * @param line the JSON line it answers, written as "line"; 0 leaves it out
   */
  static String errorJson(int status, String message, int line) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.writeStartObject();
      json.writeObjectFieldStart("error");
      json.writeNumberField("status", status);
      json.writeStringField("message", message);
      if (line > 0) {
        json.writeNumberField("line", line);
      }
      json.writeEndObject();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** A JSON string literal, quotes included. */
  static String quoted(String value) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.writeString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
