package io.reportage.pipeline;

import io.reportage.QuoteKind;
import io.reportage.Span;

/** A quote or reported statement while the pipeline builds it. */
public final class QuoteDraft {
  public QuoteKind kind;
  /** The content: for quotation-mark quotes, from the opening mark to the closing one inclusive. */
  public Span span;
  /** The tokens of {@link #span}: first inclusive, last exclusive. */
  public int tokenStart;
  public int tokenEnd;
  /** Whether the closing mark was found (false: the quote runs to its paragraph's end). */
  public boolean closed = true;
  /** Whether the span is in quotation marks (DIRECT or PARTIAL before attribution decides). */
  public boolean marked;
  /** The quote of the previous paragraph that this one continues (a quote over paragraphs), or null. */
  public QuoteDraft continues;
  public Span cue;
  public Span speakerMention;
  /** The mention behind {@link #speakerMention}, when there is one. */
  public MentionDraft speakerMentionDraft;
  public EntityDraft speaker;
  public EntityDraft via;
  public double confidence;
  /** How likely the cue model found the cue (1 for cues found by the word lists alone, or no cue). */
  public double cueProbability = 1;
  /** The rule that decided the attribution; "none" while unattributed. */
  public String rule = "none";

  public QuoteDraft(QuoteKind kind, Span span) {
    this.kind = kind;
    this.span = span;
  }

  /** A draft over the tokens {@code [tokenStart, tokenEnd)} whose character span is {@code span}. */
  public QuoteDraft(QuoteKind kind, Span span, int tokenStart, int tokenEnd) {
    this(kind, span);
    this.tokenStart = tokenStart;
    this.tokenEnd = tokenEnd;
  }

  /** Whether a speaker was found. */
  public boolean attributed() {
    return speaker != null;
  }

  @Override
  public String toString() {
    return "QuoteDraft[" + kind + " " + span + " rule=" + rule + "]";
  }
}
