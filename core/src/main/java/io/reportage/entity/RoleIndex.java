package io.reportage.entity;

import io.reportage.pipeline.EntityDraft;
import io.reportage.pipeline.RoleDraft;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Entities by the titles they hold, so that "the US president" finds who holds "president" without
 * scanning every entity: each role is filed under its family ("spokesperson" for "spokesman"), its
 * head word ("minister" for "foreign minister") and, for heads of state and government, "leader".
 * Titles with a part ("deputy foreign minister") are filed with the part.
 */
final class RoleIndex {
  /** How many holders of one title a look-up considers, newest first: keeps look-ups constant time. */
  static final int MAX_CANDIDATES = 16;

  /** A title split into the words that belong to it ("deputy") and the listed title. */
  record ParsedTitle(String parts, TitleLexicon.Title title) {
    String key() {
      return parts.isEmpty() ? title.family() : parts + " " + title.family();
    }
  }

  private final TitleLexicon titles;
  private final Map<String, List<EntityDraft>> holders = new HashMap<>();

  RoleIndex(TitleLexicon titles) {
    this.titles = titles;
  }

  /** Reads a reported title ("deputy foreign minister") back into parts and the listed title. */
  ParsedTitle parse(String reported) {
    String rest = reported;
    StringBuilder parts = new StringBuilder();
    while (true) {
      TitleLexicon.Title title = titles.title(rest);
      if (title != null) {
        return new ParsedTitle(parts.toString(), title);
      }
      int space = rest.indexOf(' ');
      if (space < 0) {
        return new ParsedTitle(parts.toString(), new TitleLexicon.Title(rest, rest, false, false, false, false));
      }
      parts.append(parts.length() > 0 ? " " : "").append(rest, 0, space);
      rest = rest.substring(space + 1);
    }
  }

  void add(EntityDraft entity, RoleDraft role) {
    ParsedTitle parsed = parse(role.title);
    file(parsed.key(), entity);
    String family = parsed.title().family();
    int space = family.lastIndexOf(' ');
    if (space > 0) {
      file((parsed.parts().isEmpty() ? "" : parsed.parts() + " ") + family.substring(space + 1), entity);
    }
    if (parsed.title().leader() && parsed.parts().isEmpty()) {
      file("leader", entity);
    }
  }

  private void file(String key, EntityDraft entity) {
    List<EntityDraft> list = holders.computeIfAbsent(key, k -> new ArrayList<>(2));
    // Only the last is checked, so filing stays constant time; a repeat further back is harmless.
    if (list.isEmpty() || list.get(list.size() - 1) != entity) {
      list.add(entity);
    }
  }

  /** The holders filed under the key of {@code title}, newest filed last; at most {@link #MAX_CANDIDATES}. */
  List<EntityDraft> holders(ParsedTitle title) {
    List<EntityDraft> list = holders.get(title.key());
    if (list == null) {
      return List.of();
    }
    return list.size() <= MAX_CANDIDATES ? list : list.subList(list.size() - MAX_CANDIDATES, list.size());
  }
}
