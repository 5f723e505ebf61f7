package io.reportage.quote;

import static io.reportage.quote.AttributionTest.analyze;
import static io.reportage.quote.AttributionTest.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reportage.Analysis;
import io.reportage.Quote;
import io.reportage.QuoteKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A subject modified by a participle phrase speaks as a whole ("A group representing nurses
 * endorsed"), and a verb the lists lack counts with a subject of no speaking kind only where the
 * cue model is sure of it.
 */
class ModifiedSubjectTest {
  @BeforeAll
  static void build() {
    AttributionTest.build();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      present participle # A coalition representing nurses endorsed the governor on Monday.   # the governor     # A coalition
      past participle    # A petition signed by farmers demands a new bridge.                   # a new bridge     # A petition signed by farmers
      """)
  void thePhraseBeforeTheParticipleSpeaks(String what, String sentence, String content, String mention) {
    Analysis analysis = analyze(sentence);
    Quote quote = quote(analysis, content, QuoteKind.INDIRECT);
    assertEquals(mention, quote.speakerMention().text(), what);
  }

  @Test
  void aDeedOfAThingIsNoStatement() {
    Analysis analysis = analyze("A storm carrying heavy rain flooded the valley on Monday.");
    assertTrue(analysis.quotes().isEmpty(), () -> "no statement: " + analysis.quotes());
  }
}
