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
 * The entity baseline: Stanford CoreNLP's CRF named-entity pipeline
 * ({@code tokenize,ssplit,pos,lemma,ner}: its {@code ner} annotator needs the part-of-speech tags and
 * lemmas) with only the CoNLL 4-class CRF model, as lean as CoreNLP allows: no numeric or time
 * classifiers, no fine-grained or rule-based labels, no entity mentions. One thread, on the
 * {@code subset} corpus of {@link BenchCorpus}; {@link BenchmarkSuite} compares it with the whole
 * default Reportage pipeline ({@code AnalyzeBenchmark.analyze}) on the same documents.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class CoreNlpNerBenchmark extends CoreNlpPipelineBenchmark {
  @Override
  protected Properties properties() {
    Properties properties = new Properties();
    properties.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    properties.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
    properties.setProperty("ner.applyNumericClassifiers", "false");
    properties.setProperty("ner.useSUTime", "false");
    properties.setProperty("ner.applyFineGrained", "false");
    properties.setProperty("ner.buildEntityMentions", "false");
    properties.setProperty("ner.combinationMode", "NORMAL");
    return properties;
  }
}
