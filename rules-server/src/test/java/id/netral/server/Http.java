package id.netral.server;

import com.fasterxml.jackson.databind.JsonNode;
import id.netral.core.json.ResultJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A client of a server under test, over real HTTP on loopback. */
final class Http {
  /** An answer: status, headers and body. */
  record Answer(int status, java.net.http.HttpHeaders headers, String body) {
    JsonNode json() {
      return ResultJson.parse(body);
    }

    String header(String name) {
      return headers.firstValue(name).orElse(null);
    }
  }

  private final URI base;
  private final HttpClient client = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10))
      .build();

  Http(URI base) {
    this.base = base;
  }

  Answer get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET());
  }

  Answer send(String method, String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(base.resolve(path)).method(method, HttpRequest.BodyPublishers.noBody()));
  }

  Answer post(String path, String contentType, String body) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path))
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    return send(b);
  }

  Answer send(HttpRequest.Builder b) throws IOException, InterruptedException {
    HttpResponse<String> r = client.send(b.timeout(Duration.ofSeconds(60)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Answer(r.statusCode(), r.headers(), r.body());
  }

  /**
   * Sends {@code head} (the request line and headers, CRLF-separated, ending with an empty line)
   * and {@code body} on a raw socket, and returns what the server answers until it closes the
   * connection or the answer's Content-Length is read: for requests java.net.http will not make
   * (a Content-Length that is not the body's length).
   */
  static String raw(URI base, String head, byte[] body) throws IOException {
    try (Socket s = new Socket(base.getHost(), base.getPort())) {
      s.setSoTimeout(30_000);
      OutputStream out = s.getOutputStream();
      out.write(head.getBytes(StandardCharsets.ISO_8859_1));
      try {
        out.write(body);
        out.flush();
      } catch (IOException e) {
        // the server answered and closed before the whole body was sent: read the answer
      }
      return new String(readAnswer(s.getInputStream()), StandardCharsets.UTF_8);
    }
  }

  /** Reads one HTTP answer: the head, then Content-Length bytes of body (or up to the close). */
  static byte[] readAnswer(InputStream in) throws IOException {
    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
    int length = -1;
    int headEnd = -1;
    byte[] buf = new byte[8192];
    while (true) {
      int n;
      try {
        n = in.read(buf);
      } catch (java.net.SocketException e) {
        n = -1;
      }
      if (n < 0) {
        break;
      }
      b.write(buf, 0, n);
      String text = b.toString(StandardCharsets.ISO_8859_1);
      if (headEnd < 0 && (headEnd = text.indexOf("\r\n\r\n")) >= 0) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?im)^content-length:\\s*(\\d+)").matcher(text.substring(0, headEnd));
        if (m.find()) {
          length = Integer.parseInt(m.group(1));
        }
      }
      if (headEnd >= 0 && length >= 0 && b.size() >= headEnd + 4 + length) {
        break;
      }
    }
    return b.toByteArray();
  }
}
