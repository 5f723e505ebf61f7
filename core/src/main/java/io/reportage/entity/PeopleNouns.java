package io.reportage.entity;

import io.reportage.models.Lexicon;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Nouns for unnamed people, groups and organizations ("sources", "police", "the ministry"),
 * compiled from {@code people-nouns.txt}; plurals are read back to the listed singular. Immutable.
 */
public final class PeopleNouns {
  /** What kind of referent a noun names. */
  public enum Kind { PERSON, GROUP, ORGANIZATION }

  /** A noun found in a document. {@code plural}: the word as written speaks of several. */
  public record Noun(String lemma, Kind kind, boolean qualified, boolean plural) {
  }

  private final Map<String, Noun> nouns = new HashMap<>();

  public PeopleNouns(Lexicon lexicon) {
    for (String phrase : lexicon.phrases()) {
      List<String> flags = List.of(lexicon.value(phrase).toLowerCase(Locale.ROOT).strip().split("\\s+"));
      Kind kind = flags.contains("group") ? Kind.GROUP : flags.contains("organization") ? Kind.ORGANIZATION : Kind.PERSON;
      nouns.put(phrase, new Noun(phrase, kind, flags.contains("qualified"), flags.contains("plural")));
    }
  }

  /** The noun {@code lower} is, as written (singular or plural), or null. */
  public Noun lookup(String lower) {
    Noun noun = nouns.get(lower);
    if (noun != null) {
      return noun;
    }
    String singular = Plurals.singular(lower, nouns::containsKey);
    if (singular == null) {
      return null;
    }
    Noun base = nouns.get(singular);
    return base.plural() ? null : new Noun(base.lemma(), base.kind(), base.qualified(), true);
  }
}
