package io.reportage.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.reportage.models.BundledLexicon;
import io.reportage.models.Lexicons;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Lemmas from a word and its tag, by the rules of English inflection and the irregular-form lexicons. */
class LemmatizerTest {
  private static final Lemmatizer LEMMATIZER = new Lemmatizer(Lexicons.bundled().get(BundledLexicon.IRREGULAR_VERBS),
      Lexicons.bundled().get(BundledLexicon.IRREGULAR_NOUNS));

  @ParameterizedTest(name = "{0}/{1} -> {2}")
  @CsvSource(quoteCharacter = '"', textBlock = """
      # regular verbs: -s, -es, -ies
      says, VERB, say
      plans, VERB, plan
      endorses, VERB, endorse
      discusses, VERB, discuss
      pushes, VERB, push
      tries, VERB, try
      vetoes, VERB, veto
      # -ed and -ing: a doubled consonant undone
      planned, VERB, plan
      stopping, VERB, stop
      committed, VERB, commit
      patrolled, VERB, patrol
      called, VERB, call
      added, VERB, add
      # -ed and -ing: a dropped e put back
      hoped, VERB, hope
      making, VERB, make
      voted, VERB, vote
      quoted, VERB, quote
      declined, VERB, decline
      decided, VERB, decide
      negotiated, VERB, negotiate
      evacuated, VERB, evacuate
      created, VERB, create
      defeated, VERB, defeat
      pledged, VERB, pledge
      urged, VERB, urge
      waged, VERB, wage
      refused, VERB, refuse
      endorsed, VERB, endorse
      moved, VERB, move
      produced, VERB, produce
      organized, VERB, organize
      handled, VERB, handle
      argued, VERB, argue
      continuing, VERB, continue
      required, VERB, require
      secured, VERB, secure
      declared, VERB, declare
      described, VERB, describe
      assumed, VERB, assume
      liked, VERB, like
      # -ed and -ing that keep their stem
      attacked, VERB, attack
      visited, VERB, visit
      opened, VERB, open
      threatened, VERB, threaten
      ordered, VERB, order
      monitored, VERB, monitor
      failed, VERB, fail
      killed, VERB, kill
      leaked, VERB, leak
      needed, VERB, need
      proceed, VERB, proceed
      meeting, VERB, meet
      saying, VERB, say
      denied, VERB, deny
      bring, VERB, bring
      # irregular verbs and auxiliaries from the lexicon
      said, VERB, say
      went, VERB, go
      sought, VERB, seek
      held, VERB, hold
      died, VERB, die
      dying, VERB, die
      agreed, VERB, agree
      changed, VERB, change
      was, AUX, be
      's, AUX, be
      has, AUX, have
      would, AUX, would
      # nouns
      officials, NOUN, official
      policies, NOUN, policy
      crashes, NOUN, crash
      taxes, NOUN, tax
      cases, NOUN, case
      spokesmen, NOUN, spokesman
      women, NOUN, woman
      children, NOUN, child
      crises, NOUN, crisis
      news, NOUN, news
      series, NOUN, series
      status, NOUN, status
      analysis, NOUN, analysis
      witness, NOUN, witness
      # other words are their own lemma
      Officials, PROPN, officials
      united, ADJ, united
      meeting, NOUN, meeting
      his, PRON, his
      """)
  void lemma(String word, String pos, String lemma) {
    assertEquals(lemma, LEMMATIZER.lemma(word.toLowerCase(java.util.Locale.ROOT), pos), word + "/" + pos);
  }
}
