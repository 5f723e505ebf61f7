package io.reportage.adapter.opennlp;

import io.reportage.models.Lexicon;
import io.reportage.models.ModelResources;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import opennlp.tools.postag.POSModel;

/**
 * The models of the FAST profile, each read from the class path once per JVM on first use and then
 * shared: they are immutable and thread-safe. {@link #startLoading()} reads them on other threads,
 * so that they load while the caller does something else (the lexicons, say).
 */
public final class OpenNlpModels {
  private static final Once<GreedyPosTagger> POS_TAGGER = new Once<>(
      () -> load(ModelResources.POS_WEIGHTS, GreedyPosTagger::readCompact));
  private static final Once<NameFeatures.Gazetteers> GAZETTEERS = new Once<>(() -> new NameFeatures.Gazetteers(
      lexicon(ModelResources.NAME_FINDER_PLACES), lexicon(ModelResources.NAME_FINDER_NATIONALITIES),
      lexicon(ModelResources.NAME_FINDER_ORGANIZATION_WORDS), lexicon(ModelResources.NAME_FINDER_GIVEN_NAMES),
      lexicon(ModelResources.NAME_FINDER_SPEECH_VERBS),
      load(ModelResources.NAME_FINDER_WORD_CLUSTERS, WordClusters::read)));
  private static final Once<NameFinderModel> NAME_FINDER = new Once<>(
      () -> load(ModelResources.NAME_FINDER_MODEL, in -> NameFinderModel.read(in, nameFinderGazetteers())));
  private static final Once<OpenNlpFeatureScorer> CUE_SCORER = new Once<>(
      () -> load(ModelResources.CUE_MODEL, in -> OpenNlpFeatureScorer.read(in, OpenNlpFeatureScorer.CUE)));
  private static final Once<OpenNlpFeatureScorer> CONFIDENCE_SCORER = new Once<>(
      () -> load(ModelResources.CONFIDENCE_MODEL, in -> OpenNlpFeatureScorer.read(in, OpenNlpFeatureScorer.RIGHT)));

  private static final Once<OpenNlpFeatureScorer> TRIGGER_SCORER = new Once<>(
      () -> load(ModelResources.TRIGGER_MODEL, in -> OpenNlpFeatureScorer.read(in, OpenNlpFeatureScorer.EVENT)));

  private OpenNlpModels() {
  }

  /**
   * Starts reading the POS tagger and, when {@code nameFinder}, the name finder, each on a thread of
   * the common pool. A failure is not reported here but by the accessor, when it is called.
   */
  public static void startLoading(boolean nameFinder) {
    CompletableFuture.runAsync(POS_TAGGER::tryGet);
    CompletableFuture.runAsync(CUE_SCORER::tryGet);
    CompletableFuture.runAsync(CONFIDENCE_SCORER::tryGet);
    if (nameFinder) {
      CompletableFuture.runAsync(NAME_FINDER::tryGet);
    }
  }

  /** The greedy tagger over OpenNLP's English POS model (its weights in compact form). */
  public static GreedyPosTagger posTagger() {
    return POS_TAGGER.get();
  }

  /** OpenNLP's English POS model as OpenNLP reads it, read anew (for comparisons; the pipeline uses {@link #posTagger()}). */
  public static POSModel posModel() {
    return load(ModelResources.POS_MODEL, POSModel::new);
  }

  public static NameFinderModel nameFinderModel() {
    return NAME_FINDER.get();
  }

  /** The cue model that attribution uses to decide which words introduce an attribution. */
  public static OpenNlpFeatureScorer cueScorer() {
    return CUE_SCORER.get();
  }

  /** The confidence model that gives each attribution the probability that it is right. */
  public static OpenNlpFeatureScorer confidenceScorer() {
    return CONFIDENCE_SCORER.get();
  }

  /** The trigger model that weighs each reading of an event word. */
  public static OpenNlpFeatureScorer triggerScorer() {
    return TRIGGER_SCORER.get();
  }

  /** The gazetteers frozen with the bundled name-finder model. */
  public static NameFeatures.Gazetteers nameFinderGazetteers() {
    return GAZETTEERS.get();
  }

  /** A value computed once, by whichever thread asks first; a failure is kept and thrown to every caller. */
  private static final class Once<T> {
    private final Supplier<T> supplier;
    private T value;
    private RuntimeException failure;

    Once(Supplier<T> supplier) {
      this.supplier = supplier;
    }

    synchronized T get() {
      if (value == null && failure == null) {
        try {
          value = supplier.get();
        } catch (RuntimeException e) {
          failure = e;
        }
      }
      if (failure != null) {
        throw failure;
      }
      return value;
    }

    void tryGet() {
      try {
        get();
      } catch (RuntimeException e) {
        // kept; get() throws it to the caller that needs the model
      }
    }
  }

  private static Lexicon lexicon(String resource) {
    return load(resource, in -> Lexicon.parse(resource, new InputStreamReader(in, StandardCharsets.UTF_8)));
  }

  private interface Reader<T> {
    T read(InputStream in) throws IOException;
  }

  private static <T> T load(String resource, Reader<T> reader) {
    try (InputStream in = ModelResources.open(resource)) {
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the model " + resource, e);
    }
  }
}
