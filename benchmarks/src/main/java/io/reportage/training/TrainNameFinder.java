package io.reportage.training;

import io.reportage.corpus.Conll2003;
import io.reportage.corpus.SharedCorpora;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the FAST profile's name finder on CoNLL-2003 train and writes it where reportage-models
 * keeps it. Run from the project root:
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.reportage.training.TrainNameFinder
 * </pre>
 */
public final class TrainNameFinder {
  static final Path OUTPUT = Path.of("models/src/main/resources/io/reportage/models/ner/reportage-ner-en.bin");

  private TrainNameFinder() {
  }

  public static void main(String[] args) throws IOException {
    Path train = SharedCorpora.corpus("conll2003/train.txt");
    Path output = args.length > 0 ? Path.of(args[0]) : OUTPUT;
    List<NameSample> samples = samples(Conll2003.read(train));
    TrainingParameters parameters = TrainingParameters.defaultParams();
    parameters.put(TrainingParameters.ITERATIONS_PARAM, 100);
    parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
    long started = System.nanoTime();
    TokenNameFinderModel model = NameFinderME.train("en", null, new CollectionObjectStream<>(samples), parameters,
        new TokenNameFinderFactory(null, java.util.Map.of(), new BioCodec()));
    Files.createDirectories(output.getParent());
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output))) {
      model.serialize(out);
    }
    System.out.printf("Trained on %d sentences in %.1f s; wrote %s%n", samples.size(),
        (System.nanoTime() - started) / 1e9, output);
  }

  /** One sample per sentence, with adaptive data cleared at each document start. */
  static List<NameSample> samples(List<Conll2003.Doc> docs) {
    List<NameSample> samples = new ArrayList<>();
    for (Conll2003.Doc doc : docs) {
      boolean first = true;
      for (Conll2003.Sentence sentence : doc.sentences()) {
        samples.add(new NameSample(sentence.tokens().toArray(String[]::new), spans(sentence.tags()), first));
        first = false;
      }
    }
    return samples;
  }

  /** IOB2 tags to typed spans. */
  static Span[] spans(List<String> tags) {
    List<Span> spans = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      boolean continues = tag.startsWith("I-") && type != null && tag.substring(2).equals(type);
      if (!continues && type != null) {
        spans.add(new Span(start, i, type));
        type = null;
      }
      if (tag.startsWith("B-") || tag.startsWith("I-") && type == null) {
        start = i;
        type = tag.substring(2);
      }
    }
    return spans.toArray(Span[]::new);
  }
}
