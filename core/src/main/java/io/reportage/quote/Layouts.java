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

  /** The transcript speaker of each paragraph (null where a paragraph is no transcript line) and where its words start. */
  record Transcript(Speaker[] speakers, int[] textStart) {
  }

  /**
   * Finds transcript lines: paragraphs that open with a label and a colon ("PENCE:", "MR. TRUMP:",
   * "Q:"), possibly after an opening quotation mark. A label in capitals must open at least two
   * paragraphs (a transcript has turns) unless it is a recognized name, so that "UPDATE:" or
   * "WASHINGTON:" are not read as speakers.
   */
  Transcript transcripts(ParagraphBounds bounds) {
    int paragraphs = doc.paragraphs().size();
    String[] labels = new String[paragraphs];
    int[] colons = new int[paragraphs];
    int[] starts = new int[paragraphs];
    java.util.Map<String, Integer> counts = new java.util.HashMap<>();
    for (int p = 0; p < paragraphs; p++) {
      int first = bounds.first(p);
      if (first < 0) {
        continue;
      }
      if (QuoteMark.of(doc, first) != QuoteMark.NONE) {
        first++;
      }
      int colon = labelColon(first, bounds.end(p));
      if (colon > 0) {
        labels[p] = doc.text(first, colon).toLowerCase(java.util.Locale.ROOT);
        colons[p] = colon;
        starts[p] = first;
        counts.merge(labels[p], 1, Integer::sum);
      }
    }
    Speaker[] speakers = new Speaker[paragraphs];
    int[] textStart = new int[paragraphs];
    for (int p = 0; p < paragraphs; p++) {
      if (labels[p] == null) {
        continue;
      }
      int first = starts[p];
      int colon = colons[p];
      boolean named = true;
      for (int t = first; t < colon; t++) {
        named &= resolver.nameAt(t) != null;
      }
      if (!named && counts.get(labels[p]) < 2) {
        continue;
      }
      NounPhrases.Phrase label = new NounPhrases.Phrase(first, colon, colon - 1);
      String word = doc.lower(first);
      Speaker speaker;
      if (colon == first + 1 && (word.equals("q") || word.equals("a"))) {
        speaker = interviewSide(label, word.equals("q"));
      } else {
        speaker = resolver.candidate(label, phrases);
        if (speaker.kind == Speaker.Kind.OTHER && !named) {
          // A label in capitals names its speaker even where the tagger saw a common noun.
          speaker = new Speaker(label, Speaker.Kind.NAME, null, null);
        } else if (speaker.kind != Speaker.Kind.NAME && speaker.kind != Speaker.Kind.DESCRIPTION) {
          continue;
        }
      }
      speakers[p] = speaker;
      textStart[p] = colon + 1;
    }
    return new Transcript(speakers, textStart);
  }

  /** The colon after a label of at most four words in capitals or a name, or -1. */
  private int labelColon(int first, int paragraphEnd) {
    int colon = -1;
    for (int t = first; t < paragraphEnd && t - first <= MAX_LABEL_TOKENS; t++) {
      if (doc.norm(t).equals(":")) {
        colon = t;
        break;
      }
    }
    if (colon <= first || colon + 1 >= paragraphEnd) {
      return -1;
    }
    boolean capitals = true;
    boolean named = true;
    for (int t = first; t < colon; t++) {
      String token = doc.token(t);
      capitals &= token.equals(token.toUpperCase(java.util.Locale.ROOT)) && token.chars().anyMatch(Character::isLetter);
      named &= resolver.nameAt(t) != null;
    }
    return capitals || named ? colon : -1;
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

  /**
   * The speaker a paragraph is signed with: a dash and a name that end the paragraph, after the
   * quote ("“...” ― Adriana Rodarte", also when a stray mark stands between). Returns the dash's
   * token in {@code dashAt[0]}; null when the paragraph is not signed.
   */
  Speaker signature(int paragraphStart, int paragraphEnd, int[] dashAt) {
    for (int dash = paragraphEnd - 2; dash > paragraphStart && paragraphEnd - dash <= 8; dash--) {
      if (isDash(dash) && QuoteMark.of(doc, dash - 1) != QuoteMark.NONE) {
        Speaker speaker = dashSpeaker(dash, paragraphEnd);
        if (speaker != null) {
          dashAt[0] = dash;
          return speaker;
        }
      }
    }
    return null;
  }

  private boolean isDash(int t) {
    String norm = doc.norm(t);
    return norm.equals("\u2014") || norm.equals("\u2015") || norm.equals("\u2013") || norm.equals("--") || norm.equals("-");
  }
}
