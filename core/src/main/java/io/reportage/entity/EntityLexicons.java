package io.reportage.entity;

import io.reportage.models.BundledLexicon;
import io.reportage.models.Lexicon;
import io.reportage.models.Lexicons;

/**
 * The compiled lexicons the entity stages read, built once per extractor and shared by threads.
 *
 * @param titles titles and their modifiers
 * @param names countries, nationalities and organization names
 * @param peopleNouns nouns for unnamed people, groups and organizations
 * @param gender given names and gendered words
 * @param honorifics "mr", "sen": value the title they stand for
 * @param pronouns "he | male singular"
 * @param postmodifiers "familiar with", "close to"
 */
public record EntityLexicons(TitleLexicon titles, PlaceAndOrganizationNames names, PeopleNouns peopleNouns,
    GenderCues gender, Lexicon honorifics, Lexicon pronouns, Lexicon postmodifiers) {

  /** Compiles the entity lexicons out of a set of (possibly user-extended) lexicons. */
  public static EntityLexicons from(Lexicons lexicons) {
    return new EntityLexicons(
        new TitleLexicon(lexicons.get(BundledLexicon.TITLES), lexicons.get(BundledLexicon.TITLE_MODIFIERS)),
        new PlaceAndOrganizationNames(lexicons.get(BundledLexicon.COUNTRIES), lexicons.get(BundledLexicon.NATIONALITIES),
            lexicons.get(BundledLexicon.ORGANIZATION_CUES)),
        new PeopleNouns(lexicons.get(BundledLexicon.PEOPLE_NOUNS)),
        new GenderCues(lexicons.get(BundledLexicon.GIVEN_NAMES), lexicons.get(BundledLexicon.GENDERED_WORDS)),
        lexicons.get(BundledLexicon.HONORIFICS),
        lexicons.get(BundledLexicon.PRONOUNS),
        lexicons.get(BundledLexicon.POSTMODIFIERS));
  }

  /** The title an honorific stands for ("senator" for "Sen."), or null. */
  public TitleLexicon.Title titleOfHonorific(String lower) {
    String word = LexiconValues.withoutPeriod(lower);
    if (!honorifics.containsToken(word)) {
      return null;
    }
    String value = honorifics.valueOf(new String[] {word}, 0, 1);
    return value == null || value.isBlank() ? null : titles.title(Lexicon.normalize(value));
  }

  /** Whether a lower-case token is an honorific, with or without its period. */
  public boolean isHonorific(String lower) {
    return honorifics.containsToken(LexiconValues.withoutPeriod(lower));
  }
}
