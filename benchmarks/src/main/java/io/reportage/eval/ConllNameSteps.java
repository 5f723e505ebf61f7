package io.reportage.eval;

import io.reportage.EntityType;
import io.reportage.MentionKind;
import io.reportage.NameSpan;
import io.reportage.WorkingDocuments;
import io.reportage.adapter.opennlp.OpenNlpEntityRecognizer;
import io.reportage.adapter.opennlp.OpenNlpModels;
import io.reportage.corpus.Conll2003;
import io.reportage.entity.EntityRecognizer;
import io.reportage.eval.ConllEvaluation.Counts;
import io.reportage.eval.ConllEvaluation.Name;
import io.reportage.pipeline.Document;
import io.reportage.pipeline.MentionDraft;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where the FAST pipeline's names part from its name-finder model's, on CoNLL-2003: each document
 * is scored at four steps, against the same gold PER, ORG and LOC names as {@link ConllEvaluation}:
 * <ol>
 *   <li>{@code MODEL}: the model on CoNLL's own tokens and sentences (what the trainer scores);
 *   <li>{@code RECOGNIZER}: the model on the pipeline's tokens and sentences of the same text;
 *   <li>{@code CONSISTENCY}: the names after {@code NameTypeConsistency};
 *   <li>{@code ENTITIES}: the NAME mentions with their entities' types after the whole pipeline
 *       (what {@code Evaluate conll} scores).
 * </ol>
 * Between two steps, each gold name found at one and not at the other is counted by kind: the
 * pipeline's tokens or sentences differ from CoNLL's there, the name was retyped (from which type to
 * which), or it is gone; and each wrong name the later step adds, by what the earlier one had there. For model experiments: the model is read from the class path as the
 * pipeline reads it.
 */
final class ConllNameSteps {
  enum Step { MODEL, RECOGNIZER, CONSISTENCY, ENTITIES }

  private ConllNameSteps() {
  }

  /**
   * @param byStep counts per step and type
   * @param changes gold names found at one step and not at the next (or the reverse), by kind
   * @param examples up to the requested number of example lines per kind
   */
  record Result(Map<Step, Map<EntityType, Counts>> byStep, Map<String, Integer> changes,
      Map<String, List<String>> examples) {
    void print(PrintStream out) {
      out.printf(Locale.ROOT, "%-12s %8s %8s %8s %8s %6s %6s %6s%n", "step", "F1", "PER", "ORG", "LOC", "tp", "fp", "fn");
      for (Map.Entry<Step, Map<EntityType, Counts>> entry : byStep.entrySet()) {
        Counts all = new Counts(0, 0, 0);
        for (Counts counts : entry.getValue().values()) {
          all = all.plus(counts);
        }
        Map<EntityType, Counts> types = entry.getValue();
        out.printf(Locale.ROOT, "%-12s %8.4f %8.4f %8.4f %8.4f %6d %6d %6d%n", entry.getKey(), all.f1(),
            types.get(EntityType.PERSON).f1(), types.get(EntityType.ORGANIZATION).f1(),
            types.get(EntityType.LOCATION).f1(), all.truePositives(), all.falsePositives(), all.falseNegatives());
      }
      out.println("gold names found at one step and not at the next (lost) or the reverse (gained), by kind:");
      changes.forEach((kind, count) -> out.printf(Locale.ROOT, "%6d  %s%n", count, kind));
      examples.forEach((kind, lines) -> {
        out.println("-- " + kind);
        lines.forEach(line -> out.println("   " + line));
      });
    }
  }

  static Result compare(List<Conll2003.Doc> docs, int examplesPerKind) {
    WorkingDocuments working = WorkingDocuments.fast();
    EntityRecognizer recognizer = new OpenNlpEntityRecognizer(OpenNlpModels.nameFinderModel());
    Map<Step, Map<EntityType, int[]>> counts = new EnumMap<>(Step.class);
    for (Step step : Step.values()) {
      Map<EntityType, int[]> byType = new EnumMap<>(EntityType.class);
      ConllEvaluation.SCORED.forEach(type -> byType.put(type, new int[3]));
      counts.put(step, byType);
    }
    Map<String, Integer> changes = new TreeMap<>();
    Map<String, List<String>> examples = new TreeMap<>();
    for (Conll2003.Doc conll : docs) {
      String text = conll.text();
      Set<Name> gold = ConllEvaluation.gold(conll);
      Document doc = working.complete(text);
      Map<Step, Set<Name>> found = new EnumMap<>(Step.class);
      found.put(Step.MODEL, onConllTokens(recognizer, conll));
      found.put(Step.RECOGNIZER, recognized(recognizer, doc));
      found.put(Step.CONSISTENCY, inCharacters(doc, doc.names()));
      found.put(Step.ENTITIES, linked(doc));
      for (Map.Entry<Step, Set<Name>> entry : found.entrySet()) {
        score(gold, entry.getValue(), counts.get(entry.getKey()));
      }
      Step[] steps = Step.values();
      for (int s = 0; s + 1 < steps.length; s++) {
        Set<Name> before = found.get(steps[s]);
        Set<Name> after = found.get(steps[s + 1]);
        String transition = steps[s] + " -> " + steps[s + 1];
        for (Name name : gold) {
          boolean was = before.contains(name);
          boolean is = after.contains(name);
          if (was != is) {
            String kind = transition + (was ? " lost: " : " gained: ")
                + (s == 0 ? inputDifference(conll, doc, name, was ? after : before) : change(name, was ? after : before));
            changes.merge(kind, 1, Integer::sum);
            List<String> lines = examples.computeIfAbsent(kind, k -> new ArrayList<>());
            if (lines.size() < examplesPerKind) {
              lines.add(ConllEvaluation.describe(name, text));
            }
          }
        }
        for (Name name : after) {
          if (!gold.contains(name) && !before.contains(name) && ConllEvaluation.SCORED.contains(name.type())) {
            String kind = transition + " wrong name added: " + name.type() + ", before it " + change(name, before);
            changes.merge(kind, 1, Integer::sum);
            List<String> lines = examples.computeIfAbsent(kind, k -> new ArrayList<>());
            if (lines.size() < examplesPerKind) {
              lines.add(ConllEvaluation.describe(name, text));
            }
          }
        }
      }
    }
    Map<Step, Map<EntityType, Counts>> byStep = new EnumMap<>(Step.class);
    counts.forEach((step, byType) -> {
      Map<EntityType, Counts> totals = new EnumMap<>(EntityType.class);
      byType.forEach((type, c) -> totals.put(type, new Counts(c[0], c[1], c[2])));
      byStep.put(step, totals);
    });
    return new Result(byStep, changes, examples);
  }

  private static void score(Set<Name> gold, Set<Name> found, Map<EntityType, int[]> counts) {
    for (Name name : found) {
      if (counts.containsKey(name.type())) {
        counts.get(name.type())[gold.contains(name) ? 0 : 1]++;
      }
    }
    for (Name name : gold) {
      if (!found.contains(name)) {
        counts.get(name.type())[2]++;
      }
    }
  }

  /** The model's names on CoNLL's own tokens and sentences, in characters of the evaluation text. */
  private static Set<Name> onConllTokens(EntityRecognizer recognizer, Conll2003.Doc conll) {
    List<String[]> sentences = new ArrayList<>();
    for (Conll2003.Sentence sentence : conll.sentences()) {
      sentences.add(sentence.tokens().toArray(String[]::new));
    }
    int[][] offsets = conll.tokenOffsets();
    List<List<NameSpan>> names = recognizer.recognize(sentences);
    Set<Name> found = new HashSet<>();
    int first = 0;
    for (int s = 0; s < sentences.size(); s++) {
      for (NameSpan name : names.get(s)) {
        found.add(new Name(offsets[first + name.start()][0], offsets[first + name.end() - 1][1], name.type()));
      }
      first += sentences.get(s).length;
    }
    return found;
  }

  /** The model's names on the pipeline's tokens and sentences, before any later step revises them. */
  private static Set<Name> recognized(EntityRecognizer recognizer, Document doc) {
    List<String[]> sentences = new ArrayList<>();
    String[] norms = doc.norms();
    for (int s = 0; s < doc.sentenceCount(); s++) {
      sentences.add(java.util.Arrays.copyOfRange(norms, doc.sentenceStart(s), doc.sentenceEnd(s)));
    }
    List<List<NameSpan>> names = recognizer.recognize(sentences);
    List<NameSpan> shifted = new ArrayList<>();
    for (int s = 0; s < names.size(); s++) {
      for (NameSpan name : names.get(s)) {
        shifted.add(name.shift(doc.sentenceStart(s)));
      }
    }
    return inCharacters(doc, shifted);
  }

  private static Set<Name> inCharacters(Document doc, List<NameSpan> names) {
    Set<Name> found = new HashSet<>();
    for (NameSpan name : names) {
      found.add(new Name(doc.tokenStart(name.start()), doc.tokenEnd(name.end() - 1), name.type()));
    }
    return found;
  }

  /** NAME mentions typed as their entities end up, as the analysis reports them. */
  private static Set<Name> linked(Document doc) {
    Set<Name> found = new HashSet<>();
    for (MentionDraft mention : doc.mentions()) {
      if (mention.kind == MentionKind.NAME && mention.entity != null) {
        found.add(new Name(doc.tokenStart(mention.tokenStart), doc.tokenEnd(mention.tokenEnd - 1),
            mention.entity.canonical().type));
      }
    }
    return found;
  }

  /** What a later step has where an earlier one had the gold name (or the reverse). */
  private static String change(Name name, Set<Name> other) {
    for (Name candidate : other) {
      if (candidate.start() == name.start() && candidate.end() == name.end()) {
        return "typed " + candidate.type() + (candidate.type() == name.type() ? "" : " instead of " + name.type());
      }
    }
    for (Name candidate : other) {
      if (candidate.start() < name.end() && name.start() < candidate.end()) {
        return "other span";
      }
    }
    return "no name";
  }

  /**
   * Why the model's names differ between CoNLL's input and the pipeline's at a gold name: the
   * pipeline's tokens do not start and end there, its sentence there is not CoNLL's, or the input is
   * the same there and the difference comes from elsewhere in the document (the name memory, the
   * order of decisions).
   */
  private static String inputDifference(Conll2003.Doc conll, Document doc, Name name, Set<Name> other) {
    Map<Integer, Integer> tokenAt = new HashMap<>();
    int end = -1;
    for (int t = 0; t < doc.tokenCount(); t++) {
      tokenAt.put(doc.tokenStart(t), t);
      if (doc.tokenEnd(t) == name.end()) {
        end = t;
      }
    }
    Integer start = tokenAt.get(name.start());
    if (start == null || end < 0) {
      boolean covered = false;
      for (int t = 0; t < doc.tokenCount(); t++) {
        covered |= doc.tokenStart(t) < name.end() && name.start() < doc.tokenEnd(t);
      }
      return covered ? "pipeline tokens differ" : "text not analysed";
    }
    int sentence = doc.sentenceOf(start);
    int sentenceStart = doc.tokenStart(doc.sentenceStart(sentence));
    int sentenceEnd = doc.tokenEnd(doc.sentenceEnd(sentence) - 1);
    int[] conllSentence = conllSentenceAround(conll, name.start());
    if (doc.sentenceOf(end) != sentence || sentenceStart != conllSentence[0] || sentenceEnd != conllSentence[1]) {
      return "pipeline sentence differs";
    }
    return "same tokens and sentence, " + change(name, other);
  }

  /** Character extent of the CoNLL sentence holding {@code offset}. */
  private static int[] conllSentenceAround(Conll2003.Doc conll, int offset) {
    int position = 0;
    for (Conll2003.Sentence sentence : conll.sentences()) {
      int length = String.join(" ", sentence.tokens()).length();
      if (offset < position + length + 1) {
        return new int[] {position, position + length};
      }
      position += length + 1;
    }
    return new int[] {position, position};
  }
}
