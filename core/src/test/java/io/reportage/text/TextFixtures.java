package io.reportage.text;

import io.reportage.ArticleInfo;
import io.reportage.Boilerplate;
import io.reportage.Span;
import io.reportage.models.BundledLexicon;
import io.reportage.models.Lexicons;
import io.reportage.pipeline.Document;
import java.util.ArrayList;
import java.util.List;

/** The text stages with the bundled lexicons, and small functions to read what they found. */
final class TextFixtures {
  static final Lexicons LEXICONS = Lexicons.bundled();
  static final Tokenizer TOKENIZER = new Tokenizer(LEXICONS.get(BundledLexicon.ABBREVIATIONS));
  static final ArticleStructureStage STRUCTURE = new ArticleStructureStage(new ArticleStructureStage.Config(
      LEXICONS.get(BundledLexicon.BOILERPLATE_CUES), LEXICONS.get(BundledLexicon.OUTLETS),
      LEXICONS.get(BundledLexicon.ABBREVIATIONS)));
  static final TokenizerStage TOKENS = new TokenizerStage(TOKENIZER);
  static final SentenceSplitterStage SENTENCES = new SentenceSplitterStage(LEXICONS.get(BundledLexicon.HONORIFICS));

  private TextFixtures() {
  }

  /** The tokens of the whole string, as written. */
  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    TOKENIZER.tokenize(text, 0, text.length(), (start, end) -> tokens.add(text.substring(start, end)));
    return tokens;
  }

  /** The tokens of the whole string as offsets. */
  static List<Span> tokenSpans(String text) {
    List<Span> spans = new ArrayList<>();
    TOKENIZER.tokenize(text, 0, text.length(), (start, end) -> spans.add(new Span(start, end)));
    return spans;
  }

  static Document structure(String text) {
    Document doc = new Document(text, ArticleInfo.none());
    STRUCTURE.apply(doc);
    return doc;
  }

  /** A document through structure, tokens and sentences. */
  static Document textStages(String text) {
    Document doc = structure(text);
    TOKENS.apply(doc);
    SENTENCES.apply(doc);
    return doc;
  }

  /** Each sentence's text from its first token to its last, as written. */
  static List<String> sentences(String text) {
    Document doc = textStages(text);
    List<String> sentences = new ArrayList<>();
    for (int s = 0; s < doc.sentenceCount(); s++) {
      sentences.add(doc.text(doc.sentenceStart(s), doc.sentenceEnd(s)));
    }
    return sentences;
  }

  /**
   * Checks the structure's promise: headline block, body and boilerplate spans tile the text in
   * that order; the headline lies in the block; analysed paragraphs lie in the headline or body.
   * Returns a description of the first broken promise, or null.
   */
  static String brokenTiling(Document doc) {
    String text = doc.text();
    Span body = doc.body();
    if (body.end() > text.length()) {
      return "the body " + body + " runs past the text's " + text.length() + " characters";
    }
    if (doc.headline() != null && !new Span(0, body.start()).contains(doc.headline())) {
      return "the headline " + doc.headline() + " lies outside the headline block [0, " + body.start() + ")";
    }
    int expected = body.end();
    for (Boilerplate part : doc.boilerplate()) {
      if (part.start() != expected || part.end() <= part.start()) {
        return "boilerplate " + part + " does not continue at " + expected;
      }
      expected = part.end();
    }
    if (expected != text.length()) {
      return "the parts end at " + expected + ", the text at " + text.length();
    }
    for (Span paragraph : doc.paragraphs()) {
      boolean inHeadline = doc.headline() != null && doc.headline().contains(paragraph);
      if (!inHeadline && !body.contains(paragraph)) {
        return "the analysed paragraph " + paragraph + " is neither the headline nor in the body " + body;
      }
    }
    if (doc.source() != null && doc.source().end() > text.length()) {
      return "the source " + doc.source() + " runs past the text";
    }
    return null;
  }
}
