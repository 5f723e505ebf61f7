package io.reportage.adapter.opennlp;

import io.reportage.models.ModelResources;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.namefind.TokenNameFinderModel;
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

  public static TokenNameFinderModel nameFinderModel() {
    return NameFinderHolder.MODEL;
  }

  // Holder classes: the JVM loads each model the first time it is asked for, exactly once.
  private static final class PosHolder {
    static final POSModel MODEL = load(ModelResources.POS_MODEL, POSModel::new);
  }

  private static final class NameFinderHolder {
    static final TokenNameFinderModel MODEL = load(ModelResources.NAME_FINDER_MODEL, TokenNameFinderModel::new);
  }

  private interface Reader<T> {
    T read(InputStream in) throws IOException;
  }

  private static <T> T load(String resource, Reader<T> reader) {
    try (InputStream in = ModelResources.open(resource)) {
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the OpenNLP model " + resource, e);
    }
  }
}
