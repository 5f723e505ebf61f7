package io.reportage.event;

/**
 * A check in code for a trigger sense that the lexicon's window conditions cannot express, named
 * in the lexicon by {@code sense=NAME}. Implementations are stateless and shared by threads.
 */
interface SenseCheck {
  /**
   * Decides whether the trigger at tokens {@code [start, end)} has the event sense.
   *
   * @return the token after the trigger's last word (usually {@code end}; more when the trigger
   *     grows, as "readiness to negotiate" does), or -1 when the word has no event sense here
   */
  int check(TriggerContext context, int start, int end);
}
