package io.reportage.quote;

import static io.reportage.quote.AttributionTest.analyze;
import static io.reportage.quote.AttributionTest.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.reportage.Analysis;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A paragraph of a few title-case words in marks heads a section; it is nobody's quote. */
class SectionHeadingTest {
  @BeforeAll
  static void build() {
    AttributionTest.build();
  }

  @Test
  void aQuotedHeadingIsLeftUnattributedButAQuotedSentenceIsNot() {
    Analysis analysis = analyze("“We will rebuild the pier,” Mayor Ana Ortiz said. | ‘A Town on the Water.’ | "
        + "The harbor opened in 1850. | “It was the first in the county.” | Ortiz grew up near it.");
    assertNull(quote(analysis, "A Town on the Water").speaker(), "a heading");
    assertEquals("Ana Ortiz", AttributionTest.speakerName(analysis, quote(analysis, "We will rebuild")));
  }
}
