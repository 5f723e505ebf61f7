package io.reportage.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The example articles that the build copies into the jar, offered by the page. Read once, at
 * start: requests never touch the file system.
 */
final class ExampleArticles {
  static final String DIRECTORY = "/io/reportage/server/examples/";

  private final Map<String, String> texts;
  private final List<String> names;

  private ExampleArticles(Map<String, String> texts) {
    this.texts = Map.copyOf(texts);
    this.names = List.copyOf(texts.keySet());
  }

  /** Loads every *.txt under {@value #DIRECTORY}, by name without the extension, in name order. */
  static ExampleArticles load() {
    URL url = ExampleArticles.class.getResource(DIRECTORY);
    if (url == null) {
      return new ExampleArticles(Map.of());
    }
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
          return new ExampleArticles(read(jar.getPath(DIRECTORY)));
        }
      }
      return new ExampleArticles(read(Path.of(uri)));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the example articles", e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("Cannot locate the example articles: " + url, e);
    }
  }

  private static Map<String, String> read(Path directory) throws IOException {
    Map<String, String> texts = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList()) {
        String name = file.getFileName().toString();
        texts.put(name.substring(0, name.length() - 4), Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return texts;
  }

  /** The names, in order. */
  List<String> names() {
    return names;
  }

  /** The text of the named article, or null. */
  String text(String name) {
    return texts.get(name);
  }

  /** {"examples": [{"name", "title"}]}: the title is the article's first non-blank line. */
  String listJson() {
    StringBuilder json = new StringBuilder("{\"examples\":[");
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      String title = texts.get(name).strip().lines().findFirst().orElse(name).strip();
      json.append(i == 0 ? "" : ",").append("{\"name\":").append(Replies.quoted(name))
          .append(",\"title\":").append(Replies.quoted(title)).append('}');
    }
    return json.append("]}\n").toString();
  }
}
