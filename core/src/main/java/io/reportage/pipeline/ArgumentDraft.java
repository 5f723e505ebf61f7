package io.reportage.pipeline;

import io.reportage.Span;

/** An event argument while the pipeline builds it. */
public final class ArgumentDraft {
  /** An ACE role name. */
  public final String role;
  /** The entity that fills the role, or null when the argument is not an entity. */
  public EntityDraft entity;
  public final Span span;

  public ArgumentDraft(String role, EntityDraft entity, Span span) {
    this.role = role;
    this.entity = entity;
    this.span = span;
  }
}
