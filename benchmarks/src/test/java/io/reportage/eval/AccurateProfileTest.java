package io.reportage.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reportage.Analysis;
import io.reportage.Entity;
import io.reportage.EntityType;
import io.reportage.Extractor;
import io.reportage.Profile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The ACCURATE profile, with CoreNLP and its models on this module's class path, finds names. */
class AccurateProfileTest {
  @Test
  void findsPeopleOrganizationsAndPlacesWithCoreNlpsCrf() {
    Extractor extractor = Extractor.builder().profile(Profile.ACCURATE).build();
    assertEquals(Profile.ACCURATE, extractor.profile());
    Analysis analysis = extractor.analyze("""
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

  @Test
  void threadsSharingTheAccurateExtractorGetTheSameJson() throws Exception {
    Extractor extractor = Extractor.builder().profile(Profile.ACCURATE).build();
    String text = "Port strike spreads\n\nDockworkers in Antwerp joined the strike on Tuesday, union leader Pieter Claes said."
        + " The Flemish port authority said ships were waiting off Zeebrugge.\n";
    String expected = extractor.analyze(text).toJson();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int task = 0; task < 16; task++) {
        results.add(pool.submit(() -> extractor.analyze(text).toJson()));
      }
      for (Future<String> result : results) {
        assertEquals(expected, result.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
