package io.reportage.quote;

import io.reportage.pipeline.Document;
import io.reportage.pipeline.QuoteDraft;
import io.reportage.text.English;

/**
 * Where content begins and ends inside a sentence: the end of a clause (at a subordinate clause's
 * comma, or the sentence end without its final punctuation), the end of a relative clause, the
 * start of content before attribution words, and whether an opening phrase only sets the scene.
 */
final class ClauseBounds {
  private final AttributionContext ctx;
  private final Document doc;
  private final SpeakerResolver resolver;
  private final QuoteDraft[] quoteAt;

  ClauseBounds(AttributionContext ctx) {
    this.ctx = ctx;
    this.doc = ctx.doc();
    this.resolver = ctx.resolver();
    this.quoteAt = ctx.quoteAt();
  }

  /** Where content that starts at {@code from} ends: the sentence end without its final period. */
  int clauseEnd(int from, int end, int attributionStart) {
    return trimEnd(from, subordinateClauseEnd(attributionStart, from, end));
  }

  /**
   * Content said in a subordinate clause ends with that clause: "So when Patriot signaled that it
   * would make a deal, Mr. Barrett said ...", "..., but before city officials had weighed in with any
   * explanation, Trump said ..." — the clause closes at the comma before the main clause's subject
   * and verb. The clause is subordinate when a subordinator stands just before its attribution
   * words, or opens the sentence.
   */
  private int subordinateClauseEnd(int attributionStart, int from, int end) {
    int sentenceStart = doc.sentenceStart(doc.sentenceOf(attributionStart));
    boolean subordinate = false;
    for (int k = sentenceStart; k < attributionStart && k < sentenceStart + 3; k++) {
      subordinate |= English.SUBORDINATORS.contains(doc.lower(k)) && quoteAt[k] == null;
    }
    // Right before a speaker and its cue, "after" or "before" joins a clause whatever the tagger
    // called it (it often reads them as prepositions).
    for (int k = Math.max(sentenceStart, attributionStart - 2); k < attributionStart; k++) {
      subordinate |= English.SUBORDINATORS.contains(doc.lower(k)) && quoteAt[k] == null && ctx.noCommaBetween(k, attributionStart);
    }
    // "In a statement announcing the pick, the union called ...": a cue in an opening prepositional
    // phrase says nothing past the phrase's comma.
    subordinate |= "ADP".equals(doc.pos(sentenceStart)) && ctx.noCommaBetween(sentenceStart, attributionStart);
    if (!subordinate) {
      return end;
    }
    for (int k = from; k < end; k++) {
      if (quoteAt[k] == null && doc.norm(k).equals(",") && k + 1 < end && startsClause(k + 1, end, false)) {
        return k;
      }
    }
    return end;
  }

  /** Whether the words from {@code t} start a clause: a subject followed by a verb within a few words. */
  boolean startsClause(int t, int end, boolean loose) {
    if (quoteAt[t] != null) {
      return true;
    }
    String pos = doc.pos(t);
    if (!"DET".equals(pos) && !"PRON".equals(pos) && !"PROPN".equals(pos) && !"NOUN".equals(pos) && !"NUM".equals(pos)
        && !"ADJ".equals(pos) && resolver.nameAt(t) == null) {
      return false;
    }
    if (loose) {
      return ctx.clauseFollows(t + 1, end);
    }
    for (int k = t + 1; k < end && k < t + 10; k++) {
      String p = doc.pos(k);
      if ("VERB".equals(p) || "AUX".equals(p)) {
        return true;
      }
      boolean mark = quoteAt[k] != null && (quoteAt[k].tokenStart == k || quoteAt[k].tokenEnd == k + 1);
      if ("PUNCT".equals(p) && !doc.lower(k).equals("'s") && !mark || "SCONJ".equals(p)) {
        return false;
      }
    }
    return false;
  }

  /** The end of content before {@code limit}, without a final period or comma (closing quote marks stay). */
  int trimEnd(int from, int limit) {
    int end = limit;
    while (end > from) {
      String norm = doc.norm(end - 1);
      if ((norm.equals(".") || norm.equals(",") || norm.equals(";") || norm.equals(":") || norm.equals("\u2014")
          || norm.equals("--") || norm.equals("-")) && quoteAt[end - 1] == null) {
        end--;
      } else {
        break;
      }
    }
    return end;
  }

  /** Content that ends at the comma, dash or closing mark {@code mark} before the attribution words. */
  int contentEndBefore(int mark) {
    return quoteAt[mark] != null ? mark + 1 : trimEnd(0, mark + 1);
  }

  /** Where content before an attribution starts: the sentence start, after an introductory "But" or "And". */
  int contentStartBefore(int start, int mark) {
    int t = start;
    String first = doc.lower(t);
    if (t < mark && quoteAt[t] == null && (first.equals("but") || first.equals("and") || first.equals("so")
        || first.equals("yet") || first.equals("or"))) {
      t++;
    }
    return t;
  }

  /**
   * Content said in a relative clause ends with the clause: "Clinton, who has called for higher
   * taxes, attacked the plan" — at the last comma after which a verb goes on (adverbs may come
   * first), the main clause's; an earlier one may close a participle inside the content ("who said
   * the bridge, built in 1950, was unsafe, voted ..."). Returns {@code to} when no such comma comes.
   */
  int relativeClauseEnd(int from, int to, boolean dashOpened) {
    int closing = closingMark(from, to, dashOpened);
    if (closing >= 0) {
      return trimEnd(from, closing);
    }
    for (int k = to - 2; k > from; k--) {
      if (quoteAt[k] != null || !doc.norm(k).equals(",")) {
        continue;
      }
      int verb = k + 1;
      while (verb < to && verb - k <= 3 && "ADV".equals(doc.pos(verb)) && quoteAt[verb] == null) {
        verb++;
      }
      if (ctx.startsVerb(verb, to) && !ctx.isBareParticiple(verb)) {
        return trimEnd(from, k);
      }
    }
    return to;
  }

  /**
   * A closing parenthesis not opened within [from, to), or a dash when a dash opened the clause:
   * "Mark Jones (who backs the mayor) spoke", "Jones -- who backs the mayor -- spoke" — a relative
   * clause set off by parentheses or dashes ends at the closing one. Returns -1 when none.
   */
  private int closingMark(int from, int to, boolean dashOpened) {
    int depth = 0;
    for (int k = from; k < to; k++) {
      if (quoteAt[k] != null) {
        continue;
      }
      String norm = doc.norm(k);
      if (dashOpened && depth == 0 && ctx.isDash(k) && !norm.equals("-")) {
        return k;
      }
      if (norm.equals("(")) {
        depth++;
      } else if (norm.equals(")")) {
        if (depth == 0) {
          return k;
        }
        depth--;
      }
    }
    return -1;
  }

  /**
   * Whether the words from the sentence start up to {@code comma} are a fronted prepositional phrase
   * ("In the debate on Saturday, Sanders apologized to ...", "Since the election, donors have
   * rallied behind ..."): it sets the scene and says nothing, so it is never the content of the
   * attribution after it. A clause with a verb of its own may be ("If elected, I will act, he said").
   */
  boolean frontedPhrase(int start, int comma) {
    int first = contentStartBefore(start, comma);
    if (first >= comma || !"ADP".equals(doc.pos(first)) || quoteAt[first] != null) {
      return false;
    }
    for (int k = first + 1; k < comma; k++) {
      String pos = doc.pos(k);
      if (quoteAt[k] != null || "AUX".equals(pos) || "PUNCT".equals(pos)
          || "VERB".equals(pos) && !doc.lower(k).endsWith("ing")) {
        return false;
      }
    }
    return true;
  }

  /** Whether only a conjunction or an adverb precedes {@code t} in the sentence ("But according to ..."). */
  boolean onlyIntroBefore(int start, int t) {
    if (t - start > 2) {
      return false;
    }
    for (int k = start; k < t; k++) {
      String pos = doc.pos(k);
      if (!"CCONJ".equals(pos) && !"ADV".equals(pos) && !doc.norm(k).equals(",")) {
        return false;
      }
    }
    return true;
  }
}
