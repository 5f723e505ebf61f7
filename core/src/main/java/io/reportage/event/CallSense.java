package io.reportage.event;

import io.reportage.EventType;
import io.reportage.pipeline.Document;
import io.reportage.pipeline.EventDraft;
import java.util.List;
import java.util.Set;

/**
 * "call" as a telephone call. A noun reads so when a phone word stands before it ("phone call"),
 * when it is a call with, between, from or to someone, or when it takes up a phone call the
 * article has already told of ("the call"). A verb reads so when its object is a person and no
 * second noun phrase follows ("Trump called Putin on Thursday", not "called Putin a liar" nor
 * "called elections"); "called for" and "called on" are appeals, listed as phrases of their own.
 */
final class CallSense implements SenseCheck {
  private static final Set<String> NOT_PHONE_BEFORE = Set.of("so", "so-called", "wake-up", "close", "judgment", "roll",
      "curtain", "last", "port", "casting", "margin", "duty", "booty", "bugle");
  private static final Set<String> LINKS = Set.of("with", "between", "from", "to");
  private static final Set<String> PERSONAL = Set.of("him", "her", "them", "me", "us", "you", "his", "their");
  private static final Set<String> PARTICLES = Set.of("off", "up", "out", "back", "it", "itself", "themselves", "himself",
      "herself", "in", "into", "upon", "for", "on");
  private static final Set<String> QUOTATION_MARKS = Set.of("\"", "\u201c", "\u201d", "'", "\u2018", "``", "''");

  @Override
  public int check(TriggerContext context, int start, int end) {
    Document doc = context.doc();
    if (start > context.sentenceStart() && NOT_PHONE_BEFORE.contains(doc.lower(start - 1))) {
      return -1;
    }
    if (start > context.sentenceStart() && doc.lower(start - 1).equals("-")) {
      return -1;
    }
    if ("NOUN".equals(doc.pos(start)) || "PROPN".equals(doc.pos(start))) {
      return nounIsCall(context, start, end) ? end : -1;
    }
    return verbIsCall(context, start, end) ? end : -1;
  }

  private boolean nounIsCall(TriggerContext context, int start, int end) {
    Document doc = context.doc();
    if (end < context.sentenceEnd() && LINKS.contains(doc.lower(end)) && end + 1 < context.sentenceEnd()
        && isPersonLike(context, end + 1)) {
      return !doc.lower(end).equals("to") || !"VERB".equals(doc.pos(end + 1));
    }
    // "the call", "Thursday's call": a call the article has told of before.
    return hasEarlierPhoneCall(doc, doc.tokenStart(start));
  }

  private boolean verbIsCall(TriggerContext context, int start, int end) {
    Document doc = context.doc();
    // "is called", "a group called X": naming, not phoning.
    if (start > context.sentenceStart()) {
      String before = doc.pos(start - 1);
      if ("NOUN".equals(before) || isBe(doc.lower(start - 1))) {
        return false;
      }
      // "a forum, called X": a participle after a comma names what precedes it.
      if (doc.lower(start - 1).equals(",") && start - 1 > context.sentenceStart() && isNoun(doc.pos(start - 2))) {
        return false;
      }
    }
    if (end >= context.sentenceEnd() || PARTICLES.contains(doc.lower(end))) {
      return false;
    }
    int object = end;
    if (!isPersonLike(context, object)) {
      return false;
    }
    int after = object + 1;
    while (after < context.sentenceEnd() && "PROPN".equals(doc.pos(after))) {
      after++;
    }
    if (after >= context.sentenceEnd()) {
      return true;
    }
    String pos = doc.pos(after);
    String word = doc.lower(after);
    // "called Putin a liar", "called him dishonest": a second phrase names, it does not phone.
    // "called Smith's claim nonsense": the object is the possessed thing, no person.
    // "calling them "heroes"": a quotation after the object is the name given.
    return !("DET".equals(pos) || "ADJ".equals(pos) || "NOUN".equals(pos) || word.equals("as")
        || word.equals("'s") || word.equals("\u2019s") || QUOTATION_MARKS.contains(word));
  }

  private static boolean isNoun(String pos) {
    return "NOUN".equals(pos) || "PROPN".equals(pos);
  }

  private boolean isPersonLike(TriggerContext context, int token) {
    Document doc = context.doc();
    String lower = doc.lower(token);
    return PERSONAL.contains(lower) || "PROPN".equals(doc.pos(token))
        || context.index().has(token, context.cues().maskOf("PERSON"));
  }

  private static boolean isBe(String lower) {
    return lower.equals("is") || lower.equals("was") || lower.equals("are") || lower.equals("were") || lower.equals("be")
        || lower.equals("been") || lower.equals("being");
  }

  private static boolean hasEarlierPhoneCall(Document doc, int before) {
    List<EventDraft> events = doc.events();
    for (int i = events.size() - 1; i >= 0; i--) {
      EventDraft event = events.get(i);
      if (event.type == EventType.PHONE_CALL && event.trigger.start() < before) {
        return true;
      }
    }
    return false;
  }
}
