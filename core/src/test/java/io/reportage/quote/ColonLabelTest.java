package io.reportage.quote;

import static io.reportage.quote.AttributionTest.analyze;
import static io.reportage.quote.AttributionTest.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reportage.Analysis;
import io.reportage.Extractor;
import io.reportage.Quote;
import io.reportage.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A name before a colon claims what follows it, in headlines and in round-ups that cite their sources. */
class ColonLabelTest {
  private static Extractor extractor;

  @BeforeAll
  static void build() {
    AttributionTest.build();
    extractor = Extractor.create();
  }

  @Test
  void aNameBeforeAHeadlineColonClaimsTheHeadlineEvenWithAVerbInside() {
    Analysis analysis = extractor.analyze("Ortiz: Harbor Board Must Decide on the Ferry Soon\n\n"
        + "Mayor Ana Ortiz said on Monday that the board had waited too long.");
    List<Quote> headline = analysis.quotes().stream().filter(q -> q.start() < 20).toList();
    assertEquals(1, headline.size(), headline.toString());
    assertEquals("headline-colon", headline.get(0).rule());
    assertEquals("Ortiz", headline.get(0).speakerMention().text());
    assertEquals("Harbor Board Must Decide on the Ferry Soon", headline.get(0).text());
  }

  @Test
  void aQuotedHeadlineClaimIsOneQuote() {
    Analysis analysis = extractor.analyze("Ortiz: ‘We will not close the harbor.’\n\nMayor Ana Ortiz spoke to dock workers on Monday.");
    List<Quote> headline = analysis.quotes().stream().filter(q -> q.start() < 10).toList();
    assertEquals(1, headline.size(), headline.toString());
    assertEquals(QuoteKind.DIRECT, headline.get(0).kind());
  }

  @Test
  void aNameOpeningItsParagraphBeforeAColonSpeaksTheQuote() {
    Analysis analysis = analyze("The hearing went on for hours. | Rep. Ana Ortiz (D-Maine): “I have never seen that figure.” | "
        + "More from Tom Baker: “The figure came from the harbor office.”");
    Quote first = quote(analysis, "never seen that figure");
    assertEquals("Rep. Ana Ortiz", first.speakerMention().text());
    assertEquals("name-colon", first.rule());
    assertEquals("Tom Baker", quote(analysis, "came from the harbor office").speakerMention().text());
  }

  @Test
  void aPhraseAfterAVerbIsNoLabel() {
    Analysis analysis = analyze("The mayor then listed the qualities: “Patience and a good boat.”");
    assertTrue(analysis.quotes().stream().noneMatch(q -> "name-colon".equals(q.rule())), analysis.quotes().toString());
    Quote quote = quote(analysis, "Patience");
    assertNotEquals("the qualities", quote.speakerMention() == null ? null : quote.speakerMention().text());
  }
}
