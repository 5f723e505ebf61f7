package io.reportage.quote;

import io.reportage.pipeline.Document;
import io.reportage.pipeline.QuoteDraft;

/**
 * What the confidence model reads about an attribution: the rule that made it, the quote's kind and
 * length, how the speaker is mentioned and how far from the quote, and how sure the cue model was
 * of the cue. The same code serves training ({@code TrainConfidenceModel}) and the stage.
 */
public final class ConfidenceFeatures {
  private ConfidenceFeatures() {
  }

  /** The features of an attributed quote of {@code doc}. */
  public static String[] of(Document doc, QuoteDraft quote) {
    String mention = quote.speakerMentionDraft == null ? "none" : quote.speakerMentionDraft.kind.name();
    String entity = quote.speaker == null ? "none" : quote.speaker.canonical().name == null ? "unnamed" : "named";
    int length = quote.tokenEnd - quote.tokenStart;
    String distance = "none";
    String side = "none";
    String sameSentence = "none";
    int mentionLength = 0;
    if (quote.speakerMention != null) {
      int[] tokens = doc.tokensWithin(quote.speakerMention);
      if (tokens[1] > tokens[0]) {
        mentionLength = tokens[1] - tokens[0];
        int gap = tokens[1] <= quote.tokenStart ? quote.tokenStart - tokens[1]
            : tokens[0] >= quote.tokenEnd ? tokens[0] - quote.tokenEnd : 0;
        side = tokens[1] <= quote.tokenStart ? "before" : tokens[0] >= quote.tokenEnd ? "after" : "inside";
        distance = bucket(gap, 0, 1, 3, 8, 20, 60);
        sameSentence = Boolean.toString(doc.sentenceOf(tokens[0]) == doc.sentenceOf(Math.min(quote.tokenStart, doc.tokenCount() - 1)));
      }
    }
    String rule = quote.rule;
    String kind = quote.kind.name();
    String cueWord = quote.cue == null ? "none" : quote.cue.text(doc.text()).toLowerCase(java.util.Locale.ROOT).split("\\s+")[0];
    String type = quote.speaker == null ? "none" : quote.speaker.canonical().type.name();
    return new String[] {
        "rule=" + rule, "kind=" + kind, "marked=" + quote.marked, "closed=" + quote.closed, "cue=" + (quote.cue != null),
        "via=" + (quote.via != null), "cueP=" + bucket((int) Math.round(quote.cueProbability * 10), 2, 4, 6, 8, 10),
        "mention=" + mention, "entity=" + entity, "len=" + bucket(length, 2, 4, 8, 16, 32, 64),
        "mlen=" + bucket(mentionLength, 0, 1, 2, 4, 8), "dist=" + distance, "side=" + side, "sent=" + sameSentence,
        "rule+mention=" + rule + "+" + mention, "rule+kind=" + rule + "+" + kind, "rule+dist=" + rule + "+" + distance,
        "rule+entity=" + rule + "+" + entity, "kind+mention=" + kind + "+" + mention, "cueWord=" + cueWord,
        "type=" + type, "rule+type=" + rule + "+" + type, "cueWord+kind=" + cueWord + "+" + kind};
  }

  /** The first bound that {@code value} does not exceed, as text ("<=4"), or "more". */
  private static String bucket(int value, int... bounds) {
    for (int bound : bounds) {
      if (value <= bound) {
        return "<=" + bound;
      }
    }
    return "more";
  }
}
