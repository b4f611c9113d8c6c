package id.netral.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The training run behind {@code netral serve}'s class-data-sharing archive: the build runs it once,
 * with {@code -XX:DumpLoadedClassList}, right after the jar is made, and archives every class it
 * loaded. It starts {@code serve} as the launcher does and asks each route once. (A one-file
 * {@code eval} has an archive of its own, trained on that alone: a larger archive takes the JVM
 * longer to map.)
 *
 * <p>Not part of the command: {@code java -cp netral.jar id.netral.cli.ServeTraining EXAMPLES_DIR}.
 */
final class ServeTraining {
  private ServeTraining() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: ServeTraining EXAMPLES_DIR (examples/scenarios)");
      System.exit(2);
    }
    Path examples = Path.of(args[0]);
    String file = examples.resolve("pemilu-2024.yaml").toString();
    PrintWriter sink = new PrintWriter(Writer.nullWriter());

    // serve on a free port; its first line says where
    StringWriter said = new StringWriter();
    PrintWriter out = new PrintWriter(said, true);
    Thread serve = new Thread(() -> Netral.run(new String[] {"serve", "--port", "0"}, out, sink), "training-serve");
    serve.setDaemon(true);
    serve.start();
    String uri = null;
    for (int i = 0; i < 6000 && uri == null; i++) {
      Thread.sleep(10);
      String s;
      synchronized (said) {
        s = said.toString();
      }
      int at = s.indexOf("http://");
      if (at >= 0 && s.indexOf('\n', at) > 0) {
        uri = s.substring(at, s.indexOf('\n', at)).strip();
      }
    }
    if (uri == null) {
      throw new IllegalStateException("netral serve did not say where it listens within a minute");
    }
    byte[] yaml = Files.readAllBytes(Path.of(file));
    for (String path : new String[] {"health", "v1/elections", "v1/catalog", "openapi.json", "", "netral.js", "netral.css"}) {
      request(uri + path, null, null);
    }
    request(uri + "v1/assess?lang=id", "application/yaml", yaml);
    request(uri + "v1/assess", "application/yaml", yaml);
    request(uri + "v1/assess", "application/yaml", "broken: [".getBytes(StandardCharsets.UTF_8));
    request(uri + "v1/provisions/none", null, null);
    // the shutdown hook drains and stops the server; the class list is written at exit
    System.exit(0);
  }

  private static void request(String uri, String type, byte[] body) throws IOException {
    HttpURLConnection c = (HttpURLConnection) URI.create(uri).toURL().openConnection();
    if (body != null) {
      c.setRequestMethod("POST");
      c.setDoOutput(true);
      c.setRequestProperty("Content-Type", type);
      try (OutputStream o = c.getOutputStream()) {
        o.write(body);
      }
    }
    int status = c.getResponseCode();
    try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
      if (in != null) {
        in.readAllBytes();
      }
    }
    if (status >= 500) {
      throw new IllegalStateException(uri + " answered " + status);
    }
  }
}
