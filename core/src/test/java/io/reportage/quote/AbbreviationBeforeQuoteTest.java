package io.reportage.quote;

import static io.reportage.quote.AttributionTest.analyze;
import static io.reportage.quote.AttributionTest.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.reportage.Analysis;
import io.reportage.Quote;
import io.reportage.QuoteKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An abbreviation that ends a sentence keeps its full stop ("Calif.", "S.C."), so a quote opening
 * the next sentence right after it is a quoted sentence of its own: it takes the speaker of the
 * quote before it in the paragraph. Sentences written for these tests.
 */
class AbbreviationBeforeQuoteTest {

  @BeforeAll
  static void build() {
    AttributionTest.build();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      state abbreviation   # "The port has to stay open," said Lena Marsh, a fisher from Eureka, Calif. "Nobody here can wait a year."  # Nobody here can wait # Lena Marsh
      initials of a state  # "The count was fair," Okafor told reporters after a meeting in Aiken, S.C. "The board should accept it."  # The board should accept # Okafor
      """)
  void theQuoteAfterTheAbbreviationKeepsTheSpeaker(String construction, String paragraph, String fragment, String mention) {
    Analysis analysis = analyze("The harbor board met on Tuesday. | " + paragraph);
    Quote quote = quote(analysis, fragment);
    assertNotNull(quote.speakerMention(), construction + ": no speaker for " + quote);
    assertEquals(mention, quote.speakerMention().text(), construction);
  }

  @Test
  void aNicknameAfterAnHonorificStaysTheWritersWords() {
    Analysis analysis = analyze("The harbor board met on Tuesday. | \"The count was fair,\" Okafor said. "
        + "The board then thanked Mr. \"Sam\" Teague for lending his boat.");
    Quote nickname = quote(analysis, "Sam");
    assertEquals(QuoteKind.PARTIAL, nickname.kind(), nickname.toString());
    assertNull(nickname.speakerMention(), "a nickname is nobody's statement: " + nickname);
  }
}
