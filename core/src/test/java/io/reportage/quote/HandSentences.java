package io.reportage.quote;

import io.reportage.entity.HandDocument;
import io.reportage.models.Lexicons;
import io.reportage.pipeline.Document;
import java.util.ArrayList;
import java.util.List;

/**
 * The attribution lookups over a document built by hand ({@link HandDocument}: tokens, tags and
 * names given, mentions linked by the entity stages), so that a rule can be tested without the
 * tagger or either quote model: retraining a model cannot change what these tests see.
 */
final class HandSentences {
  static final AttributionLexicons LEXICONS = AttributionLexicons.from(Lexicons.bundled());

  final Document doc;
  final AttributionContext context;

  private HandSentences(Document doc) {
    this.doc = doc;
    SpeakerResolver resolver = new SpeakerResolver(doc, LEXICONS);
    NounPhrases phrases = new NounPhrases(doc, LEXICONS, resolver.namedTokens());
    this.context = new AttributionContext(doc, LEXICONS, phrases, resolver, QuoteIndex.of(doc));
  }

  /** The sentences, written as {@link HandDocument} reads them ("[PER Ann Lee] said/VERB that ..."). */
  static HandSentences of(String... sentences) {
    return new HandSentences(HandDocument.analysed(sentences));
  }

  /** The index of the {@code occurrence}-th token (from 0) that reads {@code word}. */
  int token(String word, int occurrence) {
    int seen = 0;
    for (int t = 0; t < doc.tokenCount(); t++) {
      if (doc.token(t).equals(word) && seen++ == occurrence) {
        return t;
      }
    }
    throw new IllegalArgumentException("No token \"" + word + "\" (occurrence " + occurrence + ") in " + doc.text());
  }

  /** The index of the first token that reads {@code word}. */
  int token(String word) {
    return token(word, 0);
  }

  /** The text of tokens {@code [start, end)}. */
  String text(int start, int end) {
    return doc.text(start, end);
  }

  SubjectFinder subjects() {
    return new SubjectFinder(context, new Asides(context));
  }

  ClauseBounds bounds() {
    return new ClauseBounds(context);
  }

  /** The frames of every sentence, found by the word lists alone (no cue model). */
  List<Frame> frames() {
    FrameFinder finder = new FrameFinder(context, null, AttributionFrameStage.DEFAULT_THRESHOLD);
    List<Frame> frames = new ArrayList<>();
    for (int s = 0; s < doc.sentenceCount(); s++) {
      frames.addAll(finder.find(s));
    }
    return frames;
  }
}
