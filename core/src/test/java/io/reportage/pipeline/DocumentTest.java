package io.reportage.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.reportage.ArticleInfo;
import org.junit.jupiter.api.Test;

class DocumentTest {
  @Test
  void aRepeatedWordIsOneStringInEveryTokenColumn() {
    // "\"a,\" he said, " repeated to 4 MB ran out of a 512 MB heap while every token held its own copies.
    String text = "“Said” he said, “said” He said";
    Document doc = new Document(text, ArticleInfo.none());
    int[] starts = {0, 1, 5, 7, 10, 14, 16, 17, 21, 23, 26};
    int[] ends = {1, 5, 6, 9, 14, 15, 17, 21, 22, 25, 30};
    doc.setTokens(starts.length, starts, ends, new int[starts.length]);
    assertEquals("said", doc.token(4));
    assertSame(doc.token(4), doc.token(10), "the same word written the same way");
    assertSame(doc.token(4), doc.lower(1), "a lower-case form equal to another token");
    assertSame(doc.lower(1), doc.lower(7));
    assertSame(doc.norm(0), doc.norm(8), "an opening and a closing curly mark straighten to the same string");
    assertEquals("\"", doc.norm(0));
  }
}
