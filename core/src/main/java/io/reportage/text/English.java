package io.reportage.text;

import java.util.Set;

/**
 * Closed-class English: the small, fixed word classes that rules in every package test for
 * (pronouns, possessives, forms of "be", auxiliaries, modals, determiners). One definition each, so
 * that two rules never disagree on what a possessive is. Entries are lower case; callers compare the
 * lower-cased token. Open-class words (cue verbs, titles, trigger words...) are not here: they live in
 * the documented lexicon files of the {@code models} module.
 */
public final class English {
  private English() {
  }

  /** Possessive determiners of the third person: whose speech or act a noun is ("his remarks"). */
  public static final Set<String> THIRD_PERSON_POSSESSIVES = Set.of("his", "her", "its", "their");

  /** Every possessive determiner. */
  public static final Set<String> POSSESSIVE_DETERMINERS = Set.of("his", "her", "its", "their", "our", "my", "your");

  /** Personal pronouns in subject form. */
  public static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "you", "he", "she", "it", "we", "they");

  /** Personal pronouns in object form. */
  public static final Set<String> OBJECT_PRONOUNS = Set.of("me", "you", "him", "her", "it", "us", "them");

  /** Forms of "be", without contractions. */
  public static final Set<String> BE_FORMS = Set.of("be", "am", "is", "are", "was", "were", "been", "being");

  /** Contracted forms of "be" as the tokenizer splits them ("they're" → "they", "'re"). */
  public static final Set<String> BE_CONTRACTIONS = Set.of("'m", "'re", "'s");

  /** Forms of "have" and "do", the other auxiliaries of tense, aspect and negation. */
  public static final Set<String> HAVE_DO_FORMS = Set.of("have", "has", "had", "having", "do", "does", "did");

  /** Modal verbs, including the contracted "'ll" and "'d". */
  public static final Set<String> MODALS = Set.of("will", "would", "shall", "should", "can", "could", "may", "might",
      "must", "'ll", "'d");

  /** Articles and demonstratives that open a noun phrase. */
  public static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those");

  /** Relative and interrogative pronouns that open a clause. */
  public static final Set<String> WH_WORDS = Set.of("who", "whom", "whose", "which", "that", "what", "where", "when",
      "why", "how");

  /** Words that open an indirect question ("asked whether", "did not say why"). */
  public static final Set<String> QUESTION_WORDS = Set.of("whether", "if", "why", "how", "what", "when", "where", "who");

  /** Subordinating conjunctions that open an adverbial clause ("when", "because", "unless"). */
  public static final Set<String> SUBORDINATORS = Set.of("when", "if", "as", "after", "before", "because", "although",
      "though", "while", "since", "once", "until", "whether", "unless");

  /** Demonstratives, which stand before a noun or for one ("this report", "that is"). */
  public static final Set<String> DEMONSTRATIVES = Set.of("this", "that", "these", "those");

  /** Reflexive pronouns. */
  public static final Set<String> REFLEXIVE_PRONOUNS = Set.of("myself", "yourself", "himself", "herself", "itself",
      "ourselves", "themselves");

  /** Indefinite pronouns for people ("someone", "nobody"). */
  public static final Set<String> INDEFINITE_PERSON_PRONOUNS = Set.of("anyone", "anybody", "everyone", "everybody",
      "someone", "somebody", "nobody");

  /** Indefinite pronouns for things ("something", "nothing"). */
  public static final Set<String> INDEFINITE_THING_PRONOUNS = Set.of("anything", "everything", "something", "nothing");

  /** The words that negate a verb or a noun phrase ("not everyone", "no one"). */
  public static final Set<String> NEGATIONS = Set.of("not", "no");

  /** Fractions that name a share ("a third", "two fifths", "half"). */
  public static final Set<String> FRACTIONS = Set.of("third", "thirds", "half", "quarter", "quarters", "fifth", "fifths");

  /** Comparative quantifiers ("fewer papers", "more voters"). */
  public static final Set<String> COMPARATIVE_QUANTIFIERS = Set.of("fewer", "more", "less");

  /** Relative pronouns that open a clause after a noun ("officials who", "a report that"). */
  public static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "whom", "which", "that");

  // ---- noun phrases

  /** Determiners that make a noun phrase definite. */
  public static final Set<String> DEFINITE_DETERMINERS = Set.of("the", "this", "that", "these", "those");

  /** Determiners that make a noun phrase indefinite. */
  public static final Set<String> INDEFINITE_DETERMINERS = Set.of("a", "an", "another");

  /** Words that stand before a determiner in a noun phrase ("all the", "both his"). */
  public static final Set<String> PREDETERMINERS = Set.of("both", "all");

  /** Numbers and quantifiers that open a noun phrase of people ("two sources", "several officials"). */
  public static final Set<String> QUANTIFIERS = Set.of("one", "two", "three", "four", "five", "six", "seven", "eight",
      "nine", "ten", "dozen", "dozens", "several", "many", "some", "both", "all", "few", "other", "each", "every",
      "no", "most", "numerous", "multiple", "various");

  /** The union of word sets, for a rule that tests for several classes at once. */
  @SafeVarargs
  public static Set<String> union(Set<String>... sets) {
    java.util.Set<String> all = new java.util.HashSet<>();
    for (Set<String> set : sets) {
      all.addAll(set);
    }
    return Set.copyOf(all);
  }

  /** True for any form of "be", contracted or not. */
  public static boolean isBe(String lowerCaseToken) {
    return BE_FORMS.contains(lowerCaseToken) || BE_CONTRACTIONS.contains(lowerCaseToken);
  }

  /** True for an auxiliary: a form of "be", "have" or "do", or a modal. */
  public static boolean isAuxiliary(String lowerCaseToken) {
    return isBe(lowerCaseToken) || HAVE_DO_FORMS.contains(lowerCaseToken) || MODALS.contains(lowerCaseToken);
  }
}
