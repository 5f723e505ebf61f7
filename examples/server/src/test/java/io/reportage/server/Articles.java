package io.reportage.server;

import io.reportage.SharedFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The articles the service tests post: the seed from ../shared (when present) and the example articles. */
final class Articles {
  static final String SEED = "examples/kremlin-summit.txt";

  private Articles() {
  }

  /** A named text. */
  record Article(String name, String text) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** The example articles of examples/articles, in name order. */
  static List<Article> examples() {
    Path directory = Path.of("../articles");
    try (Stream<Path> files = Files.list(directory)) {
      List<Article> articles = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        articles.add(new Article(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
      }
      return articles;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the example articles in " + directory.toAbsolutePath(), e);
    }
  }

  /** The seed article and the example articles; the seed only when ../shared is beside the clone. */
  static List<Article> seedAndExamples() {
    List<Article> articles = new ArrayList<>();
    String seed = SharedFiles.readIfPresent(SEED);
    if (seed != null) {
      articles.add(new Article("kremlin-summit.txt", seed));
    }
    articles.addAll(examples());
    return articles;
  }
}
