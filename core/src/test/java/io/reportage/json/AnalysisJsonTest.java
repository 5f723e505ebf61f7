package io.reportage.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reportage.Analysis;
import io.reportage.Argument;
import io.reportage.ArticleInfo;
import io.reportage.Boilerplate;
import io.reportage.BoilerplateKind;
import io.reportage.Entity;
import io.reportage.EntityType;
import io.reportage.Event;
import io.reportage.EventStatus;
import io.reportage.EventType;
import io.reportage.Mention;
import io.reportage.MentionKind;
import io.reportage.Quote;
import io.reportage.QuoteKind;
import io.reportage.Role;
import io.reportage.Span;
import io.reportage.TextSpan;
import io.reportage.TimeExpression;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON contract "reportage/1": field names, order, nulls and escapes, on an analysis built by hand. */
class AnalysisJsonTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TEXT = "Talks off\n\nVia RT\n\n“We are ready,” spokesman Anna Petrova said on Friday.\n\n••••";

  private static Analysis sample() {
    int quoteStart = TEXT.indexOf('“');
    int quoteEnd = TEXT.indexOf('”') + 1;
    int name = TEXT.indexOf("Anna Petrova");
    int title = TEXT.indexOf("spokesman");
    int said = TEXT.indexOf("said");
    int friday = TEXT.indexOf("on Friday");
    Entity anna = new Entity("e1", EntityType.PERSON, "Anna Petrova",
        List.of(new Role("spokesman", null, title, name + 12, false)),
        List.of(new Mention(title, name + 12, "spokesman Anna Petrova", MentionKind.NAME)));
    Quote quote = new Quote("q1", QuoteKind.DIRECT, quoteStart, quoteEnd, TEXT.substring(quoteStart, quoteEnd), "e1",
        new TextSpan(title, name + 12, "spokesman Anna Petrova"), new TextSpan(said, said + 4, "said"), null, 0.91234,
        "cue-after-quote");
    Map<String, Object> attributes = new LinkedHashMap<>();
    attributes.put("ordinal", "sixth");
    attributes.put("count", 2);
    attributes.put("topics", List.of("Iran", "trade"));
    Event event = new Event("ev1", EventType.STATEMENT, null, "010", new TextSpan(said, said + 4, "said"),
        List.of(new TextSpan(said, said + 4, "said")),
        List.of(new Argument("Agent", "e1", name, name + 12, "Anna Petrova")),
        new TimeExpression(friday, friday + 9, "on Friday", LocalDate.of(2025, 7, 4), "2025-07-04"), EventStatus.OCCURRED, attributes,
        "q1", 0.8);
    int separator = TEXT.indexOf("••••");
    return new Analysis(ArticleInfo.none(), new TextSpan(0, 9, "Talks off"), new TextSpan(15, 17, "RT"),
        new Span(19, separator), List.of(new Boilerplate(separator, TEXT.length(), BoilerplateKind.SEPARATOR)),
        List.of(anna), List.of(quote), List.of(event));
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }

  @Test
  void topLevelFieldsComeInContractOrderWithDocOnlyWhenNamed() throws Exception {
    JsonNode named = JSON.readTree(AnalysisJson.toJson(sample(), "article.txt"));
    assertEquals(List.of("schema", "doc", "headline", "source", "body", "boilerplate", "entities", "quotes", "events"),
        fieldNames(named));
    assertEquals("reportage/1", named.get("schema").asText());
    assertEquals("article.txt", named.get("doc").asText());
    assertFalse(JSON.readTree(AnalysisJson.toJson(sample())).has("doc"), "no doc field without a name");
    ContractValidator.assertValid(AnalysisJson.toJson(sample(), "article.txt"), "the hand-built analysis");
  }

  @Test
  void structureFieldsCarryOffsetsAndText() throws Exception {
    JsonNode json = JSON.readTree(AnalysisJson.toJson(sample()));
    assertEquals(JSON.readTree("{\"start\":0,\"end\":9,\"text\":\"Talks off\"}"), json.get("headline"));
    assertEquals("RT", json.get("source").get("text").asText());
    assertEquals(List.of("start", "end"), fieldNames(json.get("body")));
    assertEquals("SEPARATOR", json.get("boilerplate").get(0).get("kind").asText());
    assertEquals(List.of("start", "end", "kind"), fieldNames(json.get("boilerplate").get(0)));
  }

  @Test
  void entitiesQuotesAndEventsHaveTheContractFields() throws Exception {
    JsonNode json = JSON.readTree(AnalysisJson.toJson(sample()));
    JsonNode entity = json.get("entities").get(0);
    assertTrue(fieldNames(entity).containsAll(List.of("id", "type", "name", "roles", "mentions")), fieldNames(entity).toString());
    assertTrue(fieldNames(entity.get("roles").get(0)).containsAll(List.of("title", "organization", "start", "end")));
    assertTrue(entity.get("roles").get(0).get("organization").isNull());
    assertEquals(List.of("start", "end", "text", "kind"), fieldNames(entity.get("mentions").get(0)));

    JsonNode quote = json.get("quotes").get(0);
    assertEquals(List.of("id", "kind", "start", "end", "text", "speaker", "speakerMention", "cue", "via", "confidence",
        "rule"), fieldNames(quote));
    assertEquals("“We are ready,”", quote.get("text").asText());
    assertEquals(0.912, quote.get("confidence").asDouble(), 1e-9, "confidences are rounded to three decimals");
    assertTrue(quote.get("via").isNull());

    JsonNode event = json.get("events").get(0);
    assertTrue(fieldNames(event).containsAll(List.of("id", "type", "ace", "cameo", "trigger", "arguments", "time",
        "status", "attributes", "quote", "confidence")), fieldNames(event).toString());
    assertTrue(event.get("ace").isNull());
    assertEquals(List.of("role", "entity", "start", "end", "text"), fieldNames(event.get("arguments").get(0)));
    assertEquals("2025-07-04", event.get("time").get("value").asText());
    assertEquals(2, event.get("attributes").get("count").asInt());
    assertEquals("trade", event.get("attributes").get("topics").get(1).asText());
    assertEquals("q1", event.get("quote").asText());
  }

  @Test
  void streamedJsonIsTheSameAsTheStringAndLeavesTheWriterOpen() throws Exception {
    java.io.StringWriter pretty = new java.io.StringWriter();
    AnalysisJson.writeJson(sample(), pretty, "article.txt", true);
    pretty.write("still open");
    assertEquals(AnalysisJson.toJson(sample(), "article.txt") + "still open", pretty.toString());
    java.io.StringWriter line = new java.io.StringWriter();
    AnalysisJson.writeJson(sample(), line, null, false);
    assertEquals(AnalysisJson.toJsonLine(sample(), null), line.toString());
  }

  @Test
  void jsonLinesAreTheSameObjectOnOneLine() throws Exception {
    String line = AnalysisJson.toJsonLine(sample(), "article.txt");
    assertFalse(line.contains("\n"));
    assertEquals(JSON.readTree(AnalysisJson.toJson(sample(), "article.txt")), JSON.readTree(line));
  }

  @Test
  void controlCharactersQuotesAndBackslashesAreEscaped() throws Exception {
    String odd = "a\u0000b\"c\\d\u2028e";
    Analysis analysis = new Analysis(ArticleInfo.none(), new TextSpan(0, odd.length(), odd), null, new Span(0, 9),
        List.of(), List.of(), List.of(), List.of());
    assertEquals(odd, JSON.readTree(AnalysisJson.toJson(analysis)).get("headline").get("text").asText());
  }

  @Test
  void unpairedSurrogatesAreEscapedPairedOnesKept() throws Exception {
    String odd = "x\uD800y\uDC00z👍";
    Analysis analysis = new Analysis(ArticleInfo.none(), new TextSpan(0, odd.length(), odd), null, new Span(0, 9),
        List.of(), List.of(), List.of(), List.of());
    String json = AnalysisJson.toJson(analysis);
    assertTrue(json.contains("x\\uD800y\\uDC00z👍"), json);
    assertFalse(AnalysisJson.hasUnpairedSurrogate(json), "the output holds no unpaired surrogate");
    assertEquals(odd, JSON.readTree(json).get("headline").get("text").asText());
    ContractValidator.assertValid(json, "an analysis with unpaired surrogates");
  }
}
