package io.reportage.training.wordnet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WordNetTest {
  private static final Path DIR = Path.of("/usr/share/wordnet");
  private static WordNet wordNet;

  @BeforeAll
  static void read() throws Exception {
    Assumptions.assumeTrue(Files.isRegularFile(DIR.resolve("data.verb")),
        "WordNet is not in " + DIR + " (apt-get install -y wordnet-base); skipping the reader's checks");
    wordNet = WordNet.read(DIR);
  }

  @Test
  void sensesComeInOrderOfFrequency() {
    assertTrue(wordNet.sense("kill", 'v', 1).gloss().startsWith("cause to die"), wordNet.sense("kill", 'v', 1).gloss());
    assertEquals(1, wordNet.rank("kill", wordNet.sense("kill", 'v', 1)));
  }

  @Test
  void belowASenseAreItsKinds() {
    Set<String> words = wordNet.below(wordNet.sense("kill", 'v', 1)).stream()
        .flatMap(synset -> synset.words().stream()).collect(Collectors.toSet());
    assertTrue(words.contains("murder") && words.contains("assassinate") && words.contains("behead"), words.toString());
  }

  @Test
  void derivationLinksTheVerbToItsNouns() {
    assertTrue(wordNet.derived(wordNet.sense("arrest", 'v', 1)).containsKey("arrest"));
    assertTrue(wordNet.derived(wordNet.sense("elect", 'v', 1)).containsKey("election"));
  }
}
