package io.reportage.quote;

import io.reportage.EntityType;
import io.reportage.MentionKind;
import io.reportage.pipeline.Document;
import io.reportage.pipeline.EntityDraft;
import io.reportage.pipeline.MentionDraft;
import io.reportage.pipeline.RoleDraft;

/**
 * Speakers given by the layout of a paragraph rather than by a cue: transcripts ("PENCE: ...",
 * "Q: ...", "A: ...") and a name after a dash that closes a quote ("“...” — Commissioner Jane
 * Doe").
 */
final class Layouts {
  private static final int MAX_LABEL_TOKENS = 4;

  private final Document doc;
  private final NounPhrases phrases;
  private final SpeakerResolver resolver;
  private EntityDraft questioner;
  private EntityDraft answerer;

  Layouts(Document doc, NounPhrases phrases, SpeakerResolver resolver) {
    this.doc = doc;
    this.phrases = phrases;
    this.resolver = resolver;
  }

  /**
   * The speaker of a transcript paragraph that starts at token {@code first}: a label in capitals
   * or a name, then a colon ("PENCE:", "MR. TRUMP:", "Q:"). Returns the token after the colon in
   * {@code afterLabel[0]}; null when the paragraph is not a transcript line.
   */
  Speaker transcriptSpeaker(int first, int paragraphEnd, int[] afterLabel) {
    int colon = -1;
    for (int t = first; t < paragraphEnd && t - first <= MAX_LABEL_TOKENS; t++) {
      if (doc.norm(t).equals(":")) {
        colon = t;
        break;
      }
    }
    if (colon <= first || colon + 1 >= paragraphEnd) {
      return null;
    }
    boolean capitals = true;
    boolean named = true;
    for (int t = first; t < colon; t++) {
      String token = doc.token(t);
      capitals &= token.equals(token.toUpperCase(java.util.Locale.ROOT)) && token.chars().anyMatch(Character::isLetter);
      named &= resolver.nameAt(t) != null;
    }
    if (!capitals && !named) {
      return null;
    }
    afterLabel[0] = colon + 1;
    NounPhrases.Phrase label = new NounPhrases.Phrase(first, colon, colon - 1);
    String word = doc.lower(first);
    if (colon == first + 1 && (word.equals("q") || word.equals("a"))) {
      return interviewSide(label, word.equals("q"));
    }
    Speaker speaker = resolver.candidate(label, phrases);
    return speaker.kind == Speaker.Kind.NAME || speaker.kind == Speaker.Kind.DESCRIPTION ? speaker : null;
  }

  /** "Q:" and "A:" speak for the interviewer and the person interviewed, one entity each per article. */
  private Speaker interviewSide(NounPhrases.Phrase label, boolean question) {
    EntityDraft side = question ? questioner : answerer;
    if (side == null) {
      side = doc.addEntity(new EntityDraft(EntityType.PERSON, null));
      side.roles.add(new RoleDraft(question ? "interviewer" : "interviewee", null,
          doc.span(label.start(), label.end()), false));
      if (question) {
        questioner = side;
      } else {
        answerer = side;
      }
    }
    MentionDraft mention = doc.addMention(new MentionDraft(label.start(), label.end(), MentionKind.ROLE), side);
    return new Speaker(label, Speaker.Kind.DESCRIPTION, mention, side);
  }

  /**
   * The speaker named after a dash that follows a quote and runs to the paragraph's end: "” —
   * Commissioner Jane Doe" or "” ― Ana Martinez, 34". Null when the words after the dash are not a
   * name or description.
   */
  Speaker dashSpeaker(int afterQuote, int paragraphEnd) {
    if (afterQuote >= paragraphEnd || !isDash(afterQuote)) {
      return null;
    }
    NounPhrases.Phrase phrase = phrases.startingAt(afterQuote + 1, paragraphEnd);
    if (phrase == null) {
      return null;
    }
    int end = phrase.end();
    boolean reachesEnd = end == paragraphEnd || doc.norm(end).equals(",") || doc.norm(end).equals(".") && end + 1 == paragraphEnd;
    if (!reachesEnd) {
      return null;
    }
    Speaker speaker = resolver.candidate(phrase, phrases);
    return speaker.kind == Speaker.Kind.NAME || speaker.kind == Speaker.Kind.DESCRIPTION ? speaker : null;
  }

  private boolean isDash(int t) {
    String norm = doc.norm(t);
    return norm.equals("\u2014") || norm.equals("\u2015") || norm.equals("\u2013") || norm.equals("--") || norm.equals("-");
  }
}
