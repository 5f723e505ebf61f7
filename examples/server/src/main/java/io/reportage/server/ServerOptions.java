package io.reportage.server;

import io.reportage.Profile;
import java.time.Duration;
import java.util.Locale;

/**
 * How the service runs. Every limit has a default that is safe on a laptop; the command line
 * changes them ({@link #parse}).
 *
 * @param host the address to listen on; loopback unless told otherwise
 * @param port the port; 0 takes any free one
 * @param profile the extractor's profile
 * @param maxBytes the largest request body (for JSON lines: the largest line), counted while reading
 * @param threads how many articles are analysed at once
 * @param queue how many analyses may wait for a thread before requests are refused with 503
 * @param timeLimit how long one request (for JSON lines: one line) may take, from its first byte to
 *     its result
 * @param idleTimeout how long a connection may send or take nothing before it is closed
 * @param maxConnections how many connections are open at once; beyond, new ones wait to be accepted
 */
public record ServerOptions(String host, int port, Profile profile, long maxBytes, int threads, int queue,
    Duration timeLimit, Duration idleTimeout, int maxConnections) {
  /** 10 MiB. */
  public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

  static final String USAGE = """
      Usage: java -jar reportage-server.jar [options]
        --host ADDRESS        address to listen on (default 127.0.0.1: this machine only)
        --port N              port (default 8080; 0 takes any free port)
        --profile fast|accurate   extractor profile (default fast)
        --max-bytes N         largest request body, or JSON line, in bytes (default 10485760)
        --threads N           articles analysed at once (default: the number of processors)
        --queue N             analyses that may wait for a thread before 503 (default 64)
        --time-limit SECONDS  time limit of a request, or of one JSON line (default 60)
        --idle-timeout SECONDS   close connections idle this long (default 10)
        --max-connections N   open connections at most (default 2048)
      """;

  public ServerOptions {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("--host must name an address, got '" + host + "'");
    }
    requireRange("--port", port, 0, 65535);
    if (profile == null) {
      throw new IllegalArgumentException("profile is null");
    }
    if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("--max-bytes must be between 1 and " + (Integer.MAX_VALUE - 8) + ", got " + maxBytes);
    }
    requireRange("--threads", threads, 1, 1024);
    requireRange("--queue", queue, 1, 1_000_000);
    requirePositive("--time-limit", timeLimit);
    requirePositive("--idle-timeout", idleTimeout);
    requireRange("--max-connections", maxConnections, 1, 1_000_000);
  }

  /** The defaults: 127.0.0.1:8080, fast profile, 10 MiB, one thread per processor. */
  public static ServerOptions defaults() {
    return new ServerOptions("127.0.0.1", 8080, Profile.FAST, DEFAULT_MAX_BYTES,
        Runtime.getRuntime().availableProcessors(), 64, Duration.ofSeconds(60), Duration.ofSeconds(10), 2048);
  }

  /** Reads the command line; an unknown option or a bad value is an IllegalArgumentException saying which. */
  public static ServerOptions parse(String... args) {
    ServerOptions options = defaults();
    for (int i = 0; i < args.length; i++) {
      String name = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(name.startsWith("--") ? name + " needs a value" : "Unknown argument '" + name + "'");
      }
      String value = args[++i];
      options = switch (name) {
        case "--host" -> options.withHost(value);
        case "--port" -> options.withPort(integer(name, value));
        case "--profile" -> options.withProfile(profile(value));
        case "--max-bytes" -> options.withMaxBytes(number(name, value));
        case "--threads" -> options.withThreads(integer(name, value));
        case "--queue" -> options.withQueue(integer(name, value));
        case "--time-limit" -> options.withTimeLimit(Duration.ofSeconds(number(name, value)));
        case "--idle-timeout" -> options.withIdleTimeout(Duration.ofSeconds(number(name, value)));
        case "--max-connections" -> options.withMaxConnections(integer(name, value));
        default -> throw new IllegalArgumentException("Unknown option '" + name + "'");
      };
    }
    return options;
  }

  public ServerOptions withHost(String value) {
    return new ServerOptions(value, port, profile, maxBytes, threads, queue, timeLimit, idleTimeout, maxConnections);
  }

  public ServerOptions withPort(int value) {
    return new ServerOptions(host, value, profile, maxBytes, threads, queue, timeLimit, idleTimeout, maxConnections);
  }

  public ServerOptions withProfile(Profile value) {
    return new ServerOptions(host, port, value, maxBytes, threads, queue, timeLimit, idleTimeout, maxConnections);
  }

  public ServerOptions withMaxBytes(long value) {
    return new ServerOptions(host, port, profile, value, threads, queue, timeLimit, idleTimeout, maxConnections);
  }

  public ServerOptions withThreads(int value) {
    return new ServerOptions(host, port, profile, maxBytes, value, queue, timeLimit, idleTimeout, maxConnections);
  }

  public ServerOptions withQueue(int value) {
    return new ServerOptions(host, port, profile, maxBytes, threads, value, timeLimit, idleTimeout, maxConnections);
  }

  public ServerOptions withTimeLimit(Duration value) {
    return new ServerOptions(host, port, profile, maxBytes, threads, queue, value, idleTimeout, maxConnections);
  }

  public ServerOptions withIdleTimeout(Duration value) {
    return new ServerOptions(host, port, profile, maxBytes, threads, queue, timeLimit, value, maxConnections);
  }

  public ServerOptions withMaxConnections(int value) {
    return new ServerOptions(host, port, profile, maxBytes, threads, queue, timeLimit, idleTimeout, value);
  }

  private static Profile profile(String value) {
    try {
      return Profile.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--profile must be fast or accurate, got '" + value + "'");
    }
  }

  private static int integer(String name, String value) {
    long number = number(name, value);
    if (number > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(name + " is too large: " + value);
    }
    return (int) number;
  }

  private static long number(String name, String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " needs a whole number, got '" + value + "'");
    }
  }

  private static void requireRange(String name, long value, long min, long max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", got " + value);
    }
  }

  private static void requirePositive(String name, Duration value) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be at least one second, got " + value);
    }
  }
}
