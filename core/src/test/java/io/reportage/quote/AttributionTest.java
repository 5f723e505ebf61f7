package io.reportage.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reportage.Analysis;
import io.reportage.Entity;
import io.reportage.EntityType;
import io.reportage.Extractor;
import io.reportage.Quote;
import io.reportage.QuoteKind;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who said what, through the whole default pipeline, on short articles written for these tests.
 * Each covers one construction of news attribution.
 */
class AttributionTest {
  private static Extractor extractor;

  @BeforeAll
  static void build() {
    extractor = Extractor.create();
  }

  /** Analyses paragraphs given with "|" between them, after a title line so that none is read as a headline. */
  static Analysis analyze(String paragraphs) {
    return extractor.analyze("Town news of the week\n\n" + paragraphs.replace(" | ", "\n\n"));
  }

  /** The quote whose text contains {@code fragment} and whose kind is one of {@code kinds}. */
  static Quote quote(Analysis analysis, String fragment, QuoteKind... kinds) {
    List<QuoteKind> accepted = kinds.length == 0 ? List.of(QuoteKind.DIRECT, QuoteKind.PARTIAL) : List.of(kinds);
    return analysis.quotes().stream()
        .filter(q -> q.text().contains(fragment) && accepted.contains(q.kind()))
        .findFirst().orElseThrow(() -> new AssertionError("no " + accepted + " quote with '" + fragment + "' in " + analysis.quotes()));
  }

  static String speakerName(Analysis analysis, Quote quote) {
    if (quote.speaker() == null) {
      return null;
    }
    Entity entity = analysis.entity(quote.speaker()).orElseThrow();
    return entity.name() != null ? entity.name() : "(" + entity.roles().get(0).title() + ")";
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      speaker after the quote     # “The bridge will open in May,” Mayor Ana Ortiz said on Tuesday.               # The bridge           # Ana Ortiz
      speaker before, colon       # Mayor Ana Ortiz said: “The bridge will open in May.”                           # The bridge           # Ana Ortiz
      inverted                    # “The bridge will open in May,” said Mayor Ana Ortiz.                           # The bridge           # Ana Ortiz
      split quote, first half     # “The bridge,” said Mayor Ana Ortiz, “will open in May.”                        # The bridge           # Ana Ortiz
      split quote, second half    # “The bridge,” said Mayor Ana Ortiz, “will open in May.”                        # will open            # Ana Ortiz
      appositive                  # “We saw three cases this week,” Hugh Hill, a doctor at the county clinic, said. # three cases         # Hugh Hill
      title and party             # “This bill is dead,” Sen. Marco Reyes (R-Fla.) told reporters on Friday.       # This bill            # Marco Reyes
      speaker before, comma       # Ana Ortiz, the mayor, said, “We will finish the bridge.”                       # finish the bridge    # Ana Ortiz
      tweeted                     # Governor Paul Stein tweeted: “Proud of our firefighters tonight.”              # Proud of             # Paul Stein
      wrote                       # “The schools need more teachers,” Clara Diaz wrote in an op-ed on Sunday.      # more teachers        # Clara Diaz
      told a network              # “We are not leaving,” Omar Haddad told CNN.                                    # not leaving          # Omar Haddad
      according to                # The plan is “a disaster for farmers,” according to Senator Lena Berg.          # a disaster           # Lena Berg
      partial quote in a clause   # Ana Ortiz said the bridge was “nearly finished” and would open soon.           # nearly finished      # Ana Ortiz
      sentence split after quote  # “Why is this taking so long?” Tom Baker asked. “Nobody knows.”                 # taking so long       # Tom Baker
      same paragraph              # “We will appeal,” Tom Baker said. “The ruling ignores the evidence.”           # ignores the evidence # Tom Baker
      previous paragraph          # “We will appeal,” lawyer Tom Baker said. | “The ruling ignores the evidence.”   # ignores the evidence # Tom Baker
      dash layout                 # “I am tired of waiting for the bus.” — Ana Ortiz                               # tired of waiting     # Ana Ortiz
      """)
  void attributesEachConstruction(String construction, String paragraphs, String fragment, String speaker) {
    Analysis analysis = analyze(paragraphs);
    Quote quote = quote(analysis, fragment);
    assertEquals(speaker, speakerName(analysis, quote), construction + ": " + quote);
    assertNotNull(quote.speakerMention(), construction);
    assertTrue(quote.confidence() > 0 && quote.confidence() <= 1, construction + ": confidence " + quote.confidence());
    assertFalse(quote.rule().equals("none"), construction);
  }

  @Test
  void aPronounSpeakerIsResolvedAndItsLocalMentionKept() {
    Analysis analysis = analyze("Maria Lopez chairs the water board. | “We need more money for the pipes,” she said.");
    Quote quote = quote(analysis, "more money");
    assertEquals("Maria Lopez", speakerName(analysis, quote));
    assertEquals("she", quote.speakerMention().text());
  }

  @Test
  void anAnonymousSourceIsAnUnnamedEntityWithItsRole() {
    Analysis analysis = analyze("“The deal is off,” a senior administration official said.");
    Quote quote = quote(analysis, "deal is off");
    Entity speaker = analysis.entity(quote.speaker()).orElseThrow();
    assertNull(speaker.name());
    assertTrue(speaker.roles().stream().anyMatch(r -> r.title().contains("official")), speaker.toString());
    assertEquals("a senior administration official", quote.speakerMention().text());
  }

  @Test
  void anOrganizationSpeaksInAStatement() {
    Analysis analysis = analyze("“We regret the delay,” the company said in a statement.");
    Quote quote = quote(analysis, "regret the delay");
    assertNotNull(quote.speaker());
    assertEquals("the company", quote.speakerMention().text());
    assertEquals("said in a statement", quote.cue().text());
  }

  @Test
  void nestedAttributionNamesTheSpeakerAndWhoReportedIt() {
    Analysis analysis = analyze("According to aide Ivan Sorokin, Minister Boris Lind stressed that the border would stay open.");
    Quote quote = quote(analysis, "the border would stay open", QuoteKind.INDIRECT);
    assertEquals("Boris Lind", speakerName(analysis, quote));
    assertEquals("Ivan Sorokin", analysis.entity(quote.via()).orElseThrow().name());
  }

  @Test
  void transcriptLinesAreQuotesOfTheirLabel() {
    Analysis analysis = analyze("HOST: Will the bridge open in May? | ORTIZ: It will open in May, I promise. | "
        + "HOST: And the budget? | ORTIZ: The budget is fine.");
    Quote answer = quote(analysis, "It will open in May", QuoteKind.DIRECT);
    assertEquals("Ortiz", speakerName(analysis, answer));
    Quote question = quote(analysis, "And the budget", QuoteKind.DIRECT);
    assertEquals("(host)", speakerName(analysis, question), "HOST is a role, not a name");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      scare quote          # The so-called “reform” passed the council by one vote.              # reform
      title of a show      # She starred in “The Long Road Home” for three seasons.               # Long Road
      nickname             # Police arrested Joaquin “Shorty” Ramos at the border.                # Shorty
      single quoted word   # The ‘experts’ were wrong about the river again.                      # experts
      """)
  void leavesWhatIsNoQuoteUnattributed(String what, String paragraph, String fragment) {
    Analysis analysis = analyze(paragraph);
    Quote quote = quote(analysis, fragment);
    assertNull(quote.speaker(), what + ": " + quote);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      said that            # Ana Ortiz said that the bridge would open in May.                  # the bridge would open in May  # Ana Ortiz   # INDIRECT
      bare clause          # Ana Ortiz said the bridge would open in May.                       # the bridge would open in May  # Ana Ortiz   # INDIRECT
      told reporters that  # Ana Ortiz told reporters on Monday that the bridge would open.     # the bridge would open         # Ana Ortiz   # INDIRECT
      content first        # The bridge will open in May, Mayor Ana Ortiz told journalists.     # The bridge will open in May   # Ana Ortiz   # INDIRECT
      according to first   # According to Ana Ortiz, the bridge will open in May.               # the bridge will open in May   # Ana Ortiz   # INDIRECT
      according to last    # The bridge will open in May, according to Ana Ortiz.               # The bridge will open in May   # Ana Ortiz   # INDIRECT
      mixed                # Ana Ortiz said the bridge was “nearly finished” and would open soon. # the bridge was               # Ana Ortiz   # MIXED
      second cue, clause   # “We will fight this,” Ana Ortiz said, and said the suing towns were exaggerating their losses. # the suing towns were exaggerating # Ana Ortiz # INDIRECT
      participle adding    # Ana Ortiz said the bridge was safe, adding that inspectors had found no cracks. # inspectors had found no cracks # Ana Ortiz # INDIRECT
      """)
  void reportedSpeechIsAQuoteWithItsContent(String construction, String paragraph, String content, String speaker, QuoteKind kind) {
    Analysis analysis = analyze(paragraph);
    Quote quote = quote(analysis, content, QuoteKind.INDIRECT, QuoteKind.MIXED);
    assertEquals(kind, quote.kind(), construction);
    assertEquals(speaker, speakerName(analysis, quote), construction);
    assertNotNull(quote.cue(), construction);
    assertFalse(quote.text().toLowerCase(Locale.ROOT).contains(" said "), construction + ": the cue is no content: " + quote.text());
  }

  @Test
  void aCueWithABorrowedSpeakerIsTheCueAlone() {
    Analysis analysis = analyze("Ana Ortiz said the bridge was safe, adding that inspectors had found no cracks.");
    Quote quote = quote(analysis, "inspectors had found no cracks", QuoteKind.INDIRECT);
    assertEquals("adding", quote.cue().text());
    assertEquals("Ana Ortiz", quote.speakerMention().text());
  }

  @Test
  void contentSaidInASubordinateClauseEndsWithTheClause() {
    Analysis analysis = analyze("The talks stalled in March, but after the union said it would strike, the company raised its offer.");
    Quote quote = quote(analysis, "it would strike", QuoteKind.INDIRECT);
    assertEquals("it would strike", quote.text());
    assertEquals("the union", quote.speakerMention().text());
  }

  @Test
  void aTitleCaseHeadlineVerbAttributesWhatFollowsToItsSubject() {
    Analysis analysis = extractor.analyze("Mayor Ortiz Urges Review of Water Contract\n\nThe city signed the contract in 2019.");
    Quote quote = analysis.quotes().stream().filter(q -> q.rule().equals("headline-verb")).findFirst().orElseThrow();
    assertEquals("Review of Water Contract", quote.text());
    assertEquals("Mayor Ortiz", quote.speakerMention().text());
    assertEquals("Urges", quote.cue().text());
  }

  @Test
  void aShortFirstSentenceWithAFullStopIsReadAsATitle() {
    Analysis analysis = extractor.analyze("Mayor Ortiz urges review of water contract.\n\nThe city signed the contract in 2019.\n\n"
        + "It runs for ten years.");
    Quote quote = quote(analysis, "review of water contract", QuoteKind.INDIRECT);
    assertEquals("Mayor Ortiz", quote.speakerMention().text());
  }

  @Test
  void aHeadlineColonAfterASourceNounAttributesTheClaimButAColumnLabelDoesNot() {
    Analysis poll = extractor.analyze("Poll: Voters turn away from the mayor over water prices\n\nThe survey was taken last week.");
    Quote claim = poll.quotes().stream().filter(q -> q.rule().equals("headline-colon")).findFirst().orElseThrow();
    assertEquals("Voters turn away from the mayor over water prices", claim.text());
    assertEquals("Poll", claim.speakerMention().text());
    Analysis latest = extractor.analyze("The Latest: Mayor Ortiz urges review of water contract\n\nThe city signed it in 2019.");
    assertTrue(latest.quotes().stream().noneMatch(q -> q.speakerMention() != null && q.speakerMention().text().contains("Latest")),
        latest.quotes().toString());
    Quote urged = quote(latest, "review of water contract", QuoteKind.INDIRECT);
    assertEquals("Mayor Ortiz", urged.speakerMention().text());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      participle after the subject # A state audit report released last year found that the agency could not track the money. # could not track the money # A state audit report
      relative clause in appositive # The county water agency, the office that oversees the pipes, said it was checking the meters. # checking the meters # The county water agency
      long appositive              # Tom Baker, a lawyer for the county water board and a professor of law at the state university in the capital, said the deal was void. # the deal was void # Tom Baker
      evidence verb inverted       # The lead is about the same as last month, reported the Town Herald. # about the same as last month # the Town Herald
      participle aside             # Mayor Ana Ortiz, opening the new bridge on Saturday, said it would change the town. # it would change the town # Mayor Ana Ortiz
      past participle aside        # Ana Ortiz, asked about the budget, said the town had enough money. # the town had enough money # Ana Ortiz
      aside between dashes         # Tom Baker -- a lawyer for the board, a group that fights the plan -- said the deal was void. # the deal was void # Tom Baker
      comma after parenthesis      # Sen. Lena Berg (D-Ore.), said after a lunch on Tuesday that she had not read the plan. # she had not read the plan # Sen. Lena Berg
      age with then                # Mr. Baker, then 38, said he was advised to find a new job. # he was advised # Mr. Baker
      coordinated subject last     # The plan is strong, teachers and union officials said. # The plan is strong # union officials
      """)
  void findsTheSpeakerOfReportedSpeechBehindLongSubjects(String construction, String paragraph, String content, String mention) {
    Analysis analysis = analyze(paragraph);
    Quote quote = quote(analysis, content, QuoteKind.INDIRECT);
    assertNotNull(quote.speakerMention(), construction + ": " + quote);
    assertEquals(mention, quote.speakerMention().text(), construction);
  }

  @Test
  void aContrastingClauseWithItsOwnCueEndsTheFirstContent() {
    Analysis analysis = analyze("Tom Baker said the union planned to bus in members for a protest, though she acknowledged it was unlikely to work.");
    Quote first = quote(analysis, "the union planned", QuoteKind.INDIRECT);
    assertFalse(first.text().contains("acknowledged"), first.text());
    Quote second = quote(analysis, "it was unlikely to work", QuoteKind.INDIRECT);
    assertEquals("she", second.speakerMention().text());
  }

  @Test
  void aStanceIsAboutTheObjectOfItsPreposition() {
    Analysis analysis = analyze("Ana Ortiz warned against hackers from the county.");
    Quote quote = quote(analysis, "hackers from the county", QuoteKind.INDIRECT);
    assertEquals("Ana Ortiz", speakerName(analysis, quote));
    assertEquals("warned against", quote.cue().text());
    Analysis duration = analyze("Ana Ortiz spoke for two hours.");
    assertTrue(duration.quotes().isEmpty(), "a duration is no content: " + duration.quotes());
  }

  @Test
  void aCoordinatedCueSharesTheSpeakerOfTheOuterStatement() {
    Analysis analysis = analyze("Ana Ortiz said he would order a review of the pipes and warned against hackers from the county.");
    Quote warned = quote(analysis, "hackers from the county", QuoteKind.INDIRECT);
    assertEquals("Ana Ortiz", speakerName(analysis, warned));
    Quote said = quote(analysis, "he would order a review", QuoteKind.INDIRECT);
    assertFalse(said.text().contains("warned"), said.text());
  }

  @Test
  void aCueJoinedToAnotherVerbSpeaksForTheSentenceSubject() {
    Analysis analysis = analyze("Ana Ortiz chairs the bridge board. | She greeted 2,000 residents at a rally late Saturday night and told "
        + "them that together they would build a new bridge.");
    Quote quote = quote(analysis, "they would build a new bridge", QuoteKind.INDIRECT);
    assertEquals("Ana Ortiz", speakerName(analysis, quote));
    assertEquals("coordinated", quote.rule());
  }

  @Test
  void aPassiveCueAttributesItsSubjectOrWhatItsAgentIntroduces() {
    Analysis endorsed = analyze("Tom Baker was endorsed by the teachers union on Monday.");
    Quote subject = endorsed.quotes().stream().filter(q -> q.rule().equals("passive-by")).findFirst().orElseThrow();
    assertEquals("Tom Baker", subject.text());
    assertEquals("the teachers union", subject.speakerMention().text());
    Analysis described = analyze("The plan was described by Ana Ortiz as a waste of money.");
    Quote content = described.quotes().stream().filter(q -> q.rule().equals("passive-by")).findFirst().orElseThrow();
    assertEquals("a waste of money", content.text());
    assertEquals("Ana Ortiz", speakerName(described, content));
  }

  @Test
  void quotesOpenedWithTwoApostrophesStartTheirOwnSentence() {
    Analysis analysis = analyze("Tom Baker said the mayor had acted too fast. ''They need to be careful,'' Mr. Baker said. "
        + "''Bans tend to fail.''");
    Quote careful = quote(analysis, "They need to be careful", QuoteKind.DIRECT);
    assertEquals("Tom Baker", speakerName(analysis, careful));
    assertEquals("Mr. Baker", careful.speakerMention().text());
    Quote reported = quote(analysis, "the mayor had acted too fast", QuoteKind.INDIRECT);
    assertFalse(reported.text().contains("careful"), "the reported speech ends with its sentence: " + reported.text());
  }

  @Test
  void aTitleTaggedAsAVerbStillStartsAnInvertedSpeaker() {
    Analysis analysis = analyze("“This is just a show,” said delegate Ana Ortiz.");
    Quote quote = quote(analysis, "just a show");
    assertEquals("Ana Ortiz", speakerName(analysis, quote));
  }

  @Test
  void aHeadlineWithADashAndANameIsAttributedToThatName() {
    Analysis analysis = extractor.analyze("Bridge opening delayed to June – City Hall\n\nThe bridge was due to open in May.");
    Quote quote = analysis.quotes().stream().filter(q -> q.rule().equals("headline-dash")).findFirst().orElseThrow();
    assertEquals("Bridge opening delayed to June", quote.text());
    assertEquals("City Hall", speakerName(analysis, quote));
  }

  @Test
  void aDescribedSourceAfterAHeadlineDashClaimsTheWholeHeadlineCueAndAll() {
    Analysis analysis = extractor.analyze("Unions agree to end the strike on Friday – transport ministry\n\n"
        + "The transport ministry said the deal would be signed this week.");
    List<Quote> headline = analysis.quotes().stream().filter(q -> q.start() < analysis.body().start()).toList();
    assertEquals(1, headline.size(), headline.toString());
    assertEquals("headline-dash", headline.get(0).rule());
    assertEquals("Unions agree to end the strike on Friday", headline.get(0).text());
    assertEquals("transport ministry", headline.get(0).speakerMention().text());
    assertEquals(EntityType.ORGANIZATION, analysis.entity(headline.get(0).speaker()).orElseThrow().type());
    assertEquals(quote(analysis, "the deal would be signed", QuoteKind.INDIRECT).speaker(), headline.get(0).speaker(),
        "the headline's description names the body's ministry");
  }

  @Test
  void aLowerCaseHeadlineTailThatNamesNoSourceClaimsNothing() {
    Analysis analysis = extractor.analyze("Talks resume in Vienna – the early rounds\n\nDiplomats met on Monday.");
    assertTrue(analysis.quotes().stream().noneMatch(q -> q.rule().equals("headline-dash")), analysis.quotes().toString());
  }
}
