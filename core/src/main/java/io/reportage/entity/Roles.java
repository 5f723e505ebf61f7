package io.reportage.entity;

import io.reportage.pipeline.EntityDraft;
import io.reportage.pipeline.RoleDraft;
import java.util.List;

/** Adds roles to entities without repeating one: the same title held at the same place is one role. */
final class Roles {
  private Roles() {
  }

  /**
   * Adds {@code role} to {@code entity} unless it holds the same title (and former-ness) already;
   * a role that names its organization replaces the same title stated without one ("spokesman
   * Dmitry Peskov", then "Kremlin spokesman Dmitry Peskov").
   */
  static void add(EntityDraft entity, RoleDraft role) {
    List<RoleDraft> roles = entity.canonical().roles;
    for (int i = 0; i < roles.size(); i++) {
      RoleDraft held = roles.get(i);
      if (!held.title.equals(role.title) || held.former != role.former) {
        continue;
      }
      if (held.organization == null && held.organizationMention == null
          && (role.organization != null || role.organizationMention != null)) {
        roles.set(i, role);
        return;
      }
      if (role.organization == null && role.organizationMention == null
          || held.organization != null && role.organization != null
          && held.organization.canonical() == role.organization.canonical()) {
        return;
      }
    }
    roles.add(role);
  }
}
