package io.reportage.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.reportage.entity.HandDocument;
import io.reportage.pipeline.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The word classes noun chunks and phrase readers share, on tokens tagged by hand. */
class NounPhraseWordsTest {

  /** "the Kremlin 's spokesman his aide they said it 's true .", with the possessive and the contracted "is" told apart by their tags. */
  private static final Document DOC =
      HandDocument.build("the Kremlin 's/PART spokesman his/PRON aide they/PRON said/VERB it 's/AUX true/ADJ .");

  @ParameterizedTest(name = "token {0} is {1}")
  @CsvSource(textBlock = """
      0,  determiner
      4,  determiner
      2,  possessive mark
      9,  none
      6,  pronoun
      8,  pronoun
      1,  nominal
      10, modifier
      7,  none
      """)
  void classifiesTokens(int token, String expected) {
    assertEquals(expected, classOf(DOC, token), "class of '" + DOC.token(token) + "'");
  }

  private static String classOf(Document doc, int t) {
    if (NounPhraseWords.isDeterminer(doc, t)) {
      return "determiner";
    }
    if (NounPhraseWords.isPossessiveMark(doc, t)) {
      return "possessive mark";
    }
    if (NounPhraseWords.isStandalonePronoun(doc, t)) {
      return "pronoun";
    }
    if (NounPhraseWords.isNominal(doc.pos(t))) {
      return "nominal";
    }
    return NounPhraseWords.isPrenominal(doc.pos(t)) ? "modifier" : "none";
  }
}
