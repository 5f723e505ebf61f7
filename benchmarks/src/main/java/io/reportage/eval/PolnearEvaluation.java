package io.reportage.eval;

import io.reportage.Analysis;
import io.reportage.Extractor;
import io.reportage.Span;
import io.reportage.corpus.Fold;
import io.reportage.corpus.Polnear;
import io.reportage.corpus.SharedCorpora;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores quote attribution on PolNeAR: direct-quote attribution as
 * ../shared/corpora/README.md defines it, and all attributions (content, source and cue F1), with a
 * per-rule breakdown and a check that confidence ranks right attributions above wrong ones.
 *
 * <pre>
 * java -Dreportage.shared=/work/shared -cp benchmarks/target/benchmarks.jar io.reportage.eval.Evaluate polnear --split dev
 * </pre>
 * Options: {@code --split dev|train} (default dev), {@code --errors N} to list N errors of the
 * direct-quote score, each tagged with where the gold source stands ({@code
 * AttributionScorer.errorClass}: "[previous-paragraph+colon]"), {@code --attribution-errors N} to
 * list N errors of the all-attribution score, {@code --limit N} to read only the first N articles,
 * {@code --fold i/K} to read only the articles of one fold ({@link Fold}: with a cue model trained with {@code --holdout i/K}, a score on articles
 * it has not seen).
 */
public final class PolnearEvaluation {
  private PolnearEvaluation() {
  }

  /** The result of one run: the scorer and how the texts lined up. */
  public record Run(AttributionScorer scorer, int articles, int characters, long nanos, int spansChecked,
      int spansMisaligned, int nonAsciiTexts) {
  }

  public static void main(String[] args) throws IOException {
    String split = "dev";
    int errors = 0;
    int attributionErrors = 0;
    int limit = Integer.MAX_VALUE;
    Fold fold = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--split" -> split = args[++i];
        case "--errors" -> errors = Integer.parseInt(args[++i]);
        case "--attribution-errors" -> attributionErrors = Integer.parseInt(args[++i]);
        case "--limit" -> limit = Integer.parseInt(args[++i]);
        case "--fold" -> fold = Fold.parse(args[++i]);
        default -> {
          System.err.println("Unknown option " + args[i] + "; expected --split dev|train, --errors N, --limit N, --fold i/K");
          System.exit(2);
        }
      }
    }
    List<Polnear.Article> articles = Polnear.read(SharedCorpora.corpus("polnear/" + split));
    if (fold != null) {
      articles = fold.of(articles);
    }
    if (articles.size() > limit) {
      articles = articles.subList(0, limit);
    }
    Run run = run(Extractor.create(), articles);
    print(System.out, split, run);
    List<String> list = run.scorer().errors();
    for (int i = 0; i < Math.min(errors, list.size()); i++) {
      System.out.println(list.get(i));
    }
    List<String> all = run.scorer().attributionErrors();
    for (int i = 0; i < Math.min(attributionErrors, all.size()); i++) {
      System.out.println(all.get(i));
    }
  }

  /** Analyses every article and scores it. */
  public static Run run(Extractor extractor, List<Polnear.Article> articles) {
    AttributionScorer scorer = new AttributionScorer();
    int characters = 0;
    int checked = 0;
    int misaligned = 0;
    int nonAscii = 0;
    long nanos = 0;
    for (Polnear.Article article : articles) {
      String text = article.text();
      characters += text.length();
      if (!text.chars().allMatch(c -> c < 128)) {
        nonAscii++;
      }
      for (Polnear.TextBound bound : article.textBounds()) {
        checked++;
        List<String> parts = new ArrayList<>();
        for (Span span : bound.spans()) {
          parts.add(span.end() <= text.length() ? span.text(text) : "");
        }
        if (!String.join(" ", parts).equals(bound.text())) {
          misaligned++;
        }
      }
      long started = System.nanoTime();
      Analysis analysis = extractor.analyze(text);
      nanos += System.nanoTime() - started;
      scorer.add(article, analysis);
    }
    return new Run(scorer, articles.size(), characters, nanos, checked, misaligned, nonAscii);
  }

  static void print(PrintStream out, String split, Run run) {
    AttributionScorer s = run.scorer();
    out.printf(Locale.ROOT, "PolNeAR %s: %d articles, %d characters, analysed in %.1f s (%.0f characters/s)%n",
        split, run.articles(), run.characters(), run.nanos() / 1e9, run.characters() / (run.nanos() / 1e9));
    out.printf(Locale.ROOT, "Offsets: %d gold spans checked against the Java string, %d misaligned; %d of %d texts"
        + " hold non-ASCII characters%n", run.spansChecked(), run.spansMisaligned(), run.nonAsciiTexts(), run.articles());
    out.println();
    out.printf(Locale.ROOT, "1. Direct-quote attribution (gold quotes: %d)%n   %s%n", s.direct().gold(), s.direct());
    out.printf(Locale.ROOT, "   (%d attributed single-mark quotes left out, as the gold reads double marks only)%n",
        s.singleMarkQuotesSkipped());
    double[] mean = s.meanConfidence();
    out.printf(Locale.ROOT, "   confidence: mean %.3f right, %.3f wrong; AUC %.3f%n", mean[0], mean[1], s.confidenceAuc());
    for (double minimum : new double[] {0.3, 0.5, 0.7, 0.9}) {
      out.printf(Locale.ROOT, "   keeping confidence >= %.1f: %s%n", minimum, s.directAbove(minimum));
    }
    out.println("   rule                          attributed  right  precision");
    for (Map.Entry<String, int[]> rule : s.directRules().entrySet()) {
      int[] c = rule.getValue();
      out.printf(Locale.ROOT, "   %-30s %9d %6d  %.3f%n", rule.getKey(), c[0], c[1], c[0] == 0 ? 0 : (double) c[1] / c[0]);
    }
    out.println();
    out.printf(Locale.ROOT, "2. All attributions (gold: %d)%n", s.content().gold());
    out.printf(Locale.ROOT, "   content  %s%n", s.content());
    out.printf(Locale.ROOT, "   source   %s%n", s.source());
    out.printf(Locale.ROOT, "   cue      %s%n", s.cue());
    for (double minimum : new double[] {0.2, 0.3, 0.4, 0.5}) {
      out.printf(Locale.ROOT, "   source keeping confidence >= %.1f: %s%n", minimum, s.sourceAbove(minimum));
    }
    out.println("   rule                          predicted  content  source");
    for (Map.Entry<String, int[]> rule : s.allRules().entrySet()) {
      int[] c = rule.getValue();
      out.printf(Locale.ROOT, "   %-30s %9d %8d %7d%n", rule.getKey(), c[0], c[1], c[2]);
    }
  }
}
