package io.reportage.text;

import io.reportage.pipeline.Document;

/**
 * The word classes a noun phrase is made of, read from part-of-speech tags and {@link English}:
 * what opens a phrase ("the", "his"), what stands before its head ("new", "Kremlin", "two"), the
 * possessive ending ("'s") and the pronoun that is a phrase on its own ("they"). {@link
 * NounChunkStage} builds the noun-chunk column from them, and the readers of longer phrases (the
 * role and speaker phrases, with their names and prepositional modifiers) test tokens with the same
 * definitions, so that a chunk and a phrase never disagree on what a determiner or a pronoun is.
 * Stateless; nothing is allocated.
 */
public final class NounPhraseWords {
  private NounPhraseWords() {
  }

  /** A noun or a name, which can head a noun phrase. */
  public static boolean isNominal(String pos) {
    return "NOUN".equals(pos) || "PROPN".equals(pos);
  }

  /** A word that may stand before a head noun by its tag: an adjective, a noun or a name. */
  public static boolean isPrenominal(String pos) {
    return "ADJ".equals(pos) || isNominal(pos);
  }

  /** A word inside a chunk after its determiner: an adjective, a number, a noun or a name. */
  public static boolean isModifierOrNoun(String pos) {
    return isPrenominal(pos) || "NUM".equals(pos);
  }

  /** The possessive ending as the tokenizer splits it: "'s", or "'" after a plural ("the officials'"). */
  public static boolean isPossessiveEnding(String lower) {
    return lower.equals("'s") || lower.equals("'");
  }

  /** A possessive ending tagged as a particle, as it is after a noun ("the Kremlin 's"), not a contracted "is". */
  public static boolean isPossessiveMark(Document doc, int token) {
    return "PART".equals(doc.pos(token)) && isPossessiveEnding(doc.lower(token));
  }

  /** A pronoun that is a noun phrase on its own ("they", "him"): tagged PRON and not a possessive determiner. */
  public static boolean isStandalonePronoun(Document doc, int token) {
    return "PRON".equals(doc.pos(token)) && !English.POSSESSIVE_DETERMINERS.contains(doc.lower(token));
  }

  /** A word that opens a noun phrase: a determiner, or a possessive determiner the tagger calls a pronoun. */
  public static boolean isDeterminer(Document doc, int token) {
    String pos = doc.pos(token);
    return "DET".equals(pos) || "PRON".equals(pos) && English.POSSESSIVE_DETERMINERS.contains(doc.lower(token));
  }
}
