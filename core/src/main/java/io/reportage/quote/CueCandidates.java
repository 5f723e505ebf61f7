package io.reportage.quote;

import io.reportage.pipeline.Document;
import io.reportage.pipeline.QuoteDraft;
import java.util.ArrayList;
import java.util.List;

/**
 * The words of a document that the cue model is asked about, with the features it reads: the same
 * ones, computed by the same code, at training and at run time. Read a document prepared up to
 * attribution ({@code pipeline.runBefore(doc, Layer.ATTRIBUTION_FRAMES)}), so that quotation marks and
 * mentions are there and no attribution yet.
 */
public final class CueCandidates {
  /** A candidate word and its features. */
  public record Candidate(int token, String[] features) {
  }

  private CueCandidates() {
  }

  public static List<Candidate> of(Document doc, AttributionLexicons lexicons) {
    List<Candidate> candidates = new ArrayList<>();
    if (doc.tokenCount() == 0) {
      return candidates;
    }
    SpeakerResolver resolver = new SpeakerResolver(doc, lexicons);
    NounPhrases phrases = new NounPhrases(doc, lexicons, resolver.namedTokens());
    // As the stage does: titles and nicknames in marks are read as plain words.
    List<QuoteDraft> marked = new ArrayList<>();
    for (QuoteDraft quote : doc.quotes()) {
      if (quote.marked) {
        marked.add(quote);
      }
    }
    QuoteDraft[] quoteAt = QuoteIndex.of(doc, NotSpeech.find(doc, phrases, lexicons.words(), marked));
    AttributionContext context = new AttributionContext(doc, lexicons, phrases, resolver, quoteAt);
    Asides asides = new Asides(context);
    SubjectFinder subjects = new SubjectFinder(context, asides);
    CueFeatures features = new CueFeatures(context, subjects, new CueExtent(context, asides), new ClauseBounds(context));
    for (int s = 0; s < doc.sentenceCount(); s++) {
      int start = doc.sentenceStart(s);
      int end = doc.sentenceEnd(s);
      for (int t = start; t < end; t++) {
        if (features.isCandidate(t)) {
          candidates.add(new Candidate(t, features.features(t, start, end)));
        }
      }
    }
    return candidates;
  }
}
