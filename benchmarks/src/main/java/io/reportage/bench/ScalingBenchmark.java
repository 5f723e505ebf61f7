package io.reportage.bench;

import io.reportage.Analysis;
import io.reportage.Extractor;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link Extractor#analyze(String)} on one long article, at two lengths four times apart. One
 * operation analyses the article once; the secondary result {@code tokens} is tokens per second,
 * which stays about the same at both lengths when the work is linear and falls to a quarter at the
 * longer one when it is quadratic. The article is the corpus's documents one after another, as
 * paragraphs of one text, repeated until it is long enough (see {@link BenchCorpus}). The build's
 * WorkScalingTest checks the same growth by counting work, which a busy machine cannot disturb;
 * this benchmark gives the times, on a quiet machine.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ScalingBenchmark -p corpus=examples
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class ScalingBenchmark {
  @Param({"examples", "polnear-dev"})
  public String corpus;

  /** Characters of the article; the second is four times the first. */
  @Param({"150000", "600000"})
  public int length;

  private Extractor extractor;
  private String article;
  private long tokensPerArticle;

  /** Counts the tokens analysed; JMH reports it per second next to the operations. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Tokens {
    public long tokens;

    @Setup(Level.Iteration)
    public void reset() {
      tokens = 0;
    }
  }

  @Setup(Level.Trial)
  public void setUp() {
    extractor = Extractor.create();
    article = longArticle(BenchCorpus.load(corpus), length);
    tokensPerArticle = BenchCorpus.tokens(List.of(article));
  }

  /** The texts as the paragraphs of one article, in order and again from the first, cut at a paragraph once {@code length} is reached. */
  static String longArticle(List<String> texts, int length) {
    if (texts.isEmpty()) {
      throw new IllegalArgumentException("The corpus has no texts to make an article of");
    }
    StringBuilder article = new StringBuilder(length + 10_000);
    for (int i = 0; article.length() < length; i = (i + 1) % texts.size()) {
      article.append(texts.get(i).strip()).append("\n\n");
    }
    return article.toString();
  }

  @Benchmark
  public Analysis analyzeLongArticle(Tokens counter) {
    counter.tokens += tokensPerArticle;
    return extractor.analyze(article);
  }
}
