package io.reportage;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.reportage.robustness.AnalysisInvariants;
import io.reportage.robustness.AnalysisInvariants.Property;
import io.reportage.robustness.AnalysisInvariants.Violation;
import io.reportage.robustness.HostileText;
import io.reportage.robustness.RegressionCase;
import io.reportage.robustness.Shrinker;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Properties of the analysis of any text, each tried on generated texts that mix sentences of the
 * example articles with quotation marks of every kind, dashes, breaks, control and zero-width
 * characters, unpaired surrogates, emoji, right-to-left text, HTML and very long tokens
 * ({@link HostileText}). A failure is shrunk and reported as a test method to paste into
 * {@link ShrunkInputRegressionTest}.
 *
 * <p>The seed is fixed so that the build gives the same verdict every time; set
 * {@code -Dreportage.properties.seed=N} and {@code -Dreportage.properties.tries=N} to look further.
 * The long-running search over millions of texts is {@code io.reportage.fuzz.Fuzz} in benchmarks.
 */
class TextPropertiesTest {
  private static final long SEED = Long.getLong("reportage.properties.seed", 20261204L);
  private static final int TRIES = Integer.getInteger("reportage.properties.tries", 200);

  private static Extractor extractor;
  private static HostileText texts;
  private static AnalysisInvariants invariants;

  @BeforeAll
  static void build() {
    extractor = Extractor.create();
    texts = HostileText.fromExampleArticles();
    invariants = new AnalysisInvariants(extractor);
  }

  @Test
  void noTextMakesAStageThrow() {
    holdsForGeneratedTexts(Property.NO_EXCEPTION);
  }

  @Test
  void everySpanLiesInsideTheTextAndMatchesItsSubstring() {
    holdsForGeneratedTexts(Property.SPANS_MATCH_TEXT);
  }

  @Test
  void headlineBlockBodyAndBoilerplateCoverEveryCharacterOnce() {
    holdsForGeneratedTexts(Property.PARTS_TILE_TEXT);
  }

  @Test
  void theJsonReadsBackWithTheSameSpans() {
    holdsForGeneratedTexts(Property.JSON_READS_BACK);
  }

  @Test
  void theJsonValidatesAgainstTheSchema() {
    assumeTrue(invariants.schemaPresent(), "Skipped: " + AnalysisInvariants.SCHEMA_RESOURCE
        + " is not on the classpath, so there is no schema to validate against");
    holdsForGeneratedTexts(Property.JSON_MATCHES_SCHEMA);
  }

  @Test
  void analysingTwiceGivesTheSameOutput() {
    holdsForGeneratedTexts(Property.SAME_OUTPUT_TWICE);
  }

  @Test
  void noQuoteCrossesTheEdgeOfAMixedQuote() {
    holdsForGeneratedTexts(Property.MIXED_QUOTE_HOLDS_ITS_QUOTES);
  }

  @Test
  void theGeneratorMakesTextsWithQuotesSpeakersAndEvents() {
    // A generator that produced only noise would let every property above pass without testing much.
    int quotes = 0;
    int attributed = 0;
    int events = 0;
    for (int i = 0; i < 40; i++) {
      Analysis analysis = extractor.analyze(texts.text(new Random(SEED + i)));
      quotes += analysis.quotes().size();
      attributed += (int) analysis.quotes().stream().filter(q -> q.speaker() != null).count();
      events += analysis.events().size();
    }
    assertTrue(quotes > 20 && attributed > 10 && events > 20,
        "quotes " + quotes + ", attributed " + attributed + ", events " + events + " in 40 generated texts");
  }

  private static void holdsForGeneratedTexts(Property property) {
    long seed = SEED ^ property.name().hashCode();
    for (int i = 0; i < TRIES; i++) {
      List<String> pieces = texts.pieces(new Random(seed + i));
      List<Violation> violations = invariants.check(String.join("", pieces), Set.of(property));
      if (!violations.isEmpty()) {
        Violation first = violations.get(0);
        Shrinker shrinker = new Shrinker(text -> invariants.check(text, Set.of(property)).stream()
            .anyMatch(v -> v.signature().equals(first.signature())), 3_000);
        String smallest = shrinker.shrink(pieces);
        Violation shown = invariants.check(smallest, Set.of(property)).stream()
            .filter(v -> v.signature().equals(first.signature())).findFirst().orElse(first);
        fail(first + "\nfor generated text " + i + " from seed " + seed + "; shrunk in " + shrinker.checks()
            + " checks to " + RegressionCase.javaLiteral(smallest) + "\nPaste into ShrunkInputRegressionTest:\n"
            + RegressionCase.javaSource(shown, smallest, "TextPropertiesTest, seed " + seed + ", text " + i));
      }
    }
  }
}
