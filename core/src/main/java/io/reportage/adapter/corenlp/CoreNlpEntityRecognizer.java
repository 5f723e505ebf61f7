package io.reportage.adapter.corenlp;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import io.reportage.EntityType;
import io.reportage.entity.EntityRecognizer;
import io.reportage.NameSpan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Names from Stanford CoreNLP's CRF classifier trained on CoNLL-2003 (the {@code ACCURATE}
 * profile). It reads Reportage's own tokens, sentence by sentence: CoreNLP's tokenizer never runs.
 * The classifier labels each token PERSON, ORGANIZATION, LOCATION, MISC or O; a run of tokens with
 * the same label is one name, as CoreNLP reads it; MISC is dropped.
 *
 * <p>The model loads once per JVM, on first use; CoreNLP's classifier may be called from several
 * threads at once.
 */
public final class CoreNlpEntityRecognizer implements EntityRecognizer {
  private static final Logger LOG = LoggerFactory.getLogger(CoreNlpEntityRecognizer.class);

  private final CRFClassifier<CoreLabel> classifier;

  private CoreNlpEntityRecognizer(CRFClassifier<CoreLabel> classifier) {
    this.classifier = classifier;
  }

  /**
   * The recognizer over CoreNLP's CoNLL model.
   *
   * @throws IllegalStateException when CoreNLP or its models are not on the class path
   */
  public static EntityRecognizer conll() {
    CoreNlpAvailability.requireCrf(CoreNlpEntityRecognizer.class.getClassLoader());
    return new CoreNlpEntityRecognizer(ModelHolder.CLASSIFIER);
  }

  private static final class ModelHolder {
    static final CRFClassifier<CoreLabel> CLASSIFIER = load();

    private static CRFClassifier<CoreLabel> load() {
      long started = System.nanoTime();
      try {
        CRFClassifier<CoreLabel> classifier = CRFClassifier.getClassifier(CoreNlpAvailability.CONLL_MODEL);
        LOG.debug("Loaded {} in {} ms", CoreNlpAvailability.CONLL_MODEL, (System.nanoTime() - started) / 1_000_000);
        return classifier;
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + CoreNlpAvailability.CONLL_MODEL, e);
      } catch (ClassNotFoundException | ClassCastException e) {
        throw new IllegalStateException("Cannot load " + CoreNlpAvailability.CONLL_MODEL
            + ": is the models jar of the same CoreNLP version as the code?", e);
      }
    }
  }

  @Override
  public List<List<NameSpan>> recognize(List<String[]> sentences) {
    List<List<NameSpan>> result = new ArrayList<>(sentences.size());
    for (String[] sentence : sentences) {
      result.add(names(labels(sentence)));
    }
    return result;
  }

  /** CoreNLP's label of each token of one sentence. */
  private String[] labels(String[] sentence) {
    List<CoreLabel> tokens = new ArrayList<>(sentence.length);
    for (String word : sentence) {
      CoreLabel token = new CoreLabel();
      token.setWord(word);
      token.setValue(word);
      token.setOriginalText(word);
      tokens.add(token);
    }
    List<CoreLabel> classified = classifier.classifySentence(tokens);
    String[] labels = new String[sentence.length];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = classified.get(i).get(CoreAnnotations.AnswerAnnotation.class);
    }
    return labels;
  }

  /** Runs of the same PERSON, ORGANIZATION or LOCATION label as names. */
  static List<NameSpan> names(String[] labels) {
    List<NameSpan> names = new ArrayList<>();
    int i = 0;
    while (i < labels.length) {
      EntityType type = typeOf(labels[i]);
      int j = i + 1;
      while (j < labels.length && labels[j] != null && labels[j].equals(labels[i])) {
        j++;
      }
      if (type != null) {
        names.add(new NameSpan(i, j, type));
      }
      i = j;
    }
    return names;
  }

  static EntityType typeOf(String label) {
    if (label == null) {
      return null;
    }
    return switch (label) {
      case "PERSON" -> EntityType.PERSON;
      case "ORGANIZATION" -> EntityType.ORGANIZATION;
      case "LOCATION" -> EntityType.LOCATION;
      default -> null;
    };
  }
}
