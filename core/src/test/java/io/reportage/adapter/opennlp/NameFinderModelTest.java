package io.reportage.adapter.opennlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameFinderModelTest {
  private static final NameFinderModel MODEL = OpenNlpModels.nameFinderModel();

  private static int label(String name) {
    return NameFeatures.LABELS.indexOf(name);
  }

  @Test
  void anInsideLabelOnlyContinuesANameOfItsOwnType() {
    assertTrue(NameFinderModel.allowed(label("O"), label("B-PER")));
    assertTrue(NameFinderModel.allowed(label("B-PER"), label("I-PER")));
    assertTrue(NameFinderModel.allowed(label("I-PER"), label("I-PER")));
    assertTrue(NameFinderModel.allowed(label("I-LOC"), label("O")));
    assertFalse(NameFinderModel.allowed(label("O"), label("I-PER")));
    assertFalse(NameFinderModel.allowed(label("B-ORG"), label("I-PER")));
  }

  @Test
  void aWrittenAndReadModelDecodesAsTheOriginal() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    MODEL.write(bytes);
    NameFinderModel copy = NameFinderModel.read(new ByteArrayInputStream(bytes.toByteArray()),
        OpenNlpModels.nameFinderGazetteers());
    assertEquals(MODEL.featureCount(), copy.featureCount());
    assertEquals(MODEL.features().groups(), copy.features().groups());
    List<String[]> sentences = TextDocuments.sentences(
        "Ministers from Chile and Peru met in Lima on Thursday , a spokesman for the Andean Council said .",
        "Chilean Foreign Minister Rosa Vidal said the talks were useful .");
    assertArrayEquals(MODEL.decode(MODEL.features().prepare(sentences)),
        copy.decode(copy.features().prepare(sentences)));
  }

  /** Greedy decoding that looks up every feature of every token, without the decoder's word cache. */
  private static int[] decodeWithoutCache(NameFeatures.Prepared doc) {
    int[] labels = new int[doc.tokenCount()];
    for (int s : doc.decisionOrder()) {
      for (int i = doc.sentenceStart(s); i < doc.sentenceEnd(s); i++) {
        FeatureSink.Hashes hashes = new FeatureSink.Hashes();
        doc.features(i, labels, hashes);
        float[] scores = new float[NameFeatures.LABELS.size()];
        for (int k = 0; k < hashes.size(); k++) {
          MODEL.addWeights(hashes.get(k), scores);
        }
        int previous = i > doc.sentenceStart(s) ? labels[i - 1] : 0;
        int best = 0;
        for (int l = 1; l < scores.length; l++) {
          if (scores[l] > scores[best] && NameFinderModel.allowed(previous, l)) {
            best = l;
          }
        }
        labels[i] = best;
        doc.remember(i, best);
      }
    }
    return labels;
  }

  @Test
  void theWordCacheChangesNoDecision() {
    List<String[]> sentences = TextDocuments.sentences(
        "STRIKE SHUTS LISBON PORT",
        "Dockers in Lisbon walked out on Monday , union leader Joana Costa said .",
        "Costa said the Port of Lisbon authority had refused to meet the union , whose members in Porto joined .",
        "Lisbon", "The strike cost Portugal 's exporters , including Sonae Industria , millions of euros .");
    for (int round = 0; round < 2; round++) {
      assertArrayEquals(decodeWithoutCache(MODEL.features().prepare(sentences)),
          MODEL.decode(MODEL.features().prepare(sentences)), "round " + round);
    }
  }

  @Test
  void aFileOfAnotherFormatIsRefused() {
    assertThrows(IOException.class, () -> NameFinderModel.read(new ByteArrayInputStream(new byte[] {1, 2, 3}),
        OpenNlpModels.nameFinderGazetteers()));
  }

  @Test
  void everyTokenGetsALabelAndAnEmptyDocumentNone() {
    List<String[]> sentences = TextDocuments.sentences("It rained .", "!");
    assertEquals(4, MODEL.decode(MODEL.features().prepare(sentences)).length);
    assertEquals(0, MODEL.decode(MODEL.features().prepare(List.of())).length);
  }
}
