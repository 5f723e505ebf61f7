package io.reportage.cli;

import io.reportage.Analysis;
import io.reportage.ArticleInfo;
import io.reportage.ExtractionException;
import io.reportage.Extractor;
import io.reportage.Profile;
import io.reportage.json.AnalysisJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The reportage command: analyses articles given as files, directories or standard input and
 * prints a summary, JSON or JSON lines.
 *
 * <p>Exit codes: {@value #OK} when every input was analysed; {@value #INPUT_FAILED} when some
 * could not be read or analysed (each is named on standard error, and the others are still
 * processed); {@value #USAGE} on a mistake on the command line or when the chosen profile cannot be
 * built (the message names what to add).
 */
public final class ReportageCli {
  static final int OK = 0;
  static final int INPUT_FAILED = 1;
  static final int USAGE = 2;
  /** Shown when the ACCURATE profile is asked for without CoreNLP's models jar on the class path. */
  static final String ACCURATE_HINT = """
      The command-line jar holds CoreNLP's code but not its 470 MB models jar. Put that jar on the class path
      (Maven downloads it to ~/.m2/repository/edu/stanford/nlp/stanford-corenlp/4.5.10/), for example:
        java -cp examples/cli/target/reportage-cli.jar:$HOME/.m2/repository/edu/stanford/nlp/stanford-corenlp/4.5.10/stanford-corenlp-4.5.10-models.jar \\
             io.reportage.cli.ReportageCli --profile accurate FILE""";

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
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    int code = new ReportageCli(System.in, out, err).run(args);
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
      return USAGE;
    }
    if (options.help()) {
      out.print(CliOptions.USAGE);
      return OK;
    }
    Extractor extractor;
    try {
      extractor = Extractor.builder().profile(options.profile()).build();
    } catch (IllegalStateException e) {
      err.println("reportage: " + e.getMessage());
      if (options.profile() == Profile.ACCURATE) {
        err.println(ACCURATE_HINT);
      }
      return USAGE;
    }
    ArticleInfo info = options.published() == null ? ArticleInfo.none() : ArticleInfo.published(options.published());
    if (options.inputs().isEmpty()) {
      return analyseStandardInput(options, extractor, info);
    }
    InputFiles.Expansion expansion = InputFiles.expand(options.inputs());
    expansion.problems().forEach(problem -> err.println("reportage: " + problem));
    boolean failed = !expansion.problems().isEmpty();
    int total = expansion.files().size();
    ProgressBar progress = total > 1 ? new ProgressBar(err, total) : null;
    Consumer<String> report = progress != null ? progress::message : err::println;
    boolean[] anyProblem = {failed};
    // Files are read and analysed on the worker threads; printing stays here, in input order.
    InOrder.forEach(expansion.files(), options.threads(), file -> analyseFile(options, extractor, info, file),
        (index, outcome) -> {
          if (progress != null) {
            progress.update(index, outcome.name());
          }
          if (outcome.problem() != null) {
            anyProblem[0] = true;
            report.accept("reportage: " + outcome.problem() + "; skipped");
          } else if (outcome.rendered() != null) {
            out.print(outcome.rendered());
          } else {
            print(options, outcome.analysis(), outcome.name());
          }
          out.flush();
        });
    failed = anyProblem[0];
    if (progress != null) {
      progress.update(total, "done");
      progress.finish();
    }
    return failed ? INPUT_FAILED : OK;
  }

  private int analyseStandardInput(CliOptions options, Extractor extractor, ArticleInfo info) {
    String text;
    try {
      text = decode(in.readAllBytes());
    } catch (CharacterCodingException e) {
      err.println("reportage: standard input is not UTF-8 text");
      return INPUT_FAILED;
    } catch (IOException e) {
      err.println("reportage: cannot read standard input (" + e.getMessage() + ")");
      return INPUT_FAILED;
    }
    try {
      print(options, extractor.analyze(text, info), null);
    } catch (ExtractionException e) {
      err.println("reportage: standard input could not be analysed: " + e.getMessage());
      return INPUT_FAILED;
    }
    out.flush();
    return OK;
  }

  /**
   * One file's analysis, or what went wrong with it. {@code rendered} is the output already written
   * out by the worker, or null when the printing thread streams it.
   */
  private record Outcome(String name, Analysis analysis, String rendered, String problem) {
  }

  /**
   * Articles up to this many characters are rendered on the worker that analysed them, so that the
   * printing thread only copies text and several workers keep several cores busy; longer ones are
   * streamed by the printing thread, so that their output is never held whole in memory.
   */
  private static final int RENDER_ON_WORKER_MAX_CHARS = 1 << 20;

  /** Reads and analyses one file; safe to call from several threads at once. */
  private static Outcome analyseFile(CliOptions options, Extractor extractor, ArticleInfo info, Path file) {
    String name = file.getFileName().toString();
    String text;
    try {
      text = decode(Files.readAllBytes(file));
    } catch (CharacterCodingException e) {
      return new Outcome(name, null, null, file + " is not UTF-8 text (" + e.getClass().getSimpleName() + ")");
    } catch (NoSuchFileException e) {
      return new Outcome(name, null, null, file + " does not exist");
    } catch (IOException e) {
      return new Outcome(name, null, null, "cannot read " + file + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
    } catch (OutOfMemoryError e) {
      return new Outcome(name, null, null, file + " is too large for this JVM's heap (raise -Xmx)");
    }
    try {
      Analysis analysis = extractor.analyze(text, info);
      if (options.threads() > 1 && text.length() <= RENDER_ON_WORKER_MAX_CHARS) {
        return new Outcome(name, null, render(options, analysis, name), null);
      }
      return new Outcome(name, analysis, null, null);
    } catch (ExtractionException e) {
      return new Outcome(name, null, null, file + " could not be analysed: " + e.getMessage());
    }
  }

  /** One analysis as {@link #print} writes it, as a string. */
  private static String render(CliOptions options, Analysis analysis, String docName) {
    if (options.format() == CliOptions.OutputFormat.TEXT) {
      return TextReport.render(analysis, docName);
    }
    StringWriter writer = new StringWriter();
    try {
      AnalysisJson.writeJson(analysis, writer, docName, options.format() == CliOptions.OutputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot render JSON", e);
    }
    return writer.append('\n').toString();
  }

  /** Prints one analysis; JSON is streamed, so that a very long article's output is never held whole in memory. */
  private void print(CliOptions options, Analysis analysis, String docName) {
    if (options.format() == CliOptions.OutputFormat.TEXT) {
      out.print(TextReport.render(analysis, docName));
      return;
    }
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    try {
      AnalysisJson.writeJson(analysis, writer, docName, options.format() == CliOptions.OutputFormat.JSON);
      writer.write('\n');
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write to standard output", e);
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
