package io.reportage.training;

import io.reportage.Span;
import io.reportage.WorkingDocuments;
import io.reportage.adapter.opennlp.OpenNlpFeatureScorer;
import io.reportage.corpus.Polnear;
import io.reportage.corpus.SharedCorpora;
import io.reportage.eval.AttributionScorer;
import io.reportage.pipeline.Document;
import io.reportage.pipeline.QuoteDraft;
import io.reportage.quote.ConfidenceFeatures;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Trains the confidence model, which gives each attribution the probability that it is right, on
 * PolNeAR train, and writes it where reportage-models keeps it. Every attribution the pipeline makes
 * on a train article is an example; it is right when the gold attribution whose Content it overlaps
 * most has a Source that the speaker mention overlaps, or whose text shares a name word with the
 * speaker's name (the test of the direct-quote score). Run from the project root after a build, and
 * after {@code TrainCueModel} when both are retrained (the cue model's probabilities are features):
 * <pre>
 * java -Dreportage.shared=/work/shared -cp benchmarks/target/benchmarks.jar io.reportage.training.TrainConfidenceModel
 * </pre>
 * Options ({@link TrainerOptions}): {@code --output FILE}, {@code --iterations N} (default 150),
 * {@code --cutoff N} (default 2), {@code --split NAME} (default train; never the held-out test
 * split), {@code --l1 X} and {@code --l2 X} (default 0 each: GIS).
 */
public final class TrainConfidenceModel {
  static final Path OUTPUT = Path.of("models/src/main/resources/io/reportage/models/quote/reportage-confidence-en.bin");

  private TrainConfidenceModel() {
  }

  public static void main(String[] args) throws IOException {
    TrainerOptions options = TrainerOptions.parse(args, new TrainerOptions(OUTPUT, 150, 2, "train", 0, 0));
    if (options.folds() > 0 || options.holdout() != null) {
      System.err.println("--folds and --holdout compare settings of the cue model (TrainCueModel); the confidence model takes neither");
      System.exit(2);
    }
    List<Polnear.Article> articles = Polnear.read(SharedCorpora.corpus("polnear/" + options.split()));
    WorkingDocuments documents = WorkingDocuments.fast();
    List<String[]> features = new ArrayList<>();
    List<Boolean> labels = new ArrayList<>();
    int right = 0;
    long started = System.nanoTime();
    for (Polnear.Article article : articles) {
      Document doc = documents.complete(article.text());
      for (QuoteDraft quote : doc.quotes()) {
        if ("none".equals(quote.rule)) {
          continue;
        }
        boolean isRight = isRight(quote, article);
        features.add(ConfidenceFeatures.of(doc, quote));
        labels.add(isRight);
        right += isRight ? 1 : 0;
      }
    }
    System.out.printf(Locale.ROOT, "%d articles of %s: %d attributions, %d of them right (%.1f s)%n", articles.size(), options.split(),
        features.size(), right, (System.nanoTime() - started) / 1e9);
    OpenNlpFeatureScorer model = OpenNlpFeatureScorer.train(features, labels, OpenNlpFeatureScorer.RIGHT, options.iterations(),
        options.cutoff(), options.l1(), options.l2());
    Files.createDirectories(options.output().toAbsolutePath().getParent());
    try (OutputStream out = Files.newOutputStream(options.output())) {
      model.write(out);
    }
    System.out.println("wrote " + options.output() + " (" + Files.size(options.output()) + " bytes)");
  }

  /** Right: the gold attribution whose Content the quote overlaps most has this speaker as its Source. */
  static boolean isRight(QuoteDraft quote, Polnear.Article article) {
    Polnear.Attribution best = null;
    int bestOverlap = 0;
    for (Polnear.Attribution attribution : article.attributions()) {
      int overlap = attribution.contentOverlap(quote.span);
      if (attribution.hasSource() && overlap > bestOverlap) {
        best = attribution;
        bestOverlap = overlap;
      }
    }
    if (best == null || quote.marked && 2 * bestOverlap < quote.span.length()) {
      return false;
    }
    Span mention = quote.speakerMention;
    if (mention != null && Polnear.overlapsAny(best.source(), mention)) {
      return true;
    }
    return quote.speaker != null && AttributionScorer.sharesName(quote.speaker.canonical().name, best, article.text());
  }
}
