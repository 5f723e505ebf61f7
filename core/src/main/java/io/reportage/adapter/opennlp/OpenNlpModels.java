package io.reportage.adapter.opennlp;

import io.reportage.models.Lexicon;
import io.reportage.models.ModelResources;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import opennlp.tools.postag.POSModel;

/**
 * The OpenNLP models, each read from the class path once per JVM on first use and then shared:
 * OpenNLP models are immutable and thread-safe (its *ME tools are not, see the taggers here).
 */
public final class OpenNlpModels {
  private OpenNlpModels() {
  }

  public static POSModel posModel() {
    return PosHolder.MODEL;
  }

  public static NameFinderModel nameFinderModel() {
    return NameFinderHolder.MODEL;
  }

  /** The gazetteers frozen with the bundled name-finder model. */
  public static NameFeatures.Gazetteers nameFinderGazetteers() {
    return GazetteerHolder.GAZETTEERS;
  }

  /** The cue model that attribution uses to decide which words introduce an attribution. */
  public static OpenNlpCueScorer cueScorer() {
    return CueHolder.MODEL;
  }

  // Holder classes: the JVM loads each model the first time it is asked for, exactly once.
  private static final class CueHolder {
    static final OpenNlpCueScorer MODEL = load(ModelResources.CUE_MODEL, OpenNlpCueScorer::read);
  }

  private static final class PosHolder {
    static final POSModel MODEL = load(ModelResources.POS_MODEL, POSModel::new);
  }

  private static final class NameFinderHolder {
    static final NameFinderModel MODEL = load(ModelResources.NAME_FINDER_MODEL,
        in -> NameFinderModel.read(in, nameFinderGazetteers()));
  }

  private static final class GazetteerHolder {
    static final NameFeatures.Gazetteers GAZETTEERS = new NameFeatures.Gazetteers(
        lexicon(ModelResources.NAME_FINDER_PLACES), lexicon(ModelResources.NAME_FINDER_NATIONALITIES),
        lexicon(ModelResources.NAME_FINDER_ORGANIZATION_WORDS), lexicon(ModelResources.NAME_FINDER_GIVEN_NAMES));
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
