package io.reportage.pipeline;

import io.reportage.Span;

/** A role while the pipeline builds it. */
public final class RoleDraft {
  /** The title in lower case: "spokesman", "foreign minister". */
  public final String title;
  /** The entity the title is held at or for, or null. */
  public EntityDraft organization;
  /** Where the role is stated. */
  public final Span span;
  public boolean former;
  /**
   * An unnamed organization's mention the role is held at ("a spokesman for the ministry"), whose
   * entity becomes {@link #organization} once the mention is resolved; null otherwise.
   */
  public MentionDraft organizationMention;

  public RoleDraft(String title, EntityDraft organization, Span span, boolean former) {
    this.title = title;
    this.organization = organization;
    this.span = span;
    this.former = former;
  }

  @Override
  public String toString() {
    return "RoleDraft[" + title + " @" + span + "]";
  }
}
