package io.reportage.entity;

import io.reportage.EntityType;
import io.reportage.pipeline.Document;
import io.reportage.pipeline.EntityDraft;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Resolves third-person pronouns to the most salient compatible entity among the mentions of the
 * current and the {@value SalienceWindow#MAX_SENTENCES} previous sentences.
 *
 * <p>Compatible: "he"/"she" forms refer to one person whose gender is that or unknown (gender comes
 * from given names, honorifics, gendered titles, and from pronouns resolved before); "it"/"its" to
 * one organization or place; "they"/"their" to a group. A plain "it" is often about no entity at
 * all ("it has to be well prepared"), so it is resolved only to an organization or place that is
 * the subject of the same or the previous sentence. An object pronoun ("him") is not the subject of
 * its own clause; no pronoun refers to the phrase it stands in ("his" in "his counterpart").
 *
 * <p>Salience, highest wins: {@value #SAME_SENTENCE} in the same sentence, less
 * {@value #PER_SENTENCE} for each sentence back; plus {@value #SUBJECT} for a subject (followed by a
 * verb, or the source after "according to"), minus {@value #PREPOSITION} after a preposition
 * ("between Putin and ..."), minus {@value #NESTED} inside another entity's mention ("US" in "the US
 * president"), plus {@value #ADJACENT} when it ends fewer than {@value #ADJACENT_TOKENS} tokens
 * before the pronoun ("Putin and his counterpart", "Trump said he"), minus {@value #UNNAMED} for a
 * single unnamed entity ("a senior official": news refers back to named people more often), plus {@value #REPEATED} for
 * each further mention of the same entity in the window (at most three). Ties go to the nearer
 * mention.
 */
final class PronounResolver {
  static final int SAME_SENTENCE = 100;
  static final int PER_SENTENCE = 35;
  static final int SUBJECT = 30;
  static final int PREPOSITION = 15;
  static final int NESTED = 40;
  static final int REPEATED = 4;
  static final int ADJACENT = 25;
  static final int UNNAMED = 20;
  static final int ADJACENT_TOKENS = 3;

  private static final Set<String> OBJECT_FORMS = Set.of("him", "them");
  private static final Set<String> CLAUSE_BREAKS = Set.of("that", ",", "and", "but", "while", "because", "after",
      "before", "when", "as", "if", "since", "although", "who", "which", ";", ":");

  private final Document doc;
  private final EntityLexicons lexicons;

  PronounResolver(Document doc, EntityLexicons lexicons) {
    this.doc = doc;
    this.lexicons = lexicons;
  }

  /** The pronoun's features, or null when {@code lower} is no pronoun this resolver handles. */
  static Features features(String value) {
    if (value == null) {
      return null;
    }
    boolean plural = value.contains("plural");
    String gender = value.contains("female") ? "female" : value.contains("male") ? "male" : null;
    boolean neuter = value.contains("neuter");
    return new Features(gender, neuter, plural);
  }

  record Features(String gender, boolean neuter, boolean plural) {
  }

  /**
   * The entity the pronoun at {@code token} refers to, or null.
   *
   * @param inside the entity of a mention that contains the pronoun, which it cannot refer to
   */
  EntityDraft resolve(int token, Features features, SalienceWindow window, EntityDraft inside) {
    String lower = doc.lower(token);
    boolean plainIt = lower.equals("it") || lower.equals("itself");
    int sentence = doc.sentenceOf(token);
    Map<EntityDraft, Integer> scores = new IdentityHashMap<>();
    Map<EntityDraft, Integer> counts = new IdentityHashMap<>();
    List<EntityDraft> order = new ArrayList<>();
    for (Iterator<SalienceWindow.Salient> it = window.iterator(); it.hasNext(); ) {
      SalienceWindow.Salient candidate = it.next();
      EntityDraft entity = candidate.entity.canonical();
      if (candidate.start >= token || entity == inside || !compatible(entity, features)) {
        continue;
      }
      int distance = sentence - candidate.sentence;
      if (plainIt && (!candidate.subject || distance > 1)) {
        continue;
      }
      if (OBJECT_FORMS.contains(lower) && distance == 0 && candidate.subject && sameClause(candidate.end, token)) {
        continue;
      }
      int score = SAME_SENTENCE - PER_SENTENCE * distance + (candidate.subject ? SUBJECT : 0)
          - (candidate.afterPreposition ? PREPOSITION : 0) - (candidate.nested ? NESTED : 0)
          + (distance == 0 && token - candidate.end < ADJACENT_TOKENS ? ADJACENT : 0)
          - (entity.name == null && !entity.plural ? UNNAMED : 0);
      Integer earlier = scores.get(entity);
      if (earlier == null) {
        order.add(entity);
        scores.put(entity, score);
      } else {
        scores.put(entity, Math.max(earlier, score));
      }
      counts.merge(entity, 1, Integer::sum);
    }
    EntityDraft best = null;
    int bestScore = Integer.MIN_VALUE;
    for (EntityDraft entity : order) {
      int total = scores.get(entity) + REPEATED * Math.min(3, counts.get(entity) - 1);
      if (total > bestScore) { // order is newest first: ties go to the nearer mention
        best = entity;
        bestScore = total;
      }
    }
    if (best != null && best.gender == null && features.gender() != null) {
      best.gender = features.gender();
    }
    return best;
  }

  private boolean compatible(EntityDraft entity, Features features) {
    if (features.plural()) {
      return entity.plural;
    }
    if (entity.plural) {
      return false;
    }
    if (features.neuter()) {
      return entity.type == EntityType.ORGANIZATION || entity.type == EntityType.LOCATION;
    }
    return entity.type == EntityType.PERSON && (entity.gender == null || entity.gender.equals(features.gender()));
  }

  private boolean sameClause(int from, int to) {
    for (int t = from; t < to; t++) {
      if (CLAUSE_BREAKS.contains(doc.lower(t))) {
        return false;
      }
    }
    return true;
  }
}
