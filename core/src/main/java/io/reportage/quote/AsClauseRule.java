package io.reportage.quote;

import io.reportage.pipeline.Document;
import io.reportage.pipeline.QuoteDraft;
import io.reportage.text.English;

/**
 * The {@code as-clause} rule: an attribution in an "as" clause reports the main clause ("As many
 * experts have pointed out, ...", "... had a gun, as police have said.", "Ortiz, as she said on
 * Monday, wants a recount.").
 */
final class AsClauseRule {
  private final AttributionContext ctx;
  private final ClauseBounds bounds;
  private final CueExtent extent;
  private final Document doc;
  private final NounPhrases phrases;
  private final QuoteDraft[] quoteAt;

  AsClauseRule(AttributionContext ctx, ClauseBounds bounds, CueExtent extent) {
    this.ctx = ctx;
    this.bounds = bounds;
    this.extent = extent;
    this.doc = ctx.doc();
    this.phrases = ctx.phrases();
    this.quoteAt = ctx.quoteAt();
  }

  /** How far an opening "As X said" clause may run before its comma ("As Ortiz told the Daily News last week,"). */
  private static final int MAX_AS_CLAUSE = 15;

  /**
   * An attribution in an "as" clause reports the main clause: "As many experts have pointed out,
   * Trump is free to ...", "... had a gun, as police have said.", "Ortiz, as she said on Monday,
   * wants a recount." Sets the content of {@code frame} and returns true when "as" stands right
   * before its speaker, opening the sentence or after a comma. Only cues that carry what is said
   * count: "As he spoke, the crowd cheered" tells when, not what.
   */
  boolean asClause(Frame frame, int cueEnd, int start, int end) {
    int as = frame.attributionStart() - 1;
    CueClass cueClass = frame.cue.cueClass();
    if (as < start || quoteAt[as] != null || !doc.lower(as).equals("as") || cueClass == CueClass.LEARNED
        || cueClass == CueClass.EVALUATE) {
      return false;
    }
    if (as == start || bounds.onlyIntroBefore(start, as)) {
      int content = contentAfterAsClause(cueEnd, end);
      if (content < 0) {
        return false;
      }
      frame.contentStart = content;
      frame.contentEnd = bounds.clauseEnd(content, end, frame.attributionStart());
      frame.rule = AttributionRule.AS_CLAUSE;
      return frame.hasContent();
    }
    if (!doc.norm(as - 1).equals(",") || as - 1 <= start) {
      return false;
    }
    int close = asideEnd(extent.skipAdjuncts(extent.skipAddressee(frame.cue, cueEnd, end), end), end);
    if (close >= end || ctx.onlyPunctuation(close, end)) {
      frame.contentStart = bounds.contentStartBefore(start, as - 1);
      frame.contentEnd = bounds.contentEndBefore(as - 1);
    } else if (doc.norm(close).equals(",") && quoteAt[close] == null && !nounBefore(start, as - 1)) {
      // "If, as I have argued, the plan fails, ...": after a mere opening word the content follows the aside.
      frame.contentStart = close + 1;
      frame.contentEnd = bounds.clauseEnd(close + 1, end, frame.attributionStart());
    } else if (doc.norm(close).equals(",") && quoteAt[close] == null) {
      // "Ortiz, as she said on Monday, wants a recount": the sentence around the aside is the content.
      frame.contentStart = bounds.contentStartBefore(start, as - 1);
      frame.contentEnd = bounds.trimEnd(start, end);
    } else {
      return false;
    }
    frame.rule = AttributionRule.AS_CLAUSE;
    return frame.hasContent();
  }

  /** Whether a noun or pronoun stands in {@code [from, to)}; a subordinator the tagger misread ("If/NOUN") is none. */
  private boolean nounBefore(int from, int to) {
    for (int k = from; k < to; k++) {
      if ((phrases.isNounLike(k) || phrases.isPronoun(k)) && !English.SUBORDINATORS.contains(doc.lower(k))) {
        return true;
      }
    }
    return false;
  }

  /** The longest trailing phrase of a cue inside an aside ("many times", "in a speech to donors"). */
  private static final int MAX_ASIDE_TAIL = 8;

  /** The comma or sentence end after a verbless phrase from {@code t} ("many times,"); {@code t} when a verb or quote comes first. */
  private int asideEnd(int t, int end) {
    for (int k = t; k < end && k - t <= MAX_ASIDE_TAIL; k++) {
      if (quoteAt[k] != null || ctx.startsVerb(k, end)) {
        return t;
      }
      if (doc.norm(k).equals(",") || ctx.onlyPunctuation(k, end)) {
        return k;
      }
    }
    return t;
  }

  /**
   * Where the main clause after an opening "As X said" clause starts: after the comma or colon that
   * closes it, or at a quotation opening right after the cue's words; -1 when a verb comes first
   * (the clause has content of its own).
   */
  private int contentAfterAsClause(int cueEnd, int end) {
    for (int k = cueEnd; k + 1 < end && k - cueEnd < MAX_AS_CLAUSE; k++) {
      if (ctx.opensQuote(k)) {
        return k;
      }
      String norm = doc.norm(k);
      if (quoteAt[k] == null && (norm.equals(",") || norm.equals(":"))) {
        return k + 1;
      }
      if (ctx.startsVerb(k, end)) {
        return -1;
      }
    }
    return -1;
  }
}
