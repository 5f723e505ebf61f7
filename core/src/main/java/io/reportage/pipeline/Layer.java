package io.reportage.pipeline;

/** The layers of annotation a {@link Stage} reads from or adds to a {@link Document}. */
public enum Layer {
  /** Headline, credited source, body, boilerplate and paragraphs. */
  STRUCTURE,
  /** Tokens with character offsets. */
  TOKENS,
  /** Sentence boundaries over tokens. */
  SENTENCES,
  /** A part-of-speech tag per token (Universal Dependencies tags). */
  POS,
  /** A lemma per token. */
  LEMMAS,
  /** Noun chunks, base noun phrases over tokens. */
  NOUN_CHUNKS,
  /** Named-entity spans over tokens. */
  NAMES,
  /** Entities made of the names, with their name mentions (and mentions of places by nationality). */
  ENTITIES,
  /** Titles and roles linked to persons and organizations. */
  ROLES,
  /** Mentions linked into entities. */
  MENTIONS,
  /** Quotation-mark spans. */
  QUOTE_MARKS,
  /** Attributed quotes and reported speech. */
  ATTRIBUTIONS,
  /** Typed events. */
  EVENTS
}
