package io.reportage.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.reportage.ArticleInfo;
import io.reportage.adapter.opennlp.OpenNlpModels;
import io.reportage.adapter.opennlp.OpenNlpPosTaggerStage;
import io.reportage.models.BundledLexicon;
import io.reportage.models.Lexicons;
import io.reportage.pipeline.Document;
import io.reportage.pipeline.Pipeline;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Present-tense verbs that read like plural nouns are tagged as verbs before attribution. */
class VerbTagCorrectionStageTest {
  private static final Lemmatizer LEMMATIZER = new Lemmatizer(Lexicons.bundled().get(BundledLexicon.IRREGULAR_VERBS),
      Lexicons.bundled().get(BundledLexicon.IRREGULAR_NOUNS));
  private static Pipeline tagged;

  /** The stages up to the correction: no entity stage changes a tag. */
  @BeforeAll
  static void build() {
    tagged = new Pipeline(List.of(TextFixtures.STRUCTURE, TextFixtures.TOKENS, TextFixtures.SENTENCES,
        new OpenNlpPosTaggerStage(OpenNlpModels.posTagger()), new LemmaStage(LEMMATIZER), new NounChunkStage(),
        new VerbTagCorrectionStage(LEMMATIZER)));
  }

  @ParameterizedTest(name = "{0}: {2} is {3}")
  @CsvSource(delimiter = '#', textBlock = """
      verb before to and a verb  # The council plans to open the bridge in May.        # plans     # VERB
      verb before a pronoun      # Ortiz notes they were elected before she arrived.   # notes     # VERB
      verb before a name         # The farmers union endorses Ortiz for mayor.         # endorses  # VERB
      noun after a determiner    # The plans were approved in May.                     # plans     # NOUN
      noun after a possessive    # Ortiz read her notes to the council.                # notes     # NOUN
      infinitive after declined  # The harbor office declined to comment.              # comment   # VERB
      any form of the verb       # The mayor kept threatening to sue.                  # sue       # VERB
      noun after a plain to      # The mayor went to school in Dover.                  # school    # NOUN
      inverted after a quote     # "We played badly," insists Okafor.                  # insists   # VERB
      inverted, curly marks      # “We played badly,” warns Okafor.                    # warns     # VERB
      inverted before an article # "We played badly," notes the coach.                 # notes     # VERB
      past after a name          # "The count is wrong," Marlow tweeted on Sunday.     # tweeted   # VERB
      adjective before a subject # "We lost the game," retired Air Force general Ana Ortiz said. # retired # ADJ
      noun before the verb       # "We lost," Ortiz supporters chanted.                # supporters # NOUN
      """)
  void readsTheWordAsItsSentenceUsesIt(String what, String sentence, String word, String tag) {
    Document doc = new Document("Town news of the week\n\n" + sentence, ArticleInfo.none());
    tagged.run(doc);
    int token = -1;
    for (int t = 0; t < doc.tokenCount(); t++) {
      if (doc.token(t).equals(word)) {
        token = t;
      }
    }
    assertEquals(tag, doc.pos(token), what);
  }
}
