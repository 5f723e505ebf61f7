package io.reportage;

/** What a quote is made of. */
public enum QuoteKind {
  /** A whole statement in quotation marks: “We will not back down,” she said. */
  DIRECT,
  /** Quoted words inside a sentence of the writer's: he called it “pretty long”. */
  PARTIAL,
  /** Reported speech that carries quoted words: she said that Russia “will not back down”. */
  MIXED,
  /** Reported speech without quotation marks: X said that ... */
  INDIRECT
}
