package io.reportage.text;

import static io.reportage.text.TextFixtures.sentences;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reportage.pipeline.Document;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceSplitterStageTest {

  /** A one-paragraph input, then its expected sentences separated by " || ". */
  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiterString = "=>", quoteCharacter = '~', textBlock = """
      He left. She stayed.                                         => He left. || She stayed.
      Mr. Peskov spoke. Sen. Warren replied.                       => Mr. Peskov spoke. || Sen. Warren replied.
      Gen. Smith and Dr. Jones met Gov. Lee.                       => Gen. Smith and Dr. Jones met Gov. Lee.
      The U.S. Navy sailed. The U.S. said no.                      => The U.S. Navy sailed. || The U.S. said no.
      He moved to the U.S. The talks went on.                      => He moved to the U.S. || The talks went on.
      Officials in Washington, D.C. said so.                       => Officials in Washington, D.C. said so.
      John F. Kennedy was president.                               => John F. Kennedy was president.
      It rose 3.5 percent. Then it fell.                           => It rose 3.5 percent. || Then it fell.
      He cited No. 10 officials. Putin agreed.                     => He cited No. 10 officials. || Putin agreed.
      He said no. Putin agreed.                                    => He said no. || Putin agreed.
      Talks start at 3 p.m. The leaders arrive at noon.            => Talks start at 3 p.m. || The leaders arrive at noon.
      Talks start at 3 p.m. Moscow time.                           => Talks start at 3 p.m. Moscow time.
      ~“We are ready.” Then he left.~                              => ~“We are ready.” || Then he left.~
      ~“Are you ready?” he asked.~                                 => ~“Are you ready?” he asked.~
      ~"Are you ready?" he asked. "Yes," she said.~                => ~"Are you ready?" he asked. || "Yes," she said.~
      ~He said: "We are ready." She nodded.~                       => ~He said: "We are ready." || She nodded.~
      ~He left. "We are ready," she said.~                         => ~He left. || "We are ready," she said.~
      ~He left. ''We are ready,'' she said. ''Now.''~              => ~He left. || ''We are ready,'' she said. || ''Now.''~
      ~He said it was ''too late.'' Then he left.~                 => ~He said it was ''too late.'' || Then he left.~
      ~It was ‘pretty long.’ Then it ended.~                       => ~It was ‘pretty long.’ || Then it ended.~
      (He declined to comment.) The talks continue.                => (He declined to comment.) || The talks continue.
      Wait... What happened?                                       => Wait... || What happened?
      He paused... and went on.                                    => He paused... and went on.
      Yes! No? Maybe.                                              => Yes! || No? || Maybe.
      Really?! Yes.                                                => Really?! || Yes.
      The summit—planned for June—was cancelled. Aides said so.    => The summit—planned for June—was cancelled. || Aides said so.
      In 2015. 2016 was worse.                                     => In 2015. || 2016 was worse.
      It cost $1.5bn. Critics balked.                              => It cost $1.5bn. || Critics balked.
      1. The first point is clear.                                 => 1. The first point is clear.
      It was done.The next day he left.                            => It was done. || The next day he left.
      Apple Inc. The company said so.                              => Apple Inc. || The company said so.
      It cost 5 p.c. of the total.                                 => It cost 5 p.c. of the total.
      See https://example.com/a.b. Then leave.                     => See https://example.com/a.b. || Then leave.
      """)
  void endsSentencesWhereNewsProseEndsThem(String input, String expected) {
    assertEquals(Arrays.asList(expected.split(" \\|\\| ")), sentences(input), () -> "sentences of «" + input + "»");
  }

  @Test
  void aParagraphAlwaysEndsASentence() {
    assertEquals(List.of("No period here", "Next paragraph"), sentences("No period here\n\nNext paragraph"));
    assertEquals(List.of("Headline without stop", "The story starts here."),
        sentences("Headline without stop\n\nThe story starts here."));
  }

  @Test
  void aSentenceNeverCrossesAParagraph() {
    Document doc = TextFixtures.textStages("First line, no stop\n\nsecond paragraph goes on\n\nand a third.");
    for (int s = 0; s < doc.sentenceCount(); s++) {
      assertEquals(doc.paragraphOf(doc.sentenceStart(s)), doc.paragraphOf(doc.sentenceEnd(s) - 1), "sentence " + s);
    }
  }

  @Test
  void anUnboundedSentenceIsCutSoNoStageSeesMoreThanTheLimit() {
    String text = "word ".repeat(1000);
    Document doc = TextFixtures.textStages(text);
    assertEquals(1000, doc.tokenCount());
    for (int s = 0; s < doc.sentenceCount(); s++) {
      assertTrue(doc.sentenceEnd(s) - doc.sentenceStart(s) <= SentenceSplitterStage.MAX_SENTENCE_TOKENS);
    }
    assertEquals((1000 + SentenceSplitterStage.MAX_SENTENCE_TOKENS - 1) / SentenceSplitterStage.MAX_SENTENCE_TOKENS,
        doc.sentenceCount());
  }

  @Test
  void noTokensGiveNoSentences() {
    assertEquals(List.of(), sentences(""));
    assertEquals(List.of(), sentences(" \n\t\u0000 "));
  }

  @Test
  void sentencesCoverEveryTokenInOrder() {
    Document doc = TextFixtures.textStages("Quote: “Go.” He went! “Why?” she asked... Then \u201Cnothing\u201D.\n\n\"Unclosed");
    int expected = 0;
    for (int s = 0; s < doc.sentenceCount(); s++) {
      assertEquals(expected, doc.sentenceStart(s));
      expected = doc.sentenceEnd(s);
    }
    assertEquals(doc.tokenCount(), expected);
  }
}
