package io.reportage.entity;

import io.reportage.MentionKind;
import io.reportage.pipeline.Document;
import io.reportage.pipeline.EntityDraft;
import io.reportage.pipeline.MentionDraft;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the mentions at a place in a document, for stages after {@link CoreferenceStage} (quote
 * attribution, event arguments): "who is the speaker at tokens [12, 16)?". Build once per document,
 * after coreference and before adding mentions of your own; queries cost time proportional to the
 * tokens asked about (at most {@value #MAX_MENTION_TOKENS} tokens are looked back for a mention
 * that starts before the range).
 *
 * <p>Mentions may nest: "Kremlin spokesman Dmitry Peskov" is a ROLE mention of Peskov that contains
 * a NAME mention of the Kremlin and one of Peskov. {@link #best} prefers the longest mention, so a
 * speaker phrase resolves to the person, not to an organization named inside it.
 */
public final class MentionIndex {
  /** Mentions longer than this are not found from a token inside them other than their first. */
  public static final int MAX_MENTION_TOKENS = 24;

  private final MentionDraft[] sorted;
  /** For each token, the index in {@link #sorted} of the first mention starting at or after it. */
  private final int[] firstFrom;

  public MentionIndex(Document doc) {
    List<MentionDraft> linked = new ArrayList<>();
    for (MentionDraft mention : doc.mentions()) {
      if (mention.entity != null) {
        linked.add(mention);
      }
    }
    sorted = linked.toArray(new MentionDraft[0]);
    Arrays.sort(sorted, (a, b) -> a.tokenStart != b.tokenStart ? Integer.compare(a.tokenStart, b.tokenStart)
        : Integer.compare(b.tokenEnd, a.tokenEnd));
    int n = doc.tokenCount();
    firstFrom = new int[n + 1];
    int m = sorted.length;
    for (int t = n; t >= 0; t--) {
      int i = t == n ? m : firstFrom[t + 1];
      while (i > 0 && sorted[i - 1].tokenStart >= t) {
        i--;
      }
      firstFrom[t] = i;
    }
  }

  /** The linked mentions lying wholly inside tokens {@code [from, to)}, in text order, longest first at a start. */
  public List<MentionDraft> within(int from, int to) {
    List<MentionDraft> found = new ArrayList<>();
    for (int i = firstFrom[clamp(from)]; i < sorted.length && sorted[i].tokenStart < to; i++) {
      if (sorted[i].tokenEnd <= to) {
        found.add(sorted[i]);
      }
    }
    return found;
  }

  /** The linked mentions that contain {@code token}, longest first. */
  public List<MentionDraft> covering(int token) {
    List<MentionDraft> found = new ArrayList<>();
    int from = clamp(Math.max(0, token - MAX_MENTION_TOKENS + 1));
    for (int i = firstFrom[from]; i < sorted.length && sorted[i].tokenStart <= token; i++) {
      if (sorted[i].tokenEnd > token) {
        found.add(sorted[i]);
      }
    }
    found.sort((a, b) -> Integer.compare(b.tokenEnd - b.tokenStart, a.tokenEnd - a.tokenStart));
    return found;
  }

  /**
   * The mention that best stands for tokens {@code [from, to)}: the longest mention inside the
   * range; failing that, the longest one covering its first token; null when there is none. On
   * equal length a NAME or ROLE mention wins over a NOMINAL and a PRONOUN.
   */
  public MentionDraft best(int from, int to) {
    MentionDraft best = null;
    for (MentionDraft mention : within(from, to)) {
      if (better(mention, best)) {
        best = mention;
      }
    }
    if (best == null) {
      List<MentionDraft> covering = covering(from);
      best = covering.isEmpty() ? null : covering.get(0);
    }
    return best;
  }

  /** The entity of {@link #best}, after merges, or null. */
  public EntityDraft entity(int from, int to) {
    MentionDraft mention = best(from, to);
    return mention == null ? null : mention.entity.canonical();
  }

  private static boolean better(MentionDraft candidate, MentionDraft best) {
    if (best == null) {
      return true;
    }
    int length = candidate.tokenEnd - candidate.tokenStart;
    int bestLength = best.tokenEnd - best.tokenStart;
    if (length != bestLength) {
      return length > bestLength;
    }
    return rank(candidate.kind) < rank(best.kind);
  }

  private static int rank(MentionKind kind) {
    return switch (kind) {
      case NAME, ROLE -> 0;
      case NOMINAL -> 1;
      case PRONOUN -> 2;
    };
  }

  private int clamp(int token) {
    return Math.max(0, Math.min(token, firstFrom.length - 1));
  }
}
