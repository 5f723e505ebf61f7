package io.reportage.entity;

import io.reportage.pipeline.Document;
import io.reportage.pipeline.EntityDraft;
import io.reportage.pipeline.MentionDraft;
import java.util.Arrays;

/**
 * For each token, the name (or nationality) mention that covers it, as {@link NameLinkingStage}
 * left them: lets the role stage see "Kremlin" or "Russian" as one unit while reading tokens.
 * Built once per document in time linear in tokens and mentions.
 */
final class NameUnits {
  private final int[] start;
  private final int[] end;
  private final EntityDraft[] entity;

  NameUnits(Document doc) {
    int n = doc.tokenCount();
    start = new int[n];
    end = new int[n];
    entity = new EntityDraft[n];
    Arrays.fill(start, -1);
    for (MentionDraft mention : doc.mentions()) {
      if (mention.entity == null || start[mention.tokenStart] >= 0) {
        continue;
      }
      for (int t = mention.tokenStart; t < mention.tokenEnd; t++) {
        start[t] = mention.tokenStart;
        end[t] = mention.tokenEnd;
        entity[t] = mention.entity;
      }
    }
  }

  boolean covers(int token) {
    return start[token] >= 0;
  }

  /** First token of the unit covering {@code token}; only when {@link #covers}. */
  int start(int token) {
    return start[token];
  }

  /** Token after the unit covering {@code token}; only when {@link #covers}. */
  int end(int token) {
    return end[token];
  }

  /** The entity of the unit covering {@code token}, or null. */
  EntityDraft entity(int token) {
    return entity[token];
  }

  /** Whether a unit starts exactly at {@code token} and names a person. */
  boolean personStartsAt(int token) {
    return start[token] == token && entity[token].type == io.reportage.EntityType.PERSON;
  }
}
