package io.reportage.spark.job;

import io.reportage.models.BundledLexicon;
import io.reportage.models.Lexicons;
import io.reportage.text.Tokenizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * Times the Spark job at several local masters, and the command line at several thread counts, on
 * the same folder of articles: a corpus's texts repeated to the number asked for. Prints articles
 * and tokens per second and each rate's ratio to the first. Run it with
 * {@code examples/spark/throughput.sh} (see examples/spark/README.md); it is a measurement to
 * make on a quiet machine, not a test.
 *
 * <p>Spark: the SparkSession is started and the job run once on a small warm-up folder before the
 * timed run, so neither Spark's start-up nor the extractor's build is counted; the timed run reads
 * the files, analyses them and writes every output as Parquet. Command line: each run is a fresh
 * JVM; the time of a run over one article with the same options (start-up, model loading) is
 * subtracted; {@code --cli-jvm} passes options to its JVM (a collector, say). Tokens are counted
 * by Reportage's tokenizer over each whole text, as the JMH
 * benchmarks count them.
 */
public final class ThroughputHarness {
  private ThroughputHarness() {
  }

  public static void main(String[] args) throws Exception {
    LocalSpark.prepareJvm();
    Map<String, String> options = options(args);
    Path texts = Path.of(options.getOrDefault("--texts", "../shared/corpora/polnear/dev/text"));
    int articles = Integer.parseInt(options.getOrDefault("--articles", "10000"));
    List<String> masters = List.of(options.getOrDefault("--masters", "local[1],local[2]").split(","));
    List<String> threads = List.of(options.getOrDefault("--threads", "1,2").split(","));
    String cliJar = options.get("--cli-jar");
    List<String> cliJvm = List.of(options.getOrDefault("--cli-jvm", "").trim().split("\\s+")).stream()
        .filter(o -> !o.isEmpty()).toList();
    Path work = Files.createTempDirectory("reportage-throughput");
    try {
      Path folder = Files.createDirectories(work.resolve("articles"));
      long tokens = repeat(texts, articles, folder);
      Path warmUp = Files.createDirectories(work.resolve("warm-up"));
      // Compiling the analysis and Spark's generated code takes far more than a few dozen articles:
      // with 50, the master timed first ran up to 1.6 times slower than when timed second.
      repeat(texts, Math.min(articles, 1000), warmUp);
      Path single = Files.createDirectories(work.resolve("single"));
      repeat(texts, 1, single);
      System.out.printf("%d articles, %d tokens (%s repeated)%n", articles, tokens, texts);
      List<String[]> rows = new ArrayList<>();
      for (String master : masters) {
        rows.add(timeSpark(master, folder, warmUp, work, articles, tokens));
      }
      if (cliJar != null) {
        for (String count : threads) {
          rows.add(timeCli(cliJar, cliJvm, count, folder, single, articles, tokens));
        }
      }
      System.out.printf("%-28s %12s %14s %10s%n", "run", "articles/s", "tokens/s", "seconds");
      for (String[] row : rows) {
        System.out.printf("%-28s %12s %14s %10s%n", (Object[]) row);
      }
      printRatio(rows, "spark");
      printRatio(rows, "cli");
    } finally {
      delete(work);
    }
  }

  private static String[] timeSpark(String master, Path folder, Path warmUp, Path work, int articles, long tokens) {
    JobOptions warm = JobOptions.parse(new String[] {"--input", warmUp.toString(), "--output", work.resolve("out-warm").toString(),
        "--master", master, "--overwrite"});
    JobOptions timed = JobOptions.parse(new String[] {"--input", folder.toString(), "--output", work.resolve("out").toString(),
        "--master", master, "--overwrite"});
    SparkSession spark = LocalSpark.start(warm);
    try {
      ReportageSparkJob.run(spark, warm);
      double[] analysis = new double[1];
      long started = System.nanoTime();
      ReportageSparkJob.Counts counts = ReportageSparkJob.run(spark, timed, (step, seconds) -> {
        if (step.equals("analysis")) {
          analysis[0] = seconds;
        }
      });
      double seconds = (System.nanoTime() - started) / 1e9;
      if (counts.analysed() != articles) {
        throw new IllegalStateException("The job analysed " + counts.analysed() + " of " + articles + " articles");
      }
      System.out.printf("spark %s: reading and analysing %.1f s, writing the outputs %.1f s%n",
          master, analysis[0], seconds - analysis[0]);
      return row("spark " + master, articles, tokens, seconds);
    } finally {
      spark.stop();
    }
  }

  private static String[] timeCli(String jar, List<String> jvm, String threads, Path folder, Path single, int articles,
      long tokens) throws IOException, InterruptedException {
    double startUp = runCli(jar, jvm, threads, single);
    double total = runCli(jar, jvm, threads, folder);
    return row("cli --threads " + threads, articles, tokens, total - startUp);
  }

  private static double runCli(String jar, List<String> jvm, String threads, Path folder)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvm);
    command.addAll(List.of("-jar", jar, "--format", "jsonl", "--threads", threads, folder.toString()));
    ProcessBuilder process = new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD);
    long started = System.nanoTime();
    int code = process.start().waitFor();
    double seconds = (System.nanoTime() - started) / 1e9;
    if (code != 0) {
      throw new IllegalStateException("The command line exited with " + code + " on " + folder);
    }
    return seconds;
  }

  private static String[] row(String name, int articles, long tokens, double seconds) {
    return new String[] {name, String.format("%,.0f", articles / seconds), String.format("%,.0f", tokens / seconds),
        String.format("%.1f", seconds)};
  }

  private static void printRatio(List<String[]> rows, String prefix) {
    List<String[]> runs = rows.stream().filter(r -> r[0].startsWith(prefix)).toList();
    for (int i = 1; i < runs.size(); i++) {
      double ratio = Double.parseDouble(runs.get(0)[3]) / Double.parseDouble(runs.get(i)[3]);
      System.out.printf("%s / %s: %.2f%n", runs.get(i)[0], runs.get(0)[0], ratio);
    }
  }

  /** Copies the folder's *.txt files round-robin into {@code count} files; returns their tokens. */
  private static long repeat(Path texts, int count, Path into) throws IOException {
    List<Path> sources;
    try (Stream<Path> files = Files.list(texts)) {
      sources = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("No *.txt file in " + texts.toAbsolutePath());
    }
    Tokenizer tokenizer = new Tokenizer(Lexicons.bundled().get(BundledLexicon.ABBREVIATIONS));
    long[] sourceTokens = new long[sources.size()];
    for (int i = 0; i < sources.size(); i++) {
      String text = Files.readString(sources.get(i), StandardCharsets.UTF_8);
      long[] n = new long[1];
      tokenizer.tokenize(text, 0, text.length(), (start, end) -> n[0]++);
      sourceTokens[i] = n[0];
    }
    long tokens = 0;
    for (int i = 0; i < count; i++) {
      Path source = sources.get(i % sources.size());
      Files.copy(source, into.resolve(String.format("%06d-%s", i, source.getFileName())));
      tokens += sourceTokens[i % sources.size()];
    }
    return tokens;
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!List.of("--texts", "--articles", "--masters", "--threads", "--cli-jar", "--cli-jvm").contains(args[i])) {
        throw new IllegalArgumentException("Unknown option " + args[i]
            + "; use --texts DIR --articles N --masters local[1],local[2] --threads 1,2 --cli-jar JAR"
            + " [--cli-jvm 'JVM OPTIONS']");
      }
      options.put(args[i], args[i + 1]);
    }
    return options;
  }

  private static void delete(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete " + folder, e);
    }
  }
}
