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
