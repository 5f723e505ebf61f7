package io.reportage.adapter.opennlp;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringTokenizer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * A part-of-speech tagger over an OpenNLP maximum-entropy POS model (the UD English EWT model),
 * decoded greedily: each token takes the tag with the highest score given the two tags before it.
 * It reads the model's weights itself, keyed by feature hash ({@link HashedWeights}), and computes
 * the features OpenNLP's default POS feature generators compute (the model's
 * {@code generator.featuregen}: the definition feature, prefixes and suffixes of up to four
 * characters, the lower-cased word and the two words either side, the sentence start within two
 * tokens, the token class with and without the word, the previous tag and the two previous tags).
 * Most features depend on one word only, so each thread keeps the summed weights of the words it has
 * seen, per position relative to the token, and a token costs a handful of vector additions.
 *
 * <p>Immutable and thread-safe; each thread has its own cache of word weights.
 */
public final class GreedyPosTagger {
  /** The generator classes the UD model's descriptor must name, and nothing else. */
  private static final List<String> EXPECTED_GENERATORS = List.of("DefinitionFeatureGeneratorFactory",
      "SuffixFeatureGeneratorFactory", "PrefixFeatureGeneratorFactory", "WindowFeatureGeneratorFactory",
      "TokenFeatureGeneratorFactory", "SentenceFeatureGeneratorFactory", "TokenClassFeatureGeneratorFactory",
      "PosTaggerFeatureGeneratorFactory");
  private static final int AFFIX_LENGTH = 4;
  /** Word positions relative to the token whose weights a word's cache entry holds. */
  private static final String[] WINDOW_PREFIX = {"p2w=", "p1w=", null, "n1w=", "n2w="};
  private static final int SELF = 2;
  /** Bounds each thread's cache (a few MB) so that many threads fit a small heap; it is emptied when full. */
  private static final int MAX_CACHED_WORDS = 20_000;

  private final HashedWeights weights;
  private final String[] tags;
  private final int tagCount;
  private final float[] definition;
  private final float[][] sentenceStartWithin;
  /** Weights of "t=" per previous tag, and of "t2=" per pair of previous tags. */
  private final float[][] previousTag;
  private final float[][] previousTwoTags;
  private final ThreadLocal<Map<String, float[]>> wordCache = ThreadLocal.withInitial(HashMap::new);

  GreedyPosTagger(HashedWeights weights, String[] tags) {
    this.weights = weights;
    this.tags = tags.clone();
    this.tagCount = tags.length;
    this.definition = vector("def");
    this.sentenceStartWithin = new float[][] {vector("S=begin"), vector("p1S=begin"), vector("p2S=begin")};
    this.previousTag = new float[tagCount][];
    this.previousTwoTags = new float[tagCount * tagCount][];
    for (int a = 0; a < tagCount; a++) {
      previousTag[a] = vector("t=" + tags[a]);
      for (int b = 0; b < tagCount; b++) {
        previousTwoTags[a * tagCount + b] = vector("t2=" + tags[a] + "," + tags[b]);
      }
    }
  }

  /** The tags of one sentence. */
  public String[] tag(String[] sentence) {
    Map<String, float[]> cache = wordCache.get();
    if (cache.size() > MAX_CACHED_WORDS) {
      cache.clear();
    }
    String[] result = new String[sentence.length];
    float[] scores = new float[tagCount];
    int previous = -1;
    int beforePrevious = -1;
    for (int i = 0; i < sentence.length; i++) {
      System.arraycopy(definition, 0, scores, 0, tagCount);
      for (int d = -2; d <= 2; d++) {
        int j = i + d;
        if (j >= 0 && j < sentence.length) {
          add(scores, wordWeights(cache, sentence[j]), (SELF + d) * tagCount);
        }
      }
      if (i <= 2) {
        add(scores, sentenceStartWithin[i], 0);
      }
      if (previous >= 0) {
        add(scores, previousTag[previous], 0);
        if (beforePrevious >= 0) {
          add(scores, previousTwoTags[beforePrevious * tagCount + previous], 0);
        }
      }
      int best = 0;
      for (int t = 1; t < tagCount; t++) {
        if (scores[t] > scores[best]) {
          best = t;
        }
      }
      result[i] = tags[best];
      beforePrevious = previous;
      previous = best;
    }
    return result;
  }

  private void add(float[] scores, float[] vector, int offset) {
    for (int t = 0; t < tagCount; t++) {
      scores[t] += vector[offset + t];
    }
  }

  /**
   * The weights a word contributes from each position relative to the token being tagged, in five
   * blocks of one score per tag: as the word two before, one before, the token itself, one after,
   * two after. The block of the token itself holds its affix, word and class features.
   */
  private float[] wordWeights(Map<String, float[]> cache, String word) {
    float[] cached = cache.get(word);
    if (cached != null) {
      return cached;
    }
    float[] vector = new float[5 * tagCount];
    String lower = StringUtil.toLowerCase(word);
    for (int position = 0; position < 5; position++) {
      if (position != SELF) {
        addFeature(vector, position, WINDOW_PREFIX[position] + lower);
      }
    }
    int affixes = Math.min(AFFIX_LENGTH, word.length());
    for (int k = 0; k < affixes; k++) {
      addFeature(vector, SELF, "suf=" + word.substring(Math.max(word.length() - k - 1, 0)));
      addFeature(vector, SELF, "pre=" + word.substring(0, Math.min(k + 1, word.length())));
    }
    addFeature(vector, SELF, "w=" + lower);
    String tokenClass = FeatureGeneratorUtil.tokenFeature(word);
    addFeature(vector, SELF, "wc=" + tokenClass);
    addFeature(vector, SELF, "w&c=" + lower + "," + tokenClass);
    cache.put(word, vector);
    return vector;
  }

  private void addFeature(float[] vector, int position, String feature) {
    int f = weights.find(FeatureSink.hash(feature));
    if (f >= 0) {
      for (int e = weights.weightStart(f); e < weights.weightEnd(f); e++) {
        vector[position * tagCount + weights.label(e)] += weights.weight(e);
      }
    }
  }

  private float[] vector(String feature) {
    float[] vector = new float[tagCount];
    addFeature(vector, 0, feature);
    return vector;
  }

  /** The format name of {@link #write}'s files. */
  static final String FORMAT = "reportage-pos/1";

  /**
   * Writes the tagger's weights in Reportage's compact form, which loads several times faster than
   * OpenNLP's model file (gzip-compressed: the format name, the tags as Java modified UTF-8 strings,
   * then the weights as {@link HashedWeights} writes them).
   */
  public void write(OutputStream out) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream data = new DataOutputStream(bytes);
    data.writeUTF(FORMAT);
    data.writeInt(tags.length);
    for (String tag : tags) {
      data.writeUTF(tag);
    }
    weights.write(data);
    data.flush();
    GZIPOutputStream zip = new GZIPOutputStream(out, 1 << 16);
    bytes.writeTo(zip);
    zip.finish();
    zip.flush();
  }

  /** Reads what {@link #write} wrote. */
  static GreedyPosTagger readCompact(InputStream in) throws IOException {
    ByteBuffer data = ByteBuffer.wrap(new GZIPInputStream(in, 1 << 16).readAllBytes());
    try {
      String format = readString(data);
      if (!format.equals(FORMAT)) {
        throw new IOException("Not a Reportage POS model of format " + FORMAT + ": " + format);
      }
      String[] tags = new String[data.getInt()];
      for (int t = 0; t < tags.length; t++) {
        tags[t] = readString(data);
      }
      return new GreedyPosTagger(HashedWeights.read(data), tags);
    } catch (BufferUnderflowException | IllegalArgumentException | NegativeArraySizeException e) {
      throw new IOException("Corrupt POS model", e);
    }
  }

  /**
   * Reads an OpenNLP POS model file (a zip with {@code pos.model} in OpenNLP's binary GIS format and
   * the feature generator descriptor), checking that its features are the ones computed here.
   */
  public static GreedyPosTagger read(InputStream modelFile) throws IOException {
    byte[] classifier = null;
    String descriptor = null;
    ZipInputStream zip = new ZipInputStream(modelFile);
    for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
      if (entry.getName().equals("pos.model")) {
        classifier = zip.readAllBytes();
      } else if (entry.getName().equals("generator.featuregen")) {
        descriptor = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
    if (classifier == null || descriptor == null) {
      throw new IOException("Not an OpenNLP POS model with a feature generator descriptor");
    }
    checkDescriptor(descriptor);
    return readGis(ByteBuffer.wrap(classifier));
  }

  private static void checkDescriptor(String descriptor) throws IOException {
    String body = descriptor.replaceAll("(?s)<!--.*?-->", "");
    int generators = body.split("<generator ", -1).length - 1;
    boolean expected = generators == EXPECTED_GENERATORS.size() + 1 // the window generator is used twice
        && EXPECTED_GENERATORS.stream().allMatch(body::contains)
        && body.replaceAll("\\s+", "").contains("<intname=\"prevLength\">2</int><intname=\"nextLength\">2</int>")
        && !body.contains("suffixLength") && !body.contains("prefixLength");
    if (!expected) {
      throw new IOException("The POS model's feature generators are not OpenNLP's default POS generators,"
          + " which is all this tagger computes");
    }
  }

  /**
   * Reads OpenNLP's binary GIS format (Java data-output encoding): the type, the correction constant
   * and parameter, the outcomes, the outcome patterns, the predicate names, then the parameters of
   * each predicate for the outcomes of its pattern. Predicate names are hashed straight from their
   * bytes, without making strings of them.
   */
  private static GreedyPosTagger readGis(ByteBuffer in) throws IOException {
    String type = readString(in);
    if (!type.equals("GIS")) {
      throw new IOException("Expected a GIS model, found " + type);
    }
    in.getInt(); // correction constant: scales every score alike, so the best tag is the same
    in.getDouble(); // correction parameter: unused by OpenNLP's GIS models since 1.5
    String[] outcomes = new String[in.getInt()];
    for (int o = 0; o < outcomes.length; o++) {
      outcomes[o] = readString(in);
    }
    int[][] patterns = new int[in.getInt()][];
    for (int p = 0; p < patterns.length; p++) {
      StringTokenizer numbers = new StringTokenizer(readString(in), " ");
      patterns[p] = new int[numbers.countTokens()];
      for (int k = 0; k < patterns[p].length; k++) {
        patterns[p][k] = Integer.parseInt(numbers.nextToken());
      }
    }
    long[] hashes = new long[in.getInt()];
    for (int f = 0; f < hashes.length; f++) {
      hashes[f] = hashString(in);
    }
    HashedWeights.Builder builder = new HashedWeights.Builder(outcomes.length);
    double[] row = new double[outcomes.length];
    int f = 0;
    for (int[] pattern : patterns) {
      for (int k = 0; k < pattern[0]; k++) {
        Arrays.fill(row, 0);
        for (int o = 1; o < pattern.length; o++) {
          row[pattern[o]] = in.getDouble();
        }
        builder.add(hashes[f++], row);
      }
    }
    if (f != hashes.length) {
      throw new IOException("The GIS model lists " + hashes.length + " predicates but parameters for " + f);
    }
    return new GreedyPosTagger(builder.build(), outcomes);
  }

  private static String readString(ByteBuffer in) throws IOException {
    int length = in.getShort() & 0xffff;
    byte[] bytes = new byte[length];
    in.get(bytes);
    return new DataInputStream(new ByteArrayInputStream(prefixed(bytes))).readUTF();
  }

  private static byte[] prefixed(byte[] bytes) {
    byte[] withLength = new byte[bytes.length + 2];
    withLength[0] = (byte) (bytes.length >>> 8);
    withLength[1] = (byte) bytes.length;
    System.arraycopy(bytes, 0, withLength, 2, bytes.length);
    return withLength;
  }

  /**
   * The {@link FeatureSink#hash} of a string written by {@code DataOutput.writeUTF}: ASCII bytes are
   * hashed as they are; a string with other characters is decoded first.
   */
  private static long hashString(ByteBuffer in) throws IOException {
    int length = in.getShort() & 0xffff;
    int start = in.position();
    long h = FeatureSink.Hashes.OFFSET;
    for (int k = 0; k < length; k++) {
      byte b = in.get(start + k);
      if (b < 0 || b == 0) {
        byte[] bytes = new byte[length];
        in.get(start, bytes);
        in.position(start + length);
        return FeatureSink.hash(new DataInputStream(new ByteArrayInputStream(prefixed(bytes))).readUTF());
      }
      h = (h ^ b) * FeatureSink.Hashes.PRIME;
    }
    in.position(start + length);
    return h == 0 ? 1 : h;
  }
}
