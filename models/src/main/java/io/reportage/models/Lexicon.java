package io.reportage.models;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An immutable set of phrases of one or more words, each with an optional value, matched against
 * lower-cased tokens. Built once, shared freely between threads.
 *
 * <p>The text format, one entry a line:
 * <pre>
 * # a comment runs to the end of the line
 * spokesman
 * press secretary          # a phrase of two tokens
 * said | say               # an entry with a value after '|'
 * </pre>
 * Phrases are lower-cased and split on whitespace into tokens; curly apostrophes are read as
 * straight ones, so that "n’t" and "n't" are the same entry. An entry without a value has the value
 * {@code ""}. When a phrase is listed twice, the later line wins, which is how a user's file
 * extends or overrides a bundled one (see {@link #extendedBy(Lexicon)}).
 */
public final class Lexicon {
  private final String name;
  private final Map<String, String> values;
  private final Node root;
  private final int longestPhrase;

  private Lexicon(String name, Map<String, String> values) {
    this.name = name;
    this.values = Collections.unmodifiableMap(values);
    this.root = new Node();
    int longest = 0;
    for (Map.Entry<String, String> entry : values.entrySet()) {
      String[] words = entry.getKey().split(" ");
      longest = Math.max(longest, words.length);
      Node node = root;
      for (String word : words) {
        node = node.children.computeIfAbsent(word, w -> new Node());
      }
      node.value = entry.getValue();
    }
    this.longestPhrase = longest;
  }

  /** Reads a lexicon in the format above; {@code name} appears in error messages. */
  public static Lexicon parse(String name, Reader reader) {
    Map<String, String> values = new LinkedHashMap<>();
    try (BufferedReader lines = new BufferedReader(reader)) {
      String line;
      int number = 0;
      while ((line = lines.readLine()) != null) {
        number++;
        int hash = line.indexOf('#');
        String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (entry.isEmpty()) {
          continue;
        }
        int bar = entry.indexOf('|');
        String phrase = normalize(bar >= 0 ? entry.substring(0, bar) : entry);
        String value = bar >= 0 ? entry.substring(bar + 1).strip() : "";
        if (phrase.isEmpty()) {
          throw new IllegalArgumentException(
              "Lexicon " + name + ", line " + number + ": an entry needs a phrase before '|': " + line);
        }
        values.put(phrase, value);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read lexicon " + name, e);
    }
    return new Lexicon(name, values);
  }

  /** A lexicon of the given phrases, all without a value. */
  public static Lexicon of(String name, Iterable<String> phrases) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String phrase : phrases) {
      String normalized = normalize(phrase);
      if (!normalized.isEmpty()) {
        values.put(normalized, "");
      }
    }
    return new Lexicon(name, values);
  }

  /** Lower-cases a phrase, reads curly apostrophes as straight ones and collapses whitespace. */
  public static String normalize(String phrase) {
    // By hand rather than with a regular expression: bundled lexicons hold thousands of lines, and
    // this runs for each when an extractor is built.
    String lower = phrase.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower.length());
    boolean space = false;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(c == '\u2019' || c == '\u2018' ? '\'' : c);
    }
    return out.toString();
  }

  /** This lexicon with the entries of {@code other} added; where both list a phrase, other's value wins. */
  public Lexicon extendedBy(Lexicon other) {
    Map<String, String> merged = new LinkedHashMap<>(values);
    merged.putAll(other.values);
    return new Lexicon(name + "+" + other.name, merged);
  }

  public String name() {
    return name;
  }

  public int size() {
    return values.size();
  }

  /** The phrases, normalized, in file order. */
  public Set<String> phrases() {
    return values.keySet();
  }

  /** Whether the phrase (any case, words separated by single spaces) is listed. */
  public boolean contains(String phrase) {
    return values.containsKey(normalize(phrase));
  }

  /** The value of a listed phrase, "" when it has none, or null when the phrase is not listed. */
  public String value(String phrase) {
    return values.get(normalize(phrase));
  }

  /** Whether an already normalized single token (lower case, straight apostrophes) is listed. */
  public boolean containsToken(String lowerToken) {
    Node node = root.children.get(lowerToken);
    return node != null && node.value != null;
  }

  /** The value of an already normalized single token when it is listed as a phrase of its own, or null. */
  public String tokenValue(String lowerToken) {
    Node node = root.children.get(lowerToken);
    return node == null ? null : node.value;
  }

  /**
   * The length, in tokens, of the longest listed phrase that starts at {@code from} in
   * {@code lowerTokens} and ends before {@code to}; 0 when none does. Tokens must already be
   * normalized as {@link #normalize(String)} does for a single word.
   */
  public int longestMatch(String[] lowerTokens, int from, int to) {
    Node node = root;
    int best = 0;
    int limit = Math.min(to, from + longestPhrase);
    for (int i = from; i < limit; i++) {
      node = node.children.get(lowerTokens[i]);
      if (node == null) {
        break;
      }
      if (node.value != null) {
        best = i - from + 1;
      }
    }
    return best;
  }

  /** The value of the phrase {@code lowerTokens[from, from + length)}, or null when not listed. */
  public String valueOf(String[] lowerTokens, int from, int length) {
    Node node = root;
    for (int i = from; i < from + length; i++) {
      node = node.children.get(lowerTokens[i]);
      if (node == null) {
        return null;
      }
    }
    return node.value;
  }

  /** The number of tokens of the longest phrase. */
  public int longestPhrase() {
    return longestPhrase;
  }

  @Override
  public String toString() {
    return "Lexicon[" + name + ", " + values.size() + " phrases]";
  }

  private static final class Node {
    final Map<String, Node> children = new HashMap<>(4);
    String value;
  }
}
