package io.reportage.pipeline;

import io.reportage.EventStatus;
import io.reportage.EventType;
import io.reportage.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An event while the pipeline builds it. */
public final class EventDraft {
  public EventType type;
  /** The CAMEO code; starts as the type's default. */
  public String cameo;
  /** The first words that name the event. */
  public Span trigger;
  /** The trigger's tokens {@code [triggerStart, triggerEnd)}; -1 when the event was not found at tokens. */
  public int triggerStart = -1;
  public int triggerEnd = -1;
  /**
   * Whether the trigger names the event with a noun ("the attack", "phone call") rather than a verb
   * ("attacked", "opened fire"), as the trigger stage read it (it corrects the tagger's known slips).
   */
  public boolean nominal;
  /** Whether only the word's WordNet class proposed this reading (no entry of the trigger lexicon). */
  public boolean candidate;
  /** Further places the same event is named (after within-article merging). */
  public final List<Span> otherMentions = new ArrayList<>();
  public final List<ArgumentDraft> arguments = new ArrayList<>();
  /** The time expression, or null. */
  public Span time;
  /** The date the time expression stands for, or null. */
  public LocalDate timeValue;
  /** The ISO 8601 value of the time expression (a date, week, month or year), or null. */
  public String timeIso;
  public EventStatus status = EventStatus.OCCURRED;
  /** Whether the trigger takes up an event the article told of before ("the call", a "conversation" after a call). */
  public boolean anaphoric;
  /**
   * Whether this mention says nothing of its own (no participant, place or time) and only takes up
   * an event told of before ("the attack", "such a meeting"): merging keeps it as a further mention
   * of that event, and leaves it out when there is none.
   */
  public boolean needsAntecedent;
  /** Whether a word of the text states the status (false: it is the default for a report of the past). */
  public boolean statusStated;
  public final Map<String, Object> attributes = new LinkedHashMap<>();
  /** The quote that reports the event, or null. */
  public QuoteDraft quote;
  public double confidence;

  public EventDraft(EventType type, Span trigger) {
    this.type = type;
    this.cameo = type.cameo();
    this.trigger = trigger;
  }

  @Override
  public String toString() {
    return "EventDraft[" + type + " " + trigger + " " + status + "]";
  }
}
