package io.reportage.quote;

/**
 * A cue found in the text: the tokens {@code [start, end)}, its lemma and class, whether its
 * source follows it ("according to X") rather than being its subject, and how likely the cue
 * model found it (1 for cues found by the word lists alone).
 */
record Cue(int start, int end, String lemma, CueClass cueClass, boolean sourceAfter, double probability) {
  Cue(int start, int end, String lemma, CueClass cueClass, boolean sourceAfter) {
    this(start, end, lemma, cueClass, sourceAfter, 1.0);
  }
}
