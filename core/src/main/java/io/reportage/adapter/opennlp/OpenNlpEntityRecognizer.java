package io.reportage.adapter.opennlp;

import io.reportage.EntityType;
import io.reportage.entity.EntityRecognizer;
import io.reportage.NameSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Names from Reportage's own OpenNLP-trained {@link NameFinderModel}, whose types are CoNLL's
 * PER, ORG, LOC and MISC (MISC is dropped). Thread-safe: the model is immutable and everything
 * learnt about one document (its memory of decided words) lives in that document's preparation.
 */
public final class OpenNlpEntityRecognizer implements EntityRecognizer {
  private final NameFinderModel model;

  public OpenNlpEntityRecognizer(NameFinderModel model) {
    this.model = model;
  }

  @Override
  public List<List<NameSpan>> recognize(List<String[]> sentences) {
    NameFeatures.Prepared doc = model.features().prepare(sentences);
    int[] labels = model.decode(doc);
    List<List<NameSpan>> result = new ArrayList<>(sentences.size());
    for (int s = 0; s < sentences.size(); s++) {
      result.add(names(labels, doc.sentenceStart(s), doc.sentenceEnd(s)));
    }
    return result;
  }

  /** The PER, ORG and LOC names of one sentence, with token indices counted within it. */
  static List<NameSpan> names(int[] labels, int first, int end) {
    List<NameSpan> names = new ArrayList<>();
    int i = first;
    while (i < end) {
      int label = labels[i];
      if (label == NameFeatures.OUTSIDE) {
        i++;
        continue;
      }
      int begin = label % 2 == 1 ? label : label - 1;
      int j = i + 1;
      while (j < end && labels[j] == begin + 1) {
        j++;
      }
      EntityType type = typeOf(NameFeatures.LABELS.get(begin).substring(2));
      if (type != null) {
        names.add(new NameSpan(i - first, j - first, type));
      }
      i = j;
    }
    return names;
  }

  static EntityType typeOf(String label) {
    return switch (label) {
      case "PER" -> EntityType.PERSON;
      case "ORG" -> EntityType.ORGANIZATION;
      case "LOC" -> EntityType.LOCATION;
      default -> null;
    };
  }
}
