package io.reportage.spark.job;

import io.reportage.Profile;
import java.util.Locale;

/**
 * The job's command line: {@code --input PATH --output DIR [--format parquet|jsonl]
 * [--input-format txt|jsonl|parquet] [--master URL] [--partitions N] [--profile fast|accurate]
 * [--overwrite] [--ui]}. Options take their value as the next argument or after "=".
 *
 * @param master null to keep what spark-submit set, or {@code local[*]} when nothing is set
 * @param partitions 0 to keep the partitions Spark reads
 */
record JobOptions(
    String input,
    String output,
    TableFormat format,
    InputFormat inputFormat,
    String master,
    int partitions,
    Profile profile,
    boolean overwrite,
    boolean ui,
    boolean help) {
  static final String USAGE = """
      Usage: java -jar reportage-spark.jar --input PATH --output DIR [--format parquet|jsonl]
                 [--input-format txt|jsonl|parquet] [--master URL] [--partitions N]
                 [--profile fast|accurate] [--overwrite] [--ui]
      Analyses news articles with Spark and writes, under DIR: analyses/ (one reportage/1 JSON object a
      line), articles/, quotes/, entities/, events/, speakers/ and errors/.
        --input         a folder of *.txt files (one article each; the file name is the document id),
                        JSON lines or Parquet with a string column "text" and optional "doc" and
                        "published" (YYYY-MM-DD or a date)
        --input-format  txt, jsonl or parquet; by default from the path (*.jsonl, *.json, *.parquet, or
                        a local folder's files), else txt
        --format        the tables' format: parquet (default) or jsonl
        --master        Spark's master URL; default local[*] unless spark-submit set one
        --partitions    repartitions the articles into N parts before analysis (default: as read)
        --profile       fast (default) or accurate (CoreNLP and its models on every executor)
        --overwrite     replaces DIR's outputs if they exist (default: stop)
        --ui            keeps Spark's web UI on (off by default)
      Prints the number of articles read, analysed and failed; failed ones are listed in errors/.
      Exit code: 0 when the job ran (even if some articles failed), 1 when it stopped, 2 on a usage error.
      """;

  enum TableFormat { PARQUET, JSONL }

  enum InputFormat { TXT, JSONL, PARQUET }

  static JobOptions parse(String[] args) {
    String input = null;
    String output = null;
    TableFormat format = TableFormat.PARQUET;
    InputFormat inputFormat = null;
    String master = null;
    int partitions = 0;
    Profile profile = Profile.FAST;
    boolean overwrite = false;
    boolean ui = false;
    boolean help = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      int equals = arg.startsWith("--") ? arg.indexOf('=') : -1;
      String inline = equals > 0 ? arg.substring(equals + 1) : null;
      if (equals > 0) {
        arg = arg.substring(0, equals);
      }
      switch (arg) {
        case "--input" -> input = inline != null ? inline : value(args, ++i, arg);
        case "--output" -> output = inline != null ? inline : value(args, ++i, arg);
        case "--format" -> format = parseEnum(TableFormat.class, arg, inline != null ? inline : value(args, ++i, arg));
        case "--input-format" -> inputFormat = parseEnum(InputFormat.class, arg, inline != null ? inline : value(args, ++i, arg));
        case "--master" -> master = inline != null ? inline : value(args, ++i, arg);
        case "--partitions" -> partitions = parsePositive(arg, inline != null ? inline : value(args, ++i, arg));
        case "--profile" -> profile = parseEnum(Profile.class, arg, inline != null ? inline : value(args, ++i, arg));
        case "--overwrite" -> overwrite = true;
        case "--ui" -> ui = true;
        case "-h", "--help" -> help = true;
        default -> throw new UsageException(arg.startsWith("-") ? "unknown option " + arg : "unexpected argument " + arg
            + " (give the input with --input)");
      }
    }
    if (!help && (input == null || output == null)) {
      throw new UsageException(input == null ? "--input is required" : "--output is required");
    }
    return new JobOptions(input, output, format, inputFormat, master, partitions, profile, overwrite, ui, help);
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

  private static int parsePositive(String option, String value) {
    try {
      int number = Integer.parseInt(value);
      if (number > 0) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException(option + " needs a positive whole number, got '" + value + "'");
  }

  /** A mistake on the command line. */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }
}
