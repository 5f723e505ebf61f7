package io.reportage;

/** Whether and how an event happened, as the article tells it. */
public enum EventStatus {
  /** It happened. */
  OCCURRED,
  /** It is going on. */
  ONGOING,
  /** It is arranged to happen. */
  PLANNED,
  /** Someone wants it or says it is needed; it has not been arranged. */
  PROPOSED,
  /** The article says it did not or will not happen. */
  NEGATED,
  /** It is a condition or a possibility. */
  HYPOTHETICAL
}
