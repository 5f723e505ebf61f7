package io.reportage.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reportage.DefaultPipeline;
import io.reportage.Extractor;
import io.reportage.NameSpan;
import io.reportage.json.AnalysisJson;
import io.reportage.pipeline.Document;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The seed article's people, roles and mentions against {@code kremlin-summit.expected.json}
 * (read from ../shared/examples; skipped when absent). Each expected entity must be found by name
 * and type with every expected role (title, organization by name) and every expected mention text.
 * An entity whose name the name recognizer itself never finds in the article is reported as
 * skipped with that reason: that is the recognizer's part of the work, not this layer's.
 */
class KremlinSummitEntitiesTest {
  private static final Path ARTICLE = shared().resolve("examples/kremlin-summit.txt");
  private static final Path EXPECTED = shared().resolve("examples/kremlin-summit.expected.json");

  private static String text;
  private static JsonNode expected;
  private static JsonNode output;
  private static Map<String, JsonNode> byId;
  private static Set<String> recognizedNames;

  static Path shared() {
    String property = System.getProperty("reportage.shared");
    return Path.of(property != null ? property : "../shared");
  }

  @BeforeAll
  static void analyse() throws IOException {
    Assumptions.assumeTrue(Files.exists(ARTICLE) && Files.exists(EXPECTED),
        "The seed article is not in " + ARTICLE.getParent() + " (../shared/examples); skipping");
    text = Files.readString(ARTICLE, StandardCharsets.UTF_8);
    ObjectMapper mapper = new ObjectMapper();
    expected = mapper.readTree(EXPECTED.toFile());
    output = mapper.readTree(AnalysisJson.toJson(Extractor.create().analyze(text)));
    byId = new HashMap<>();
    output.get("entities").forEach(entity -> byId.put(entity.get("id").asText(), entity));
    Document doc = DefaultPipeline.run(text);
    recognizedNames = new HashSet<>();
    for (NameSpan name : doc.names()) {
      recognizedNames.add(doc.text(name.start(), name.end()));
    }
  }

  @TestFactory
  Stream<DynamicTest> everyExpectedEntityWithItsRolesAndMentions() {
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode want : expected.get("entities")) {
      String name = want.get("name").asText();
      tests.add(DynamicTest.dynamicTest(name, () -> checkEntity(want)));
    }
    return tests.stream();
  }

  private void checkEntity(JsonNode want) {
    String name = want.get("name").asText();
    JsonNode found = entityNamed(name);
    if (found == null) {
      Assumptions.assumeTrue(recognizedNames.stream().anyMatch(n -> n.contains(name)),
          "The name recognizer does not find \"" + name + "\" in the seed article yet");
    }
    assertNotNull(found, "No entity named " + name + " among " + names());
    assertEquals(want.get("type").asText(), found.get("type").asText(), "type of " + name);
    for (JsonNode role : want.path("roles")) {
      assertTrue(hasRole(found, role.get("title").asText(), role.get("organization").asText()),
          name + " should be " + role + "; roles are " + describeRoles(found));
    }
    Set<String> texts = new HashSet<>();
    found.get("mentions").forEach(m -> texts.add(m.get("text").asText()));
    for (JsonNode mention : want.path("mentions")) {
      assertTrue(texts.contains(mention.asText()),
          name + " should be mentioned as \"" + mention.asText() + "\"; mentions are " + texts);
    }
  }

  @Test
  void putinTrumpIsNotAPlaceAndTheBoilerplateNamesNobody() {
    int boilerplate = expected.get("boilerplate").get("startsAt").asInt();
    for (JsonNode entity : output.get("entities")) {
      String name = entity.path("name").asText("");
      assertFalse(name.equals("Putin-Trump"), "Putin-Trump is a pairing of two people, not an entity: " + entity);
      assertFalse(name.contains("Liberty Beacon") || name.equals("TLB"), "an entity from the boilerplate: " + entity);
      for (JsonNode mention : entity.get("mentions")) {
        assertTrue(mention.get("start").asInt() < boilerplate, "a mention in the boilerplate: " + mention);
      }
    }
  }

  @Test
  void everyMentionTextIsTheTextAtItsOffsets() {
    for (JsonNode entity : output.get("entities")) {
      for (JsonNode mention : entity.get("mentions")) {
        assertEquals(text.substring(mention.get("start").asInt(), mention.get("end").asInt()), mention.get("text").asText());
      }
    }
  }

  private static JsonNode entityNamed(String name) {
    for (JsonNode entity : output.get("entities")) {
      if (name.equals(entity.path("name").asText(null))) {
        return entity;
      }
    }
    return null;
  }

  private static boolean hasRole(JsonNode entity, String title, String organization) {
    for (JsonNode role : entity.get("roles")) {
      JsonNode org = role.get("organization").isNull() ? null : byId.get(role.get("organization").asText());
      if (role.get("title").asText().equalsIgnoreCase(title) && org != null
          && organization.equals(org.path("name").asText(null))) {
        return true;
      }
    }
    return false;
  }

  private static String describeRoles(JsonNode entity) {
    List<String> roles = new ArrayList<>();
    for (JsonNode role : entity.get("roles")) {
      JsonNode org = role.get("organization").isNull() ? null : byId.get(role.get("organization").asText());
      roles.add(role.get("title").asText() + "@" + (org == null ? "-" : org.path("name").asText()));
    }
    return roles.toString();
  }

  private static List<String> names() {
    List<String> names = new ArrayList<>();
    output.get("entities").forEach(e -> names.add(e.path("name").asText("(unnamed)")));
    return names;
  }
}
