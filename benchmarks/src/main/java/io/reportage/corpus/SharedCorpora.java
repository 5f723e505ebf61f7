package io.reportage.corpus;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the evaluation corpora are: ../shared/corpora, or the directory named by -Dreportage.shared. */
public final class SharedCorpora {
  private SharedCorpora() {
  }

  /** The shared directory ({@code ../shared} by default, relative to the working directory). */
  public static Path shared() {
    String configured = System.getProperty("reportage.shared");
    return Path.of(configured != null ? configured : "../shared").toAbsolutePath().normalize();
  }

  /** A path under {@code shared/corpora}; throws with a clear message when it is absent. */
  public static Path corpus(String relative) {
    Path path = shared().resolve("corpora").resolve(relative);
    if (!Files.exists(path)) {
      throw new IllegalStateException("Corpus file " + path + " not found: run from the project root next to ../shared,"
          + " or pass -Dreportage.shared=/path/to/shared");
    }
    return path;
  }
}
