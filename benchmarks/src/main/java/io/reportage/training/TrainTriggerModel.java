package io.reportage.training;

import io.reportage.Analysis;
import io.reportage.TrialAnalyzers;
import io.reportage.adapter.opennlp.OpenNlpFeatureScorer;
import io.reportage.corpus.Fold;
import io.reportage.corpus.M2e2;
import io.reportage.corpus.SharedCorpora;
import io.reportage.eval.M2e2Evaluation;
import io.reportage.event.TriggerFeatures;
import io.reportage.event.TriggerModel;
import io.reportage.event.WordClasses;
import io.reportage.models.BundledLexicon;
import io.reportage.models.Lexicons;
import io.reportage.pipeline.Document;
import io.reportage.pipeline.EventDraft;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Trains the trigger model, which weighs each reading of an event word (a trigger-lexicon entry or
 * a word that WordNet puts in an event class), on M2E2 dev. Every reading of a type with an ACE
 * counterpart, just before the check, is an example; it is right when it overlaps a gold trigger of
 * the same ACE type. Run from the project root after a build:
 * <pre>
 * java -Dreportage.shared=../shared -cp benchmarks/target/benchmarks.jar io.reportage.training.TrainTriggerModel
 * java -Dreportage.shared=../shared -cp benchmarks/target/benchmarks.jar io.reportage.training.TrainTriggerModel --folds 5 [--keep 0.2,0.3] [--admit 0.5,0.6]
 * </pre>
 * Without {@code --folds} it trains on every dev document and writes the model. With
 * {@code --folds K} it writes nothing: for each fold it trains on the other folds and scores the
 * fold with the full pipeline and that model, then prints the measures pooled over the folds, for
 * every pair of thresholds given ({@code --errors FILE} writes the error lines of the first pair).
 * Other options: {@code --output FILE}, {@code --iterations N} (default 200), {@code --cutoff N}
 * (default 2), {@code --l2 X} (default 1: L-BFGS with an L2 penalty; 0 for GIS).
 */
public final class TrainTriggerModel {
  static final Path OUTPUT = Path.of("models/src/main/resources/io/reportage/models/event/reportage-trigger-en.bin");

  private TrainTriggerModel() {
  }

  /** The examples of one document: a feature array and a label per reading. */
  private record Examples(List<String[]> features, List<Boolean> labels) {
  }

  public static void main(String[] args) throws IOException {
    Path output = OUTPUT;
    int folds = 0;
    int iterations = 200;
    int cutoff = 2;
    double l2 = 1;
    double[] keeps = {0.05};
    double[] admits = {0.5};
    Path errors = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--output" -> output = Path.of(args[++i]);
        case "--folds" -> folds = Integer.parseInt(args[++i]);
        case "--iterations" -> iterations = Integer.parseInt(args[++i]);
        case "--cutoff" -> cutoff = Integer.parseInt(args[++i]);
        case "--l2" -> l2 = Double.parseDouble(args[++i]);
        case "--keep" -> keeps = doubles(args[++i]);
        case "--admit" -> admits = doubles(args[++i]);
        case "--errors" -> errors = Path.of(args[++i]);
        default -> {
          System.err.println("Unknown option " + args[i]
              + "; expected --output FILE, --folds K, --iterations N, --cutoff N, --l2 X, --keep X,Y, --admit X,Y or --errors FILE");
          System.exit(2);
        }
      }
    }
    List<M2e2.Doc> docs = M2e2.read(SharedCorpora.corpus("m2e2/dev.jsonl"));
    long started = System.nanoTime();
    List<Examples> examples = examples(docs);
    int count = 0;
    int right = 0;
    for (Examples document : examples) {
      count += document.labels().size();
      right += (int) document.labels().stream().filter(Boolean::booleanValue).count();
    }
    System.out.printf(Locale.ROOT, "M2E2 dev: %d documents, %d readings, %d of them right (%.1f s)%n", docs.size(), count, right,
        (System.nanoTime() - started) / 1e9);
    if (folds == 0) {
      OpenNlpFeatureScorer model = train(examples, List.of(), iterations, cutoff, l2);
      Files.createDirectories(output.toAbsolutePath().getParent());
      try (OutputStream out = Files.newOutputStream(output)) {
        model.write(out);
      }
      System.out.println("wrote " + output + " (" + Files.size(output) + " bytes)");
      return;
    }
    List<M2e2Evaluation.Scores> scores = new ArrayList<>();
    for (int k = 0; k < keeps.length * admits.length; k++) {
      scores.add(new M2e2Evaluation.Scores());
    }
    for (int f = 0; f < folds; f++) {
      Fold fold = new Fold(f, folds);
      OpenNlpFeatureScorer model = train(fold.without(examples), fold.of(examples), iterations, cutoff, l2);
      int k = 0;
      for (double keep : keeps) {
        for (double admit : admits) {
          Function<String, Analysis> analyzer = TrialAnalyzers.withTriggerModel(new TriggerModel(model, keep, admit));
          M2e2Evaluation.score(fold.of(docs), analyzer, scores.get(k++));
        }
      }
    }
    int k = 0;
    for (double keep : keeps) {
      for (double admit : admits) {
        System.out.printf(Locale.ROOT, "%n== %d folds, keep %.2f, admit %.2f (each fold read by a model trained on the others)%n",
            folds, keep, admit);
        M2e2Evaluation.print(scores.get(k++));
      }
    }
    if (errors != null) {
      Files.write(errors, M2e2Evaluation.errors(scores.get(0)), StandardCharsets.UTF_8);
      System.out.println("Errors written to " + errors);
    }
  }

  private static OpenNlpFeatureScorer train(List<Examples> training, List<Examples> heldOut, int iterations, int cutoff, double l2)
      throws IOException {
    List<String[]> features = new ArrayList<>();
    List<Boolean> labels = new ArrayList<>();
    for (Examples document : training) {
      features.addAll(document.features());
      labels.addAll(document.labels());
    }
    return OpenNlpFeatureScorer.train(features, labels, OpenNlpFeatureScorer.EVENT, iterations, cutoff, 0, l2);
  }

  /** The readings of each document just before the trigger check, with their features and labels. */
  private static List<Examples> examples(List<M2e2.Doc> docs) {
    Function<String, Document> documents = TrialAnalyzers.readingsToCheck();
    WordClasses classes = WordClasses.of(Lexicons.bundled().get(BundledLexicon.EVENT_WORD_CLASSES));
    List<Examples> examples = new ArrayList<>();
    for (M2e2.Doc gold : docs) {
      Document doc = documents.apply(gold.text());
      List<String[]> features = new ArrayList<>();
      List<Boolean> labels = new ArrayList<>();
      for (EventDraft draft : doc.events()) {
        if (draft.type.ace() != null && draft.triggerStart >= 0) {
          features.add(TriggerFeatures.of(doc, draft, classes, draft.candidate));
          labels.add(isRight(draft, gold));
        }
      }
      examples.add(new Examples(features, labels));
    }
    return examples;
  }

  private static boolean isRight(EventDraft draft, M2e2.Doc gold) {
    for (M2e2.GoldEvent event : gold.events()) {
      M2e2.Annotation trigger = event.trigger();
      if (event.type().equals(draft.type.ace()) && trigger.start() < draft.trigger.end() && draft.trigger.start() < trigger.end()) {
        return true;
      }
    }
    return false;
  }

  private static double[] doubles(String list) {
    String[] items = list.split(",");
    double[] values = new double[items.length];
    for (int i = 0; i < items.length; i++) {
      values[i] = Double.parseDouble(items[i]);
    }
    return values;
  }
}
