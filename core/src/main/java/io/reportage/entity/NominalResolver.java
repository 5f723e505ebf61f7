package io.reportage.entity;

import io.reportage.EntityType;
import io.reportage.pipeline.Document;
import io.reportage.pipeline.EntityDraft;
import io.reportage.pipeline.MentionDraft;
import io.reportage.pipeline.RoleDraft;
import io.reportage.text.English;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Decides whom a ROLE or NOMINAL mention that names nobody refers to.
 *
 * <p>An indefinite phrase ("a senior official", "two sources", a bare plural "officials")
 * introduces a new unnamed entity holding the phrase's role. A definite one ("the US president",
 * "the presidential aide", "the spokesman", "the two leaders", "the ministry") refers back to the
 * entity most recently mentioned that is compatible:
 * <ul>
 *   <li>for a title: it holds a role of the same family ("spokesman" finds a spokeswoman),
 *       or whose head word it is ("the minister" finds a foreign minister), or "leader" for a head
 *       of state or government; the organizations agree when both are given ("the US president" is
 *       not Russia's); "former" agrees; singular and plural agree;
 *   <li>for a noun for people: an earlier unnamed entity introduced by the same noun, or, for an
 *       organization noun, a named organization whose name ends in it ("the ministry" after "the
 *       Foreign Ministry").
 * </ul>
 * Named holders count wherever they were last mentioned before; unnamed ones only within
 * {@value #UNNAMED_REACH} sentences. When nothing before fits, a title phrase takes the one named
 * holder of a compatible role in the whole article, if there is exactly one (a headline that
 * speaks of "the Kremlin spokesman" before the body names him); otherwise it starts a new
 * unnamed entity, which later phrases may refer back to ("the official" after "a senior
 * official"). Unnamed entities are kept apart otherwise.
 */
final class NominalResolver {
  static final int UNNAMED_REACH = 6;
  static final int ORGANIZATION_REACH = 10;

  private static final Set<String> DEFINITE_OPENERS = English.union(English.DEFINITE_DETERMINERS,
      English.THIRD_PERSON_POSSESSIVES, Set.of("both"));

  private final Document doc;
  private final EntityLexicons lexicons;
  private final RoleIndex roleIndex;
  private final Map<EntityDraft, Integer> lastSeen;
  private final Map<String, EntityDraft> unnamedByNoun = new HashMap<>();
  private final Map<String, EntityDraft> organizationByLastWord = new HashMap<>();
  private final Map<EntityDraft, Integer> sentenceSeen = new IdentityHashMap<>();

  NominalResolver(Document doc, EntityLexicons lexicons, RoleIndex roleIndex, Map<EntityDraft, Integer> lastSeen) {
    this.doc = doc;
    this.lexicons = lexicons;
    this.roleIndex = roleIndex;
    this.lastSeen = lastSeen;
  }

  /** Notes that {@code entity} is mentioned at {@code token}. */
  void seen(EntityDraft entity, int token) {
    lastSeen.put(entity, token);
    sentenceSeen.put(entity, doc.sentenceOf(token));
    if (entity.type == EntityType.ORGANIZATION && entity.name != null) {
      int space = entity.name.lastIndexOf(' ');
      String last = (space < 0 ? entity.name : entity.name.substring(space + 1)).toLowerCase(java.util.Locale.ROOT);
      organizationByLastWord.put(last, entity);
    }
  }

  /** The entity {@code mention} refers to; a new one when it refers to none before. */
  EntityDraft resolve(MentionDraft mention) {
    boolean definite = isDefinite(mention);
    if (mention.role != null) {
      EntityDraft found = definite ? holderOf(mention) : null;
      return found != null ? found : newEntity(mention, EntityType.PERSON, null);
    }
    PeopleNouns.Noun noun = mention.headToken >= 0 ? lexicons.peopleNouns().lookup(doc.lower(mention.headToken)) : null;
    if (noun == null) {
      return newEntity(mention, EntityType.PERSON, null);
    }
    String key = noun.lemma() + (mention.plural ? "+" : "");
    EntityType type = noun.kind() == PeopleNouns.Kind.PERSON ? EntityType.PERSON : EntityType.ORGANIZATION;
    if (definite) {
      EntityDraft earlier = unnamedByNoun.get(key);
      if (earlier != null && recent(earlier, mention, UNNAMED_REACH)) {
        return earlier;
      }
      if (noun.kind() == PeopleNouns.Kind.ORGANIZATION && !mention.plural) {
        EntityDraft named = organizationByLastWord.get(noun.lemma());
        if (named != null && recent(named, mention, ORGANIZATION_REACH)) {
          return named;
        }
      }
    }
    EntityDraft created = newEntity(mention, type, null);
    unnamedByNoun.put(key, created);
    return created;
  }

  private boolean recent(EntityDraft entity, MentionDraft mention, int sentences) {
    Integer sentence = sentenceSeen.get(entity);
    return sentence != null && doc.sentenceOf(mention.tokenStart) - sentence <= sentences;
  }

  /** "the", "this", a possessive; a bare singular with an organization ("Kremlin spokesman"). */
  private boolean isDefinite(MentionDraft mention) {
    String first = doc.lower(mention.tokenStart);
    if (DEFINITE_OPENERS.contains(first)) {
      return true;
    }
    for (int t = mention.tokenStart; t < mention.headToken; t++) {
      if (doc.lower(t).equals("'s")) {
        return true;
      }
    }
    return !mention.plural && mention.role != null && mention.role.organization != null
        && !first.equals("a") && !first.equals("an");
  }

  private EntityDraft holderOf(MentionDraft mention) {
    RoleDraft wanted = mention.role;
    RoleIndex.ParsedTitle title = roleIndex.parse(wanted.title);
    EntityDraft best = null;
    int bestSeen = -1;
    EntityDraft onlyNamed = null;
    int named = 0;
    for (EntityDraft candidate : roleIndex.holders(title)) {
      EntityDraft entity = candidate.canonical();
      if (entity.plural != mention.plural || !holdsCompatible(entity, title, wanted)) {
        continue;
      }
      if (entity.name != null && entity != onlyNamed) {
        onlyNamed = entity;
        named++;
      }
      Integer seen = lastSeen.get(entity);
      if (seen == null || seen >= mention.tokenStart) {
        continue;
      }
      if (entity.name == null && !recent(entity, mention, UNNAMED_REACH)) {
        continue;
      }
      if (seen > bestSeen) {
        best = entity;
        bestSeen = seen;
      }
    }
    if (best == null && named == 1) {
      return onlyNamed;
    }
    return best;
  }

  private boolean holdsCompatible(EntityDraft entity, RoleIndex.ParsedTitle wanted, RoleDraft role) {
    for (RoleDraft held : entity.roles) {
      RoleIndex.ParsedTitle heldTitle = roleIndex.parse(held.title);
      if (held.former != role.former || !heldTitle.parts().equals(wanted.parts())
          || !TitleLexicon.compatible(wanted.title(), heldTitle.title())) {
        continue;
      }
      if (role.organization == null || held.organization == null
          || role.organization.canonical() == held.organization.canonical()) {
        return true;
      }
    }
    return false;
  }

  private EntityDraft newEntity(MentionDraft mention, EntityType type, String name) {
    EntityDraft entity = doc.addEntity(new EntityDraft(type, name));
    entity.plural = mention.plural;
    if (mention.role != null) {
      Roles.add(entity, mention.role);
      roleIndex.add(entity, mention.role);
    }
    if (mention.headToken >= 0 && !mention.plural) {
      entity.gender = lexicons.gender().ofWord(doc.lower(mention.headToken));
    }
    return entity;
  }

  /** Entities holding roles before resolution starts are filed once, here. */
  static RoleIndex indexOf(Document doc, TitleLexicon titles) {
    RoleIndex index = new RoleIndex(titles);
    for (EntityDraft entity : doc.entities()) {
      for (RoleDraft role : entity.roles) {
        index.add(entity, role);
      }
    }
    return index;
  }
}
