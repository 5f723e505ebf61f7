package io.reportage.spark.job;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * A row of Spark's binary file source ({@code path}, {@code content}) as an article: the file
 * name as document id and the content decoded as strict UTF-8, as the command line reads files.
 * A file that is not UTF-8 keeps a null text and says so; a byte-order mark is kept, so that
 * offsets count every character of the file.
 */
final class DecodeTextFile implements MapFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  @Override
  public Row call(Row file) {
    String path = file.getString(0);
    String doc = fileName(path);
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap((byte[]) file.get(1)))
          .toString();
      return RowFactory.create(doc, text, null, null);
    } catch (CharacterCodingException e) {
      return RowFactory.create(doc, null, null, path + " is not UTF-8 text (" + e.getClass().getSimpleName() + ")");
    }
  }

  /** The last segment of the path Spark gives. */
  static String fileName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
