package io.reportage.quote;

import io.reportage.models.BundledLexicon;
import io.reportage.models.Lexicon;
import io.reportage.models.Lexicons;
import io.reportage.pipeline.Document;
import java.util.Objects;

/**
 * The word lists attribution reads, compiled once and shared by all threads.
 *
 * @param cueVerbs verb forms with lemma and {@link CueClass} ({@code cue-verbs.txt})
 * @param cuePhrases "according to", "in a statement", "pointed out" ({@code cue-phrases.txt})
 * @param adjuncts times and links between a cue and its content ({@code cue-adjuncts.txt})
 * @param speakerNouns heads of unnamed sources ({@code speaker-nouns.txt})
 * @param titles role titles ({@code titles.txt}), read as persons
 * @param honorifics short titles before names ("Sen.", "Mr."), without their period
 * @param pronouns personal pronouns with gender and number
 * @param outlets news outlets, which a headline names as its publisher rather than as a source
 * @param words open-class word lists of the rules ({@code attribution-words.txt})
 */
public record AttributionLexicons(Lexicon cueVerbs, Lexicon cuePhrases, Lexicon adjuncts, Lexicon speakerNouns,
    Lexicon titles, Lexicon honorifics, Lexicon pronouns, Lexicon outlets, AttributionWords words) {
  public AttributionLexicons {
    Objects.requireNonNull(cueVerbs, "cueVerbs");
    Objects.requireNonNull(cuePhrases, "cuePhrases");
    Objects.requireNonNull(adjuncts, "adjuncts");
    Objects.requireNonNull(speakerNouns, "speakerNouns");
    Objects.requireNonNull(titles, "titles");
    Objects.requireNonNull(honorifics, "honorifics");
    Objects.requireNonNull(pronouns, "pronouns");
    Objects.requireNonNull(outlets, "outlets");
    Objects.requireNonNull(words, "words");
  }

  /** The lists of a {@link Lexicons} set (bundled, possibly extended by the user). */
  public static AttributionLexicons from(Lexicons lexicons) {
    return new AttributionLexicons(lexicons.get(BundledLexicon.CUE_VERBS), lexicons.get(BundledLexicon.CUE_PHRASES),
        lexicons.get(BundledLexicon.CUE_ADJUNCTS), lexicons.get(BundledLexicon.SPEAKER_NOUNS),
        lexicons.get(BundledLexicon.TITLES), lexicons.get(BundledLexicon.HONORIFICS),
        lexicons.get(BundledLexicon.PRONOUNS), lexicons.get(BundledLexicon.OUTLETS),
        AttributionWords.from(lexicons.get(BundledLexicon.ATTRIBUTION_WORDS)));
  }

  /** The kind of a cue phrase starting at {@code t} ("source-after", "extends", "verb ..."), with its length; null when none. */
  String[] phraseAt(Document doc, int t, int limit) {
    int length = cuePhrases.longestMatch(doc.lowers(), t, limit);
    if (length == 0) {
      return null;
    }
    return new String[] {cuePhrases.valueOf(doc.lowers(), t, length), Integer.toString(length)};
  }

  /** The value ("say speech") of a cue verb form, or null. */
  String verbValue(String lower) {
    return cueVerbs.tokenValue(lower);
  }

  /** What an unnamed source's head noun describes ("person", "group", "organization", "document"), or null. */
  String speakerNoun(String lower) {
    String value = speakerNouns.tokenValue(lower);
    if (value != null) {
      return value;
    }
    return titles.containsToken(lower) ? "person" : null;
  }

  boolean isHonorific(String lower) {
    String bare = lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    return honorifics.containsToken(bare);
  }

  boolean isTitle(String lower) {
    return titles.containsToken(lower);
  }

  boolean isAdjunct(String lower) {
    return adjuncts.containsToken(lower);
  }

  boolean isTimeWord(String lower) {
    return "time".equals(adjunctValue(lower));
  }

  private String adjunctValue(String lower) {
    return adjuncts.tokenValue(lower);
  }

  /** Whether the tokens {@code [from, to)} are exactly a listed outlet ("Reuters", "The New York Times"). */
  boolean isOutlet(String[] lowers, int from, int to) {
    return outlets.longestMatch(lowers, from, to) == to - from;
  }

  /** The pronoun's "gender number" value ("male singular"), or null when not a listed pronoun. */
  String pronoun(String lower) {
    return pronouns.tokenValue(lower);
  }
}
