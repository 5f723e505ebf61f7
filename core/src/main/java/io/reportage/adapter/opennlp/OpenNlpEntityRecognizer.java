package io.reportage.adapter.opennlp;

import io.reportage.EntityType;
import io.reportage.entity.EntityRecognizer;
import io.reportage.entity.NameSpan;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Names from an OpenNLP name-finder model whose types are CoNLL's "PER", "ORG", "LOC" (and "MISC",
 * which is dropped). One {@link NameFinderME} per thread over the shared model; its adaptive data
 * are cleared before each document so nothing carries over between articles.
 */
public final class OpenNlpEntityRecognizer implements EntityRecognizer {
  private final ThreadLocal<NameFinderME> finder;

  public OpenNlpEntityRecognizer(TokenNameFinderModel model) {
    this.finder = ThreadLocal.withInitial(() -> new NameFinderME(model));
  }

  @Override
  public List<List<NameSpan>> recognize(List<String[]> sentences) {
    NameFinderME me = finder.get();
    me.clearAdaptiveData();
    List<List<NameSpan>> result = new ArrayList<>(sentences.size());
    for (String[] sentence : sentences) {
      List<NameSpan> names = new ArrayList<>();
      for (Span span : me.find(sentence)) {
        EntityType type = typeOf(span.getType());
        if (type != null) {
          names.add(new NameSpan(span.getStart(), span.getEnd(), type));
        }
      }
      result.add(names);
    }
    me.clearAdaptiveData();
    return result;
  }

  static EntityType typeOf(String label) {
    return switch (label) {
      case "PER", "person" -> EntityType.PERSON;
      case "ORG", "organization" -> EntityType.ORGANIZATION;
      case "LOC", "location" -> EntityType.LOCATION;
      default -> null;
    };
  }
}
