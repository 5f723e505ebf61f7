package io.reportage.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reportage.Analysis;
import io.reportage.ArticleInfo;
import io.reportage.Extractor;
import io.reportage.json.AnalysisJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The events of the seed article, read from ../shared/examples, held against its expected file. */
class KremlinSummitEventsTest {
  private static final Path SHARED = Path.of(System.getProperty("reportage.shared", "../shared"));
  private static final Path ARTICLE = SHARED.resolve("examples/kremlin-summit.txt");
  private static final Path EXPECTED = SHARED.resolve("examples/kremlin-summit.expected.json");
  private static JsonNode events;
  private static int boilerplateStart;

  @BeforeAll
  static void analyse() throws Exception {
    Assumptions.assumeTrue(Files.exists(ARTICLE) && Files.exists(EXPECTED),
        "The seed article is not in ../shared/examples; skipping its events test");
    String text = Files.readString(ARTICLE, StandardCharsets.UTF_8);
    Analysis analysis = Extractor.create().analyze(text, ArticleInfo.published(LocalDate.of(2025, 7, 4)));
    ObjectMapper mapper = new ObjectMapper();
    events = mapper.readTree(AnalysisJson.toJson(analysis)).get("events");
    boilerplateStart = mapper.readTree(Files.readString(EXPECTED)).get("boilerplate").get("startsAt").asInt();
  }

  private static List<JsonNode> ofType(String type) {
    List<JsonNode> found = new ArrayList<>();
    events.forEach(event -> {
      if (event.get("type").asText().equals(type)) {
        found.add(event);
      }
    });
    return found;
  }

  private static String argumentTexts(JsonNode event) {
    StringBuilder texts = new StringBuilder();
    event.get("arguments").forEach(argument -> texts.append(argument.get("role").asText()).append('=')
        .append(argument.get("text").asText()).append("; "));
    return texts.toString();
  }

  @Test
  void theMeetingIsOneProposedRecordWithBothLeaders() {
    List<JsonNode> meetings = ofType("MEETING");
    assertEquals(1, meetings.size(), "all mentions of the summit are one record: " + meetings);
    JsonNode meeting = meetings.get(0);
    assertEquals("PROPOSED", meeting.get("status").asText());
    assertEquals("Contact:Meet", meeting.get("ace").asText());
    assertEquals("036", meeting.get("cameo").asText());
    assertTrue(meeting.get("mentions").size() >= 4, "the summit is named again and again: " + meeting.get("mentions"));
    String arguments = argumentTexts(meeting);
    assertTrue(arguments.contains("Putin") && arguments.contains("Trump"), arguments);
  }

  @Test
  void thePhoneCallHappenedOnThursdayWithItsAttributes() {
    List<JsonNode> calls = ofType("PHONE_CALL");
    assertEquals(1, calls.size(), "the call, the conversation and Thursday's call are one record: " + calls);
    JsonNode call = calls.get(0);
    assertEquals("OCCURRED", call.get("status").asText());
    assertEquals("041", call.get("cameo").asText());
    assertEquals("2025-07-03", call.get("time").get("value").asText(), "the day before Friday 4 July");
    assertEquals("sixth", call.get("attributes").get("ordinal").asText());
    assertTrue(call.get("attributes").get("duration").asText().contains("one-hour"));
    String topics = call.get("attributes").get("topics").toString();
    assertTrue(topics.contains("Ukraine conflict") && topics.contains("Middle East") && topics.contains("Iran"), topics);
    String arguments = argumentTexts(call);
    assertTrue(arguments.contains("Putin") && arguments.contains("Trump"), arguments);
  }

  @Test
  void trumpAppealsToPutinToCeaseHostilities() {
    List<JsonNode> appeals = ofType("APPEAL");
    assertEquals(1, appeals.size(), appeals.toString());
    JsonNode appeal = appeals.get(0);
    assertEquals("0256", appeal.get("cameo").asText());
    assertEquals("OCCURRED", appeal.get("status").asText());
    String arguments = argumentTexts(appeal);
    assertTrue(arguments.contains("Recipient=Putin"), arguments);
    assertTrue(arguments.contains("Agent="), arguments);
    assertTrue(appeal.get("attributes").get("content").asText().startsWith("cease hostilities"));
  }

  @Test
  void putinIsReadyToNegotiate() {
    boolean found = false;
    for (JsonNode intent : ofType("INTENT_TO_MEET_OR_NEGOTIATE")) {
      found |= intent.get("trigger").get("text").asText().equals("readiness to negotiate")
          && intent.get("cameo").asText().equals("036") && !intent.get("arguments").isEmpty();
    }
    assertTrue(found, "the readiness to negotiate: " + ofType("INTENT_TO_MEET_OR_NEGOTIATE"));
  }

  @Test
  void everyStatementHasItsSpeakerAndNothingComesFromTheBoilerplate() {
    for (JsonNode event : events) {
      assertTrue(event.get("trigger").get("start").asInt() < boilerplateStart, "an event in the boilerplate: " + event);
      if (event.get("type").asText().equals("STATEMENT")) {
        assertNotEquals("null", event.get("quote").asText());
        assertTrue(event.get("arguments").get(0).hasNonNull("entity"), "a statement has its speaker: " + event);
      }
    }
  }
}
