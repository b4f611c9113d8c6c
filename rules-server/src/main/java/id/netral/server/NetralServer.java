package id.netral.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import id.netral.core.NeutralityEngine;
import id.netral.core.scenario.ScenarioReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * netral as an HTTP service (section 5 of the scenario contract): {@code POST /v1/assess}, {@code
 * GET /v1/catalog}, {@code GET /v1/provisions/{id}}, {@code GET /v1/elections}, {@code GET
 * /health}, {@code GET /openapi.json} and the web page at {@code /}, on one engine shared by every
 * request.
 *
 * <pre>{@code
 * NeutralityEngine engine = NeutralityEngine.withBundledRules();
 * try (NetralServer server = NetralServer.start(engine, NetralServer.Options.DEFAULT.withPort(0))) {
 *   System.out.println(server.uri()); // http://127.0.0.1:41234/
 *   server.awaitStop();
 * }
 * }</pre>
 *
 * <p>The server is the JDK's {@code com.sun.net.httpserver.HttpServer} with a fixed pool of worker
 * threads (docs/performance.md says why). {@link #stop(Duration)} drains: it answers new requests
 * with 503, lets those in flight finish, then closes every connection.
 */
public final class NetralServer implements AutoCloseable {
  /** The JDK server logs through java.util.logging; netral keeps the terminal quiet. */
  private static final java.util.logging.Logger JDK_LOG = java.util.logging.Logger.getLogger("com.sun.net.httpserver");

  static {
    JDK_LOG.setLevel(java.util.logging.Level.OFF);
  }

  /**
   * How to run the server.
   *
   * @param host the address to bind; {@code 127.0.0.1} unless told otherwise
   * @param port the port; 0 for any free port
   * @param limits the limits of a request body, as for scenario files
   * @param threads worker threads that read requests and assess
   * @param requestTimeout the longest a client may take to send a request, and to read the answer;
   *     the JDK's server reads it once per JVM, so the first server started sets it for all, unless
   *     the system properties {@code sun.net.httpserver.maxReqTime} and {@code maxRspTime} are set
   * @param accessLog where one line per request goes, or null for none
   */
  public record Options(String host, int port, ScenarioReader.Limits limits, int threads, Duration requestTimeout,
      Consumer<String> accessLog) {
    /**
     * 127.0.0.1:8080, the limits of files, two threads per core, 30 s, no access log. Two threads per
     * core is also the number of idle rule sessions an engine keeps: with more threads, sessions are
     * disposed and made again, and a one-scenario request measured twelve times slower (see
     * docs/performance.md).
     */
    public static final Options DEFAULT = new Options("127.0.0.1", 8080, ScenarioReader.Limits.DEFAULT,
        2 * Runtime.getRuntime().availableProcessors(), Duration.ofSeconds(30), null);

    /** Checks the values. */
    public Options {
      Objects.requireNonNull(host, "host");
      Objects.requireNonNull(limits, "limits");
      Objects.requireNonNull(requestTimeout, "requestTimeout");
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port " + port + " is not from 0 to 65535");
      }
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1");
      }
    }

    /** @param value the address to bind @return these options with it */
    public Options withHost(String value) {
      return new Options(value, port, limits, threads, requestTimeout, accessLog);
    }

    /** @param value the port, 0 for any free one @return these options with it */
    public Options withPort(int value) {
      return new Options(host, value, limits, threads, requestTimeout, accessLog);
    }

    /** @param value the limits of a request body @return these options with them */
    public Options withLimits(ScenarioReader.Limits value) {
      return new Options(host, port, value, threads, requestTimeout, accessLog);
    }

    /** @param value worker threads @return these options with them */
    public Options withThreads(int value) {
      return new Options(host, port, limits, value, requestTimeout, accessLog);
    }

    /** @param value the request timeout @return these options with it */
    public Options withRequestTimeout(Duration value) {
      return new Options(host, port, limits, threads, value, accessLog);
    }

    /** @param value where access log lines go, or null @return these options with it */
    public Options withAccessLog(Consumer<String> value) {
      return new Options(host, port, limits, threads, requestTimeout, value);
    }
  }

  private final HttpServer server;
  private final ExecutorService workers;
  private final Api api;
  private final Consumer<String> accessLog;
  /** Requests admitted and not yet answered. */
  private final AtomicInteger busy = new AtomicInteger();
  private volatile boolean draining;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final Object stopLock = new Object();

  private NetralServer(HttpServer server, ExecutorService workers, Api api, Consumer<String> accessLog) {
    this.server = server;
    this.workers = workers;
    this.api = api;
    this.accessLog = accessLog;
  }

  /**
   * Binds and starts the server; returns once it accepts connections.
   *
   * @param engine the engine every request is assessed on
   * @param options where to listen and the limits
   * @return the running server
   * @throws IOException when the address cannot be bound (the port is taken, say)
   */
  public static NetralServer start(NeutralityEngine engine, Options options) throws IOException {
    long timeout = Math.max(1, options.requestTimeout().toSeconds());
    // read once, when the JDK's server class is first used: set them unless the user did
    System.setProperty("sun.net.httpserver.maxReqTime",
        System.getProperty("sun.net.httpserver.maxReqTime", Long.toString(timeout)));
    System.setProperty("sun.net.httpserver.maxRspTime",
        System.getProperty("sun.net.httpserver.maxRspTime", Long.toString(timeout)));
    System.setProperty("sun.net.httpserver.nodelay", System.getProperty("sun.net.httpserver.nodelay", "true"));
    ScenarioReader reader = new ScenarioReader(engine.catalog().elections(), options.limits());
    Api api = new Api(engine, reader, new StaticFiles(NetralServer.class.getClassLoader()));
    HttpServer http = HttpServer.create(new InetSocketAddress(options.host(), options.port()), 1024);
    AtomicInteger n = new AtomicInteger();
    ThreadPoolExecutor workers = new ThreadPoolExecutor(options.threads(), options.threads(), 60, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), r -> {
          Thread t = new Thread(r, "netral-http-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
    NetralServer s = new NetralServer(http, workers, api, options.accessLog());
    http.createContext("/", s::exchange);
    http.setExecutor(workers);
    http.start();
    // the catalog's documents are made off the start-up path, before anyone asks for them
    Thread warm = new Thread(api::warm, "netral-http-warm");
    warm.setDaemon(true);
    warm.start();
    return s;
  }

  /** @return the port the server listens on (the one chosen, when started with port 0) */
  public int port() {
    return server.getAddress().getPort();
  }

  /** @return the server's address, such as {@code http://127.0.0.1:8080/} */
  public URI uri() {
    InetSocketAddress a = server.getAddress();
    String host = a.getAddress().getHostAddress();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return URI.create("http://" + host + ":" + a.getPort() + "/");
  }

  /** Requests admitted and not yet answered (for tests). */
  int inFlight() {
    return busy.get();
  }

  /** Blocks until {@link #stop} has finished. @throws InterruptedException when interrupted */
  public void awaitStop() throws InterruptedException {
    stopped.await();
  }

  /**
   * Stops: new requests are answered 503, those in flight may finish within {@code drain}, then
   * every connection is closed and the worker threads end. Calling it again does nothing.
   *
   * @param drain how long to wait for requests in flight
   * @return whether every request in flight finished in time
   */
  public boolean stop(Duration drain) {
    synchronized (stopLock) {
      if (stopped.getCount() == 0) {
        return true;
      }
      draining = true;
      long deadline = System.nanoTime() + drain.toNanos();
      boolean drained = true;
      try {
        while (busy.get() > 0) {
          if (System.nanoTime() > deadline) {
            drained = false;
            break;
          }
          Thread.sleep(5);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        drained = false;
      }
      server.stop(0);
      workers.shutdown();
      try {
        workers.awaitTermination(Math.max(1, drain.toMillis()), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      stopped.countDown();
      return drained;
    }
  }

  /** Stops, draining for up to 10 seconds. */
  @Override
  public void close() {
    stop(Duration.ofSeconds(10));
  }

  private void exchange(HttpExchange x) {
    long start = System.nanoTime();
    busy.incrementAndGet();
    try {
      Response r;
      if (draining) {
        r = Response.error(503, "the server is stopping").with("Connection", "close");
      } else {
        try {
          r = api.handle(new JdkRequest(x));
        } catch (IOException e) {
          // the client went away while sending: nothing to answer
          log(x, 400, 0, start);
          return;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
          r = Response.error(500, "internal error: " + e.getClass().getSimpleName()
              + "; please report it with the request that caused it");
        }
      }
      // logged before it is sent, so the line is there once the client has the answer
      log(x, r.status(), x.getRequestMethod().equals("HEAD") ? 0 : r.body().length, start);
      send(x, r);
    } catch (IOException e) {
      // the client closed the connection before the answer was written
    } finally {
      x.close();
      busy.decrementAndGet();
    }
  }

  private static void send(HttpExchange x, Response r) throws IOException {
    var headers = x.getResponseHeaders();
    if (r.contentType() != null) {
      headers.set("Content-Type", r.contentType());
    }
    for (Map.Entry<String, String> h : r.headers().entrySet()) {
      headers.set(h.getKey(), h.getValue());
    }
    byte[] body = r.body();
    if (x.getRequestMethod().equals("HEAD") || body.length == 0) {
      // -1: no body; a HEAD answer says how long the GET answer would be
      if (body.length > 0) {
        headers.set("Content-Length", Integer.toString(body.length));
      }
      x.sendResponseHeaders(r.status(), -1);
      return;
    }
    x.sendResponseHeaders(r.status(), body.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(body);
    }
  }

  private static final DateTimeFormatter CLF = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT);

  /** One line in the Common Log Format, with the milliseconds taken to make the answer at the end. */
  private void log(HttpExchange x, int status, long length, long start) {
    if (accessLog == null) {
      return;
    }
    long nanos = System.nanoTime() - start;
    StringBuilder b = new StringBuilder(160);
    b.append(x.getRemoteAddress().getAddress().getHostAddress()).append(" - - [")
        .append(CLF.format(ZonedDateTime.now())).append("] \"")
        .append(x.getRequestMethod()).append(' ');
    appendSafe(b, x.getRequestURI().toString());
    b.append(' ').append(x.getProtocol()).append("\" ").append(status).append(' ').append(length)
        .append(' ').append(String.format(Locale.ROOT, "%.3f", nanos / 1e6)).append("ms");
    accessLog.accept(b.toString());
  }

  /** Appends {@code s} with quotes, backslashes and control characters escaped: a log line is one line. */
  private static void appendSafe(StringBuilder b, String s) {
    for (int i = 0; i < s.length() && i < 2048; i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7F) {
        b.append(String.format(Locale.ROOT, "\\x%02X", (int) c));
      } else {
        b.append(c);
      }
    }
  }

  /** A request of the JDK's server, as {@link Api} reads it. */
  private record JdkRequest(HttpExchange x) implements Api.Request {
    @Override
    public String method() {
      return x.getRequestMethod();
    }

    @Override
    public String rawPath() {
      String p = x.getRequestURI().getRawPath();
      return p == null || p.isEmpty() ? "/" : p;
    }

    @Override
    public String rawQuery() {
      return x.getRequestURI().getRawQuery();
    }

    @Override
    public String header(String name) {
      return x.getRequestHeaders().getFirst(name);
    }

    @Override
    public long contentLength() {
      String v = x.getRequestHeaders().getFirst("Content-Length");
      if (v == null) {
        return -1;
      }
      try {
        return Long.parseLong(v.strip());
      } catch (NumberFormatException e) {
        return -1;
      }
    }

    @Override
    public InputStream body() {
      return x.getRequestBody();
    }
  }
}
