package io.reportage.adapter.opennlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reportage.models.ModelResources;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class GreedyPosTaggerTest {
  private static byte[] zip(String descriptor) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("generator.featuregen"));
      zip.write(descriptor.getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("pos.model"));
      zip.write(new byte[] {0, 3, 'G', 'I', 'S'});
    }
    return bytes.toByteArray();
  }

  private static byte[] written(GreedyPosTagger tagger) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    tagger.write(bytes);
    return bytes.toByteArray();
  }

  @Test
  void theBundledCompactWeightsAreThoseOfOpenNlpsModel() throws IOException {
    GreedyPosTagger fromOpenNlp;
    try (InputStream in = ModelResources.open(ModelResources.POS_MODEL)) {
      fromOpenNlp = GreedyPosTagger.read(in);
    }
    assertArrayEquals(written(fromOpenNlp), written(OpenNlpModels.posTagger()),
        "the compact POS weights are stale: run ConvertPosModel (see models/README.md)");
  }

  @Test
  void aModelWithOtherFeatureGeneratorsIsRefusedRatherThanMisread() throws IOException {
    byte[] model = zip("<featureGenerators><generator class=\"opennlp.tools.util.featuregen.BigramNameFeatureGeneratorFactory\"/>"
        + "</featureGenerators>");
    IOException error = assertThrows(IOException.class, () -> GreedyPosTagger.read(new ByteArrayInputStream(model)));
    assertTrue(error.getMessage().contains("feature generators"), error.getMessage());
  }

  @Test
  void aFileThatIsNoPosModelIsRefused() {
    assertThrows(IOException.class, () -> GreedyPosTagger.read(new ByteArrayInputStream(new byte[] {1, 2, 3})));
  }

  @Test
  void tagsEveryTokenIncludingOddOnes() {
    String[] tokens = {"\u00A0", "İstanbul", "3½", "—", "😀", "x"};
    assertEquals(tokens.length, OpenNlpModels.posTagger().tag(tokens).length);
    assertEquals(0, OpenNlpModels.posTagger().tag(new String[0]).length);
  }
}
