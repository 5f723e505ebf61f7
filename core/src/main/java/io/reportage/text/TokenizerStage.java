package io.reportage.text;

import io.reportage.Span;
import io.reportage.pipeline.Document;
import io.reportage.pipeline.Layer;
import io.reportage.pipeline.Stage;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Tokenizes the analysed paragraphs of a document with {@link Tokenizer}.
 *
 * <p>Reads {@link Layer#STRUCTURE}; provides {@link Layer#TOKENS}, with the paragraph of each token.
 * Text outside the paragraphs (the credit line, boilerplate) gets no tokens.
 */
public final class TokenizerStage implements Stage {
  private final Tokenizer tokenizer;

  public TokenizerStage(Tokenizer tokenizer) {
    this.tokenizer = tokenizer;
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.STRUCTURE);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.TOKENS);
  }

  @Override
  public void apply(Document doc) {
    Buffer buffer = new Buffer();
    List<Span> paragraphs = doc.paragraphs();
    for (int p = 0; p < paragraphs.size(); p++) {
      Span paragraph = paragraphs.get(p);
      buffer.paragraph = p;
      doc.reportProgress(paragraph.start());
      tokenizer.tokenize(doc.text(), paragraph.start(), paragraph.end(), buffer);
    }
    doc.setTokens(buffer.count, buffer.starts, buffer.ends, buffer.paragraphs);
  }

  /** Growable columns for tokens: no object per token. */
  private static final class Buffer implements Tokenizer.TokenSink {
    int[] starts = new int[256];
    int[] ends = new int[256];
    int[] paragraphs = new int[256];
    int count;
    int paragraph;

    @Override
    public void add(int start, int end) {
      if (count == starts.length) {
        int size = count * 2;
        starts = Arrays.copyOf(starts, size);
        ends = Arrays.copyOf(ends, size);
        paragraphs = Arrays.copyOf(paragraphs, size);
      }
      starts[count] = start;
      ends[count] = end;
      paragraphs[count] = paragraph;
      count++;
    }
  }
}
