package io.reportage.event;

import io.reportage.EventType;
import io.reportage.models.Lexicon;
import io.reportage.pipeline.Document;
import io.reportage.pipeline.EventDraft;
import io.reportage.pipeline.Layer;
import io.reportage.pipeline.Stage;
import io.reportage.text.Lemmatizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reads what the text states about an event besides its participants and time:
 * <ul>
 *   <li>"ordinal": an ordinal in the trigger's noun phrase ("their sixth phone call");
 *   <li>"duration": a length of time in it ("nearly one-hour long conversation", "a two-hour meeting");
 *   <li>"topics": for meetings and calls, what was discussed: the phrases after "discussed",
 *       "talked about" or "focused on" in the trigger's sentence, the ones after "including" when
 *       the list names them ("discussed a range of issues, including A, B and C");
 *   <li>"content": for appeals and threats, what was asked or threatened ("to cease hostilities").
 * </ul>
 *
 * <p>Reads {@link Layer#EVENT_TRIGGERS} and {@link Layer#CORRECTED_POS}; provides {@link Layer#EVENT_ATTRIBUTES}.
 */
public final class EventAttributeStage implements Stage {
  private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh",
      "eighth", "ninth", "tenth", "eleventh", "twelfth");
  private static final Set<String> APPROXIMATE = Set.of("nearly", "about", "around", "almost", "some", "roughly", "over",
      "approximately");
  /** Prepositions that introduce topics after "talked" or "focused" ("talked about trade"). */
  private static final Set<String> TOPIC_PREPOSITIONS = Set.of("about", "on");
  private static final int PHRASE_REACH = 6;

  private final TimeWords times;
  private final ArgumentWords words;

  /**
   * @param timeWords the time-word lexicon, whose DURATION units measure how long an event lasts
   * @param argumentWords the event argument verbs, whose TOPIC verbs introduce a meeting's topics
   * @param lemmatizer leads the forms of the lexicons' words back to the lemmas they list
   */
  public EventAttributeStage(Lexicon timeWords, Lexicon argumentWords, Lemmatizer lemmatizer) {
    this.times = new TimeWords(timeWords, lemmatizer);
    this.words = new ArgumentWords(argumentWords, lemmatizer);
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TOKENS, Layer.SENTENCES, Layer.CORRECTED_POS, Layer.EVENT_TRIGGERS);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.EVENT_ATTRIBUTES);
  }

  @Override
  public void apply(Document doc) {
    for (EventDraft event : doc.events()) {
      if (event.triggerStart < 0 || event.type == EventType.STATEMENT) {
        continue;
      }
      int sentence = doc.sentenceOf(event.triggerStart);
      int first = doc.sentenceStart(sentence);
      int last = doc.sentenceEnd(sentence);
      modifiers(doc, event, first);
      if (event.type == EventType.MEETING || event.type == EventType.PHONE_CALL || event.type == EventType.CORRESPONDENCE) {
        List<String> topics = topics(doc, event.triggerEnd, last);
        if (!topics.isEmpty()) {
          event.attributes.put("topics", topics);
        }
      }
      if ((event.type == EventType.APPEAL || event.type == EventType.THREAT)) {
        String content = content(doc, event.triggerEnd, last);
        if (content != null) {
          event.attributes.put("content", content);
        }
      }
    }
  }

  /** Ordinal and duration among the words before the trigger in its noun phrase. */
  private void modifiers(Document doc, EventDraft event, int first) {
    int limit = Math.max(first, event.triggerStart - PHRASE_REACH);
    int durationEnd = -1;
    int durationStart = -1;
    for (int i = event.triggerStart - 1; i >= limit; i--) {
      String lower = doc.lower(i);
      String pos = doc.pos(i);
      if (ORDINALS.contains(lower) || lower.matches("\\d+(st|nd|rd|th)")) {
        event.attributes.putIfAbsent("ordinal", doc.token(i));
      }
      if (isDurationWord(lower)) {
        durationEnd = durationEnd < 0 ? i + 1 : durationEnd;
        durationStart = i;
        if (i + 1 < event.triggerStart && doc.lower(i + 1).equals("long")) {
          durationEnd = Math.max(durationEnd, i + 2);
        }
        int j = i - 1;
        while (j >= limit && ("NUM".equals(doc.pos(j)) || doc.token(j).equals("-") || APPROXIMATE.contains(doc.lower(j)))) {
          durationStart = j;
          j--;
        }
      }
      if ("VERB".equals(pos) || "PUNCT".equals(pos) && !doc.token(i).equals("-") || "ADP".equals(pos)) {
        break;
      }
    }
    if (durationStart >= 0) {
      event.attributes.putIfAbsent("duration", doc.text(durationStart, durationEnd));
    }
  }

  private boolean isDurationWord(String lower) {
    if (times.isDurationUnit(lower)) {
      return true;
    }
    int dash = lower.indexOf('-');
    if (dash > 0) {
      String unit = lower.substring(dash + 1).replace("-long", "");
      return times.isDurationUnit(unit);
    }
    return false;
  }

  /** The listed topics: after "including" when present, else after "discussed" / "talked about". */
  private List<String> topics(Document doc, int from, int last) {
    int cue = -1;
    for (int i = from; i < last; i++) {
      String lower = doc.lower(i);
      if (lower.equals("including")) {
        return list(doc, i + 1, last);
      }
      boolean preposition = TOPIC_PREPOSITIONS.contains(lower);
      if (cue < 0 && (preposition || words.is(lower, ArgumentWords.Kind.TOPIC)) && (!preposition || i > from
          && (doc.lower(i - 1).startsWith("talk") || doc.lower(i - 1).startsWith("focus")))) {
        cue = i;
      }
    }
    return cue < 0 ? List.of() : list(doc, cue + 1, last);
  }

  /** Comma- and "and"-separated phrases, without leading articles and quotation marks. */
  private static List<String> list(Document doc, int from, int last) {
    List<String> items = new ArrayList<>();
    int start = from;
    for (int i = from; i <= last; i++) {
      boolean split = i == last || doc.token(i).equals(",") || doc.lower(i).equals("and") || doc.token(i).equals(";")
          || doc.token(i).equals(".") || "VERB".equals(doc.pos(i)) || isQuoteMark(doc.norm(i));
      if (!split) {
        continue;
      }
      int s = start;
      while (s < i && ("DET".equals(doc.pos(s)) || isQuoteMark(doc.norm(s)))) {
        s++;
      }
      if (s < i) {
        items.add(doc.text(s, i));
      }
      start = i + 1;
      if (i < last && ("VERB".equals(doc.pos(i)) || doc.token(i).equals(";"))) {
        break;
      }
    }
    return items;
  }

  private static boolean isQuoteMark(String norm) {
    return norm.equals("\"") || norm.equals("'");
  }

  /** "urged Putin to cease hostilities as soon as possible": the words from "to" to the clause end. */
  private static String content(Document doc, int from, int last) {
    int to = -1;
    for (int i = from; i < last && i < from + 6; i++) {
      if (doc.lower(i).equals("to") || doc.lower(i).equals("for")) {
        to = i;
        break;
      }
    }
    if (to < 0 || to + 1 >= last) {
      return null;
    }
    int end = to + 1;
    while (end < last && !(doc.pos(end).equals("PUNCT") && !doc.token(end).equals("-")) && !doc.lower(end).equals("while")) {
      end++;
    }
    return end > to + 1 ? doc.text(to + 1, end) : null;
  }
}
