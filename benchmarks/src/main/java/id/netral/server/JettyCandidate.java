package id.netral.server;

import id.netral.core.NeutralityEngine;
import id.netral.core.scenario.ScenarioReader;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The routes of {@code netral serve} on Jetty 12 (its core API, no servlets) instead of the JDK's
 * HttpServer: the candidate {@code benchmarks/serve/load} measures against the JDK server. Same
 * {@link Api}, so the two differ only in the HTTP server. Not shipped.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar id.netral.server.JettyCandidate PORT THREADS}
 */
public final class JettyCandidate {
  private JettyCandidate() {}

  /**
   * Serves until killed.
   *
   * @param args the port (0 for any) and the number of worker threads
   * @throws Exception when the server does not start
   */
  public static void main(String[] args) throws Exception {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    NeutralityEngine engine = NeutralityEngine.withBundledRules();
    Api api = new Api(engine, new ScenarioReader(engine.catalog().elections()),
        new StaticFiles(JettyCandidate.class.getClassLoader()));
    // Jetty needs threads of its own (acceptor, selector) besides the workers
    QueuedThreadPool pool = new QueuedThreadPool(threads + 4, threads + 4);
    pool.setName("jetty");
    Server server = new Server(pool);
    ServerConnector connector = new ServerConnector(server, 1, 1);
    connector.setHost("127.0.0.1");
    connector.setPort(port);
    server.addConnector(connector);
    server.setHandler(new Handler.Abstract() {
      @Override
      public boolean handle(Request request, org.eclipse.jetty.server.Response response, Callback callback) throws Exception {
        id.netral.server.Response r = api.handle(new Api.Request() {
          @Override
          public String method() {
            return request.getMethod();
          }

          @Override
          public String rawPath() {
            return request.getHttpURI().getPath();
          }

          @Override
          public String rawQuery() {
            return request.getHttpURI().getQuery();
          }

          @Override
          public String header(String name) {
            return request.getHeaders().get(name);
          }

          @Override
          public long contentLength() {
            return request.getLength();
          }

          @Override
          public InputStream body() {
            return Content.Source.asInputStream(request);
          }
        });
        response.setStatus(r.status());
        if (r.contentType() != null) {
          response.getHeaders().put(HttpHeader.CONTENT_TYPE, r.contentType());
        }
        for (Map.Entry<String, String> h : r.headers().entrySet()) {
          response.getHeaders().put(h.getKey(), h.getValue());
        }
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, r.body().length);
        response.write(true, ByteBuffer.wrap(r.body()), callback);
        return true;
      }
    });
    server.start();
    System.out.println("jetty candidate: listening on http://127.0.0.1:" + connector.getLocalPort() + "/");
    server.join();
  }
}
