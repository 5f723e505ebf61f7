package io.reportage.adapter.corenlp;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reportage.Extractor;
import io.reportage.Profile;
import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;

/**
 * The ACCURATE profile without CoreNLP's models: core's test class path has CoreNLP's code (an
 * optional dependency) but not its models jar, which only the benchmarks module brings.
 */
class CoreNlpAvailabilityTest {
  @Test
  void buildingTheAccurateProfileWithoutTheModelsJarNamesBothDependencies() {
    IllegalStateException error = assertThrows(IllegalStateException.class,
        () -> Extractor.builder().profile(Profile.ACCURATE).build());
    String message = error.getMessage();
    assertTrue(message.contains("models jar"), message);
    assertTrue(message.contains("edu.stanford.nlp:stanford-corenlp:4.5.10"), message);
    assertTrue(message.contains("edu.stanford.nlp:stanford-corenlp:4.5.10:models"), message);
  }

  @Test
  void withoutCoreNlpsCodeTheMessageSaysSoAndNamesBothDependencies() throws Exception {
    try (URLClassLoader bare = new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader())) {
      IllegalStateException error = assertThrows(IllegalStateException.class, () -> CoreNlpAvailability.requireCrf(bare));
      String message = error.getMessage();
      assertTrue(message.contains("Stanford CoreNLP and its models are not on the class path"), message);
      assertTrue(message.contains(CoreNlpAvailability.CODE_ARTIFACT), message);
      assertTrue(message.contains(CoreNlpAvailability.MODELS_ARTIFACT), message);
    }
  }
}
