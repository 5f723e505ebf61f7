package io.reportage.event;

import io.reportage.EventStatus;
import io.reportage.models.Lexicon;
import io.reportage.pipeline.Document;
import io.reportage.pipeline.EventDraft;
import io.reportage.pipeline.Layer;
import io.reportage.pipeline.Stage;
import java.util.EnumSet;
import java.util.Set;

/**
 * Decides whether each event mention happened, is going on, planned, proposed, negated or
 * hypothetical, from the words around its trigger.
 *
 * <p>First the trigger's own clause before it is read back to a clause boundary, nearest word first
 * ("will meet", "did not attack", "plans to hold a summit"), stopping for a noun trigger at a
 * verb whose prepositional phrase holds it ("did not comment on the call"). For a noun trigger
 * with no such cue, its predicate is read: the words after the noun phrase it heads ("a meeting
 * between A and B is necessary", "such a meeting would have to be..."). A verb in the progressive
 * ("are protesting") is ongoing. With no cue the event is taken as reported,
 * {@link EventStatus#OCCURRED}, and {@link EventDraft#statusStated} stays false.
 *
 * <p>Reads the mentions ({@link Layer#EVENT_TRIGGERS}, {@link Layer#STATEMENT_EVENTS}) and
 * {@link Layer#CORRECTED_POS}; provides {@link Layer#EVENT_STATUS}.
 */
public final class EventStatusStage implements Stage {
  /** How far back in the clause a cue may stand. */
  private static final int BEFORE_REACH = 6;
  /** How far a noun phrase may run before its predicate. */
  private static final int PHRASE_REACH = 14;
  /** How far into the predicate a cue may stand. */
  private static final int PREDICATE_REACH = 4;
  private static final Set<String> BOUNDARIES = Set.of("that", "which", "who", "because", "after", "before", "when",
      "while", "but", "since", "although", "as", "where", "and", "said", "says", "according");

  private final StatusCues cues;

  public EventStatusStage(Lexicon statusCues) {
    this.cues = new StatusCues(statusCues);
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TOKENS, Layer.SENTENCES, Layer.CORRECTED_POS, Layer.EVENT_TRIGGERS, Layer.STATEMENT_EVENTS);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.EVENT_STATUS);
  }

  @Override
  public void apply(Document doc) {
    for (EventDraft event : doc.events()) {
      if (event.triggerStart < 0) {
        continue;
      }
      doc.reportProgress(event.trigger.start());
      int sentence = doc.sentenceOf(event.triggerStart);
      int first = doc.sentenceStart(sentence);
      int last = doc.sentenceEnd(sentence);
      EventStatus status = before(doc, event.triggerStart, first, event.nominal);
      if (status == null && event.nominal) {
        status = predicate(doc, event.triggerEnd, last);
      }
      if (status == null && progressive(doc, event.triggerStart, first)) {
        status = EventStatus.ONGOING;
      }
      if (status != null) {
        event.status = status;
        event.statusStated = true;
      }
    }
  }

  private EventStatus before(Document doc, int trigger, int first, boolean nounTrigger) {
    String[] lowers = doc.lowers();
    int limit = Math.max(first, trigger - BEFORE_REACH);
    boolean finiteVerb = !nounTrigger && !(trigger > first && lowers[trigger - 1].equals("to"));
    int lastVerb = -1;
    for (int i = trigger - 1; i >= limit; i--) {
      if (isBoundary(doc, i)) {
        return null;
      }
      StatusCues.Cue cue = cueAt(doc, lowers, i, trigger);
      if (cue != null && cue.before()) {
        // "migrants desperate to reach Europe died": an infinitive cue is about its own verb, not
        // about a finite verb after it.
        int cueEnd = i + cues.lengthAt(lowers, i, trigger);
        boolean otherVerb = lowers[cueEnd - 1].equals("to") && lastVerb >= cueEnd;
        return finiteVerb && otherVerb ? null : cue.status();
      }
      if (lastVerb < 0 && "VERB".equals(doc.pos(i))) {
        lastVerb = i;
      }
      if (nounTrigger && governedByOtherVerb(doc, i, first)) {
        return null;
      }
    }
    return null;
  }

  /**
   * A noun trigger inside a verb's prepositional phrase ("did not comment on the call", "did not
   * speak at the meeting"): a cue before that verb is about the verb, not about the event. A noun
   * before the preposition keeps the cue's reach ("plans for a summit").
   */
  private static boolean governedByOtherVerb(Document doc, int token, int first) {
    return token > first && "ADP".equals(doc.pos(token)) && "VERB".equals(doc.pos(token - 1));
  }

  private EventStatus predicate(Document doc, int afterTrigger, int last) {
    String[] lowers = doc.lowers();
    int i = afterTrigger;
    int phraseLimit = Math.min(last, afterTrigger + PHRASE_REACH);
    while (i < phraseLimit && continuesPhrase(doc, i)) {
      i++;
    }
    int limit = Math.min(last, i + PREDICATE_REACH);
    for (int j = i; j < limit; j++) {
      if (j > i && isBoundary(doc, j)) {
        return null;
      }
      StatusCues.Cue cue = cueAt(doc, lowers, j, last);
      if (cue != null && cue.after()) {
        return cue.status();
      }
    }
    return null;
  }

  /**
   * The cue at a token, unless the tagger reads the token as a name: "May" in a caption's closing
   * date ("in Abuja, May 3, 2024") is the month, not the modal.
   */
  private StatusCues.Cue cueAt(Document doc, String[] lowers, int token, int limit) {
    return "PROPN".equals(doc.pos(token)) ? null : cues.at(lowers, token, limit);
  }

  /** "are protesting", "is fleeing". */
  private static boolean progressive(Document doc, int trigger, int first) {
    if (trigger - 1 < first || !doc.lower(trigger).endsWith("ing") || !"VERB".equals(doc.pos(trigger))) {
      return false;
    }
    String before = doc.lower(trigger - 1);
    return before.equals("is") || before.equals("are") || before.equals("am") || before.equals("'re");
  }

  private static boolean continuesPhrase(Document doc, int token) {
    String pos = doc.pos(token);
    return switch (pos) {
      case "ADP", "DET", "PROPN", "NOUN", "ADJ", "CCONJ", "NUM", "PRON", "PART" -> !doc.lower(token).equals("that");
      case "PUNCT" -> doc.token(token).equals("-");
      default -> false;
    };
  }

  private static boolean isBoundary(Document doc, int token) {
    String pos = doc.pos(token);
    if ("PUNCT".equals(pos)) {
      String t = doc.token(token);
      return !(t.equals("-") || t.equals("'") || t.equals("\u2019"));
    }
    return "SCONJ".equals(pos) || BOUNDARIES.contains(doc.lower(token));
  }
}
