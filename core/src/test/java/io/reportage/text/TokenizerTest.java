package io.reportage.text;

import static io.reportage.text.TextFixtures.tokenSpans;
import static io.reportage.text.TextFixtures.tokens;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reportage.Span;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenizerTest {

  /** Input, then the expected tokens separated by single spaces (tokens never hold white space). */
  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      # words and hyphens
      Putin-Trump meeting necessary                 | Putin-Trump meeting necessary
      a well-known, nearly one-hour call            | a well-known , nearly one-hour call
      a 9-year-old boy                              | a 9-year-old boy
      AT&T and R&D                                  | AT&T and R&D
      The summit—planned for June—was off           | The summit — planned for June — was off
      pages 10-12 -- or more                        | pages 10-12 -- or more
      # abbreviations, initialisms, initials
      the U.S. and the U.K. agreed                  | the U.S. and the U.K. agreed
      Mr. Peskov and Sen. Warren                    | Mr. Peskov and Sen. Warren
      John F. Kennedy                               | John F. Kennedy
      at 10:30 a.m. Moscow time                     | at 10:30 a.m. Moscow time
      Acme Inc. and Smith Bros. said                | Acme Inc. and Smith Bros. said
      U.S.-Russia ties                              | U.S. - Russia ties
      a Ph.D. student                               | a Ph.D. student
      # abbreviations that are also words keep their period only in context
      No. 10 Downing Street                         | No. 10 Downing Street
      He said no. Then he left                      | He said no . Then he left
      Springfield, Ill. officials                   | Springfield , Ill. officials
      He fell ill. Then he left                     | He fell ill . Then he left
      a near miss. Putin said                       | a near miss . Putin said
      # sentence ends
      It is over.                                   | It is over .
      It is over!                                   | It is over !
      Is it over?                                   | Is it over ?
      He paused... Then he spoke                    | He paused ... Then he spoke
      He paused… and spoke                          | He paused … and spoke
      talks ended.The next day                      | talks ended . The next day
      # numbers
      It rose 3.5% to $1,000.50.                    | It rose 3.5 % to $ 1,000.50 .
      24/7 and/or 9/11                              | 24/7 and / or 9/11
      in 2015. 2016 was                             | in 2015 . 2016 was
      # contractions and possessives
      didn't                                        | did n't
      Didn’t                                        | Did n’t
      can't won’t isn't                             | ca n't wo n’t is n't
      Russia's Peskov’s                             | Russia 's Peskov ’s
      they're we’ve I'm she'll he'd                 | they 're we ’ve I 'm she 'll he 'd
      O'Brien and rock'n'roll y'all                 | O'Brien and rock'n'roll y'all
      O'Neill's plan                                | O'Neill 's plan
      the leaders’ summit                           | the leaders ’ summit
      the '90s                                      | the ' 90s
      # clitics written apart stay whole; a quoted letter does not
      Brazil 's mayor and they 're here             | Brazil 's mayor and they 're here
      CHILE ’S TEAM , we ’ll see .                  | CHILE ’S TEAM , we ’ll see .
      press the 's' key and 'sure'                  | press the ' s ' key and ' sure '
      he said 'so it goes'                          | he said ' so it goes '
      # quotation marks: each one a token
      “necessary”                                   | “ necessary ”
      ~"yes," he said~                              | ~" yes , " he said~
      ‘no’ and «non» and „ja“                       | ‘ no ’ and « non » and „ ja “
      ~He said: "We are ready."~                    | ~He said : " We are ready . "~
      “”“                                           | “ ” “
      ``quoted''                                    | ` ` quoted ' '
      # punctuation runs
      ••••                                          | ••••
      * * *                                         | * * *
      !!! ?!                                        | !!! ? !
      # URLs, e-mail, handles
      See https://example.com/a?b=1.                | See https://example.com/a?b=1 .
      (www.example.org/news)                        | ( www.example.org/news )
      (see http://example.com/x_(y))                | ( see http://example.com/x_(y) )
      write to press@example.com now                | write to press@example.com now
      @KremlinRussia_E said #Ukraine                | @KremlinRussia_E said #Ukraine
      RT.com reported                               | RT.com reported
      # symbols and emoji
      great 👍🏽 news                                 | great 👍🏽 news
      a family 👨‍👩‍👧 photo                              | a family 👨‍👩‍👧 photo
      flags 🇺🇦🇷🇺 here                                | flags 🇺🇦 🇷🇺 here
      love ❤️ it                                     | love ❤️ it
      © 2025 TLB                                    | © 2025 TLB
      """)
  void splitsAsNewsTokenizationDoes(String input, String expected) {
    assertEquals(Arrays.asList(expected.split(" ")), tokens(input), () -> "tokens of «" + input + "»");
  }

  @Test
  void invisibleAndControlCharactersSeparateTokensAndAreNeverPartOfOne() {
    assertEquals(List.of("a", "b", "c"), tokens("a\u0000b\u0007c"));
    assertEquals(List.of("Text"), tokens("\uFEFFText"));
    assertEquals(List.of("a", "b"), tokens("a\u200Bb"));
    assertEquals(List.of("a", "b"), tokens("a\u00A0b"));
    assertEquals(List.of("tab", "and", "break"), tokens("tab\tand\r\nbreak"));
    assertEquals(List.of(), tokens("\u0001\u0002\u001F\u007F\u0085"));
  }

  @Test
  void unpairedSurrogatesSeparateTokensAndNeverEndUpInOne() {
    assertEquals(List.of("ab", "cd"), tokens("ab\uD800cd"));
    assertEquals(List.of("x"), tokens("x\uDC00"));
    assertEquals(List.of("x"), tokens("x\uD83D"));
    assertEquals(List.of("a", "b"), tokens("a\uDC00\uD800b"));
    assertEquals(List.of("👍", "ok"), tokens("👍\uDC00ok"));
  }

  @Test
  void lettersOutsideTheBasicPlaneStayInTheirWord() {
    assertEquals(List.of("𝐀𝐁𝐂", "word"), tokens("𝐀𝐁𝐂 word"));
    assertEquals(List.of("cafe\u0301", "au", "lait"), tokens("cafe\u0301 au lait"));
  }

  @Test
  void offsetsAreUtf16IndicesSoAnEmojiCountsTwo() {
    String text = "a 👍 b";
    assertEquals(List.of(new Span(0, 1), new Span(2, 4), new Span(5, 6)), tokenSpans(text));
  }

  @Test
  void tokenizesOnlyTheRangeItIsGiven() {
    String text = "outside [inside words] outside";
    List<String> found = new java.util.ArrayList<>();
    TextFixtures.TOKENIZER.tokenize(text, 9, 21, (s, e) -> found.add(text.substring(s, e)));
    assertEquals(List.of("inside", "words"), found);
  }

  @Test
  void aHighSurrogateAtTheEndOfTheRangeIsNotReadPastIt() {
    String text = "a👍";
    List<Span> found = new java.util.ArrayList<>();
    TextFixtures.TOKENIZER.tokenize(text, 0, 2, (s, e) -> found.add(new Span(s, e)));
    assertEquals(List.of(new Span(0, 1)), found, "the pair is cut by the range, so its half is a separator");
  }

  @Test
  void longRunsOfOnePunctuationAreCutIntoBoundedTokens() {
    List<Span> spans = tokenSpans("-".repeat(1000));
    assertTrue(spans.stream().allMatch(s -> s.length() <= Tokenizer.MAX_RUN), "no token longer than the bound");
    assertEquals(1000, spans.stream().mapToInt(Span::length).sum());
  }

  /** Random text of every awkward kind: tokens are in order, non-empty, non-overlapping, and hold no separator. */
  @Test
  void tokensOfRandomTextAreOrderedNonEmptyAndFreeOfSeparators() {
    String[] pieces = {"a", "Z", "1", ".", ",", "'", "’", "\"", "“", "”", " ", "\n", "\u0000", "\uD800", "\uDC00",
        "👍", "\u200D", "\uFE0F", "-", "—", "U.S.", "Mr.", "http://", "www.", "@", "#", "n't", "'s", "…", "©", "\u0301"};
    Random random = new Random(42);
    for (int round = 0; round < 2000; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(30);
      for (int i = 0; i < length; i++) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String input = text.toString();
      int previousEnd = 0;
      for (Span span : tokenSpans(input)) {
        assertTrue(span.start() >= previousEnd && span.end() > span.start(), () -> "tokens out of order in «" + input + "»");
        for (int i = span.start(); i < span.end(); i++) {
          char c = input.charAt(i);
          boolean unpaired = Character.isHighSurrogate(c) && (i + 1 >= span.end() || !Character.isLowSurrogate(input.charAt(i + 1)))
              || Character.isLowSurrogate(c) && (i == span.start() || !Character.isHighSurrogate(input.charAt(i - 1)));
          assertTrue(!Character.isWhitespace(c) && !Character.isISOControl(c) && !unpaired,
              () -> "token " + span + " holds a separator in «" + input + "»");
        }
        previousEnd = span.end();
      }
    }
  }
}
