package io.reportage.training;

import io.reportage.training.wordnet.WordNet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds {@code event-word-classes.txt}, the event classes of single words derived from WordNet
 * 3.0: for each event type a few seed synsets ("attack.v.1": the first verb sense of "attack"),
 * every synset below them by hyponym links (every kind of killing, of meeting, of journey), and the
 * words their derivation links reach ("attack" the verb to "attacker" and "attack" the noun;
 * "arrest" to "arrest"). Each word gets the types it can name and, per type, the rank of its most
 * frequent sense in that type (1 = the word's commonest sense), which the trigger model reads;
 * words whose event sense is rarer than their second are left out. Run
 * from the project root after a build, with Debian's {@code wordnet-base} installed:
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.reportage.training.BuildEventWordClasses [--wordnet /usr/share/wordnet] [--output FILE]
 * </pre>
 */
public final class BuildEventWordClasses {
  static final Path OUTPUT = Path.of("models/src/main/resources/io/reportage/models/lexicon/event-word-classes.txt");
  /** Words whose event sense is rarer than their second sense are left out: they name other things far more often. */
  private static final int MAX_RANK = 2;

  /** Seed synsets per event type, as lemma.pos.sense (WordNet 3.0 sense numbers). */
  static final Map<String, List<String>> SEEDS = new LinkedHashMap<>();

  static {
    SEEDS.put("ATTACK", List.of("attack.v.1", "attack.n.1", "attack.n.5", "war.n.1", "battle.n.1", "fight.n.2",
        "bombing.n.1", "bombing.n.2", "bomb.v.1", "shoot.v.1", "assault.n.1", "assault.n.2", "invade.v.1", "battle.v.1",
        "violence.n.1", "explosion.n.1", "explode.v.1", "strike.n.6", "fire.v.1", "shooting.n.1", "raid.n.1", "clash.n.2"));
    SEEDS.put("DEATH", List.of("kill.v.1", "die.v.1", "killing.n.1", "death.n.1", "death.n.3", "murder.v.1", "murder.n.1",
        "shoot.v.2", "fatality.n.1", "suicide.n.1", "execute.v.1"));
    SEEDS.put("MEETING", List.of("meet.v.2", "meet.v.1", "meeting.n.1", "meeting.n.4", "summit.n.3", "negotiation.n.1",
        "confer.v.1", "talk.n.1", "conference.n.1", "conference.n.2", "visit.n.3", "negotiate.v.1", "discuss.v.1"));
    SEEDS.put("PHONE_CALL", List.of("call.n.1", "telephone.v.1"));
    SEEDS.put("CORRESPONDENCE", List.of("write.v.7", "letter.n.1", "e-mail.v.1", "e-mail.n.1"));
    SEEDS.put("ARREST", List.of("arrest.v.1", "arrest.n.1", "imprison.v.1", "detain.v.1", "imprisonment.n.1",
        "capture.v.1", "detention.n.1", "jail.v.1", "sentence.v.1", "extradite.v.1"));
    SEEDS.put("TRANSPORT", List.of("travel.v.2", "transport.v.1", "transport.v.2", "travel.n.1", "trip.n.1", "journey.n.1",
        "arrive.v.1", "leave.v.1", "flee.v.1", "deploy.v.1", "evacuate.v.1", "return.v.1", "visit.v.1", "visit.n.1",
        "send.v.2", "transportation.n.2", "fly.v.2", "immigrate.v.1", "emigrate.v.1"));
    SEEDS.put("MONEY_TRANSFER", List.of("pay.v.1", "payment.n.2", "donate.v.1", "contribution.n.2", "fund.v.2", "lend.v.1",
        "loan.n.1", "grant.n.1", "borrow.v.1", "finance.v.1", "compensate.v.2", "bribe.v.1"));
    SEEDS.put("DEMONSTRATION", List.of("demonstration.n.3", "protest.n.2", "protest.v.2", "rally.n.1", "march.n.4",
        "demonstrate.v.3", "riot.n.1", "strike.n.1", "boycott.n.1", "picket.v.1"));
  }

  private BuildEventWordClasses() {
  }

  public static void main(String[] args) throws IOException {
    Path dir = Path.of("/usr/share/wordnet");
    Path output = OUTPUT;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--wordnet" -> dir = Path.of(args[++i]);
        case "--output" -> output = Path.of(args[++i]);
        case "--show" -> {
          show(WordNet.read(dir), args[++i]);
          return;
        }
        default -> {
          System.err.println("Unknown option " + args[i] + "; expected --wordnet DIR, --output FILE or --show lemma.pos.n");
          System.exit(2);
        }
      }
    }
    if (!Files.isRegularFile(dir.resolve("data.verb"))) {
      System.err.println("No WordNet database in " + dir + ": apt-get install -y wordnet-base, or pass --wordnet DIR");
      System.exit(2);
    }
    WordNet wordNet = WordNet.read(dir);
    Map<String, Map<String, Integer>> classes = new TreeMap<>();
    for (Map.Entry<String, List<String>> entry : SEEDS.entrySet()) {
      int before = classes.size();
      for (String seed : entry.getValue()) {
        for (WordNet.Synset synset : wordNet.below(seedSynset(wordNet, seed))) {
          for (String word : synset.words()) {
            add(classes, word, entry.getKey(), wordNet.rank(word, synset));
          }
          for (Map.Entry<String, WordNet.Synset> derived : wordNet.derived(synset).entrySet()) {
            if (derived.getValue().lexFile().endsWith(".act") || derived.getValue().lexFile().endsWith(".event")
                || derived.getValue().key().pos() == 'v') {
              add(classes, derived.getKey(), entry.getKey(), wordNet.rank(derived.getKey(), derived.getValue()));
            }
          }
        }
      }
      System.out.printf("%-15s %d seeds, %d new words%n", entry.getKey(), entry.getValue().size(), classes.size() - before);
    }
    List<String> lines = new ArrayList<>();
    lines.add("# Event classes of words, derived from WordNet 3.0 (Princeton University; WordNet licence, see");
    lines.add("# models/README.md) by io.reportage.training.BuildEventWordClasses: the words of the synsets");
    lines.add("# below a few seed senses per type, and the words their derivation links reach. Value: TYPE/RANK,");
    lines.add("# RANK the word's commonest sense of that type (1 = its commonest sense of all); words whose event");
    lines.add("# sense is rarer than their " + MAX_RANK + "nd are left out.");
    lines.add("# Generated: edit the seeds in the builder, not this file. A candidate trigger only: the trigger");
    lines.add("# model decides, from the context, whether the word names the event.");
    classes.values().forEach(types -> types.values().removeIf(rank -> rank > MAX_RANK));
    classes.values().removeIf(Map::isEmpty);
    for (Map.Entry<String, Map<String, Integer>> entry : classes.entrySet()) {
      StringBuilder value = new StringBuilder();
      for (Map.Entry<String, Integer> type : entry.getValue().entrySet()) {
        value.append(value.length() == 0 ? "" : " ").append(type.getKey()).append('/').append(type.getValue());
      }
      lines.add(entry.getKey() + " | " + value);
    }
    Files.write(output, lines, StandardCharsets.UTF_8);
    System.out.println("wrote " + output + ": " + classes.size() + " words (" + Files.size(output) + " bytes)");
  }

  private static void add(Map<String, Map<String, Integer>> classes, String word, String type, int rank) {
    if (word.indexOf('_') >= 0 || word.indexOf('-') >= 0 || word.indexOf('.') >= 0 || rank <= 0) {
      return; // phrases and rare spellings: the candidates are single tokens, matched by lemma
    }
    classes.computeIfAbsent(word, w -> new TreeMap<>()).merge(type, rank, Math::min);
  }

  private static WordNet.Synset seedSynset(WordNet wordNet, String seed) {
    String[] parts = seed.split("\\.");
    return wordNet.sense(parts[0], parts[1].charAt(0), Integer.parseInt(parts[2]));
  }

  private static void show(WordNet wordNet, String seed) {
    WordNet.Synset root = seedSynset(wordNet, seed);
    System.out.println(root.words() + " -- " + root.gloss());
    for (WordNet.Synset synset : wordNet.below(root)) {
      System.out.println("  " + synset.words());
    }
  }
}
