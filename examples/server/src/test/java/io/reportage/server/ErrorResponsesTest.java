package io.reportage.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every refusal is the JSON error object with the right status and a message that says why; never a stack trace. */
class ErrorResponsesTest {
  private static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  /** Asserts the error object and returns its message. */
  static String assertError(HttpResponse<String> response, int status) {
    return assertError(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body(),
        status);
  }

  static String assertError(int actualStatus, String contentType, String body, int status) {
    assertEquals(status, actualStatus, body);
    assertEquals("application/json; charset=utf-8", contentType, body);
    JsonNode error = Http.json(body).get("error");
    assertEquals(status, error.get("status").asInt(), body);
    String message = error.get("message").asText();
    assertFalse(message.isBlank(), body);
    assertFalse(body.contains("Exception") || body.contains("\tat ") || body.contains("at io.reportage"),
        "no stack trace or exception names: " + body);
    return message;
  }

  static Stream<Arguments> badBodies() {
    byte[] notUtf8 = {'S', 'a', 'i', 'd', ' ', (byte) 0xC3, (byte) 0x28, '.'};
    return Stream.of(
        Arguments.of("malformed JSON", "application/json", "{\"text\": \"unclosed".getBytes(), 400, "not valid JSON"),
        Arguments.of("JSON that is not an object", "application/json", "[\"text\"]".getBytes(), 400, "must be a JSON object"),
        Arguments.of("missing text", "application/json", "{\"doc\": \"a.txt\"}".getBytes(), 400, "needs \"text\""),
        Arguments.of("text not a string", "application/json", "{\"text\": 42}".getBytes(), 400, "got a number"),
        Arguments.of("unknown field", "application/json", "{\"text\": \"x\", \"publised\": \"2025-01-01\"}".getBytes(), 400,
            "unknown field \"publised\""),
        Arguments.of("duplicate field", "application/json", "{\"text\": \"x\", \"text\": \"y\"}".getBytes(), 400, "Duplicate field"),
        Arguments.of("bad date", "application/json", "{\"text\": \"x\", \"published\": \"2025-02-30\"}".getBytes(), 400,
            "YYYY-MM-DD"),
        Arguments.of("date in another format", "application/json", "{\"text\": \"x\", \"published\": \"4 July 2025\"}".getBytes(),
            400, "YYYY-MM-DD"),
        Arguments.of("invalid UTF-8 text", "text/plain; charset=utf-8", notUtf8, 400, "not valid UTF-8"),
        Arguments.of("invalid UTF-8 JSON", "application/json", ("{\"text\": \"" + new String(notUtf8, java.nio.charset.StandardCharsets.ISO_8859_1) + "\"}")
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), 400, "not valid UTF-8"),
        Arguments.of("no content type", null, "text".getBytes(), 415, "no Content-Type"),
        Arguments.of("an image", "image/png", new byte[] {1, 2, 3}, 415, "image/png"),
        Arguments.of("text in another charset", "text/plain; charset=iso-8859-1", "text".getBytes(), 415, "UTF-8"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badBodies")
  void aBadBodyIsRefusedWithItsStatusAndAReason(String what, String contentType, byte[] body, int status, String reason)
      throws Exception {
    String message = assertError(Http.post(server.uri("/v1/analyze"), contentType, body), status);
    assertTrue(message.contains(reason), "the message says why: " + message);
  }

  @Test
  void anUnknownPathIs404() throws Exception {
    assertTrue(assertError(Http.get(server.uri("/v2/analyse")), 404).contains("/v2/analyse"));
    assertError(Http.get(server.uri("/v1/examples/no-such-article")), 404);
  }

  @Test
  void aKnownPathWithAnotherMethodIs405WithAllow() throws Exception {
    HttpResponse<String> get = Http.get(server.uri("/v1/analyze"));
    assertError(get, 405);
    assertEquals("POST", get.headers().firstValue("Allow").orElse(""));
    HttpResponse<String> post = Http.post(server.uri("/healthz"), "text/plain", "x");
    assertError(post, 405);
    assertEquals("GET, HEAD", post.headers().firstValue("Allow").orElse(""));
  }

  @Test
  void aRequestJettyCannotParseIsAJsonErrorToo() throws Exception {
    try (RawHttp client = new RawHttp(server.port(), 10_000)) {
      client.send("POST /v1/analyze HTTP/1.1\r\nHost: localhost\r\nContent-Length: banana\r\n\r\n");
      RawHttp.Response response = client.readResponse();
      assertError(response.status(), response.headers().get("content-type"), response.body(), 400);
    }
  }

  @Test
  void theErrorsAreListedInTheSameShapeForEveryRoute() throws Exception {
    for (String path : List.of("/", "/metrics", "/v1/schema", "/v1/examples")) {
      assertError(Http.send(server.uri(path), "DELETE"), 405);
    }
  }
}
