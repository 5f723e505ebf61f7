package io.reportage.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reportage.Analysis;
import io.reportage.Entity;
import io.reportage.EntityType;
import io.reportage.Extractor;
import io.reportage.Profile;
import io.reportage.json.AnalysisJson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The ACCURATE profile, with CoreNLP and its models on this module's class path, finds names. */
class AccurateProfileTest {
  /** Built once: loading CoreNLP's classifier takes seconds. */
  private static final Extractor ACCURATE = Extractor.builder().profile(Profile.ACCURATE).build();

  @Test
  void findsPeopleOrganizationsAndPlacesWithCoreNlpsCrf() {
    assertEquals(Profile.ACCURATE, ACCURATE.profile());
    Analysis analysis = ACCURATE.analyze("""
        Dockworkers strike in Rotterdam

        Union leader Marieke Jansen said on Monday that the strike at the port of Rotterdam would go on \
        until Europort Logistics raised wages. The Dutch government has asked both sides to meet in The Hague.
        """);
    Map<String, EntityType> types = new HashMap<>();
    for (Entity entity : analysis.entities()) {
      if (entity.name() != null) {
        types.put(entity.name(), entity.type());
      }
    }
    assertEquals(EntityType.PERSON, types.get("Marieke Jansen"), types.toString());
    assertEquals(EntityType.LOCATION, types.get("Rotterdam"), types.toString());
    assertTrue(types.containsValue(EntityType.ORGANIZATION), "no organization in " + types);
  }

  /** What the core robustness tests feed the default profile, fed to CoreNLP's recognizer. */
  @ParameterizedTest
  @ValueSource(strings = {"", " \n\t ", "\u201c\u201d\"\"\u2018", "\u201cHalf open, said Anna Berg.",
      "Anna\u0000 Berg \u0007met\u001b Paul Roe in Oslo.", "Lone \ud800 surrogate and \udc00 another, said Anna Berg.",
      "\ud83d\ude00 Emoji \ud83c\udf0d from Oslo", "ALL CAPITALS HEADLINE FROM BERLIN"})
  void badInputGivesAResultAndKeepsEveryCharacter(String text) {
    Analysis analysis = ACCURATE.analyze(text);
    for (Entity entity : analysis.entities()) {
      entity.mentions().forEach(mention -> assertEquals(text.substring(mention.start(), mention.end()), mention.text()));
    }
    assertTrue(analysis.body().end() <= text.length(), AnalysisJson.toJson(analysis));
  }

  @Test
  void threadsSharingTheAccurateExtractorGetTheSameJson() throws Exception {
    String text = "Port strike spreads\n\nDockworkers in Antwerp joined the strike on Tuesday, union leader Pieter Claes said."
        + " The Flemish port authority said ships were waiting off Zeebrugge.\n";
    String expected = AnalysisJson.toJson(ACCURATE.analyze(text));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int task = 0; task < 16; task++) {
        results.add(pool.submit(() -> AnalysisJson.toJson(ACCURATE.analyze(text))));
      }
      for (Future<String> result : results) {
        assertEquals(expected, result.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
