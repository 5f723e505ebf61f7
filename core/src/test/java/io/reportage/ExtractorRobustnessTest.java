package io.reportage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reportage.json.AnalysisJson;
import io.reportage.json.ContractValidator;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad and enormous input gives a (possibly empty) analysis, never an exception from inside a stage. */
class ExtractorRobustnessTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Extractor extractor;

  @BeforeAll
  static void build() {
    extractor = Extractor.create();
  }

  @Test
  void nullTextIsRejectedWithAMessage() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> extractor.analyze(null));
    assertTrue(e.getMessage().contains("null"), e.getMessage());
  }

  @Test
  void nullInfoIsRejectedWithAMessage() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> extractor.analyze("Text.", null));
    assertTrue(e.getMessage().contains("ArticleInfo.none()"), e.getMessage());
  }

  static List<String> awkwardTexts() {
    return List.of(
        "",
        " ",
        "\n\n\t \r\n",
        "\"",
        "“",
        "”“”“”\"\"'’‘«»„",
        "\" \" \" \" \"",
        "He said “we will go. Then nothing closed the quote.\n\nA new paragraph “opens another",
        "“Mixed marks\" he said, ‘and more” and «others’ too.",
        "”Closing first,“ he said, then “nested ‘inner “deep” quotes’ end.”",
        "Control \u0000 characters \u0007 in \u001B[31m text \u007F here.",
        "Lone \uD800 surrogates \uDC00 in \uD83D text.",
        "\uD800",
        "\uDC00\uD800",
        "Headline \uD800 with a lone half\n\nBody “quote \uDFFF” said Peskov.",
        "\uFEFF\u200B\u200D\u2028\u2029\u0085",
        "••••\n\n••••\n\n••••",
        "Leave a Reply",
        "Mr. Dr. Sen. Gov. U.S. No. Inc.",
        "...!!!???———---",
        "👍🏽👨‍👩‍👧🇺🇦❤️",
        "a".repeat(100_000),
        "“".repeat(10_000),
        "said ".repeat(5_000),
        "Putin ".repeat(5_000));
  }

  @ParameterizedTest
  @MethodSource("awkwardTexts")
  void awkwardTextGivesAnAnalysisAndValidJson(String text) throws Exception {
    Analysis analysis = extractor.analyze(text);
    assertNotNull(analysis);
    assertTrue(analysis.body().end() <= text.length());
    JsonNode json = parseStrictUtf8(AnalysisJson.toJson(analysis));
    assertEquals("reportage/1", json.get("schema").asText());
    JsonNode line = parseStrictUtf8(AnalysisJson.toJsonLine(analysis, "doc.txt"));
    assertEquals(json.get("body"), line.get("body"));
    assertTrue(AnalysisJson.toJsonLine(analysis, "doc.txt").indexOf('\n') < 0, "JSON lines are one line");
    ContractValidator.assertValid(AnalysisJson.toJson(analysis), "the analysis of an awkward text");
  }

  @Test
  void loneSurrogatesInOutputTextAreEscapedAndReadBackUnchanged() throws Exception {
    String headline = "Summit \uD800 off";
    Analysis analysis = extractor.analyze(headline + "\n\nThe talks ended, officials said.");
    assertEquals(headline, analysis.headline().text());
    String json = AnalysisJson.toJson(analysis);
    assertTrue(json.contains("\\uD800"), "the unpaired surrogate is written as an escape");
    JsonNode parsed = parseStrictUtf8(json);
    assertEquals(headline, parsed.get("headline").get("text").asText(), "a reader gets the same string back");
    ContractValidator.assertValid(json, "an analysis with an unpaired surrogate");
  }

  /** Encodes as UTF-8 the way a file or a pipe would carry it, decodes strictly and parses. */
  private static JsonNode parseStrictUtf8(String json) throws Exception {
    ByteBuffer bytes = StandardCharsets.UTF_8.newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT)
        .onMalformedInput(CodingErrorAction.REPORT).encode(CharBuffer.wrap(json));
    String decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .decode(bytes).toString();
    return JSON.readTree(decoded);
  }

  @Test
  @Timeout(value = 15, unit = TimeUnit.MINUTES)
  void aTenMegabyteArticleCompletes() {
    String text = GeneratedArticles.ofLength(10 * 1024 * 1024, 10);
    Analysis analysis = extractor.analyze(text);
    assertEquals(text.length(), analysis.body().end() == text.length() ? text.length()
        : analysis.boilerplate().get(analysis.boilerplate().size() - 1).end());
    assertTrue(analysis.entities().size() > 1000, "a long article has many entities: " + analysis.entities().size());
    assertTrue(AnalysisJson.toJsonLine(analysis, "big.txt").length() > 0);
  }

  @Test
  void sixteenThreadsAnalysingTheSameArticleGetIdenticalJson() throws Exception {
    String text = GeneratedArticles.ofLength(20_000, 16);
    String expected = AnalysisJson.toJson(extractor.analyze(text));
    ContractValidator.assertValid(expected, "a generated 20,000-character article's analysis");
    int threads = 16;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        results.add(pool.submit(() -> {
          start.await();
          List<String> jsons = new ArrayList<>();
          for (int round = 0; round < 3; round++) {
            jsons.add(AnalysisJson.toJson(extractor.analyze(text)));
          }
          return jsons;
        }));
      }
      start.countDown();
      for (Future<List<String>> result : results) {
        for (String json : result.get(10, TimeUnit.MINUTES)) {
          assertEquals(expected, json);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void analysesDoNotInfluenceEachOther() {
    String first = GeneratedArticles.ofLength(5_000, 1);
    String second = GeneratedArticles.ofLength(5_000, 2);
    String alone = AnalysisJson.toJson(extractor.analyze(second));
    extractor.analyze(first);
    assertEquals(alone, AnalysisJson.toJson(extractor.analyze(second)), "no state carries over from one article to the next");
  }
}
