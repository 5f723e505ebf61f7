package io.reportage.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reportage.Extractor;
import io.reportage.json.AnalysisJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The seed article's quotes, reported statements and headline against
 * {@code kremlin-summit.expected.json} (read from ../shared/examples; skipped when absent), through
 * {@code AnalysisJson.toJson(Extractor.create().analyze(text))} read back with Jackson, as a user would read it.
 */
class KremlinSummitQuotesTest {
  private static final Path ARTICLE = shared().resolve("examples/kremlin-summit.txt");
  private static final Path EXPECTED = shared().resolve("examples/kremlin-summit.expected.json");

  private static String text;
  private static JsonNode expected;
  private static JsonNode json;
  private static final Map<String, JsonNode> entities = new HashMap<>();

  private static Path shared() {
    return Path.of(System.getProperty("reportage.shared", "../shared"));
  }

  @BeforeAll
  static void analyse() throws IOException {
    Assumptions.assumeTrue(Files.exists(ARTICLE) && Files.exists(EXPECTED),
        "The seed article is not in " + shared().toAbsolutePath() + "/examples; skipping its quote checks");
    text = Files.readString(ARTICLE, StandardCharsets.UTF_8);
    ObjectMapper mapper = new ObjectMapper();
    expected = mapper.readTree(EXPECTED.toFile());
    json = mapper.readTree(AnalysisJson.toJson(Extractor.create().analyze(text)));
    for (JsonNode entity : json.get("entities")) {
      entities.put(entity.get("id").asText(), entity);
    }
  }

  @TestFactory
  Stream<DynamicTest> everyDirectQuoteHasItsSpeakerMentionAndCue() {
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode want : expected.get("quotes")) {
      tests.add(DynamicTest.dynamicTest(want.get("text").asText(), () -> {
        JsonNode quote = quoteAt(want.get("start").asInt(), want.get("end").asInt());
        assertNotNull(quote, "no quote at [" + want.get("start") + ", " + want.get("end") + ")");
        assertEquals(want.get("kind").asText(), quote.get("kind").asText(), "kind");
        assertEquals(want.get("speaker").asText(), speakerName(quote.get("speaker")), "speaker");
        assertEquals(want.get("speakerMention").asText().toLowerCase(Locale.ROOT),
            quote.get("speakerMention").get("text").asText().toLowerCase(Locale.ROOT), "speaker mention");
        assertEquals(want.get("cue").asText().toLowerCase(Locale.ROOT), quote.get("cue").get("text").asText().toLowerCase(Locale.ROOT), "cue");
        if (want.has("via")) {
          assertEquals(want.get("via").asText(), speakerName(quote.get("via")), "via");
        } else {
          assertTrue(quote.get("via").isNull(), "no via expected, got " + quote.get("via"));
        }
      }));
    }
    return tests.stream();
  }

  @Test
  void nothingInTheBoilerplateIsAQuote() {
    for (JsonNode notQuote : expected.get("notQuotes")) {
      int start = notQuote.get("start").asInt();
      int end = notQuote.get("end").asInt();
      for (JsonNode quote : json.get("quotes")) {
        boolean overlaps = quote.get("start").asInt() < end && start < quote.get("end").asInt();
        assertTrue(!overlaps, notQuote.get("text").asText() + " at " + start + " came out as " + quote);
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> everyReportedStatementIsAnIndirectOrMixedQuoteWithItsSpeaker() {
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode want : expected.get("reportedSpeech")) {
      String content = want.get("content").asText();
      tests.add(DynamicTest.dynamicTest(want.get("cue").asText() + ": " + content, () -> {
        // The article writes some spaces as no-break spaces; the expected file as plain ones (same length).
        int start = text.replace('\u00A0', ' ').indexOf(content.replace('\u00A0', ' '));
        assertTrue(start >= 0, "the expected content is not in the article: " + content);
        int end = start + content.length();
        JsonNode best = null;
        int bestOverlap = 0;
        for (JsonNode quote : json.get("quotes")) {
          String kind = quote.get("kind").asText();
          int overlap = Math.min(end, quote.get("end").asInt()) - Math.max(start, quote.get("start").asInt());
          if ((kind.equals("INDIRECT") || kind.equals("MIXED")) && overlap > bestOverlap
              && want.get("cue").asText().equalsIgnoreCase(quote.get("cue").get("text").asText())) {
            best = quote;
            bestOverlap = overlap;
          }
        }
        if (best == null) {
          fail("no INDIRECT or MIXED quote with the cue '" + want.get("cue").asText() + "' over: " + content);
        }
        assertTrue(2 * bestOverlap >= content.length(), "the content found covers too little: " + best.get("text"));
        assertEquals(want.get("speaker").asText(), speakerName(best.get("speaker")), "speaker");
        if (want.has("via")) {
          assertEquals(want.get("via").asText(), speakerName(best.get("via")), "via");
        }
      }));
    }
    return tests.stream();
  }

  @Test
  void theHeadlineIsAttributedToTheKremlin() {
    JsonNode headline = expected.get("headline");
    int start = headline.get("start").asInt();
    int end = headline.get("end").asInt();
    JsonNode claim = null;
    for (JsonNode quote : json.get("quotes")) {
      if (quote.get("start").asInt() >= start && quote.get("end").asInt() <= end) {
        claim = quote;
      }
    }
    assertNotNull(claim, "no quote in the headline");
    assertEquals(headline.get("attributedTo").asText(), speakerName(claim.get("speaker")));
  }

  private static JsonNode quoteAt(int start, int end) {
    for (JsonNode quote : json.get("quotes")) {
      String kind = quote.get("kind").asText();
      if (quote.get("start").asInt() == start && quote.get("end").asInt() == end
          && (kind.equals("DIRECT") || kind.equals("PARTIAL"))) {
        return quote;
      }
    }
    return null;
  }

  /** The name of the entity with this id; an unnamed one by its first role's title. */
  private static String speakerName(JsonNode id) {
    if (id == null || id.isNull()) {
      return null;
    }
    JsonNode entity = entities.get(id.asText());
    assertNotNull(entity, "no entity " + id);
    JsonNode name = entity.get("name");
    return name == null || name.isNull() ? "(" + entity.get("roles").get(0).get("title").asText() + ")" : name.asText();
  }
}
