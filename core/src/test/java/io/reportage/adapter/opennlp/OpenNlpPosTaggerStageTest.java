package io.reportage.adapter.opennlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.reportage.pipeline.Document;
import java.util.Arrays;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OpenNlpPosTaggerStageTest {
  private static final OpenNlpPosTaggerStage STAGE = new OpenNlpPosTaggerStage(OpenNlpModels.posTagger());

  @ParameterizedTest
  @ValueSource(strings = {
      "The minister said on Tuesday that the talks in Vienna would resume next week.",
      "“We will not back down,” the spokeswoman told reporters, adding that nothing had been decided.",
      "Shares of Northwind Corp. fell 3.5% to $41.20 after the company cut its forecast.",
      "Asked about the plan, she didn't answer. He left; they stayed until 10 p.m.",
      "FLOODS HIT COASTAL TOWNS AS STORM MOVES NORTH",
      "Ok"})
  void greedyTagsAreTheBeamTaggersTagsOnOrdinaryNewsSentences(String text) {
    Document doc = TextDocuments.tokenized(text);
    STAGE.apply(doc);
    POSTaggerME beam = new POSTaggerME(OpenNlpModels.posModel());
    for (int s = 0; s < doc.sentenceCount(); s++) {
      String[] tokens = Arrays.copyOfRange(doc.norms(), doc.sentenceStart(s), doc.sentenceEnd(s));
      String[] greedy = new String[tokens.length];
      for (int i = 0; i < tokens.length; i++) {
        greedy[i] = doc.pos(doc.sentenceStart(s) + i);
      }
      assertArrayEquals(beam.tag(tokens), greedy, "sentence " + Arrays.toString(tokens));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\u0000\u0001"})
  void emptyTextGetsNoTags(String text) {
    Document doc = TextDocuments.tokenized(text);
    STAGE.apply(doc);
    assertEquals(0, doc.tokenCount());
  }
}
