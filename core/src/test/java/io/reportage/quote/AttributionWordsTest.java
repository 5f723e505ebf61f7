package io.reportage.quote;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reportage.models.BundledLexicon;
import io.reportage.models.Lexicon;
import io.reportage.quote.AttributionWords.WordList;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The open-class word lists of attribution, read from their lexicon. */
class AttributionWordsTest {
  private static final AttributionWords BUNDLED = AttributionWords.from(BundledLexicon.ATTRIBUTION_WORDS.load());

  @Test
  void aWordMayBelongToSeveralLists() {
    assertTrue(BUNDLED.has(WordList.SURVEY_NOUN, "poll"));
    assertTrue(BUNDLED.has(WordList.POLL_NOUN, "poll"));
    assertTrue(BUNDLED.has(WordList.SURVEY_NOUN, "study"));
    assertFalse(BUNDLED.has(WordList.POLL_NOUN, "study"), "a study is a document but not a poll by name");
  }

  @Test
  void reactionVerbsAreReadInTheirThirdPersonAndPastForms() {
    assertTrue(BUNDLED.isReactionForm("angered"));
    assertTrue(BUNDLED.isReactionForm("worries"));
    assertTrue(BUNDLED.isReactionForm("upset"));
    assertFalse(BUNDLED.isReactionForm("anger"), "the base form is as often a noun");
  }

  @Test
  void referenceStemsMatchTheirForms() {
    assertTrue(BUNDLED.startsWithAny(WordList.REFERENCE_STEM, "referring"));
    assertTrue(BUNDLED.startsWithAny(WordList.REFERENCE_STEM, "alluded"));
    assertFalse(BUNDLED.startsWithAny(WordList.REFERENCE_STEM, "said"));
  }

  @Test
  void everyListHasWords() {
    Lexicon lexicon = BundledLexicon.ATTRIBUTION_WORDS.load();
    for (WordList list : WordList.values()) {
      assertTrue(lexicon.phrases().stream().anyMatch(word -> BUNDLED.has(list, word)), list + " is empty");
    }
  }

  @Test
  void anUnknownListNameIsRefused() {
    Lexicon typo = Lexicon.parse("user.txt", new StringReader("grumbled | feeling-particple\n"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AttributionWords.from(typo));
    assertTrue(e.getMessage().contains("feeling-particple"), e.getMessage());
  }
}
