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
    }
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

  private static void flushSentence(List<Sentence> sentences, List<String> tokens, List<String> tags) {
    if (!tokens.isEmpty()) {
      sentences.add(new Sentence(tokens, tags));
      tokens.clear();
      tags.clear();
    }
  }
}
