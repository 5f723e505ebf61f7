package io.reportage.entity;

import io.reportage.models.Lexicon;
import java.util.Map;

/**
 * Where a person's gender shows: given names ("Vladimir"), honorifics ("Mrs.") and gendered
 * nouns ("spokeswoman"). Values are "male" or "female". Immutable.
 */
public final class GenderCues {
  private final Map<String, String> givenNames;
  private final Map<String, String> genderedWords;

  public GenderCues(Lexicon givenNames, Lexicon genderedWords) {
    this.givenNames = LexiconValues.of(givenNames);
    this.genderedWords = LexiconValues.of(genderedWords);
  }

  /** "male", "female" or null for a lower-case given name. */
  public String ofGivenName(String lower) {
    return gender(givenNames.get(lower));
  }

  /** "male", "female" or null for a lower-case honorific (with or without its period) or noun. */
  public String ofWord(String lower) {
    return gender(genderedWords.get(LexiconValues.withoutPeriod(lower)));
  }

  private static String gender(String value) {
    return "male".equals(value) || "female".equals(value) ? value : null;
  }
}
