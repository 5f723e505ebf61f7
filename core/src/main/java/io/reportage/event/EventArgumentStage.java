package io.reportage.event;

import io.reportage.EntityType;
import io.reportage.EventType;
import io.reportage.Span;
import io.reportage.models.Lexicon;
import io.reportage.pipeline.ArgumentDraft;
import io.reportage.pipeline.Document;
import io.reportage.pipeline.EntityDraft;
import io.reportage.pipeline.EventDraft;
import io.reportage.pipeline.Layer;
import io.reportage.pipeline.Stage;
import io.reportage.text.Lemmatizer;
import io.reportage.text.English;
import java.util.EnumSet;
import java.util.Set;

/**
 * Finds each event's participants in its sentence from word order and prepositions, and gives them
 * ACE role names ({@link ArgumentRoles}): the subject before a verb trigger (or after "by" when the
 * verb is passive), its object, the phrases after prepositions ("attack on X", "fled to X"), the
 * possessor of a noun trigger ("Moscow's readiness"), the subject of the verb that governs a noun
 * trigger ("the two leaders held their phone call"), both sides of "between X and Y", coordinated
 * subjects ("Trump and Putin discussed") and the names of a hyphenated pair before a meeting noun
 * ("Putin-Trump summit"), and what is coordinated with an object ("attacks on soldiers and
 * civilians"). An argument is linked to the entity of the mention it holds; a place must be a
 * location or a name, and a place noun gives way to the name after its "of" ("the town of Lodi").
 * The semantic class of a phrase's head decides the rest: a weapon is the Instrument (and only a
 * weapon: "a gunbattle with police" is not done with the police), a vehicle is the Vehicle of a
 * journey ("trucks carrying aid", "by boat"), and a noun whose commonest sense is abstract
 * ({@code abstract-nouns.txt}, from WordNet: "shot their way out", "the scheme") is no argument.
 *
 * <p>Reads {@link Layer#EVENT_TRIGGERS}, {@link Layer#CORRECTED_POS}, {@link Layer#ENTITIES} and
 * {@link Layer#MENTIONS}; provides {@link Layer#EVENT_ARGUMENTS}. Statements are left as they are.
 */
public final class EventArgumentStage implements Stage {
  private static final int PREPOSITION_REACH = 8;
  /** How many words before a noun trigger may modify it. */
  private static final int PREMODIFIER_REACH = 4;
  /** Prepositions before the vehicle of a journey ("by truck", "on a boat", "aboard the plane"). */
  private static final Set<String> VEHICLE_PREPOSITIONS = Set.of("by", "on", "aboard", "via");
  private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "got", "get", "gets");
  /** Irregular past participles of event verbs. */
  private static final Set<String> PARTICIPLES = Set.of("shot", "slain", "held", "taken", "hit", "driven", "brought", "sent",
      "beaten", "caught", "thrown", "struck", "led", "flown", "stabbed", "hung", "hanged", "jailed", "seized");

  private final ContextCues cues;
  private final TimeWords times;
  private final ArgumentWords words;
  private final long instrumentMask;
  private final long moneyMask;
  private final long weaponMask;
  private final Set<String> abstractNouns;
  private final Lemmatizer lemmatizer;
  private final long vehicleMask;
  private final long placeMask;

  /**
   * @param cues the context-cue classes; their INSTRUMENT class names the weapons an attack is done
   *     with, their MONEY class the currencies of a payment
   * @param timeWords the time-word lexicon: a time is no participant ("ministers Monday")
   * @param argumentWords the verbs that say where participants stand ({@code event-argument-words.txt})
   * @param lemmatizer leads the forms of the lexicons' words back to the lemmas they list
   */
  public EventArgumentStage(ContextCues cues, Lexicon timeWords, Lexicon argumentWords, Lemmatizer lemmatizer) {
    this(cues, timeWords, argumentWords, lemmatizer, Set.of());
  }

  /**
   * @param abstractNouns lemmas of nouns whose commonest sense is abstract ({@code abstract-nouns.txt}):
   *     a phrase headed by one is no participant and no place ("shot their way out")
   */
  public EventArgumentStage(ContextCues cues, Lexicon timeWords, Lexicon argumentWords, Lemmatizer lemmatizer,
      Set<String> abstractNouns) {
    this.abstractNouns = Set.copyOf(abstractNouns);
    this.lemmatizer = lemmatizer;
    this.cues = cues;
    this.times = new TimeWords(timeWords, lemmatizer);
    this.words = new ArgumentWords(argumentWords, lemmatizer);
    this.instrumentMask = cues.maskOf("INSTRUMENT") | cues.maskOf("THROWN");
    this.moneyMask = cues.maskOf("MONEY");
    this.weaponMask = instrumentMask | cues.maskOf("WEAPON");
    this.vehicleMask = cues.maskOf("VEHICLE");
    this.placeMask = cues.maskOf("PLACE");
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TOKENS, Layer.SENTENCES, Layer.CORRECTED_POS, Layer.ENTITIES, Layer.MENTIONS, Layer.EVENT_TRIGGERS);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.EVENT_ARGUMENTS);
  }

  @Override
  public void apply(Document doc) {
    if (doc.events().isEmpty()) {
      return;
    }
    Phrases phrases = new Phrases(doc);
    for (EventDraft event : doc.events()) {
      if (event.triggerStart < 0 || event.type == EventType.STATEMENT) {
        continue;
      }
      doc.reportProgress(event.trigger.start());
      int sentence = doc.sentenceOf(event.triggerStart);
      find(doc, phrases, event, doc.sentenceStart(sentence), doc.sentenceEnd(sentence));
    }
    dropEventsAsAgents(doc);
    SharedArguments.share(doc, phrases);
  }

  private void find(Document doc, Phrases phrases, EventDraft event, int first, int last) {
    int start = event.triggerStart;
    int end = event.triggerEnd;
    String head = doc.lower(start);
    ArgumentRoles roles = ArgumentRoles.of(event.type, head);
    boolean noun = event.nominal;
    if (!noun) {
      boolean passive = isPassive(doc, start, first) || reducedRelative(doc, start, end, first, last);
      int to = infinitiveMarker(doc, start, first);
      Phrases.Phrase subject = to < 0 ? phrases.before(start - 1, first) : infinitiveSubject(doc, phrases, to, first);
      if (subject != null) {
        addWithCoordinated(doc, phrases, event, passive ? roles.passiveSubject() : roles.subject(), subject, first);
      }
      if (!passive && event.type == EventType.MONEY_TRANSFER) {
        moneyObjects(doc, phrases, event, end, last);
      } else if (!passive && roles.object() != null && end < last && !"ADP".equals(doc.pos(end))) {
        Phrases.Phrase object = phrases.after(end, last);
        if (object != null && !isPronounAt(doc, object) || object != null && object.entity() != null) {
          add(doc, event, roles.object(), object);
          addConjunct(doc, phrases, event, roles.object(), object, last);
        }
      }
    } else {
      nounParticipants(doc, phrases, event, roles, first);
    }
    prepositions(doc, phrases, event, roles, end, last, noun);
  }

  /**
   * The objects of a payment verb: an amount is the Money ("paid $40"), anyone else the Recipient
   * ("paid the company"), and an amount right after the recipient the Money ("sent him $5,000").
   */
  private void moneyObjects(Document doc, Phrases phrases, EventDraft event, int end, int last) {
    if (end >= last || "ADP".equals(doc.pos(end))) {
      return;
    }
    int amountEnd = amountEnd(doc, end, last);
    if (amountEnd > end) {
      add(doc, event, "Money", new Phrases.Phrase(end, amountEnd, null));
      return;
    }
    Phrases.Phrase recipient = phrases.after(end, last);
    if (recipient == null) {
      return;
    }
    if (!isPronounAt(doc, recipient) || recipient.entity() != null) {
      add(doc, event, "Recipient", recipient);
    }
    amountEnd = amountEnd(doc, recipient.end(), last);
    if (amountEnd > recipient.end()) {
      add(doc, event, "Money", new Phrases.Phrase(recipient.end(), amountEnd, null));
    }
  }

  /** The end of an amount of money starting at {@code token} ("$5,000", "2 million euros"), or {@code token}. */
  private int amountEnd(Document doc, int token, int last) {
    boolean sign = token < last && cues.has(doc.lowers(), token, moneyMask) && "SYM".equals(doc.pos(token));
    int i = sign ? token + 1 : token;
    int digits = i;
    while (i < last && "NUM".equals(doc.pos(i))) {
      i++;
    }
    if (i == digits) {
      return token;
    }
    // "2 million euros": the unit after the number belongs to the amount.
    while (i < last && i < digits + 4 && cues.has(doc.lowers(), i, moneyMask)) {
      i++;
    }
    return sign || i > digits && cues.has(doc.lowers(), i - 1, moneyMask) ? i : token;
  }

  /**
   * "an attack that killed 70 people", "the strikes destroyed": an event is the cause, not the agent
   * or attacker, of another. Linear: the trigger words are marked once.
   */
  private static void dropEventsAsAgents(Document doc) {
    boolean[] eventWord = new boolean[doc.tokenCount()];
    for (EventDraft event : doc.events()) {
      if (event.triggerStart >= 0 && event.type != EventType.STATEMENT) {
        eventWord[event.triggerEnd - 1] = true;
      }
    }
    for (EventDraft event : doc.events()) {
      event.arguments.removeIf(argument -> (argument.role.equals("Agent") || argument.role.equals("Attacker"))
          && argument.entity == null && eventWord[Math.max(0, doc.tokenContaining(argument.span.end() - 1))]);
    }
  }

  /** The "to" of an infinitive trigger ("agreed to meet", "urged him not to attack"), or -1. */
  private static int infinitiveMarker(Document doc, int trigger, int first) {
    for (int i = trigger - 1; i >= first && i >= trigger - 3; i--) {
      if (doc.lower(i).equals("to") && "PART".equals(doc.pos(i))) {
        return i;
      }
      if (!"ADV".equals(doc.pos(i))) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Who does what an infinitive names: the object of the verb before it ("urged Halas to withdraw",
   * "asked them not to attack"), else the subject of that verb or adjective ("Kostrana agreed in
   * principle to meet", "they are ready to negotiate").
   */
  private Phrases.Phrase infinitiveSubject(Document doc, Phrases phrases, int to, int first) {
    int i = to - 1;
    while (i >= first && ("ADV".equals(doc.pos(i)) || "PART".equals(doc.pos(i)))) {
      i--;
    }
    if (i < first) {
      return null;
    }
    String pos = doc.pos(i);
    if ("NOUN".equals(pos) || "PROPN".equals(pos) || "PRON".equals(pos)) {
      Phrases.Phrase object = phrases.before(i, first);
      if (object == null || object.start() <= first || !"ADP".equals(doc.pos(object.start() - 1))) {
        return object;
      }
      // "agreed in principle to meet": a prepositional phrase between the governing word and "to".
      i = object.start() - 2;
    }
    for (int j = i; j >= first && j >= to - 5; j--) {
      String governing = doc.pos(j);
      if ("VERB".equals(governing) || "ADJ".equals(governing) || "AUX".equals(governing)) {
        return phrases.before(j - 1, first);
      }
    }
    return null;
  }

  private boolean isTimeWord(Document doc, int token) {
    return times.isTimeWord(doc, token);
  }

  /** "Kim's death", "his arrest": the one it happens to; "Moscow's attack", "their visit": the one who acts. */
  private static String possessorRole(EventType type, ArgumentRoles roles) {
    return switch (type) {
      case DEATH -> "Victim";
      case ARREST -> "Person";
      default -> roles.subject();
    };
  }

  /** The "by" within a particle of {@code from} ("carried out by"), or -1. */
  private static int byAfter(Document doc, int from, int last) {
    for (int i = from; i < last && i < from + 2; i++) {
      if (doc.lower(i).equals("by")) {
        return i;
      }
      if (!"ADP".equals(doc.pos(i)) && !"ADV".equals(doc.pos(i))) {
        return -1;
      }
    }
    return -1;
  }

  private void nounParticipants(Document doc, Phrases phrases, EventDraft event, ArgumentRoles roles, int first) {
    int start = event.triggerStart;
    premodifierParticipants(doc, phrases, event, roles, first);
    int i = start - 1;
    while (i >= first && isNounPhraseModifier(doc, i)) {
      i--;
    }
    // "Moscow's readiness", "Putin's death"
    Phrases.Phrase possessor = null;
    if (i >= first && (doc.lower(i).equals("'s") || doc.lower(i).equals("'"))) {
      possessor = phrases.before(i - 1, first);
      if (possessor != null && times.isTimeNoun(doc, possessor.end() - 1)) {
        possessor = null;
      }
      i = possessor == null ? i - 1 : possessor.start() - 1;
      while (i >= first && "DET".equals(doc.pos(i))) {
        i--;
      }
    } else if (event.type == EventType.MEETING || event.type == EventType.PHONE_CALL) {
      int j = i;
      while (j >= first && ("PROPN".equals(doc.pos(j)) || "NOUN".equals(doc.pos(j)) || "ADJ".equals(doc.pos(j)))) {
        j--;
      }
      hyphenatedPair(doc, event, j + 1, start);
    }
    // "the two leaders held their sixth phone call": the subject of the governing verb.
    Phrases.Phrase subject = null;
    if (i >= first && words.is(doc.lower(i), ArgumentWords.Kind.GOVERNING) && roles.subject() != null) {
      subject = phrases.before(i - 1, first);
      if (subject != null) {
        addWithCoordinated(doc, phrases, event, roles.subject(), subject, first);
      }
    }
    // "the latter reaffirmed Moscow's readiness": the one who acts is the subject; the possessor is
    // whom the actor speaks for, an argument of its own only when no subject acts or it is the one suffering.
    String possessorRole = possessorRole(event.type, roles);
    if (possessor != null && roles.subject() != null && (subject == null || !possessorRole.equals(roles.subject()))) {
      add(doc, event, possessorRole, possessor);
    }
  }

  /**
   * "Taliban attack", "a U.S. drone strike", "the Paris attacks": a name among the words that modify
   * a noun trigger is a participant of the event, or its place when it names a location.
   */
  private void premodifierParticipants(Document doc, Phrases phrases, EventDraft event, ArgumentRoles roles, int first) {
    String placeRole = roles.prepositions().get("in");
    for (int i = event.triggerStart - 1; i >= first && event.triggerStart - i <= PREMODIFIER_REACH; i--) {
      String pos = doc.pos(i);
      EntityDraft entity = phrases.entityAt(i);
      boolean possessive = "PRON".equals(pos) && English.THIRD_PERSON_POSSESSIVES.contains(doc.lower(i));
      if (entity == null && !("ADJ".equals(pos) || "NOUN".equals(pos) || "NUM".equals(pos) || "PROPN".equals(pos))) {
        return;
      }
      if (entity == null || entity.type == null) {
        continue;
      }
      int from = phrases.mentionStart(i);
      // "the Paris attacks": a place named; "Iraqi firefights": a nationality, the country acting.
      boolean placeName = phrases.isName(i);
      String role = possessive ? possessorRole(event.type, roles)
          : entity.type == EntityType.LOCATION && !placeName ? roles.subject()
          : entity.type == EntityType.LOCATION && "Place".equals(placeRole) ? "Place"
          : entity.type == EntityType.LOCATION ? null : roles.subject();
      if (role != null) {
        addArgument(event, role, entity, doc.span(from, i + 1));
      }
      i = from;
    }
  }

  /** Whether a common noun's commonest sense is abstract ("way", "scheme", "story"). */
  private boolean isAbstract(Document doc, int token) {
    return "NOUN".equals(doc.pos(token)) && abstractNouns.contains(lemmatizer.lemma(doc.lower(token), "NOUN"));
  }

  /** "Putin-Trump summit": each capitalised part of a hyphenated modifier that names an entity of the article. */
  private void hyphenatedPair(Document doc, EventDraft event, int from, int to) {
    for (int t = from; t < to; t++) {
      String token = doc.token(t);
      if (token.indexOf('-') <= 0) {
        continue;
      }
      int offset = doc.tokenStart(t);
      int partStart = 0;
      for (String part : token.split("-")) {
        EntityDraft entity = part.isEmpty() || !Character.isUpperCase(part.charAt(0)) ? null : entityNamed(doc, part);
        if (entity != null) {
          addArgument(event, "Entity", entity, new Span(offset + partStart, offset + partStart + part.length()));
        }
        partStart += part.length() + 1;
      }
    }
  }

  private static EntityDraft entityNamed(Document doc, String word) {
    for (EntityDraft entity : doc.entities()) {
      if (entity.type == EntityType.PERSON && entity.name != null
          && (entity.name.equals(word) || entity.name.endsWith(" " + word))) {
        return entity.canonical();
      }
    }
    return null;
  }

  private void prepositions(Document doc, Phrases phrases, EventDraft event, ArgumentRoles roles, int end, int last,
      boolean noun) {
    int limit = Math.min(last, end + PREPOSITION_REACH);
    for (int i = end; i < limit; i++) {
      String pos = doc.pos(i);
      if (noun && "VERB".equals(pos)) {
        // "airstrikes targeting rebel positions": what an attack aims at.
        if (event.type == EventType.ATTACK && words.is(doc.lower(i), ArgumentWords.Kind.TARGETING)) {
          Phrases.Phrase target = phrases.after(i + 1, last);
          if (target != null) {
            add(doc, event, "Target", target);
            i = target.end() - 1;
            continue;
          }
        }
        // "an attack carried out by the rebels", "a rally organised by students": the agent follows "by".
        int by = words.is(doc.lower(i), ArgumentWords.Kind.PERPETRATED) ? byAfter(doc, i + 1, last) : -1;
        if (by < 0) {
          return;
        }
        i = by - 1;
        continue;
      }
      if ("VERB".equals(pos) || "PUNCT".equals(pos) && !doc.token(i).equals(",") || "SCONJ".equals(pos)) {
        return;
      }
      String role = roles.prepositions().get(doc.lower(i));
      if (event.type == EventType.TRANSPORT && VEHICLE_PREPOSITIONS.contains(doc.lower(i)) && "ADP".equals(pos)) {
        Phrases.Phrase vehicle = phrases.after(i + 1, last);
        if (vehicle != null && vehicle.entity() == null && cues.has(doc.lowers(), vehicle.end() - 1, vehicleMask)) {
          add(doc, event, "Vehicle", vehicle);
          i = vehicle.end() - 1;
          continue;
        }
      }
      if (role == null || !"ADP".equals(pos) && !doc.lower(i).equals("to") || !noun && doc.lower(i).equals("of")) {
        continue;
      }
      Phrases.Phrase phrase = phrases.after(i + 1, last);
      if (phrase == null) {
        continue;
      }
      if (role.equals("Place") || role.equals("Destination") || role.equals("Origin")) {
        Phrases.Phrase named = placeOfName(doc, phrases, phrase, last);
        phrase = named == null ? phrase : named;
        if (!isPlace(doc, phrase)) {
          continue;
        }
      }
      add(doc, event, role, phrase);
      Phrases.Phrase second = addConjunct(doc, phrases, event, role, phrase, last);
      i = (second == null ? phrase : second).end() - 1;
    }
  }

  /**
   * "attacks on soldiers and civilians", "between X and Y": the phrase after "and" or "or" has the
   * role of the one before it. Returns it, or null.
   */
  private Phrases.Phrase addConjunct(Document doc, Phrases phrases, EventDraft event, String role, Phrases.Phrase phrase, int last) {
    int and = phrase.end();
    if (and + 1 >= last || !doc.lower(and).equals("and") && !doc.lower(and).equals("or")) {
      return null;
    }
    Phrases.Phrase second = phrases.after(and + 1, last);
    if (second == null || (role.equals("Place") || role.equals("Destination") || role.equals("Origin")) && !isPlace(doc, second)) {
      return null;
    }
    add(doc, event, role, second);
    return second;
  }

  private void addWithCoordinated(Document doc, Phrases phrases, EventDraft event, String role, Phrases.Phrase phrase, int first) {
    add(doc, event, role, phrase);
    int before = phrase.start() - 1;
    if (before > first && doc.lower(before).equals("and")) {
      Phrases.Phrase other = phrases.before(before - 1, first);
      if (other != null) {
        add(doc, event, role, other);
      }
    }
  }

  /** "the city of Adana", "the northern town of al-Bab": a place noun names the place after its "of". */
  private Phrases.Phrase placeOfName(Document doc, Phrases phrases, Phrases.Phrase phrase, int last) {
    int of = phrase.end();
    if (phrase.entity() != null || of + 1 >= last || !doc.lower(of).equals("of")
        || !cues.has(doc.lowers(), of - 1, placeMask)) {
      return null;
    }
    Phrases.Phrase name = phrases.after(of + 1, last);
    return name != null && isPlace(doc, name) ? name : null;
  }

  private boolean isPlace(Document doc, Phrases.Phrase phrase) {
    if (phrase.entity() != null) {
      return phrase.entity().type == EntityType.LOCATION;
    }
    for (int t = phrase.start(); t < phrase.end(); t++) {
      if ("PROPN".equals(doc.pos(t))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPronounAt(Document doc, Phrases.Phrase phrase) {
    return "PRON".equals(doc.pos(phrase.start()));
  }

  private static boolean isPassive(Document doc, int start, int first) {
    for (int i = start - 1; i >= first && i >= start - 3; i--) {
      if (BE.contains(doc.lower(i))) {
        return true;
      }
      if (!"ADV".equals(doc.pos(i)) && !"PART".equals(doc.pos(i))) {
        return false;
      }
    }
    return false;
  }

  /**
   * "the hostages killed during the crisis", "men arrested in a raid": a past participle right after a
   * noun, with no object after it, is a passive whose subject is that noun. Verbs without an object
   * ("fled", "died", "clashed") have no passive and are left alone.
   */
  private boolean reducedRelative(Document doc, int start, int end, int first, int last) {
    String word = doc.lower(start);
    if (end - start != 1 || start <= first || !(word.endsWith("ed") || PARTICIPLES.contains(word))
        || words.is(word, ArgumentWords.Kind.INTRANSITIVE)) {
      return false;
    }
    String before = doc.pos(start - 1);
    if (!"NOUN".equals(before) && !"PROPN".equals(before) && !"NUM".equals(before)) {
      return false;
    }
    if (end >= last) {
      return true;
    }
    String after = doc.pos(end);
    return "ADP".equals(after) || "PUNCT".equals(after) || "SCONJ".equals(after) || "ADV".equals(after)
        || times.isTimeNoun(doc, end);
  }

  private static boolean isNounPhraseModifier(Document doc, int token) {
    String pos = doc.pos(token);
    return "ADJ".equals(pos) || "NUM".equals(pos) || "DET".equals(pos) || "NOUN".equals(pos) || "PROPN".equals(pos)
        || "PRON".equals(pos) && English.THIRD_PERSON_POSSESSIVES.contains(doc.lower(token));
  }

  private void add(Document doc, EventDraft event, String role, Phrases.Phrase phrase) {
    if (role == null) {
      return;
    }
    // "ministers Monday", "Aug. 14": times are no participants (the time stage dates the event).
    int end = phrase.end();
    while (end > phrase.start() && isTimeWord(doc, end - 1)) {
      end--;
    }
    if (end == phrase.start() || isTimeWord(doc, phrase.start()) && "NUM".equals(doc.pos(end - 1))) {
      return;
    }
    if (end < phrase.end()) {
      phrase = new Phrases.Phrase(phrase.start(), end, phrase.entity());
    }
    // "fired missiles", "a drone struck": a weapon is what the attack is done with.
    if ((event.type == EventType.ATTACK || event.type == EventType.DEATH) && phrase.entity() == null
        && cues.has(doc.lowers(), end - 1, instrumentMask)) {
      role = "Instrument";
    }
    if (event.type == EventType.TRANSPORT && phrase.entity() == null && cues.has(doc.lowers(), end - 1, vehicleMask)
        && (role.equals("Agent") || role.equals("Artifact"))) {
      role = "Vehicle";
    }
    if (phrase.entity() == null && !role.equals("Money") && isAbstract(doc, end - 1)) {
      return;
    }
    if (role.equals("Instrument") && !cues.has(doc.lowers(), end - 1, weaponMask)) {
      return;
    }
    if ("PRON".equals(doc.pos(phrase.start())) && phrase.entity() == null && phrase.end() - phrase.start() == 1) {
      return;
    }
    addArgument(event, role, phrase.entity(), doc.span(phrase.start(), phrase.end()));
  }

  private static void addArgument(EventDraft event, String role, EntityDraft entity, Span span) {
    for (ArgumentDraft argument : event.arguments) {
      if (argument.role.equals(role) && (argument.span.overlaps(span) || entity != null && argument.entity != null
          && argument.entity.canonical() == entity.canonical())) {
        return;
      }
    }
    event.arguments.add(new ArgumentDraft(role, entity, span));
  }
}
