package io.reportage.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every rule has one JSON name and a base confidence of its own. */
class AttributionRuleTest {
  @Test
  void jsonNamesAreDistinctLowerCaseWords() {
    Set<String> names = new HashSet<>();
    for (AttributionRule rule : AttributionRule.values()) {
      assertTrue(rule.jsonName().matches("[a-z]+(-[a-z]+)*"), "a JSON name of words and hyphens: " + rule.jsonName());
      assertTrue(names.add(rule.jsonName()), "two rules share the name " + rule.jsonName());
      assertEquals(rule.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), rule.jsonName(),
          "the constant and its JSON name say the same");
    }
  }

  @Test
  void everyBaseConfidenceIsAProbability() {
    for (AttributionRule rule : AttributionRule.values()) {
      assertTrue(rule.baseConfidence() > 0 && rule.baseConfidence() <= 1, rule + " has base " + rule.baseConfidence());
    }
  }

  @Test
  void withoutASpeakerTheConfidenceIsHalfTheBase() {
    assertEquals(0.46, AttributionConfidence.of(AttributionRule.CONTENT_SPEAKER_CUE, null), 1e-9);
    assertEquals(0.3, AttributionConfidence.of(AttributionRule.PASSIVE_BY, null), 1e-9,
        "an untuned rule keeps 0.6 as its base");
  }
}
