package io.reportage.quote;

import io.reportage.EntityType;
import io.reportage.MentionKind;
import io.reportage.pipeline.Document;
import io.reportage.pipeline.EntityDraft;
import io.reportage.pipeline.MentionDraft;
import io.reportage.pipeline.RoleDraft;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads who a speaker phrase refers to, through the document's mentions: a per-document index from
 * token to the mentions covering it, built once. A phrase whose head has a mention takes that
 * mention's entity; a pronoun that coreference left unresolved takes the latest person spoken of or
 * quoted; a description with no mention ("a senior official", "the campaign") becomes an unnamed
 * entity with that role, which later definite descriptions ("the official") refer back to.
 *
 * <p>One resolver serves one document, on the thread that analyses it.
 */
final class SpeakerResolver {
  /** How far back, in tokens, the last quoted person is the first choice for "he" or "she". */
  private static final int RECENT_SPEAKER = 150;
  /** How far apart, in tokens, two unresolved uses of one pronoun are taken for the same unnamed speaker. */
  private static final int SAME_UNNAMED = 150;
  /** How far back, in tokens, a named organization is looked for by "it". */
  private static final int NEAREST_ORGANIZATION = 80;
  /** How far back, in tokens, a named person is looked for. */
  private static final int NEAREST_PERSON = 300;

  private final Document doc;
  private final AttributionLexicons lexicons;
  private final MentionDraft[] longestAt;
  private final MentionDraft[] nameAt;
  private final int[] personStarts;
  private final MentionDraft[] personMentions;
  private final int[] organizationStarts;
  private final MentionDraft[] organizationMentions;
  private final Map<String, EntityDraft> unnamedByHead = new HashMap<>();
  private final Map<String, EntityDraft> createdByName = new HashMap<>();
  /** Person mentions this resolver added, in text order (speakers are committed in text order). */
  private final List<MentionDraft> addedPersons = new ArrayList<>();
  private final Map<String, EntityDraft> unnamedByPronoun = new HashMap<>();
  private final Map<String, Integer> unnamedByPronounToken = new HashMap<>();
  private EntityDraft lastPersonSpeaker;
  private int lastPersonSpeakerToken = -1;

  SpeakerResolver(Document doc, AttributionLexicons lexicons) {
    this.doc = doc;
    this.lexicons = lexicons;
    int n = doc.tokenCount();
    this.longestAt = new MentionDraft[n];
    this.nameAt = new MentionDraft[n];
    List<MentionDraft> persons = new ArrayList<>();
    List<MentionDraft> organizations = new ArrayList<>();
    for (MentionDraft mention : doc.mentions()) {
      int length = mention.tokenEnd - mention.tokenStart;
      for (int t = mention.tokenStart; t < mention.tokenEnd; t++) {
        if (longestAt[t] == null || longestAt[t].tokenEnd - longestAt[t].tokenStart < length) {
          longestAt[t] = mention;
        }
        if (mention.kind == MentionKind.NAME && (nameAt[t] == null || nameAt[t].tokenEnd - nameAt[t].tokenStart < length)) {
          nameAt[t] = mention;
        }
      }
      if (mention.kind == MentionKind.NAME && mention.entity != null && mention.entity.canonical().type == EntityType.PERSON) {
        persons.add(mention);
      }
      if (mention.kind == MentionKind.NAME && mention.entity != null
          && mention.entity.canonical().type == EntityType.ORGANIZATION) {
        organizations.add(mention);
      }
    }
    persons.sort((a, b) -> Integer.compare(a.tokenStart, b.tokenStart));
    organizations.sort((a, b) -> Integer.compare(a.tokenStart, b.tokenStart));
    this.personMentions = persons.toArray(new MentionDraft[0]);
    this.personStarts = starts(personMentions);
    this.organizationMentions = organizations.toArray(new MentionDraft[0]);
    this.organizationStarts = starts(organizationMentions);
  }

  private static int[] starts(MentionDraft[] mentions) {
    int[] starts = new int[mentions.length];
    for (int i = 0; i < mentions.length; i++) {
      starts[i] = mentions[i].tokenStart;
    }
    return starts;
  }

  /** Whether each token lies inside a name. */
  boolean[] namedTokens() {
    boolean[] named = new boolean[doc.tokenCount()];
    for (int t = 0; t < named.length; t++) {
      named[t] = nameAt[t] != null;
    }
    return named;
  }

  /** The name mention covering a token, or null. */
  MentionDraft nameAt(int t) {
    return nameAt[t];
  }

  /** What the phrase names, without changing the document. */
  Speaker candidate(NounPhrases.Phrase phrase, NounPhrases phrases) {
    int head = phrase.head();
    String lower = doc.lower(head);
    MentionDraft name = nameAt[head];
    if (name != null) {
      return new Speaker(phrase, Speaker.Kind.NAME, name, entityOf(name));
    }
    if (phrases.isPronoun(head)) {
      MentionDraft mention = longestAt[head];
      return new Speaker(phrase, Speaker.Kind.PRONOUN, mention, entityOf(mention));
    }
    MentionDraft mention = longestAt[head];
    if (mention != null && mention.entity != null) {
      return new Speaker(phrase, Speaker.Kind.DESCRIPTION, mention, entityOf(mention));
    }
    String noun = lexicons.speakerNoun(lower);
    if ("document".equals(noun)) {
      return new Speaker(phrase, Speaker.Kind.DOCUMENT, null, null);
    }
    if (noun != null) {
      return new Speaker(phrase, Speaker.Kind.DESCRIPTION, mention, null);
    }
    if (phrases.isGroupWord(head)) {
      // "Some", "a third", "42%": people described by their share, never a name.
      return new Speaker(phrase, Speaker.Kind.DESCRIPTION, mention, null);
    }
    // "those close to him", "those familiar with the talks": a modified "those" stands for people.
    if (lower.equals("those") && phrase.end() > head + 1) {
      return new Speaker(phrase, Speaker.Kind.DESCRIPTION, mention, null);
    }
    if (Character.isUpperCase(doc.token(head).charAt(0)) && !"NOUN".equals(doc.pos(head))) {
      return new Speaker(phrase, Speaker.Kind.NAME, null, null);
    }
    return new Speaker(phrase, Speaker.Kind.OTHER, mention, null);
  }

  private static EntityDraft entityOf(MentionDraft mention) {
    return mention == null || mention.entity == null ? null : mention.entity.canonical();
  }

  /**
   * Makes the chosen speaker part of the document: adds the mention and the entity it lacks, and
   * resolves an unresolved pronoun. A document ("the ruling") becomes an unnamed DOCUMENT entity.
   */
  void commit(Speaker speaker) {
    if (speaker.original != null) {
      // "each" in "..., each saying" is the subject it stands for: one entity, one mention.
      commit(speaker.original);
      speaker.entity = speaker.original.entity;
      speaker.mention = speaker.original.mention;
      return;
    }
    NounPhrases.Phrase phrase = speaker.phrase;
    if (speaker.entity == null) {
      switch (speaker.kind) {
        case NAME -> speaker.entity = namedEntity(phrase);
        case PRONOUN -> speaker.entity = resolvePronounOrKeepUnnamed(phrase.head());
        case DESCRIPTION, OTHER, DOCUMENT -> speaker.entity = describedEntity(phrase, speaker.kind == Speaker.Kind.DOCUMENT);
        default -> { }
      }
      if (speaker.entity != null) {
        if (speaker.mention == null) {
          speaker.mention = doc.addMention(new MentionDraft(phrase.start(), phrase.end(), mentionKind(speaker)), speaker.entity);
          if (speaker.kind == Speaker.Kind.NAME && speaker.entity.type == EntityType.PERSON) {
            addedPersons.add(speaker.mention);
          }
        } else if (speaker.mention.entity == null) {
          doc.link(speaker.mention, speaker.entity);
        }
      }
    }
    if (speaker.entity != null) {
      speaker.entity = speaker.entity.canonical();
      // A recognizer may type a person as a place; only organizations cannot be "he" or "she".
      if (speaker.entity.type != EntityType.ORGANIZATION && !speaker.entity.plural) {
        lastPersonSpeaker = speaker.entity;
        lastPersonSpeakerToken = phrase.head();
      }
    }
  }

  private static MentionKind mentionKind(Speaker speaker) {
    return switch (speaker.kind) {
      case NAME -> MentionKind.NAME;
      case PRONOUN -> MentionKind.PRONOUN;
      case DESCRIPTION -> MentionKind.ROLE;
      case DOCUMENT -> MentionKind.NOMINAL;
      default -> MentionKind.NOMINAL;
    };
  }

  /** An entity for a proper name the recognizer missed ("PENCE:"); the same name gives the same entity. */
  private EntityDraft namedEntity(NounPhrases.Phrase phrase) {
    int start = phrase.head();
    while (start > phrase.start() && Character.isUpperCase(doc.token(start - 1).charAt(0))
        && !lexicons.isHonorific(doc.lower(start - 1))) {
      start--;
    }
    String name = doc.text(start, phrase.head() + 1);
    String key = name.toLowerCase(Locale.ROOT);
    EntityDraft known = createdByName.get(key);
    if (known != null) {
      return known.canonical();
    }
    EntityDraft entity = doc.addEntity(new EntityDraft(EntityType.PERSON, titleCase(name)));
    createdByName.put(key, entity);
    return entity;
  }

  /** "PENCE" reads as "Pence"; names written in mixed case stay as written. */
  private static String titleCase(String name) {
    if (!name.equals(name.toUpperCase(Locale.ROOT))) {
      return name;
    }
    StringBuilder out = new StringBuilder(name.length());
    boolean start = true;
    for (char c : name.toCharArray()) {
      out.append(start ? c : Character.toLowerCase(c));
      start = !Character.isLetter(c);
    }
    return out.toString();
  }

  /** An unnamed source: a person, group or organization known by a role; definite phrases reuse an earlier one. */
  private EntityDraft describedEntity(NounPhrases.Phrase phrase, boolean document) {
    int head = phrase.head();
    String headWord = doc.lower(head);
    String first = doc.lower(phrase.start());
    boolean definite = first.equals("the") || first.equals("this") || first.equals("that");
    EntityDraft earlier = unnamedByHead.get(headWord);
    if (definite && earlier != null) {
      return earlier.canonical();
    }
    String noun = lexicons.speakerNoun(headWord);
    EntityType type = document ? EntityType.DOCUMENT : "organization".equals(noun) ? EntityType.ORGANIZATION : EntityType.PERSON;
    EntityDraft entity = doc.addEntity(new EntityDraft(type, null));
    entity.plural = "group".equals(noun);
    if (!document) {
      entity.roles.add(new RoleDraft(roleTitle(phrase), organizationIn(phrase), doc.span(phrase.start(), phrase.end()), false));
    }
    unnamedByHead.put(headWord, entity);
    return entity;
  }

  /** The role words of a description: its modifiers and head without determiners ("senior administration official"). */
  private String roleTitle(NounPhrases.Phrase phrase) {
    StringBuilder title = new StringBuilder();
    for (int t = phrase.start(); t <= phrase.head(); t++) {
      String pos = doc.pos(t);
      if ("DET".equals(pos) || "NUM".equals(pos) || nameAt[t] != null || doc.lower(t).equals("'s")
          || "PRON".equals(pos)) {
        continue;
      }
      title.append(title.length() > 0 ? " " : "").append(doc.lower(t));
    }
    return title.length() == 0 ? doc.lower(phrase.head()) : title.toString();
  }

  /** The first named entity inside a description other than at its head ("a State Department spokesman"). */
  private EntityDraft organizationIn(NounPhrases.Phrase phrase) {
    for (int t = phrase.start(); t < phrase.end(); t++) {
      if (t != phrase.head() && nameAt[t] != null && nameAt[t].entity != null) {
        return nameAt[t].entity.canonical();
      }
    }
    return null;
  }

  /**
   * A pronoun speaker neither coreference nor {@link #resolvePronoun} could resolve still spoke:
   * it becomes an unnamed entity known by that pronoun ("she", a person; "they", a group; "it", an
   * organization), which the same pronoun shortly after refers to again.
   */
  private EntityDraft resolvePronounOrKeepUnnamed(int t) {
    EntityDraft resolved = resolvePronoun(t);
    if (resolved != null) {
      return resolved;
    }
    String pronoun = doc.lower(t);
    EntityDraft earlier = unnamedByPronoun.get(pronoun);
    if (earlier != null && t - unnamedByPronounToken.get(pronoun) <= SAME_UNNAMED) {
      unnamedByPronounToken.put(pronoun, t);
      return earlier.canonical();
    }
    EntityDraft unnamed = doc.addEntity(new EntityDraft(pronoun.equals("it") ? EntityType.ORGANIZATION : EntityType.PERSON, null));
    unnamed.plural = pronoun.equals("they") || pronoun.equals("we");
    String value = lexicons.pronoun(pronoun);
    if (value != null && (value.startsWith("male") || value.startsWith("female"))) {
      unnamed.gender = value.startsWith("male") ? "male" : "female";
    }
    unnamedByPronoun.put(pronoun, unnamed);
    unnamedByPronounToken.put(pronoun, t);
    return unnamed;
  }

  /**
   * A pronoun coreference left open: "he" and "she" take the person last quoted when that was
   * within the last few sentences, else the nearest person named before; "it" the nearest
   * organization named before; "they" is left open.
   */
  private EntityDraft resolvePronoun(int t) {
    String value = lexicons.pronoun(doc.lower(t));
    if (value != null && value.startsWith("neuter")) {
      return nearestOrganizationBefore(t);
    }
    if (value == null || !value.contains("singular")) {
      return null;
    }
    String gender = value.startsWith("male") ? "male" : value.startsWith("female") ? "female" : null;
    if (lastPersonSpeaker != null && t - lastPersonSpeakerToken < RECENT_SPEAKER && compatible(lastPersonSpeaker, gender)) {
      return lastPersonSpeaker;
    }
    MentionDraft named = nearestPersonBefore(t, gender);
    return named == null ? null : named.entity.canonical();
  }

  /** "it" that speaks is an organization: the nearest organization named in the few sentences before. */
  private EntityDraft nearestOrganizationBefore(int t) {
    int i = Arrays.binarySearch(organizationStarts, t);
    i = i >= 0 ? i - 1 : -i - 2;
    return i >= 0 && t - organizationStarts[i] <= NEAREST_ORGANIZATION ? organizationMentions[i].entity.canonical() : null;
  }

  /** The nearest person name before {@code t}, within {@value #NEAREST_PERSON} tokens, among the recognizer's and our own. */
  private MentionDraft nearestPersonBefore(int t, String gender) {
    MentionDraft best = null;
    int i = Arrays.binarySearch(personStarts, t);
    i = i >= 0 ? i - 1 : -i - 2;
    for (int tried = 0; i >= 0 && tried < 6 && t - personStarts[i] <= NEAREST_PERSON; i--, tried++) {
      if (compatible(personMentions[i].entity.canonical(), gender)) {
        best = personMentions[i];
        break;
      }
    }
    for (int k = addedPersons.size() - 1, tried = 0; k >= 0 && tried < 6; k--, tried++) {
      MentionDraft mention = addedPersons.get(k);
      if (mention.tokenStart >= t) {
        continue;
      }
      if (t - mention.tokenStart > NEAREST_PERSON || best != null && mention.tokenStart < best.tokenStart) {
        break;
      }
      if (compatible(mention.entity.canonical(), gender)) {
        best = mention;
        break;
      }
    }
    return best;
  }

  private static boolean compatible(EntityDraft entity, String gender) {
    return gender == null || entity.gender == null || entity.gender.equals(gender);
  }
}
