package io.reportage.quote;

import io.reportage.pipeline.EntityDraft;
import io.reportage.pipeline.MentionDraft;

/**
 * A candidate speaker: the phrase that names it and what it is. The mention and entity are those
 * already in the document when there are any; {@link SpeakerResolver#commit} adds them otherwise,
 * once an attribution is chosen, so that rejected candidates leave no trace.
 */
final class Speaker {
  /** How the source is named. */
  enum Kind {
    /** By a name: "Dmitry Peskov", "the Kremlin". */
    NAME,
    /** By a pronoun: "he", "they". */
    PRONOUN,
    /** By a description of a person, group or organization: "a senior official", "the campaign". */
    DESCRIPTION,
    /** By a document or measurement: "the poll", "a new report". */
    DOCUMENT,
    /** By some other noun phrase. */
    OTHER
  }

  final NounPhrases.Phrase phrase;
  /** The words that mention the speaker where it speaks: the phrase, or a relative pronoun standing for it ("who"). */
  NounPhrases.Phrase local;
  final Kind kind;
  MentionDraft mention;
  EntityDraft entity;
  /** The speaker this one repeats under other words ({@link #mentionedAs}), or null. */
  Speaker original;

  Speaker(NounPhrases.Phrase phrase, Kind kind, MentionDraft mention, EntityDraft entity) {
    this.phrase = phrase;
    this.local = phrase;
    this.kind = kind;
    this.mention = mention;
    this.entity = entity;
  }

  /**
   * The same speaker, mentioned where it speaks by other words ("each" in "..., each saying"); it
   * gets the mention and entity that {@link SpeakerResolver#commit} gives this one.
   */
  Speaker mentionedAs(NounPhrases.Phrase words) {
    Speaker copy = new Speaker(phrase, kind, mention, entity);
    copy.local = words;
    copy.original = original != null ? original : this;
    return copy;
  }

  @Override
  public String toString() {
    return "Speaker[" + kind + " " + phrase + " " + entity + "]";
  }
}
