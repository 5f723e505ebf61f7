package io.reportage.adapter.opennlp;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Clusters of words that share their neighbours in unlabelled news text (made by
 * {@code BuildWordClusters}), read by the name finder's {@link NameFeatures.Group#WORD_CLUSTERS}
 * features: a coarse and a fine cluster per word. Words are stored as their 64-bit hash
 * ({@link FeatureSink#hash}), so the file holds no text, and looked up by binary search. Immutable;
 * the cluster names are shared strings.
 *
 * <p>File format (gzip, big-endian): {@value #FORMAT} as a modified UTF-8 string, the number of
 * words, then per word in increasing order of hash the hash, the coarse and the fine cluster (shorts).
 */
public final class WordClusters {
  static final String FORMAT = "reportage-word-clusters/1";
  /** No clusters: every word is unknown. */
  public static final WordClusters NONE = new WordClusters(new long[0], new String[0][]);

  private final long[] hashes;
  private final String[][] clusters;

  private WordClusters(long[] hashes, String[][] clusters) {
    this.hashes = hashes;
    this.clusters = clusters;
  }

  /** The clusters of the given words ({@code coarse[w]}, {@code fine[w]} for {@code words[w]}). */
  public static WordClusters of(String[] words, int[] coarse, int[] fine) {
    Map<Long, int[]> byHash = new HashMap<>();
    for (int w = 0; w < words.length; w++) {
      if (byHash.put(FeatureSink.hash(words[w]), new int[] {coarse[w], fine[w]}) != null) {
        throw new IllegalArgumentException("Two words with one hash: " + words[w]);
      }
    }
    long[] hashes = byHash.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
    int[][] ids = new int[hashes.length][];
    for (int k = 0; k < hashes.length; k++) {
      ids[k] = byHash.get(hashes[k]);
    }
    return of(hashes, ids);
  }

  private static WordClusters of(long[] hashes, int[][] ids) {
    Map<String, String> names = new HashMap<>();
    String[][] clusters = new String[hashes.length][];
    for (int k = 0; k < hashes.length; k++) {
      clusters[k] = new String[] {names.computeIfAbsent("c" + ids[k][0], n -> n),
          names.computeIfAbsent("f" + ids[k][1], n -> n)};
    }
    return new WordClusters(hashes, clusters);
  }

  public static WordClusters read(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(new GZIPInputStream(in, 1 << 16));
    String format = data.readUTF();
    if (!format.equals(FORMAT)) {
      throw new IOException("Not a word-cluster file of format " + FORMAT + ": " + format);
    }
    int count = data.readInt();
    long[] hashes = new long[count];
    int[][] ids = new int[count][];
    for (int k = 0; k < count; k++) {
      hashes[k] = data.readLong();
      ids[k] = new int[] {data.readShort(), data.readShort()};
      if (k > 0 && hashes[k] <= hashes[k - 1]) {
        throw new IOException("Word-cluster hashes out of order at " + k);
      }
    }
    return of(hashes, ids);
  }

  public void write(OutputStream out) throws IOException {
    GZIPOutputStream zip = new GZIPOutputStream(out, 1 << 16);
    DataOutputStream data = new DataOutputStream(zip);
    data.writeUTF(FORMAT);
    data.writeInt(hashes.length);
    for (int k = 0; k < hashes.length; k++) {
      data.writeLong(hashes[k]);
      data.writeShort(Integer.parseInt(clusters[k][0].substring(1)));
      data.writeShort(Integer.parseInt(clusters[k][1].substring(1)));
    }
    data.flush();
    zip.finish();
  }

  /**
   * The coarse and fine cluster of a word, or null when unknown. A word in capitals or in lower
   * case that is not listed as written is looked up as a capitalised word ("LONDON", "london" as
   * "London"), then in lower case.
   */
  public String[] of(String word) {
    String[] found = find(word);
    if (found != null || word.isEmpty()) {
      return found;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    found = find(Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
    return found != null ? found : find(lower);
  }

  private String[] find(String word) {
    int k = Arrays.binarySearch(hashes, FeatureSink.hash(word));
    return k >= 0 ? clusters[k] : null;
  }

  public int size() {
    return hashes.length;
  }
}
