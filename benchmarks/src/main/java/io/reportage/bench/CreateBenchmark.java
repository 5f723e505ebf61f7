package io.reportage.bench;

import io.reportage.Extractor;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link Extractor#create()} in a fresh JVM: one call per fork, no warm-up, so every sample pays
 * for class loading and for reading the models and lexicons, as an application's first call does.
 * Ten forks give ten cold samples.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class CreateBenchmark {
  @Benchmark
  public Extractor create() {
    return Extractor.create();
  }
}
