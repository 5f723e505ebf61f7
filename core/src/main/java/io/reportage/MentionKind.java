package io.reportage;

/** How an entity is mentioned. */
public enum MentionKind {
  /** By name: "Dmitry Peskov", "Peskov", "Kremlin spokesman Dmitry Peskov". */
  NAME,
  /** By a title or role alone: "the presidential aide", "a senior official". */
  ROLE,
  /** By another noun phrase: "the latter", "the two leaders". */
  NOMINAL,
  /** By a pronoun: "he", "she", "they". */
  PRONOUN
}
