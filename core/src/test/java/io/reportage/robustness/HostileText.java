package io.reportage.robustness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Texts that mix real news writing with everything a scraper or a pasted document brings along.
 * A text is a list of pieces (each with its own leading separator), so that a failing text can be
 * shrunk piece by piece before character by character. The same {@link Random} gives the same
 * pieces; the generator itself is immutable and thread-safe.
 *
 * <p>Sentences and words come from the example articles under {@code examples/articles} when that
 * directory is found, and from a few sentences written here otherwise.
 */
public final class HostileText {
  /** Sentences used when the example articles are not beside the build. */
  private static final List<String> OWN_SENTENCES = List.of(
      "The mayor said on Tuesday that the bridge would reopen in August.",
      "“We will not back down,” union leader Ana Ortiz told reporters outside the port.",
      "According to the ministry, Halas stressed that any deal must include “guarantees.”",
      "\"It has to happen,\" she said. \"People are tired of waiting.\"",
      "Dr. Helen Marsh, a civil engineer, read a long statement to the panel.",
      "In 2019 the council voted 7-2 to cut the library budget by $1.5 million.",
      "Q: Did you believe him?",
      "A: I had no reason not to.",
      "The company's former chief executive, Graham Holt, has said the board was never told.",
      "Officials, many of whom asked not to be named, described the talks as “pretty long”.");

  private static final List<String> NAMES = List.of("Ana Ortiz", "Mr. Brandt", "Dr. Helen Marsh", "O'Neill",
      "Jean-Paul Okafor", "de Vries", "AL-RASHID", "Sen. Mary Quinn (D-Ore.)", "the spokesman", "Halas's",
      "Viktor Halas", "President Mirela Dragan", "Lupu", "he", "she", "they", "a senior official", "Reuters");
  private static final List<String> CUES = List.of("said", "says", "told reporters", "according to", "he said",
      "she added", ", he said,", "said:", "asked", "warned", "denied", "insisted that", "quoted", "was quoted as saying",
      "in a statement", "tweeted", "said in an interview", "noted", "replied");
  private static final List<String> QUOTE_MARKS = List.of("\"", "'", "“", "”", "‘", "’", "«", "»", "„", "‚", "‹",
      "›", "「", "」", "『", "』", "`", "``", "''", "‟", "‛", "« ", " »", "\"\"", "“”");
  private static final List<String> DASHES = List.of("-", "–", "—", "--", "―", " - ", " — ", "‐", "−");
  private static final List<String> PUNCTUATION = List.of(":", ";", ",", ".", "...", "…", "?", "!", "(", ")", "[",
      "]", "{", "}", "((", "))", "/", "*", "•", "#", "&", "%", "@", "|");
  private static final List<String> BREAKS = List.of("\n", "\r", "\r\n", "\n\n", "\r\n\r\n", "\r\r", "\u2028",
      "\u2029", "\u0085", "\f", "\n \n", "\n\n\n\n");
  private static final List<String> SPACES = List.of(" ", "  ", "\t", "\u00A0", "\u2009", "\u3000", " \t ", "\u202F");
  private static final List<String> CONTROLS = List.of("\u0000", "\u0007", "\u001B", "\u001B[31m", "\u007F", "\b",
      "\u000B", "\u0080", "\u009F", "\u0001\u0002");
  private static final List<String> ZERO_WIDTH = List.of("\u200B", "\u200C", "\u200D", "\uFEFF", "\u2060", "\u00AD",
      "\u034F", "\u180E");
  private static final List<String> SURROGATES = List.of("\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uDC00\uD800",
      "\uD83D", "\uD83D\uD83D", "x\uDE00y");
  private static final List<String> EMOJI = List.of("👍🏽", "👨‍👩‍👧", "🇺🇦", "❤️", "😀", "𝔘𝔫𝔦𝔬𝔫", "🏳️‍🌈", "©", "™",
      "½", "ﬁ", "Å", "é");
  private static final List<String> RIGHT_TO_LEFT = List.of("قال الرئيس", "שלום עולם", "\u202E", "\u200F", "\u202B",
      "\u202C", "\u2067", "\u2069", "«قال»", "«לא»");
  private static final List<String> HTML = List.of("<p>", "</p>", "<a href=\"https://example.org/x?a=1&b=2\">",
      "</a>", "&amp;", "&#8220;", "&quot;", "<br/>", "<script>alert(1)</script>", "<!-- comment -->", "<div class='x'>",
      "&nbsp;", "<blockquote>", "</blockquote>");
  private static final List<String> NUMBERS_AND_TIMES = List.of("2019", "3 p.m.", "Nov. 3", "$1.5 billion", "40%",
      "1,200", "Monday", "August", "last year", "in 2010", "on Tuesday", "one in five", "No. 10", "7-2", "1.", "2)",
      "12:30", "'90s", "March 2024", "next month", "two", "Dec.");
  private static final List<String> FURNITURE = List.of("Leave a Reply", "Source: The Courier", "Via RT",
      "Share this:", "© 2026 Example News", "Q:", "A:", "ORTIZ:", "(Reuters) -", "By Ana Ortiz", "Related:",
      "Advertisement", "* * *", "___", "Tags: council, budget", "Updated 3 p.m.", "EASTBROOK, Dec 3 (Reuters) -");

  /** Kinds of piece and how often each is drawn (weights out of their sum). */
  private enum Kind {
    SENTENCE(8), FRAGMENT(4), PARAGRAPH(1), EDITED_PARAGRAPH(2), WORD(8), NAME(3), CUE(3), QUOTE_MARK(6), DASH(2), PUNCTUATION(3),
    BREAK(3), SPACE(2), CONTROL(1), ZERO_WIDTH(1), SURROGATE(1), EMOJI(1), RIGHT_TO_LEFT(1), HTML(1),
    NUMBER_OR_TIME(3), FURNITURE(1), LONG_TOKEN(0.15);

    final double weight;

    Kind(double weight) {
      this.weight = weight;
    }
  }

  private final List<String> sentences;
  private final List<String> paragraphs;
  private final List<String> words;
  private final double totalWeight;

  private HostileText(List<String> sentences, List<String> paragraphs) {
    this.sentences = List.copyOf(sentences);
    this.paragraphs = List.copyOf(paragraphs);
    List<String> allWords = new ArrayList<>();
    for (String sentence : sentences) {
      for (String word : sentence.split(" ")) {
        if (!word.isEmpty()) {
          allWords.add(word);
        }
      }
    }
    this.words = List.copyOf(allWords);
    double sum = 0;
    for (Kind kind : Kind.values()) {
      sum += kind.weight;
    }
    this.totalWeight = sum;
  }

  /**
   * A generator over the example articles, found at {@code examples/articles} or
   * {@code ../examples/articles} from the working directory (the project root or a module), or over
   * the sentences written here when neither exists.
   */
  public static HostileText fromExampleArticles() {
    for (Path dir : List.of(Path.of("examples/articles"), Path.of("../examples/articles"))) {
      if (Files.isDirectory(dir)) {
        return fromArticles(dir);
      }
    }
    return new HostileText(OWN_SENTENCES, List.of(String.join(" ", OWN_SENTENCES)));
  }

  /** A generator over the sentences of every {@code *.txt} file in {@code dir}, plus the sentences written here. */
  public static HostileText fromArticles(Path dir) {
    List<String> sentences = new ArrayList<>(OWN_SENTENCES);
    List<String> paragraphs = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        for (String paragraph : Files.readString(file, StandardCharsets.UTF_8).split("\n\\s*\n")) {
          String trimmed = paragraph.strip();
          if (!trimmed.isEmpty()) {
            paragraphs.add(trimmed);
            // A sentence ends at . ? or ! (perhaps with a closing mark) before a space and a capital or an opening mark.
            for (String sentence : trimmed.split("(?<=[.?!][”\"’]?)\\s+(?=[“\"‘A-Z])")) {
              sentences.add(sentence.strip());
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new HostileText(sentences, paragraphs);
  }

  /**
   * The pieces of one text: from one to about sixty, a few times in a hundred up to three hundred;
   * one time in ten a handful of words alone ("In August ted"), where the rules meet the start and
   * the end of a sentence at once.
   */
  public List<String> pieces(Random random) {
    if (random.nextInt(10) == 0) {
      return fewWords(random);
    }
    int count = random.nextInt(100) < 3 ? 1 + random.nextInt(300) : 1 + random.nextInt(1 + random.nextInt(60));
    List<String> pieces = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      pieces.add(piece(random));
    }
    return pieces;
  }

  private List<String> fewWords(Random random) {
    int count = 1 + random.nextInt(8);
    List<String> pieces = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String word = switch (random.nextInt(6)) {
        case 0 -> pick(NAMES, random);
        case 1 -> pick(CUES, random);
        case 2 -> pick(NUMBERS_AND_TIMES, random);
        default -> recase(pick(words, random), random);
      };
      pieces.add(i == 0 ? word : " " + word);
    }
    return pieces;
  }

  /** One text. */
  public String text(Random random) {
    return String.join("", pieces(random));
  }

  /** A piece with its leading separator: usually a space, sometimes nothing or a line break. */
  public String piece(Random random) {
    int roll = random.nextInt(20);
    String separator = roll < 13 ? " " : roll < 17 ? "" : roll < 19 ? "\n\n" : "\n";
    return separator + content(kind(random), random);
  }

  private Kind kind(Random random) {
    double roll = random.nextDouble() * totalWeight;
    for (Kind kind : Kind.values()) {
      roll -= kind.weight;
      if (roll < 0) {
        return kind;
      }
    }
    return Kind.WORD;
  }

  private String content(Kind kind, Random random) {
    return switch (kind) {
      case SENTENCE -> pick(sentences, random);
      case FRAGMENT -> fragment(pick(sentences, random), random);
      case PARAGRAPH -> pick(paragraphs, random);
      case EDITED_PARAGRAPH -> edited(pick(paragraphs, random), random);
      case WORD -> recase(pick(words, random), random);
      case NAME -> pick(NAMES, random);
      case CUE -> pick(CUES, random);
      case QUOTE_MARK -> pick(QUOTE_MARKS, random);
      case DASH -> pick(DASHES, random);
      case PUNCTUATION -> pick(PUNCTUATION, random);
      case BREAK -> pick(BREAKS, random);
      case SPACE -> pick(SPACES, random);
      case CONTROL -> pick(CONTROLS, random);
      case ZERO_WIDTH -> pick(ZERO_WIDTH, random);
      case SURROGATE -> pick(SURROGATES, random);
      case EMOJI -> pick(EMOJI, random);
      case RIGHT_TO_LEFT -> pick(RIGHT_TO_LEFT, random);
      case HTML -> pick(HTML, random);
      case NUMBER_OR_TIME -> pick(NUMBERS_AND_TIMES, random);
      case FURNITURE -> pick(FURNITURE, random);
      case LONG_TOKEN -> longToken(random);
    };
  }

  /** The start or the end of a sentence, cut between words. */
  private static String fragment(String sentence, Random random) {
    String[] words = sentence.split(" ");
    int cut = random.nextInt(words.length + 1);
    return random.nextBoolean()
        ? String.join(" ", List.of(words).subList(0, cut))
        : String.join(" ", List.of(words).subList(cut, words.length));
  }

  /**
   * A paragraph of real writing with a few local edits, so that the rules meet a familiar sentence
   * with something wrong in one place: words dropped, a piece of another kind put in, a word's case changed.
   */
  private String edited(String paragraph, Random random) {
    List<String> words = new ArrayList<>(List.of(paragraph.split(" ")));
    int edits = 1 + random.nextInt(4);
    for (int e = 0; e < edits && !words.isEmpty(); e++) {
      int at = random.nextInt(words.size());
      switch (random.nextInt(4)) {
        case 0 -> words.subList(at, Math.min(words.size(), at + 1 + random.nextInt(4))).clear();
        case 1 -> words.add(at, insertion(random));
        case 2 -> words.set(at, recase(words.get(at), random));
        default -> words.set(at, words.get(at) + pick(random.nextBoolean() ? QUOTE_MARKS : PUNCTUATION, random));
      }
    }
    return String.join(" ", words);
  }

  /** Anything but another edited paragraph. */
  private String insertion(Random random) {
    Kind kind = kind(random);
    return content(kind == Kind.EDITED_PARAGRAPH ? Kind.WORD : kind, random);
  }

  /** A word as written, in lower case, in capitals or capitalised. */
  private static String recase(String word, Random random) {
    return switch (random.nextInt(6)) {
      case 0 -> word.toLowerCase();
      case 1 -> word.toUpperCase();
      case 2 -> word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
      default -> word;
    };
  }

  /** A token of hundreds to thousands of characters: one letter, a word repeated without spaces, digits or a URL. */
  private String longToken(Random random) {
    int length = 200 + random.nextInt(random.nextInt(10) == 0 ? 20_000 : 2_000);
    String unit = switch (random.nextInt(5)) {
      case 0 -> "a";
      case 1 -> pick(words, random);
      case 2 -> "1234567890";
      case 3 -> "https://example.org/";
      default -> pick(QUOTE_MARKS, random) + "x";
    };
    StringBuilder token = new StringBuilder(length + unit.length());
    while (token.length() < length) {
      token.append(unit);
    }
    return token.toString();
  }

  private static String pick(List<String> list, Random random) {
    return list.get(random.nextInt(list.size()));
  }
}
