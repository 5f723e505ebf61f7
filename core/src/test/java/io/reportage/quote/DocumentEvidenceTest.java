package io.reportage.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reportage.Analysis;
import io.reportage.Extractor;
import io.reportage.Quote;
import io.reportage.QuoteKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Listed cue verbs in constructions the tagger reads badly: a plural document noun before
 * "show" ("Polls show ..."), a reflexive after the subject ("the utility itself said"), and an
 * existential "there" opening the reported clause ("say there is ..."); sentences written for this test.
 */
class DocumentEvidenceTest {
  private static Extractor extractor;

  @BeforeAll
  static void build() {
    extractor = Extractor.create();
  }

  private static Analysis analyze(String paragraphs) {
    return extractor.analyze("County news of the week\n\n" + paragraphs);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      plural document, clause   # Polls show Ortiz is trailing the mayor.                          # Polls             # Ortiz is trailing the mayor
      modified plural, that     # County records show that the levy raised $4 million last year.  # County records    # the levy raised $4 million last year
      gerund document, that     # Exit polling showed that Dunn won every ward.                    # Exit polling      # Dunn won every ward
      reflexive subject         # The utility itself said the rates would rise in May.            # The utility       # the rates would rise in May
      existential there         # Engineers say there is a crack in the dam.                       # Engineers         # there is a crack in the dam
      existential there, perfect # Residents say there have been three floods since March.       # Residents         # there have been three floods since March
      """)
  void theListedCueAttributesItsClause(String construction, String sentence, String speaker, String content) {
    Analysis analysis = analyze(sentence);
    Quote quote = AttributionTest.quote(analysis, content, QuoteKind.INDIRECT);
    assertEquals(content, quote.text(), construction);
    assertEquals(speaker, quote.speakerMention().text(), construction);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      show as a noun     # The county fair show drew a large crowd on Sunday.
      there as a place   # Ortiz lived there for ten years before the flood.
      """)
  void nothingIsAttributedWithoutACue(String construction, String sentence) {
    Analysis analysis = analyze(sentence);
    assertTrue(analysis.quotes().isEmpty(), construction + ": " + analysis.quotes());
  }
}
