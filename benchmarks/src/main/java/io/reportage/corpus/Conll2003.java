package io.reportage.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CoNLL-2003 files as laid out in ../shared/corpora/conll2003: one "token TAG" a line (IOB2
 * tags PER, ORG, LOC, MISC), sentences separated by blank lines, documents by -DOCSTART-.
 */
public final class Conll2003 {
  /** A sentence: tokens and their IOB2 tags. */
  public record Sentence(List<String> tokens, List<String> tags) {
    public Sentence {
      tokens = List.copyOf(tokens);
      tags = List.copyOf(tags);
      if (tokens.size() != tags.size()) {
        throw new IllegalArgumentException(tokens.size() + " tokens but " + tags.size() + " tags");
      }
    }

    /** The names of this sentence as token ranges with their CoNLL type ("PER", "MISC"...). */
    public List<Name> names() {
      return namesOf(tags);
    }
  }

  /** A name over tokens {@code [start, end)} of one sentence, of a CoNLL type. */
  public record Name(int start, int end, String type) {
  }

  /** A gold name in a document's {@link Doc#text() text}: character offsets, end exclusive. */
  public record Mention(int start, int end, String type) {
  }

  /** A document: its sentences in order. */
  public record Doc(List<Sentence> sentences) {
    public Doc {
      sentences = List.copyOf(sentences);
    }

    /** The evaluation text: each sentence's tokens joined by spaces, one sentence a line. */
    public String text() {
      StringBuilder text = new StringBuilder();
      for (Sentence sentence : sentences) {
        text.append(String.join(" ", sentence.tokens())).append('\n');
      }
      return text.toString();
    }

    /** Character offsets of every token in {@link #text()}: {start, end} pairs, in order. */
    public int[][] tokenOffsets() {
      List<int[]> offsets = new ArrayList<>();
      int position = 0;
      for (Sentence sentence : sentences) {
        for (String token : sentence.tokens()) {
          offsets.add(new int[] {position, position + token.length()});
          position += token.length() + 1;
        }
      }
      return offsets.toArray(int[][]::new);
    }

    /** The gold names with character offsets into {@link #text()}. */
    public List<Mention> mentions() {
      List<Mention> mentions = new ArrayList<>();
      int sentenceStart = 0;
      for (Sentence sentence : sentences) {
        int[] starts = new int[sentence.tokens().size() + 1];
        int position = sentenceStart;
        for (int i = 0; i < sentence.tokens().size(); i++) {
          starts[i] = position;
          position += sentence.tokens().get(i).length() + 1;
        }
        for (Name name : sentence.names()) {
          int end = starts[name.end() - 1] + sentence.tokens().get(name.end() - 1).length();
          mentions.add(new Mention(starts[name.start()], end, name.type()));
        }
        sentenceStart = position;
      }
      return mentions;
    }

    public int tokenCount() {
      return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }
  }

  private Conll2003() {
  }

  public static List<Doc> read(Path file) throws IOException {
    List<Doc> docs = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String trimmed = line.strip();
      if (trimmed.startsWith("-DOCSTART-")) {
        flushSentence(sentences, tokens, tags);
        if (!sentences.isEmpty()) {
          docs.add(new Doc(sentences));
          sentences = new ArrayList<>();
        }
      } else if (trimmed.isEmpty()) {
        flushSentence(sentences, tokens, tags);
      } else {
        int space = trimmed.lastIndexOf(' ');
        tokens.add(trimmed.substring(0, space).strip());
        tags.add(trimmed.substring(space + 1));
      }
    }
    flushSentence(sentences, tokens, tags);
    if (!sentences.isEmpty()) {
      docs.add(new Doc(sentences));
    }
    return docs;
  }

  /**
   * IOB2 tags to names. An "I-" tag that does not continue a name of its type opens one, as the
   * CoNLL scorer reads it.
   */
  public static List<Name> namesOf(List<String> tags) {
    List<Name> names = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      boolean continues = tag.startsWith("I-") && type != null && tag.substring(2).equals(type);
      if (!continues && type != null) {
        names.add(new Name(start, i, type));
        type = null;
      }
      if (tag.startsWith("B-") || tag.startsWith("I-") && type == null) {
        start = i;
        type = tag.substring(2);
      }
    }
    return names;
  }

  private static void flushSentence(List<Sentence> sentences, List<String> tokens, List<String> tags) {
    if (!tokens.isEmpty()) {
      sentences.add(new Sentence(tokens, tags));
      tokens.clear();
      tags.clear();
    }
  }
}
