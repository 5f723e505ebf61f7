package io.reportage.quote;

import static io.reportage.quote.AttributionTest.analyze;
import static io.reportage.quote.AttributionTest.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.reportage.Analysis;
import io.reportage.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A quote signed with a dash and a name, with or without a description after it ({@code dash-speaker}). Sentences written for these tests. */
class DashSpeakerTest {

  @BeforeAll
  static void build() {
    AttributionTest.build();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      em dash and a name               # “The night shift has been short of hands since spring.” — Maria Lopez             # Maria Lopez
      em dash, a name and her work     # “The night shift has been short of hands since spring.” — Maria Lopez, a nurse    # Maria Lopez
      double hyphen and a name         # "The night shift has been short of hands since spring." -- Maria Lopez, a nurse   # Maria Lopez
      """)
  void theNameAfterTheDashSpeaks(String construction, String paragraph, String mention) {
    Analysis analysis = analyze("The hospital opened a new ward in March. | " + paragraph);
    Quote quote = quote(analysis, "night shift");
    assertNotNull(quote.speakerMention(), construction + ": no speaker for " + quote);
    assertEquals(mention, quote.speakerMention().text(), construction);
    assertEquals("dash-speaker", quote.rule(), construction);
  }
}
