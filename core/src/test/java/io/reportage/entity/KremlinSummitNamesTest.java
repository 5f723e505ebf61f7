package io.reportage.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reportage.Analysis;
import io.reportage.DefaultPipeline;
import io.reportage.Entity;
import io.reportage.EntityType;
import io.reportage.Mention;
import io.reportage.NameSpan;
import io.reportage.pipeline.AnalysisAssembler;
import io.reportage.pipeline.Document;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The names of the seed article (../shared/examples; skipped when absent): the people, the
 * organization and the places it names get their types, a hyphenated pairing of two people is no
 * place, and nothing in the boilerplate is a name.
 */
class KremlinSummitNamesTest {
  private static final Path ARTICLE = KremlinSummitEntitiesTest.shared().resolve("examples/kremlin-summit.txt");

  private static Document doc;
  private static Analysis analysis;
  private static Map<String, EntityType> entityTypes;

  @BeforeAll
  static void analyse() throws IOException {
    Assumptions.assumeTrue(Files.exists(ARTICLE), "The seed article is not in " + ARTICLE.getParent() + "; skipping");
    doc = DefaultPipeline.run(Files.readString(ARTICLE, StandardCharsets.UTF_8));
    analysis = AnalysisAssembler.assemble(doc);
    entityTypes = new HashMap<>();
    for (Entity entity : analysis.entities()) {
      if (entity.name() != null) {
        entityTypes.put(entity.name(), entity.type());
      }
    }
  }

  @ParameterizedTest
  @CsvSource({"Vladimir Putin, PERSON", "Donald Trump, PERSON", "Dmitry Peskov, PERSON", "Yury Ushakov, PERSON",
      "Kremlin, ORGANIZATION", "Russia, LOCATION", "US, LOCATION", "Ukraine, LOCATION", "Middle East, LOCATION",
      "Iran, LOCATION", "Moscow, LOCATION", "Washington, LOCATION"})
  void everyNamedEntityHasItsType(String name, EntityType type) {
    assertEquals(type, entityTypes.get(name), "entities: " + entityTypes);
  }

  @Test
  void theRecognizerTypesEverySurnameAsAPerson() {
    for (NameSpan name : doc.names()) {
      String text = doc.text(name.start(), name.end());
      if (text.equals("Putin") || text.equals("Trump") || text.equals("Peskov") || text.equals("Ushakov")) {
        assertEquals(EntityType.PERSON, name.type(), text + " at " + doc.tokenStart(name.start()));
      }
    }
  }

  @Test
  void aHyphenatedPairOfPeopleIsNoPlace() {
    for (NameSpan name : doc.names()) {
      assertFalse(doc.text(name.start(), name.end()).contains("-Trump"), "the recognizer kept " + name + " as a name");
    }
    for (Entity entity : analysis.entities()) {
      for (Mention mention : entity.mentions()) {
        assertFalse(entity.type() == EntityType.LOCATION && mention.text().contains("Putin-"), mention + " is a place");
      }
    }
  }

  @Test
  void nothingInTheBoilerplateIsAName() {
    assertFalse(analysis.boilerplate().isEmpty(), "the boilerplate was not found");
    int boilerplateStart = analysis.boilerplate().get(0).start();
    for (Entity entity : analysis.entities()) {
      for (Mention mention : entity.mentions()) {
        assertTrue(mention.end() <= boilerplateStart, mention + " lies in the boilerplate");
      }
    }
  }
}
