package io.reportage.corpus;

import io.reportage.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads PolNeAR as laid out in ../shared/corpora/polnear/SPLIT: {@code text/NAME.txt} and
 * {@code attributions/NAME_ANNOTATOR.ann} in brat standoff. When an article has several annotators'
 * files, the first in name order is used.
 *
 * <p>Of the brat lines, {@code T} lines give typed spans ({@code Source}, {@code Cue},
 * {@code Content}, {@code Content2}; discontinuous spans are joined by {@code ;}) and {@code E}
 * lines tie one attribution's spans together. Offsets are character offsets; the texts hold no
 * character outside the Basic Multilingual Plane, so they equal Java string indices (the harness
 * checks every span's text to be sure).
 */
public final class Polnear {
  /** One attribution relation: who (source), by which words (cue), said what (content). */
  public record Attribution(String id, List<Span> source, List<Span> cue, List<Span> content) {
    public Attribution {
      source = List.copyOf(source);
      cue = List.copyOf(cue);
      content = List.copyOf(content);
    }

    public boolean hasSource() {
      return !source.isEmpty();
    }

    /** Characters of {@code span} inside the content. */
    public int contentOverlap(Span span) {
      return overlap(content, span);
    }
  }

  /** A brat text-bound annotation: its type, spans and the text brat recorded for it. */
  public record TextBound(String id, String type, List<Span> spans, String text) {
  }

  /** An article: its name, text, attributions and the raw text-bound annotations. */
  public record Article(String name, String text, List<Attribution> attributions, List<TextBound> textBounds) {
  }

  private Polnear() {
  }

  /** All articles of a split directory ({@code .../polnear/dev}), in name order. */
  public static List<Article> read(Path splitDir) throws IOException {
    Path textDir = splitDir.resolve("text");
    Path annDir = splitDir.resolve("attributions");
    List<Path> texts;
    try (Stream<Path> files = Files.list(textDir)) {
      texts = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    List<Path> anns;
    try (Stream<Path> files = Files.list(annDir)) {
      anns = files.filter(p -> p.getFileName().toString().endsWith(".ann")).sorted().toList();
    }
    List<Article> articles = new ArrayList<>();
    for (Path textFile : texts) {
      String file = textFile.getFileName().toString();
      String name = file.substring(0, file.length() - ".txt".length());
      Path ann = firstAnnotation(anns, name);
      String text = Files.readString(textFile, StandardCharsets.UTF_8);
      articles.add(ann == null ? new Article(name, text, List.of(), List.of()) : parse(name, text, ann));
    }
    return articles;
  }

  /** The first annotation file in name order whose name is {@code NAME_ANNOTATOR.ann}. */
  private static Path firstAnnotation(List<Path> sortedAnns, String name) {
    for (Path ann : sortedAnns) {
      String file = ann.getFileName().toString();
      if (file.startsWith(name + "_") && file.indexOf('_', name.length() + 1) < 0) {
        return ann;
      }
    }
    return null;
  }

  static Article parse(String name, String text, Path ann) {
    List<String> lines;
    try {
      lines = Files.readAllLines(ann, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + ann, e);
    }
    Map<String, TextBound> bounds = new HashMap<>();
    List<TextBound> ordered = new ArrayList<>();
    List<String[]> events = new ArrayList<>();
    TextBound last = null;
    for (String line : lines) {
      String[] fields = line.split("\t");
      String id = fields[0];
      if (id.matches("T\\d+") && fields.length >= 2) {
        String[] typeAndSpans = fields[1].split(" ", 2);
        last = new TextBound(id, typeAndSpans[0], spans(typeAndSpans[1]), fields.length > 2 ? fields[2] : "");
        bounds.put(id, last);
        ordered.add(last);
      } else if (id.matches("E\\d+") && fields.length >= 2) {
        events.add(fields);
        last = null;
      } else if (last != null && !id.matches("[A-Z]\\d+")) {
        // brat keeps a span's text on one line; a newline inside it continues on the next.
        TextBound joined = new TextBound(last.id(), last.type(), last.spans(), last.text() + "\n" + line);
        ordered.set(ordered.size() - 1, joined);
        bounds.put(last.id(), joined);
        last = joined;
      }
    }
    List<Attribution> attributions = new ArrayList<>();
    for (String[] event : events) {
      List<Span> source = new ArrayList<>();
      List<Span> cue = new ArrayList<>();
      List<Span> content = new ArrayList<>();
      for (String part : event[1].trim().split("\\s+")) {
        int colon = part.indexOf(':');
        if (colon < 0) {
          continue;
        }
        String role = part.substring(0, colon);
        TextBound bound = bounds.get(part.substring(colon + 1));
        if (bound == null) {
          continue;
        }
        switch (role) {
          case "Source" -> source.addAll(bound.spans());
          case "Cue" -> cue.addAll(bound.spans());
          case "Content", "Content2" -> content.addAll(bound.spans());
          default -> { }
        }
      }
      attributions.add(new Attribution(event[0], source, cue, content));
    }
    return new Article(name, text, attributions, ordered);
  }

  private static List<Span> spans(String offsets) {
    List<Span> spans = new ArrayList<>();
    for (String part : offsets.split(";")) {
      String[] ends = part.trim().split(" ");
      spans.add(new Span(Integer.parseInt(ends[0]), Integer.parseInt(ends[1])));
    }
    return spans;
  }

  /** Characters of {@code span} covered by {@code spans}. */
  public static int overlap(List<Span> spans, Span span) {
    int total = 0;
    for (Span s : spans) {
      total += Math.max(0, Math.min(s.end(), span.end()) - Math.max(s.start(), span.start()));
    }
    return total;
  }

  /** Whether any of {@code spans} overlaps {@code span}. */
  public static boolean overlapsAny(List<Span> spans, Span span) {
    for (Span s : spans) {
      if (s.overlaps(span)) {
        return true;
      }
    }
    return false;
  }
}
