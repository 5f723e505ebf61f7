package io.reportage.quote;

import io.reportage.pipeline.Document;
import io.reportage.pipeline.QuoteDraft;
import io.reportage.text.English;
import java.util.Set;

/**
 * What may stand between a subject and its verb, or after a speaker, set off by commas or dashes:
 * an appositive ("Hugh Hill, a doctor,"), a relative clause ("who chairs the panel"), a participle
 * clause ("speaking to reporters in Ohio") or a sentence adverb ("however").
 */
final class Asides {
  private final AttributionContext ctx;
  private final Document doc;
  private final AttributionLexicons lexicons;
  private final QuoteDraft[] quoteAt;

  Asides(AttributionContext ctx) {
    this.ctx = ctx;
    this.doc = ctx.doc();
    this.lexicons = ctx.lexicons();
    this.quoteAt = ctx.quoteAt();
  }

  /**
   * An aside between commas: an appositive, a prepositional phrase ("at a later press gaggle") or
   * a participle clause ("opening the bridge on Saturday", "asked about the budget").
   */
  boolean isAside(int from, int to) {
    // "had trouble, however, persuading ...": after a comma a participle hangs on its clause, not on the word before.
    if (isAppositive(from, to) || isParticipleAside(from, to) || isAdverbAside(from, to) && !ctx.isBareParticiple(to + 1)) {
      return true;
    }
    if (from >= to || !"ADP".equals(doc.pos(from)) || to - from > 8) {
      return false;
    }
    for (int t = from; t < to; t++) {
      String pos = doc.pos(t);
      if ("VERB".equals(pos) || "AUX".equals(pos) || quoteAt[t] != null) {
        return false;
      }
    }
    return true;
  }

  /** A sentence adverb set off by commas ("Some Democrats, however, question ..."): one or two adverbs. */
  private boolean isAdverbAside(int from, int to) {
    if (from >= to || to - from > 2) {
      return false;
    }
    for (int t = from; t < to; t++) {
      if (!"ADV".equals(doc.pos(t)) || quoteAt[t] != null) {
        return false;
      }
    }
    return true;
  }

  /** The longest participle clause read as an aside. */
  private static final int MAX_PARTICIPLE_ASIDE = 16;

  /** A participle clause with no other verb but participles and infinitives ("speaking to reporters in Ohio"). */
  private boolean isParticipleAside(int from, int to) {
    if (from >= to || to - from > MAX_PARTICIPLE_ASIDE || !"VERB".equals(doc.pos(from))) {
      return false;
    }
    String first = doc.lower(from);
    if (!first.endsWith("ing") && !first.endsWith("ed")) {
      return false;
    }
    for (int t = from + 1; t < to; t++) {
      String pos = doc.pos(t);
      String lower = doc.lower(t);
      boolean nonFinite = "VERB".equals(pos) && (lower.endsWith("ing") || lower.endsWith("ed") || doc.lower(t - 1).equals("to"));
      if (quoteAt[t] != null || "AUX".equals(pos) || "VERB".equals(pos) && !nonFinite || "SCONJ".equals(pos)) {
        return false;
      }
    }
    return true;
  }

  /** An appositive: a verbless phrase ("a doctor", "45") or a relative clause ("who chairs the panel"). */
  boolean isAppositive(int from, int to) {
    if (from >= to) {
      return false;
    }
    String first = doc.lower(from);
    if (first.equals("who") || first.equals("which") || first.equals("whose")) {
      return to - from <= MAX_RELATIVE_ASIDE;
    }
    // "Mr. Baker, then 38,", "Ortiz, now the mayor,": a time adverb may open the appositive.
    if ((first.equals("then") || first.equals("now")) && from + 1 < to) {
      return isAppositive(from + 1, to);
    }
    String firstPos = doc.pos(from);
    // "Hugh Hill, his doctor,": a possessive opens an appositive as an article does.
    if (!"DET".equals(firstPos) && !"NUM".equals(firstPos) && !English.POSSESSIVE_DETERMINERS.contains(first)
        && !"ADJ".equals(firstPos) && !"NOUN".equals(firstPos) && !"PROPN".equals(firstPos) && !lexicons.isTitle(first) && lexicons.speakerNoun(first) == null) {
      return false;
    }
    for (int t = from; t < to; t++) {
      String pos = doc.pos(t);
      String lower = doc.lower(t);
      // "the agency that oversees the program": a relative clause may end the appositive.
      if (t > from && RELATIVE_WORDS.contains(lower) && quoteAt[t] == null) {
        return to - from <= MAX_RELATIVE_ASIDE;
      }
      // "one of the states suing the EPA": a participle may modify the appositive's noun.
      boolean participle = "VERB".equals(pos) && t > from && (lower.endsWith("ing") || lower.endsWith("ed"));
      if (("VERB".equals(pos) || "AUX".equals(pos)) && !participle || quoteAt[t] != null) {
        return false;
      }
    }
    return to - from <= MAX_APPOSITIVE;
  }

  private static final Set<String> RELATIVE_WORDS = Set.of("that", "who", "which", "whose");


  /** The longest verbless appositive ("an outside adviser to the campaign ... and a professor at ..."). */
  static final int MAX_APPOSITIVE = 28;

  /** The longest aside holding a relative clause ("who has campaigned heavily for ... in February"). */
  static final int MAX_RELATIVE_ASIDE = 38;
}
