package io.reportage.adapter.opennlp;

import io.reportage.ArticleInfo;
import io.reportage.models.BundledLexicon;
import io.reportage.models.Lexicons;
import io.reportage.pipeline.Document;
import io.reportage.text.ArticleStructureStage;
import io.reportage.text.SentenceSplitterStage;
import io.reportage.text.Tokenizer;
import io.reportage.text.TokenizerStage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Documents made from text we write, through the text stages (structure, tokens, sentences). */
final class TextDocuments {
  private TextDocuments() {
  }

  static Document tokenized(String text) {
    Lexicons lexicons = Lexicons.bundled();
    Document doc = new Document(text, ArticleInfo.none());
    new ArticleStructureStage(ArticleStructureStage.Config.from(lexicons)).apply(doc);
    new TokenizerStage(new Tokenizer(lexicons.get(BundledLexicon.ABBREVIATIONS))).apply(doc);
    new SentenceSplitterStage(lexicons.get(BundledLexicon.HONORIFICS)).apply(doc);
    return doc;
  }

  /** The normalized tokens of each sentence. */
  static List<String[]> sentences(Document doc) {
    List<String[]> sentences = new ArrayList<>();
    for (int s = 0; s < doc.sentenceCount(); s++) {
      sentences.add(Arrays.copyOfRange(doc.norms(), doc.sentenceStart(s), doc.sentenceEnd(s)));
    }
    return sentences;
  }

  /** Sentences given as space-separated tokens. */
  static List<String[]> sentences(String... sentences) {
    List<String[]> result = new ArrayList<>();
    for (String sentence : sentences) {
      result.add(sentence.split(" "));
    }
    return result;
  }
}
