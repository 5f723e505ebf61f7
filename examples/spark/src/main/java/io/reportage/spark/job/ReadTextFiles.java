package io.reportage.spark.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Reads text files on the executors, one article each, as the command line reads them: the file
 * name is the document id and the content is decoded as strict UTF-8, a byte-order mark kept so
 * that offsets count every character. A file that cannot be read or is not UTF-8 becomes a row
 * with a null text and the reason, so that it ends in the errors and is counted; an empty file is
 * an empty article.
 */
final class ReadTextFiles implements MapPartitionsFunction<String, Row> {
  private static final long serialVersionUID = 1L;
  /** Java strings and arrays stop short of 2 GB. */
  private static final long LARGEST = Integer.MAX_VALUE - 16;

  private final HadoopConfiguration configuration;

  ReadTextFiles(Configuration configuration) {
    this.configuration = new HadoopConfiguration(configuration);
  }

  @Override
  public Iterator<Row> call(Iterator<String> paths) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return paths.hasNext();
      }

      @Override
      public Row next() {
        return read(new Path(paths.next()));
      }
    };
  }

  private Row read(Path path) {
    String doc = path.getName();
    try {
      FileSystem fs = path.getFileSystem(configuration.value);
      long length = fs.getFileStatus(path).getLen();
      if (length > LARGEST) {
        return failed(doc, path + " is too large to read as one article (" + length + " bytes)");
      }
      byte[] bytes = new byte[(int) length];
      try (InputStream in = fs.open(path)) {
        int read = in.readNBytes(bytes, 0, bytes.length);
        if (read != bytes.length) {
          return failed(doc, path + " changed while it was read (" + read + " of " + length + " bytes)");
        }
      }
      return RowFactory.create(doc, decode(bytes), null, null);
    } catch (CharacterCodingException e) {
      return failed(doc, path + " is not UTF-8 text (" + e.getClass().getSimpleName() + ")");
    } catch (IOException e) {
      return failed(doc, "cannot read " + path + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
    } catch (OutOfMemoryError e) {
      return failed(doc, path + " is too large for this executor's heap");
    }
  }

  private static Row failed(String doc, String message) {
    return RowFactory.create(doc, null, null, message);
  }

  private static String decode(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }

  /** A Hadoop configuration that travels to the executors (it is Writable, not Serializable). */
  private static final class HadoopConfiguration implements Serializable {
    private static final long serialVersionUID = 1L;
    private transient Configuration value;

    HadoopConfiguration(Configuration value) {
      this.value = value;
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
      out.defaultWriteObject();
      value.write(out);
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
      in.defaultReadObject();
      value = new Configuration(false);
      value.readFields(in);
    }
  }
}
