package io.reportage.tools;

import io.reportage.corpus.Conll2003;
import io.reportage.corpus.M2e2;
import io.reportage.corpus.Polnear;
import io.reportage.corpus.SharedCorpora;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes every document of the shared corpora (PolNeAR train and dev, CoNLL-2003 train and valid as
 * documents, M2E2 dev) and the seed article as one UTF-8 {@code .txt} file each into a folder, so
 * that the command line can be run over all of them: {@code benchmarks/output-snapshot.sh} uses it to
 * check that a change of structure leaves every output byte-identical. The folder must lie outside
 * the repository (corpus text is not committed).
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar io.reportage.tools.ExportCorpusTexts OUT_DIR}
 */
public final class ExportCorpusTexts {
  private ExportCorpusTexts() {
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: ExportCorpusTexts OUT_DIR");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    Files.createDirectories(out);
    int count = 0;
    for (String split : List.of("train", "dev")) {
      for (Polnear.Article article : Polnear.read(SharedCorpora.corpus("polnear/" + split))) {
        count += write(out, "polnear-" + split + "-" + article.name(), article.text());
      }
    }
    for (String split : List.of("train", "valid")) {
      List<Conll2003.Doc> docs = Conll2003.read(SharedCorpora.corpus("conll2003/" + split + ".txt"));
      for (int i = 0; i < docs.size(); i++) {
        count += write(out, String.format("conll-%s-%05d", split, i), docs.get(i).text());
      }
    }
    for (M2e2.Doc doc : M2e2.read(SharedCorpora.corpus("m2e2/dev.jsonl"))) {
      count += write(out, "m2e2-dev-" + doc.id(), doc.text());
    }
    Path seed = SharedCorpora.shared().resolve("examples/kremlin-summit.txt");
    count += write(out, "seed-kremlin-summit", Files.readString(seed, StandardCharsets.UTF_8));
    System.out.println(count + " documents written to " + out);
  }

  private static int write(Path out, String name, String text) throws IOException {
    String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
    Files.writeString(out.resolve(safe + ".txt"), text, StandardCharsets.UTF_8);
    return 1;
  }
}
