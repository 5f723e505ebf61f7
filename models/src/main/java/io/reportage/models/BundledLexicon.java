package io.reportage.models;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * The lexicons shipped in this module, one readable text file each under
 * {@code io/reportage/models/lexicon/}. Every file starts with a comment saying what it lists and
 * how its values are written. Users add entries through {@code Extractor.builder()}.
 */
public enum BundledLexicon {
  /** Abbreviations that end in a period without ending a sentence ("Mr.", "Sen.", "Jan."). */
  ABBREVIATIONS("abbreviations.txt"),
  /** Words and phrases that open boilerplate that sites append ("Comment Policy:", "Leave a Reply"). */
  BOILERPLATE_CUES("boilerplate-cues.txt"),
  /** Verb forms that introduce speech, writing, thought or evidence ("said", "told", "tweeted"); value: lemma and class. */
  CUE_VERBS("cue-verbs.txt"),
  /** Phrases other than verbs that introduce a source ("according to", "in a statement"); value: how. */
  CUE_PHRASES("cue-phrases.txt"),
  /** Words between a cue and what it introduces: times and their prepositions ("on Friday"); value: time or link. */
  CUE_ADJUNCTS("cue-adjuncts.txt"),
  /** Nouns that head an unnamed source ("official", "campaign", "poll"); value: person, group, organization or document. */
  SPEAKER_NOUNS("speaker-nouns.txt"),
  /** Titles and role nouns ("spokesman", "foreign minister", "senator"); value: family and flags. */
  TITLES("titles.txt"),
  /** Words that modify a title ("senior", "deputy", "former"); value: former, part or none. */
  TITLE_MODIFIERS("title-modifiers.txt"),
  /** Honorifics before a name ("Mr.", "Sen.", "Dr."). */
  HONORIFICS("honorifics.txt"),
  /** Names that stand for an organization ("Kremlin", "White House", "Pentagon"); value: the shared name. */
  ORGANIZATION_CUES("organization-cues.txt"),
  /** Countries and other places with their common short forms; value: the place's name ("us | United States"). */
  COUNTRIES("countries.txt"),
  /** Adjectives of nationality and their country ("russian | Russia"). */
  NATIONALITIES("nationalities.txt"),
  /** Personal pronouns; value: gender and number ("he | male singular"). */
  PRONOUNS("pronouns.txt"),
  /**
   * Event triggers; value: one or more readings separated by ';', each an event type with
   * conditions on the context ("summit | MEETING pos=N cameo=046"); the file's header documents
   * the syntax.
   */
  EVENT_TRIGGERS("event-triggers.txt"),
  /** Context words that decide a trigger's sense; value: cue classes ("rockets | WEAPON,MILITARY"). */
  EVENT_CONTEXT_CUES("event-context-cues.txt"),
  /** Words that say whether an event happened, is planned or proposed; value: a status and where it looks. */
  EVENT_STATUS_CUES("event-status-cues.txt"),
  /** Verbs that say where an event's participants stand, by lemma ("hold | GOVERNING"); value: classes. */
  EVENT_ARGUMENT_WORDS("event-argument-words.txt"),
  /** Words of time: weekdays, months, relative days ("yesterday | DAY -1"). */
  TIME_WORDS("time-words.txt"),
  /** News outlets and agencies, for crediting lines ("Reuters", "RT"). */
  OUTLETS("outlets.txt"),
  /** Given names of a known gender ("vladimir | male"). */
  GIVEN_NAMES("given-names.txt"),
  /** Honorifics and nouns for people that say their gender ("mrs | female", "spokesman | male"). */
  GENDERED_WORDS("gendered-words.txt"),
  /** Nouns for unnamed people, groups and organizations ("source | person", "police | group plural"). */
  PEOPLE_NOUNS("people-nouns.txt"),
  /** Phrases after a noun for people that say which people ("familiar with", "close to"). */
  POSTMODIFIERS("postmodifiers.txt"),
  /**
   * Open-class words that attribution rules test for, by list ("impressed | feeling-participle",
   * "poll | survey-noun poll-noun"); the file's header describes each list.
   */
  ATTRIBUTION_WORDS("attribution-words.txt"),
  /** Verb forms that are not regular inflections of their lemma ("went | go", "said | say"). */
  IRREGULAR_VERBS("irregular-verbs.txt"),
  /** Noun forms that are not regular plurals of their lemma ("men | man"), and nouns ending in "-s" that are none ("news | news"). */
  IRREGULAR_NOUNS("irregular-nouns.txt");

  private final String fileName;

  BundledLexicon(String fileName) {
    this.fileName = fileName;
  }

  /** The classpath resource that holds this lexicon. */
  public String resource() {
    return "io/reportage/models/lexicon/" + fileName;
  }

  public String fileName() {
    return fileName;
  }

  /** Loads the bundled file; each call reads it again, so load once and keep the result. */
  public Lexicon load() {
    InputStream in = BundledLexicon.class.getClassLoader().getResourceAsStream(resource());
    if (in == null) {
      throw new IllegalStateException("The bundled lexicon " + resource()
          + " is missing from the class path: is reportage-models on it?");
    }
    return Lexicon.parse(fileName, new InputStreamReader(in, StandardCharsets.UTF_8));
  }
}
