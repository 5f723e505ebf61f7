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
        distance = bucket(gap, DISTANCES);
        sameSentence = Boolean.toString(doc.sentenceOf(tokens[0]) == doc.sentenceOf(Math.min(quote.tokenStart, doc.tokenCount() - 1)));
      }
    }
    String rule = quote.rule;
    String kind = quote.kind.name();
    String cueWord = quote.cue == null ? "none" : doc.lower(doc.tokenAtOrAfter(quote.cue.start()));
    String type = quote.speaker == null ? "none" : quote.speaker.canonical().type.name();
    String cueP = bucket((int) Math.round(quote.cueProbability * 10), PROBABILITIES);
    return new String[] {
        FeatureNames.of("rule=", rule), FeatureNames.of("kind=", kind), quote.marked ? "marked=true" : "marked=false",
        quote.closed ? "closed=true" : "closed=false", quote.cue != null ? "cue=true" : "cue=false",
        quote.via != null ? "via=true" : "via=false", FeatureNames.of("cueP=", cueP),
        FeatureNames.of("mention=", mention), FeatureNames.of("entity=", entity),
        FeatureNames.of("len=", bucket(length, LENGTHS)), FeatureNames.of("mlen=", bucket(mentionLength, MENTION_LENGTHS)),
        FeatureNames.of("dist=", distance), FeatureNames.of("side=", side), FeatureNames.of("sent=", sameSentence),
        FeatureNames.of("rule+mention=", rule, mention), FeatureNames.of("rule+kind=", rule, kind),
        FeatureNames.of("rule+dist=", rule, distance), FeatureNames.of("rule+entity=", rule, entity),
        FeatureNames.of("kind+mention=", kind, mention), FeatureNames.of("cueWord=", cueWord),
        FeatureNames.of("type=", type), FeatureNames.of("rule+type=", rule, type), FeatureNames.of("cueWord+kind=", cueWord, kind)};
  }

  private static final int[] DISTANCES = {0, 1, 3, 8, 20, 60};
  private static final int[] PROBABILITIES = {2, 4, 6, 8, 10};
  private static final int[] LENGTHS = {2, 4, 8, 16, 32, 64};
  private static final int[] MENTION_LENGTHS = {0, 1, 2, 4, 8};
  private static final String[] NAMES = new String[65];

  static {
    for (int i = 0; i < NAMES.length; i++) {
      NAMES[i] = "<=" + i;
    }
  }

  /** The first bound that {@code value} does not exceed, as text ("<=4"), or "more". */
  private static String bucket(int value, int[] bounds) {
    for (int bound : bounds) {
      if (value <= bound) {
        return NAMES[bound];
      }
    }
    return "more";
  }
}
