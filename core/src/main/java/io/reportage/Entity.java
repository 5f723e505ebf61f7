package io.reportage;

import java.util.List;
import java.util.Objects;

/**
 * A person, organization or place the article speaks of, with every mention of it.
 *
 * @param id stable within one analysis: "e1", "e2", ... in order of first mention
 * @param name the fullest name the article uses, or null for an unnamed source ("a senior official")
 */
public record Entity(String id, EntityType type, String name, List<Role> roles, List<Mention> mentions) {
  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    roles = List.copyOf(roles);
    mentions = List.copyOf(mentions);
  }
}
