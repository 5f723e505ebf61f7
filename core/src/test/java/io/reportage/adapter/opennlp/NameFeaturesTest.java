package io.reportage.adapter.opennlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameFeaturesTest {
  private static final NameFeatures ALL = new NameFeatures(EnumSet.allOf(NameFeatures.Group.class),
      OpenNlpModels.nameFinderGazetteers());

  @ParameterizedTest
  @CsvSource({
      "Leicestershire, Xx",
      "LONDON, X",
      "U.S., X.X.",
      "1996-08-30, d-d-d",
      "McDonald's, XxXx'x",
      "iPhone, xXx",
      "..., .",
      "'3,000', 'd,d'"})
  void shapeWritesEachRunOfACharacterClassOnce(String word, String shape) {
    assertEquals(shape, NameFeatures.shape(word));
  }

  @ParameterizedTest
  @CsvSource({"Paris, ic", "NATO, ac", "A, sc", "talks, lc", "1996, 4d", "12, 2d", "7, num", "iPhone, mc", "G7, dx",
      "-, other"})
  void tokenClassTellsCapitalsFromNumbers(String word, String tokenClass) {
    assertEquals(tokenClass, NameFeatures.tokenClass(word));
  }

  @Test
  void aSentenceIsInCapitalsOnlyWhenNoWordHasALowerCaseLetter() {
    assertTrue(NameFeatures.inCapitals("CRICKET - SURREY WIN BY 9 WICKETS .".split(" ")));
    assertFalse(NameFeatures.inCapitals("NATO said the G7 met .".split(" ")));
    assertFalse(NameFeatures.inCapitals("LONDON 1996-08-30".split(" ")), "one word is not a headline in capitals");
  }

  @Test
  void theDecoderReadsTheSameFeaturesAsTheTrainerThroughTheirHashes() {
    NameFeatures.Prepared doc = ALL.prepare(TextDocuments.sentences(
        "FLOODS HIT NEW ORLEANS AS LEVEE BREAKS",
        "New Orleans Mayor Ray Nagin said the levee broke on Monday .",
        "Nagin , 49 , urged residents to leave the city ."));
    int[] labels = new int[doc.tokenCount()];
    labels[10] = NameFeatures.LABELS.indexOf("B-PER");
    labels[11] = NameFeatures.LABELS.indexOf("I-PER");
    for (int i = 0; i < doc.tokenCount(); i++) {
      String[] strings = doc.features(i, labels);
      FeatureSink.Hashes hashes = new FeatureSink.Hashes();
      doc.features(i, labels, hashes);
      long[] expected = Arrays.stream(strings).mapToLong(FeatureSink::hash).toArray();
      long[] actual = new long[hashes.size()];
      for (int k = 0; k < actual.length; k++) {
        actual[k] = hashes.get(k);
      }
      assertArrayEquals(expected, actual, "token " + i + ": " + Arrays.toString(strings));
    }
  }

  @Test
  void sentencesInCapitalsAreDecidedLastAndReadTheSpellingOfTheRest() {
    NameFeatures.Prepared doc = ALL.prepare(TextDocuments.sentences(
        "SURREY BEAT KENT IN LOW-SCORING MATCH",
        "On Friday Surrey beat Kent by 40 runs ."));
    assertArrayEquals(new int[] {1, 0}, doc.decisionOrder());
    List<String> surrey = List.of(doc.features(0, new int[doc.tokenCount()]));
    assertTrue(surrey.contains("dc=title"), surrey.toString());
    List<String> low = List.of(doc.features(4, new int[doc.tokenCount()]));
    assertTrue(low.contains("dc=unseen"), low.toString());
  }

  @Test
  void theGazetteersMarkTheLongestListedPlaceAndTheOtherLists() {
    NameFeatures.Prepared doc = ALL.prepare(TextDocuments.sentences(
        "Maria flew from New York to Vienna with Swiss bankers of Alpenbank Holdings ."));
    int[] none = new int[doc.tokenCount()];
    assertTrue(List.of(doc.features(0, none)).contains("gz=given"));
    assertTrue(List.of(doc.features(3, none)).contains("gz=place-B"));
    assertTrue(List.of(doc.features(4, none)).contains("gz=place-I"));
    assertTrue(List.of(doc.features(6, none)).contains("gz=place-B"));
    assertTrue(List.of(doc.features(8, none)).contains("gz=nat"));
    assertTrue(List.of(doc.features(11, none)).contains("gz+1=org"));
  }

  @Test
  void theDocumentMemoryRecallsTheTypeAWordWasGivenEarlier() {
    NameFeatures.Prepared doc = ALL.prepare(TextDocuments.sentences("Brandt spoke .", "Later Brandt left ."));
    int[] labels = new int[doc.tokenCount()];
    assertFalse(String.join(" ", doc.features(4, labels)).contains("mem="));
    doc.remember(0, NameFeatures.LABELS.indexOf("B-PER"));
    assertTrue(List.of(doc.features(4, labels)).contains("mem=PER"));
  }

  @Test
  void aSurnameAloneReadsThatItFollowedAGivenNameElsewhereInTheArticle() {
    NameFeatures.Prepared doc = ALL.prepare(TextDocuments.sentences(
        "The plan will fail , insists Brandt .", "It was drafted by Maria Brandt of Kestrel Holdings ."));
    int[] none = new int[doc.tokenCount()];
    List<String> surname = List.of(doc.features(6, none));
    assertTrue(surname.contains("dm=given-before"), surname.toString());
    assertTrue(surname.contains("say-1"), surname.toString());
    List<String> company = List.of(doc.features(15, none));
    assertTrue(company.contains("dm=in-org"), company.toString());
    assertTrue(company.contains("rl=org"), company.toString());
    assertTrue(company.contains("rp,rl=B|org"), company.toString());
    assertFalse(List.of(doc.features(12, none)).contains("dm=in-org"), "a run does not cross \"of\"");
  }

  @Test
  void aRunIsTheLongestSequenceOfCapitalisedWords() {
    NameFeatures.Prepared doc = ALL.prepare(TextDocuments.sentences("Shares of Dorland Savings Bank fell ."));
    int[] none = new int[doc.tokenCount()];
    assertFalse(String.join(" ", doc.features(0, none)).contains("rl="), "a single capitalised word is no run");
    List<String> first = List.of(doc.features(2, none));
    assertTrue(first.contains("rf=cap") && first.contains("rp,rl=B|org"), first.toString());
    assertTrue(List.of(doc.features(3, none)).contains("rp,rl=I|org"));
    assertTrue(List.of(doc.features(4, none)).contains("rp,rl=E|org"));
  }

  @Test
  void groupsThatAreSwitchedOffAddNothing() {
    NameFeatures wordsOnly = new NameFeatures(EnumSet.of(NameFeatures.Group.WORD), OpenNlpModels.nameFinderGazetteers());
    NameFeatures.Prepared doc = wordsOnly.prepare(TextDocuments.sentences("Anna met Omar ."));
    assertEquals(List.of("w=Anna", "lw=anna", "bias"), List.of(doc.features(0, new int[doc.tokenCount()])));
  }
}
