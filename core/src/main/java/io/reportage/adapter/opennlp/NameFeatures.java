package io.reportage.adapter.opennlp;

import io.reportage.models.Lexicon;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The features the name finder reads, the same at training and at run time. A document is
 * prepared once ({@link #prepare}); then {@link Prepared#features} gives the contexts of one token
 * given the labels already decided for the document.
 *
 * <p>Labels are BIO over CoNLL's four types ({@link #LABELS}). Tokens are decided sentence by
 * sentence, the mixed-case ones first and the all-capital ones (headlines, "LONDON" datelines)
 * last, so that a word in capitals can read how the rest of the article spells and labels it.
 * Which feature groups a model uses is stored with it ({@link Group}).
 */
public final class NameFeatures {
  /** The labels, BIO over PER, ORG, LOC, MISC. Index 0 is "outside". */
  public static final List<String> LABELS = List.of("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC",
      "B-MISC", "I-MISC");
  static final int OUTSIDE = 0;

  /** Groups of features, each switched on or off as a whole. */
  public enum Group {
    /** The word as written and in lower case. */
    WORD,
    /** The word's shape ("Xx", "X.X.", "d-d") and token class. */
    SHAPE,
    /** Prefixes and suffixes of up to four letters. */
    AFFIXES,
    /** Lower-cased words two to the left and right. */
    WINDOW,
    /** Word bigrams with the previous and the next word. */
    BIGRAMS,
    /** Shapes of the neighbours, alone and joined with this one. */
    SHAPE_WINDOW,
    /**
     * First token of a sentence, sentence in capitals, sentence of one token. Not in the committed
     * model: leaving it out raised F1 on CoNLL valid (0.9184 to 0.9211).
     */
    SENTENCE,
    /** Membership in the frozen gazetteers: places, nationalities, organization words, given names. */
    GAZETTEERS,
    /** The labels of the two previous tokens. */
    LABEL_HISTORY,
    /** The type the same word got where it was decided before in the document. */
    DOCUMENT_MEMORY,
    /** For words in capitals: how the rest of the document spells them. */
    DOCUMENT_CASE,
    /** In a run of capitalised words: the gazetteer class of its first and last word, and the position. */
    NAME_RUNS,
    /**
     * What the word's other mentions in the document show, before or after it: after a given name
     * ("Smith" of "John Smith"), inside an organisation's name, alone, in a longer name.
     */
    DOCUMENT_MENTIONS,
    /** Whether the word before or after is a verb of speech ("..., insists Smith."). */
    SPEECH_VERBS,
    /** The word's clusters ({@link WordClusters}) and the coarse clusters of its neighbours. */
    WORD_CLUSTERS
  }

  /** The frozen word lists and clusters the features read, frozen with a model. */
  public record Gazetteers(Lexicon places, Lexicon nationalities, Lexicon organizationWords, Lexicon givenNames,
      Lexicon speechVerbs, WordClusters clusters) {
  }

  private static final String[] PREFIX = {"", "pre1=", "pre2=", "pre3=", "pre4="};
  private static final String[] SUFFIX = {"", "suf1=", "suf2=", "suf3=", "suf4="};
  private static final String[] WINDOW = {"w-2=", "w-1=", "", "w1=", "w2="};
  /** What the window features read beyond the first and the last token of a sentence. */
  public static final String SENTENCE_START = "<s>";
  public static final String SENTENCE_END = "</s>";

  private final Set<Group> groups;
  private final Gazetteers gazetteers;

  public NameFeatures(Set<Group> groups, Gazetteers gazetteers) {
    this.groups = groups.isEmpty() ? EnumSet.noneOf(Group.class) : EnumSet.copyOf(groups);
    this.gazetteers = gazetteers;
  }

  public Set<Group> groups() {
    return EnumSet.copyOf(groups);
  }

  /** Whether the features include the words around the token ({@link Group#WINDOW}). */
  public boolean readsWindow() {
    return groups.contains(Group.WINDOW);
  }

  /**
   * The window feature of a word {@code d} tokens from the one decided ({@code d} in -2..2, not 0),
   * given in lower case or as {@link #SENTENCE_START} / {@link #SENTENCE_END}.
   */
  public void windowFeature(int d, String lowerWord, FeatureSink out) {
    out.add(WINDOW[d + 2], lowerWord);
  }

  /** Prepares one document: its sentences of normalized tokens, in order. */
  public Prepared prepare(List<String[]> sentences) {
    return new Prepared(sentences);
  }

  /** One document, ready for feature extraction. Not thread-safe; one per document. */
  public final class Prepared {
    private final String[] words;
    private final String[] lowers;
    private final String[] shapes;
    private final int[] sentenceOf;
    private final int[] sentenceStarts;
    private final boolean[] capsSentence;
    private final String[][] gazetteerTags;
    private final String[] documentCase;
    private final String[] tokenClasses;
    private final NameRuns runs;
    private final String[][] clusterOf;
    private final Map<String, String> memory = new HashMap<>();

    Prepared(List<String[]> sentences) {
      int count = 0;
      for (String[] sentence : sentences) {
        count += sentence.length;
      }
      words = new String[count];
      sentenceOf = new int[count];
      sentenceStarts = new int[sentences.size() + 1];
      capsSentence = new boolean[sentences.size()];
      int t = 0;
      for (int s = 0; s < sentences.size(); s++) {
        sentenceStarts[s] = t;
        for (String word : sentences.get(s)) {
          words[t] = word;
          sentenceOf[t] = s;
          t++;
        }
        capsSentence[s] = inCapitals(sentences.get(s));
      }
      sentenceStarts[sentences.size()] = count;
      lowers = new String[count];
      shapes = new String[count];
      tokenClasses = new String[count];
      // Computed once per distinct word, and shared, so that a long article holds one copy of each.
      Map<String, Integer> firstOf = new HashMap<>();
      boolean clusters = groups.contains(Group.WORD_CLUSTERS);
      clusterOf = new String[count][];
      for (int i = 0; i < count; i++) {
        Integer first = firstOf.putIfAbsent(words[i], i);
        if (first == null) {
          lowers[i] = words[i].toLowerCase(Locale.ROOT);
          shapes[i] = shape(words[i]);
          tokenClasses[i] = tokenClass(words[i]);
          clusterOf[i] = clusters ? gazetteers.clusters().of(words[i]) : null;
        } else {
          lowers[i] = lowers[first];
          shapes[i] = shapes[first];
          tokenClasses[i] = tokenClasses[first];
          clusterOf[i] = clusterOf[first];
        }
      }
      gazetteerTags = groups.contains(Group.GAZETTEERS) ? gazetteerTags() : new String[count][];
      documentCase = groups.contains(Group.DOCUMENT_CASE) ? documentCase() : new String[count];
      runs = groups.contains(Group.NAME_RUNS) || groups.contains(Group.DOCUMENT_MENTIONS)
          ? new NameRuns(words, lowers, sentenceStarts, capsSentence, gazetteers) : null;
    }

    public int tokenCount() {
      return words.length;
    }

    /** The word of token {@code i}, as given. */
    public String word(int i) {
      return words[i];
    }

    /** The word of token {@code i} in lower case, as the window features read it. */
    public String lower(int i) {
      return lowers[i];
    }

    public int sentenceCount() {
      return capsSentence.length;
    }

    public int sentenceStart(int sentence) {
      return sentenceStarts[sentence];
    }

    public int sentenceEnd(int sentence) {
      return sentenceStarts[sentence + 1];
    }

    /** Sentences in the order their tokens are decided: mixed case first, then capitals. */
    public int[] decisionOrder() {
      int[] order = new int[capsSentence.length];
      int n = 0;
      for (int s = 0; s < capsSentence.length; s++) {
        if (!capsSentence[s]) {
          order[n++] = s;
        }
      }
      for (int s = 0; s < capsSentence.length; s++) {
        if (capsSentence[s]) {
          order[n++] = s;
        }
      }
      return order;
    }

    /** Records the label decided for a token, for the document memory of later decisions. */
    public void remember(int token, int label) {
      if (!groups.contains(Group.DOCUMENT_MEMORY) || !capitalized(words[token])) {
        return;
      }
      String type = label == OUTSIDE ? "O" : LABELS.get(label).substring(2);
      memory.put(lowers[token], type);
    }

    /**
     * Writes the features of token {@code i} to {@code out}; {@code labels} holds the labels
     * decided so far for the document (those of the previous tokens of the sentence are read).
     * They are the token's {@link #wordFeatures word features}, the {@link #windowFeature window
     * features} of its neighbours and its {@link #contextFeatures context features}.
     */
    public void features(int i, int[] labels, FeatureSink out) {
      wordFeatures(i, out);
      if (readsWindow()) {
        int s = sentenceOf[i];
        for (int d = -2; d <= 2; d++) {
          if (d != 0) {
            windowFeature(d, neighbour(i, d, sentenceStarts[s], sentenceStarts[s + 1]), out);
          }
        }
      }
      contextFeatures(i, labels, out);
    }

    /** The lower-cased word {@code d} tokens from {@code i}, or a sentence boundary mark. */
    String neighbour(int i, int d, int first, int end) {
      int j = i + d;
      return j < first ? SENTENCE_START : j >= end ? SENTENCE_END : lowers[j];
    }

    /** Features of token {@code i}'s word alone: the same wherever the word occurs, so a decoder may cache their weights per word. */
    public void wordFeatures(int i, FeatureSink out) {
      String lower = lowers[i];
      if (groups.contains(Group.WORD)) {
        out.add("w=", words[i]);
        out.add("lw=", lower);
      }
      if (groups.contains(Group.SHAPE)) {
        out.add("sh=", shapes[i]);
        out.add("cls=", tokenClasses[i]);
      }
      if (groups.contains(Group.AFFIXES)) {
        for (int k = 1; k <= 4 && k < lower.length(); k++) {
          out.add(PREFIX[k], lower, 0, k);
          out.add(SUFFIX[k], lower, lower.length() - k, lower.length());
        }
      }
      if (groups.contains(Group.WORD_CLUSTERS)) {
        String[] clusters = clusterOf[i];
        out.add("cl=", clusters == null ? "none" : clusters[0]);
        if (clusters != null) {
          out.add("cl=", clusters[1]);
        }
      }
    }

    /** The features of token {@code i} that depend on more than its word and its neighbours' words. */
    public void contextFeatures(int i, int[] labels, FeatureSink out) {
      out.add("bias");
      int s = sentenceOf[i];
      int first = sentenceStarts[s];
      int end = sentenceStarts[s + 1];
      boolean caps = capsSentence[s];
      String lower = lowers[i];
      String shape = shapes[i];
      if (groups.contains(Group.BIGRAMS)) {
        out.add("bg-=", i > first ? lowers[i - 1] : "<s>", lower);
        out.add("bg+=", lower, i + 1 < end ? lowers[i + 1] : "</s>");
      }
      if (groups.contains(Group.SHAPE_WINDOW)) {
        String previous = i > first ? shapes[i - 1] : "<s>";
        String next = i + 1 < end ? shapes[i + 1] : "</s>";
        out.add("sh-1=", previous);
        out.add("sh+1=", next);
        out.add("sh-1,0=", previous, shape);
        out.add("sh0,+1=", shape, next);
        out.add("sh-1,0,+1=", previous, shape, next);
      }
      if (groups.contains(Group.SENTENCE)) {
        if (i == first) {
          out.add("first");
          out.add("first|", shape);
        }
        if (caps) {
          out.add("caps");
        }
        if (end - first == 1) {
          out.add("alone");
        }
      }
      if (groups.contains(Group.GAZETTEERS)) {
        addAll(out, "gz=", gazetteerTags[i]);
        if (i + 1 < end) {
          addAll(out, "gz+1=", gazetteerTags[i + 1]);
        }
        if (i > first) {
          addAll(out, "gz-1=", gazetteerTags[i - 1]);
        }
      }
      if (groups.contains(Group.LABEL_HISTORY)) {
        String previous = i > first ? LABELS.get(labels[i - 1]) : "<s>";
        String beforePrevious = i - 1 > first ? LABELS.get(labels[i - 2]) : "<s>";
        out.add("t-1=", previous);
        out.add("t-2,-1=", beforePrevious, previous);
        out.add("t-1,w=", previous, lower);
        out.add("t-1,sh=", previous, shape);
      }
      if (groups.contains(Group.DOCUMENT_MEMORY) && capitalized(words[i])) {
        String type = memory.get(lower);
        if (type != null) {
          out.add("mem=", type);
          out.add("mem,caps=", type, caps ? "caps" : "mixed");
        }
      }
      if (groups.contains(Group.DOCUMENT_CASE) && documentCase[i] != null) {
        out.add("dc=", documentCase[i]);
      }
      if (groups.contains(Group.NAME_RUNS) && runs.runPosition[i] != null) {
        out.add("rf=", runs.runFirst[i]);
        out.add("rl=", runs.runLast[i]);
        out.add("rp,rl=", runs.runPosition[i], runs.runLast[i]);
      }
      if (groups.contains(Group.DOCUMENT_MENTIONS)) {
        addAll(out, "dm=", runs.mentions[i]);
      }
      if (groups.contains(Group.WORD_CLUSTERS)) {
        String[] previous = i > first ? clusterOf[i - 1] : null;
        String[] next = i + 1 < end ? clusterOf[i + 1] : null;
        out.add("cl-1=", previous == null ? "none" : previous[0]);
        out.add("cl+1=", next == null ? "none" : next[0]);
      }
      if (groups.contains(Group.SPEECH_VERBS) && capitalized(words[i])) {
        if (i > first && gazetteers.speechVerbs().containsToken(lower(i - 1))) {
          out.add("say-1");
        }
        if (i + 1 < end && gazetteers.speechVerbs().containsToken(lower(i + 1))) {
          out.add("say+1");
        }
      }
    }

    private static void addAll(FeatureSink out, String prefix, String[] tags) {
      if (tags != null) {
        for (String tag : tags) {
          out.add(prefix, tag);
        }
      }
    }

    /** The features of token {@code i} as strings, as the trainer reads them. */
    public String[] features(int i, int[] labels) {
      FeatureSink.Strings strings = new FeatureSink.Strings();
      features(i, labels, strings);
      return strings.toArray();
    }

    /** For each token of a sentence in capitals, the shape its word has in the rest of the document. */
    private String[] documentCase() {
      Map<String, String> spelling = new HashMap<>();
      for (int s = 0; s < capsSentence.length; s++) {
        if (capsSentence[s]) {
          continue;
        }
        for (int i = sentenceStarts[s] + 1; i < sentenceStarts[s + 1]; i++) {
          if (hasLetter(words[i])) {
            spelling.merge(lowers[i], caseClass(words[i]), (a, b) -> a.equals(b) ? a : "mixed");
          }
        }
      }
      String[] result = new String[words.length];
      for (int s = 0; s < capsSentence.length; s++) {
        for (int i = sentenceStarts[s]; i < sentenceStarts[s + 1]; i++) {
          if (capsSentence[s] || i == sentenceStarts[s]) {
            result[i] = hasLetter(words[i]) ? spelling.getOrDefault(lowers[i], "unseen") : null;
          }
        }
      }
      return result;
    }

    /**
     * Gazetteer tags of each token, or null: "place-B"/"place-I" over the longest listed place,
     * "nat", "org", "given" for single listed words. Only words written with a capital count, so that
     * the pronoun "us" is not the "US".
     */
    private String[][] gazetteerTags() {
      String[][] tags = new String[words.length][];
      for (int s = 0; s < capsSentence.length; s++) {
        int end = sentenceStarts[s + 1];
        int placeEnd = -1;
        for (int i = sentenceStarts[s]; i < end; i++) {
          if (!capitalized(words[i])) {
            continue;
          }
          if (i >= placeEnd) {
            int place = gazetteers.places().longestMatch(lowers, i, end);
            if (place > 0 && capitalized(words[i + place - 1])) {
              tags[i] = add(tags[i], "place-B");
              for (int k = 1; k < place; k++) {
                tags[i + k] = add(tags[i + k], "place-I");
              }
              placeEnd = i + place;
            }
          }
          if (gazetteers.nationalities().containsToken(lowers[i])) {
            tags[i] = add(tags[i], "nat");
          }
          if (gazetteers.organizationWords().containsToken(lowers[i])) {
            tags[i] = add(tags[i], "org");
          }
          if (gazetteers.givenNames().containsToken(lowers[i])) {
            tags[i] = add(tags[i], "given");
          }
        }
      }
      return tags;
    }
  }

  private static String[] add(String[] tags, String tag) {
    if (tags == null) {
      return new String[] {tag};
    }
    String[] more = Arrays.copyOf(tags, tags.length + 1);
    more[tags.length] = tag;
    return more;
  }

  /** A sentence is in capitals when it has at least two words with letters and none of them has a lower-case letter. */
  static boolean inCapitals(String[] sentence) {
    int words = 0;
    for (String token : sentence) {
      boolean letter = false;
      for (int k = 0; k < token.length(); k++) {
        char c = token.charAt(k);
        if (Character.isLowerCase(c)) {
          return false;
        }
        letter |= Character.isLetter(c);
      }
      if (letter) {
        words++;
      }
    }
    return words >= 2;
  }

  static boolean capitalized(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
  }

  private static boolean hasLetter(String word) {
    for (int k = 0; k < word.length(); k++) {
      if (Character.isLetter(word.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  /** "upper", "title", "lower" or "mixed": how a word is capitalized. */
  static String caseClass(String word) {
    boolean upperFirst = Character.isUpperCase(word.charAt(0));
    boolean lowerRest = false;
    boolean upperRest = false;
    for (int k = 1; k < word.length(); k++) {
      char c = word.charAt(k);
      lowerRest |= Character.isLowerCase(c);
      upperRest |= Character.isUpperCase(c);
    }
    if (upperFirst && !lowerRest) {
      return "upper";
    }
    if (upperFirst && !upperRest) {
      return "title";
    }
    if (!upperFirst && !upperRest && Character.isLowerCase(word.charAt(0))) {
      return "lower";
    }
    return "mixed";
  }

  /**
   * The word's shape: upper-case letters become X, lower-case x, digits d, other characters stay;
   * a run of the same character is written once ("Leicestershire" is "Xx", "1996-08-30" is "d-d-d").
   */
  static String shape(String word) {
    StringBuilder shape = new StringBuilder(8);
    char last = 0;
    for (int k = 0; k < word.length(); k++) {
      char c = word.charAt(k);
      char mapped = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd'
          : Character.isLetter(c) ? 'x' : c;
      if (mapped != last) {
        shape.append(mapped);
      }
      last = mapped;
    }
    return shape.toString();
  }

  /** A coarse class of the token, after OpenNLP's token classes: all caps, initial cap, number kinds. */
  static String tokenClass(String word) {
    boolean digits = true;
    boolean letters = true;
    int upper = 0;
    int digitCount = 0;
    for (int k = 0; k < word.length(); k++) {
      char c = word.charAt(k);
      if (Character.isDigit(c)) {
        digitCount++;
        letters = false;
      } else if (Character.isLetter(c)) {
        digits = false;
        if (Character.isUpperCase(c)) {
          upper++;
        }
      } else {
        digits = false;
        letters = false;
      }
    }
    if (digits) {
      return digitCount == 2 ? "2d" : digitCount == 4 ? "4d" : "num";
    }
    if (letters) {
      if (upper == 0) {
        return "lc";
      }
      if (upper == word.length()) {
        return word.length() == 1 ? "sc" : "ac";
      }
      return Character.isUpperCase(word.charAt(0)) ? "ic" : "mc";
    }
    if (digitCount > 0) {
      return "dx";
    }
    return upper > 0 ? "ux" : "other";
  }
}
