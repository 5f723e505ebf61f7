package io.reportage.adapter;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reportage.ArticleInfo;
import io.reportage.adapter.opennlp.OpenNlpModels;
import io.reportage.adapter.opennlp.OpenNlpPosTaggerStage;
import io.reportage.corpus.SharedCorpora;
import io.reportage.models.BundledLexicon;
import io.reportage.models.Lexicons;
import io.reportage.pipeline.Document;
import io.reportage.text.ArticleStructureStage;
import io.reportage.text.SentenceSplitterStage;
import io.reportage.text.Tokenizer;
import io.reportage.text.TokenizerStage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The greedy POS tagger agrees with OpenNLP's beam search (beam 3) on at least 99% of the tokens of
 * PolNeAR dev (news text we did not write; skipped when ../shared is absent).
 */
class PosGreedyAgreementTest {
  @Test
  void greedyTagsAgreeWithTheBeamOnPolnearDev() throws Exception {
    Path dir = SharedCorpora.shared().resolve("corpora/polnear/dev/text");
    Assumptions.assumeTrue(Files.isDirectory(dir), "PolNeAR dev is not in " + dir + "; skipping");
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.sorted().toList();
    }
    Lexicons lexicons = Lexicons.bundled();
    ArticleStructureStage structure = new ArticleStructureStage(ArticleStructureStage.Config.from(lexicons));
    TokenizerStage tokenizer = new TokenizerStage(new Tokenizer(lexicons.get(BundledLexicon.ABBREVIATIONS)));
    SentenceSplitterStage sentences = new SentenceSplitterStage(lexicons.get(BundledLexicon.HONORIFICS));
    OpenNlpPosTaggerStage greedy = new OpenNlpPosTaggerStage(OpenNlpModels.posTagger());
    POSTaggerME beam = new POSTaggerME(OpenNlpModels.posModel());
    long tokens = 0;
    long same = 0;
    for (Path file : files) {
      Document doc = new Document(Files.readString(file, StandardCharsets.UTF_8), ArticleInfo.none());
      structure.apply(doc);
      tokenizer.apply(doc);
      sentences.apply(doc);
      greedy.apply(doc);
      for (int s = 0; s < doc.sentenceCount(); s++) {
        String[] beamTags = beam.tag(Arrays.copyOfRange(doc.norms(), doc.sentenceStart(s), doc.sentenceEnd(s)));
        for (int i = 0; i < beamTags.length; i++) {
          tokens++;
          if (beamTags[i].equals(doc.pos(doc.sentenceStart(s) + i))) {
            same++;
          }
        }
      }
    }
    double agreement = (double) same / tokens;
    assertTrue(tokens > 50_000, "PolNeAR dev gave only " + tokens + " tokens");
    assertTrue(agreement >= 0.99, "greedy and beam tags agree on only " + same + " of " + tokens + " tokens");
  }
}
