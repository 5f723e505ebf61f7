package io.reportage.training;

import io.reportage.adapter.opennlp.NameFeatures;
import io.reportage.adapter.opennlp.NameFinderModel;
import io.reportage.adapter.opennlp.OpenNlpModels;
import io.reportage.corpus.Conll2003;
import io.reportage.corpus.Fold;
import io.reportage.corpus.SharedCorpora;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the FAST profile's name finder on CoNLL-2003 train and writes it where reportage-models
 * keeps it. Run from the project root after a build (the gazetteers frozen with the model are read
 * from the class path, so rebuild after editing them):
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.reportage.training.TrainNameFinder
 * </pre>
 * Options, for experiments: {@code --output FILE}, {@code --algorithm MAXENT|MAXENT_QN|PERCEPTRON},
 * {@code --iterations N}, {@code --cutoff N}, {@code --l1 X}, {@code --l2 X}, {@code --without GROUP,...}
 * (feature groups of {@link NameFeatures.Group} to leave out), {@code --with GROUP,...} (to add),
 * {@code --folds K} (trains K models, each without a K-th of
 * the train documents, and prints the score on the documents left out: compares settings without
 * reading valid), {@code --holdout i/K} (trains one model without the documents of that fold and
 * writes it to {@code --output}, which it requires, then prints its score on the fold: with the file
 * first on the class path, {@code Evaluate conll --split train --fold i/K} scores the same documents
 * through the whole pipeline), {@code --evaluate} (scores the
 * trained model on CoNLL valid with CoNLL's own tokens and sentences, a quick check; the harness
 * {@code Evaluate conll} gives the figures of the whole pipeline).
 */
public final class TrainNameFinder {
  static final Path OUTPUT = Path.of("models/src/main/resources/io/reportage/models/ner/reportage-ner-en.bin");

  /** The settings of the committed model. */
  record Settings(String algorithm, int iterations, int cutoff, double l1, double l2, Set<NameFeatures.Group> groups) {
    /**
     * The committed model's settings. Every feature group is used but SENTENCE: leaving it out raised
     * F1 on CoNLL valid from 0.9184 to 0.9211 (each other group, left out, lowered it). The later
     * groups (NAME_RUNS, DOCUMENT_MENTIONS, SPEECH_VERBS, WORD_CLUSTERS) gained on held-out train
     * documents through the whole pipeline (fold 0 of 3: 0.8963 to 0.9109) and on valid (0.9196 to
     * 0.9208); {@code --without} leaves them out.
     */
    static Settings defaults() {
      Set<NameFeatures.Group> groups = EnumSet.allOf(NameFeatures.Group.class);
      groups.remove(NameFeatures.Group.SENTENCE);
      return new Settings("MAXENT_QN", 300, 1, 0.1, 0.1, groups);
    }

    TrainingParameters parameters() {
      TrainingParameters parameters = new TrainingParameters();
      parameters.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
      parameters.put(TrainingParameters.TRAINER_TYPE_PARAM, "Event");
      parameters.put(TrainingParameters.ITERATIONS_PARAM, iterations);
      parameters.put(TrainingParameters.CUTOFF_PARAM, cutoff);
      parameters.put("L1Cost", l1);
      parameters.put("L2Cost", l2);
      parameters.put(TrainingParameters.THREADS_PARAM, Math.max(1, Runtime.getRuntime().availableProcessors()));
      return parameters;
    }
  }

  private TrainNameFinder() {
  }

  public static void main(String[] args) throws IOException {
    Settings settings = Settings.defaults();
    Path output = OUTPUT;
    boolean evaluate = false;
    int folds = 0;
    Fold holdout = null;
    boolean outputGiven = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--output" -> {
          output = Path.of(args[++i]);
          outputGiven = true;
        }
        case "--algorithm" -> settings = new Settings(args[++i], settings.iterations(), settings.cutoff(), settings.l1(),
            settings.l2(), settings.groups());
        case "--iterations" -> settings = new Settings(settings.algorithm(), Integer.parseInt(args[++i]),
            settings.cutoff(), settings.l1(), settings.l2(), settings.groups());
        case "--cutoff" -> settings = new Settings(settings.algorithm(), settings.iterations(),
            Integer.parseInt(args[++i]), settings.l1(), settings.l2(), settings.groups());
        case "--l1" -> settings = new Settings(settings.algorithm(), settings.iterations(), settings.cutoff(),
            Double.parseDouble(args[++i]), settings.l2(), settings.groups());
        case "--l2" -> settings = new Settings(settings.algorithm(), settings.iterations(), settings.cutoff(),
            settings.l1(), Double.parseDouble(args[++i]), settings.groups());
        case "--without" -> {
          Set<NameFeatures.Group> groups = EnumSet.copyOf(settings.groups());
          for (String name : args[++i].split(",")) {
            groups.remove(NameFeatures.Group.valueOf(name.strip().toUpperCase(Locale.ROOT)));
          }
          settings = new Settings(settings.algorithm(), settings.iterations(), settings.cutoff(), settings.l1(),
              settings.l2(), groups);
        }
        case "--with" -> {
          Set<NameFeatures.Group> groups = EnumSet.copyOf(settings.groups());
          for (String name : args[++i].split(",")) {
            groups.add(NameFeatures.Group.valueOf(name.strip().toUpperCase(Locale.ROOT)));
          }
          settings = new Settings(settings.algorithm(), settings.iterations(), settings.cutoff(), settings.l1(),
              settings.l2(), groups);
        }
        case "--evaluate" -> evaluate = true;
        case "--folds" -> folds = Integer.parseInt(args[++i]);
        case "--holdout" -> holdout = Fold.parse(args[++i]);
        default -> throw new IllegalArgumentException("Unknown option " + args[i]);
      }
    }
    if (holdout != null && !outputGiven) {
      // A model trained on part of train must not replace the bundled one by accident.
      throw new IllegalArgumentException("--holdout " + holdout.index() + "/" + holdout.count() + " needs --output FILE");
    }
    List<Conll2003.Doc> all = Conll2003.read(SharedCorpora.corpus("conll2003/train.txt"));
    List<Conll2003.Doc> train = holdout == null ? all : holdout.without(all);
    NameFeatures features = new NameFeatures(settings.groups(), OpenNlpModels.nameFinderGazetteers());
    if (folds > 0) {
      crossValidate(all, features, settings, folds);
      return;
    }
    long started = System.nanoTime();
    List<Event> events = events(train, features);
    AbstractModel classifier = (AbstractModel) TrainerFactory.getEventTrainer(settings.parameters(), new HashMap<>())
        .train(new CollectionObjectStream<>(events));
    double seconds = (System.nanoTime() - started) / 1e9;

    NameFinderModel model = NameFinderModel.of(classifier, features);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.write(bytes);
    if (output.getParent() != null) {
      Files.createDirectories(output.getParent());
    }
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output))) {
      bytes.writeTo(out);
    }
    System.out.printf(Locale.ROOT, "Trained on %d documents (%d tokens) in %.1f s with %s; %d of %d features kept;"
        + " wrote %s (%d bytes)%n", train.size(), events.size(), seconds, settings, model.featureCount(),
        ((Map<?, ?>) classifier.getDataStructures()[1]).size(), output, bytes.size());
    if (holdout != null) {
      System.out.printf(Locale.ROOT, "held out fold %d/%d: %s%n", holdout.index(), holdout.count(),
          TokenLevelScore.of(model, holdout.of(all)).describe("held-out"));
    }
    if (evaluate) {
      NameFinderModel written = NameFinderModel.read(new ByteArrayInputStream(bytes.toByteArray()),
          OpenNlpModels.nameFinderGazetteers());
      List<Conll2003.Doc> valid = Conll2003.read(SharedCorpora.corpus("conll2003/valid.txt"));
      TokenLevelScore.of(written, valid);
      System.out.println(TokenLevelScore.of(written, valid));
    }
  }

  /**
   * Trains {@code k} models, each on the documents of train outside one fold ({@link Fold}), and
   * scores each on its held-out fold: settings are compared this way without reading CoNLL valid.
   * Each fold's model is also scored on valid, to confirm a choice made on the folds.
   */
  static void crossValidate(List<Conll2003.Doc> train, NameFeatures features, Settings settings, int k)
      throws IOException {
    List<Conll2003.Doc> valid = Conll2003.read(SharedCorpora.corpus("conll2003/valid.txt"));
    TokenLevelScore total = null;
    TokenLevelScore validTotal = null;
    for (int f = 0; f < k; f++) {
      Fold fold = new Fold(f, k);
      long started = System.nanoTime();
      AbstractModel classifier = (AbstractModel) TrainerFactory.getEventTrainer(settings.parameters(), new HashMap<>())
          .train(new CollectionObjectStream<>(events(fold.without(train), features)));
      NameFinderModel model = NameFinderModel.of(classifier, features);
      TokenLevelScore score = TokenLevelScore.of(model, fold.of(train));
      System.out.printf(Locale.ROOT, "fold %d/%d (%.0f s): %s%n", f, k, (System.nanoTime() - started) / 1e9,
          score.describe("held-out"));
      TokenLevelScore validScore = TokenLevelScore.of(model, valid);
      System.out.printf(Locale.ROOT, "fold %d/%d model on %s%n", f, k, validScore.describe("valid"));
      total = total == null ? score : total.plus(score);
      validTotal = validTotal == null ? validScore : validTotal.plus(validScore);
    }
    System.out.printf(Locale.ROOT, "%d folds, %s: %s%n", k, settings, total.describe("pooled held-out"));
    System.out.printf(Locale.ROOT, "%d fold models on valid, pooled: %s%n", k, validTotal.describe("valid"));
  }

  /** One event per token, with the gold labels of the tokens before it, in the order the decoder decides them. */
  static List<Event> events(List<Conll2003.Doc> docs, NameFeatures features) {
    List<Event> events = new ArrayList<>();
    for (Conll2003.Doc doc : docs) {
      List<String[]> sentences = new ArrayList<>();
      List<String> gold = new ArrayList<>();
      for (Conll2003.Sentence sentence : doc.sentences()) {
        sentences.add(sentence.tokens().toArray(String[]::new));
        gold.addAll(sentence.tags());
      }
      NameFeatures.Prepared prepared = features.prepare(sentences);
      int[] labels = new int[gold.size()];
      for (int i = 0; i < labels.length; i++) {
        labels[i] = labelIndex(gold.get(i));
      }
      for (int s : prepared.decisionOrder()) {
        for (int i = prepared.sentenceStart(s); i < prepared.sentenceEnd(s); i++) {
          events.add(new Event(NameFeatures.LABELS.get(labels[i]), prepared.features(i, labels)));
          prepared.remember(i, labels[i]);
        }
      }
    }
    return events;
  }

  /** IOB2 tags as the decoder's labels: an "I-" that opens a name becomes "B-". */
  static int labelIndex(String tag) {
    int index = NameFeatures.LABELS.indexOf(tag);
    if (index < 0) {
      throw new IllegalArgumentException("Unknown CoNLL tag " + tag);
    }
    return index;
  }
}
