package io.reportage.event;

import java.util.Set;

/**
 * A test on the words around a trigger: whether a token in a window belongs to one of some cue
 * classes or is one of some words. The window counts back from the trigger's first token (-1 is
 * the token before it) and forward from its last (1 is the token after it); it is clipped to the
 * sentence.
 *
 * @param classes the mask of cue classes (see {@link ContextCues})
 * @param words lower-case words
 * @param negated true for "unless": the condition holds when no such token is there
 */
record Condition(long classes, Set<String> words, int from, int to, boolean negated) {
  Condition {
    if (from > to || from == 0 || to == 0) {
      throw new IllegalArgumentException("A window " + from + ".." + to + " must run forward and name no token 0");
    }
    words = Set.copyOf(words);
  }

  /** Whether the condition holds for the trigger at tokens {@code [start, end)} of a sentence {@code [first, last)}. */
  boolean holds(TriggerContext context, int start, int end) {
    boolean found = false;
    if (from < 0) {
      int lo = Math.max(context.sentenceStart(), start + from);
      int hi = Math.min(start, start + Math.min(to, -1) + 1);
      for (int i = lo; i < hi && !found; i++) {
        found = matches(context, i);
      }
    }
    if (to > 0) {
      int lo = end + Math.max(from, 1) - 1;
      int hi = Math.min(context.sentenceEnd(), end + to);
      for (int i = lo; i < hi && !found; i++) {
        found = matches(context, i);
      }
    }
    return found != negated;
  }

  private boolean matches(TriggerContext context, int token) {
    return context.index().has(token, classes) || (!words.isEmpty() && words.contains(context.doc().lower(token)));
  }
}
