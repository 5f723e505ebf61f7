package io.reportage.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands the command line's inputs: a file stands for itself, a directory for its *.txt files
 * (not those of its subdirectories) in name order. What cannot be expanded is reported, not thrown,
 * so that the other inputs are still processed.
 */
final class InputFiles {
  private InputFiles() {
  }

  /** The files to read, and a message for each input that gave none. */
  record Expansion(List<Path> files, List<String> problems) {
  }

  static Expansion expand(List<Path> inputs) {
    List<Path> files = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Path input : inputs) {
      if (!Files.isDirectory(input)) {
        files.add(input);
        continue;
      }
      try (Stream<Path> listing = Files.list(input)) {
        List<Path> texts = listing
            .filter(p -> p.getFileName().toString().endsWith(".txt") && !Files.isDirectory(p))
            .sorted()
            .toList();
        if (texts.isEmpty()) {
          problems.add("the directory " + input + " holds no *.txt file");
        }
        files.addAll(texts);
      } catch (IOException e) {
        problems.add("cannot list the directory " + input + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
      }
    }
    return new Expansion(files, problems);
  }
}
