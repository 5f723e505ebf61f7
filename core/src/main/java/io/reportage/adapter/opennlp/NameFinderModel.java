package io.reportage.adapter.opennlp;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * Reportage's name-finder model: the weights of a linear classifier trained with OpenNLP (maximum
 * entropy by L-BFGS, see {@code TrainNameFinder}) over the {@link NameFeatures}, decoded greedily
 * token by token. Only features with a non-zero weight are kept, keyed by the 64-bit hash of the
 * feature string ({@link FeatureSink#hash}), so the model loads in milliseconds and scoring builds
 * no strings. The best label of a maximum-entropy model is the one with the largest sum of weights,
 * so decoding needs no probabilities.
 *
 * <p>Immutable and thread-safe: decoding keeps its state in the document being decoded.
 *
 * <p>File format (gzip-compressed, big-endian): the format name ({@value #FORMAT}) and the feature
 * groups as Java modified UTF-8 strings, then the weights as {@link HashedWeights} writes them, their
 * labels indexing {@link NameFeatures#LABELS}.
 */
public final class NameFinderModel {
  static final String FORMAT = "reportage-names/2";

  private static final int LABEL_COUNT = NameFeatures.LABELS.size();
  /** The block of a word's cached weights that holds its own word features. */
  private static final int SELF = 2;
  /** Bounds each thread's cache (a few MB) so that many threads fit a small heap; it is emptied when full. */
  private static final int MAX_CACHED_WORDS = 20_000;

  private final NameFeatures features;
  private final HashedWeights weights;
  /** Window weights of the marks beyond a sentence's first and last token, in the blocks of a word's weights. */
  private final float[] sentenceStartWeights;
  private final float[] sentenceEndWeights;
  /** Per thread: the summed weights of each word seen, as {@link #wordWeights} computes them. */
  private final ThreadLocal<Map<String, float[]>> wordCache = ThreadLocal.withInitial(HashMap::new);

  private NameFinderModel(NameFeatures features, HashedWeights weights) {
    if (weights.labelCount() != LABEL_COUNT) {
      throw new IllegalArgumentException("The weights have " + weights.labelCount() + " labels, the features "
          + LABEL_COUNT);
    }
    this.features = features;
    this.weights = weights;
    FeatureSink.Hashes hashes = new FeatureSink.Hashes();
    this.sentenceStartWeights = new float[5 * LABEL_COUNT];
    windowWeights(NameFeatures.SENTENCE_START, sentenceStartWeights, hashes);
    this.sentenceEndWeights = new float[5 * LABEL_COUNT];
    windowWeights(NameFeatures.SENTENCE_END, sentenceEndWeights, hashes);
  }

  public NameFeatures features() {
    return features;
  }

  /** The number of features with a weight. */
  public int featureCount() {
    return weights.featureCount();
  }

  /**
   * The label index of every token of the document, decided greedily. The weights of the features
   * that depend on one word only (its word features, and the window feature it gives a token at
   * each distance) are summed once per word and kept per thread, so a token costs five vector
   * additions and the look-ups of its context features.
   */
  public int[] decode(NameFeatures.Prepared doc) {
    int n = doc.tokenCount();
    float[][] wordWeights = new float[n][];
    Map<String, float[]> cache = wordCache.get();
    if (cache.size() > MAX_CACHED_WORDS) {
      cache.clear();
    }
    FeatureSink.Hashes hashes = new FeatureSink.Hashes();
    for (int i = 0; i < n; i++) {
      float[] cached = cache.get(doc.word(i));
      if (cached == null) {
        cached = wordWeights(doc, i, hashes);
        cache.put(doc.word(i), cached);
      }
      wordWeights[i] = cached;
    }
    boolean window = features.readsWindow();
    int[] labels = new int[n];
    float[] scores = new float[LABEL_COUNT];
    for (int s : doc.decisionOrder()) {
      int first = doc.sentenceStart(s);
      int end = doc.sentenceEnd(s);
      for (int i = first; i < end; i++) {
        System.arraycopy(wordWeights[i], SELF * LABEL_COUNT, scores, 0, LABEL_COUNT);
        for (int d = -2; window && d <= 2; d++) {
          int j = i + d;
          if (d != 0) {
            float[] vector = j < first ? sentenceStartWeights : j >= end ? sentenceEndWeights : wordWeights[j];
            int offset = (d + 2) * LABEL_COUNT;
            for (int l = 0; l < LABEL_COUNT; l++) {
              scores[l] += vector[offset + l];
            }
          }
        }
        hashes.clear();
        doc.contextFeatures(i, labels, hashes);
        for (int k = 0; k < hashes.size(); k++) {
          weights.addTo(hashes.get(k), scores);
        }
        int previous = i > first ? labels[i - 1] : NameFeatures.OUTSIDE;
        int best = NameFeatures.OUTSIDE;
        for (int label = 1; label < LABEL_COUNT; label++) {
          if (scores[label] > scores[best] && allowed(previous, label)) {
            best = label;
          }
        }
        labels[i] = best;
        doc.remember(i, best);
      }
    }
    return labels;
  }

  /**
   * The weights token {@code i}'s word brings, in five blocks of one score per label: block 2 holds
   * its word features; block {@code d + 2} the window feature it gives a token {@code -d} places
   * away, that is when it sits {@code d} places from the token decided.
   */
  private float[] wordWeights(NameFeatures.Prepared doc, int i, FeatureSink.Hashes hashes) {
    float[] vector = new float[5 * LABEL_COUNT];
    hashes.clear();
    doc.wordFeatures(i, hashes);
    addAll(hashes, vector, SELF * LABEL_COUNT);
    if (features.readsWindow()) {
      windowWeights(doc.lower(i), vector, hashes);
    }
    return vector;
  }

  /** Fills blocks {@code d + 2}, {@code d} in -2..2 but 0, with the window feature of {@code lowerWord} at distance d. */
  private void windowWeights(String lowerWord, float[] vector, FeatureSink.Hashes hashes) {
    for (int d = -2; d <= 2; d++) {
      if (d != 0) {
        hashes.clear();
        features.windowFeature(d, lowerWord, hashes);
        addAll(hashes, vector, (d + 2) * LABEL_COUNT);
      }
    }
  }

  private void addAll(FeatureSink.Hashes hashes, float[] vector, int offset) {
    for (int k = 0; k < hashes.size(); k++) {
      int f = weights.find(hashes.get(k));
      if (f >= 0) {
        for (int e = weights.weightStart(f); e < weights.weightEnd(f); e++) {
          vector[offset + weights.label(e)] += weights.weight(e);
        }
      }
    }
  }

  /** Adds the weights of one feature to {@code scores}: the plain scoring that {@link #decode} caches. */
  void addWeights(long featureHash, float[] scores) {
    weights.addTo(featureHash, scores);
  }

  /** An inside label only continues a name of its own type. */
  static boolean allowed(int previous, int label) {
    if (label == NameFeatures.OUTSIDE || label % 2 == 1) {
      return true;
    }
    return previous == label || previous == label - 1;
  }

  /** The non-zero weights of a classifier trained by OpenNLP on the {@link NameFeatures} strings. */
  public static NameFinderModel of(AbstractModel classifier, NameFeatures features) {
    int[] labelOfOutcome = new int[classifier.getNumOutcomes()];
    for (int o = 0; o < labelOfOutcome.length; o++) {
      labelOfOutcome[o] = NameFeatures.LABELS.indexOf(classifier.getOutcome(o));
      if (labelOfOutcome[o] < 0) {
        throw new IllegalArgumentException("The classifier has an unknown outcome " + classifier.getOutcome(o));
      }
    }
    @SuppressWarnings("unchecked")
    Map<String, Context> predicates = (Map<String, Context>) classifier.getDataStructures()[1];
    Map<Long, double[]> rows = new LinkedHashMap<>();
    for (Map.Entry<String, Context> predicate : predicates.entrySet()) {
      Context context = predicate.getValue();
      for (int k = 0; k < context.getOutcomes().length; k++) {
        double value = context.getParameters()[k];
        if (value != 0) {
          // Two names with one hash (never seen; 2^-64 odds) would share their weights.
          rows.computeIfAbsent(FeatureSink.hash(predicate.getKey()), h -> new double[NameFeatures.LABELS.size()])
              [labelOfOutcome[context.getOutcomes()[k]]] += value;
        }
      }
    }
    HashedWeights.Builder builder = new HashedWeights.Builder(NameFeatures.LABELS.size());
    rows.forEach(builder::add);
    return new NameFinderModel(features, builder.build());
  }

  public static NameFinderModel read(InputStream in, NameFeatures.Gazetteers gazetteers) throws IOException {
    ByteBuffer data = ByteBuffer.wrap(new GZIPInputStream(in, 1 << 16).readAllBytes());
    try {
      String format = readString(data);
      if (!format.equals(FORMAT)) {
        throw new IOException("Not a Reportage name-finder model of format " + FORMAT + ": " + format);
      }
      Set<NameFeatures.Group> groups = EnumSet.noneOf(NameFeatures.Group.class);
      for (String group : readString(data).split(",")) {
        if (!group.isEmpty()) {
          groups.add(NameFeatures.Group.valueOf(group));
        }
      }
      return new NameFinderModel(new NameFeatures(groups, gazetteers), HashedWeights.read(data));
    } catch (BufferUnderflowException | IllegalArgumentException e) {
      throw new IOException("Corrupt name-finder model", e);
    }
  }

  public void write(OutputStream out) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream data = new DataOutputStream(bytes);
    data.writeUTF(FORMAT);
    List<String> names = new ArrayList<>();
    for (NameFeatures.Group group : features.groups()) {
      names.add(group.name());
    }
    data.writeUTF(String.join(",", names));
    weights.write(data);
    data.flush();
    GZIPOutputStream zip = new GZIPOutputStream(out, 1 << 16);
    bytes.writeTo(zip);
    zip.finish();
    zip.flush();
  }

  /** Reads a string written by {@link DataOutputStream#writeUTF} (ASCII here). */
  private static String readString(ByteBuffer data) {
    int length = data.getShort() & 0xffff;
    byte[] bytes = new byte[length];
    data.get(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
