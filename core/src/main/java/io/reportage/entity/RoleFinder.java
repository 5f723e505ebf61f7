package io.reportage.entity;

import io.reportage.EntityType;
import io.reportage.MentionKind;
import io.reportage.Span;
import io.reportage.pipeline.Document;
import io.reportage.pipeline.EntityDraft;
import io.reportage.pipeline.MentionDraft;
import io.reportage.pipeline.RoleDraft;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The work of {@link RoleStage} on one document; lives as long as one call. */
final class RoleFinder {
  private static final Set<String> COPULAS = Set.of("is", "was", "became", "becomes", "remains", "remained");
  /** Before an indefinite phrase these make it a predicate, which refers to no one: "would be a president". */
  private static final Set<String> PREDICATE_OPENERS = Set.of("is", "was", "are", "were", "be", "been", "being",
      "become", "became", "becomes", "remain", "remains", "remained", "as", "like", "'s", "'re");
  private static final Set<String> APPOSITIVE_ENDS = Set.of(",", ".", ";", ")", "\u2014", "\u2013", "-", ":");

  private final Document doc;
  private final EntityLexicons lexicons;
  private final String[] lowers;
  private final NameUnits units;
  private final NounPhraseReader reader;
  private final Map<Integer, MentionDraft> mentionByHead = new HashMap<>();
  private final Map<Long, MentionDraft> roleMentionBySpan = new HashMap<>();
  private final List<RoleDraft> pendingOrganizations = new ArrayList<>();
  private final Map<RoleDraft, Integer> organizationHeads = new java.util.IdentityHashMap<>();
  private final List<Relational> relationals = new ArrayList<>();

  /** A relational title waiting for its possessor's title: "his US counterpart Donald Trump". */
  private record Relational(MentionDraft mention, EntityDraft person, NounPhrase phrase, TitleLexicon.Title title, Span span) {
  }

  RoleFinder(Document doc, EntityLexicons lexicons) {
    this.doc = doc;
    this.lexicons = lexicons;
    this.lowers = doc.lowers();
    this.units = new NameUnits(doc);
    this.reader = new NounPhraseReader(doc, units, lexicons);
  }

  void run() {
    for (int s = 0; s < doc.sentenceCount(); s++) {
      int start = doc.sentenceStart(s);
      int end = doc.sentenceEnd(s);
      for (int t = start; t < end; t++) {
        doc.reportProgress(doc.tokenStart(t));
        TitleLexicon.Match title = lexicons.titles().matchEndingAt(lowers, t, start);
        if (title != null && lexicons.titles().continuesPast(lowers, title, start, end)) {
          continue; // "chief" of "chief of staff": the whole title is read at its last word
        }
        if (title != null) {
          title(title, end);
        } else if (!honorificTitle(t, end)) {
          peopleNoun(t, end);
        }
      }
    }
    resolveRelationals();
    for (RoleDraft role : pendingOrganizations) {
      role.organizationMention = mentionByHead.get(organizationHeads.get(role));
    }
  }

  // ---- titles

  private void title(TitleLexicon.Match match, int sentenceEnd) {
    int head = match.end() - 1;
    int next = match.end();
    boolean insidePersonName = units.covers(match.start()) && units.start(match.start()) == match.start()
        && units.entity(match.start()).type == EntityType.PERSON && units.end(match.start()) > match.end();
    if (!insidePersonName && (units.covers(match.start()) || units.covers(head))) {
      return; // part of a name: "General Motors", "Secretary of State" tagged as an organization
    }
    int nameStart = -1;
    if (insidePersonName) {
      nameStart = match.start();
    } else if (next < sentenceEnd && units.personStartsAt(next)) {
      nameStart = next;
    } else if (next + 1 < sentenceEnd && lexicons.isHonorific(lowers[next]) && units.personStartsAt(next + 1)) {
      nameStart = next + 1;
    }
    if (nameStart < 0 && next < sentenceEnd && continuesNounPhrase(next)) {
      return; // not the head: "official statement", "general election"
    }
    NounPhrase phrase = reader.read(match.start(), head, match.plural(), match.formerPrefix(), true);
    String titleText = phrase.parts().isEmpty() ? match.title().phrase() : phrase.parts() + " " + match.title().phrase();
    boolean former = phrase.former() || match.title().former();
    Span roleSpan = doc.span(phrase.start(), phrase.end());
    if (nameStart >= 0 && !match.plural()) {
      EntityDraft person = units.entity(nameStart);
      int nameEnd = units.end(nameStart);
      MentionDraft mention = roleMention(Math.min(phrase.start(), nameStart), nameEnd, phrase, person);
      if (match.title().relational()) {
        relationals.add(new Relational(mention, person, phrase, match.title(), doc.span(phrase.start(), match.end())));
      } else {
        giveRole(person, mention, role(titleText, phrase, doc.span(phrase.start(), match.end()), former));
      }
      return;
    }
    if (match.title().nameOnly()) {
      return;
    }
    EntityDraft person = appositivePerson(phrase, sentenceEnd);
    if (person != null && !match.plural()) {
      MentionDraft mention = roleMention(phrase.start(), phrase.end(), phrase, person);
      if (match.title().relational()) {
        relationals.add(new Relational(mention, person, phrase, match.title(), roleSpan));
      } else {
        giveRole(person, mention, role(titleText, phrase, roleSpan, former));
      }
      return;
    }
    if (!phrase.anchored() && !match.plural() || isPredicate(phrase)) {
      return;
    }
    MentionDraft mention = roleMention(phrase.start(), phrase.end(), phrase, null);
    mention.plural = match.plural();
    if (match.title().relational()) {
      relationals.add(new Relational(mention, null, phrase, match.title(), roleSpan));
    } else {
      mention.role = role(titleText, phrase, roleSpan, former);
    }
  }

  /** "Sen. Ted Cruz": an honorific that stands for a title, before a person's name. */
  private boolean honorificTitle(int t, int sentenceEnd) {
    if (t + 1 >= sentenceEnd || units.covers(t) || !units.personStartsAt(t + 1)) {
      return false;
    }
    TitleLexicon.Title title = lexicons.titleOfHonorific(lowers[t]);
    if (title == null) {
      return false;
    }
    EntityDraft person = units.entity(t + 1);
    NounPhrase phrase = reader.read(t, t, false, false, false);
    MentionDraft mention = roleMention(phrase.start(), units.end(t + 1), phrase, person);
    giveRole(person, mention, role(title.phrase(), phrase, doc.span(phrase.start(), t + 1), phrase.former()));
    return true;
  }

  /**
   * The named person a title phrase stands in apposition to: "Peskov, the Kremlin's spokesman,",
   * "the Kremlin's spokesman, Dmitry Peskov,", or after a copula: "Peskov is the spokesman".
   */
  private EntityDraft appositivePerson(NounPhrase phrase, int sentenceEnd) {
    int before = phrase.start() - 1;
    int sentenceStart = doc.sentenceStart(doc.sentenceOf(phrase.head()));
    boolean closed = phrase.end() >= sentenceEnd || APPOSITIVE_ENDS.contains(lowers[phrase.end()])
        || isVerb(phrase.end());
    if (before - 1 >= sentenceStart && closed && phrase.determiner() != NounPhrase.Determiner.QUANTIFIED) {
      String link = lowers[before];
      int nameEnd = before;
      if ((link.equals(",") || COPULAS.contains(link)) && units.covers(nameEnd - 1)
          && units.entity(nameEnd - 1).type == EntityType.PERSON && units.end(nameEnd - 1) == nameEnd) {
        return units.entity(nameEnd - 1);
      }
    }
    // Before the name: "the Kremlin's spokesman, Dmitry Peskov, said", "a spokesman for the company, ..."
    int comma = phrase.end();
    boolean introduced = phrase.definite() || phrase.determiner() == NounPhrase.Determiner.INDEFINITE;
    if (introduced && comma + 1 < sentenceEnd && lowers[comma].equals(",") && units.personStartsAt(comma + 1)) {
      int after = units.end(comma + 1);
      if (after >= sentenceEnd || APPOSITIVE_ENDS.contains(lowers[after]) || isVerb(after)) {
        return units.entity(comma + 1);
      }
    }
    return null;
  }

  /** "would be a president", "served as an adviser": an indefinite predicate names no one. */
  private boolean isPredicate(NounPhrase phrase) {
    int before = phrase.start() - 1;
    return phrase.determiner() == NounPhrase.Determiner.INDEFINITE && before >= doc.sentenceStart(doc.sentenceOf(phrase.head()))
        && PREDICATE_OPENERS.contains(lowers[before]);
  }

  /** A lower-case noun, or a capitalised word that is no name, carries the phrase on past the title. */
  private boolean continuesNounPhrase(int token) {
    if (units.covers(token)) {
      return false;
    }
    String pos = doc.pos(token);
    if (!"NOUN".equals(pos) && !"PROPN".equals(pos)) {
      return false;
    }
    return Character.isLetterOrDigit(doc.token(token).charAt(0));
  }

  private boolean isVerb(int token) {
    String pos = doc.pos(token);
    return "VERB".equals(pos) || "AUX".equals(pos);
  }

  // ---- nouns for people

  private void peopleNoun(int t, int sentenceEnd) {
    if (units.covers(t)) {
      return;
    }
    PeopleNouns.Noun noun = lexicons.peopleNouns().lookup(lowers[t]);
    if (noun == null) {
      return;
    }
    boolean qualified = reader.qualifierFollows(t + 1);
    if (noun.qualified() && !qualified) {
      return;
    }
    if (!qualified && t + 1 < sentenceEnd && continuesNounPhrase(t + 1)) {
      return;
    }
    NounPhrase phrase = reader.read(t, t, noun.plural(), false, true);
    if (!noun.plural() && noun.kind() == PeopleNouns.Kind.PERSON) {
      // "Trump critic Mark Cuban", "Cuban, a longtime critic,": a description of a named person.
      EntityDraft person = t + 1 < sentenceEnd && units.personStartsAt(t + 1) ? units.entity(t + 1)
          : appositivePerson(phrase, sentenceEnd);
      if (person != null) {
        int end = t + 1 < sentenceEnd && units.personStartsAt(t + 1) ? units.end(t + 1) : phrase.end();
        addNominal(phrase.start(), end, t, false, person);
        return;
      }
    }
    if (!phrase.anchored() && !noun.plural() || isPredicate(phrase)) {
      return;
    }
    addNominal(phrase.start(), phrase.end(), t, noun.plural(), null);
  }

  private void addNominal(int start, int end, int head, boolean plural, EntityDraft entity) {
    MentionDraft mention = new MentionDraft(start, end, MentionKind.NOMINAL);
    mention.headToken = head;
    mention.plural = plural;
    doc.addMention(mention, entity);
    mentionByHead.put(head, mention);
  }

  // ---- building

  private MentionDraft roleMention(int start, int end, NounPhrase phrase, EntityDraft entity) {
    long span = (long) start << 32 | end;
    MentionDraft same = roleMentionBySpan.get(span);
    if (same != null && same.entity == entity) {
      return same; // "nominee Gov. Mike Pence": two titles, one phrase
    }
    MentionDraft mention = new MentionDraft(start, end, MentionKind.ROLE);
    roleMentionBySpan.put(span, mention);
    mention.headToken = phrase.head();
    doc.addMention(mention, entity);
    mentionByHead.put(phrase.head(), mention);
    return mention;
  }

  private RoleDraft role(String title, NounPhrase phrase, Span span, boolean former) {
    RoleDraft role = new RoleDraft(title, phrase.organization(), span, former);
    if (phrase.organization() == null && phrase.organizationHead() >= 0) {
      organizationHeads.put(role, phrase.organizationHead());
      pendingOrganizations.add(role);
    }
    return role;
  }

  private void giveRole(EntityDraft person, MentionDraft mention, RoleDraft role) {
    mention.role = role;
    Roles.add(person, role);
    if (person.gender == null) {
      person.gender = lexicons.gender().ofWord(lowers[mention.headToken]);
    }
  }

  // ---- relational titles

  /**
   * Gives each relational title the title of the person it relates to: the possessor ("Putin's
   * counterpart") or, after "his"/"her", the nearest person before it in the sentence or the one
   * before. Run after every other role is known, so that order in the text does not matter.
   */
  private void resolveRelationals() {
    for (Relational relational : relationals) {
      EntityDraft other = relational.phrase().possessor();
      if (other == null || other.type != EntityType.PERSON) {
        other = nearestPersonBefore(relational.phrase().start(), relational.person());
      }
      RoleDraft model = other == null ? null : modelRole(other);
      String title = model != null ? model.title : relational.title().phrase();
      boolean former = relational.phrase().former() || relational.title().former();
      EntityDraft organization = relational.phrase().possessor() != null
          && relational.phrase().possessor() == relational.phrase().organization() ? null : relational.phrase().organization();
      if (organization == null && relational.title().former() && model != null) {
        organization = model.organization; // a predecessor held the same office
      }
      RoleDraft role = new RoleDraft(title, organization, relational.span(), former);
      if (relational.person() != null) {
        giveRole(relational.person(), relational.mention(), role);
      } else {
        relational.mention().role = role;
      }
    }
  }

  private RoleDraft modelRole(EntityDraft person) {
    RoleDraft best = null;
    for (RoleDraft role : person.canonical().roles) {
      if (best == null || best.organization == null && role.organization != null && !role.former) {
        best = role;
      }
    }
    return best;
  }

  private EntityDraft nearestPersonBefore(int token, EntityDraft not) {
    int sentence = doc.sentenceOf(token);
    int from = sentence > 0 ? doc.sentenceStart(sentence - 1) : doc.sentenceStart(sentence);
    for (int p = token - 1; p >= from; p--) {
      if (units.covers(p) && units.entity(p).type == EntityType.PERSON && units.entity(p) != not) {
        return units.entity(p);
      }
    }
    return null;
  }
}
