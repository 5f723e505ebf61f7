package io.reportage.quote;

import java.util.Locale;

/** How a cue verb carries what is attributed; the classes of {@code cue-verbs.txt}. */
public enum CueClass {
  /** Takes a quote, a that-clause or a bare clause: "said", "insisted". */
  SPEECH,
  /** Like speech, after the person addressed: "told reporters", "warned Congress". */
  ADDRESS,
  /** Speech in writing or online: "wrote", "tweeted". */
  WRITE,
  /** A judgement, attributed when it carries a quote or "as": "called it “a disgrace”". */
  EVALUATE,
  /** Thought and intention: "believes", "expects". */
  BELIEF,
  /** Documents and measurements as sources: "the poll shows". */
  EVIDENCE,
  /** A verb outside the lexicon that the cue model recognized ("attacked", "refuses"). */
  LEARNED;

  /** Reads a class name as written in the lexicon ("speech"); unknown names read as SPEECH. */
  static CueClass parse(String name) {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return SPEECH;
    }
  }

  /** Whether the cue reports words said or written, rather than a thought, a judgement or a deed. */
  boolean isSpeech() {
    return this == SPEECH || this == ADDRESS || this == WRITE;
  }

  /** Whether the cue may take a bare clause as content ("said the plan failed"). */
  boolean takesBareClause() {
    return this != EVALUATE && this != LEARNED;
  }
}
