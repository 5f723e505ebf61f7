package io.reportage.bench;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
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
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx8g")
public class CoreNlpQuoteBenchmark {
  @Param({"subset"})
  public String corpus;

  private StanfordCoreNLP pipeline;
  private List<String> texts;

  @Setup
  public void setUp() {
    Properties properties = new Properties();
    properties.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
    properties.setProperty("coref.algorithm", "statistical");
    pipeline = new StanfordCoreNLP(properties);
    texts = BenchCorpus.load(corpus);
  }

  @Benchmark
  public void annotate(Blackhole sink) {
    for (String text : texts) {
      CoreDocument document = new CoreDocument(text);
      pipeline.annotate(document);
      sink.consume(document.quotes());
    }
  }
}
