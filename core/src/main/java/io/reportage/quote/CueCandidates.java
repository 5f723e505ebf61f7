package io.reportage.quote;

import io.reportage.pipeline.Document;
import io.reportage.pipeline.QuoteDraft;
import java.util.ArrayList;
import java.util.List;

/**
 * The words of a document that the cue model is asked about, with the features it reads: the same
 * ones, computed by the same code, at training and at run time. Read a document prepared up to
 * attribution ({@code pipeline.runBefore(doc, Layer.ATTRIBUTIONS)}), so that quotation marks and
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
    QuoteDraft[] quoteAt = QuoteIndex.of(doc, NotSpeech.find(doc, phrases, marked));
    FrameFinder finder = new FrameFinder(doc, lexicons, phrases, resolver, quoteAt, null, 1);
    for (int s = 0; s < doc.sentenceCount(); s++) {
      int start = doc.sentenceStart(s);
      int end = doc.sentenceEnd(s);
      for (int t = start; t < end; t++) {
        if (finder.isCandidate(t)) {
          candidates.add(new Candidate(t, finder.features(t, start, end)));
        }
      }
    }
    return candidates;
  }
}
