package io.reportage.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reportage.Extractor;
import io.reportage.corpus.Conll2003;
import io.reportage.corpus.SharedCorpora;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Holds the FAST profile on CoNLL-2003 valid to PER/ORG/LOC F1 of at least 0.90. */
class ConllEvaluationTest {
  @Test
  void fastProfileReachesF1OfNinetyOnValidAndAnalysesEveryGoldToken() throws Exception {
    Path valid = SharedCorpora.shared().resolve("corpora/conll2003/valid.txt");
    Assumptions.assumeTrue(Files.exists(valid), "CoNLL-2003 valid is not in " + valid.getParent() + "; skipping its check");
    List<Conll2003.Doc> docs = Conll2003.read(valid);
    ConllEvaluation.Result result = ConllEvaluation.evaluate(docs, Extractor.create(), 0);
    assertEquals(result.goldTokens(), result.analysedTokens(),
        "the article structure stage left gold tokens out of the analysed text");
    assertTrue(result.overall().f1() >= 0.90, "PER/ORG/LOC F1 on CoNLL valid fell to " + result.overall());
  }
}
