package io.reportage.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.reportage.entity.HandDocument;
import io.reportage.pipeline.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The word classes noun chunks and phrase readers share, on tokens tagged by hand. */
class NounPhraseWordsTest {

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '#', textBlock = """
      the Kremlin 's/PART spokesman his/PRON aide they/PRON said/VERB it 's/AUX true/ADJ .  # 0  # determiner
      the Kremlin 's/PART spokesman his/PRON aide they/PRON said/VERB it 's/AUX true/ADJ .  # 4  # determiner
      the Kremlin 's/PART spokesman his/PRON aide they/PRON said/VERB it 's/AUX true/ADJ .  # 2  # possessive mark
      the Kremlin 's/PART spokesman his/PRON aide they/PRON said/VERB it 's/AUX true/ADJ .  # 9  # none
      the Kremlin 's/PART spokesman his/PRON aide they/PRON said/VERB it 's/AUX true/ADJ .  # 6  # pronoun
      the Kremlin 's/PART spokesman his/PRON aide they/PRON said/VERB it 's/AUX true/ADJ .  # 8  # pronoun
      the Kremlin 's/PART spokesman his/PRON aide they/PRON said/VERB it 's/AUX true/ADJ .  # 1  # nominal
      the Kremlin 's/PART spokesman his/PRON aide they/PRON said/VERB it 's/AUX true/ADJ .  # 10 # modifier
      the Kremlin 's/PART spokesman his/PRON aide they/PRON said/VERB it 's/AUX true/ADJ .  # 7  # none
      """)
  void classifiesTokens(String sentence, int token, String expected) {
    Document doc = HandDocument.build(sentence);
    assertEquals(expected, classOf(doc, token), "class of '" + doc.token(token) + "'");
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
