package io.reportage.bench;

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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of {@link Extractor#analyze(String)} with the default profile, one thread, on a fixed
 * corpus (see {@link BenchCorpus}). One operation analyses every document of the corpus once; the
 * secondary result {@code tokens} is the same work in tokens per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class AnalyzeBenchmark {
  @Param({"examples", "subset", "polnear-dev"})
  public String corpus;

  private Extractor extractor;
  private List<String> texts;
  private long tokensPerPass;

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
    texts = BenchCorpus.load(corpus);
    tokensPerPass = BenchCorpus.tokens(texts);
  }

  @Benchmark
  public void analyze(Tokens counter, Blackhole sink) {
    for (String text : texts) {
      sink.consume(extractor.analyze(text));
    }
    counter.tokens += tokensPerPass;
  }

  /** The same work in a JVM with a 512 MB heap: the default profile must run in it. */
  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "-XX:+ExitOnOutOfMemoryError"})
  public void analyzeWith512MegabyteHeap(Tokens counter, Blackhole sink) {
    analyze(counter, sink);
  }
}
