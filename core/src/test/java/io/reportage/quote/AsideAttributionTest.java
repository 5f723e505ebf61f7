package io.reportage.quote;

import static io.reportage.quote.AttributionTest.analyze;
import static io.reportage.quote.AttributionTest.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reportage.Analysis;
import io.reportage.Quote;
import io.reportage.QuoteKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What stands between a speaker, its cue and the content, on sentences written for these tests:
 * time phrases, sentence adverbs and asides, relative clauses, "as" clauses and post-modified subjects.
 */
class AsideAttributionTest {
  @BeforeAll
  static void build() {
    AttributionTest.build();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      time phrase before the cue    # The water board this week announced it would raise rates in March.          # it would raise rates in March          # The water board
      adverb and time phrase        # The water board just last week announced it would raise rates in March.     # it would raise rates in March          # The water board
      day before the cue            # Mayor Ana Ortiz on Monday said the bridge would open in May.                # the bridge would open in May           # Mayor Ana Ortiz
      adverb aside before the cue   # Several farmers, however, doubt the wisdom of the new dam.                  # the wisdom of the new dam              # Several farmers
      aside before that             # The inspectors warned, as did the mayor herself, that the bridge might need repairs. # the bridge might need repairs # The inspectors
      prepositional aside, that     # The mayor argued, in a letter to the council, that the budget was sound.    # the budget was sound                   # The mayor
      adjective and object pronoun  # People close to her say that she will run again.                            # she will run again                     # People close to her
      those and object pronoun      # Those close to him say that he will not run again.                          # he will not run again                  # Those close to him
      """)
  void findsSpeakerAndContentAcrossWhatStandsBetween(String construction, String paragraph, String content, String mention) {
    Analysis analysis = analyze(paragraph);
    Quote quote = quote(analysis, content, QuoteKind.INDIRECT);
    assertEquals(content, quote.text(), construction);
    assertNotNull(quote.speakerMention(), construction + ": " + quote);
    assertEquals(mention, quote.speakerMention().text(), construction);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      who                      # Tom Baker, who has long called for a new school, attacked the budget.               # a new school           # who
      who with joined names    # Ana Ortiz and Tom Baker, who together vowed to end the strike, signed the contract. # to end the strike      # who
      many of whom             # Parents of the pupils, many of whom say the school is unsafe, met the mayor.      # the school is unsafe   # many of whom
      participle inside        # Tom Baker, who said the bridge, built in 1950, was unsafe, voted against the plan. # the bridge, built in 1950, was unsafe # who
      """)
  void contentSaidInARelativeClauseEndsWithTheClause(String construction, String paragraph, String content, String mention) {
    Analysis analysis = analyze(paragraph);
    Quote quote = quote(analysis, content, QuoteKind.INDIRECT);
    assertEquals(content, quote.text(), construction);
    assertEquals(mention, quote.speakerMention().text(), construction);
  }

  @Test
  void theMainClauseAfterARelativeClauseIsItsSubjectsOwn() {
    Analysis analysis = analyze("Tom Baker, who has long called for a new school, attacked the budget.");
    Quote quote = quote(analysis, "the budget", QuoteKind.INDIRECT);
    assertEquals("Tom Baker", quote.speakerMention().text());
    assertEquals(quote(analysis, "a new school", QuoteKind.INDIRECT).speaker(), quote.speaker(), "\"who\" is Tom Baker");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      as clause last           # Nobody knows whether the dam will hold, as engineers have warned.       # Nobody knows whether the dam will hold       # engineers
      as clause first          # As the county engineer has pointed out, the dam is fifty years old.     # the dam is fifty years old                   # the county engineer
      as clause after but      # But, as the county engineer noted, the dam is fifty years old.          # the dam is fifty years old                   # the county engineer
      as clause in the middle  # Ortiz, as she has said many times, wants a new library.                 # Ortiz, as she has said many times, wants a new library # she
      as clause after if       # If, as the engineers have warned, the dam fails, the valley will flood. # the dam fails                               # the engineers
      """)
  void anAsClauseAttributesTheMainClause(String construction, String paragraph, String content, String mention) {
    Analysis analysis = analyze(paragraph);
    Quote quote = quote(analysis, content, QuoteKind.INDIRECT);
    assertEquals(content, quote.text(), construction);
    assertEquals(mention, quote.speakerMention().text(), construction);
    assertEquals("as-clause", quote.rule(), construction);
  }

  @Test
  void anAsClauseThatTellsWhenAttributesNothing() {
    Analysis analysis = analyze("As the mayor spoke, the crowd cheered.");
    assertTrue(analysis.quotes().stream().noneMatch(q -> q.text().contains("crowd cheered")), analysis.quotes().toString());
  }

  @Test
  void aTimePhraseBeforeAParticipleEndsItsNounPhrase() {
    Analysis analysis = analyze("The firm released a report this week showing that sales fell.");
    assertTrue(analysis.quotes().stream().noneMatch(q -> q.speakerMention() != null && q.speakerMention().text().equals("a report")),
        analysis.quotes().toString());
  }
}
