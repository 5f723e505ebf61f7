package io.reportage.fuzz;

import io.reportage.Extractor;
import io.reportage.robustness.AnalysisInvariants;
import io.reportage.robustness.AnalysisInvariants.Violation;
import io.reportage.robustness.HostileText;
import io.reportage.robustness.RegressionCase;
import io.reportage.robustness.Shrinker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Runs generated hostile texts ({@link HostileText}) through one shared {@link Extractor} on every
 * core and checks every property of {@link AnalysisInvariants} for each. The first text that fails
 * in a new way (a new {@link Violation#signature()}) is shrunk and appended to the output file as a
 * JUnit test method ready to paste into {@code ShrunkInputRegressionTest}; later texts that fail the
 * same way are only counted. Texts slower than {@code --slow-ms} are listed (by their number, which
 * with the seed regenerates them) but not shrunk.
 *
 * <pre>
 * java -Xmx2g -cp benchmarks/target/benchmarks.jar io.reportage.fuzz.Fuzz \
 *     --inputs 10000000 --seed 1 --threads 8 [--seconds 3600] [--out target/fuzz-failures.java] [--slow-ms 5000]
 * </pre>
 *
 * Text number {@code i} of seed {@code S} is always the same text, whatever the thread count.
 * Prints progress (inputs per second) every ten seconds and a summary at the end; exits with 1 when
 * any property failed. Each input is analysed twice (the second time to compare the output).
 */
public final class Fuzz {
  private final HostileText texts;
  private final AnalysisInvariants invariants;
  private final long seed;
  private final long slowMillis;
  private final int maxShrinkChecks;
  private final Writer failures;
  private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
  private final List<String> slow = new ArrayList<>();
  private final LongAdder done = new LongAdder();
  private final LongAdder characters = new LongAdder();

  private Fuzz(HostileText texts, AnalysisInvariants invariants, long seed, long slowMillis, int maxShrinkChecks,
      Writer failures) {
    this.texts = texts;
    this.invariants = invariants;
    this.seed = seed;
    this.slowMillis = slowMillis;
    this.maxShrinkChecks = maxShrinkChecks;
    this.failures = failures;
  }

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    Path out = options.out;
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    Extractor extractor = Extractor.create();
    AnalysisInvariants invariants = new AnalysisInvariants(extractor);
    System.out.printf("fuzz: %,d inputs, seed %d, %d threads, failures to %s; JSON schema %s%n", options.inputs,
        options.seed, options.threads, out, invariants.schemaPresent() ? "checked" : "absent, not checked");
    try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      writer.write("// Shrunk failing texts from io.reportage.fuzz.Fuzz --seed " + options.seed
          + ": paste the methods into core/src/test/java/io/reportage/ShrunkInputRegressionTest.java\n\n");
      writer.flush();
      Fuzz fuzz = new Fuzz(HostileText.fromExampleArticles(), invariants, options.seed, options.slowMillis,
          options.maxShrinkChecks, writer);
      boolean clean = fuzz.run(options.inputs, options.threads, options.seconds);
      System.exit(clean ? 0 : 1);
    }
  }

  /** Runs until {@code inputs} texts are checked or {@code seconds} have passed; true when nothing failed. */
  private boolean run(long inputs, int threads, long seconds) throws InterruptedException {
    AtomicLong next = new AtomicLong();
    long started = System.nanoTime();
    long deadline = seconds > 0 ? started + TimeUnit.SECONDS.toNanos(seconds) : Long.MAX_VALUE;
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread worker = new Thread(() -> {
        for (long i = next.getAndIncrement(); i < inputs && System.nanoTime() < deadline; i = next.getAndIncrement()) {
          check(i);
          done.increment();
        }
      }, "fuzz-" + t);
      workers.add(worker);
      worker.start();
    }
    long lastReport = started;
    while (workers.stream().anyMatch(Thread::isAlive)) {
      workers.get(0).join(1_000);
      for (Thread worker : workers) {
        worker.join(100);
      }
      if (System.nanoTime() - lastReport > TimeUnit.SECONDS.toNanos(10)) {
        lastReport = System.nanoTime();
        report("progress", started);
      }
    }
    report("done", started);
    counts.forEach((signature, count) -> System.out.printf("  %,8d × %s%n", count.sum(), signature));
    synchronized (slow) {
      slow.forEach(line -> System.out.println("  slow: " + line));
    }
    return counts.isEmpty() && slow.isEmpty();
  }

  private void report(String what, long started) {
    double elapsed = (System.nanoTime() - started) / 1e9;
    long failed = counts.values().stream().mapToLong(LongAdder::sum).sum();
    System.out.printf("%s: %,d inputs in %.0f s, %.0f inputs/s (%,.0f characters/s); %d kinds of failure (%,d texts),"
        + " %d slow%n", what, done.sum(), elapsed, done.sum() / elapsed, characters.sum() / elapsed, counts.size(), failed,
        slow.size());
  }

  private void check(long i) {
    List<String> pieces = texts.pieces(new Random(seedOf(i)));
    String text = String.join("", pieces);
    characters.add(text.length());
    long start = System.nanoTime();
    List<Violation> violations = invariants.check(text);
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    if (millis > slowMillis) {
      synchronized (slow) {
        slow.add(String.format("text %d: %,d characters in %,d ms", i, text.length(), millis));
      }
    }
    for (Violation violation : violations) {
      boolean first = counts.putIfAbsent(violation.signature(), new LongAdder()) == null;
      counts.get(violation.signature()).increment();
      if (first) {
        record(violation, pieces, i);
      }
    }
  }

  /** Shrinks a failure of a new kind and appends it as a test method. */
  private void record(Violation violation, List<String> pieces, long i) {
    Shrinker shrinker = new Shrinker(candidate -> invariants.check(candidate).stream()
        .anyMatch(v -> v.signature().equals(violation.signature())), maxShrinkChecks);
    String smallest = shrinker.shrink(pieces);
    Violation shown = invariants.check(smallest).stream().filter(v -> v.signature().equals(violation.signature()))
        .findFirst().orElse(violation);
    String source = RegressionCase.javaSource(shown, smallest, "Fuzz --seed " + seed + ", text " + i);
    System.out.printf("FAILED text %d: %s%n  shrunk in %d checks to %s%n", i, violation, shrinker.checks(),
        RegressionCase.javaLiteral(smallest));
    synchronized (failures) {
      try {
        failures.write(source);
        failures.write('\n');
        failures.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The seed of text number i: a SplitMix64 step, so that neighbouring numbers give unrelated texts. */
  private long seedOf(long i) {
    long z = seed + (i + 1) * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Command-line options; see the class Javadoc. */
  private record Options(long inputs, long seed, int threads, long seconds, Path out, long slowMillis,
      int maxShrinkChecks) {
    static Options parse(String[] args) {
      long inputs = 100_000;
      long seed = 1;
      int threads = Runtime.getRuntime().availableProcessors();
      long seconds = 0;
      Path out = Path.of("target/fuzz-failures.java");
      long slowMillis = 5_000;
      int maxShrinkChecks = 5_000;
      for (int a = 0; a < args.length; a++) {
        String value = a + 1 < args.length ? args[a + 1] : null;
        if (value == null) {
          throw new IllegalArgumentException("option " + args[a] + " needs a value");
        }
        switch (args[a++]) {
          case "--inputs" -> inputs = Long.parseLong(value);
          case "--seed" -> seed = Long.parseLong(value);
          case "--threads" -> threads = Integer.parseInt(value);
          case "--seconds" -> seconds = Long.parseLong(value);
          case "--out" -> out = Path.of(value);
          case "--slow-ms" -> slowMillis = Long.parseLong(value);
          case "--max-shrink-checks" -> maxShrinkChecks = Integer.parseInt(value);
          default -> throw new IllegalArgumentException("unknown option " + args[a - 1]
              + "; options: --inputs N --seed S --threads N --seconds T --out FILE --slow-ms M --max-shrink-checks N");
        }
      }
      if (inputs < 1 || threads < 1) {
        throw new IllegalArgumentException("--inputs and --threads must be at least 1");
      }
      return new Options(inputs, seed, threads, seconds, out, slowMillis, maxShrinkChecks);
    }
  }
}
