package io.reportage.quote;

import io.reportage.QuoteKind;
import io.reportage.pipeline.Document;
import io.reportage.pipeline.Layer;
import io.reportage.pipeline.QuoteDraft;
import io.reportage.pipeline.Stage;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Reads the attribution that headlines make by layout rather than by a verb:
 * <ul>
 *   <li>{@code headline-dash}: "Putin-Trump meeting necessary – Kremlin": a source's name after a
 *       final dash claims what comes before it;
 *   <li>{@code headline-colon}: "Kremlin: summit must be well prepared": a short name before a
 *       colon claims what follows it.
 * </ul>
 * The claim becomes a quote (INDIRECT; quoted words in it are given the same speaker) unless the
 * attribution stage already attributed it. The source must be a name of at most four words, so
 * that headlines like "Obama – the early years" are left alone, and not a news outlet ("... -
 * Reuters" names the publisher, not a source).
 *
 * <p>Reads {@link Layer#ATTRIBUTIONS} (and the mentions); adds to the quotes.
 */
public final class HeadlineAttributionStage implements Stage {
  private static final int MAX_SOURCE_TOKENS = 4;
  private static final int MIN_CLAIM_TOKENS = 2;

  private final AttributionLexicons lexicons;

  public HeadlineAttributionStage(AttributionLexicons lexicons) {
    this.lexicons = Objects.requireNonNull(lexicons, "lexicons");
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.ATTRIBUTIONS);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.ATTRIBUTIONS);
  }

  @Override
  public void apply(Document doc) {
    if (doc.headline() == null || doc.tokenCount() == 0 || !doc.isHeadline(doc.paragraphOf(0))) {
      return;
    }
    int end = 0;
    while (end < doc.tokenCount() && doc.paragraphOf(end) == doc.paragraphOf(0)) {
      end++;
    }
    int last = end;
    while (last > 0 && isFinalPunctuation(doc.norm(last - 1))) {
      last--;
    }
    SpeakerResolver resolver = new SpeakerResolver(doc, lexicons);
    NounPhrases phrases = new NounPhrases(doc, lexicons, resolver.namedTokens());
    for (int dash = last - 2; dash >= MIN_CLAIM_TOKENS && dash >= last - 1 - MAX_SOURCE_TOKENS; dash--) {
      if (isDash(doc.norm(dash)) && attribute(doc, resolver, phrases, 0, dash, dash + 1, last, "headline-dash")) {
        return;
      }
    }
    for (int colon = 1; colon <= MAX_SOURCE_TOKENS && colon < last - MIN_CLAIM_TOKENS; colon++) {
      if (doc.norm(colon).equals(":")) {
        attribute(doc, resolver, phrases, colon + 1, last, 0, colon, "headline-colon");
        return;
      }
    }
  }

  /** Attributes tokens {@code [claimStart, claimEnd)} to the name over {@code [sourceStart, sourceEnd)}, when it is one. */
  private boolean attribute(Document doc, SpeakerResolver resolver, NounPhrases phrases, int claimStart,
      int claimEnd, int sourceStart, int sourceEnd, String rule) {
    NounPhrases.Phrase phrase = phrases.startingAt(sourceStart, sourceEnd);
    if (phrase == null || phrase.end() != sourceEnd || !allNamed(doc, resolver, sourceStart, sourceEnd)
        || lexicons.isOutlet(doc.lowers(), sourceStart, sourceEnd)) {
      return false;
    }
    Speaker speaker = resolver.candidate(phrase, phrases);
    if (speaker.kind != Speaker.Kind.NAME) {
      return false;
    }
    for (QuoteDraft quote : doc.quotes()) {
      if (quote.tokenStart < claimEnd && quote.tokenEnd > claimStart && quote.attributed()) {
        return false;
      }
    }
    resolver.commit(speaker);
    if (speaker.entity == null) {
      return false;
    }
    for (QuoteDraft quote : doc.quotes()) {
      if (quote.marked && quote.tokenStart >= claimStart && quote.tokenEnd <= claimEnd) {
        Attributions.set(doc, quote, speaker, null, null, rule);
      }
    }
    QuoteDraft claim = new QuoteDraft(QuoteKind.INDIRECT, doc.span(claimStart, claimEnd), claimStart, claimEnd);
    Attributions.set(doc, claim, speaker, null, null, rule);
    doc.quotes().add(claim);
    return true;
  }

  /** Every word of the source is part of a recognized name or capitalised. */
  private static boolean allNamed(Document doc, SpeakerResolver resolver, int from, int to) {
    for (int t = from; t < to; t++) {
      if (resolver.nameAt(t) == null && !Character.isUpperCase(doc.token(t).charAt(0))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDash(String norm) {
    return norm.equals("\u2013") || norm.equals("\u2014") || norm.equals("\u2015") || norm.equals("-") || norm.equals("--");
  }

  private static boolean isFinalPunctuation(String norm) {
    return norm.equals(".") || norm.equals("!") || norm.equals("?");
  }
}
