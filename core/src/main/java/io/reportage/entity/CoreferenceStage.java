package io.reportage.entity;

import io.reportage.pipeline.Document;
import io.reportage.pipeline.Layer;
import io.reportage.pipeline.Stage;
import java.util.EnumSet;
import java.util.Set;

/**
 * Links the mentions that name nobody to entities, reading the article once from start to end.
 *
 * <p>In text order, each mention is handled as it comes:
 * <ul>
 *   <li>mentions already linked (names, and titles before a name) make their entity salient;
 *   <li>ROLE and NOMINAL phrases that name nobody are resolved by {@link NominalResolver}: through
 *       the roles entities hold ("the US president" is whoever was called US president), or they
 *       start an unnamed entity ("a senior official"; name null, with the phrase's role);
 *   <li>third-person pronouns are resolved by {@link PronounResolver} to the most salient
 *       compatible entity and become PRONOUN mentions; pronouns that fit no entity stay out;
 *   <li>"the latter" and "the former" by {@link LatterFormerResolver}, as NOMINAL mentions.
 * </ul>
 * Places that stand for their governments ("Moscow", "Washington") stay entities of their own;
 * they are mentions like any other and so can be found at a speaker's position. A role held "for
 * the ministry" takes the entity that "the ministry" resolved to as its organization.
 *
 * <p>Reads {@link Layer#TOKENS}, {@link Layer#SENTENCES}, {@link Layer#POS}, {@link Layer#ENTITIES} and
 * {@link Layer#ROLES}; provides {@link Layer#MENTIONS}. Linear in tokens and mentions: the
 * candidates for a pronoun are bounded by {@link SalienceWindow}, those for a title by
 * {@link RoleIndex}.
 */
public final class CoreferenceStage implements Stage {
  private final EntityLexicons lexicons;

  public CoreferenceStage(EntityLexicons lexicons) {
    this.lexicons = lexicons;
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TOKENS, Layer.SENTENCES, Layer.POS, Layer.ENTITIES, Layer.ROLES);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.MENTIONS);
  }

  @Override
  public void apply(Document doc) {
    new CoreferenceWalk(doc, lexicons).run();
  }
}
