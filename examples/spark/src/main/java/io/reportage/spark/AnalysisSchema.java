package io.reportage.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark type of the {@code analysis} column: the JSON contract {@code reportage/1} (see the
 * README) as nested Spark types, field for field and in the same order, with one addition,
 * {@code published}, the date the article was analysed with. Offsets are ints (UTF-16 indices
 * into the text); objects that are null in JSON are null structs; lists are arrays of structs.
 *
 * <p>One difference in kind: an event's {@code attributes}, whose JSON values are a string, a
 * number, a boolean or a list of strings, are a {@code map<string, array<string>>}, a single value
 * being a one-element array holding its JSON text without quotes ({@code "first"}, {@code "3"},
 * {@code "true"}).
 */
public final class AnalysisSchema {
  /** {@code {start, end, text}}: a headline, a source, a cue, a trigger. */
  public static final StructType TEXT_SPAN = struct(
      field("start", IntegerType, false), field("end", IntegerType, false), field("text", StringType, false));

  /** {@code {start, end}} of the body. */
  public static final StructType SPAN = struct(field("start", IntegerType, false), field("end", IntegerType, false));

  public static final StructType BOILERPLATE = struct(
      field("start", IntegerType, false), field("end", IntegerType, false), field("kind", StringType, false));

  public static final StructType ROLE = struct(
      field("title", StringType, false),
      field("organization", StringType, true),
      field("start", IntegerType, false),
      field("end", IntegerType, false),
      field("former", BooleanType, false));

  public static final StructType MENTION = struct(
      field("start", IntegerType, false),
      field("end", IntegerType, false),
      field("text", StringType, false),
      field("kind", StringType, false));

  public static final StructType ENTITY = struct(
      field("id", StringType, false),
      field("type", StringType, false),
      field("name", StringType, true),
      field("roles", array(ROLE), false),
      field("mentions", array(MENTION), false));

  public static final StructType QUOTE = struct(
      field("id", StringType, false),
      field("kind", StringType, false),
      field("start", IntegerType, false),
      field("end", IntegerType, false),
      field("text", StringType, false),
      field("speaker", StringType, true),
      field("speakerMention", TEXT_SPAN, true),
      field("cue", TEXT_SPAN, true),
      field("via", StringType, true),
      field("confidence", DoubleType, false),
      field("rule", StringType, false));

  public static final StructType ARGUMENT = struct(
      field("role", StringType, false),
      field("entity", StringType, true),
      field("start", IntegerType, false),
      field("end", IntegerType, false),
      field("text", StringType, false));

  public static final StructType TIME = struct(
      field("start", IntegerType, false),
      field("end", IntegerType, false),
      field("text", StringType, false),
      field("value", StringType, true));

  public static final StructType EVENT = struct(
      field("id", StringType, false),
      field("type", StringType, false),
      field("ace", StringType, true),
      field("cameo", StringType, true),
      field("trigger", TEXT_SPAN, false),
      field("mentions", array(TEXT_SPAN), false),
      field("arguments", array(ARGUMENT), false),
      field("time", TIME, true),
      field("status", StringType, false),
      field("attributes", DataTypes.createMapType(StringType, array(StringType), false), false),
      field("quote", StringType, true),
      field("confidence", DoubleType, false));

  /** The whole {@code analysis} column. */
  public static final StructType ANALYSIS = struct(
      field("schema", StringType, false),
      field("doc", StringType, true),
      field("published", DateType, true),
      field("headline", TEXT_SPAN, true),
      field("source", TEXT_SPAN, true),
      field("body", SPAN, false),
      field("boilerplate", array(BOILERPLATE), false),
      field("entities", array(ENTITY), false),
      field("quotes", array(QUOTE), false),
      field("events", array(EVENT), false));

  private AnalysisSchema() {
  }

  private static StructType struct(StructField... fields) {
    return DataTypes.createStructType(fields);
  }

  private static StructField field(String name, DataType type, boolean nullable) {
    return DataTypes.createStructField(name, type, nullable);
  }

  private static DataType array(DataType element) {
    return DataTypes.createArrayType(element, false);
  }
}
