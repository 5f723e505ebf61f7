package io.reportage.training.wordnet;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The nouns and verbs of a WordNet 3.0 database as laid out by Princeton's {@code data.*} and
 * {@code index.*} files (Debian's {@code wordnet-base}: {@code /usr/share/wordnet}): synsets with
 * their words and pointers, and each lemma's senses in order of frequency. Used at build time only.
 */
public final class WordNet {
  /** A pointer of a synset: its symbol ("@" hypernym, "~" hyponym, "+" derivation), target, and the words it links (0 = whole synset). */
  public record Pointer(String symbol, Key target, int sourceWord, int targetWord) {
  }

  /** A synset's address: part of speech ('n', 'v') and byte offset in its data file. */
  public record Key(char pos, long offset) {
  }

  /** A set of synonyms: its words (lower case, '_' between the words of a phrase) and pointers. */
  public record Synset(Key key, String lexFile, List<String> words, List<Pointer> pointers, String gloss) {
  }

  private static final String[] LEX_FILES = {"adj.all", "adj.pert", "adv.all", "noun.Tops", "noun.act", "noun.animal",
      "noun.artifact", "noun.attribute", "noun.body", "noun.cognition", "noun.communication", "noun.event",
      "noun.feeling", "noun.food", "noun.group", "noun.location", "noun.motive", "noun.object", "noun.person",
      "noun.phenomenon", "noun.plant", "noun.possession", "noun.process", "noun.quantity", "noun.relation",
      "noun.shape", "noun.state", "noun.substance", "noun.time", "verb.body", "verb.change", "verb.cognition",
      "verb.communication", "verb.competition", "verb.consumption", "verb.contact", "verb.creation",
      "verb.emotion", "verb.motion", "verb.perception", "verb.possession", "verb.social", "verb.stative",
      "verb.weather", "adj.ppl"};

  private final Map<Key, Synset> synsets = new HashMap<>();
  private final Map<String, List<Key>> senses = new HashMap<>();
  /** pos + lemma of the lemmas with a sense tagged in WordNet's sense-tagged texts (tagsense_cnt > 0). */
  private final Set<String> tagged = new java.util.HashSet<>();

  private WordNet() {
  }

  /** Reads {@code data.noun}, {@code data.verb}, {@code index.noun} and {@code index.verb} from {@code dir}. */
  public static WordNet read(Path dir) throws IOException {
    WordNet wordNet = new WordNet();
    for (String pos : List.of("noun", "verb")) {
      wordNet.readData(dir.resolve("data." + pos));
      wordNet.readIndex(dir.resolve("index." + pos));
    }
    return wordNet;
  }

  /** The synsets of {@code lemma} as part of speech {@code pos}, most frequent sense first. */
  public List<Synset> senses(String lemma, char pos) {
    List<Synset> found = new ArrayList<>();
    for (Key key : senses.getOrDefault(pos + lemma.toLowerCase(Locale.ROOT), List.of())) {
      found.add(synsets.get(key));
    }
    return found;
  }

  /** The synset {@code lemma.pos.n} (n from 1, as in WordNet's sense numbers), or an exception naming it. */
  public Synset sense(String lemma, char pos, int number) {
    List<Synset> all = senses(lemma, pos);
    if (number < 1 || number > all.size()) {
      throw new IllegalArgumentException("WordNet has no sense " + lemma + "." + pos + "." + number + " (" + all.size() + " senses)");
    }
    return all.get(number - 1);
  }

  /**
   * The lemmas of part of speech {@code pos} that WordNet's sense-tagged texts use, sorted: for them
   * the order of senses is measured, not guessed.
   */
  public List<String> taggedLemmas(char pos) {
    List<String> lemmas = new ArrayList<>();
    for (String key : tagged) {
      if (key.charAt(0) == pos) {
        lemmas.add(key.substring(1));
      }
    }
    lemmas.sort(null);
    return lemmas;
  }

  public Synset synset(Key key) {
    return synsets.get(key);
  }

  /** The 1-based rank of {@code synset} among the senses of {@code lemma}, 0 when it is not one. */
  public int rank(String lemma, Synset synset) {
    List<Key> keys = senses.getOrDefault(synset.key().pos() + lemma, List.of());
    return keys.indexOf(synset.key()) + 1;
  }

  /**
   * {@code root} and every synset below it by hyponym links ("~"), breadth first. Instances ("~i":
   * Verdun, Trafalgar) are left out: they are names, not words for kinds of event.
   */
  public Set<Synset> below(Synset root) {
    Set<Synset> seen = new LinkedHashSet<>();
    Deque<Synset> queue = new ArrayDeque<>();
    queue.add(root);
    while (!queue.isEmpty()) {
      Synset next = queue.poll();
      if (seen.add(next)) {
        for (Pointer pointer : next.pointers()) {
          if (pointer.symbol().equals("~")) {
            queue.add(synsets.get(pointer.target()));
          }
        }
      }
    }
    return seen;
  }

  /** The words that the derivation links ("+") of {@code synset} lead to, with their synsets. */
  public Map<String, Synset> derived(Synset synset) {
    Map<String, Synset> words = new HashMap<>();
    for (Pointer pointer : synset.pointers()) {
      if (pointer.symbol().equals("+")) {
        Synset target = synsets.get(pointer.target());
        if (target != null && pointer.targetWord() > 0 && pointer.targetWord() <= target.words().size()) {
          words.put(target.words().get(pointer.targetWord() - 1), target);
        }
      }
    }
    return words;
  }

  private void readData(Path file) throws IOException {
    try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (!line.startsWith(" ")) {
          Synset synset = parseSynset(line);
          synsets.put(synset.key(), synset);
        }
      }
    }
  }

  /** offset lex_filenum ss_type w_cnt (word lex_id)* p_cnt (symbol offset pos source/target)* [frames] | gloss */
  private static Synset parseSynset(String line) {
    int bar = line.indexOf(" | ");
    String gloss = bar < 0 ? "" : line.substring(bar + 3).strip();
    String[] f = (bar < 0 ? line : line.substring(0, bar)).trim().split(" +");
    long offset = Long.parseLong(f[0]);
    String lexFile = LEX_FILES[Integer.parseInt(f[1])];
    char pos = f[2].charAt(0) == 's' ? 'a' : f[2].charAt(0);
    int wordCount = Integer.parseInt(f[3], 16);
    List<String> words = new ArrayList<>();
    int i = 4;
    for (int w = 0; w < wordCount; w++, i += 2) {
      String word = f[i].toLowerCase(Locale.ROOT);
      int paren = word.indexOf('(');
      words.add(paren > 0 ? word.substring(0, paren) : word);
    }
    int pointerCount = Integer.parseInt(f[i++]);
    List<Pointer> pointers = new ArrayList<>();
    for (int p = 0; p < pointerCount; p++, i += 4) {
      char targetPos = f[i + 2].charAt(0) == 's' ? 'a' : f[i + 2].charAt(0);
      String st = f[i + 3];
      pointers.add(new Pointer(f[i], new Key(targetPos, Long.parseLong(f[i + 1])),
          Integer.parseInt(st.substring(0, 2), 16), Integer.parseInt(st.substring(2), 16)));
    }
    return new Synset(new Key(pos, offset), lexFile, List.copyOf(words), List.copyOf(pointers), gloss);
  }

  /** lemma pos synset_cnt p_cnt symbol* sense_cnt tagsense_cnt offset* */
  private void readIndex(Path file) throws IOException {
    try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.startsWith(" ")) {
          continue;
        }
        String[] f = line.trim().split(" +");
        char pos = f[1].charAt(0);
        int synsetCount = Integer.parseInt(f[2]);
        int pointerKinds = Integer.parseInt(f[3]);
        int first = 4 + pointerKinds + 2;
        List<Key> keys = new ArrayList<>();
        for (int s = 0; s < synsetCount; s++) {
          keys.add(new Key(pos, Long.parseLong(f[first + s])));
        }
        senses.put(pos + f[0], List.copyOf(keys));
        if (Integer.parseInt(f[4 + pointerKinds + 1]) > 0) {
          tagged.add(pos + f[0]);
        }
      }
    }
  }
}
