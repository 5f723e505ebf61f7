package io.reportage.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.util.Statistics;

/**
 * The entry point of benchmarks.jar: runs JMH with the given command line (all benchmarks when
 * none is named; every JMH option works) and then prints what the figures mean for Reportage:
 * tokens per second of both pipelines on the same documents, their ratio, the cold construction
 * time and whether the 512 MB heap run completed. {@code -h} and the listing options go straight to
 * JMH.
 */
public final class BenchmarkSuite {
  private static final Set<String> JMH_ONLY = Set.of("-h", "-help", "--help", "-l", "-lp", "-lprof", "-lrf");

  private BenchmarkSuite() {
  }

  public static void main(String[] args) throws Exception {
    for (String arg : args) {
      if (JMH_ONLY.contains(arg)) {
        org.openjdk.jmh.Main.main(args);
        return;
      }
    }
    Collection<RunResult> results = new Runner(new CommandLineOptions(args)).run();
    System.out.println();
    System.out.print(summarize(results));
  }

  static String summarize(Collection<RunResult> results) {
    StringBuilder out = new StringBuilder("Reportage benchmark summary (tokens: Reportage's tokenizer over each whole text)\n");
    Double ours = null;
    Double quotePipeline = null;
    Double entityPipeline = null;
    Double ourNameFinder = null;
    Double crfNameFinder = null;
    List<String> lines = new ArrayList<>();
    for (RunResult run : results) {
      String method = run.getParams().getBenchmark();
      String name = method.substring(method.lastIndexOf('.', method.lastIndexOf('.') - 1) + 1);
      String corpus = run.getParams().getParam("corpus");
      Result<?> primary = run.getPrimaryResult();
      Result<?> tokens = run.getSecondaryResults().get("tokens");
      if (tokens != null) {
        lines.add(String.format(Locale.ROOT, "  %-46s %-12s %,12.0f tokens/s  (± %,.0f)", name, corpus, tokens.getScore(),
            tokens.getScoreError()));
        if (name.equals("AnalyzeBenchmark.analyze") && "subset".equals(corpus)) {
          ours = tokens.getScore();
        }
      } else if (name.startsWith("CoreNlp")) {
        // Single-shot passes over a corpus: tokens per second from the corpus's own token count.
        long count = BenchCorpus.tokens(BenchCorpus.load(corpus));
        double seconds = primary.getScore();
        double perSecond = count / seconds;
        if (name.startsWith("CoreNlpQuoteBenchmark")) {
          quotePipeline = perSecond;
        } else {
          entityPipeline = perSecond;
        }
        lines.add(String.format(Locale.ROOT, "  %-46s %-12s %,12.0f tokens/s  (%,d tokens in %.2f s a pass)", name, corpus,
            perSecond, count, seconds));
      } else if (name.startsWith("NameFinderBenchmark")) {
        // One operation is one token there.
        if (name.endsWith("reportageFast")) {
          ourNameFinder = primary.getScore();
        } else {
          crfNameFinder = primary.getScore();
        }
        lines.add(String.format(Locale.ROOT, "  %-46s %-12s %,12.0f tokens/s  (± %,.0f)", name, "conll-valid",
            primary.getScore(), primary.getScoreError()));
      } else if (name.startsWith("CreateBenchmark")) {
        Statistics statistics = primary.getStatistics();
        lines.add(String.format(Locale.ROOT, "  %-46s %-12s mean %.0f ms, min %.0f ms, max %.0f ms over %d fresh JVMs", name,
            "", statistics.getMean(), statistics.getMin(), statistics.getMax(), statistics.getN()));
      } else {
        lines.add(String.format(Locale.ROOT, "  %-46s %-12s %,.3f %s", name, corpus == null ? "" : corpus,
            primary.getScore(), primary.getScoreUnit()));
      }
    }
    lines.forEach(line -> out.append(line).append('\n'));
    if (ours != null && quotePipeline != null) {
      out.append(String.format(Locale.ROOT, "  Reportage / CoreNLP quote pipeline on the same subset: %.0fx%n",
          ours / quotePipeline));
    }
    if (ours != null && entityPipeline != null) {
      out.append(String.format(Locale.ROOT, "  Reportage (whole pipeline) / CoreNLP CRF entity pipeline on the same subset: %.1fx%n",
          ours / entityPipeline));
    }
    if (ourNameFinder != null && crfNameFinder != null) {
      out.append(String.format(Locale.ROOT, "  Reportage FAST name finder / CoreNLP CRF, name finding alone: %.1fx%n",
          ourNameFinder / crfNameFinder));
    }
    return out.toString();
  }
}
