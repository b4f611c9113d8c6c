package id.netral.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code netral serve} from the packaged jar, in its own JVM, stopped as a service manager stops it. */
class ServeIT {
  private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

  @Test
  void serve_portZero_printsTheAddressAnswersAndExitsOnSigterm() throws Exception {
    // given
    Process p = new ProcessBuilder(JAVA, "-jar", "target/netral.jar", "serve", "--port", "0").start();
    BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String first = out.readLine();
    assertThat(first).matches("netral serve: listening on http://127\\.0\\.0\\.1:\\d+/");
    URI base = URI.create(first.substring(first.indexOf("http")));
    HttpClient client = HttpClient.newHttpClient();

    // when
    HttpResponse<String> health = client.send(HttpRequest.newBuilder(base.resolve("/health")).build(),
        HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> assess = client.send(HttpRequest.newBuilder(base.resolve("/v1/assess?lang=id"))
        .header("Content-Type", "application/yaml")
        .POST(HttpRequest.BodyPublishers.ofFile(Path.of("../examples/scenarios/pemilu-2024.yaml"))).build(),
        HttpResponse.BodyHandlers.ofString());
    p.toHandle().destroy(); // SIGTERM, leaving the streams open to read what is left
    boolean exited = p.waitFor(60, TimeUnit.SECONDS);

    // then
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(assess.statusCode()).isEqualTo(200);
    assertThat(assess.body()).contains("\"verdict\":\"VIOLATION\"");
    assertThat(exited).as("exits on SIGTERM").isTrue();
    assertThat(p.exitValue()).as("128 + SIGTERM").isEqualTo(143);
    assertThat(rest(out)).as("nothing on the terminal after the address").isEmpty();
    assertThat(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void launcher_serve_loadsTheServiceFromItsOwnArchiveAndAnswers() throws Exception {
    // given: the launcher, as a user starts the service; the JVM logs where each class came from
    Path log = Path.of("target/serve-class-load.log");
    java.nio.file.Files.deleteIfExists(log);
    ProcessBuilder pb = new ProcessBuilder("bash", "../netral", "serve", "--port", "0");
    pb.environment().put("JAVA_OPTS", "-Xlog:class+load=info:file=" + log);
    pb.environment().put("NETRAL_NO_BUILD", "1");
    Process p = pb.start();
    BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String first = out.readLine();
    URI base = URI.create(first.substring(first.indexOf("http")));

    // when
    HttpResponse<String> health = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(base.resolve("/health")).build(), HttpResponse.BodyHandlers.ofString());
    p.toHandle().destroy();
    p.waitFor(60, TimeUnit.SECONDS);

    // then
    assertThat(Path.of("target/netral-serve.jsa")).as("the build makes the service's archive").exists();
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"status\" : \"ready\"", "\"catalogDigest\"");
    List<String> loaded = java.nio.file.Files.readAllLines(log);
    for (String name : List.of("id.netral.cli.ServeCommand", "id.netral.server.NetralServer", "id.netral.core.NeutralityEngine",
        "com.sun.net.httpserver.HttpServer")) {
      assertThat(loaded.stream().filter(l -> l.contains(" " + name + " ")).findFirst()).as(name)
          .hasValueSatisfying(l -> assertThat(l).contains("source: shared objects file"));
    }
  }

  @Test
  void serve_accessLog_writesOneLinePerRequest() throws Exception {
    // given
    Process p = new ProcessBuilder(JAVA, "-jar", "target/netral.jar", "serve", "--port", "0", "--access-log").start();
    BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String first = out.readLine();
    URI base = URI.create(first.substring(first.indexOf("http")));
    HttpClient client = HttpClient.newHttpClient();

    // when
    client.send(HttpRequest.newBuilder(base.resolve("/health")).build(), HttpResponse.BodyHandlers.ofString());
    client.send(HttpRequest.newBuilder(base.resolve("/v1/nothing")).build(), HttpResponse.BodyHandlers.ofString());
    p.toHandle().destroy();
    p.waitFor(60, TimeUnit.SECONDS);

    // then
    List<String> lines = rest(out);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).contains("\"GET /health HTTP/1.1\" 200 ");
    assertThat(lines.get(1)).contains("\"GET /v1/nothing HTTP/1.1\" 404 ");
  }

  @Test
  void serve_portTaken_saysSoInOneLineAndExits2() throws Exception {
    // given: a port this test holds
    try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      // when
      Process p = new ProcessBuilder(JAVA, "-jar", "target/netral.jar", "serve", "--port",
          Integer.toString(taken.getLocalPort())).start();
      boolean exited = p.waitFor(60, TimeUnit.SECONDS);

      // then
      assertThat(exited).isTrue();
      assertThat(p.exitValue()).isEqualTo(2);
      String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(err.lines().toList()).hasSize(1);
      assertThat(err).startsWith("netral: cannot listen on 127.0.0.1:" + taken.getLocalPort());
    }
  }

  private static List<String> rest(BufferedReader out) throws java.io.IOException {
    List<String> lines = new ArrayList<>();
    for (String l; (l = out.readLine()) != null; ) {
      lines.add(l);
    }
    return lines;
  }
}
