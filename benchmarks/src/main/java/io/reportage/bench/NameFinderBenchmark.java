package io.reportage.bench;

import io.reportage.adapter.corenlp.CoreNlpEntityRecognizer;
import io.reportage.adapter.opennlp.OpenNlpEntityRecognizer;
import io.reportage.adapter.opennlp.OpenNlpModels;
import io.reportage.corpus.Conll2003;
import io.reportage.corpus.SharedCorpora;
import io.reportage.entity.EntityRecognizer;
import io.reportage.NameSpan;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Name finding alone, in tokens per second: the FAST profile's recognizer against Stanford
 * CoreNLP's CRF classifier (the ACCURATE profile's), both fed the same tokenized sentences, the
 * first {@value #TOKENS} tokens of CoNLL-2003 valid (from ../shared/corpora), one document at a
 * time. One operation is one token, so the scores read as tokens per second. Run from the project
 * root:
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar NameFinderBenchmark -f 1 -wi 2 -i 3
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
public class NameFinderBenchmark {
  static final int TOKENS = 50_000;

  /** The text both recognizers read: the first {@value #TOKENS} tokens of CoNLL-2003 valid. */
  @State(Scope.Benchmark)
  public static class Corpus {
    List<List<String[]>> documents;

    @Setup
    public void setUp() throws IOException {
      documents = firstTokens(Conll2003.read(SharedCorpora.corpus("conll2003/valid.txt")), TOKENS);
    }
  }

  /** The FAST profile's recognizer (each benchmark runs in its own JVM and loads only its model). */
  @State(Scope.Benchmark)
  public static class Fast {
    EntityRecognizer recognizer;

    @Setup
    public void setUp() {
      recognizer = new OpenNlpEntityRecognizer(OpenNlpModels.nameFinderModel());
    }
  }

  /** CoreNLP's CRF classifier, the ACCURATE profile's recognizer. */
  @State(Scope.Benchmark)
  public static class Crf {
    EntityRecognizer recognizer;

    @Setup
    public void setUp() {
      recognizer = CoreNlpEntityRecognizer.conll();
    }
  }

  /** The documents' sentences as token arrays, up to {@code limit} tokens in all (the last sentence cut). */
  static List<List<String[]>> firstTokens(List<Conll2003.Doc> docs, int limit) {
    List<List<String[]>> result = new ArrayList<>();
    int left = limit;
    for (Conll2003.Doc doc : docs) {
      List<String[]> sentences = new ArrayList<>();
      for (Conll2003.Sentence sentence : doc.sentences()) {
        if (left == 0) {
          break;
        }
        List<String> tokens = sentence.tokens().subList(0, Math.min(left, sentence.tokens().size()));
        sentences.add(tokens.toArray(String[]::new));
        left -= tokens.size();
      }
      result.add(sentences);
      if (left == 0) {
        return result;
      }
    }
    throw new IllegalStateException("CoNLL valid has fewer than " + limit + " tokens");
  }

  @Benchmark
  @OperationsPerInvocation(TOKENS)
  public int reportageFast(Corpus corpus, Fast fast) {
    return run(corpus.documents, fast.recognizer);
  }

  @Benchmark
  @OperationsPerInvocation(TOKENS)
  public int coreNlpCrf(Corpus corpus, Crf crf) {
    return run(corpus.documents, crf.recognizer);
  }

  private static int run(List<List<String[]>> documents, EntityRecognizer recognizer) {
    int names = 0;
    for (List<String[]> document : documents) {
      for (List<NameSpan> sentence : recognizer.recognize(document)) {
        names += sentence.size();
      }
    }
    return names;
  }
}
