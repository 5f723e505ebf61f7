package io.reportage.cli;

import io.reportage.Profile;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The command line, parsed: {@code [--format text|json|jsonl] [--profile fast|accurate]
 * [--published YYYY-MM-DD] [--threads N] [FILE|DIR ...]}. Options take their value as the next argument or after
 * "=" ({@code --format=json}).
 */
record CliOptions(OutputFormat format, Profile profile, LocalDate published, int threads, List<Path> inputs, boolean help) {
  static final String USAGE = """
      Usage: java -jar reportage-cli.jar [--format text|json|jsonl] [--profile fast|accurate]
                                     [--published YYYY-MM-DD] [--threads N] [FILE|DIR ...]
      Reads news articles (UTF-8 text) and prints who is in them, who said what and what happened.
      With no FILE, reads standard input. A DIR stands for every *.txt file in it, in name order.
        --format     text (default): a readable summary; json: one JSON object per input;
                     jsonl: one JSON object a line, with "doc" set to the file name
        --profile    fast (default) or accurate (needs the CoreNLP models jar on the class path)
        --published  the publication date, to resolve "on Thursday" and similar
        --threads    how many files to analyse at once (default: the number of cores); the
                     output keeps the input order
        --help       prints this text
      Exit code: 0 when every input was analysed, 1 when some could not be read (named on standard
      error; the others are still processed), 2 on a usage error or a profile that cannot be built.
      """;

  enum OutputFormat { TEXT, JSON, JSONL }

  static CliOptions parse(String[] args) {
    OutputFormat format = OutputFormat.TEXT;
    Profile profile = Profile.FAST;
    LocalDate published = null;
    int threads = Runtime.getRuntime().availableProcessors();
    List<Path> inputs = new ArrayList<>();
    boolean help = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      int equals = arg.startsWith("--") ? arg.indexOf('=') : -1;
      String inlineValue = equals > 0 ? arg.substring(equals + 1) : null;
      if (equals > 0) {
        arg = arg.substring(0, equals);
      }
      switch (arg) {
        case "--format" -> format = parseEnum(OutputFormat.class, "--format", inlineValue != null ? inlineValue : value(args, ++i, arg));
        case "--profile" -> profile = parseEnum(Profile.class, "--profile", inlineValue != null ? inlineValue : value(args, ++i, arg));
        case "--published" -> published = parseDate(inlineValue != null ? inlineValue : value(args, ++i, arg));
        case "--threads" -> threads = parseThreads(inlineValue != null ? inlineValue : value(args, ++i, arg));
        case "-h", "--help" -> help = true;
        default -> {
          if (arg.startsWith("-") && arg.length() > 1) {
            throw new UsageException("unknown option " + arg);
          }
          inputs.add(Path.of(arg));
        }
      }
    }
    return new CliOptions(format, profile, published, threads, inputs, help);
  }

  private static String value(String[] args, int index, String option) {
    if (index >= args.length) {
      throw new UsageException(option + " needs a value");
    }
    return args[index];
  }

  private static <E extends Enum<E>> E parseEnum(Class<E> type, String option, String value) {
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UsageException(option + " does not take '" + value + "'");
    }
  }

  private static int parseThreads(String value) {
    try {
      int threads = Integer.parseInt(value);
      if (threads >= 1) {
        return threads;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException("--threads needs a whole number of at least 1, got '" + value + "'");
  }

  private static LocalDate parseDate(String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new UsageException("--published needs a date as YYYY-MM-DD, got '" + value + "'");
    }
  }

  /** A mistake on the command line. */
  static final class UsageException extends RuntimeException {
    UsageException(String message) {
      super(message);
    }
  }
}
