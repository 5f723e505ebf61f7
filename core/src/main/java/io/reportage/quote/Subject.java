package io.reportage.quote;

/**
 * A subject found before a cue by {@link SubjectFinder}: the phrase that names the speaker, and,
 * when the cue stands in a relative clause ("McConnell, who in 2010 said ..."), the relative
 * pronoun through which it was reached and the first word of the relative phrase ("many" of "many
 * of whom"). Both are -1 for a subject reached directly.
 *
 * @param phrase the subject phrase
 * @param relative the relative pronoun ("who", "which", "that"), or -1
 * @param relativeStart the first token of the relative phrase, or -1
 */
record Subject(NounPhrases.Phrase phrase, int relative, int relativeStart) {
  Subject {
    java.util.Objects.requireNonNull(phrase, "phrase");
  }

  /** Whether the subject was reached through a relative pronoun. */
  boolean viaRelative() {
    return relative >= 0;
  }
}
