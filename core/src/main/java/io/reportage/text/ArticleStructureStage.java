package io.reportage.text;

import io.reportage.Boilerplate;
import io.reportage.BoilerplateKind;
import io.reportage.Span;
import io.reportage.models.BundledLexicon;
import io.reportage.models.Lexicon;
import io.reportage.models.Lexicons;
import io.reportage.pipeline.Document;
import io.reportage.pipeline.Layer;
import io.reportage.pipeline.Stage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Finds the parts of an article: the headline (the first line, when it reads as one), the front
 * matter under it (credit line, byline, date line), the credited outlet ("Via RT", "Source:
 * Reuters", or the "(Reuters)" of a wire dateline), the body, and the boilerplate that sites append
 * (separators, donation appeals, comment policies, disclaimers, comment forms, sharing links).
 *
 * <p>Reads the text; provides {@link Layer#STRUCTURE}. The parts tile the text: the headline block
 * is {@code [0, body.start)}, then the body, then the boilerplate spans, each running to the next,
 * the last to the end of the text. So every character belongs to exactly one of them.
 *
 * <p>Story text is never lost to boilerplate: only a run of paragraphs that reaches the end of the
 * text is split off, it must start with a paragraph the cues recognise (short furniture-like lines
 * such as "Tags: Kremlin" are taken along only after one), and the first paragraph always stays.
 * The analysed paragraphs are the headline and the body's paragraphs; front matter and boilerplate
 * get no tokens, so nothing in them yields entities, quotes or events.
 *
 * <p>Linear in the length of the text: every paragraph is read a bounded number of times.
 */
public final class ArticleStructureStage implements Stage {
  /** Lines between the headline and the story that can be front matter. */
  private static final int MAX_FRONT_MATTER = 4;

  private final BoilerplateClassifier boilerplate;
  private final OutletCredits credits;
  private final HeadlineRule headlines;

  /**
   * What the stage reads.
   *
   * @param boilerplateCues phrases with the value "KIND start|heading|anywhere" (boilerplate-cues.txt)
   * @param outlets outlet names that a credit line or dateline may name without other evidence (outlets.txt)
   * @param abbreviations words that keep a final period (abbreviations.txt), for headlines that end on one
   */
  public record Config(Lexicon boilerplateCues, Lexicon outlets, Lexicon abbreviations) {
    public Config {
      Objects.requireNonNull(boilerplateCues, "boilerplateCues");
      Objects.requireNonNull(outlets, "outlets");
      Objects.requireNonNull(abbreviations, "abbreviations");
    }

    /** The lexicons of these kinds from {@code lexicons}. */
    public static Config from(Lexicons lexicons) {
      return new Config(lexicons.get(BundledLexicon.BOILERPLATE_CUES), lexicons.get(BundledLexicon.OUTLETS),
          lexicons.get(BundledLexicon.ABBREVIATIONS));
    }
  }

  /** @throws IllegalArgumentException when a boilerplate cue has a malformed value */
  public ArticleStructureStage(Config config) {
    this.boilerplate = new BoilerplateClassifier(config.boilerplateCues());
    this.credits = new OutletCredits(config.outlets());
    this.headlines = new HeadlineRule(config.abbreviations());
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
    int count = paragraphs.size();
    Tail boilerplateTail = boilerplateTail(text, paragraphs);
    int tail = boilerplateTail.start();

    int first = 0;
    Span headline = null;
    if (tail >= 2 && readsAsHeadline(text, paragraphs.get(0))) {
      headline = paragraphs.get(0);
      first = 1;
    }
    Span source = null;
    int frontLimit = first + MAX_FRONT_MATTER;
    while (first < tail - 1 && first < frontLimit) {
      Span paragraph = paragraphs.get(first);
      Span credit = credits.creditLine(text, paragraph);
      if (credit == null && !FrontMatter.isByline(text, paragraph) && !FrontMatter.isDateLine(text, paragraph)) {
        break;
      }
      if (source == null) {
        source = credit;
      }
      first++;
    }
    if (source == null && first < tail) {
      source = credits.dateline(text, paragraphs.get(first));
    }
    if (source == null) {
      source = boilerplateTail.credit();
    }

    int bodyStart = first == 0 ? 0 : first < count ? paragraphs.get(first).start() : text.length();
    int bodyEnd = tail < count ? paragraphs.get(tail).start() : text.length();
    List<Boilerplate> parts = new ArrayList<>(count - tail);
    for (int i = tail; i < count; i++) {
      int end = i + 1 < count ? paragraphs.get(i + 1).start() : text.length();
      parts.add(new Boilerplate(paragraphs.get(i).start(), end, boilerplateTail.kinds()[i - tail]));
    }

    List<Span> analysed = new ArrayList<>(tail - first + 1);
    if (headline != null) {
      analysed.add(headline);
    }
    analysed.addAll(paragraphs.subList(first, tail));
    doc.setStructure(headline, source, new Span(bodyStart, bodyEnd), parts, analysed);
  }

  /**
   * The boilerplate run at the end of the text.
   *
   * @param start the index of its first paragraph; the paragraph count when there is none
   * @param kinds the kind of each of its paragraphs, in order
   * @param credit the outlet named by a credit line inside it ("Source: TASS"), or null
   */
  private record Tail(int start, BoilerplateKind[] kinds, Span credit) {
  }

  /** Reads paragraphs from the end while they are boilerplate or label lines; the run starts at the earliest cue paragraph. */
  private Tail boilerplateTail(String text, List<Span> paragraphs) {
    int count = paragraphs.size();
    BoilerplateKind[] kinds = new BoilerplateKind[count];
    Span credit = null;
    int tail = count;
    // A separator opens boilerplate at the end of the text or above boilerplate the cues recognise,
    // not above short lines alone: between the rows of a results table ("-----" between the rows
    // of a tennis draw) it is part of the story.
    boolean cueBelow = false;
    for (int i = count - 1; i >= 1; i--) {
      Span paragraph = paragraphs.get(i);
      BoilerplateKind kind = boilerplate.kindOf(text, paragraph);
      if (kind == null) {
        Span named = credits.creditLine(text, paragraph);
        if (named != null) {
          credit = named;
          kind = BoilerplateKind.SITE_FURNITURE;
        }
      }
      if (kind == BoilerplateKind.SEPARATOR && !cueBelow && tail != i + 1) {
        kinds[i] = kind;
      } else if (kind != null) {
        kinds[i] = kind;
        tail = i;
        cueBelow |= kind != BoilerplateKind.SEPARATOR;
      } else if (BoilerplateClassifier.isFurnitureLike(text, paragraph)) {
        kinds[i] = BoilerplateKind.SITE_FURNITURE;
      } else {
        break;
      }
    }
    return new Tail(tail, Arrays.copyOfRange(kinds, tail, count), credit);
  }

  /** The first paragraph is the headline when it reads as one and is not a credit line or boilerplate. */
  private boolean readsAsHeadline(String text, Span paragraph) {
    return headlines.readsAsHeadline(text, paragraph) && credits.creditLine(text, paragraph) == null
        && !FrontMatter.isByline(text, paragraph) && !FrontMatter.isDateLine(text, paragraph)
        && boilerplate.kindOf(text, paragraph) == null;
  }
}
