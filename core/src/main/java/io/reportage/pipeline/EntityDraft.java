package io.reportage.pipeline;

import io.reportage.EntityType;
import java.util.ArrayList;
import java.util.List;

/**
 * An entity while the pipeline builds it: the stages add mentions and roles and may merge it into
 * another. Internal working state; users see {@link io.reportage.Entity}.
 */
public final class EntityDraft {
  public EntityType type;
  /** The fullest name seen, or null for an unnamed entity ("a senior official"). */
  public String name;
  /** "male", "female" or null when unknown; used to resolve pronouns. */
  public String gender;
  /** Whether the entity is a group ("officials", "the two leaders"). */
  public boolean plural;
  public final List<MentionDraft> mentions = new ArrayList<>();
  public final List<RoleDraft> roles = new ArrayList<>();
  /** Set when this draft was merged into another; see {@link #canonical()}. */
  EntityDraft mergedInto;

  public EntityDraft(EntityType type, String name) {
    this.type = type;
    this.name = name;
  }

  /** The draft this one ended up in after merges (itself when never merged). */
  public EntityDraft canonical() {
    EntityDraft draft = this;
    while (draft.mergedInto != null) {
      draft = draft.mergedInto;
    }
    return draft;
  }

  /** The first mention in text order, or null. */
  public MentionDraft firstMention() {
    MentionDraft first = null;
    for (MentionDraft mention : mentions) {
      if (first == null || mention.tokenStart < first.tokenStart) {
        first = mention;
      }
    }
    return first;
  }

  @Override
  public String toString() {
    return "EntityDraft[" + type + " " + name + ", " + mentions.size() + " mentions]";
  }
}
