package io.reportage.adapter.opennlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class WordClustersTest {
  private static final WordClusters CLUSTERS = WordClusters.of(new String[] {"London", "Paris", "said"},
      new int[] {3, 3, 5}, new int[] {17, 17, 40});

  @Test
  void aWordInCapitalsOrLowerCaseFallsBackToItsCapitalisedForm() {
    assertArrayEquals(new String[] {"c3", "f17"}, CLUSTERS.of("London"));
    assertArrayEquals(new String[] {"c3", "f17"}, CLUSTERS.of("LONDON"));
    assertArrayEquals(new String[] {"c5", "f40"}, CLUSTERS.of("SAID"));
    assertNull(CLUSTERS.of("Lisbon"));
    assertSame(CLUSTERS.of("London")[0], CLUSTERS.of("Paris")[0], "cluster names are shared");
  }

  @Test
  void aWrittenAndReadFileKeepsEveryWord() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CLUSTERS.write(bytes);
    WordClusters copy = WordClusters.read(new ByteArrayInputStream(bytes.toByteArray()));
    assertEquals(3, copy.size());
    assertArrayEquals(new String[] {"c5", "f40"}, copy.of("said"));
    assertArrayEquals(new String[] {"c3", "f17"}, copy.of("paris"));
  }

  @Test
  void aFileOfAnotherFormatIsRefused() {
    assertThrows(IOException.class, () -> WordClusters.read(new ByteArrayInputStream(new byte[] {1, 2, 3})));
  }

  @Test
  void theBundledClustersAreLoaded() {
    assertTrue(OpenNlpModels.nameFinderGazetteers().clusters().size() > 10_000);
  }
}
