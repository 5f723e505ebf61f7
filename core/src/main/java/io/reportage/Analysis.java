package io.reportage;

import io.reportage.json.AnalysisJson;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything Reportage found in one article. Immutable; offsets are UTF-16 indices into the text
 * that was analysed.
 *
 * @param headline the headline, or null when the first line does not read as one
 * @param source the outlet the article credits ("RT" in "Via RT"), or null
 * @param body the article body: from after the headline block to the first boilerplate
 * @param boilerplate what the site added; nothing in it yields entities, quotes or events
 */
public record Analysis(
    ArticleInfo info,
    TextSpan headline,
    TextSpan source,
    Span body,
    List<Boilerplate> boilerplate,
    List<Entity> entities,
    List<Quote> quotes,
    List<Event> events) {
  /** The name of the JSON contract {@link #toJson()} writes. */
  public static final String SCHEMA = "reportage/1";

  public Analysis {
    Objects.requireNonNull(info, "info");
    Objects.requireNonNull(body, "body");
    boilerplate = List.copyOf(boilerplate);
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
    events = List.copyOf(events);
  }

  /** The entity with this id. */
  public Optional<Entity> entity(String id) {
    return entities.stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /** The quote with this id. */
  public Optional<Quote> quote(String id) {
    return quotes.stream().filter(q -> q.id().equals(id)).findFirst();
  }

  /** This analysis in the JSON contract {@value #SCHEMA}, pretty-printed. */
  public String toJson() {
    return AnalysisJson.write(this, null, true);
  }

  /** This analysis in the JSON contract, pretty-printed, with "doc" set to {@code docName}. */
  public String toJson(String docName) {
    return AnalysisJson.write(this, docName, true);
  }

  /** This analysis in the JSON contract on one line, with "doc" set to {@code docName} (omitted when null). */
  public String toJsonLine(String docName) {
    return AnalysisJson.write(this, docName, false);
  }
}
