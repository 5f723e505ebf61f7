package io.reportage.event;

import io.reportage.EntityType;
import io.reportage.NameSpan;
import io.reportage.pipeline.Document;
import io.reportage.pipeline.MentionDraft;

/**
 * The cue classes of every token of one document, computed once (one lexicon lookup per token) so
 * that trigger conditions are a mask test. Per document; never shared.
 */
final class ContextIndex {
  private final long[] classes;

  private ContextIndex(long[] classes) {
    this.classes = classes;
  }

  static ContextIndex build(Document doc, ContextCues cues) {
    int n = doc.tokenCount();
    long[] classes = new long[n];
    String[] lowers = doc.lowers();
    for (int i = 0; i < n; i++) {
      if (doc.hasPos()) {
        classes[i] |= cues.posMask(doc.pos(i));
      }
      int length = cues.lexicon().longestMatch(lowers, i, n);
      if (length > 0) {
        long mask = cues.maskOfPhrase(lowers, i, length);
        for (int j = i; j < i + length; j++) {
          classes[j] |= mask;
        }
      }
      char first = doc.token(i).charAt(0);
      if (first == '$' || first == '\u20AC' || first == '\u00A3') {
        classes[i] |= cues.maskOf("MONEY");
      }
    }
    for (NameSpan name : doc.names()) {
      mark(classes, name.start(), name.end(), cues.maskOrZero(name.type().name()));
    }
    for (MentionDraft mention : doc.mentions()) {
      if (mention.entity != null && mention.entity.canonical().type != null) {
        EntityType type = mention.entity.canonical().type;
        mark(classes, mention.tokenStart, mention.tokenEnd, cues.maskOrZero(type.name()));
      }
    }
    return new ContextIndex(classes);
  }

  private static void mark(long[] classes, int from, int to, long mask) {
    for (int i = from; i < to && i < classes.length; i++) {
      classes[i] |= mask;
    }
  }

  boolean has(int token, long mask) {
    return (classes[token] & mask) != 0;
  }
}
