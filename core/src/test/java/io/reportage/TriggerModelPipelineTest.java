package io.reportage;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reportage.event.TriggerModel;
import io.reportage.models.Lexicons;
import io.reportage.pipeline.AnalysisAssembler;
import io.reportage.pipeline.Document;
import io.reportage.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

/** The trigger model's two thresholds, with scorers that always say yes or always no. */
class TriggerModelPipelineTest {
  private static final String SKIRMISH = "Rebels skirmished with soldiers near the border on Monday.";
  private static final String ATTACKED = "The army attacked the town on Monday, officials said.";

  private static boolean hasType(String text, TriggerModel model, EventType type) {
    Pipeline pipeline = PipelineAssembly.build(Profile.FAST, Lexicons.bundled(), null, model);
    Document doc = new Document(text, ArticleInfo.none());
    pipeline.run(doc);
    return AnalysisAssembler.assemble(doc).events().stream().anyMatch(event -> event.type() == type);
  }

  @Test
  void aWordOnlyWordNetPutsInAnEventClassIsAnEventOnlyWhenTheModelAdmitsIt() {
    assertFalse(hasType(SKIRMISH, TriggerModel.none(), EventType.ATTACK), "'skirmished' is not in the trigger lexicon");
    assertTrue(hasType(SKIRMISH, new TriggerModel(features -> 0.9, 0, 0.5), EventType.ATTACK), "WordNet: skirmish is a kind of fight");
    assertFalse(hasType(SKIRMISH, new TriggerModel(features -> 0.3, 0, 0.5), EventType.ATTACK));
  }

  @Test
  void aLexiconReadingBelowTheKeepThresholdIsLeftOutAndOtherTypesAreNotWeighed() {
    assertTrue(hasType(ATTACKED, new TriggerModel(features -> 0.1, 0, 1), EventType.ATTACK), "keep 0 weighs nothing");
    assertFalse(hasType(ATTACKED, new TriggerModel(features -> 0.1, 0.5, 1), EventType.ATTACK));
    assertTrue(hasType(ATTACKED, new TriggerModel(features -> 0.1, 0.5, 1), EventType.STATEMENT),
        "a statement has no ACE type and is not weighed");
  }
}
