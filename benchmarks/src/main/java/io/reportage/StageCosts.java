package io.reportage;

import io.reportage.bench.BenchCorpus;
import io.reportage.models.Lexicons;
import io.reportage.pipeline.Document;
import io.reportage.pipeline.Pipeline;
import io.reportage.pipeline.Stage;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What each stage of the default pipeline costs, in this thread's CPU time, on a benchmark corpus
 * (see {@link BenchCorpus}): the corpus is analysed {@code rounds} times so that the JIT settles,
 * and the last round is printed. CPU time leaves out other processes, so the figures hold on a busy
 * machine, where JMH's wall-clock figures do not. It lives in package {@code io.reportage} because
 * it builds the pipeline with the package's own {@code PipelineAssembly} to time stages one by one.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.reportage.StageCosts [corpus] [rounds]
 * </pre>
 * with corpus {@code polnear-dev} (default), {@code subset} or {@code examples}, rounds 8 by default.
 */
public final class StageCosts {
  private StageCosts() {
  }

  public static void main(String[] args) {
    String corpus = args.length > 0 ? args[0] : "polnear-dev";
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    List<String> texts = BenchCorpus.load(corpus);
    Pipeline pipeline = PipelineAssembly.build(Profile.FAST, Lexicons.bundled(), null);
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    Map<String, Long> nanos = new LinkedHashMap<>();
    long tokens = 0;
    for (int round = 0; round < rounds; round++) {
      nanos.clear();
      tokens = 0;
      for (String text : texts) {
        Document doc = new Document(text, ArticleInfo.none());
        for (Stage stage : pipeline.stages()) {
          long started = cpu.getCurrentThreadCpuTime();
          stage.apply(doc);
          nanos.merge(stage.name(), cpu.getCurrentThreadCpuTime() - started, Long::sum);
        }
        tokens += doc.tokenCount();
      }
    }
    long total = nanos.values().stream().mapToLong(Long::longValue).sum();
    System.out.printf(Locale.ROOT, "%s, %d texts, %,d analysed tokens, round %d of %d: %,.0f tokens per CPU second%n",
        corpus, texts.size(), tokens, rounds, rounds, tokens / (total / 1e9));
    nanos.forEach((stage, time) -> System.out.printf(Locale.ROOT, "  %-32s %8.1f ms  %5.1f%%%n", stage, time / 1e6,
        100.0 * time / total));
  }
}
