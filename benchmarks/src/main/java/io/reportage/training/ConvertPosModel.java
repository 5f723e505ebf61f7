package io.reportage.training;

import io.reportage.adapter.opennlp.GreedyPosTagger;
import io.reportage.models.ModelResources;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Converts OpenNLP's English POS model (from the class path: org.apache.opennlp:opennlp-models-pos-en)
 * into the compact weights file the FAST profile loads. Run from the project root after a build:
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.reportage.training.ConvertPosModel
 * </pre>
 */
public final class ConvertPosModel {
  static final Path OUTPUT = Path.of("models/src/main/resources").resolve(ModelResources.POS_WEIGHTS);

  private ConvertPosModel() {
  }

  public static void main(String[] args) throws IOException {
    Path output = args.length > 0 ? Path.of(args[0]) : OUTPUT;
    byte[] bytes = convert();
    Files.createDirectories(output.toAbsolutePath().getParent());
    Files.write(output, bytes);
    System.out.printf("Converted %s; wrote %s (%d bytes)%n", ModelResources.POS_MODEL, output, bytes.length);
  }

  /** The compact weights of the OpenNLP model on the class path. */
  static byte[] convert() throws IOException {
    try (InputStream in = ModelResources.open(ModelResources.POS_MODEL)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      GreedyPosTagger.read(in).write(out);
      return out.toByteArray();
    }
  }
}
