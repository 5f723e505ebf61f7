package io.reportage.entity;

import io.reportage.pipeline.EntityDraft;

/**
 * A noun phrase headed by a title or a noun for people, as {@link NounPhraseReader} reads it:
 * "the Kremlin's spokesman", "his US counterpart", "two sources familiar with the talks".
 *
 * @param start first token, the determiner or first modifier
 * @param head the title's last token or the noun
 * @param end token after the phrase, postmodifier included ("a spokesman for the ministry")
 * @param determiner how the phrase is introduced
 * @param possessor the named possessor ("Russia" in "Russia's foreign minister"), or null
 * @param organization the nearest named organization, place or person before or after the head,
 *     or null ("Kremlin" in "Kremlin spokesman", "the ministry" is not named: see organizationHead)
 * @param organizationHead the head token of an unnamed organization or person the role is held at
 *     ("ministry" in "a spokesman for the ministry"), or -1
 * @param former whether a modifier says the role is no longer held
 * @param parts modifiers that belong to the title ("deputy"), in order, joined by spaces, or ""
 * @param coordinated whether two organizations are joined ("the Russian and US presidents")
 * @param anchored whether anything but the head word itself introduces the phrase
 */
record NounPhrase(int start, int head, int end, Determiner determiner, EntityDraft possessor, EntityDraft organization,
    int organizationHead, boolean former, String parts, boolean coordinated, boolean anchored) {

  /** How a noun phrase is introduced. */
  enum Determiner {
    NONE,
    /** "the", "this", "that", "these", "those" */
    DEFINITE,
    /** "a", "an", "another" */
    INDEFINITE,
    /** A number or quantifier: "two", "several", "some" */
    QUANTIFIED,
    /** "his", "her", "its", "their" */
    POSSESSIVE_PRONOUN,
    /** "Russia's", "the Kremlin's", "the company's" */
    POSSESSIVE_NOUN
  }

  boolean definite() {
    return determiner == Determiner.DEFINITE || determiner == Determiner.POSSESSIVE_NOUN
        || determiner == Determiner.POSSESSIVE_PRONOUN;
  }
}
