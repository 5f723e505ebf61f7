package io.reportage.training;

import io.reportage.adapter.opennlp.WordClusters;
import io.reportage.corpus.Conll2003;
import io.reportage.corpus.Polnear;
import io.reportage.corpus.SharedCorpora;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Groups words by the words around them in unlabelled news text, for the name finder's
 * {@link io.reportage.adapter.opennlp.NameFeatures.Group#WORD_CLUSTERS} features: words that share
 * neighbours ("Ajax", "Feyenoord", "PSV"; "Corp", "Inc", "Plc") share a cluster, so a name the
 * labelled data lacks can borrow the weights of its cluster.
 *
 * <p>Each word seen at least {@code --min-count} times is described by the counts of the frequent
 * words (in lower case) one and two places to its left and right, rarer neighbours standing as their
 * shape; the counts are square-rooted and scaled to unit length, and grouped by spherical k-means at
 * two sizes (coarse and fine), started from words spread over the frequency order, so the result
 * depends on the text only. The text is the tokens of CoNLL-2003 train, the articles of PolNeAR
 * train, and the files under each {@code --text PATH}: plain text, one paragraph a line, or, for
 * files ending in {@code .sgm}, the story bodies of Reuters-21578's SGML ({@link ReutersSgml}). Writes the clusters with each
 * word as its hash ({@link WordClusters}), so no text of the corpora is stored:
 * <pre>
 * java -Xmx3g -cp benchmarks/target/benchmarks.jar io.reportage.training.BuildWordClusters [--text DIR]
 * </pre>
 */
public final class BuildWordClusters {
  static final Path OUTPUT = Path.of("models/src/main/resources/io/reportage/models/ner/word-clusters.bin");
  private static final int NEAR_CONTEXTS = 500;
  private static final int FAR_CONTEXTS = 100;
  private static final int ITERATIONS = 15;

  private BuildWordClusters() {
  }

  public static void main(String[] args) throws IOException {
    Path output = OUTPUT;
    int minCount = 3;
    int coarse = 64;
    int fine = 512;
    List<Path> texts = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--output" -> output = Path.of(args[++i]);
        case "--text" -> texts.add(Path.of(args[++i]));
        case "--min-count" -> minCount = Integer.parseInt(args[++i]);
        case "--clusters" -> {
          coarse = Integer.parseInt(args[++i]);
          fine = Integer.parseInt(args[++i]);
        }
        default -> throw new IllegalArgumentException("Unknown option " + args[i]);
      }
    }
    List<String[]> sentences = new ArrayList<>();
    for (Conll2003.Doc doc : Conll2003.read(SharedCorpora.corpus("conll2003/train.txt"))) {
      for (Conll2003.Sentence sentence : doc.sentences()) {
        sentences.add(sentence.tokens().toArray(String[]::new));
      }
    }
    for (Polnear.Article article : Polnear.read(SharedCorpora.corpus("polnear/train"))) {
      addLines(article.text(), sentences);
    }
    for (Path text : texts) {
      try (Stream<Path> files = Files.walk(text)) {
        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
          String content = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
          addLines(file.getFileName().toString().endsWith(".sgm") ? ReutersSgml.bodies(content) : content, sentences);
        }
      }
    }
    long started = System.nanoTime();
    Map<String, Integer> counts = new HashMap<>();
    long tokens = 0;
    for (String[] sentence : sentences) {
      for (String word : sentence) {
        counts.merge(word, 1, Integer::sum);
        tokens++;
      }
    }
    final int min = minCount;
    List<String> vocabulary = counts.entrySet().stream().filter(e -> e.getValue() >= min)
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey).toList();
    ContextVectors vectors = ContextVectors.of(sentences, vocabulary, NEAR_CONTEXTS, FAR_CONTEXTS);
    int[] coarseOf = SphericalKMeans.cluster(vectors, coarse, ITERATIONS);
    int[] fineOf = SphericalKMeans.cluster(vectors, fine, ITERATIONS);
    if (output.getParent() != null) {
      Files.createDirectories(output.getParent());
    }
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output))) {
      WordClusters.of(vocabulary.toArray(String[]::new), coarseOf, fineOf).write(out);
    }
    System.out.printf(Locale.ROOT, "%d sentences, %d tokens, %d words seen %d times or more; %d and %d clusters"
        + " in %.1f s; wrote %s%n", sentences.size(), tokens, vocabulary.size(), minCount, coarse, fine,
        (System.nanoTime() - started) / 1e9, output);
  }

  /** Splits plain text into lines of tokens: words, with punctuation at their ends and "'s" apart. */
  static void addLines(String text, List<String[]> sentences) {
    for (String line : text.split("\\R")) {
      List<String> tokens = new ArrayList<>();
      for (String chunk : line.strip().split("\\s+")) {
        split(chunk, tokens);
      }
      if (!tokens.isEmpty()) {
        sentences.add(tokens.toArray(String[]::new));
      }
    }
  }

  private static void split(String chunk, List<String> tokens) {
    int start = 0;
    int end = chunk.length();
    List<String> trailing = new ArrayList<>();
    while (start < end && isPunctuation(chunk.charAt(start))) {
      tokens.add(String.valueOf(chunk.charAt(start)));
      start++;
    }
    while (end > start && isPunctuation(chunk.charAt(end - 1))) {
      trailing.add(0, String.valueOf(chunk.charAt(end - 1)));
      end--;
    }
    String word = chunk.substring(start, end).replace('\u2019', '\'');
    if (word.endsWith("'s") && word.length() > 2) {
      tokens.add(word.substring(0, word.length() - 2));
      tokens.add("'s");
    } else if (!word.isEmpty()) {
      tokens.add(word);
    }
    tokens.addAll(trailing);
  }

  private static boolean isPunctuation(char c) {
    return ".,;:!?\"()[]{}\u201c\u201d\u2018\u2019'".indexOf(c) >= 0;
  }

  /** Sparse, unit-length context vectors of the vocabulary's words. */
  record ContextVectors(int[][] indices, float[][] values, int dimensions) {
    static ContextVectors of(List<String[]> sentences, List<String> vocabulary, int near, int far) {
      Map<String, Integer> wordIndex = new HashMap<>();
      for (int w = 0; w < vocabulary.size(); w++) {
        wordIndex.put(vocabulary.get(w), w);
      }
      Map<String, Integer> lowerCounts = new HashMap<>();
      for (String[] sentence : sentences) {
        for (String word : sentence) {
          lowerCounts.merge(word.toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
      }
      List<String> frequent = lowerCounts.entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .limit(near).map(Map.Entry::getKey).toList();
      Map<String, Integer> contextIndex = new HashMap<>();
      for (int c = 0; c < frequent.size(); c++) {
        contextIndex.put(frequent.get(c), c);
      }
      String[] shapes = {"<s>", "</s>", "Xx", "X", "d", "x", "other"};
      int nearSize = near + shapes.length;
      int farSize = far + shapes.length;
      int[] offsets = {0, nearSize, 2 * nearSize, 2 * nearSize + farSize};
      int dimensions = 2 * nearSize + 2 * farSize;
      List<Map<Integer, Integer>> counts = new ArrayList<>();
      for (int w = 0; w < vocabulary.size(); w++) {
        counts.add(new HashMap<>());
      }
      int[] distances = {-1, 1, -2, 2};
      for (String[] sentence : sentences) {
        for (int i = 0; i < sentence.length; i++) {
          Integer w = wordIndex.get(sentence[i]);
          if (w == null) {
            continue;
          }
          for (int k = 0; k < distances.length; k++) {
            int j = i + distances[k];
            int limit = k < 2 ? near : far;
            int context;
            if (j < 0 || j >= sentence.length) {
              context = limit + (j < 0 ? 0 : 1);
            } else {
              Integer c = contextIndex.get(sentence[j].toLowerCase(Locale.ROOT));
              context = c != null && c < limit ? c : limit + Arrays.asList(shapes).indexOf(coarseShape(sentence[j]));
            }
            counts.get(w).merge(offsets[k] + context, 1, Integer::sum);
          }
        }
      }
      int[][] indices = new int[vocabulary.size()][];
      float[][] values = new float[vocabulary.size()][];
      for (int w = 0; w < vocabulary.size(); w++) {
        Map<Integer, Integer> row = counts.get(w);
        int[] index = row.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        float[] value = new float[index.length];
        double norm = 0;
        for (int k = 0; k < index.length; k++) {
          value[k] = (float) Math.sqrt(row.get(index[k]));
          norm += value[k] * value[k];
        }
        for (int k = 0; k < index.length; k++) {
          value[k] /= (float) Math.sqrt(norm);
        }
        indices[w] = index;
        values[w] = value;
      }
      return new ContextVectors(indices, values, dimensions);
    }

    /** "Xx", "X", "d", "x" or "other": a rare neighbour stands as its kind. */
    private static String coarseShape(String word) {
      char c = word.charAt(0);
      if (Character.isUpperCase(c)) {
        return word.length() > 1 && Character.isLowerCase(word.charAt(1)) ? "Xx" : "X";
      }
      return Character.isDigit(c) ? "d" : Character.isLetter(c) ? "x" : "other";
    }

    int size() {
      return indices.length;
    }
  }

  /** k-means on the unit sphere: each word joins the centroid it is most similar to. */
  static final class SphericalKMeans {
    private SphericalKMeans() {
    }

    static int[] cluster(ContextVectors vectors, int k, int iterations) {
      int n = vectors.size();
      int d = vectors.dimensions();
      float[][] centroids = new float[k][d];
      for (int c = 0; c < k; c++) {
        // Seeds spread over the frequency order, so the result depends on the text only.
        int w = (int) ((long) c * n / k);
        add(vectors, w, centroids[c]);
      }
      int[] assignment = new int[n];
      for (int iteration = 0; iteration < iterations; iteration++) {
        for (int w = 0; w < n; w++) {
          int best = 0;
          double bestScore = Double.NEGATIVE_INFINITY;
          for (int c = 0; c < k; c++) {
            double score = dot(vectors, w, centroids[c]);
            if (score > bestScore) {
              bestScore = score;
              best = c;
            }
          }
          assignment[w] = best;
        }
        for (float[] centroid : centroids) {
          Arrays.fill(centroid, 0);
        }
        for (int w = 0; w < n; w++) {
          add(vectors, w, centroids[assignment[w]]);
        }
        for (float[] centroid : centroids) {
          double norm = 0;
          for (float v : centroid) {
            norm += v * v;
          }
          if (norm > 0) {
            float scale = (float) (1 / Math.sqrt(norm));
            for (int i = 0; i < d; i++) {
              centroid[i] *= scale;
            }
          }
        }
      }
      return assignment;
    }

    private static double dot(ContextVectors vectors, int w, float[] centroid) {
      int[] index = vectors.indices()[w];
      float[] value = vectors.values()[w];
      double sum = 0;
      for (int k = 0; k < index.length; k++) {
        sum += value[k] * centroid[index[k]];
      }
      return sum;
    }

    private static void add(ContextVectors vectors, int w, float[] centroid) {
      int[] index = vectors.indices()[w];
      float[] value = vectors.values()[w];
      for (int k = 0; k < index.length; k++) {
        centroid[index[k]] += value[k];
      }
    }
  }
}
