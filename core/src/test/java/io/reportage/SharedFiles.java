package io.reportage;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files from ../shared, which a clone without it does not have: tests that need them are skipped. */
public final class SharedFiles {
  private SharedFiles() {
  }

  /** The ../shared directory: the system property reportage.shared, else ../shared from the working directory. */
  public static Path shared() {
    String configured = System.getProperty("reportage.shared");
    return Path.of(configured != null ? configured : "../shared");
  }

  /** Reads a file under ../shared, skipping the calling test with a clear message when it is absent. */
  public static String read(String relative) {
    assumePresent(relative);
    return readIfPresent(relative);
  }

  /**
   * Skips the calling test with a clear message when the file is absent. Call it in each test (or
   * a {@code @BeforeEach}): a skip in {@code @BeforeAll} shows as "Tests run: 0" without the reason.
   */
  public static void assumePresent(String relative) {
    Path file = shared().resolve(relative);
    assumeTrue(Files.isRegularFile(file), () -> "Skipped: " + file.toAbsolutePath()
        + " is absent (../shared is not beside this clone); the test needs it");
  }

  /** The file's text, or null when it is absent. */
  public static String readIfPresent(String relative) {
    Path file = shared().resolve(relative);
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
