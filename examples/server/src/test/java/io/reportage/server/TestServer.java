package io.reportage.server;

import io.reportage.Extractor;
import java.net.URI;
import java.time.Duration;

/** A real server on an ephemeral loopback port, for one test class. */
final class TestServer implements AutoCloseable {
  private static volatile Extractor extractor;

  final AnalysisServer server;

  private TestServer(AnalysisServer server) {
    this.server = server;
  }

  /** The default extractor, built once for all tests of the module. */
  static Extractor extractor() {
    if (extractor == null) {
      synchronized (TestServer.class) {
        if (extractor == null) {
          extractor = Extractor.create();
        }
      }
    }
    return extractor;
  }

  /** Loopback, any free port, two threads, short timeouts so that tests of them are quick. */
  static ServerOptions options() {
    return ServerOptions.defaults().withPort(0).withThreads(2).withIdleTimeout(Duration.ofSeconds(5))
        .withTimeLimit(Duration.ofSeconds(30));
  }

  static TestServer start() throws Exception {
    return start(options(), extractor()::analyze);
  }

  static TestServer start(ServerOptions options, ArticleAnalyzer analyzer) throws Exception {
    return new TestServer(AnalysisServer.start(options, analyzer));
  }

  URI uri(String path) {
    return server.uri().resolve(path);
  }

  int port() {
    return server.port();
  }

  @Override
  public void close() throws Exception {
    server.close();
  }
}
