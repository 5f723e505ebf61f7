package io.reportage.server;

import java.net.URI;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The running service: Jetty with one HTTP/1.1 connector, the router, the JSON error handler,
 * the access log and the analysis threads. Start with {@link #start}, stop with {@link #close}.
 *
 * <p>Jetty's own threads only parse requests and move bytes; reading a body never blocks one of
 * them, so slow clients hold a connection (at most --max-connections) but no thread. Articles are
 * analysed on the separate pool of --threads threads behind a queue of --queue places.
 */
public final class AnalysisServer implements AutoCloseable {
  private static final int ACCEPT_BACKLOG = 1024;

  private final Server server;
  private final ServerConnector connector;
  private final WorkQueue work;

  private AnalysisServer(Server server, ServerConnector connector, WorkQueue work) {
    this.server = server;
    this.connector = connector;
    this.work = work;
  }

  /** Starts listening; fails (and releases everything) when the port cannot be bound. */
  public static AnalysisServer start(ServerOptions options, ArticleAnalyzer analyzer) throws Exception {
    QueuedThreadPool threads = new QueuedThreadPool(Math.max(32, 2 * options.threads() + 16), 4);
    threads.setName("http");
    Server server = new Server(threads);
    server.setStopTimeout(5_000);

    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
    connector.setHost(options.host());
    connector.setPort(options.port());
    connector.setIdleTimeout(options.idleTimeout().toMillis());
    connector.setAcceptQueueSize(ACCEPT_BACKLOG);
    server.addConnector(connector);
    server.addBean(new NetworkConnectionLimit(options.maxConnections(), connector));

    WorkQueue work = new WorkQueue(options.threads(), options.queue());
    Metrics metrics = new Metrics(work::waiting, work::running, options.queue());
    AnalysisService service = new AnalysisService(analyzer, work, metrics, options, server.getScheduler(), threads);
    server.setHandler(new Router(new AnalyzeEndpoint(service, MemoryBudget.quarterOfHeap()), metrics,
        ExampleArticles.load()));
    server.setErrorHandler(new JsonErrorHandler());
    server.setRequestLog(new AccessLog(metrics));
    try {
      server.start();
    } catch (Exception e) {
      work.close();
      server.stop();
      throw e;
    }
    return new AnalysisServer(server, connector, work);
  }

  /** The port listened on: the one asked for, or the one chosen for port 0. */
  public int port() {
    return connector.getLocalPort();
  }

  /** http://host:port/ */
  public URI uri() {
    String host = connector.getHost();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return URI.create("http://" + host + ":" + port() + "/");
  }

  /** Waits until the server stops. */
  public void join() throws InterruptedException {
    server.join();
  }

  /** Stops accepting, lets requests in progress finish for up to five seconds, then stops. */
  @Override
  public void close() throws Exception {
    try {
      server.stop();
    } finally {
      work.close();
    }
  }
}
