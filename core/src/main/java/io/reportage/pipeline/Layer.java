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
  // Attribution, stage by stage: the frames of each sentence, then the speakers of quotes, then
  // reported speech; ATTRIBUTIONS below is complete once each decision has its confidence.
  /** Per sentence, the attributions its cues make (cue, speaker, content), handed on to the quote stages. */
  ATTRIBUTION_FRAMES,
  /** Quotation-mark quotes with the speakers their sentence, layout or the conversation gives them. */
  QUOTE_SPEAKERS,
  /** Reported statements added as indirect or mixed quotes. */
  REPORTED_SPEECH,
  /** Attributed quotes and reported speech. */
  ATTRIBUTIONS,
  /** Typed events. */
  EVENTS
}
