package io.reportage.cli;

import io.reportage.Analysis;
import io.reportage.ArticleInfo;
import io.reportage.Extractor;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The reportage command: analyses articles given as files, directories or standard input and
 * prints a summary, JSON or JSON lines. Exit code 0 when every input was analysed, 1 when some
 * could not be read (the others are still processed), 2 on a usage error.
 */
public final class ReportageCli {
  private final PrintStream out;
  private final PrintStream err;
  private final InputStream in;

  ReportageCli(InputStream in, PrintStream out, PrintStream err) {
    this.in = in;
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    int code = new ReportageCli(System.in, out, System.err).run(args);
    out.flush();
    System.exit(code);
  }

  int run(String[] args) {
    CliOptions options;
    try {
      options = CliOptions.parse(args);
    } catch (CliOptions.UsageException e) {
      err.println("reportage: " + e.getMessage());
      err.print(CliOptions.USAGE);
      return 2;
    }
    if (options.help()) {
      out.print(CliOptions.USAGE);
      return 0;
    }
    Extractor extractor;
    try {
      extractor = Extractor.builder().profile(options.profile()).build();
    } catch (IllegalStateException e) {
      err.println("reportage: " + e.getMessage());
      return 2;
    }
    ArticleInfo info = options.published() == null ? ArticleInfo.none() : ArticleInfo.published(options.published());
    if (options.inputs().isEmpty()) {
      try {
        print(options, extractor.analyze(decode(in.readAllBytes()), info), "-");
        return 0;
      } catch (IOException e) {
        err.println("reportage: cannot read standard input: " + e.getMessage());
        return 1;
      }
    }
    List<Path> files;
    try {
      files = InputFiles.expand(options.inputs());
    } catch (RuntimeException e) {
      err.println("reportage: " + e.getMessage());
      return 1;
    }
    ProgressBar progress = files.size() > 1 ? new ProgressBar(err, files.size()) : null;
    boolean failed = false;
    for (int i = 0; i < files.size(); i++) {
      Path file = files.get(i);
      if (progress != null) {
        progress.update(i, file.getFileName().toString());
      }
      String text;
      try {
        text = decode(Files.readAllBytes(file));
      } catch (CharacterCodingException e) {
        failed = true;
        err.println("\nreportage: " + file + " is not UTF-8 text; skipped");
        continue;
      } catch (IOException e) {
        failed = true;
        err.println("\nreportage: cannot read " + file + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + "); skipped");
        continue;
      }
      print(options, extractor.analyze(text, info), file.getFileName().toString());
    }
    if (progress != null) {
      progress.update(files.size(), "done");
      progress.finish();
    }
    out.flush();
    return failed ? 1 : 0;
  }

  private void print(CliOptions options, Analysis analysis, String docName) {
    switch (options.format()) {
      case TEXT -> out.println(TextReport.render(analysis, docName.equals("-") ? null : docName));
      case JSON -> out.println(docName.equals("-") ? analysis.toJson() : analysis.toJson(docName));
      case JSONL -> out.println(analysis.toJsonLine(docName));
    }
  }

  /**
   * Strict UTF-8: a file that is not UTF-8 is reported, not read as garbage. A byte-order mark is
   * kept so that offsets count every character of the file; the tokenizer skips it.
   */
  static String decode(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }
}
