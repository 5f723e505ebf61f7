package io.reportage.pipeline;

import io.reportage.MentionKind;

/** A mention while the pipeline builds it: a token range, its kind and the entity it refers to. */
public final class MentionDraft {
  /** First token, inclusive. */
  public final int tokenStart;
  /** Last token, exclusive. */
  public final int tokenEnd;
  public MentionKind kind;
  /** The entity this mention refers to, or null while unresolved. */
  public EntityDraft entity;
  /** The role a ROLE mention states ("the US president": president of the US), or null. */
  public RoleDraft role;
  /** The head noun of a ROLE or NOMINAL mention ("aide" in "the presidential aide"), or -1. */
  public int headToken = -1;
  /** Whether the mention speaks of several ("officials", "the two leaders"). */
  public boolean plural;

  public MentionDraft(int tokenStart, int tokenEnd, MentionKind kind) {
    if (tokenStart < 0 || tokenEnd <= tokenStart) {
      throw new IllegalArgumentException("A mention needs 0 <= start < end, got [" + tokenStart + ", " + tokenEnd + ")");
    }
    this.tokenStart = tokenStart;
    this.tokenEnd = tokenEnd;
    this.kind = kind;
  }

  @Override
  public String toString() {
    return "MentionDraft[" + tokenStart + ", " + tokenEnd + ") " + kind;
  }
}
