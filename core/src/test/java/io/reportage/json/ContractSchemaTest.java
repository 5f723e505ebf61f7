package io.reportage.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import io.reportage.Analysis;
import io.reportage.ArticleInfo;
import io.reportage.BoilerplateKind;
import io.reportage.EntityType;
import io.reportage.EventStatus;
import io.reportage.EventType;
import io.reportage.Extractor;
import io.reportage.MentionKind;
import io.reportage.QuoteKind;
import io.reportage.SharedFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The published JSON Schema of "reportage/1" against the code's real output, in both directions. */
class ContractSchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SEED = "examples/kremlin-summit.txt";
  private static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";
  private static Extractor extractor;

  @BeforeAll
  static void build() {
    extractor = Extractor.create();
  }

  @Test
  void theSchemaIsValidJsonSchema2020_12() {
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    // The validator library carries the 2020-12 meta-schema: nothing is fetched.
    JsonSchema metaSchema = factory.getSchema(SchemaLocation.of(DRAFT_2020_12));
    assertEquals(Set.of(), metaSchema.validate(ContractValidator.schemaNode()));
    assertEquals(DRAFT_2020_12, ContractValidator.schemaNode().get("$schema").asText());
  }

  @Test
  void theSchemaListsExactlyTheValuesOfEveryEnumInTheCode() {
    JsonNode defs = ContractValidator.schemaNode().get("$defs");
    JsonNode root = ContractValidator.schemaNode().get("properties");
    assertEquals(names(EntityType.values()), enumAt(defs.at("/entity/properties/type")));
    assertEquals(names(MentionKind.values()), enumAt(defs.at("/entity/properties/mentions/items/properties/kind")));
    assertEquals(names(QuoteKind.values()), enumAt(defs.at("/quote/properties/kind")));
    assertEquals(names(EventType.values()), enumAt(defs.at("/event/properties/type")));
    assertEquals(names(EventStatus.values()), enumAt(defs.at("/event/properties/status")));
    assertEquals(names(BoilerplateKind.values()), enumAt(root.at("/boilerplate/items/properties/kind")));
    assertEquals(AnalysisJson.SCHEMA, root.at("/schema/const").asText());
  }

  private static Set<String> names(Enum<?>[] values) {
    return new TreeSet<>(Arrays.stream(values).map(Enum::name).toList());
  }

  private static Set<String> enumAt(JsonNode node) {
    assertTrue(node.has("enum"), "no enum at " + node);
    Set<String> values = new TreeSet<>();
    node.get("enum").forEach(value -> values.add(value.asText()));
    return values;
  }

  @Test
  void theSeedArticleFollowsTheSchemaWithAndWithoutDateAndName() {
    String text = SharedFiles.read(SEED);
    Analysis plain = extractor.analyze(text);
    ContractValidator.assertValid(AnalysisJson.toJson(plain), "the seed article's analysis");
    ContractValidator.assertValid(AnalysisJson.toJsonLine(plain, "kremlin-summit.txt"), "the seed article's JSON line");
    Analysis dated = extractor.analyze(text, ArticleInfo.published(LocalDate.of(2025, 7, 4)));
    ContractValidator.assertValid(AnalysisJson.toJson(dated, "kremlin-summit.txt"), "the dated seed article's analysis");
  }

  static List<Path> exampleArticles() throws IOException {
    Path directory = Path.of("../examples/articles");
    if (!Files.isDirectory(directory)) {
      directory = Path.of("examples/articles");
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(file -> file.toString().endsWith(".txt")).sorted().toList();
    }
  }

  @ParameterizedTest
  @MethodSource("exampleArticles")
  void everyExampleArticleFollowsTheSchema(Path article) throws IOException {
    Analysis analysis = extractor.analyze(Files.readString(article, StandardCharsets.UTF_8),
        ArticleInfo.published(LocalDate.of(2025, 3, 14)));
    assertFalse(analysis.quotes().isEmpty(), article + " has quotes, so the quote part of the schema is exercised");
    ContractValidator.assertValid(AnalysisJson.toJson(analysis, article.getFileName().toString()), article.toString());
  }

  /** Drifts the code could make; each must be caught, or the checks above prove nothing. */
  static List<Consumer<ObjectNode>> drifts() {
    List<Consumer<ObjectNode>> drifts = new ArrayList<>();
    drifts.add(json -> json.put("schema", "reportage/2"));
    drifts.add(json -> json.put("language", "en"));
    drifts.add(json -> json.remove("events"));
    drifts.add(json -> ((ObjectNode) json.get("quotes").get(0)).put("speaker", "Dmitry Peskov"));
    drifts.add(json -> ((ObjectNode) json.get("quotes").get(0)).put("kind", "QUOTE"));
    drifts.add(json -> ((ObjectNode) json.get("quotes").get(0)).put("confidence", 1.5));
    drifts.add(json -> ((ObjectNode) json.get("quotes").get(0)).remove("rule"));
    drifts.add(json -> ((ObjectNode) json.get("entities").get(0)).put("type", "PER"));
    drifts.add(json -> ((ObjectNode) json.get("entities").get(0).get("mentions").get(0)).put("start", -1));
    drifts.add(json -> ((ObjectNode) json.get("events").get(0)).put("status", "DONE"));
    drifts.add(json -> ((ObjectNode) json.get("events").get(0)).putObject("time").put("start", 0));
    drifts.add(json -> ((ObjectNode) json.get("events").get(0).get("attributes")).putObject("nested"));
    drifts.add(json -> ((ArrayNode) json.get("boilerplate")).addObject().put("start", 0).put("end", 1).put("kind", "AD"));
    drifts.add(json -> ((ObjectNode) json.get("body")).put("text", "duplicated"));
    return drifts;
  }

  @ParameterizedTest
  @MethodSource("drifts")
  void outputThatLeftTheContractIsRefused(Consumer<ObjectNode> drift) throws IOException {
    Path article = exampleArticles().stream().filter(p -> p.toString().endsWith("ceasefire-call.txt")).findFirst()
        .orElseThrow();
    ObjectNode json = (ObjectNode) JSON.readTree(AnalysisJson.toJson(extractor.analyze(Files.readString(article))));
    assertEquals(List.of(), ContractValidator.problems(json), "the untouched output is valid");
    drift.accept(json);
    assertFalse(ContractValidator.problems(json).isEmpty(), "the schema lets this through: " + json);
  }
}
