package io.reportage.server;

import io.reportage.Extractor;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The command: {@code java -jar reportage-server.jar [--port 8080] [--host 127.0.0.1] [--profile
 * fast|accurate] [--max-bytes N] [--threads N] ...}. Exit codes: 2 for a usage error or a profile
 * that cannot be built, 1 when the server cannot start.
 */
public final class ReportageServer {
  private static final Logger LOG = LoggerFactory.getLogger(ReportageServer.class);

  private ReportageServer() {
  }

  public static void main(String[] args) throws InterruptedException {
    if (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
      System.out.print(ServerOptions.USAGE);
      return;
    }
    ServerOptions options;
    Extractor extractor;
    try {
      options = ServerOptions.parse(args);
      extractor = Extractor.builder().profile(options.profile()).build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      System.err.println("reportage-server: " + e.getMessage());
      System.err.print(ServerOptions.USAGE);
      System.exit(2);
      return;
    }
    AnalysisServer server;
    try {
      server = AnalysisServer.start(options, extractor::analyze);
    } catch (Exception e) {
      System.err.println("reportage-server: cannot start on " + options.host() + ":" + options.port() + ": " + e.getMessage());
      System.exit(1);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        server.close();
      } catch (Exception e) {
        LOG.warn("Stopping the server failed", e);
      }
    }, "shutdown"));
    LOG.info("Reportage listening on {} (profile {}, {} analysis threads, queue {}, bodies up to {} bytes, time limit {} s)",
        server.uri(), options.profile().name().toLowerCase(java.util.Locale.ROOT), options.threads(), options.queue(),
        options.maxBytes(), options.timeLimit().toSeconds());
    server.join();
  }
}
