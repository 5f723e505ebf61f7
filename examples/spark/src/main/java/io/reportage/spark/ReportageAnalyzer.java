package io.reportage.spark;

import static org.apache.spark.sql.functions.col;

import io.reportage.Profile;
import java.util.Arrays;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Analyses the articles of a Spark {@code Dataset<Row>}: every row comes back with its columns
 * unchanged and an {@code analysis} column of type {@link AnalysisSchema#ANALYSIS}, plus an
 * {@code analysis_error} column, null unless the row could not be analysed (null text, unreadable
 * date, failure inside the pipeline), and optionally the {@code reportage/1} JSON line.
 *
 * <pre>{@code
 * ReportageAnalyzer analyzer = ReportageAnalyzer.builder()
 *     .textColumn("text").docColumn("doc").publishedColumn("published").build();
 * Dataset<Row> analysed = analyzer.transform(articles);
 * Dataset<Row> quotes = ReportageTables.quotes(analysed);
 * }</pre>
 *
 * Each executor JVM builds one extractor, lazily, and its tasks share it. The result is lazy like
 * any Dataset: cache or persist it before deriving several tables, or every table analyses the
 * articles again.
 */
public final class ReportageAnalyzer {
  private final String textColumn;
  private final String docColumn;
  private final String publishedColumn;
  private final String outputColumn;
  private final String errorColumn;
  private final String jsonColumn;
  private final Profile profile;

  private ReportageAnalyzer(Builder builder) {
    this.textColumn = builder.textColumn;
    this.docColumn = builder.docColumn;
    this.publishedColumn = builder.publishedColumn;
    this.outputColumn = builder.outputColumn;
    this.errorColumn = builder.errorColumn;
    this.jsonColumn = builder.jsonColumn;
    this.profile = builder.profile;
  }

  public static Builder builder() {
    return new Builder();
  }

  public String outputColumn() {
    return outputColumn;
  }

  public String errorColumn() {
    return errorColumn;
  }

  /**
   * The articles with the analysis columns appended.
   *
   * @throws IllegalArgumentException when a named column is missing or of a type that cannot be
   *     read, or an output column already exists; the message names it
   */
  public Dataset<Row> transform(Dataset<Row> articles) {
    StructType input = articles.schema();
    int text = index(input, textColumn, "text");
    requireType(input, textColumn, DataTypes.StringType);
    int doc = docColumn == null ? -1 : index(input, docColumn, "document id");
    int published = publishedColumn == null ? -1 : index(input, publishedColumn, "publication date");
    if (published >= 0) {
      DataType type = input.fields()[published].dataType();
      if (!type.equals(DataTypes.DateType) && !type.equals(DataTypes.StringType)) {
        throw new IllegalArgumentException("The publication date column '" + publishedColumn
            + "' must be a date or a string YYYY-MM-DD, not " + type.simpleString());
      }
    }
    StructType output = input;
    for (String added : outputColumns()) {
      if (Arrays.asList(input.fieldNames()).contains(added)) {
        throw new IllegalArgumentException("The input already has a column '" + added + "'; choose another output name");
      }
    }
    output = output.add(outputColumn, AnalysisSchema.ANALYSIS, true).add(errorColumn, DataTypes.StringType, true);
    if (jsonColumn != null) {
      output = output.add(jsonColumn, DataTypes.StringType, true);
    }
    boolean localDates = Boolean.parseBoolean(
        articles.sparkSession().conf().get("spark.sql.datetime.java8API.enabled", "false"));
    return articles.mapPartitions(
        new AnalyzePartition(profile, text, doc, published, jsonColumn != null, localDates), Encoders.row(output));
  }

  /** The rows that could not be analysed: {@code doc} (null without a document id column) and {@code message}. */
  public Dataset<Row> errors(Dataset<Row> analysed) {
    return analysed.filter(col(errorColumn).isNotNull()).select(
        docColumn == null ? org.apache.spark.sql.functions.lit(null).cast(DataTypes.StringType).as("doc")
            : col(docColumn).cast(DataTypes.StringType).as("doc"),
        col(errorColumn).as("message"));
  }

  private String[] outputColumns() {
    return jsonColumn == null ? new String[] {outputColumn, errorColumn} : new String[] {outputColumn, errorColumn, jsonColumn};
  }

  private static int index(StructType schema, String column, String what) {
    if (!Arrays.asList(schema.fieldNames()).contains(column)) {
      throw new IllegalArgumentException("No " + what + " column '" + column + "' in " + schema.simpleString());
    }
    return schema.fieldIndex(column);
  }

  private static void requireType(StructType schema, String column, DataType type) {
    DataType actual = schema.apply(column).dataType();
    if (!actual.equals(type)) {
      throw new IllegalArgumentException("The column '" + column + "' must be " + type.simpleString()
          + ", not " + actual.simpleString());
    }
  }

  /** Column names and the profile; only the text column is required. */
  public static final class Builder {
    private String textColumn = "text";
    private String docColumn;
    private String publishedColumn;
    private String outputColumn = "analysis";
    private String errorColumn = "analysis_error";
    private String jsonColumn;
    private Profile profile = Profile.FAST;

    private Builder() {
    }

    /** The article text, a string column; "text" unless set. */
    public Builder textColumn(String name) {
      this.textColumn = name(name, "text column");
      return this;
    }

    /** A document id, written as the analysis's {@code doc} and the tables' {@code article}; none unless set. */
    public Builder docColumn(String name) {
      this.docColumn = name(name, "document id column");
      return this;
    }

    /** The publication date, a date or a string YYYY-MM-DD, to resolve "on Thursday"; none unless set. */
    public Builder publishedColumn(String name) {
      this.publishedColumn = name(name, "publication date column");
      return this;
    }

    /** The analysis column; "analysis" unless set. */
    public Builder outputColumn(String name) {
      this.outputColumn = name(name, "output column");
      return this;
    }

    /** The error message column; "analysis_error" unless set. */
    public Builder errorColumn(String name) {
      this.errorColumn = name(name, "error column");
      return this;
    }

    /** Also writes the {@code reportage/1} JSON line, with "doc", into this column, as the command line prints it. */
    public Builder jsonColumn(String name) {
      this.jsonColumn = name(name, "JSON column");
      return this;
    }

    /**
     * The profile; {@link Profile#FAST} unless set. {@link Profile#ACCURATE} needs CoreNLP and
     * its models jar on every executor's class path.
     */
    public Builder profile(Profile profile) {
      if (profile == null) {
        throw new IllegalArgumentException("The profile is null; pass Profile.FAST or Profile.ACCURATE");
      }
      this.profile = profile;
      return this;
    }

    public ReportageAnalyzer build() {
      if (outputColumn.equals(errorColumn) || outputColumn.equals(jsonColumn) || errorColumn.equals(jsonColumn)) {
        throw new IllegalArgumentException("The output, error and JSON columns need different names");
      }
      return new ReportageAnalyzer(this);
    }

    private static String name(String name, String what) {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("The " + what + " name is empty");
      }
      return name;
    }
  }
}
