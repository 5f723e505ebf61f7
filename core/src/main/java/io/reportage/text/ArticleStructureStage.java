package io.reportage.text;

import io.reportage.Boilerplate;
import io.reportage.BoilerplateKind;
import io.reportage.Span;
import io.reportage.models.Lexicon;
import io.reportage.pipeline.Document;
import io.reportage.pipeline.Layer;
import io.reportage.pipeline.Stage;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the parts of an article: the headline (the first line, when it reads as one), the credited
 * outlet ("Via RT", "Source: Reuters"), the body, and the boilerplate sites append (separators,
 * donation appeals, comment policies, disclaimers, comment forms).
 *
 * <p>Reads the text; provides {@link Layer#STRUCTURE}. Every character belongs to the headline
 * block {@code [0, body.start)}, to the body, or to one boilerplate span: boilerplate is split off
 * only as a run of boilerplate paragraphs that reaches the end of the text, so text inside the story
 * is never lost to it.
 */
public final class ArticleStructureStage implements Stage {
  /** A credit line: "Via RT", "Source: Reuters", "Courtesy of AP". */
  private static final Pattern CREDIT = Pattern.compile(
      "(?i)(?:via|source|sources|courtesy of|credit|originally published by|republished from)\\s*[:\\-\u2013\u2014]?\\s+(\\S.*?)[\\s.]*");
  private static final int MAX_HEADLINE_CHARS = 250;
  private static final int MAX_CREDIT_WORDS = 8;

  private final Lexicon boilerplateCues;

  /** @param boilerplateCues phrases with the value "KIND start|anywhere" (see boilerplate-cues.txt) */
  public ArticleStructureStage(Lexicon boilerplateCues) {
    this.boilerplateCues = boilerplateCues;
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.noneOf(Layer.class);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.STRUCTURE);
  }

  @Override
  public void apply(Document doc) {
    String text = doc.text();
    List<Span> paragraphs = Paragraphs.split(text);

    int tail = paragraphs.size();
    List<BoilerplateKind> tailKinds = new ArrayList<>();
    while (tail > 1) {
      BoilerplateKind kind = boilerplateKind(text, paragraphs.get(tail - 1));
      if (kind == null) {
        break;
      }
      tailKinds.add(0, kind);
      tail--;
    }

    int first = 0;
    Span headline = null;
    if (tail >= 2 && readsAsHeadline(text, paragraphs.get(0))) {
      headline = paragraphs.get(0);
      first = 1;
    }
    Span source = null;
    for (int i = first; i < Math.min(tail - 1, first + 2) && source == null; i++) {
      source = creditedOutlet(text, paragraphs.get(i));
      if (source != null) {
        first = i + 1;
      }
    }

    int bodyStart = first < paragraphs.size() ? paragraphs.get(first).start() : text.length();
    if (first == 0) {
      bodyStart = 0;
    }
    int bodyEnd = tail < paragraphs.size() ? paragraphs.get(tail).start() : text.length();
    bodyStart = Math.min(bodyStart, bodyEnd);

    List<Boilerplate> boilerplate = new ArrayList<>();
    for (int i = tail; i < paragraphs.size(); i++) {
      int end = i + 1 < paragraphs.size() ? paragraphs.get(i + 1).start() : text.length();
      boilerplate.add(new Boilerplate(paragraphs.get(i).start(), end, tailKinds.get(i - tail)));
    }

    List<Span> analysed = new ArrayList<>();
    if (headline != null) {
      analysed.add(headline);
    }
    analysed.addAll(paragraphs.subList(first, tail));
    doc.setStructure(headline, source, new Span(bodyStart, bodyEnd), boilerplate, analysed);
  }

  /** One line, not too long, followed by more text, and not a run of several sentences. */
  private static boolean readsAsHeadline(String text, Span paragraph) {
    if (paragraph.length() > MAX_HEADLINE_CHARS || text.substring(paragraph.start(), paragraph.end()).indexOf('\n') >= 0) {
      return false;
    }
    for (int i = paragraph.start() + 1; i < paragraph.end() - 2; i++) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && text.charAt(i + 1) == ' ' && Character.isUpperCase(text.charAt(i + 2))
          && !Character.isUpperCase(text.charAt(i - 1))) {
        return false;
      }
    }
    return true;
  }

  /** The outlet's name when the paragraph is a short credit line, else null. */
  private static Span creditedOutlet(String text, Span paragraph) {
    String line = paragraph.text(text);
    if (line.split("\\s+").length > MAX_CREDIT_WORDS) {
      return null;
    }
    Matcher matcher = CREDIT.matcher(line);
    if (!matcher.matches()) {
      return null;
    }
    return new Span(paragraph.start() + matcher.start(1), paragraph.start() + matcher.end(1));
  }

  /** The kind of boilerplate a paragraph is, or null when it reads as article text. */
  BoilerplateKind boilerplateKind(String text, Span paragraph) {
    String content = paragraph.text(text);
    String[] words = words(content);
    if (words.length == 0) {
      return BoilerplateKind.SEPARATOR;
    }
    boolean siteVoice = speaksAsSite(words) && content.indexOf('"') < 0 && content.indexOf('\u201C') < 0;
    for (int i = 0; i < words.length; i++) {
      int length = boilerplateCues.longestMatch(words, i, words.length);
      if (length > 0) {
        String[] value = boilerplateCues.valueOf(words, i, length).split("\\s+");
        boolean anywhere = value.length > 1 && value[1].equals("anywhere");
        if (i == 0 || anywhere && siteVoice) {
          return BoilerplateKind.valueOf(value[0]);
        }
      }
    }
    return null;
  }

  /**
   * Whether a paragraph addresses the reader in the site's own voice ("we", "our", "you") without
   * quoting anyone: a cue that may stand anywhere only counts in such a paragraph, so that a story
   * that mentions donations keeps its last paragraph.
   */
  private static boolean speaksAsSite(String[] words) {
    for (String word : words) {
      if (word.equals("we") || word.equals("our") || word.equals("us") || word.equals("you") || word.equals("your")) {
        return true;
      }
    }
    return false;
  }

  /** Lower-case words of a paragraph, without punctuation; a paragraph of symbols has none. */
  private static String[] words(String paragraph) {
    String cleaned = paragraph.toLowerCase(Locale.ROOT).replace('\u2019', '\'')
        .replaceAll("[^\\p{L}\\p{N}'\\s-]+", " ").strip();
    return cleaned.isEmpty() ? new String[0] : cleaned.split("\\s+");
  }
}
