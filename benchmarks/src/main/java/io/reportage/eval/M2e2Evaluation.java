package io.reportage.eval;

import io.reportage.Analysis;
import io.reportage.Argument;
import io.reportage.Event;
import io.reportage.Extractor;
import io.reportage.TextSpan;
import io.reportage.corpus.M2e2;
import io.reportage.corpus.SharedCorpora;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import io.reportage.corpus.Fold;

/**
 * Scores Reportage's events on M2E2 (../shared/corpora/m2e2/dev.jsonl) as ../shared/corpora/README.md
 * defines it. Every document text goes through {@link Extractor#analyze(String)}; only events with
 * an ACE type count, and every place such an event is named ({@link Event#mentions()}) is a
 * predicted trigger of that type, since M2E2 annotates each mention on its own.
 * <ul>
 *   <li>Trigger identification: a predicted trigger overlaps a gold trigger (one-to-one).
 *   <li>Trigger classification: it overlaps a gold trigger of the same ACE type (one-to-one).
 *   <li>Arguments: each predicted argument belongs to the mention of its event nearest to it; it is
 *       right when that mention is a correctly classified trigger and the argument overlaps an
 *       argument of the matched gold event with the same role (one-to-one).
 * </ul>
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.reportage.eval.Evaluate m2e2 [--file dev.jsonl] [--fold i[,j...]/K] [--roles] [--errors FILE]
 * </pre>
 * {@code --fold i/K} scores the documents of one fold only (document j is in fold j mod K), and
 * {@code --fold i,j,.../K} those of several ({@code 0,1,2/5}: the folds argument rules are decided on).
 * {@code --roles} adds argument P/R/F1 per type and role and a count of the argument errors by kind
 * ({@link ArgumentError}). The
 * bundled trigger model was trained on all of dev, so a fold read this way is not unseen: the
 * cross-validated figures come from {@code TrainTriggerModel --folds K}, which scores each fold
 * with a model trained on the others:
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.reportage.training.TrainTriggerModel --folds 5
 * </pre>
 */
public final class M2e2Evaluation {
  private M2e2Evaluation() {
  }

  /** Counts of one measure. */
  public static final class Count {
    int predicted;
    int gold;
    int correct;

    public double precision() {
      return predicted == 0 ? 0 : (double) correct / predicted;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) correct / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public int predicted() {
      return predicted;
    }

    public int gold() {
      return gold;
    }

    public int correct() {
      return correct;
    }

    @Override
    public String toString() {
      return String.format("P %.3f  R %.3f  F1 %.3f  (%d predicted, %d gold, %d correct)",
          precision(), recall(), f1(), predicted, gold, correct);
    }
  }

  /** All measures, overall and per ACE type. */
  public static final class Scores {
    public final Count identification = new Count();
    public final Count classification = new Count();
    public final Count arguments = new Count();
    public final Map<String, Count> classificationByType = new TreeMap<>();
    public final Map<String, Count> argumentsByType = new TreeMap<>();
    /** Argument counts by "type/role". */
    public final Map<String, Count> argumentsByRole = new TreeMap<>();
    /** Argument errors by kind. */
    public final Map<ArgumentError, Integer> argumentErrors = new java.util.EnumMap<>(ArgumentError.class);
    final List<String> errors = new ArrayList<>();
    long tokensApprox;
    long nanos;
  }

  /** Why a predicted argument is wrong, or a gold one not found. */
  public enum ArgumentError {
    /** Predicted on a trigger that matches no gold event of its type. */
    WRONG_TRIGGER,
    /** Overlaps an argument of the gold event that has another role. */
    WRONG_ROLE,
    /** Overlaps no argument of the gold event, which has an unfound one of the same role. */
    WRONG_SPAN,
    /** Overlaps no argument of the gold event, nor does the event lack one of its role. */
    SPURIOUS,
    /** A gold argument of a found event that no prediction overlaps with its role. */
    MISSING,
    /** A gold argument of an event whose trigger was not found. */
    MISSED_TRIGGER
  }

  private record Predicted(String type, TextSpan trigger, Event event) {
    String describe() {
      return event.status() + "\t" + event.confidence();
    }
  }

  public static void main(String[] args) throws IOException {
    String file = "dev.jsonl";
    Path errors = null;
    Fold fold = null;
    java.util.Set<Integer> folds = null;
    boolean roles = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--file" -> file = args[++i];
        case "--errors" -> errors = Path.of(args[++i]);
        case "--fold" -> {
          String value = args[++i];
          int slash = value.indexOf('/');
          if (slash < 0) {
            Fold.parse(value); // throws, naming the expected form
          }
          folds = new java.util.TreeSet<>();
          for (String index : value.substring(0, Math.max(0, slash)).split(",")) {
            fold = Fold.parse(index.trim() + value.substring(slash));
            folds.add(fold.index());
          }
        }
        case "--roles" -> roles = true;
        default -> {
          System.err.println("Unknown option " + args[i] + "; expected --file NAME, --fold i[,j...]/K, --roles or --errors FILE");
          System.exit(2);
        }
      }
    }
    Path path = SharedCorpora.corpus("m2e2/" + file);
    List<M2e2.Doc> docs = M2e2.read(path);
    if (fold != null) {
      List<M2e2.Doc> kept = new ArrayList<>();
      for (int d = 0; d < docs.size(); d++) {
        if (folds.contains(d % fold.count())) {
          kept.add(docs.get(d));
        }
      }
      docs = kept;
    }
    Scores scores = score(docs, Extractor.create());
    System.out.printf("M2E2 %s%s: %d documents, %d gold events%n", file, fold == null ? "" : " folds " + folds + " of " + fold.count(),
        docs.size(), scores.classification.gold);
    print(scores);
    if (roles) {
      printRoles(scores);
    }
    if (errors != null) {
      Files.write(errors, scores.errors, StandardCharsets.UTF_8);
      System.out.println("Errors written to " + errors);
    }
  }

  /** Prints the measures, overall and per type. */
  public static void print(Scores scores) {
    PrintStream out = System.out;
    out.println("Trigger identification  " + scores.identification);
    out.println("Trigger classification  " + scores.classification);
    out.println("Argument classification " + scores.arguments);
    out.println("Per type (trigger classification | arguments):");
    for (Map.Entry<String, Count> entry : scores.classificationByType.entrySet()) {
      Count arguments = scores.argumentsByType.getOrDefault(entry.getKey(), new Count());
      out.printf("  %-28s trig P %.3f R %.3f F1 %.3f (%3d/%3d/%3d) | args P %.3f R %.3f F1 %.3f (%3d/%3d/%3d)%n",
          entry.getKey(), entry.getValue().precision(), entry.getValue().recall(), entry.getValue().f1(),
          entry.getValue().predicted, entry.getValue().gold, entry.getValue().correct,
          arguments.precision(), arguments.recall(), arguments.f1(), arguments.predicted, arguments.gold, arguments.correct);
    }
    out.printf("Analysed ~%d tokens in %.1f s%n", scores.tokensApprox, scores.nanos / 1e9);
  }

  /** Prints argument P/R/F1 per type and role, and the argument errors by kind. */
  public static void printRoles(Scores scores) {
    PrintStream out = System.out;
    out.println("Arguments per type/role:");
    for (Map.Entry<String, Count> entry : scores.argumentsByRole.entrySet()) {
      Count c = entry.getValue();
      out.printf("  %-42s P %.3f R %.3f F1 %.3f (%3d/%3d/%3d)%n", entry.getKey(), c.precision(), c.recall(), c.f1(),
          c.predicted, c.gold, c.correct);
    }
    out.println("Argument errors by kind: " + scores.argumentErrors);
  }

  /** The error lines (TP, FP, FN and argument lines) gathered while scoring. */
  public static List<String> errors(Scores scores) {
    return scores.errors;
  }

  /** Runs the extractor over the documents and scores its events against the gold ones. */
  public static Scores score(List<M2e2.Doc> docs, Extractor extractor) {
    return score(docs, extractor::analyze, new Scores());
  }

  /** Runs {@code analyzer} over the documents and adds the scores of its events to {@code scores}. */
  public static Scores score(List<M2e2.Doc> docs, Function<String, Analysis> analyzer, Scores scores) {
    for (M2e2.Doc doc : docs) {
      long started = System.nanoTime();
      Analysis analysis = analyzer.apply(doc.text());
      scores.nanos += System.nanoTime() - started;
      scores.tokensApprox += doc.text().split("\\s+").length;
      scoreDocument(doc, analysis, scores);
    }
    return scores;
  }

  private static void scoreDocument(M2e2.Doc doc, Analysis analysis, Scores scores) {
    List<Predicted> predicted = new ArrayList<>();
    for (Event event : analysis.events()) {
      if (event.ace() != null) {
        for (TextSpan mention : event.mentions()) {
          predicted.add(new Predicted(event.ace(), mention, event));
        }
      }
    }
    List<M2e2.GoldEvent> gold = doc.events();
    for (M2e2.GoldEvent event : gold) {
      count(scores.classificationByType, event.type()).gold++;
      count(scores.argumentsByType, event.type()).gold += event.arguments().size();
      scores.arguments.gold += event.arguments().size();
      for (M2e2.Annotation argument : event.arguments()) {
        count(scores.argumentsByRole, event.type() + "/" + argument.role()).gold++;
      }
    }
    scores.identification.gold += gold.size();
    scores.classification.gold += gold.size();
    scores.identification.predicted += predicted.size();
    scores.classification.predicted += predicted.size();

    boolean[] identified = new boolean[gold.size()];
    for (Predicted prediction : predicted) {
      int match = findGold(gold, identified, prediction, false);
      if (match >= 0) {
        identified[match] = true;
        scores.identification.correct++;
      }
    }
    // Classification: one-to-one, same type. Remember which gold event each mention matched.
    boolean[] classified = new boolean[gold.size()];
    Map<TextSpan, Integer> matchedGold = new java.util.HashMap<>();
    for (Predicted prediction : predicted) {
      count(scores.classificationByType, prediction.type()).predicted++;
      int match = findGold(gold, classified, prediction, true);
      if (match >= 0) {
        classified[match] = true;
        matchedGold.put(prediction.trigger(), match);
        scores.classification.correct++;
        count(scores.classificationByType, prediction.type()).correct++;
        scores.errors.add("TP\t" + prediction.type() + "\t" + prediction.trigger().text() + "\t" + context(doc.text(), prediction.trigger().start(), prediction.trigger().end())
            + "\t" + doc.id() + "\t" + prediction.trigger().start() + "\t" + prediction.describe());
      } else {
        scores.errors.add("FP\t" + prediction.type() + "\t" + prediction.trigger().text() + "\t" + context(doc.text(), prediction.trigger().start(), prediction.trigger().end())
            + "\t" + doc.id() + "\t" + prediction.trigger().start() + "\t" + prediction.describe());
      }
    }
    for (int g = 0; g < gold.size(); g++) {
      if (!classified[g]) {
        M2e2.Annotation trigger = gold.get(g).trigger();
        scores.errors.add("FN\t" + gold.get(g).type() + "\t" + trigger.text() + "\t" + context(doc.text(), trigger.start(), trigger.end()));
      }
    }
    scoreArguments(doc, analysis, gold, matchedGold, scores);
  }

  private static void scoreArguments(M2e2.Doc doc, Analysis analysis, List<M2e2.GoldEvent> gold,
      Map<TextSpan, Integer> matchedGold, Scores scores) {
    List<boolean[]> used = new ArrayList<>();
    for (M2e2.GoldEvent event : gold) {
      used.add(new boolean[event.arguments().size()]);
    }
    for (Event event : analysis.events()) {
      if (event.ace() == null) {
        continue;
      }
      for (Argument argument : event.arguments()) {
        scores.arguments.predicted++;
        count(scores.argumentsByType, event.ace()).predicted++;
        count(scores.argumentsByRole, event.ace() + "/" + argument.role()).predicted++;
        TextSpan mention = nearestMention(event, argument);
        Integer g = matchedGold.get(mention);
        boolean right = false;
        if (g != null) {
          List<M2e2.Annotation> goldArguments = gold.get(g).arguments();
          for (int a = 0; a < goldArguments.size() && !right; a++) {
            M2e2.Annotation goldArgument = goldArguments.get(a);
            if (!used.get(g)[a] && goldArgument.role().equals(argument.role())
                && goldArgument.start() < argument.end() && argument.start() < goldArgument.end()) {
              used.get(g)[a] = true;
              right = true;
            }
          }
        }
        if (right) {
          scores.arguments.correct++;
          count(scores.argumentsByType, event.ace()).correct++;
          count(scores.argumentsByRole, event.ace() + "/" + argument.role()).correct++;
          scores.errors.add("ARG-TP\tRIGHT\t" + event.ace() + "/" + argument.role() + "\t" + argument.text() + "\t" + mention.text()
              + "\t" + context(doc.text(), mention.start(), mention.end()));
        } else {
          ArgumentError kind = g == null ? ArgumentError.WRONG_TRIGGER : kindOf(gold.get(g), used.get(g), argument);
          scores.argumentErrors.merge(kind, 1, Integer::sum);
          scores.errors.add((g == null ? "ARG-OFF\t" : "ARG-FP\t") + kind + "\t" + event.ace() + "/" + argument.role() + "\t" + argument.text() + "\t" + mention.text()
              + "\t" + context(doc.text(), mention.start(), mention.end()));
        }
      }
    }
    for (int g = 0; g < gold.size(); g++) {
      for (int a = 0; a < gold.get(g).arguments().size(); a++) {
        if (!used.get(g)[a]) {
          M2e2.Annotation argument = gold.get(g).arguments().get(a);
          M2e2.Annotation trigger = gold.get(g).trigger();
          boolean found = matchedGold.containsValue(g);
          scores.argumentErrors.merge(found ? ArgumentError.MISSING : ArgumentError.MISSED_TRIGGER, 1, Integer::sum);
          scores.errors.add((found ? "ARG-FN\t" : "ARG-MISS\t") + gold.get(g).type() + "/" + argument.role() + "\t" + argument.text() + "\t" + trigger.text()
              + "\t" + context(doc.text(), trigger.start(), trigger.end()));
        }
      }
    }
  }

  /** Why a predicted argument of a found event is wrong. */
  private static ArgumentError kindOf(M2e2.GoldEvent event, boolean[] used, Argument argument) {
    boolean sameRoleLeft = false;
    for (int a = 0; a < event.arguments().size(); a++) {
      M2e2.Annotation gold = event.arguments().get(a);
      if (gold.start() < argument.end() && argument.start() < gold.end() && !gold.role().equals(argument.role())) {
        return ArgumentError.WRONG_ROLE;
      }
      sameRoleLeft |= !used[a] && gold.role().equals(argument.role());
    }
    return sameRoleLeft ? ArgumentError.WRONG_SPAN : ArgumentError.SPURIOUS;
  }

  private static TextSpan nearestMention(Event event, Argument argument) {
    TextSpan best = event.trigger();
    int bestDistance = Integer.MAX_VALUE;
    for (TextSpan mention : event.mentions()) {
      int distance = Math.abs(mention.start() - argument.start());
      if (distance < bestDistance) {
        bestDistance = distance;
        best = mention;
      }
    }
    return best;
  }

  private static int findGold(List<M2e2.GoldEvent> gold, boolean[] taken, Predicted prediction, boolean sameType) {
    for (int g = 0; g < gold.size(); g++) {
      M2e2.Annotation trigger = gold.get(g).trigger();
      if (!taken[g] && trigger.start() < prediction.trigger().end() && prediction.trigger().start() < trigger.end()
          && (!sameType || gold.get(g).type().equals(prediction.type()))) {
        return g;
      }
    }
    return -1;
  }

  private static Count count(Map<String, Count> counts, String type) {
    return counts.computeIfAbsent(type, t -> new Count());
  }

  private static String context(String text, int start, int end) {
    int from = Math.max(0, start - 80);
    int to = Math.min(text.length(), end + 80);
    return (text.substring(from, start) + "[[" + text.substring(start, end) + "]]" + text.substring(end, to)).replace('\n', ' ');
  }
}
