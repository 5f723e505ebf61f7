package io.reportage.bench;

import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The baseline: Stanford CoreNLP's quote pipeline, the one its quote attribution needs
 * ({@code tokenize,ssplit,pos,lemma,ner,depparse,coref,quote} with {@code coref.algorithm
 * statistical}), one thread, on the {@code subset} corpus of {@link BenchCorpus}.
 *
 * <p>CoreNLP takes about 20 s to start (not timed: the pipeline is built in the trial set-up) and
 * then runs at a few hundred tokens per second, so a pass over the subset takes tens of seconds:
 * it is timed in single-shot mode, one warm-up pass and three measured ones. Tokens per second are
 * the subset's token count ({@link BenchCorpus#tokens}) divided by the seconds per pass;
 * {@link BenchmarkSuite} prints them next to Reportage's on the same subset.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx8g")
public class CoreNlpQuoteBenchmark extends CoreNlpPipelineBenchmark {
  @Override
  protected Properties properties() {
    Properties properties = new Properties();
    properties.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
    properties.setProperty("coref.algorithm", "statistical");
    return properties;
  }
}
