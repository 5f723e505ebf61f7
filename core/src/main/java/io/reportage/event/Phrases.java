package io.reportage.event;

import io.reportage.MentionKind;
import io.reportage.pipeline.Document;
import io.reportage.pipeline.EntityDraft;
import io.reportage.pipeline.MentionDraft;
import io.reportage.text.English;

/**
 * Noun phrases around a trigger, found from part-of-speech tags alone, and the entity mention each
 * one holds ({@link Document#mentionAt(int)}). A phrase here starts where the reading starts, not
 * where the noun chunk starts: an argument takes the words after a preposition and before a verb,
 * with the whole of any mention it reaches.
 */
final class Phrases {
  /** A phrase: tokens {@code [start, end)} and the entity it names, or null. */
  record Phrase(int start, int end, EntityDraft entity) {
  }

  private final Document doc;

  Phrases(Document doc) {
    this.doc = doc;
  }

  /** The phrase that starts at or after {@code from} (skipping determiners and modifiers), or null. */
  Phrase after(int from, int limit) {
    int i = from;
    while (i < limit && isModifier(i)) {
      i++;
    }
    if (i >= limit || !isHead(i)) {
      return null;
    }
    // The head of an English noun phrase is its last word: "his US counterpart Donald Trump" is Trump.
    int end = i;
    MentionDraft last = null;
    while (end < limit && (isNominal(end) || doc.mentionAt(end) != null)) {
      if (doc.mentionAt(end) != null) {
        last = doc.mentionAt(end);
        end = Math.max(end + 1, last.tokenEnd);
      } else {
        end++;
      }
    }
    end = Math.max(end, i + 1);
    if (last != null && last.tokenEnd >= end - 1) {
      return new Phrase(Math.min(i, last.tokenStart), Math.max(end, last.tokenEnd), entity(last));
    }
    return new Phrase(i, end, null);
  }

  /** The phrase that ends at or before {@code from} going left, skipping auxiliaries and adverbs, or null. */
  Phrase before(int from, int limit) {
    int i = from;
    int skipped = 0;
    while (i >= limit && skipped < 4 && isSkippableBeforeVerb(i)) {
      i--;
      skipped++;
    }
    if (i >= limit && (doc.lower(i).equals("who") || doc.lower(i).equals("which") || doc.lower(i).equals("that"))) {
      i--;
      // "Marques, who died": the comma of a non-restrictive relative clause.
      if (i > limit && doc.token(i).equals(",") && doc.lower(i + 1).equals("who")) {
        i--;
      }
    }
    if (i < limit || !isHead(i)) {
      return null;
    }
    MentionDraft mention = doc.mentionAt(i);
    if (mention != null) {
      return new Phrase(mention.tokenStart, mention.tokenEnd, entity(mention));
    }
    int start = i;
    while (start - 1 >= limit && isNominal(start - 1)) {
      start--;
    }
    return new Phrase(start, i + 1, null);
  }

  /** The first token of the mention at this token, or the token itself when none covers it. */
  int mentionStart(int token) {
    MentionDraft mention = doc.mentionAt(token);
    return mention == null ? token : mention.tokenStart;
  }

  /** Whether a name mention covers this token ("Paris"; not the nationality "Syrian", a nominal one). */
  boolean isName(int token) {
    return doc.mentionAt(token) != null && doc.mentionAt(token).kind == MentionKind.NAME;
  }

  /** The entity of a mention at this token, or null. */
  EntityDraft entityAt(int token) {
    MentionDraft mention = doc.mentionAt(token);
    return mention == null ? null : entity(mention);
  }

  private static EntityDraft entity(MentionDraft mention) {
    return mention.entity == null ? null : mention.entity.canonical();
  }

  private boolean isModifier(int token) {
    String pos = doc.pos(token);
    return ("DET".equals(pos) || "ADJ".equals(pos) || "NUM".equals(pos) || "PRON".equals(pos) && isPossessive(token))
        && doc.mentionAt(token) == null;
  }

  private boolean isPossessive(int token) {
    return English.POSSESSIVE_DETERMINERS.contains(doc.lower(token));
  }

  private boolean isHead(int token) {
    String pos = doc.pos(token);
    return "NOUN".equals(pos) || "PROPN".equals(pos) || "PRON".equals(pos) && !isPossessive(token) || doc.mentionAt(token) != null;
  }

  private boolean isNominal(int token) {
    String pos = doc.pos(token);
    return "NOUN".equals(pos) || "PROPN".equals(pos) || "ADJ".equals(pos) || "NUM".equals(pos);
  }

  private boolean isSkippableBeforeVerb(int token) {
    String pos = doc.pos(token);
    return "AUX".equals(pos) || "ADV".equals(pos) || "PART".equals(pos);
  }
}
