package io.reportage.adapter.opennlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Receives the features of one token. A feature is a name, or a prefix followed by values joined
 * with "|": {@code add("bg-=", "the", "city")} is the feature {@code "bg-=the|city"}. The trainer
 * collects them as strings ({@link Strings}); the decoder only needs their 64-bit hashes
 * ({@link Hashes}), computed without building the strings.
 */
public interface FeatureSink {
  void add(String name);

  void add(String prefix, String value);

  /** The feature {@code prefix + value.substring(from, to)}. */
  void add(String prefix, String value, int from, int to);

  void add(String prefix, String first, String second);

  void add(String prefix, String first, String second, String third);

  /** The FNV-1a hash of a feature string, over its UTF-16 characters; never 0. */
  static long hash(CharSequence feature) {
    long h = Hashes.OFFSET;
    for (int k = 0; k < feature.length(); k++) {
      h = (h ^ feature.charAt(k)) * Hashes.PRIME;
    }
    return h == 0 ? 1 : h;
  }

  /** Collects features as strings. */
  final class Strings implements FeatureSink {
    private final List<String> features = new ArrayList<>(64);

    @Override
    public void add(String name) {
      features.add(name);
    }

    @Override
    public void add(String prefix, String value) {
      features.add(prefix + value);
    }

    @Override
    public void add(String prefix, String value, int from, int to) {
      features.add(prefix + value.substring(from, to));
    }

    @Override
    public void add(String prefix, String first, String second) {
      features.add(prefix + first + "|" + second);
    }

    @Override
    public void add(String prefix, String first, String second, String third) {
      features.add(prefix + first + "|" + second + "|" + third);
    }

    public String[] toArray() {
      return features.toArray(String[]::new);
    }
  }

  /** Collects the hashes of features, as {@link FeatureSink#hash} computes them. Reusable: {@link #clear()}. */
  final class Hashes implements FeatureSink {
    static final long OFFSET = 0xcbf29ce484222325L;
    static final long PRIME = 0x100000001b3L;

    private long[] hashes = new long[64];
    private int size;

    public void clear() {
      size = 0;
    }

    public int size() {
      return size;
    }

    public long get(int index) {
      return hashes[index];
    }

    @Override
    public void add(String name) {
      push(mix(OFFSET, name, 0, name.length()));
    }

    @Override
    public void add(String prefix, String value) {
      push(mix(mix(OFFSET, prefix, 0, prefix.length()), value, 0, value.length()));
    }

    @Override
    public void add(String prefix, String value, int from, int to) {
      push(mix(mix(OFFSET, prefix, 0, prefix.length()), value, from, to));
    }

    @Override
    public void add(String prefix, String first, String second) {
      long h = mix(mix(OFFSET, prefix, 0, prefix.length()), first, 0, first.length());
      push(mix((h ^ '|') * PRIME, second, 0, second.length()));
    }

    @Override
    public void add(String prefix, String first, String second, String third) {
      long h = mix(mix(OFFSET, prefix, 0, prefix.length()), first, 0, first.length());
      h = mix((h ^ '|') * PRIME, second, 0, second.length());
      push(mix((h ^ '|') * PRIME, third, 0, third.length()));
    }

    private static long mix(long h, String text, int from, int to) {
      for (int k = from; k < to; k++) {
        h = (h ^ text.charAt(k)) * PRIME;
      }
      return h;
    }

    private void push(long h) {
      if (size == hashes.length) {
        hashes = Arrays.copyOf(hashes, size * 2);
      }
      hashes[size++] = h == 0 ? 1 : h;
    }
  }
}
