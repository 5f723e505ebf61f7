package io.reportage.entity;

import io.reportage.models.Lexicon;
import java.util.Map;

/**
 * The gazetteers that decide an entity's identity and type beyond what the name finder says:
 * countries and places ("US", "U.S." and "United States" are one place), nationality adjectives
 * ("Russian" is a mention of Russia) and names that stand for organizations ("Kremlin"). Lookups
 * take a normalized lower-case phrase (words separated by one space). Immutable.
 */
public final class PlaceAndOrganizationNames {
  private final Lexicon places;
  private final Lexicon nationalities;
  private final Lexicon organizations;
  private final Map<String, String> placeValues;
  private final Map<String, String> nationalityValues;
  private final Map<String, String> organizationValues;

  public PlaceAndOrganizationNames(Lexicon places, Lexicon nationalities, Lexicon organizations) {
    this.places = places;
    this.nationalities = nationalities;
    this.organizations = organizations;
    this.placeValues = LexiconValues.of(places);
    this.nationalityValues = LexiconValues.of(nationalities);
    this.organizationValues = LexiconValues.of(organizations);
  }

  /** The shared name of a listed place ("United States" for "u.s."), or null. */
  public String place(String lowerPhrase) {
    return shared(placeValues, lowerPhrase);
  }

  /** The place a nationality adjective belongs to ("Russia" for "russian"), or null. */
  public String placeOfNationality(String lowerPhrase) {
    String value = nationalityValues.get(lowerPhrase);
    return value == null || value.isBlank() ? null : value;
  }

  /** The shared name of a listed organization ("United Nations" for "u.n."), or null. */
  public String organization(String lowerPhrase) {
    return shared(organizationValues, lowerPhrase);
  }

  private static String shared(Map<String, String> values, String phrase) {
    String value = values.get(phrase);
    if (value == null) {
      return null;
    }
    return value.isBlank() ? phrase : value;
  }

  /** Places, for matching over tokens with {@link Lexicon#longestMatch}. */
  public Lexicon places() {
    return places;
  }

  public Lexicon nationalities() {
    return nationalities;
  }

  public Lexicon organizations() {
    return organizations;
  }
}
