package io.reportage.training;

import io.reportage.training.wordnet.WordNet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Builds {@code abstract-nouns.txt}, the nouns whose commonest sense WordNet 3.0 files under an
 * abstract lexicographer class (acts, cognition, communication, events, feelings, motives,
 * phenomena, relations, states). Only single words whose senses are counted in WordNet's
 * sense-tagged texts are kept, so that "commonest" is measured. Event argument reading drops a
 * participant whose head is one of them. Run from the project root after a build, with Debian's
 * {@code wordnet-base} installed:
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.reportage.training.BuildAbstractNouns [--wordnet /usr/share/wordnet] [--output FILE]
 * </pre>
 */
public final class BuildAbstractNouns {
  static final Path OUTPUT = Path.of("models/src/main/resources/io/reportage/models/lexicon/abstract-nouns.txt");
  /** WordNet's abstract noun classes. Attribute ("forces", "strength"), time and quantity are left out: they name groups and amounts as often. */
  static final Set<String> ABSTRACT = Set.of("noun.act", "noun.cognition", "noun.communication", "noun.event", "noun.feeling",
      "noun.motive", "noun.phenomenon", "noun.relation", "noun.state");

  private BuildAbstractNouns() {
  }

  public static void main(String[] args) throws IOException {
    Path dir = Path.of("/usr/share/wordnet");
    Path output = OUTPUT;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--wordnet" -> dir = Path.of(args[++i]);
        case "--output" -> output = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("Unknown option " + args[i] + "; expected --wordnet DIR or --output FILE");
      }
    }
    WordNet wordNet = WordNet.read(dir);
    List<String> lines = new ArrayList<>(List.of(
        "# Nouns whose commonest sense is abstract, derived from WordNet 3.0 (Princeton University; WordNet",
        "# licence, see models/README.md) by io.reportage.training.BuildAbstractNouns: single words whose first",
        "# sense is in noun.act, noun.cognition, noun.communication, noun.event, noun.feeling, noun.motive,",
        "# noun.phenomenon, noun.relation or noun.state, among the words of WordNet's sense-tagged texts.",
        "# Lemmas, lower case. An event participant is not one of these (\"shot their way out\", \"the scheme\").",
        "# Generated: edit the classes in the builder, not this file."));
    int count = 0;
    for (String lemma : wordNet.taggedLemmas('n')) {
      if (!lemma.chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
        continue;
      }
      List<WordNet.Synset> senses = wordNet.senses(lemma, 'n');
      if (!senses.isEmpty() && ABSTRACT.contains(senses.get(0).lexFile())) {
        lines.add(lemma);
        count++;
      }
    }
    Files.write(output, lines, StandardCharsets.UTF_8);
    System.out.println(count + " abstract nouns written to " + output);
  }
}
