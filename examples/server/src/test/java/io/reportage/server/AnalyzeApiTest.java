package io.reportage.server;

import io.reportage.json.AnalysisJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.reportage.ArticleInfo;
import io.reportage.json.ContractValidator;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The service's answers on a real server: the library's JSON, byte for byte, by every route. */
class AnalyzeApiTest {
  private static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  static List<Articles.Article> articles() {
    return Articles.seedAndExamples();
  }

  private static String library(String text, ArticleInfo info, String doc) {
    return AnalysisJson.toJsonLine(TestServer.extractor().analyze(text, info), doc) + "\n";
  }

  @ParameterizedTest
  @MethodSource("articles")
  void aPlainTextBodyGetsTheLibrarysJson(Articles.Article article) throws Exception {
    HttpResponse<String> response = Http.post(server.uri("/v1/analyze"), "text/plain; charset=utf-8", article.text());
    assertEquals(200, response.statusCode(), response.body());
    assertEquals("application/json; charset=utf-8", response.headers().firstValue("Content-Type").orElse(""));
    assertEquals(library(article.text(), ArticleInfo.none(), null), response.body());
    ContractValidator.assertValid(response.body(), "the service's answer for " + article.name());
  }

  @ParameterizedTest
  @MethodSource("articles")
  void aJsonBodyGetsTheLibrarysJsonWithTheDateAppliedAndDocEchoed(Articles.Article article) throws Exception {
    String body = Http.articleJson(article.text(), "2025-07-04", article.name());
    HttpResponse<String> response = Http.post(server.uri("/v1/analyze"), "application/json", body);
    assertEquals(200, response.statusCode(), response.body());
    assertEquals(library(article.text(), ArticleInfo.published(LocalDate.of(2025, 7, 4)), article.name()), response.body());
    assertEquals(article.name(), Http.json(response.body()).get("doc").asText());
    ContractValidator.assertValid(response.body(), "the service's answer for " + article.name());
  }

  @Test
  void aJsonBodyWithoutDateOrDocIsTheSameAsPlainText() throws Exception {
    String text = Articles.examples().get(0).text();
    HttpResponse<String> json = Http.post(server.uri("/v1/analyze"), "application/json; charset=UTF-8",
        Http.articleJson(text, null, null));
    HttpResponse<String> plain = Http.post(server.uri("/v1/analyze"), "text/plain", text);
    assertEquals(plain.body(), json.body());
    assertFalse(Http.json(json.body()).has("doc"));
  }

  @Test
  void jsonLinesGetOneAnswerALineInOrderAndABadLineGetsItsErrorWhileTheOthersGoOn() throws Exception {
    List<Articles.Article> examples = Articles.examples();
    String first = Http.articleJson(examples.get(0).text(), null, "first");
    String third = Http.articleJson(examples.get(1).text(), "2025-03-14", "third");
    String body = first + "\n{\"text\": \"unclosed\n" + third + "\r\n";
    HttpResponse<String> response = Http.post(server.uri("/v1/analyze"), "application/x-ndjson", body);
    assertEquals(200, response.statusCode());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/x-ndjson"));
    String[] lines = response.body().split("\n", -1);
    assertEquals(4, lines.length, "three answers, each ending with a newline: " + response.body());
    assertEquals(library(examples.get(0).text(), ArticleInfo.none(), "first"), lines[0] + "\n");
    JsonNode error = Http.json(lines[1]).get("error");
    assertEquals(400, error.get("status").asInt());
    assertEquals(2, error.get("line").asInt());
    assertTrue(error.get("message").asText().startsWith("line 2 is not valid JSON"), error.toString());
    assertEquals(library(examples.get(1).text(), ArticleInfo.published(LocalDate.of(2025, 3, 14)), "third"),
        lines[2] + "\n");
    assertEquals("", lines[3]);
    ContractValidator.assertValid(lines[0], "the first JSON line");
    ContractValidator.assertValid(lines[2], "the third JSON line");
  }

  @Test
  void jsonLinesAreAnsweredAsTheyArriveNotAtTheEndOfTheBody() throws Exception {
    String text = Articles.examples().get(2).text();
    try (RawHttp client = new RawHttp(server.port(), 60_000)) {
      client.send("POST /v1/analyze HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-ndjson\r\n"
          + "Transfer-Encoding: chunked\r\n\r\n");
      client.sendChunk(Http.articleJson(text, null, "one") + "\n");
      RawHttp.Response head = client.readHead();
      assertEquals(200, head.status());
      String firstAnswer = readLine(client);
      // The body is still open: the answer to line 1 came before line 2 was even sent.
      assertEquals(library(text, ArticleInfo.none(), "one"), firstAnswer);
      client.sendChunk("{\"doc\": \"no text\"}\n");
      JsonNode error = Http.json(readLine(client)).get("error");
      assertEquals(2, error.get("line").asInt());
      assertEquals(400, error.get("status").asInt());
      client.endChunks();
      assertEquals(null, client.readChunk(), "the stream ends when the body ends");
    }
  }

  /** Reads chunks until a whole line has arrived. */
  private static String readLine(RawHttp client) throws Exception {
    StringBuilder line = new StringBuilder();
    while (line.indexOf("\n") < 0) {
      String chunk = client.readChunk();
      if (chunk == null) {
        break;
      }
      line.append(chunk);
    }
    return line.toString();
  }

  @Test
  void sixteenConcurrentRequestsAllGetTheirOwnArticlesAnalysis() throws Exception {
    List<Articles.Article> articles = articles();
    int clients = 16;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<String>> answers = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        Articles.Article article = articles.get(i % articles.size());
        Callable<String> call = () -> {
          go.await();
          HttpResponse<String> response = Http.post(server.uri("/v1/analyze"), "application/json",
              Http.articleJson(article.text(), null, article.name()));
          assertEquals(200, response.statusCode(), response.body());
          return response.body();
        };
        answers.add(pool.submit(call));
      }
      go.countDown();
      for (int i = 0; i < clients; i++) {
        Articles.Article article = articles.get(i % articles.size());
        assertEquals(library(article.text(), ArticleInfo.none(), article.name()), answers.get(i).get(2, TimeUnit.MINUTES),
            "request " + i + " (" + article.name() + ")");
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void healthzAnswersOk() throws Exception {
    HttpResponse<String> response = Http.get(server.uri("/healthz"));
    assertEquals(200, response.statusCode());
    assertEquals("ok", Http.json(response.body()).get("status").asText());
  }

  @Test
  void metricsCountRequestsByStatusLatencyArticlesAndTokens() throws Exception {
    String text = Articles.examples().get(0).text();
    long articlesBefore = metric("reportage_articles_analyzed_total");
    long tokensBefore = metric("reportage_tokens_analyzed_total");
    long notFoundBefore = metric("reportage_http_requests_total{route=\"other\",status=\"404\"}");
    assertEquals(200, Http.post(server.uri("/v1/analyze"), "text/plain", text).statusCode());
    assertEquals(404, Http.get(server.uri("/no/such/thing")).statusCode());
    String metrics = Http.get(server.uri("/metrics")).body();
    assertEquals(articlesBefore + 1, metric("reportage_articles_analyzed_total"));
    assertTrue(metric("reportage_tokens_analyzed_total") - tokensBefore > 100, "an example article has over 100 tokens");
    assertEquals(notFoundBefore + 1, metric("reportage_http_requests_total{route=\"other\",status=\"404\"}"));
    assertTrue(metrics.contains("# TYPE reportage_http_request_duration_seconds histogram"), metrics);
    assertTrue(metrics.contains("reportage_http_request_duration_seconds_bucket{le=\"+Inf\"}"), metrics);
    assertTrue(metrics.contains("reportage_http_requests_total{route=\"/v1/analyze\",status=\"200\"}"), metrics);
  }

  private static long metric(String series) throws Exception {
    String metrics = Http.get(server.uri("/metrics")).body();
    Matcher value = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\d+)$").matcher(metrics);
    return value.find() ? Long.parseLong(value.group(1)) : 0;
  }

  @Test
  void theSchemaIsServedAsReportageCoreShipsIt() throws Exception {
    HttpResponse<String> response = Http.get(server.uri("/v1/schema"));
    assertEquals(200, response.statusCode());
    assertEquals("application/schema+json", response.headers().firstValue("Content-Type").orElse(""));
    try (InputStream resource = AnalyzeApiTest.class.getResourceAsStream(ContractValidator.RESOURCE)) {
      assertEquals(new String(resource.readAllBytes(), StandardCharsets.UTF_8), response.body());
    }
  }

  @Test
  void theExampleArticlesAreServedFromTheJarAsTheyAreInTheRepository() throws Exception {
    JsonNode list = Http.json(Http.get(server.uri("/v1/examples")).body()).get("examples");
    List<Articles.Article> examples = Articles.examples();
    assertEquals(examples.size(), list.size());
    for (int i = 0; i < examples.size(); i++) {
      String name = list.get(i).get("name").asText();
      assertEquals(examples.get(i).name(), name + ".txt");
      assertEquals(examples.get(i).text(), Http.get(server.uri("/v1/examples/" + name)).body());
      assertEquals(examples.get(i).text().lines().findFirst().orElseThrow().strip(), list.get(i).get("title").asText());
    }
  }

  @Test
  void thePageAndItsAssetsAreServedAndLoadNothingFromElsewhere() throws Exception {
    HttpResponse<String> page = Http.get(server.uri("/"));
    assertEquals(200, page.statusCode());
    assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"));
    for (String hook : List.of("id=\"article\"", "id=\"analyze\"", "id=\"status\"", "id=\"speakers\"", "id=\"events\"")) {
      assertTrue(page.body().contains(hook), "the page has " + hook);
    }
    for (String asset : List.of("/", "/app.js", "/app.css", "/favicon.svg")) {
      HttpResponse<String> response = Http.get(server.uri(asset));
      assertEquals(200, response.statusCode(), asset);
      Matcher external = Pattern.compile("(src|href|url)\\s*[=(]\\s*[\"']?(https?:)?//").matcher(response.body());
      assertFalse(external.find(), asset + " refers to another host: " + (external.find(0) ? external.group() : ""));
    }
  }
}
