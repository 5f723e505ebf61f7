package io.reportage;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Everything Reportage found in one article. Immutable; offsets are UTF-16 indices into the text
 * that was analysed. {@code io.reportage.json.AnalysisJson} writes it in the JSON contract.
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
  public Analysis {
    Objects.requireNonNull(info, "info");
    Objects.requireNonNull(body, "body");
    boilerplate = List.copyOf(boilerplate);
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
    events = List.copyOf(events);
  }

  /** The entity with this id; found at once for the ids Reportage gives ("e1", "e2", ...). */
  public Optional<Entity> entity(String id) {
    return byId(entities, id, "e", Entity::id);
  }

  /** The quote with this id; found at once for the ids Reportage gives ("q1", "q2", ...). */
  public Optional<Quote> quote(String id) {
    return byId(quotes, id, "q", Quote::id);
  }

  /** Ids are a prefix and a 1-based position, so look there first; fall back to a scan for other lists. */
  private static <T> Optional<T> byId(List<T> items, String id, String prefix, Function<T, String> idOf) {
    if (id == null) {
      return Optional.empty();
    }
    if (id.startsWith(prefix) && id.length() > prefix.length() && id.length() <= prefix.length() + 9) {
      try {
        int index = Integer.parseInt(id.substring(prefix.length())) - 1;
        if (index >= 0 && index < items.size() && id.equals(idOf.apply(items.get(index)))) {
          return Optional.of(items.get(index));
        }
      } catch (NumberFormatException e) {
        // not a position: scan below
      }
    }
    return items.stream().filter(item -> id.equals(idOf.apply(item))).findFirst();
  }
}
