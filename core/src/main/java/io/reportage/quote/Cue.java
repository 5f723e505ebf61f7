package io.reportage.quote;

/**
 * A cue found in the text: the tokens {@code [start, end)}, its lemma and class, and whether its
 * source follows it ("according to X") rather than being its subject.
 */
record Cue(int start, int end, String lemma, CueClass cueClass, boolean sourceAfter) {
}
