package io.reportage.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reportage.ArticleInfo;
import io.reportage.ExtractionException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PipelineTest {

  /** A stage for tests: declares layers and runs an action. */
  private record FakeStage(String name, Set<Layer> requires, Set<Layer> provides, java.util.function.Consumer<Document> action)
      implements Stage {
    @Override
    public void apply(Document doc) {
      action.accept(doc);
    }
  }

  private static Stage stage(String name, Set<Layer> requires, Set<Layer> provides) {
    return new FakeStage(name, requires, provides, doc -> { });
  }

  @Test
  void aChainWhoseInputsAreNotProvidedFailsWhenBuiltAndNamesTheStageAndLayer() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Pipeline(List.of(
        stage("Structure", EnumSet.noneOf(Layer.class), EnumSet.of(Layer.STRUCTURE)),
        stage("Tagger", EnumSet.of(Layer.SENTENCES), EnumSet.of(Layer.POS)))));
    assertTrue(e.getMessage().contains("Tagger") && e.getMessage().contains("SENTENCES"), e.getMessage());
  }

  @Test
  void aFailureInsideAStageSurfacesAsOneExtractionExceptionNamingTheStageAndOffset() {
    Pipeline pipeline = new Pipeline(List.of(new FakeStage("Exploder", EnumSet.noneOf(Layer.class),
        EnumSet.noneOf(Layer.class), doc -> {
          doc.reportProgress(42);
          throw new IllegalStateException("boom");
        })));
    ExtractionException e = assertThrows(ExtractionException.class,
        () -> pipeline.run(new Document("text", ArticleInfo.none())));
    assertEquals("Exploder", e.stage());
    assertEquals(42, e.offset());
    assertTrue(e.getMessage().contains("Exploder") && e.getMessage().contains("42") && e.getMessage().contains("boom"),
        e.getMessage());
    assertSame(IllegalStateException.class, e.getCause().getClass());
  }

  @Test
  void documentColumnsRejectOverlappingTokensAndGappedSentences() {
    Document doc = new Document("ab cd", ArticleInfo.none());
    assertThrows(IllegalArgumentException.class, () -> doc.setTokens(2, new int[] {0, 1}, new int[] {2, 5}, new int[2]));
    doc.setTokens(2, new int[] {0, 3}, new int[] {2, 5}, new int[2]);
    assertThrows(IllegalArgumentException.class, () -> doc.setSentences(1, new int[] {0}, new int[] {1}));
    doc.setSentences(1, new int[] {0}, new int[] {2});
    assertEquals(0, doc.sentenceOf(1));
    assertEquals(1, doc.tokenContaining(4));
    assertEquals(-1, doc.tokenContaining(2));
    assertEquals(1, doc.tokenAtOrAfter(2));
  }

  @Test
  void typographicQuotesAreStraightenedInNormsButKeptInTokens() {
    Document doc = new Document("“Don’t”", ArticleInfo.none());
    doc.setTokens(4, new int[] {0, 1, 3, 6}, new int[] {1, 3, 6, 7}, new int[4]);
    assertEquals(List.of("“", "Do", "n’t", "”"), List.of(doc.token(0), doc.token(1), doc.token(2), doc.token(3)));
    assertEquals(List.of("\"", "Do", "n't", "\""), List.of(doc.norm(0), doc.norm(1), doc.norm(2), doc.norm(3)));
    assertEquals("do", doc.lower(1));
  }
}
