package io.reportage.bench;

import io.reportage.corpus.SharedCorpora;
import io.reportage.models.BundledLexicon;
import io.reportage.models.Lexicons;
import io.reportage.text.Tokenizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The fixed document sets the benchmarks run on, and how their size is counted.
 *
 * <ul>
 *   <li>{@code examples}: the example articles written for this project ({@code examples/articles},
 *       or the directory named by {@code -Dreportage.articles}).
 *   <li>{@code polnear-dev}: the 84 PolNeAR dev texts from ../shared (see {@link SharedCorpora}).
 *   <li>{@code subset}: the example articles and the first {@value #SUBSET_POLNEAR} PolNeAR dev
 *       texts in name order: small enough for CoreNLP's quote pipeline (about 330 tokens/s), so
 *       that both pipelines are timed on the same documents in one run.
 * </ul>
 *
 * Size is counted in tokens of Reportage's {@link Tokenizer} over each whole text (headline,
 * body and any boilerplate alike), the same count for every pipeline, so tokens per second compare
 * like with like.
 */
public final class BenchCorpus {
  static final int SUBSET_POLNEAR = 10;

  private BenchCorpus() {
  }

  /** The texts of a named set, in a fixed order. */
  public static List<String> load(String name) {
    return switch (name) {
      case "examples" -> readAll(textFiles(examplesDirectory()));
      case "polnear-dev" -> readAll(textFiles(SharedCorpora.corpus("polnear/dev/text")));
      case "subset" -> {
        List<String> texts = new ArrayList<>(load("examples"));
        texts.addAll(readAll(textFiles(SharedCorpora.corpus("polnear/dev/text")).subList(0, SUBSET_POLNEAR)));
        yield texts;
      }
      default -> throw new IllegalArgumentException("No benchmark corpus '" + name + "': use examples, polnear-dev or subset");
    };
  }

  /** Tokens of all texts, as Reportage's tokenizer counts them over each whole text. */
  public static long tokens(List<String> texts) {
    Tokenizer tokenizer = new Tokenizer(Lexicons.bundled().get(BundledLexicon.ABBREVIATIONS));
    long[] count = new long[1];
    for (String text : texts) {
      tokenizer.tokenize(text, 0, text.length(), (start, end) -> count[0]++);
    }
    return count[0];
  }

  private static Path examplesDirectory() {
    String configured = System.getProperty("reportage.articles");
    if (configured != null) {
      return Path.of(configured);
    }
    for (String candidate : List.of("examples/articles", "../examples/articles")) {
      if (Files.isDirectory(Path.of(candidate))) {
        return Path.of(candidate);
      }
    }
    throw new IllegalStateException("The example articles were not found: run from the project root, or pass "
        + "-Dreportage.articles=/path/to/examples/articles");
  }

  private static List<Path> textFiles(Path directory) {
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + directory, e);
    }
  }

  private static List<String> readAll(List<Path> files) {
    List<String> texts = new ArrayList<>();
    for (Path file : files) {
      try {
        texts.add(Files.readString(file, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + file, e);
      }
    }
    return texts;
  }
}
