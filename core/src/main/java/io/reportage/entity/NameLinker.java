package io.reportage.entity;

import io.reportage.EntityType;
import io.reportage.MentionKind;
import io.reportage.NameSpan;
import io.reportage.pipeline.Document;
import io.reportage.pipeline.EntityDraft;
import io.reportage.pipeline.MentionDraft;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The work of {@link NameLinkingStage} on one document; lives as long as one call. */
final class NameLinker {
  private static final Set<String> SUFFIXES = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");
  private static final String AMBIGUOUS = "";

  private final Document doc;
  private final EntityLexicons lexicons;
  private final String[] lowers;
  private final Map<String, EntityDraft> byKey = new HashMap<>();
  private final Map<EntityDraft, int[]> typeVotes = new IdentityHashMap<>();
  private final Set<EntityDraft> typeFixed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<EntityDraft> namedFromLexicon = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
  private final Map<String, String> firstFullKeyBySurname = new HashMap<>();
  private final Map<String, String> lastFullKeyBySurname = new HashMap<>();
  private final Map<String, String> fullKeyByGivenName = new HashMap<>();
  private final Map<String, String> organizationKeyBySuffix = new HashMap<>();
  private final Set<String> nameTexts = new HashSet<>();
  private final boolean[] inName;

  NameLinker(Document doc, EntityLexicons lexicons) {
    this.doc = doc;
    this.lexicons = lexicons;
    this.lowers = doc.lowers();
    this.inName = new boolean[doc.tokenCount()];
  }

  /** A person's name without honorifics or titles before it: key tokens {@code [from, to)}. */
  private record PersonName(int from, int to, String key, String surname, String given, boolean full) {
  }

  void run() {
    List<NameSpan> names = doc.names();
    for (NameSpan name : names) {
      for (int t = name.start(); t < name.end(); t++) {
        inName[t] = true;
      }
      nameTexts.add(lowerText(name.start(), name.end()));
      if (name.type() == EntityType.PERSON) {
        PersonName person = personName(name);
        if (person != null && person.full()) {
          firstFullKeyBySurname.putIfAbsent(person.surname(), person.key());
          fullKeyByGivenName.putIfAbsent(person.given(), person.key());
        }
      }
    }
    List<int[]> pairings = findPairings();
    Set<Integer> pairedTokens = new HashSet<>();
    pairings.forEach(p -> pairedTokens.add(p[0]));
    for (NameSpan name : names) {
      if (name.end() - name.start() == 1 && pairedTokens.contains(name.start())) {
        continue;
      }
      link(name);
    }
    addPairings(pairings);
    addGazetteerMentions(pairedTokens);
    settleTypes();
  }

  // ---- names

  private void link(NameSpan tagged) {
    String text = lowerText(tagged.start(), tagged.end());
    NameSpan name = opensWithGivenName(tagged, text) ? new NameSpan(tagged.start(), tagged.end(), EntityType.PERSON) : tagged;
    EntityDraft entity;
    String display = doc.text(name.start(), name.end());
    if (name.type() == EntityType.PERSON) {
      entity = linkPerson(name, text);
      if (entity == null) {
        return;
      }
    } else {
      entity = linkOther(name, text, display);
    }
    vote(entity, name.type());
    doc.addMention(new MentionDraft(name.start(), name.end(), MentionKind.NAME), entity);
  }

  /** "Sofia Mendez" tagged as an organization: a name of two or more words opening with a given name is a person's. */
  private boolean opensWithGivenName(NameSpan name, String text) {
    return name.type() != EntityType.PERSON && name.end() - name.start() >= 2
        && lexicons.gender().ofGivenName(lowers[name.start()]) != null
        && lexicons.names().place(text) == null && lexicons.names().organization(text) == null;
  }

  private EntityDraft linkPerson(NameSpan name, String text) {
    PersonName person = personName(name);
    if (person == null) {
      return linkOther(name, text, doc.text(name.start(), name.end()));
    }
    String display = doc.text(person.from(), person.to());
    EntityDraft entity;
    if (person.full()) {
      entity = entity(person.key(), EntityType.PERSON, display);
      lastFullKeyBySurname.put(person.surname(), person.key());
    } else {
      String key = knownPersonKey(person.surname(), true);
      if (key == null) {
        // A lone word that is a listed place or organization is that, even when tagged a person.
        EntityDraft listed = listedEntity(text, display);
        if (listed != null) {
          return listed;
        }
        key = "name:" + EntityType.PERSON + ":" + person.surname();
      }
      entity = entity(key, EntityType.PERSON, display);
    }
    if (entity.gender == null) {
      entity.gender = genderOf(name, person);
    }
    return entity;
  }

  private EntityDraft linkOther(NameSpan name, String text, String display) {
    if (name.type() == EntityType.ORGANIZATION) {
      String key = organizationKeyBySuffix.get(text);
      if (key != null && key != AMBIGUOUS) {
        return byKey.get(key);
      }
    }
    EntityDraft listed = listedEntity(text, display);
    if (listed != null) {
      return listed;
    }
    if (name.end() - name.start() == 1) {
      // "Trump" tagged as an organization where the article names Donald Trump.
      String personKey = knownPersonKey(text, false);
      if (personKey != null) {
        return byKey.get(personKey) != null ? byKey.get(personKey) : entity(personKey, EntityType.PERSON, display);
      }
    }
    // Keyed with the type: "SEATTLE" the team and "SEATTLE" the city are two entities, as the
    // recognizer said (its own consistency pass has already made same-written names agree where
    // the context allows).
    String key = "name:" + name.type() + ":" + text;
    EntityDraft entity = entity(key, name.type(), display);
    if (name.type() == EntityType.ORGANIZATION && name.end() - name.start() >= 3) {
      registerSuffixes(name, key);
    }
    return entity;
  }

  /** The entity of a listed place, nationality or organization with this text, or null. */
  private EntityDraft listedEntity(String text, String display) {
    String place = lexicons.names().place(text);
    if (place == null) {
      place = lexicons.names().placeOfNationality(text);
      if (place != null) {
        // A nationality tagged as a name is a mention of its place, which keeps its own name.
        return placeEntity(place, null);
      }
    }
    if (place != null) {
      return placeEntity(place, display);
    }
    String organization = lexicons.names().organization(text);
    if (organization != null) {
      EntityDraft entity = entity("org:" + organization.toLowerCase(java.util.Locale.ROOT), EntityType.ORGANIZATION, display);
      typeFixed.add(entity);
      entity.type = EntityType.ORGANIZATION;
      return entity;
    }
    return null;
  }

  private EntityDraft placeEntity(String place, String display) {
    String key = "place:" + place.toLowerCase(java.util.Locale.ROOT);
    EntityDraft entity = byKey.get(key);
    if (entity == null) {
      entity = entity(key, EntityType.LOCATION, display != null ? display : place);
      if (display == null) {
        namedFromLexicon.add(entity);
      }
    } else if (display != null && namedFromLexicon.remove(entity)) {
      entity.name = display;
    } else if (display != null) {
      rename(entity, display);
    }
    typeFixed.add(entity);
    entity.type = EntityType.LOCATION;
    return entity;
  }

  private void registerSuffixes(NameSpan name, String key) {
    for (int from = name.start() + 1; from <= name.end() - 2; from++) {
      String suffix = lowerText(from, name.end());
      String known = organizationKeyBySuffix.get(suffix);
      organizationKeyBySuffix.put(suffix, known == null || known.equals(key) ? key : AMBIGUOUS);
    }
  }

  /** The key of a full-named person whose surname (or, for a person, given name) is {@code word}. */
  private String knownPersonKey(String word, boolean givenNameToo) {
    String key = lastFullKeyBySurname.get(word);
    if (key == null) {
      key = firstFullKeyBySurname.get(word);
    }
    if (key == null && givenNameToo && firstFullKeyBySurname.get(word) == null) {
      key = fullKeyByGivenName.get(word);
    }
    return key;
  }

  private PersonName personName(NameSpan name) {
    int from = name.start();
    int to = name.end();
    // Honorifics and titles the recognizer took into the name: "Mr. Trump", "President Putin".
    while (from < to - 1 && (lexicons.isHonorific(lowers[from]) || lexicons.titles().title(lowers[from]) != null
        || lexicons.titles().modifier(lowers[from]) != null)) {
      from++;
    }
    int last = to - 1;
    String suffix = null;
    if (last > from && SUFFIXES.contains(lowers[last])) {
      suffix = LexiconValues.withoutPeriod(lowers[last]);
      last--;
    }
    String surname = stripPossessive(lowers[last]);
    String given = lowers[from];
    boolean full = last > from;
    if (surname.isEmpty()) {
      return null;
    }
    String key = "person:" + (full ? given + " " : "") + surname + (suffix != null ? " " + suffix : "");
    return new PersonName(from, to, key, surname, given, full && suffix == null);
  }

  private static String stripPossessive(String lower) {
    return lower.endsWith("'s") ? lower.substring(0, lower.length() - 2) : lower;
  }

  private String genderOf(NameSpan name, PersonName person) {
    for (int t = name.start(); t < person.from(); t++) {
      String gender = lexicons.gender().ofWord(lowers[t]);
      if (gender != null) {
        return gender;
      }
    }
    if (name.start() > 0) {
      String gender = lexicons.gender().ofWord(lowers[name.start() - 1]);
      if (gender != null) {
        return gender;
      }
    }
    return person.full() ? lexicons.gender().ofGivenName(person.given()) : null;
  }

  // ---- pairings: "Putin-Trump summit", "Russia-US cooperation"

  /** Tokens that join two or more known names by hyphens, as {token, entity-less marker}. */
  private List<int[]> findPairings() {
    List<int[]> found = new ArrayList<>();
    for (int t = 0; t < doc.tokenCount(); t++) {
      String token = doc.token(t);
      if (token.indexOf('-') <= 0 || !Character.isUpperCase(token.charAt(0)) || listedEntityText(lowers[t])) {
        continue;
      }
      String[] parts = lowers[t].split("-");
      boolean allKnown = parts.length >= 2;
      for (String part : parts) {
        allKnown &= !part.isEmpty() && knownPart(part);
      }
      if (allKnown) {
        found.add(new int[] {t});
      }
    }
    return found;
  }

  private boolean listedEntityText(String lower) {
    return lexicons.names().place(lower) != null || lexicons.names().organization(lower) != null;
  }

  private boolean knownPart(String part) {
    return firstFullKeyBySurname.containsKey(part) || fullKeyByGivenName.containsKey(part) || nameTexts.contains(part) || lexicons.names().place(part) != null
        || lexicons.names().placeOfNationality(part) != null || lexicons.names().organization(part) != null;
  }

  private void addPairings(List<int[]> pairings) {
    for (int[] pairing : pairings) {
      int t = pairing[0];
      Set<EntityDraft> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
      for (String part : lowers[t].split("-")) {
        EntityDraft entity = partEntity(part);
        if (entity != null && seen.add(entity)) {
          doc.addMention(new MentionDraft(t, t + 1, MentionKind.NOMINAL), entity);
        }
      }
    }
  }

  private EntityDraft partEntity(String part) {
    String personKey = knownPersonKey(part, true);
    if (personKey != null && byKey.containsKey(personKey)) {
      return byKey.get(personKey);
    }
    EntityDraft listed = listedEntity(part, null);
    if (listed != null) {
      return listed;
    }
    for (EntityType type : EntityType.values()) {
      EntityDraft entity = byKey.get("name:" + type + ":" + part);
      if (entity != null) {
        return entity;
      }
    }
    return null;
  }

  // ---- nationalities (names the recognizer missed are its own business: a back-off from the
  // gazetteers here added no correct name on CoNLL-2003 valid and 23 wrong ones)

  private void addGazetteerMentions(Set<Integer> pairedTokens) {
    PlaceAndOrganizationNames names = lexicons.names();
    int n = doc.tokenCount();
    for (int t = 0; t < n; t++) {
      if (inName[t] || pairedTokens.contains(t) || !Character.isUpperCase(doc.token(t).charAt(0))) {
        continue;
      }
      int end = doc.sentenceEnd(doc.sentenceOf(t));
      int length = freeLength(t, names.nationalities().longestMatch(lowers, t, end));
      if (length == 0 || !writtenAsName(t, length)) {
        continue;
      }
      String phrase = lowerText(t, t + length);
      doc.addMention(new MentionDraft(t, t + length, MentionKind.NOMINAL), placeEntity(names.placeOfNationality(phrase), null));
      t += length - 1;
    }
  }

  /** {@code length}, or 0 when one of the tokens belongs to a name. */
  private int freeLength(int from, int length) {
    for (int t = from; t < from + length; t++) {
      if (inName[t]) {
        return 0;
      }
    }
    return length;
  }

  /** A listed word of three letters or fewer counts only in capitals. */
  private boolean writtenAsName(int from, int length) {
    if (length > 1) {
      return true;
    }
    String token = doc.token(from);
    if (token.length() > 3) {
      return true;
    }
    for (int i = 0; i < token.length(); i++) {
      if (Character.isLowerCase(token.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  // ---- entities and types

  private EntityDraft entity(String key, EntityType type, String display) {
    EntityDraft entity = byKey.get(key);
    if (entity == null) {
      entity = doc.addEntity(new EntityDraft(type, display));
      byKey.put(key, entity);
    } else {
      rename(entity, display);
    }
    return entity;
  }

  /** The entity keeps the fullest name the article uses. */
  private static void rename(EntityDraft entity, String display) {
    if (display != null && (entity.name == null || display.length() > entity.name.length())) {
      entity.name = display;
    }
  }

  private void vote(EntityDraft entity, EntityType type) {
    typeVotes.computeIfAbsent(entity, e -> new int[EntityType.values().length])[type.ordinal()]++;
  }

  private void settleTypes() {
    for (Map.Entry<EntityDraft, int[]> entry : typeVotes.entrySet()) {
      EntityDraft entity = entry.getKey();
      if (typeFixed.contains(entity)) {
        continue;
      }
      int[] votes = entry.getValue();
      EntityType best = entity.type;
      for (EntityType type : EntityType.values()) {
        if (votes[type.ordinal()] > votes[best.ordinal()]) {
          best = type;
        }
      }
      entity.type = best;
    }
  }

  private String lowerText(int from, int to) {
    if (to - from == 1) {
      return lowers[from];
    }
    StringBuilder text = new StringBuilder();
    for (int t = from; t < to; t++) {
      if (t > from) {
        text.append(' ');
      }
      text.append(lowers[t]);
    }
    return text.toString();
  }
}
