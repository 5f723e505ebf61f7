package io.reportage.adapter.opennlp;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
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
 * <p>File format (gzip-compressed, big-endian): the format name and the feature groups as Java
 * modified UTF-8 strings; the number of features; then per feature its hash (long), the number of
 * its weights (byte) and for each the label index into {@link NameFeatures#LABELS} (byte) and the
 * weight (float).
 */
public final class NameFinderModel {
  static final String FORMAT = "reportage-names/1";

  private final NameFeatures features;
  /** Open addressing: the hash in each slot (0 when empty) and the feature it belongs to. */
  private final long[] slotHash;
  private final int[] slotFeature;
  private final int mask;
  /** Weights of feature f: entries {@code [weightStart[f], weightStart[f + 1])}. */
  private final int[] weightStart;
  private final byte[] weightLabel;
  private final float[] weight;

  private NameFinderModel(NameFeatures features, long[] hashes, int[] weightStart, byte[] weightLabel, float[] weight) {
    this.features = features;
    this.weightStart = weightStart;
    this.weightLabel = weightLabel;
    this.weight = weight;
    int capacity = Integer.highestOneBit(Math.max(4, hashes.length * 2 - 1)) << 1;
    this.slotHash = new long[capacity];
    this.slotFeature = new int[capacity];
    this.mask = capacity - 1;
    for (int f = 0; f < hashes.length; f++) {
      int slot = (int) mix(hashes[f]) & mask;
      while (slotHash[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slotHash[slot] = hashes[f];
      slotFeature[slot] = f;
    }
  }

  public NameFeatures features() {
    return features;
  }

  /** The number of features with a weight. */
  public int featureCount() {
    return weightStart.length - 1;
  }

  /** The label index of every token of the document, decided greedily. */
  public int[] decode(NameFeatures.Prepared doc) {
    int[] labels = new int[doc.tokenCount()];
    FeatureSink.Hashes hashes = new FeatureSink.Hashes();
    double[] scores = new double[NameFeatures.LABELS.size()];
    for (int s : doc.decisionOrder()) {
      int first = doc.sentenceStart(s);
      for (int i = first; i < doc.sentenceEnd(s); i++) {
        hashes.clear();
        doc.features(i, labels, hashes);
        Arrays.fill(scores, 0);
        for (int k = 0; k < hashes.size(); k++) {
          int f = find(hashes.get(k));
          if (f >= 0) {
            for (int e = weightStart[f]; e < weightStart[f + 1]; e++) {
              scores[weightLabel[e]] += weight[e];
            }
          }
        }
        int previous = i > first ? labels[i - 1] : NameFeatures.OUTSIDE;
        int best = NameFeatures.OUTSIDE;
        for (int label = 1; label < scores.length; label++) {
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

  private int find(long hash) {
    int slot = (int) mix(hash) & mask;
    while (true) {
      long h = slotHash[slot];
      if (h == hash) {
        return slotFeature[slot];
      }
      if (h == 0) {
        return -1;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Spreads the hash's high bits into the low ones the table indexes by. */
  private static long mix(long hash) {
    return hash ^ (hash >>> 29) ^ (hash >>> 47);
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
    Map<Long, float[]> rows = new LinkedHashMap<>();
    for (Map.Entry<String, Context> predicate : predicates.entrySet()) {
      Context context = predicate.getValue();
      float[] row = null;
      for (int k = 0; k < context.getOutcomes().length; k++) {
        double value = context.getParameters()[k];
        if (value != 0) {
          if (row == null) {
            row = rows.computeIfAbsent(FeatureSink.hash(predicate.getKey()), h -> new float[NameFeatures.LABELS.size()]);
          }
          row[labelOfOutcome[context.getOutcomes()[k]]] += (float) value;
        }
      }
    }
    long[] hashes = new long[rows.size()];
    int[] start = new int[rows.size() + 1];
    List<Byte> labels = new ArrayList<>();
    List<Float> weights = new ArrayList<>();
    int f = 0;
    for (Map.Entry<Long, float[]> row : rows.entrySet()) {
      hashes[f] = row.getKey();
      start[f] = weights.size();
      for (int label = 0; label < row.getValue().length; label++) {
        if (row.getValue()[label] != 0) {
          labels.add((byte) label);
          weights.add(row.getValue()[label]);
        }
      }
      f++;
    }
    start[f] = weights.size();
    byte[] labelArray = new byte[labels.size()];
    float[] weightArray = new float[weights.size()];
    for (int e = 0; e < labelArray.length; e++) {
      labelArray[e] = labels.get(e);
      weightArray[e] = weights.get(e);
    }
    return new NameFinderModel(features, hashes, start, labelArray, weightArray);
  }

  public static NameFinderModel read(InputStream in, NameFeatures.Gazetteers gazetteers) throws IOException {
    ByteBuffer data = ByteBuffer.wrap(new GZIPInputStream(in, 1 << 16).readAllBytes());
    String format = readString(data);
    if (!format.equals(FORMAT)) {
      throw new IOException("Not a Reportage name-finder model: format " + format + ", expected " + FORMAT);
    }
    Set<NameFeatures.Group> groups = EnumSet.noneOf(NameFeatures.Group.class);
    for (String group : readString(data).split(",")) {
      if (!group.isEmpty()) {
        groups.add(NameFeatures.Group.valueOf(group));
      }
    }
    int count = data.getInt();
    long[] hashes = new long[count];
    int[] start = new int[count + 1];
    byte[] labels = new byte[count * 2];
    float[] weights = new float[count * 2];
    int e = 0;
    for (int f = 0; f < count; f++) {
      hashes[f] = data.getLong();
      start[f] = e;
      int n = data.get();
      if (e + n > labels.length) {
        labels = Arrays.copyOf(labels, Math.max(e + n, labels.length * 2));
        weights = Arrays.copyOf(weights, labels.length);
      }
      for (int k = 0; k < n; k++) {
        labels[e] = data.get();
        weights[e] = data.getFloat();
        e++;
      }
    }
    start[count] = e;
    return new NameFinderModel(new NameFeatures(groups, gazetteers), hashes, start, Arrays.copyOf(labels, e),
        Arrays.copyOf(weights, e));
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
    int count = featureCount();
    long[] hashes = new long[count];
    for (int slot = 0; slot < slotHash.length; slot++) {
      if (slotHash[slot] != 0) {
        hashes[slotFeature[slot]] = slotHash[slot];
      }
    }
    data.writeInt(count);
    for (int f = 0; f < count; f++) {
      data.writeLong(hashes[f]);
      data.writeByte(weightStart[f + 1] - weightStart[f]);
      for (int e = weightStart[f]; e < weightStart[f + 1]; e++) {
        data.writeByte(weightLabel[e]);
        data.writeFloat(weight[e]);
      }
    }
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
