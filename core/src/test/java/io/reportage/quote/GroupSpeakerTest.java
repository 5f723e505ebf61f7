package io.reportage.quote;

import static io.reportage.quote.AttributionTest.analyze;
import static io.reportage.quote.AttributionTest.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.reportage.Analysis;
import io.reportage.Entity;
import io.reportage.Quote;
import io.reportage.QuoteKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A share of people speaks as a group, as polls and reports quote them ("Some say", "42% say"). */
class GroupSpeakerTest {
  @BeforeAll
  static void build() {
    AttributionTest.build();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      quantifier           # Some say the new ferry is too slow.                                    # the new ferry is too slow        # Some
      quantifier after but # The ferry has its fans, but most say it is too slow.                   # it is too slow                   # most
      percentage           # Among riders, 42% say the ferry is too slow.                           # the ferry is too slow            # 42%
      share                # One in five say they would pay more for a faster boat.                  # they would pay more              # One in five
      fraction             # Nearly a third say they have never taken the ferry.                     # they have never taken the ferry  # a third
      half                 # Nearly half said the harbor needs a second ferry.                      # the harbor needs a second ferry  # half
      those polled         # Those surveyed say the harbor should stay open at night.               # the harbor should stay open      # Those surveyed
      all after a phrase   # To varying degrees, all agreed that the ferry had to be replaced.      # the ferry had to be replaced     # all
      not everyone         # Not everyone says the ferry should be replaced.                        # the ferry should be replaced     # Not everyone
      no one               # No one says the old ferry can last another winter.                    # the old ferry can last           # No one
      """)
  void theShareIsTheSpeaker(String what, String sentence, String content, String mention) {
    Analysis analysis = analyze(sentence);
    Quote quote = quote(analysis, content, QuoteKind.INDIRECT);
    assertEquals(mention, quote.speakerMention().text(), what);
    Entity speaker = analysis.entity(quote.speaker()).orElseThrow();
    assertNull(speaker.name(), what + ": a share of people is no name");
  }
}
