package io.reportage.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reportage.Analysis;
import io.reportage.Boilerplate;
import io.reportage.BoilerplateKind;
import io.reportage.Entity;
import io.reportage.Event;
import io.reportage.Extractor;
import io.reportage.SharedFiles;
import io.reportage.TextSpan;
import io.reportage.json.AnalysisJson;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The structure of the seed article (../shared/examples/kremlin-summit.txt, skipped when absent):
 * headline, credited outlet, body and boilerplate as kremlin-summit.expected.json states them, and
 * nothing found inside the boilerplate.
 */
class KremlinSummitStructureTest {
  private static String text;
  private static Analysis analysis;

  @BeforeAll
  static void analyse() {
    text = SharedFiles.readIfPresent("examples/kremlin-summit.txt");
    analysis = text == null ? null : Extractor.create().analyze(text);
  }

  /** Each test is skipped, with the reason, when ../shared is absent. */
  @BeforeEach
  void needsTheSeedArticle() {
    SharedFiles.assumePresent("examples/kremlin-summit.txt");
  }

  @Test
  void theFirstLineIsTheHeadline() {
    assertNotNull(analysis.headline(), "a headline");
    assertEquals(new TextSpan(0, 39, "Putin-Trump meeting necessary – Kremlin"), analysis.headline());
  }

  @Test
  void theCreditedOutletIsRt() {
    assertNotNull(analysis.source(), "a credited outlet");
    assertEquals("RT", analysis.source().text());
    assertEquals("RT", text.substring(analysis.source().start(), analysis.source().end()));
  }

  @Test
  void theBodyRunsFromTheStandfirstToTheFirstSeparator() {
    assertEquals(text.indexOf("Both the Russian"), analysis.body().start());
    assertEquals(1998, analysis.body().end());
    assertTrue(text.substring(0, analysis.body().end()).stripTrailing().endsWith("the presidential aide said."));
  }

  @Test
  void theBoilerplateStartsAtTheFirstSeparatorAndRunsToTheEnd() {
    assertFalse(analysis.boilerplate().isEmpty());
    assertEquals(1998, analysis.boilerplate().get(0).start());
    assertEquals(BoilerplateKind.SEPARATOR, analysis.boilerplate().get(0).kind());
    assertEquals(text.length(), analysis.boilerplate().get(analysis.boilerplate().size() - 1).end());
    List<BoilerplateKind> kinds = analysis.boilerplate().stream().map(Boilerplate::kind).toList();
    for (BoilerplateKind kind : List.of(BoilerplateKind.DONATION_APPEAL, BoilerplateKind.COMMENT_POLICY,
        BoilerplateKind.DISCLAIMER, BoilerplateKind.COMMENT_FORM)) {
      assertTrue(kinds.contains(kind), "the boilerplate holds a " + kind + ": " + kinds);
    }
  }

  @Test
  void everyCharacterBelongsToTheHeadlineBlockTheBodyOrOneBoilerplateSpan() {
    int covered = analysis.body().end();
    for (Boilerplate part : analysis.boilerplate()) {
      assertEquals(covered, part.start(), "boilerplate continues where the previous part ended");
      covered = part.end();
    }
    assertEquals(text.length(), covered);
    assertTrue(analysis.headline().end() <= analysis.body().start(), "the headline lies in the headline block");
    assertTrue(analysis.source().end() <= analysis.body().start(), "the credit line lies in the headline block");
  }

  @Test
  void nothingInTheBoilerplateYieldsEntitiesQuotesOrEvents() {
    int start = analysis.boilerplate().get(0).start();
    List<String> inside = new ArrayList<>();
    for (Entity entity : analysis.entities()) {
      entity.mentions().stream().filter(m -> m.end() > start).forEach(m -> inside.add("mention " + m));
      entity.roles().stream().filter(r -> r.end() > start).forEach(r -> inside.add("role " + r));
    }
    analysis.quotes().stream().filter(q -> q.end() > start).forEach(q -> inside.add("quote " + q));
    for (Event event : analysis.events()) {
      event.mentions().stream().filter(m -> m.end() > start).forEach(m -> inside.add("event " + event.id() + " " + m));
      event.arguments().stream().filter(a -> a.end() > start).forEach(a -> inside.add("argument " + a));
    }
    assertEquals(List.of(), inside);
    assertFalse(AnalysisJson.toJson(analysis).contains("Liberty Beacon"), "the boilerplate's organisation is no entity");
  }
}
