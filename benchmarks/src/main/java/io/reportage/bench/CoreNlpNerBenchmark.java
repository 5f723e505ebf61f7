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
 * The entity baseline: Stanford CoreNLP's CRF named-entity pipeline
 * ({@code tokenize,ssplit,pos,lemma,ner}: its {@code ner} annotator needs the part-of-speech tags and
 * lemmas) with only the CoNLL 4-class CRF model, as lean as CoreNLP allows: no numeric or time
 * classifiers, no fine-grained or rule-based labels, no entity mentions. One thread, on the
 * {@code subset} corpus of {@link BenchCorpus}; {@link BenchmarkSuite} compares it with the whole
 * default Reportage pipeline ({@code AnalyzeBenchmark.analyze}) on the same documents.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class CoreNlpNerBenchmark {
  @Param({"subset"})
  public String corpus;

  private StanfordCoreNLP pipeline;
  private List<String> texts;

  @Setup
  public void setUp() {
    Properties properties = new Properties();
    properties.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    properties.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
    properties.setProperty("ner.applyNumericClassifiers", "false");
    properties.setProperty("ner.useSUTime", "false");
    properties.setProperty("ner.applyFineGrained", "false");
    properties.setProperty("ner.buildEntityMentions", "false");
    properties.setProperty("ner.combinationMode", "NORMAL");
    pipeline = new StanfordCoreNLP(properties);
    texts = BenchCorpus.load(corpus);
  }

  @Benchmark
  public void annotate(Blackhole sink) {
    for (String text : texts) {
      CoreDocument document = new CoreDocument(text);
      pipeline.annotate(document);
      sink.consume(document.tokens());
    }
  }
}
