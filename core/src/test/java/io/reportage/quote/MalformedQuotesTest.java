package io.reportage.quote;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reportage.Analysis;
import io.reportage.Extractor;
import io.reportage.Quote;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Quotation marks as they come in the wild: nothing here may throw, and every quote must lie inside the text. */
class MalformedQuotesTest {
  private static Extractor extractor;

  @BeforeAll
  static void build() {
    extractor = Extractor.create();
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of("only marks", "“ ” \" ' ‘ ’ « » „ ‟ `` ''"),
        Arguments.of("opening marks only", "“““““ \"\"\" ‘‘‘"),
        Arguments.of("closing marks only", "The vote ” passed ” again ” said ” nobody."),
        Arguments.of("unclosed at the end", "The mayor said: “We will"),
        Arguments.of("closed before opened", "” We will win “ the mayor said."),
        Arguments.of("mixed curly and straight", "“We will win,\" the mayor said, \"and ‘soon’.”"),
        Arguments.of("nested three deep", "“He said ‘she told me “no” twice’ and left,” Ana Ortiz said."),
        Arguments.of("quote mark inside a word", "The O”Brien case and rock“n”roll are odd,” said a clerk."),
        Arguments.of("apostrophes everywhere", "’Tis the ’90s, y’all ’re ’bout to see ’em ’n’ us."),
        Arguments.of("mark at every paragraph start", "“One\n\n“Two\n\n“Three\n\n“Four,” said Ana Ortiz."),
        Arguments.of("empty quotes", "She said “” and then \"\" and ‘’ again."),
        Arguments.of("only a cue", "said said told according to according to"),
        Arguments.of("cue before nothing", "Ana Ortiz said"),
        Arguments.of("according to at the end", "according to"),
        Arguments.of("control characters", "“We\u0000 will\u0007 win,”\u001b said\u0008 Ana Ortiz."),
        Arguments.of("lone surrogates", "“We \uD800 will win \uDC00,” said Ana \uD83D Ortiz."),
        Arguments.of("dashes and colons only", "— : — : “ — ” : —"),
        Arguments.of("transcript labels without text", "ORTIZ:\n\nORTIZ:\n\nQ:\n\nA:"),
        Arguments.of("a headline of marks", "“”\n\n“We will,” she said."),
        Arguments.of("guillemets", "«Nous gagnerons», a dit Ana Ortiz. »Wir gewinnen«, sagte sie."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void neverThrowsAndKeepsQuotesInsideTheText(String what, String text) {
    Analysis analysis = assertDoesNotThrow(() -> extractor.analyze(text), what);
    for (Quote quote : analysis.quotes()) {
      assertTrue(quote.start() >= 0 && quote.end() <= text.length() && quote.start() < quote.end(), what + ": " + quote);
      assertEquals(text.substring(quote.start(), quote.end()), quote.text(), what);
    }
  }

  @Test
  void thousandsOfUnbalancedMarksStayLinear() {
    StringBuilder text = new StringBuilder("A long and broken article\n\n");
    String[] pieces = {"“", "”", "\"", "‘", "’", "'", " said Ana Ortiz, ", " according to the mayor ", " the word ", "\n\n"};
    for (int i = 0; i < 60_000; i++) {
      text.append(pieces[(i * 7 + i / 13) % pieces.length]).append("word").append(i % 10).append(' ');
    }
    Analysis analysis = assertDoesNotThrow(() -> extractor.analyze(text.toString()));
    assertTrue(analysis.quotes().size() > 100, "quotes found: " + analysis.quotes().size());
  }
}
