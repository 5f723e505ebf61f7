package io.reportage.spark;

import io.reportage.json.AnalysisJson;
import io.reportage.Analysis;
import io.reportage.Argument;
import io.reportage.Boilerplate;
import io.reportage.Entity;
import io.reportage.Event;
import io.reportage.Mention;
import io.reportage.Quote;
import io.reportage.Role;
import io.reportage.TextSpan;
import io.reportage.TimeExpression;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Turns an {@link Analysis} into a {@link Row} of {@link AnalysisSchema#ANALYSIS}. Arrays are Java
 * arrays and the attribute map a Scala map, the external types Spark's row encoder accepts.
 */
final class AnalysisRows {
  private AnalysisRows() {
  }

  /**
   * @param doc the document id, or null
   * @param localDates whether Spark expects {@link LocalDate} for dates
   *     ({@code spark.sql.datetime.java8API.enabled}) rather than {@link java.sql.Date}
   */
  static Row toRow(Analysis analysis, String doc, boolean localDates) {
    Object published = analysis.info().published()
        .map(date -> localDates ? (Object) date : java.sql.Date.valueOf(date))
        .orElse(null);
    return RowFactory.create(
        AnalysisJson.SCHEMA,
        doc,
        published,
        textSpan(analysis.headline()),
        textSpan(analysis.source()),
        RowFactory.create(analysis.body().start(), analysis.body().end()),
        rows(analysis.boilerplate(), AnalysisRows::boilerplate),
        rows(analysis.entities(), AnalysisRows::entity),
        rows(analysis.quotes(), AnalysisRows::quote),
        rows(analysis.events(), AnalysisRows::event));
  }

  private static <T> Row[] rows(List<T> items, Function<T, Row> toRow) {
    Row[] rows = new Row[items.size()];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = toRow.apply(items.get(i));
    }
    return rows;
  }

  private static Row textSpan(TextSpan span) {
    return span == null ? null : RowFactory.create(span.start(), span.end(), span.text());
  }

  private static Row boilerplate(Boilerplate part) {
    return RowFactory.create(part.start(), part.end(), part.kind().name());
  }

  private static Row entity(Entity entity) {
    return RowFactory.create(entity.id(), entity.type().name(), entity.name(),
        rows(entity.roles(), AnalysisRows::role), rows(entity.mentions(), AnalysisRows::mention));
  }

  private static Row role(Role role) {
    return RowFactory.create(role.title(), role.organization(), role.start(), role.end(), role.former());
  }

  private static Row mention(Mention mention) {
    return RowFactory.create(mention.start(), mention.end(), mention.text(), mention.kind().name());
  }

  private static Row quote(Quote quote) {
    return RowFactory.create(quote.id(), quote.kind().name(), quote.start(), quote.end(), quote.text(),
        quote.speaker(), textSpan(quote.speakerMention()), textSpan(quote.cue()), quote.via(),
        round(quote.confidence()), quote.rule());
  }

  private static Row event(Event event) {
    return RowFactory.create(event.id(), event.type().name(), event.ace(), event.cameo(),
        textSpan(event.trigger()), rows(event.mentions(), AnalysisRows::textSpan),
        rows(event.arguments(), AnalysisRows::argument), time(event.time()), event.status().name(),
        attributes(event.attributes()), event.quote(), round(event.confidence()));
  }

  private static Row argument(Argument argument) {
    return RowFactory.create(argument.role(), argument.entity(), argument.start(), argument.end(), argument.text());
  }

  private static Row time(TimeExpression time) {
    return time == null ? null : RowFactory.create(time.start(), time.end(), time.text(), time.iso());
  }

  /** A list stays a list of strings; a single value becomes a one-element array of its text. */
  private static scala.collection.Map<String, String[]> attributes(Map<String, Object> attributes) {
    Map<String, String[]> values = new LinkedHashMap<>();
    attributes.forEach((name, value) -> values.put(name, value instanceof List<?> list
        ? list.stream().map(String::valueOf).toArray(String[]::new)
        : new String[] {number(value)}));
    return CollectionConverters.asScala(values);
  }

  /** Whole numbers as the JSON writes them ("3", not "3.0"). */
  private static String number(Object value) {
    return value instanceof Integer || value instanceof Long ? Long.toString(((Number) value).longValue()) : String.valueOf(value);
  }

  /** The JSON writer's rounding, so that the column and the JSON agree. */
  static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}
