package io.reportage.spark.job;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Reads the job's input into one shape: {@code doc} (string), {@code text} (string, null when it
 * could not be read), {@code published} (a date or a string, possibly null) and {@code read_error}
 * (null, or why the text could not be read). Rows without a document id get "row-N", unique within
 * the run.
 */
final class ArticleSources {
  static final String READ_ERROR = "read_error";
  static final StructType TEXT_ROWS = new StructType()
      .add("doc", DataTypes.StringType, false)
      .add("text", DataTypes.StringType, true)
      .add("published", DataTypes.StringType, true)
      .add(READ_ERROR, DataTypes.StringType, true);
  private static final String CORRUPT = "_corrupt_record";

  private ArticleSources() {
  }

  static Dataset<Row> read(SparkSession spark, String input, JobOptions.InputFormat format) {
    return switch (format != null ? format : guess(input)) {
      case TXT -> textFiles(spark, input);
      case JSONL -> jsonLines(spark, input);
      case PARQUET -> parquet(spark, input);
    };
  }

  /** From the name (*.jsonl, *.json, *.parquet) or, for a local folder, the files in it; txt otherwise. */
  static JobOptions.InputFormat guess(String input) {
    String name = input.toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl") || name.endsWith(".json")) {
      return JobOptions.InputFormat.JSONL;
    }
    if (name.endsWith(".parquet")) {
      return JobOptions.InputFormat.PARQUET;
    }
    Path local = localPath(input);
    if (local != null && Files.isDirectory(local)) {
      try (Stream<Path> files = Files.list(local)) {
        String[] names = files.map(p -> p.getFileName().toString().toLowerCase(Locale.ROOT)).toArray(String[]::new);
        if (Arrays.stream(names).noneMatch(n -> n.endsWith(".txt"))) {
          if (Arrays.stream(names).anyMatch(n -> n.endsWith(".parquet"))) {
            return JobOptions.InputFormat.PARQUET;
          }
          if (Arrays.stream(names).anyMatch(n -> n.endsWith(".jsonl") || n.endsWith(".json"))) {
            return JobOptions.InputFormat.JSONL;
          }
        }
      } catch (IOException e) {
        // Spark reports the unreadable folder when it reads it
      }
    }
    return JobOptions.InputFormat.TXT;
  }

  private static Path localPath(String input) {
    if (input.startsWith("file:")) {
      return Path.of(java.net.URI.create(input));
    }
    return input.contains("://") ? null : Path.of(input);
  }

  /**
   * Every *.txt file of the folder (not of its subfolders), listed on the driver and read on the
   * executors. Spark's own file sources are not used because they skip empty files, and an empty
   * article must still be counted and analysed.
   */
  private static Dataset<Row> textFiles(SparkSession spark, String folder) {
    Configuration configuration = spark.sparkContext().hadoopConfiguration();
    List<String> paths = new ArrayList<>();
    try {
      org.apache.hadoop.fs.Path directory = new org.apache.hadoop.fs.Path(folder);
      FileSystem fs = directory.getFileSystem(configuration);
      for (FileStatus status : fs.listStatus(directory, p -> p.getName().endsWith(".txt"))) {
        if (status.isFile()) {
          paths.add(status.getPath().toString());
        }
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("Cannot list the input folder " + folder + " (" + e.getMessage() + ")", e);
    }
    if (paths.isEmpty()) {
      throw new IllegalArgumentException("The input folder " + folder + " holds no *.txt file");
    }
    Collections.sort(paths);
    // Several parts per core balance long and short articles; a part of a thousand files bounds the task count.
    int parallelism = spark.sparkContext().defaultParallelism();
    int parts = Math.max(1, Math.min(paths.size(), Math.max(parallelism * 4, paths.size() / 1000)));
    JavaRDD<String> files = JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(paths, parts);
    return spark.createDataset(files.rdd(), Encoders.STRING())
        .mapPartitions(new ReadTextFiles(configuration), Encoders.row(TEXT_ROWS));
  }

  private static Dataset<Row> jsonLines(SparkSession spark, String path) {
    Dataset<Row> lines = spark.read()
        .schema("text STRING, doc STRING, published STRING, " + CORRUPT + " STRING")
        .option("columnNameOfCorruptRecord", CORRUPT)
        .option("mode", "PERMISSIVE")
        .json(path);
    Column malformed = col(CORRUPT).isNotNull();
    return lines.select(
        withRowIds(col("doc")).as("doc"),
        when(malformed, lit(null).cast(DataTypes.StringType)).otherwise(col("text")).as("text"),
        col("published"),
        when(malformed, concat(lit("not a JSON object with a string \"text\": "), col(CORRUPT).substr(1, 200)))
            .when(col("text").isNull(), lit("no \"text\" in this line"))
            .as(READ_ERROR));
  }

  private static Dataset<Row> parquet(SparkSession spark, String path) {
    Dataset<Row> rows = spark.read().parquet(path);
    StructType schema = rows.schema();
    if (!Arrays.asList(schema.fieldNames()).contains("text")) {
      throw new IllegalArgumentException("The Parquet input " + path + " has no column \"text\": " + schema.simpleString());
    }
    boolean hasDoc = Arrays.asList(schema.fieldNames()).contains("doc");
    boolean hasPublished = Arrays.asList(schema.fieldNames()).contains("published");
    Column published = hasPublished ? col("published") : lit(null).cast(DataTypes.StringType);
    if (hasPublished && !schema.apply("published").dataType().equals(DataTypes.DateType)) {
      published = col("published").cast(DataTypes.StringType);
    }
    return rows.select(
        withRowIds(hasDoc ? col("doc").cast(DataTypes.StringType) : lit(null).cast(DataTypes.StringType)).as("doc"),
        col("text").cast(DataTypes.StringType).as("text"),
        published.as("published"),
        when(col("text").isNull(), lit("the text is null")).as(READ_ERROR));
  }

  /** A missing id becomes "row-N"; N depends only on the input's partitioning, so recomputing a partition gives the same ids. */
  private static Column withRowIds(Column doc) {
    return coalesce(doc, concat(lit("row-"), monotonically_increasing_id().cast(DataTypes.StringType)));
  }
}
