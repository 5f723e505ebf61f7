package io.reportage.event;

import io.reportage.pipeline.Document;
import java.util.Set;

/**
 * Where the part-of-speech tagger is known to read an event verb as a noun, and the words around
 * say it is a verb. News captions and headlines put present-tense verbs right after a plural
 * subject ("Police detain a protester", "Demonstrators march in Caracas"), and a participle after
 * "was" is easily taken for a noun ("was shot by"). A trigger word that the tagger calls a noun is
 * read as a verb when:
 * <ul>
 *   <li>a form of "be" or "have", or a modal, stands right before it ("were shot", "had ambushed");
 *   <li>it ends in "-ed" (participles; nouns ending so are rare among event words);
 *   <li>a noun, name or personal pronoun stands before it and a determiner, number, name or
 *       personal pronoun after it, the shape of subject, verb and object ("Police detain a protester").
 * </ul>
 */
final class TaggerCorrection {
  private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "be", "been", "being", "has", "have",
      "had", "will", "would", "could", "can", "may", "might", "must", "should", "to", "get", "got");
  private static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "we", "you", "they", "he", "she", "it", "who");
  private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them", "us", "me", "it");

  private TaggerCorrection() {
  }

  /** Whether the token, tagged as a common noun, reads as a verb in its sentence {@code [first, last)}. */
  static boolean nounReadsAsVerb(Document doc, int token, int first, int last) {
    if (!"NOUN".equals(doc.pos(token))) {
      return false;
    }
    String word = doc.lower(token);
    if (token > first && AUXILIARIES.contains(doc.lower(token - 1))) {
      return true;
    }
    if (word.endsWith("ed") && word.length() > 4) {
      return true;
    }
    if (token <= first || token + 1 >= last) {
      return false;
    }
    String before = doc.pos(token - 1);
    boolean subject = "NOUN".equals(before) || "PROPN".equals(before) || SUBJECT_PRONOUNS.contains(doc.lower(token - 1));
    String after = doc.pos(token + 1);
    boolean object = "DET".equals(after) || "NUM".equals(after) || "PROPN".equals(after)
        || OBJECT_PRONOUNS.contains(doc.lower(token + 1));
    return subject && object;
  }
}
