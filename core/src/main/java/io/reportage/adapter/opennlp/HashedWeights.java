package io.reportage.adapter.opennlp;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The weights of a linear classifier, keyed by the 64-bit hash of each feature's name
 * ({@link FeatureSink#hash}): for each feature, the labels it has a weight for and the weights.
 * Lookup is an open-addressing table over the hashes, so scoring a token builds no strings and
 * touches no map of objects. Immutable once built; shared by threads.
 */
final class HashedWeights {
  private final long[] slotHash;
  private final int[] slotFeature;
  private final int mask;
  /** Weights of feature f: entries {@code [start[f], start[f + 1])}. */
  private final long[] featureHash;
  private final int[] start;
  private final byte[] label;
  private final float[] weight;
  private final int labelCount;

  /**
   * @param featureHash the hash of each feature, all distinct and non-zero
   * @param start where each feature's weights start in {@code label} and {@code weight}, plus the end
   * @param label the label index of each weight
   * @param weight the weights
   * @param labelCount the number of labels
   */
  HashedWeights(long[] featureHash, int[] start, byte[] label, float[] weight, int labelCount) {
    if (start.length != featureHash.length + 1 || label.length != weight.length || start[featureHash.length] != weight.length) {
      throw new IllegalArgumentException("Inconsistent weight arrays");
    }
    this.featureHash = featureHash;
    this.start = start;
    this.label = label;
    this.weight = weight;
    this.labelCount = labelCount;
    int capacity = Integer.highestOneBit(Math.max(4, featureHash.length * 2 - 1)) << 1;
    this.slotHash = new long[capacity];
    this.slotFeature = new int[capacity];
    this.mask = capacity - 1;
    for (int f = 0; f < featureHash.length; f++) {
      long hash = featureHash[f];
      if (hash == 0) {
        throw new IllegalArgumentException("A feature hash of 0");
      }
      int slot = (int) spread(hash) & mask;
      while (slotHash[slot] != 0) {
        if (slotHash[slot] == hash) {
          throw new IllegalArgumentException("The feature hash " + hash + " is listed twice");
        }
        slot = (slot + 1) & mask;
      }
      slotHash[slot] = hash;
      slotFeature[slot] = f;
    }
  }

  int labelCount() {
    return labelCount;
  }

  int featureCount() {
    return featureHash.length;
  }

  long featureHash(int feature) {
    return featureHash[feature];
  }

  int weightStart(int feature) {
    return start[feature];
  }

  int weightEnd(int feature) {
    return start[feature + 1];
  }

  int label(int entry) {
    return label[entry];
  }

  float weight(int entry) {
    return weight[entry];
  }

  /** The index of the feature with this hash, or -1 when the classifier has no weight for it. */
  int find(long hash) {
    int slot = (int) spread(hash) & mask;
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

  /** Adds the weights of the feature with this hash, if any, to {@code scores} (one per label). */
  void addTo(long hash, float[] scores) {
    int f = find(hash);
    if (f >= 0) {
      for (int e = start[f]; e < start[f + 1]; e++) {
        scores[label[e]] += weight[e];
      }
    }
  }

  /** Adds the weights of the feature with this hash, if any, to {@code scores} (one per label). */
  void addTo(long hash, double[] scores) {
    int f = find(hash);
    if (f >= 0) {
      for (int e = start[f]; e < start[f + 1]; e++) {
        scores[label[e]] += weight[e];
      }
    }
  }

  /**
   * Writes the weights: the numbers of features, weights and labels (ints), then the feature hashes
   * (longs), where each feature's weights start (ints, one more than the features), the label of
   * each weight (bytes) and the weights (floats), all big-endian.
   */
  void write(DataOutputStream out) throws IOException {
    out.writeInt(featureHash.length);
    out.writeInt(weight.length);
    out.writeInt(labelCount);
    for (long hash : featureHash) {
      out.writeLong(hash);
    }
    for (int s : start) {
      out.writeInt(s);
    }
    out.write(label);
    for (float w : weight) {
      out.writeFloat(w);
    }
  }

  /** Reads what {@link #write} wrote, in bulk. */
  static HashedWeights read(ByteBuffer in) throws IOException {
    int features = in.getInt();
    int entries = in.getInt();
    int labels = in.getInt();
    long bytes = 8L * features + 4L * (features + 1) + entries + 4L * entries;
    if (features < 0 || entries < 0 || labels <= 0 || labels > Byte.MAX_VALUE || bytes > in.remaining()) {
      throw new IOException("Corrupt weights: " + features + " features, " + entries + " weights, " + labels + " labels");
    }
    long[] hashes = new long[features];
    in.asLongBuffer().get(hashes);
    in.position(in.position() + 8 * features);
    int[] start = new int[features + 1];
    in.asIntBuffer().get(start);
    in.position(in.position() + 4 * (features + 1));
    byte[] label = new byte[entries];
    in.get(label);
    float[] weight = new float[entries];
    in.asFloatBuffer().get(weight);
    in.position(in.position() + 4 * entries);
    return new HashedWeights(hashes, start, label, weight, labels);
  }

  /** Spreads the hash's high bits into the low ones the table indexes by. */
  private static long spread(long hash) {
    return hash ^ (hash >>> 29) ^ (hash >>> 47);
  }

  /** Collects weights feature by feature; features must be added with distinct hashes. */
  static final class Builder {
    private final int labelCount;
    private long[] hashes = new long[1024];
    private int[] start = new int[1025];
    private byte[] labels = new byte[2048];
    private float[] weights = new float[2048];
    private int features;
    private int entries;

    Builder(int labelCount) {
      if (labelCount > Byte.MAX_VALUE) {
        throw new IllegalArgumentException("Too many labels: " + labelCount);
      }
      this.labelCount = labelCount;
    }

    /** Adds a feature with the non-zero entries of {@code row}, one weight per label; an all-zero row adds nothing. */
    Builder add(long hash, double[] row) {
      int nonZero = 0;
      for (double value : row) {
        if (value != 0) {
          nonZero++;
        }
      }
      if (nonZero == 0) {
        return this;
      }
      ensure(nonZero);
      hashes[features] = hash;
      start[features] = entries;
      for (int l = 0; l < row.length; l++) {
        if (row[l] != 0) {
          labels[entries] = (byte) l;
          weights[entries] = (float) row[l];
          entries++;
        }
      }
      features++;
      start[features] = entries;
      return this;
    }

    private void ensure(int more) {
      if (features + 2 > hashes.length) {
        hashes = Arrays.copyOf(hashes, hashes.length * 2);
        start = Arrays.copyOf(start, hashes.length + 1);
      }
      if (entries + more > labels.length) {
        int size = Math.max(entries + more, labels.length * 2);
        labels = Arrays.copyOf(labels, size);
        weights = Arrays.copyOf(weights, size);
      }
    }

    HashedWeights build() {
      return new HashedWeights(Arrays.copyOf(hashes, features), Arrays.copyOf(start, features + 1),
          Arrays.copyOf(labels, entries), Arrays.copyOf(weights, entries), labelCount);
    }
  }
}
