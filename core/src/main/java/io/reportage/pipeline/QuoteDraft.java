package io.reportage.pipeline;

import io.reportage.QuoteKind;
import io.reportage.Span;

/** A quote or reported statement while the pipeline builds it. */
public final class QuoteDraft {
  public QuoteKind kind;
  /** The content: for quotation-mark quotes, from the opening mark to the closing one inclusive. */
  public Span span;
  /** Whether the closing mark was found (false: the quote runs to its paragraph's end). */
  public boolean closed = true;
  public Span cue;
  public Span speakerMention;
  public EntityDraft speaker;
  public EntityDraft via;
  public double confidence;
  /** The rule that decided the attribution; "none" while unattributed. */
  public String rule = "none";

  public QuoteDraft(QuoteKind kind, Span span) {
    this.kind = kind;
    this.span = span;
  }

  @Override
  public String toString() {
    return "QuoteDraft[" + kind + " " + span + " rule=" + rule + "]";
  }
}
