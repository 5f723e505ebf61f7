package io.reportage.spark.job;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import io.reportage.spark.ReportageAnalyzer;
import io.reportage.spark.ReportageTables;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The Spark job: reads articles, analyses each once with the executor's extractor, and writes the
 * JSON lines, the flat tables and the errors under the output folder. Run it with
 * {@code java -jar reportage-spark.jar} (local) or {@code spark-submit --class
 * io.reportage.spark.job.ReportageSparkJob reportage-spark.jar} (cluster); the options are in
 * {@link JobOptions#USAGE}.
 */
public final class ReportageSparkJob {
  static final int OK = 0;
  static final int FAILED = 1;
  static final int USAGE = 2;
  private static final String JSON_COLUMN = "analysis_json";

  /** What the job read and did with it: {@code in == analysed + failed}. */
  public record Counts(long in, long analysed, long failed) {
  }

  /** Told the seconds each step took: "analysis" (reading, analysing, counting), then each output folder. */
  interface Steps {
    void done(String step, double seconds);
  }

  private ReportageSparkJob() {
  }

  public static void main(String[] args) {
    LocalSpark.prepareJvm();
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    JobOptions options;
    try {
      options = JobOptions.parse(args);
    } catch (JobOptions.UsageException e) {
      System.err.println("reportage-spark: " + e.getMessage());
      System.err.print(JobOptions.USAGE);
      System.exit(USAGE);
      return;
    }
    if (options.help()) {
      out.print(JobOptions.USAGE);
      return;
    }
    int code;
    SparkSession spark = LocalSpark.start(options);
    try {
      StringBuilder times = new StringBuilder();
      Counts counts = run(spark, options, (step, seconds) -> times.append(times.isEmpty() ? "" : ", ")
          .append(String.format("%s %.1f s", step, seconds)));
      out.printf("articles in: %d, analysed: %d, failed: %d (listed in %s/errors)%n",
          counts.in(), counts.analysed(), counts.failed(), options.output());
      out.println("time: " + times);
      code = counts.in() == counts.analysed() + counts.failed() ? OK : FAILED;
    } catch (IllegalArgumentException e) {
      System.err.println("reportage-spark: " + e.getMessage());
      code = USAGE;
    } catch (RuntimeException e) {
      System.err.println("reportage-spark: the job stopped: " + e);
      code = FAILED;
    } finally {
      spark.stop();
    }
    System.exit(code);
  }

  /** Runs the job in {@code spark} and returns its counts; the outputs are under {@code options.output()}. */
  static Counts run(SparkSession spark, JobOptions options) {
    return run(spark, options, (step, seconds) -> { });
  }

  /** As {@link #run(SparkSession, JobOptions)}, telling {@code steps} how long each step took. */
  static Counts run(SparkSession spark, JobOptions options, Steps steps) {
    Dataset<Row> articles = ArticleSources.read(spark, options.input(), options.inputFormat());
    if (options.partitions() > 0) {
      articles = articles.repartition(options.partitions());
    }
    ReportageAnalyzer analyzer = ReportageAnalyzer.builder()
        .textColumn("text").docColumn("doc").publishedColumn("published")
        .jsonColumn(JSON_COLUMN).profile(options.profile()).build();
    Dataset<Row> transformed = analyzer.transform(articles);
    // A read error takes the place of the analyser's "the text is null".
    Dataset<Row> analysed = transformed
        .withColumn(analyzer.errorColumn(), coalesce(col(ArticleSources.READ_ERROR), col(analyzer.errorColumn())))
        .drop("text")
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      long started = System.nanoTime();
      Row totals = analysed.agg(count(lit(1)), count(col(analyzer.outputColumn())), count(col(analyzer.errorColumn())))
          .first();
      steps.done("analysis", seconds(started));
      SaveMode mode = options.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
      String out = options.output();
      started = System.nanoTime();
      analysed.filter(col(JSON_COLUMN).isNotNull()).select(col(JSON_COLUMN)).write().mode(mode).text(out + "/analyses");
      steps.done("analyses", seconds(started));
      Map<String, Dataset<Row>> tables = new LinkedHashMap<>();
      tables.put("articles", ReportageTables.articles(analysed));
      Dataset<Row> quotes = ReportageTables.quotes(analysed);
      tables.put("quotes", quotes);
      tables.put("entities", ReportageTables.entities(analysed));
      tables.put("events", ReportageTables.events(analysed));
      tables.put("speakers", ReportageTables.speakersOfQuotes(quotes));
      tables.put("errors", analyzer.errors(analysed));
      tables.forEach((name, table) -> {
        long tableStarted = System.nanoTime();
        if (options.format() == JobOptions.TableFormat.JSONL) {
          table.write().mode(mode).json(out + "/" + name);
        } else {
          table.write().mode(mode).parquet(out + "/" + name);
        }
        steps.done(name, seconds(tableStarted));
      });
      return new Counts(totals.getLong(0), totals.getLong(1), totals.getLong(2));
    } finally {
      analysed.unpersist();
    }
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
