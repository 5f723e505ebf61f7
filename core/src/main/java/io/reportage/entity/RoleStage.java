package io.reportage.entity;

import io.reportage.pipeline.Document;
import io.reportage.pipeline.Layer;
import io.reportage.pipeline.Stage;
import java.util.EnumSet;
import java.util.Set;

/**
 * Finds titles and nouns for people and links them to the people they describe.
 *
 * <p>Every noun phrase headed by a title ({@code titles.txt}) becomes a ROLE mention, and every
 * one headed by a noun for unnamed people, groups or organizations ({@code people-nouns.txt}) a
 * NOMINAL mention. The title's organization is the nearest name (or nationality) before the title
 * or after "of", "for", "at", "to"; "former", "ex-" and "then-" mark a role no longer held;
 * "deputy", "acting", "vice" stay part of the title. The patterns that give a named person a role:
 * <ul>
 *   <li>{@code [ORG|GPE|NORP] [TITLE] [PERSON]}: "Kremlin spokesman Dmitry Peskov", "Russian
 *       President Vladimir Putin", and {@code [TITLE] [PERSON]}: "spokesman Dmitry Peskov"; the
 *       phrase up to the name's end is a ROLE mention of the person;
 *   <li>{@code [PERSON], [TITLE] of|for|at [ORG]} and {@code [PERSON], the [ORG]'s [TITLE]} and
 *       {@code [PERSON], a [TITLE]}: appositives after the name;
 *   <li>{@code the [ORG] [TITLE], [PERSON],}: an appositive before it;
 *   <li>{@code [PERSON] is|was|became the [TITLE]}: a copula;
 *   <li>{@code his [GPE] counterpart [PERSON]}: a relational title ("counterpart", "predecessor")
 *       takes the title of the person it relates to (the possessor, or the nearest person before
 *       it), with the organization the phrase names: Putin is president, so "his US counterpart
 *       Donald Trump" is president of the US;
 *   <li>an honorific that stands for a title: "Sen. Ted Cruz" is a senator.
 * </ul>
 * A phrase that names nobody ("the presidential aide", "a senior official", "officials") stays an
 * unresolved mention carrying its role for {@link CoreferenceStage}. Nothing is a role-only
 * mention unless something introduces it (a determiner, number, modifier or organization) or it
 * is plural: a bare "general" is no one.
 *
 * <p>Reads {@link Layer#TOKENS}, {@link Layer#SENTENCES}, {@link Layer#POS} and {@link Layer#ENTITIES}; provides {@link Layer#ROLES}. Constant
 * work per token.
 */
public final class RoleStage implements Stage {
  private final EntityLexicons lexicons;

  public RoleStage(EntityLexicons lexicons) {
    this.lexicons = lexicons;
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TOKENS, Layer.SENTENCES, Layer.POS, Layer.ENTITIES);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.ROLES);
  }

  @Override
  public void apply(Document doc) {
    new RoleFinder(doc, lexicons).run();
  }
}
