package io.reportage.bench;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.Properties;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A Stanford CoreNLP pipeline annotating every document of a {@link BenchCorpus} once per
 * operation, one thread; subclasses say which pipeline ({@link #properties()}) and how JMH times
 * it. The pipeline is built in the trial set-up, so its start-up (many seconds) is not timed.
 */
@State(Scope.Benchmark)
public abstract class CoreNlpPipelineBenchmark {
  @Param({"subset"})
  public String corpus;

  private StanfordCoreNLP pipeline;
  private List<String> texts;

  /** The CoreNLP properties of the pipeline to time. */
  protected abstract Properties properties();

  @Setup
  public void setUp() {
    pipeline = new StanfordCoreNLP(properties());
    texts = BenchCorpus.load(corpus);
  }

  @Benchmark
  public void annotate(Blackhole sink) {
    for (String text : texts) {
      CoreDocument document = new CoreDocument(text);
      pipeline.annotate(document);
      sink.consume(document);
    }
  }
}
