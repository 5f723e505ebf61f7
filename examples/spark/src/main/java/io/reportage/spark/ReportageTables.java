package io.reportage.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.udaf;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/**
 * Flat tables for analysts, derived from a Dataset with an {@link AnalysisSchema#ANALYSIS} column
 * (as {@link ReportageAnalyzer#transform} returns it): one row per article, quote, entity or event,
 * and one per named speaker across all articles. Rows whose analysis is null (see
 * {@link ReportageAnalyzer#errors}) are left out. The {@code article} column is the analysis's
 * {@code doc}. Ids and names resolve within the article through a map from entity id to entity
 * built once per article, so no table needs a join or a shuffle except {@link #speakers}, which
 * aggregates once. The expressions avoid higher-order functions where a plain one does (Spark
 * interprets lambdas row by row instead of generating code for them). Column lists and types are
 * in {@code examples/spark/README.md}.
 */
public final class ReportageTables {
  /** The article's entities by id: a map built once per article, so that a lookup is not a scan per quote. */
  private static final String ENTITIES_BY_ID = "map_from_arrays(a.entities.id, a.entities)";
  /** The first role still held, else the first role; null without roles (array_position is 1-based, 0 when absent). */
  private static final String PRIMARY_ROLE = "get(%1$s.roles, greatest(array_position(%1$s.roles.former, false) - 1, 0))";

  private ReportageTables() {
  }

  /** One row per analysed article; the analysis column is "analysis". */
  public static Dataset<Row> articles(Dataset<Row> analysed) {
    return articles(analysed, "analysis");
  }

  /**
   * One row per analysed article: article, published, headline, source, body_start, body_end,
   * boilerplate (the kinds, in text order), and the numbers of entities, quotes, attributed quotes
   * and events.
   */
  public static Dataset<Row> articles(Dataset<Row> analysed, String analysisColumn) {
    return analyses(analysed, analysisColumn).select(
        col("a.doc").as("article"),
        col("a.published").as("published"),
        col("a.headline.text").as("headline"),
        col("a.source.text").as("source"),
        col("a.body.start").as("body_start"),
        col("a.body.end").as("body_end"),
        col("a.boilerplate.kind").as("boilerplate"),
        size(col("a.entities")).as("entities"),
        size(col("a.quotes")).as("quotes"),
        expr("size(filter(a.quotes.speaker, s -> s IS NOT NULL))").as("attributed_quotes"),
        size(col("a.events")).as("events"));
  }

  /** One row per quote; the analysis column is "analysis". */
  public static Dataset<Row> quotes(Dataset<Row> analysed) {
    return quotes(analysed, "analysis");
  }

  /**
   * One row per quote, with its speaker resolved: the speaker's name and type, the role they hold
   * (the first not marked former, else the first) and the name of that role's organization.
   */
  public static Dataset<Row> quotes(Dataset<Row> analysed, String analysisColumn) {
    return analyses(analysed, analysisColumn)
        .select(col("a.doc").as("article"), col("a.published").as("published"), expr(ENTITIES_BY_ID).as("byId"),
            explode(col("a.quotes")).as("q"))
        .select(col("*"), expr("byId[q.speaker]").as("s"), expr("byId[q.via]").as("v"))
        .select(col("*"), expr(PRIMARY_ROLE.formatted("s")).as("r"))
        .select(
            col("article"),
            col("published"),
            col("q.id").as("quote_id"),
            col("q.kind").as("kind"),
            col("q.text").as("text"),
            col("q.start").as("start"),
            col("q.end").as("end"),
            col("q.speaker").as("speaker_id"),
            col("s.name").as("speaker_name"),
            col("s.type").as("speaker_type"),
            col("r.title").as("speaker_role"),
            expr("byId[r.organization].name").as("speaker_organization"),
            col("q.speakerMention.text").as("speaker_mention"),
            col("q.cue.text").as("cue"),
            col("q.via").as("via_id"),
            col("v.name").as("via_name"),
            col("q.confidence").as("confidence"),
            col("q.rule").as("rule"));
  }

  /** One row per entity; the analysis column is "analysis". */
  public static Dataset<Row> entities(Dataset<Row> analysed) {
    return entities(analysed, "analysis");
  }

  /**
   * One row per entity: id, type, name (null for an unnamed speaker), its main role and that
   * role's organization, all its role titles, its number of mentions, where it is first mentioned
   * and how many quotes it is the speaker of.
   */
  public static Dataset<Row> entities(Dataset<Row> analysed, String analysisColumn) {
    return analyses(analysed, analysisColumn)
        .select(col("a.doc").as("article"), col("a.published").as("published"), expr(ENTITIES_BY_ID).as("byId"),
            col("a.quotes.speaker").as("speakers"), explode(col("a.entities")).as("x"))
        .select(col("*"), expr(PRIMARY_ROLE.formatted("x")).as("r"))
        .select(
            col("article"),
            col("published"),
            col("x.id").as("entity_id"),
            col("x.type").as("type"),
            col("x.name").as("name"),
            col("r.title").as("role"),
            expr("byId[r.organization].name").as("organization"),
            expr("array_distinct(x.roles.title)").as("roles"),
            size(col("x.mentions")).as("mentions"),
            expr("get(x.mentions.start, 0)").as("first_start"),
            // array_remove drops every speaker id equal to this one (and keeps nulls): the difference counts its quotes
            expr("size(speakers) - size(array_remove(speakers, x.id))").as("quotes"));
  }

  /** One row per event; the analysis column is "analysis". */
  public static Dataset<Row> events(Dataset<Row> analysed) {
    return events(analysed, "analysis");
  }

  /**
   * One row per event, with its arguments as an array of {role, entity_id, entity_name, text,
   * start, end}, the entity's name resolved within the article.
   */
  public static Dataset<Row> events(Dataset<Row> analysed, String analysisColumn) {
    return analyses(analysed, analysisColumn)
        .select(col("a.doc").as("article"), col("a.published").as("published"), expr(ENTITIES_BY_ID).as("byId"),
            explode(col("a.events")).as("ev"))
        .select(
            col("article"),
            col("published"),
            col("ev.id").as("event_id"),
            col("ev.type").as("type"),
            col("ev.ace").as("ace"),
            col("ev.cameo").as("cameo"),
            col("ev.trigger.text").as("trigger"),
            col("ev.trigger.start").as("trigger_start"),
            col("ev.trigger.end").as("trigger_end"),
            col("ev.time.text").as("time"),
            col("ev.time.value").as("time_value"),
            col("ev.status").as("status"),
            col("ev.quote").as("quote_id"),
            col("ev.confidence").as("confidence"),
            col("ev.attributes").as("attributes"),
            expr("transform(ev.arguments, x -> named_struct('role', x.role, 'entity_id', x.entity, 'entity_name', "
                + "byId[x.entity].name, 'text', x.text, 'start', x.start, 'end', x.end))").as("arguments"));
  }

  /** One row per named speaker across articles; the analysis column is "analysis". */
  public static Dataset<Row> speakers(Dataset<Row> analysed) {
    return speakers(analysed, "analysis");
  }

  /**
   * One row per named speaker across all articles, keyed by name and type as the articles give
   * them: the up to three role titles they are most often quoted with, the organization most often
   * named in those roles, the numbers of quotes and of articles, and the first and last publication
   * dates. Quotes without a speaker or with an unnamed one ("a senior official") are not counted.
   */
  public static Dataset<Row> speakers(Dataset<Row> analysed, String analysisColumn) {
    return speakersOfQuotes(quotes(analysed, analysisColumn));
  }

  /**
   * The {@link #speakers} table from a {@link #quotes} table (for instance one already written or
   * cached), in one aggregation: ties between equally frequent roles or organizations go to the
   * one first in alphabetical (code point) order.
   */
  public static Dataset<Row> speakersOfQuotes(Dataset<Row> quotes) {
    return quotes.filter(col("speaker_name").isNotNull())
        .groupBy(col("speaker_name"), col("speaker_type"))
        .agg(
            udaf(new MostFrequent(3), Encoders.STRING()).apply(col("speaker_role")).as("roles"),
            udaf(new MostFrequent(1), Encoders.STRING()).apply(col("speaker_organization")).as("organizations"),
            count(lit(1)).as("quotes"),
            countDistinct(col("article")).as("articles"),
            min(col("published")).as("first_published"),
            max(col("published")).as("last_published"))
        .select(
            col("speaker_name").as("name"),
            col("speaker_type").as("type"),
            col("roles.values").as("roles"),
            expr("get(organizations.values, 0)").as("organization"),
            col("quotes"),
            col("articles"),
            col("first_published"),
            col("last_published"));
  }

  private static Dataset<Row> analyses(Dataset<Row> analysed, String analysisColumn) {
    return analysed.filter(col(analysisColumn).isNotNull()).select(col(analysisColumn).as("a"));
  }
}
