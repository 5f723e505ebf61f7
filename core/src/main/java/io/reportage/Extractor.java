package io.reportage;

import io.reportage.entity.EntityRecognizer;
import io.reportage.models.BundledLexicon;
import io.reportage.models.Lexicon;
import io.reportage.models.Lexicons;
import io.reportage.pipeline.AnalysisAssembler;
import io.reportage.pipeline.Document;
import io.reportage.pipeline.Pipeline;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads news articles: who is in them, who said what, what happened.
 *
 * <pre>{@code
 * Extractor extractor = Extractor.create();          // build once; thread-safe
 * Analysis analysis = extractor.analyze(text);
 * String json = AnalysisJson.toJson(analysis);       // io.reportage.json: the JSON contract
 * }</pre>
 *
 * An extractor holds only immutable, shared models and lexicons; any number of threads may call
 * {@link #analyze} at once. Models load once per JVM, so a second extractor costs little.
 *
 * <p>Every offset in the result ({@link Span}, {@link TextSpan}, mentions, quotes, events) is a
 * UTF-16 index into the string that was analysed, as {@link String#substring(int, int)} takes it:
 * start inclusive, end exclusive. A character outside the Basic Multilingual Plane (most emoji)
 * counts two. The text is analysed as given: no normalisation shifts the offsets.
 */
public final class Extractor {
  private static final Logger LOG = LoggerFactory.getLogger(Extractor.class);

  private final Profile profile;
  private final Pipeline pipeline;

  private Extractor(Profile profile, Pipeline pipeline) {
    this.profile = profile;
    this.pipeline = pipeline;
  }

  /** An extractor with the {@link Profile#FAST} profile and the bundled lexicons. */
  public static Extractor create() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Profile profile() {
    return profile;
  }

  /** Analyses an article of which nothing but the text is known. */
  public Analysis analyze(String text) {
    return analyze(text, ArticleInfo.none());
  }

  /**
   * Analyses an article. Any text is accepted: empty or odd input (unbalanced quotation marks,
   * control characters, unpaired surrogates) gives a possibly empty analysis, in time linear in its
   * length.
   *
   * @throws IllegalArgumentException when {@code text} or {@code info} is null
   * @throws ExtractionException when a stage fails; it names the stage
   */
  public Analysis analyze(String text, ArticleInfo info) {
    if (text == null) {
      throw new IllegalArgumentException("The text to analyse is null; pass \"\" for an empty article");
    }
    if (info == null) {
      throw new IllegalArgumentException("The article info is null; pass ArticleInfo.none() when nothing is known");
    }
    Document doc = new Document(text, info);
    pipeline.run(doc);
    return AnalysisAssembler.assemble(doc);
  }

  /** Chooses a profile, extra lexicon entries and a different entity recognizer. */
  public static final class Builder {
    private Profile profile = Profile.FAST;
    private Lexicons lexicons;
    private EntityRecognizer recognizer;

    private Builder() {
    }

    /** The profile; {@link Profile#FAST} unless set. */
    public Builder profile(Profile profile) {
      this.profile = required(profile, "profile", "Profile.FAST or Profile.ACCURATE");
      return this;
    }

    /** Uses this recognizer for names instead of the profile's own; it must be thread-safe. */
    public Builder entityRecognizer(EntityRecognizer recognizer) {
      this.recognizer = required(recognizer, "entity recognizer", "an EntityRecognizer");
      return this;
    }

    /** Adds the entries of {@code extra} to the bundled lexicon of that kind; where both list a phrase, {@code extra} wins. */
    public Builder extendLexicon(BundledLexicon kind, Lexicon extra) {
      required(kind, "lexicon kind", "a BundledLexicon");
      required(extra, "lexicon", "a Lexicon");
      lexicons = lexicons().extendedWith(kind, extra);
      return this;
    }

    /**
     * Adds the entries of a lexicon file (UTF-8, the format of {@link Lexicon}) to the bundled
     * lexicon of that kind.
     *
     * @throws UncheckedIOException when the file cannot be read; the message names it
     */
    public Builder extendLexicon(BundledLexicon kind, Path file) {
      required(file, "lexicon file", "a Path");
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        return extendLexicon(kind, Lexicon.parse(file.toString(), reader));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read the lexicon file " + file.toAbsolutePath(), e);
      }
    }

    private static <T> T required(T value, String what, String expected) {
      if (value == null) {
        throw new IllegalArgumentException("The " + what + " is null; pass " + expected);
      }
      return value;
    }

    private Lexicons lexicons() {
      return lexicons != null ? lexicons : Lexicons.bundled();
    }

    /**
     * Builds the extractor.
     *
     * @throws IllegalStateException when the profile's models are not on the class path (the
     *     ACCURATE profile without the CoreNLP models jar); the message names the dependency to add
     */
    public Extractor build() {
      long started = System.nanoTime();
      PipelineAssembly.startLoading(profile, recognizer); // models load while the lexicons do
      Pipeline pipeline = PipelineAssembly.build(profile, lexicons(), recognizer);
      LOG.debug("Built a {} extractor in {} ms", profile, (System.nanoTime() - started) / 1_000_000);
      return new Extractor(profile, pipeline);
    }
  }
}
