package io.reportage.event;

import io.reportage.MentionKind;
import io.reportage.pipeline.Document;
import io.reportage.pipeline.EntityDraft;
import io.reportage.pipeline.MentionDraft;

/**
 * Noun phrases around a trigger, found from part-of-speech tags alone, and the entity mention each
 * one holds. Per document: built once with an index from tokens to the mentions covering them.
 */
final class Phrases {
  /** A phrase: tokens {@code [start, end)} and the entity it names, or null. */
  record Phrase(int start, int end, EntityDraft entity) {
  }

  private final Document doc;
  private final MentionDraft[] mentionAt;

  Phrases(Document doc) {
    this.doc = doc;
    this.mentionAt = new MentionDraft[doc.tokenCount()];
    for (MentionDraft mention : doc.mentions()) {
      for (int i = mention.tokenStart; i < mention.tokenEnd && i < mentionAt.length; i++) {
        MentionDraft held = mentionAt[i];
        if (held == null || held.tokenEnd - held.tokenStart < mention.tokenEnd - mention.tokenStart) {
          mentionAt[i] = mention;
        }
      }
    }
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
    while (end < limit && (isNominal(end) || mentionAt[end] != null)) {
      if (mentionAt[end] != null) {
        last = mentionAt[end];
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
    }
    if (i < limit || !isHead(i)) {
      return null;
    }
    MentionDraft mention = mentionAt[i];
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
    MentionDraft mention = mentionAt[token];
    return mention == null ? token : mention.tokenStart;
  }

  /** Whether a name mention covers this token ("Paris"; not the nationality "Syrian", a nominal one). */
  boolean isName(int token) {
    return mentionAt[token] != null && mentionAt[token].kind == MentionKind.NAME;
  }

  /** The entity of a mention at this token, or null. */
  EntityDraft entityAt(int token) {
    MentionDraft mention = mentionAt[token];
    return mention == null ? null : entity(mention);
  }

  private static EntityDraft entity(MentionDraft mention) {
    return mention.entity == null ? null : mention.entity.canonical();
  }

  private boolean isModifier(int token) {
    String pos = doc.pos(token);
    return ("DET".equals(pos) || "ADJ".equals(pos) || "NUM".equals(pos) || "PRON".equals(pos) && isPossessive(token))
        && mentionAt[token] == null;
  }

  private boolean isPossessive(int token) {
    String lower = doc.lower(token);
    return lower.equals("his") || lower.equals("her") || lower.equals("their") || lower.equals("its") || lower.equals("our")
        || lower.equals("my") || lower.equals("your");
  }

  private boolean isHead(int token) {
    String pos = doc.pos(token);
    return "NOUN".equals(pos) || "PROPN".equals(pos) || "PRON".equals(pos) && !isPossessive(token) || mentionAt[token] != null;
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
