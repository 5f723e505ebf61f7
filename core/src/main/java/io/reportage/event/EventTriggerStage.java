package io.reportage.event;

import io.reportage.EventType;
import io.reportage.models.Lexicon;
import io.reportage.pipeline.Document;
import io.reportage.pipeline.EventDraft;
import io.reportage.pipeline.Layer;
import io.reportage.pipeline.Stage;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the words that name events and makes an {@link EventDraft} for each: one draft per
 * mention, in text order (merging mentions of one event comes later).
 *
 * <p>Each sentence is scanned with the trigger lexicon (longest phrase first). A phrase's readings
 * are tried in order; the first whose part of speech, window conditions and sense check hold gives
 * the event type and CAMEO code. A noun directly followed by another noun modifies it and names no
 * event ("war crimes", "meeting room"). A word that names a meeting or a call without saying which
 * ("conversation") takes the type from a phone or face-to-face cue in its sentence, or from the
 * contact event the article told of last; with neither, it yields nothing.
 *
 * <p>Reads {@link Layer#CORRECTED_POS} and the names and mentions (as cue classes PERSON, ORGANIZATION,
 * LOCATION); provides {@link Layer#EVENT_TRIGGERS}.
 */
public final class EventTriggerStage implements Stage {
  /** How many paragraphs back a contact event may be taken up by a word like "conversation". */
  private static final int CONTACT_REACH_PARAGRAPHS = 3;

  private final ContextCues cues;
  private final SenseChecks senses;
  private final TriggerLexicon triggers;
  private final long timeNounMask;
  private final long phoneMask;
  private final long faceMask;
  private final long bodyOrPlaceMask;

  /**
   * @param triggers the trigger lexicon ({@code event-triggers.txt} or an extension of it)
   * @param contextCues the cue classes of the context-cue lexicon ({@code event-context-cues.txt})
   */
  public EventTriggerStage(Lexicon triggers, ContextCues contextCues) {
    this.cues = contextCues;
    this.senses = new SenseChecks(cues);
    this.triggers = new TriggerLexicon(triggers, cues, senses.names());
    this.timeNounMask = cues.maskOf("TIME_NOUN");
    this.phoneMask = cues.maskOf("PHONE");
    this.faceMask = cues.maskOf("FACE");
    this.bodyOrPlaceMask = cues.maskOf("ORGANIZATION") | cues.maskOf("LOCATION");
  }

  ContextCues cues() {
    return cues;
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TOKENS, Layer.SENTENCES, Layer.CORRECTED_POS, Layer.NAMES, Layer.ENTITIES, Layer.MENTIONS);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.EVENT_TRIGGERS);
  }

  @Override
  public void apply(Document doc) {
    ContextIndex index = ContextIndex.build(doc, cues);
    String[] lowers = doc.lowers();
    for (int s = 0; s < doc.sentenceCount(); s++) {
      int first = doc.sentenceStart(s);
      int last = doc.sentenceEnd(s);
      doc.reportProgress(doc.tokenStart(first));
      TriggerContext context = new TriggerContext(doc, cues, index, first, last);
      boolean titleCase = TitleCase.isTitleCase(doc, first, last);
      int i = first;
      while (i < last) {
        int longest = triggers.longestMatch(lowers, i, last);
        int consumed = 0;
        for (int length = longest; length >= 1 && consumed == 0; length--) {
          List<TriggerReading> readings = triggers.readings(lowers, i, length);
          if (readings != null) {
            consumed = read(context, readings, i, i + length, titleCase);
          }
        }
        i += Math.max(1, consumed);
      }
    }
  }

  /**
   * "Quicken Loans Arena", "the Quaker Meeting House": a word inside the name of a place or body,
   * before its last word, names that place or body, no event. Headlines are left out: in title case
   * the name finder runs names into the words around them.
   */
  private boolean insideName(TriggerContext context, int start, int end) {
    ContextIndex index = context.index();
    return end < context.sentenceEnd() && index.has(start, bodyOrPlaceMask) && index.has(end - 1, bodyOrPlaceMask)
        && index.has(end, bodyOrPlaceMask);
  }

  /** Tries the readings in order; makes the events of the first that holds. Returns the tokens used, 0 for none. */
  private int read(TriggerContext context, List<TriggerReading> readings, int start, int end, boolean titleCase) {
    Document doc = context.doc();
    if (!titleCase && insideName(context, start, end)) {
      return 0;
    }
    for (TriggerReading reading : readings) {
      if (end - start == 1 && !posAllowed(reading.posMask(), context, start, titleCase)) {
        continue;
      }
      if (!reading.conditionsHold(context, start, end)) {
        continue;
      }
      if (end - start == 1 && modifiesNoun(context, start, titleCase) && !SenseChecks.COMPOUND.equals(reading.sense())) {
        continue;
      }
      int triggerEnd = end;
      if (reading.sense() != null) {
        triggerEnd = senses.get(reading.sense()).check(context, start, end);
        if (triggerEnd < 0) {
          continue;
        }
      }
      List<EventType> types = reading.types();
      double confidence = reading.confidence();
      boolean anaphoric = false;
      if (reading.contact()) {
        EventType type = contactType(context, start, end);
        if (type == null) {
          continue;
        }
        types = List.of(type);
        anaphoric = !sentenceHas(context, start, end, phoneMask | faceMask);
      }
      boolean nominal = isNominal(context, reading, start, end);
      for (EventType type : types) {
        EventDraft draft = new EventDraft(type, doc.span(start, triggerEnd));
        draft.triggerStart = start;
        draft.triggerEnd = triggerEnd;
        draft.nominal = nominal;
        if (reading.cameo() != null) {
          draft.cameo = reading.cameo();
        }
        draft.confidence = confidence;
        draft.anaphoric = anaphoric;
        doc.events().add(draft);
      }
      return end - start;
    }
    return 0;
  }

  private static boolean posAllowed(int mask, TriggerContext context, int token, boolean titleCase) {
    if (mask == 0) {
      return true;
    }
    Document doc = context.doc();
    String pos = doc.pos(token);
    if ((mask & TriggerLexicon.POS_VERB) != 0
        && doc.isVerbalNoun(token)) {
      return true;
    }
    int bit = switch (pos) {
      case "NOUN" -> TriggerLexicon.POS_NOUN;
      case "VERB", "AUX" -> TriggerLexicon.POS_VERB;
      case "ADJ" -> TriggerLexicon.POS_ADJ;
      case "PROPN" -> titleCase ? TriggerLexicon.POS_NOUN | TriggerLexicon.POS_VERB | TriggerLexicon.POS_ADJ
          : TriggerLexicon.POS_PROPN;
      default -> 0;
    };
    return (mask & bit) != 0;
  }

  /**
   * A single word tagged as a noun and not corrected to a verb; a phrase that opens with a noun
   * ("phone call", "readiness to negotiate") or is an adjective and a noun ("chemical attack").
   */
  private static boolean isNominal(TriggerContext context, TriggerReading reading, int start, int end) {
    Document doc = context.doc();
    String pos = doc.pos(start);
    if (end - start > 1) {
      if ("NOUN".equals(pos) || "PROPN".equals(pos)) {
        return true;
      }
      for (int i = start; i < end; i++) {
        if ("VERB".equals(doc.pos(i)) || "AUX".equals(doc.pos(i))) {
          return false;
        }
      }
      String last = doc.pos(end - 1);
      return "ADJ".equals(pos) && ("NOUN".equals(last) || "PROPN".equals(last));
    }
    if ("PROPN".equals(pos)) {
      return true;
    }
    return "NOUN".equals(pos) && !((reading.posMask() == 0 || (reading.posMask() & TriggerLexicon.POS_VERB) != 0)
        && doc.isVerbalNoun(start));
  }

  /** A common noun directly followed by another common noun is its modifier: "war crimes", "meeting room". */
  private boolean modifiesNoun(TriggerContext context, int token, boolean titleCase) {
    Document doc = context.doc();
    int next = token + 1;
    if (titleCase || next >= context.sentenceEnd() || !"NOUN".equals(doc.pos(token))) {
      return false;
    }
    return "NOUN".equals(doc.pos(next)) && !context.index().has(next, timeNounMask)
        && Character.isLetter(doc.token(next).charAt(0));
  }

  private static boolean sentenceHas(TriggerContext context, int start, int end, long mask) {
    for (int i = context.sentenceStart(); i < context.sentenceEnd(); i++) {
      if ((i < start || i >= end) && context.index().has(i, mask)) {
        return true;
      }
    }
    return false;
  }

  /** Meeting or phone call for a word that does not say which; null when the context does not tell. */
  private EventType contactType(TriggerContext context, int start, int end) {
    Document doc = context.doc();
    for (int i = context.sentenceStart(); i < context.sentenceEnd(); i++) {
      if (i >= start && i < end) {
        continue;
      }
      if (context.index().has(i, phoneMask)) {
        return EventType.PHONE_CALL;
      }
      if (context.index().has(i, faceMask)) {
        return EventType.MEETING;
      }
    }
    int paragraph = doc.paragraphOf(start);
    List<EventDraft> events = doc.events();
    for (int e = events.size() - 1; e >= 0; e--) {
      EventDraft event = events.get(e);
      if (event.triggerStart < 0 || doc.paragraphOf(event.triggerStart) < paragraph - CONTACT_REACH_PARAGRAPHS) {
        break;
      }
      if (event.type == EventType.MEETING || event.type == EventType.PHONE_CALL) {
        return event.type;
      }
    }
    return null;
  }
}
