package io.reportage.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reportage.ArticleInfo;
import io.reportage.QuoteKind;
import io.reportage.models.BundledLexicon;
import io.reportage.models.Lexicons;
import io.reportage.pipeline.Document;
import io.reportage.pipeline.QuoteDraft;
import io.reportage.text.ArticleStructureStage;
import io.reportage.text.SentenceSplitterStage;
import io.reportage.text.Tokenizer;
import io.reportage.text.TokenizerStage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Quotation-mark spans on documents that go through the text stages only (no model needed). */
class QuoteSpanStageTest {
  private static final Lexicons LEXICONS = Lexicons.bundled();

  /** The quote spans of {@code body} (a title line is put first so that the body is not read as a headline). */
  static List<String> spans(String body) {
    Document doc = marked(body);
    return doc.quotes().stream().map(q -> q.span.text(doc.text())).toList();
  }

  static Document marked(String body) {
    Document doc = new Document("A title for the test\n\n" + body, ArticleInfo.none());
    new ArticleStructureStage(ArticleStructureStage.Config.from(LEXICONS)).apply(doc);
    new TokenizerStage(new Tokenizer(LEXICONS.get(BundledLexicon.ABBREVIATIONS))).apply(doc);
    new SentenceSplitterStage(LEXICONS.get(BundledLexicon.HONORIFICS)).apply(doc);
    new QuoteSpanStage().apply(doc);
    return doc;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      “We will rebuild the bridge,” the mayor said.                     | “We will rebuild the bridge,”
      "We will rebuild the bridge," the mayor said.                     | "We will rebuild the bridge,"
      The mayor called the plan “a gift to the valley” on Monday.       | “a gift to the valley”
      The mayor called the plan "a gift" and "overdue."                 | "a gift"
      She said: “The water is safe. We tested it twice.”                | “The water is safe. We tested it twice.”
      ‘Safe water for all,’ reads the banner in the square.             | ‘Safe water for all,’
      """)
  void findsTheFirstQuoteOfASentence(String body, String expected) {
    List<String> spans = spans(body);
    assertFalse(spans.isEmpty(), "no quote in " + body);
    assertEquals(expected, spans.get(0));
  }

  @Test
  void straightQuotesPairByDirectionAndAQuoteCanFollowAnother() {
    assertEquals(List.of("\"a gift\"", "\"overdue.\""), spans("The mayor called the plan \"a gift\" and \"overdue.\""));
  }

  @Test
  void apostrophesAreNotQuotes() {
    assertEquals(List.of(), spans("The farmers’ union said it didn’t expect rain in the ’90s style, and the Joneses’ dog barked."));
    assertEquals(List.of(), spans("Rock 'n' roll isn't dead, the band's drummer said of the '80s."));
  }

  @Test
  void singleQuotesInsideADoubleQuoteStayPartOfIt() {
    assertEquals(List.of("“The sign said ‘closed,’ so we left,”"), spans("“The sign said ‘closed,’ so we left,” a visitor said."));
  }

  @Test
  void anUnclosedQuoteRunsToTheEndOfItsParagraph() {
    Document doc = marked("“We will not leave, the chairwoman said.\n\nThe meeting ended at noon.");
    assertEquals(1, doc.quotes().size());
    QuoteDraft quote = doc.quotes().get(0);
    assertFalse(quote.closed);
    assertEquals("“We will not leave, the chairwoman said.", quote.span.text(doc.text()));
  }

  @Test
  void aQuoteOverParagraphsOpensEachParagraphAndClosesOnlyAtTheEnd() {
    Document doc = marked("“The first part of what I have to say is about roads.\n\n“The second part is about schools.\n\n"
        + "“And the last part is about taxes,” the governor said.");
    List<QuoteDraft> quotes = doc.quotes();
    assertEquals(3, quotes.size(), quotes.toString());
    assertNull(quotes.get(0).continues);
    assertSame(quotes.get(0), quotes.get(1).continues);
    assertSame(quotes.get(1), quotes.get(2).continues);
    assertTrue(quotes.get(2).closed);
    assertFalse(quotes.get(0).closed);
  }

  @Test
  void aForgottenClosingMarkEndsTheQuoteAtTheNextOpeningOne() {
    assertEquals(List.of("“We are ready.", "“So are we,”"), spans("“We are ready. “So are we,” the two coaches said."));
  }

  @Test
  void aQuoteThatStartsASentenceIsProvisionallyDirectAndOneInsideItPartial() {
    Document doc = marked("“We won,” she said. The crowd called it “a night to remember.”");
    assertEquals(QuoteKind.DIRECT, doc.quotes().get(0).kind);
    assertEquals(QuoteKind.PARTIAL, doc.quotes().get(1).kind);
    assertNotNull(doc.quotes().get(1).span);
  }
}
