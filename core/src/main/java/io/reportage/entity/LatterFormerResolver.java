package io.reportage.entity;

import io.reportage.EntityType;
import io.reportage.MentionKind;
import io.reportage.pipeline.Document;
import io.reportage.pipeline.EntityDraft;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * "The latter" and "the former" standing alone (not "the former president"): of the last two
 * entities mentioned before them in the same or the previous sentence, the later and the earlier.
 * When at least two of those are people, only people count ("the US president urged Putin ...,
 * while the latter" is Putin, not a place between them). Mentions nested in another entity's
 * mention ("US" in "the US president") and pronouns do not count.
 */
final class LatterFormerResolver {
  private final Document doc;

  LatterFormerResolver(Document doc) {
    this.doc = doc;
  }

  /** Whether "the latter" or "the former" stands alone at {@code token}. */
  boolean startsAt(int token, int sentenceEnd) {
    if (token + 1 >= sentenceEnd || !doc.lower(token).equals("the")) {
      return false;
    }
    String word = doc.lower(token + 1);
    if (!word.equals("latter") && !word.equals("former")) {
      return false;
    }
    if (token + 2 >= sentenceEnd) {
      return true;
    }
    String pos = doc.pos(token + 2);
    return !("NOUN".equals(pos) || "PROPN".equals(pos) || "ADJ".equals(pos) || "NUM".equals(pos))
        || doc.lower(token + 2).equals("'s");
  }

  /** The entity "the latter"/"the former" at {@code token} refers to, or null. */
  EntityDraft resolve(int token, SalienceWindow window) {
    boolean latter = doc.lower(token + 1).equals("latter");
    int sentence = doc.sentenceOf(token);
    List<EntityDraft> all = new ArrayList<>();
    List<EntityDraft> people = new ArrayList<>();
    for (Iterator<SalienceWindow.Salient> it = window.iterator(); it.hasNext(); ) {
      SalienceWindow.Salient candidate = it.next();
      if (candidate.start >= token || candidate.nested || candidate.kind == MentionKind.PRONOUN
          || sentence - candidate.sentence > 1) {
        continue;
      }
      EntityDraft entity = candidate.entity.canonical();
      if (!all.contains(entity)) {
        all.add(entity);
        if (entity.type == EntityType.PERSON) {
          people.add(entity);
        }
      }
      if (people.size() >= 2) {
        break;
      }
    }
    List<EntityDraft> pool = people.size() >= 2 ? people : all;
    if (pool.size() < 2) {
      return null;
    }
    return latter ? pool.get(0) : pool.get(1);
  }
}
