package io.reportage.text;

import static io.reportage.text.TextFixtures.brokenTiling;
import static io.reportage.text.TextFixtures.structure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reportage.Boilerplate;
import io.reportage.BoilerplateKind;
import io.reportage.Span;
import io.reportage.pipeline.Document;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleStructureStageTest {
  private static final String STORY = "The talks in Geneva ended late on Tuesday, officials said.";

  private static String headline(Document doc) {
    return doc.headline() == null ? null : doc.headline().text(doc.text());
  }

  private static String source(Document doc) {
    return doc.source() == null ? null : doc.source().text(doc.text());
  }

  private static String body(Document doc) {
    return doc.body().text(doc.text()).strip();
  }

  private static List<BoilerplateKind> kinds(Document doc) {
    return doc.boilerplate().stream().map(Boilerplate::kind).collect(Collectors.toList());
  }

  private static Document checked(String text) {
    Document doc = structure(text);
    assertNull(brokenTiling(doc), () -> "tiling of «" + text + "»");
    return doc;
  }

  // ---- headlines

  /** A first line, then whether it reads as a headline (a story paragraph always follows it). */
  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiterString = "=>", quoteCharacter = '~', textBlock = """
      Putin-Trump meeting necessary – Kremlin                             => true
      Senate passes budget bill, sends it to president                    => true
      Why did the Geneva talks fail?                                      => true
      ~“We will not back down,” minister says~                            => true
      Minister heads home to the U.S.                                     => true
      3 killed as storm hits coast                                        => true
      The talks ended late on Tuesday, officials said.                    => false
      Talks ended. The minister left                                      => false
      He said:                                                            => false
      The minister said that the talks, which began on Monday,            => false
      ~the talks resume~                                                  => false
      Via RT                                                              => false
      By Anna Petrova                                                     => false
      July 4, 2025                                                        => false
      Leave a Reply                                                       => false
      """)
  void theFirstLineIsAHeadlineWhenItReadsAsOne(String firstLine, boolean isHeadline) {
    Document doc = checked(firstLine + "\n\n" + STORY);
    assertEquals(isHeadline ? firstLine : null, headline(doc));
    if (isHeadline) {
      assertEquals(STORY, body(doc));
    }
  }

  @Test
  void aTooLongFirstLineIsNotAHeadline() {
    String line = "Word ".repeat(31).strip();
    assertNull(headline(checked(line + "\n\n" + STORY)));
  }

  @Test
  void aSingleParagraphIsBodyNotHeadline() {
    Document doc = checked("Putin-Trump meeting necessary – Kremlin");
    assertNull(headline(doc));
    assertEquals(new Span(0, doc.text().length()), doc.body());
  }

  @Test
  void theHeadlineIsAnalysedFirstAndIsNotPartOfTheBody() {
    Document doc = checked("Summit off\n\n" + STORY);
    assertEquals(List.of(new Span(0, 10), new Span(12, 12 + STORY.length())), doc.paragraphs());
    assertTrue(doc.isHeadline(0));
    assertEquals(STORY, body(doc));
  }

  // ---- credited outlets and front matter

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiterString = "=>", quoteCharacter = '~', textBlock = """
      Via RT                              => RT
      via Reuters.                        => Reuters
      Source: Reuters                     => Reuters
      SOURCE: The Liberty Daily           => The Liberty Daily
      Courtesy of Al Jazeera              => Al Jazeera
      Originally published by TASS        => TASS
      Source – Associated Press           => Associated Press
      From Bloomberg                      => Bloomberg
      """)
  void aCreditLineUnderTheHeadlineNamesTheOutlet(String creditLine, String outlet) {
    String text = "Summit off\n\n" + creditLine + "\n\n" + STORY;
    Document doc = checked(text);
    assertEquals("Summit off", headline(doc));
    assertEquals(outlet, source(doc));
    assertEquals(STORY, body(doc), "the credit line belongs to the headline block");
    assertEquals(1, doc.paragraphs().size() - 1, "the credit line is not analysed");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiterString = "=>", quoteCharacter = '~', textBlock = """
      Sources close to the talks said they would fail.
      From Monday, the talks move to Vienna.
      Source material was leaked to reporters on Monday
      Via Appia reopens after the storm, the mayor said.
      """)
  void aStoryParagraphThatStartsLikeACreditIsStory(String paragraph) {
    Document doc = checked("Summit off\n\n" + paragraph + "\n\n" + STORY);
    assertNull(source(doc));
    assertEquals(paragraph + "\n\n" + STORY, body(doc));
  }

  @Test
  void bylinesAndDateLinesUnderTheHeadlineAreFrontMatter() {
    String text = "Summit off\n\nBy Anna Petrova and John Doe, Reuters\n\nPublished: July 4, 2025 14:03 GMT\n\n" + STORY;
    Document doc = checked(text);
    assertEquals(STORY, body(doc));
    assertEquals(2, doc.paragraphs().size());
  }

  @Test
  void aSentenceThatStartsWithByIsStory() {
    String text = "Summit off\n\nBy Friday, the talks had collapsed.\n\n" + STORY;
    assertEquals("By Friday, the talks had collapsed.\n\n" + STORY, body(checked(text)));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiterString = "=>", quoteCharacter = '~', textBlock = """
      MOSCOW (Reuters) - The Kremlin said on Friday it was ready.                  => Reuters
      WASHINGTON, March 3 (AP) — The Senate passed the bill.                       => AP
      GENEVA, July 4 (Agence France-Presse) – Talks resumed.                       => Agence France-Presse
      (Reuters) - The Kremlin said on Friday it was ready.                         => Reuters
      """)
  void aWireDatelineNamesTheOutlet(String lead, String outlet) {
    Document doc = checked("Summit off\n\n" + lead + "\n\n" + STORY);
    assertEquals(outlet, source(doc));
    assertTrue(body(doc).startsWith(lead), "the dateline stays in the story it opens");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiterString = "=>", quoteCharacter = '~', textBlock = """
      The minister (a former banker) - who spoke first - left early.
      NATO members (including Turkey) - all 32 of them - agreed.
      The agency said (see below) - nothing.
      """)
  void parenthesesInAStoryAreNotADateline(String lead) {
    assertNull(source(checked("Summit off\n\n" + lead + "\n\n" + STORY)));
  }

  @Test
  void aCreditLineAtTheEndNamesTheOutletAndIsSplitOff() {
    String text = "Summit off\n\n" + STORY + "\n\nSource: TASS\n";
    Document doc = checked(text);
    assertEquals("TASS", source(doc));
    assertEquals(STORY, body(doc));
    assertEquals(List.of(BoilerplateKind.SITE_FURNITURE), kinds(doc));
  }

  // ---- boilerplate

  @Test
  void appendedSiteBoilerplateIsSplitOffParagraphByParagraph() {
    String text = "Summit off\n\n" + STORY + "\n\n"
        + "••••\n\n"
        + "The Daily Lantern is reader-funded. We have never run ads, and we ask you to consider a small donation.\n\n"
        + "* * *\n\n"
        + "Comment Policy: Comments are reviewed before they appear. Spam and abuse are removed.\n\n"
        + "Disclaimer: This site may contain copyrighted material used under “fair use” for commentary.\n\n"
        + "Be the first to comment\n\n"
        + "Leave a Reply\n\n"
        + "Your email address will not be published.\n\n"
        + "*";
    Document doc = checked(text);
    assertEquals(STORY, body(doc));
    assertEquals(text.indexOf("••••"), doc.body().end());
    assertEquals(List.of(BoilerplateKind.SEPARATOR, BoilerplateKind.DONATION_APPEAL, BoilerplateKind.SEPARATOR,
        BoilerplateKind.COMMENT_POLICY, BoilerplateKind.DISCLAIMER, BoilerplateKind.COMMENT_FORM,
        BoilerplateKind.COMMENT_FORM, BoilerplateKind.COMMENT_FORM, BoilerplateKind.SEPARATOR), kinds(doc));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiterString = "=>", quoteCharacter = '~', textBlock = """
      ~“We rely on donations from our members,” the charity’s director said.~
      The charity has received donations from 40 countries since March.
      Related talks are planned for next week.
      Copyright lawyers for the studio filed the suit on Monday.
      Share prices fell 3% after the announcement.
      Comments by the minister angered the opposition.
      The disclaimer on the bottle was too small to read, the court found.
      ~”~
      """)
  void aLastStoryParagraphThatMentionsACueStaysInTheBody(String lastParagraph) {
    String text = "Summit off\n\n" + STORY + "\n\n" + lastParagraph;
    Document doc = checked(text);
    assertEquals(List.of(), doc.boilerplate());
    assertTrue(body(doc).endsWith(lastParagraph));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiterString = "=>", quoteCharacter = '~', textBlock = """
      Related: Minister resigns over leaked memo                => SITE_FURNITURE
      Read more: How the Geneva talks failed                     => SITE_FURNITURE
      Share this article                                         => SITE_FURNITURE
      Subscribe to our newsletter.                               => SITE_FURNITURE
      Advertisement                                              => SITE_FURNITURE
      Reporting by Anna Petrova; Editing by John Doe             => SITE_FURNITURE
      © 2025 The Daily Lantern. All rights reserved.             => DISCLAIMER
      Copyright 2025 The Daily Lantern                           => DISCLAIMER
      The views expressed in this article are the author’s own.  => DISCLAIMER
      Please support our work with a monthly gift.               => DONATION_APPEAL
      Donate now                                                 => DONATION_APPEAL
      Leave a comment                                            => COMMENT_FORM
      ———                                                        => SEPARATOR
      """)
  void aLastParagraphOfSiteFurnitureIsBoilerplate(String lastParagraph, BoilerplateKind kind) {
    String text = "Summit off\n\n" + STORY + "\n\n" + lastParagraph + "\n";
    Document doc = checked(text);
    assertEquals(List.of(kind), kinds(doc));
    assertEquals(STORY, body(doc));
  }

  @Test
  void shortLabelLinesAreTakenAlongOnlyAfterRealBoilerplate() {
    String after = "Summit off\n\n" + STORY + "\n\nShare this:\n\nPhoto: Anna Petrova\n\nTags: Geneva, talks";
    assertEquals(STORY, body(checked(after)));
    assertEquals(3, checked(after).boilerplate().size());

    String alone = "Summit off\n\n" + STORY + "\n\nPhoto: Anna Petrova";
    assertEquals(List.of(), checked(alone).boilerplate(), "a label line alone after the story stays in the body");
  }

  @Test
  void boilerplateInTheMiddleOfTheStoryIsNeverCut() {
    String text = "Summit off\n\n" + STORY + "\n\nAdvertisement\n\nLeave a Reply\n\nThe minister left at noon.";
    Document doc = checked(text);
    assertEquals(List.of(), doc.boilerplate());
    assertTrue(body(doc).endsWith("The minister left at noon."));
  }

  @Test
  void theFirstParagraphIsNeverBoilerplate() {
    Document doc = checked("Leave a Reply\n\nComment Policy: be kind.");
    assertEquals(new Span(0, doc.body().end()), doc.body());
    assertEquals("Leave a Reply", body(doc));
    assertEquals(List.of(BoilerplateKind.COMMENT_POLICY), kinds(doc));
  }

  @Test
  void boilerplateParagraphsGetNoTokens() {
    String text = "Summit off\n\n" + STORY + "\n\nDisclaimer: Putin and Trump are named here for no reason.";
    Document doc = TextFixtures.textStages(text);
    int boilerplateStart = doc.body().end();
    for (int t = 0; t < doc.tokenCount(); t++) {
      assertTrue(doc.tokenEnd(t) <= boilerplateStart, "token " + doc.token(t) + " lies in the boilerplate");
    }
  }

  // ---- the promise: every character in exactly one part

  @Test
  void emptyAndBlankTextsAreAllBody() {
    for (String text : new String[] {"", " ", "\n\n\n", "\u0000\u200B", "\uD800"}) {
      Document doc = checked(text);
      assertEquals(new Span(0, text.length()), doc.body());
      assertNull(doc.headline());
    }
  }

  @Test
  void partsTileRandomArticlesWithoutGapOrOverlap() {
    String[] pieces = {"Summit off", "Via RT", "By Anna Petrova", "July 4, 2025", STORY, "“Quoted,” he said.", "••••",
        "Leave a Reply", "Comment Policy: be kind.", "We need your donations.", "Tags: talks", "(Reuters) - Talks.",
        "Source: TASS", "\u0000", "\uD800", "\u2029", "”", "  ", "Related: more"};
    String[] breaks = {"\n", "\n\n", "\r\n\r\n", " ", "\u2028"};
    Random random = new Random(7);
    for (int round = 0; round < 3000; round++) {
      StringBuilder text = new StringBuilder();
      int parts = random.nextInt(12);
      for (int i = 0; i < parts; i++) {
        text.append(pieces[random.nextInt(pieces.length)]).append(breaks[random.nextInt(breaks.length)]);
      }
      checked(text.toString());
    }
  }
}
