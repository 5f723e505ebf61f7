package io.reportage.event;

import io.reportage.pipeline.Document;
import java.util.Set;

/**
 * An intent to meet or negotiate: a word of readiness ("ready", "readiness", "willing", "offered",
 * "agreed", "wants") followed by "to" or "for" and, within a few words, a word of meeting or
 * negotiating ("to negotiate", "for talks", "to hold a summit", "to meet"). The trigger grows to
 * that word: "readiness to negotiate".
 */
final class IntentSense implements SenseCheck {
  private static final Set<String> LINKS = Set.of("to", "for");
  private static final int REACH = 4;

  private final long negotiateMask;

  IntentSense(long negotiateMask) {
    this.negotiateMask = negotiateMask;
  }

  @Override
  public int check(TriggerContext context, int start, int end) {
    Document doc = context.doc();
    if (end >= context.sentenceEnd() || !LINKS.contains(doc.lower(end))) {
      return -1;
    }
    int limit = Math.min(context.sentenceEnd(), end + 1 + REACH);
    for (int i = end + 1; i < limit; i++) {
      if (context.index().has(i, negotiateMask)) {
        return i + 1;
      }
      String pos = doc.pos(i);
      if ("PUNCT".equals(pos) || "SCONJ".equals(pos) || "CCONJ".equals(pos)) {
        return -1;
      }
    }
    return -1;
  }
}
