package io.reportage.entity;

import io.reportage.MentionKind;
import io.reportage.pipeline.EntityDraft;
import java.util.ArrayDeque;
import java.util.Iterator;

/**
 * The mentions of the last few sentences, newest first, that a pronoun or "the latter" may refer
 * back to. Holds at most {@value #MAX_SENTENCES} sentences and {@value #MAX_SIZE} mentions, so a
 * look-up costs constant time however long the article.
 */
final class SalienceWindow {
  static final int MAX_SENTENCES = 3;
  static final int MAX_SIZE = 96;

  /** One mention as a candidate antecedent. */
  static final class Salient {
    final EntityDraft entity;
    final int start;
    final int end;
    final int sentence;
    final MentionKind kind;
    /** Followed by a verb: the subject of its clause. */
    boolean subject;
    /** After a preposition ("between Putin and ..."): seldom what a pronoun refers to. */
    final boolean afterPreposition;
    /** Inside a longer mention of another entity ("US" in "the US president"). */
    final boolean nested;

    Salient(EntityDraft entity, int start, int end, int sentence, MentionKind kind, boolean subject,
        boolean afterPreposition, boolean nested) {
      this.entity = entity;
      this.start = start;
      this.end = end;
      this.sentence = sentence;
      this.kind = kind;
      this.subject = subject;
      this.afterPreposition = afterPreposition;
      this.nested = nested;
    }
  }

  private final ArrayDeque<Salient> items = new ArrayDeque<>();

  void add(Salient salient) {
    items.addFirst(salient);
    if (items.size() > MAX_SIZE) {
      items.removeLast();
    }
  }

  /** Drops what lies more than {@link #MAX_SENTENCES} sentences before {@code sentence}. */
  void moveTo(int sentence) {
    while (!items.isEmpty() && items.peekLast().sentence < sentence - MAX_SENTENCES) {
      items.removeLast();
    }
  }

  /** The newest mention, or null. */
  Salient newest() {
    return items.peekFirst();
  }

  /** Newest first. */
  Iterator<Salient> iterator() {
    return items.iterator();
  }
}
