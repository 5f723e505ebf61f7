package io.reportage.quote;

import io.reportage.QuoteKind;
import io.reportage.pipeline.Document;
import io.reportage.pipeline.EntityDraft;
import io.reportage.pipeline.Layer;
import io.reportage.pipeline.MentionDraft;
import io.reportage.pipeline.QuoteDraft;
import io.reportage.pipeline.Stage;
import io.reportage.quote.AttributionWords.WordList;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads the attribution that headlines make by layout, or with the tagger misled by their
 * capitals:
 * <ul>
 *   <li>{@code headline-dash}: "Putin-Trump meeting necessary – Kremlin": a source's name after a
 *       final dash claims what comes before it;
 *   <li>{@code headline-colon}: "Kremlin: summit must be well prepared", "Poll: voters turn away":
 *       a short name or source noun before a colon claims what follows it;
 *   <li>{@code headline-verb}: "Senator Urges Review of Contract", "Poll Shows Lead for Mayor": a
 *       listed cue verb after a short capitalised subject (headlines are written in the present
 *       tense, so its form ends in -s after a singular subject), which the tagger often reads as a
 *       noun in title case.
 * </ul>
 * The claim becomes a quote (INDIRECT; quoted words in it are given the same speaker) unless the
 * attribution stage already attributed it with a cue. The source must be at most four words, so
 * that headlines like "Obama – the early years" are left alone, and not a news outlet ("... -
 * Reuters" names the publisher, not a source) nor a column label ("The Latest:", "Update:").
 *
 * <p>Reads {@link Layer#ATTRIBUTION_CONFIDENCE}, the body's finished attributions, and the
 * {@link Layer#MENTIONS} and {@link Layer#CORRECTED_POS}; adds the headline's quotes and provides {@link Layer#ATTRIBUTIONS}.
 */
public final class HeadlineAttributionStage implements Stage {
  private static final int MAX_SOURCE_TOKENS = 4;
  private static final int MIN_CLAIM_TOKENS = 2;
  /** The longest first paragraph read as a title when the article structure did not call it a headline. */
  private static final int MAX_TITLE_TOKENS = 25;

  private final AttributionLexicons lexicons;
  private final AttributionWords wordLists;

  public HeadlineAttributionStage(AttributionLexicons lexicons) {
    this.lexicons = Objects.requireNonNull(lexicons, "lexicons");
    this.wordLists = lexicons.words();
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.ATTRIBUTION_CONFIDENCE, Layer.MENTIONS, Layer.CORRECTED_POS);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.ATTRIBUTIONS);
  }

  @Override
  public void apply(Document doc) {
    if (doc.tokenCount() == 0) {
      return;
    }
    int end = 0;
    while (end < doc.tokenCount() && doc.paragraphOf(end) == doc.paragraphOf(0)) {
      end++;
    }
    boolean headline = doc.headline() != null && doc.isHeadline(doc.paragraphOf(0));
    // Some sources end a title with a full stop; a first paragraph of one short sentence reads as one too.
    if (!headline && (end > MAX_TITLE_TOKENS || doc.sentenceOf(end - 1) != doc.sentenceOf(0)
        || doc.paragraphOf(end - 1) + 1 >= doc.paragraphs().size())) {
      return;
    }
    int last = end;
    while (last > 0 && (isFinalPunctuation(doc.norm(last - 1)) || doc.norm(last - 1).equals(";"))) {
      last--;
    }
    SpeakerResolver resolver = new SpeakerResolver(doc, lexicons);
    NounPhrases phrases = new NounPhrases(doc, lexicons, resolver.namedTokens());
    // A final "– source" claims the whole headline, even a cue inside it ("Leaders agree to meet –
    // foreign ministry" is the ministry's claim), so it is read before the cues.
    for (int dash = last - 2; dash >= MIN_CLAIM_TOKENS && dash >= last - 1 - MAX_SOURCE_TOKENS; dash--) {
      if (isDash(doc.norm(dash))
          && attribute(doc, resolver, phrases, 0, dash, dash + 1, last, null, AttributionRule.HEADLINE_DASH, true)) {
        return;
      }
    }
    int colon = headlineColon(doc, last);
    // So does a recognized name before a colon ("Gingrich: Trump Must Decide ..."): the cue inside
    // the claim is part of what the named source said.
    if (colon > 0 && nameLike(doc, 0, colon)) {
      Cue cue = new Cue(colon, colon + 1, ":", CueClass.SPEECH, false);
      if (attribute(doc, resolver, phrases, colon + 1, last, 0, colon, cue, AttributionRule.HEADLINE_COLON, true)) {
        return;
      }
    }
    if (attributedWithCue(doc, 0, last)) {
      return;
    }
    int first = 0;
    if (colon > 0) {
      Cue cue = new Cue(colon, colon + 1, ":", CueClass.SPEECH, false);
      if (attribute(doc, resolver, phrases, colon + 1, last, 0, colon, cue, AttributionRule.HEADLINE_COLON, false)) {
        return;
      }
      // "The Latest: Trump urges ...": after a label, the words that follow are the headline.
      first = colon + 1;
    }
    for (int t = first + 1; t <= first + MAX_SOURCE_TOKENS && t < last - MIN_CLAIM_TOKENS; t++) {
      Cue cue = headlineVerb(doc, t, last);
      if (cue != null) {
        int claim = doc.lower(cue.end()).equals("that") ? cue.end() + 1 : cue.end();
        attribute(doc, resolver, phrases, claim, last, first, t, cue, AttributionRule.HEADLINE_VERB, false);
        return;
      }
    }
  }

  /** Whether the attribution stage already attributed words of the headline through a cue. */
  private static boolean attributedWithCue(Document doc, int from, int to) {
    for (QuoteDraft quote : doc.quotes()) {
      if (quote.tokenStart < to && quote.tokenEnd > from && quote.attributed() && quote.cue != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * The cue a headline word makes: a listed cue verb in the form of the present tense that agrees
   * with a subject before it ("Senator Urges", "Parents Urge"), extended over the words that
   * belong to it ("Calls For"); null when there is none.
   */
  private Cue headlineVerb(Document doc, int t, int last) {
    String lower = doc.lower(t);
    String value = lexicons.verbValue(lower);
    if (value == null || !Character.isLetter(lower.charAt(0))) {
      return null;
    }
    String subject = doc.lower(t - 1);
    boolean singular = lower.endsWith("s") && !lower.endsWith("ss");
    boolean pluralSubject = subject.endsWith("s") && !subject.endsWith("ss") && !subject.endsWith("'s");
    if (!singular && !pluralSubject) {
      return null;
    }
    int space = value.indexOf(' ');
    String lemma = space < 0 ? value : value.substring(0, space);
    CueClass cueClass = CueClass.parse(space < 0 ? "speech" : value.substring(space + 1));
    int end = t + 1;
    String[] phrase = lexicons.phraseAt(doc, t, last);
    if (phrase != null && phrase[0].startsWith("verb ")) {
      end = t + Integer.parseInt(phrase[1]);
    }
    return new Cue(t, end, lemma, cueClass, false);
  }

  /**
   * Attributes tokens {@code [claimStart, claimEnd)} to the source over {@code [sourceStart,
   * sourceEnd)}, when it is one: a name, a described source or document ("Poll"), or words all in
   * capitals that read as a name. Without a cue (the dash layout), the source claims the whole
   * headline: what the attribution stage read into it through a cue gives way.
   */
  /** The colon that ends a short source at the start of the headline, or -1. */
  private static int headlineColon(Document doc, int last) {
    for (int colon = 1; colon <= MAX_SOURCE_TOKENS && colon < last - MIN_CLAIM_TOKENS; colon++) {
      if (doc.norm(colon).equals(":")) {
        return colon;
      }
    }
    return -1;
  }

  /**
   * Whether the words read as a person's or a body's name: capitalised, none a column label
   * ("Update") or a source noun ("Poll", "Report"), whose claims are made in their own words.
   */
  private boolean nameLike(Document doc, int from, int to) {
    for (int t = from; t < to; t++) {
      String lower = doc.lower(t);
      if (!capitalised(doc, t) || wordLists.has(WordList.HEADLINE_LABEL, lower) || lexicons.speakerNoun(lower) != null) {
        return false;
      }
    }
    return true;
  }

  /**
   * Attributes the claim {@code [claimStart, claimEnd)} to the source {@code [sourceStart,
   * sourceEnd)}; with {@code claimsWhole}, also where a cue inside the claim was attributed, whose
   * reading the claim replaces.
   */
  private boolean attribute(Document doc, SpeakerResolver resolver, NounPhrases phrases, int claimStart,
      int claimEnd, int sourceStart, int sourceEnd, Cue cue, AttributionRule rule, boolean claimsWhole) {
    if (claimEnd - claimStart < MIN_CLAIM_TOKENS || !wordsOfAName(doc, resolver, sourceStart, sourceEnd)
        || lexicons.isOutlet(doc.lowers(), sourceStart, sourceEnd)) {
      return false;
    }
    NounPhrases.Phrase phrase = phrases.startingAt(sourceStart, sourceEnd);
    if (phrase == null && claimsWhole && cue != null) {
      // "Trump: ...": a headline's first word is tagged as if it began a sentence, often as a verb.
      phrase = new NounPhrases.Phrase(sourceStart, sourceEnd, sourceEnd - 1);
    }
    if (phrase == null || phrase.end() != sourceEnd || wordLists.has(WordList.HEADLINE_LABEL, doc.lower(phrase.head()))) {
      return false;
    }
    Speaker speaker = resolver.candidate(phrase, phrases);
    boolean described = speaker.kind == Speaker.Kind.DESCRIPTION || speaker.kind == Speaker.Kind.DOCUMENT;
    boolean layout = cue == null;
    // A lower-case source is a described one ("– foreign ministry"), which only a cue or the dash layout introduces.
    if (!capitalised(doc, sourceStart) && !(layout && described)) {
      return false;
    }
    if (speaker.kind == Speaker.Kind.OTHER && !"DET".equals(doc.pos(sourceStart))
        && !wordLists.has(WordList.HEADLINE_LABEL, doc.lower(phrase.head()))) {
      // Title case misleads the tagger: capitalised words that are no label read as a name.
      speaker = new Speaker(phrase, Speaker.Kind.NAME, speaker.mention, speaker.entity);
    }
    if (speaker.kind != Speaker.Kind.NAME && !described) {
      return false;
    }
    if (!claimsWhole && attributedWithCue(doc, claimStart, claimEnd)) {
      return false;
    }
    resolver.commit(speaker);
    if (speaker.entity == null) {
      return false;
    }
    if (described && speaker.entity.name == null) {
      EntityDraft body = describedInBody(doc, phrase, speaker.entity);
      if (body != null) {
        speaker.entity.roles.clear(); // the body's role says the same words, and more
        speaker.entity = doc.merge(body, speaker.entity);
      }
    }
    if (claimsWhole) {
      // The cue's reading of the headline ("Leaders agree ...") is part of the claim, not a statement of its own.
      int from = Math.min(claimStart, sourceStart);
      int to = Math.max(claimEnd, sourceEnd);
      doc.quotes().removeIf(quote -> !quote.marked && quote.tokenStart < to && quote.tokenEnd > from);
    }
    Frame frame = cue == null ? null : new Frame(cue, doc.sentenceOf(cue.start()));
    boolean quotedWhole = false;
    for (QuoteDraft quote : doc.quotes()) {
      if (quote.marked && quote.tokenStart >= claimStart && quote.tokenEnd <= claimEnd) {
        Attributions.set(doc, quote, speaker, frame, null, rule);
        quotedWhole |= quote.tokenStart == claimStart && quote.tokenEnd >= claimEnd - 1;
      }
    }
    if (quotedWhole) {
      // "Reid: ‘Never underestimate him.’": the quote is the claim, said once.
      return true;
    }
    QuoteDraft claim = new QuoteDraft(QuoteKind.INDIRECT, doc.span(claimStart, claimEnd), claimStart, claimEnd);
    Attributions.set(doc, claim, speaker, frame, null, rule);
    doc.quotes().add(claim);
    return true;
  }

  /**
   * The unnamed entity of the body that a headline's description names: headlines drop articles
   * and modifiers, so "foreign ministry" is the body's "the Arvelian foreign ministry", the one
   * other unnamed entity with a mention whose words end, at its head, with the same words. Null
   * when there is none or more than one.
   */
  private static EntityDraft describedInBody(Document doc, NounPhrases.Phrase phrase, EntityDraft headlineEntity) {
    List<String> words = new ArrayList<>();
    for (int t = phrase.start(); t <= phrase.head(); t++) {
      if (!"DET".equals(doc.pos(t))) {
        words.add(doc.lower(t));
      }
    }
    EntityDraft found = null;
    for (EntityDraft entity : doc.entities()) {
      EntityDraft canonical = entity.canonical();
      if (canonical.name != null || canonical == found || canonical == headlineEntity) {
        continue;
      }
      for (MentionDraft mention : canonical.mentions) {
        if (endsWithWords(doc, mention, words)) {
          if (found != null) {
            return null;
          }
          found = canonical;
          break;
        }
      }
    }
    return found;
  }

  private static boolean endsWithWords(Document doc, MentionDraft mention, List<String> words) {
    int head = mention.headToken >= 0 ? mention.headToken : mention.tokenEnd - 1;
    int first = head - words.size() + 1;
    if (first < mention.tokenStart) {
      return false;
    }
    for (int i = 0; i < words.size(); i++) {
      if (!doc.lower(first + i).equals(words.get(i))) {
        return false;
      }
    }
    return true;
  }


  private static boolean capitalised(Document doc, int t) {
    return Character.isUpperCase(doc.token(t).charAt(0)) || Character.isDigit(doc.token(t).charAt(0));
  }

  /**
   * Whether the source reads as the words of a name or a short description: no preposition or
   * article inside it ("Stealth Over Health" is a title, not a source) except within a recognized
   * name, and, past its first word, either all capitals or all lower case ("Flight attendants'
   * union").
   */
  private static boolean wordsOfAName(Document doc, SpeakerResolver resolver, int from, int to) {
    int upper = 0;
    for (int t = from; t < to; t++) {
      if (resolver.nameAt(t) != null) {
        continue;
      }
      String pos = doc.pos(t);
      if (t > from && ("ADP".equals(pos) || "DET".equals(pos) || "CCONJ".equals(pos) || "SCONJ".equals(pos))) {
        return false;
      }
      upper += t > from && capitalised(doc, t) ? 1 : 0;
    }
    return upper == 0 || upper == countUnnamed(resolver, from + 1, to);
  }

  private static int countUnnamed(SpeakerResolver resolver, int from, int to) {
    int count = 0;
    for (int t = from; t < to; t++) {
      count += resolver.nameAt(t) == null ? 1 : 0;
    }
    return count;
  }

  private static boolean isDash(String norm) {
    return norm.equals("\u2013") || norm.equals("\u2014") || norm.equals("\u2015") || norm.equals("-") || norm.equals("--");
  }

  private static boolean isFinalPunctuation(String norm) {
    return norm.equals(".") || norm.equals("!") || norm.equals("?");
  }
}
