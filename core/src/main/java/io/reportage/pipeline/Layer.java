package io.reportage.pipeline;

/**
 * The layers of annotation a {@link Stage} reads from or adds to a {@link Document}. A stage
 * requires every layer it reads, so that {@link Pipeline} can refuse a chain in the wrong order
 * when it is built. A layer a later stage refines in place (the event layers) is listed once per
 * step of that refinement, in the order of the data flow.
 */
public enum Layer {
  /** Headline, credited source, body, boilerplate and paragraphs. */
  STRUCTURE,
  /** Tokens with character offsets. */
  TOKENS,
  /** Sentence boundaries over tokens. */
  SENTENCES,
  /** A part-of-speech tag per token (Universal Dependencies tags), as the tagger gives them. */
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
  // Attribution, stage by stage: the frames of each sentence, then the speakers of quotes, then
  // reported speech, then each decision's confidence; ATTRIBUTIONS below is complete once the
  // headline's own attributions are added.
  /** Per sentence, the attributions its cues make (cue, speaker, content), handed on to the quote stages. */
  ATTRIBUTION_FRAMES,
  /** Quotation-mark quotes with the speakers their sentence, layout or the conversation gives them. */
  QUOTE_SPEAKERS,
  /** Reported statements added as indirect or mixed quotes. */
  REPORTED_SPEECH,
  /** The body's attributed quotes and reported speech, each with its confidence. */
  ATTRIBUTION_CONFIDENCE,
  /** Attributed quotes and reported speech, the headline's by layout included: attribution complete. */
  ATTRIBUTIONS,

  // ---- Part-of-speech correction and the steps of event extraction. Each event stage refines the
  // events of the stages before it; one layer per step lets the pipeline check catch a stage out of
  // place (status read before the time stage settles it, merging before confidence...).

  /**
   * The part-of-speech tags after the tagger's known slips are corrected (present-tense verbs taken
   * for plural nouns): what attribution and events read. The entity stages read {@link #POS}, the
   * tagger's own, as their models learnt from it.
   */
  CORRECTED_POS,
  /**
   * One event mention per trigger word, in text order: type, default CAMEO code, trigger tokens,
   * whether the trigger is a noun, the reading's confidence.
   */
  EVENT_TRIGGERS,
  EVENT_TRIGGER_CANDIDATES,
  EVENT_TRIGGER_CHECKS,
  /** A STATEMENT event for each attributed quote, added after the trigger mentions. */
  STATEMENT_EVENTS,
  /** The participants of each mention, found in its sentence, and those events of one sentence share. */
  EVENT_ARGUMENTS,
  /** Whether each mention happened, is going on, planned, proposed, negated or hypothetical, as words state. */
  EVENT_STATUS,
  /** The time expression and date of each mention; a mention dated ahead with no stated status becomes planned. */
  EVENT_TIMES,
  /** What the text states of a mention besides participants and time: ordinal, duration, topics, content. */
  EVENT_ATTRIBUTES,
  /** The attributed quote that tells of each mention. */
  EVENT_QUOTES,
  /** Each mention's confidence, those below the minimum left out, and which only refer back to an earlier one. */
  EVENT_CONFIDENCE,
  /** One record per event: the mentions of one event merged, their statuses put to a vote. */
  EVENT_RECORDS,

  /** The finished events: records with the most specific CAMEO code they support. */
  EVENTS
}
