package id.netral.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A small client of the W3C WebDriver protocol, enough to drive headless Chromium through
 * chromedriver: open a page, find elements by CSS selector, click, type, read text and properties,
 * run a script, take a screenshot. It starts chromedriver on a free loopback port and ends it on
 * {@link #close()}. The house allows no browser-automation library; the protocol is a few JSON
 * requests over HTTP.
 */
final class WebDriverClient implements AutoCloseable {
  /** The key under which the protocol names an element (W3C WebDriver, 12.1). */
  private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration WAIT = Duration.ofSeconds(30);

  private final Process driver;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final String base;
  private final String session;

  private WebDriverClient(Process driver, String base, String session) {
    this.driver = driver;
    this.base = base;
    this.session = session;
  }

  /** The first of {@code names} found on the PATH. */
  static Optional<Path> onPath(String... names) {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String name : names) {
      for (String dir : path.split(File.pathSeparator)) {
        Path p = Path.of(dir.isEmpty() ? "." : dir, name);
        if (Files.isExecutable(p) && !Files.isDirectory(p)) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }

  /** Starts chromedriver and a headless browser session of {@code browser}, {@code width} pixels wide. */
  static WebDriverClient start(Path chromedriver, Path browser, int width, int height) throws IOException, InterruptedException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Process p = new ProcessBuilder(chromedriver.toString(), "--port=" + port, "--allowed-ips=127.0.0.1")
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    String base = "http://127.0.0.1:" + port;
    HttpClient probe = HttpClient.newHttpClient();
    long until = System.nanoTime() + WAIT.toNanos();
    while (true) {
      try {
        HttpResponse<String> r = probe.send(HttpRequest.newBuilder(URI.create(base + "/status")).build(),
            HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200 && JSON.readTree(r.body()).at("/value/ready").asBoolean()) {
          break;
        }
      } catch (IOException notYet) {
        // chromedriver is still starting
      }
      if (!p.isAlive() || System.nanoTime() > until) {
        p.destroyForcibly();
        throw new IllegalStateException("chromedriver (" + chromedriver + ") did not start on port " + port);
      }
      Thread.sleep(100);
    }
    ObjectNode caps = JSON.createObjectNode();
    ObjectNode always = caps.putObject("capabilities").putObject("alwaysMatch");
    ObjectNode chrome = always.putObject("goog:chromeOptions");
    chrome.put("binary", browser.toString());
    ArrayNode args = chrome.putArray("args");
    // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start
    for (String a : List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-extensions", "--no-first-run", "--hide-scrollbars", "--lang=id-ID",
        "--window-size=" + width + "," + height)) {
      args.add(a);
    }
    WebDriverClient c = new WebDriverClient(p, base, null);
    JsonNode value = c.call("POST", base + "/session", caps);
    return new WebDriverClient(p, base, value.get("sessionId").asText());
  }

  void open(URI uri) {
    command("POST", "/url", JSON.createObjectNode().put("url", uri.toString()));
  }

  /** The element {@code css} selects, waiting until there is one. */
  String find(String css) {
    return await("an element " + css, () -> {
      JsonNode v = tryCommand("POST", "/element", JSON.createObjectNode().put("using", "css selector").put("value", css));
      return v == null ? null : v.get(ELEMENT).asText();
    });
  }

  /** The elements {@code css} selects now, possibly none. */
  List<String> findAll(String css) {
    JsonNode v = command("POST", "/elements", JSON.createObjectNode().put("using", "css selector").put("value", css));
    List<String> out = new ArrayList<>();
    v.forEach(e -> out.add(e.get(ELEMENT).asText()));
    return out;
  }

  void click(String css) {
    String el = find(css);
    command("POST", "/element/" + el + "/click", JSON.createObjectNode());
  }

  /** Types {@code text} into the element, as keys ({@code \n} is Enter). */
  void type(String css, String text) {
    String el = find(css);
    command("POST", "/element/" + el + "/value", JSON.createObjectNode().put("text", text));
  }

  void clear(String css) {
    command("POST", "/element/" + find(css) + "/clear", JSON.createObjectNode());
  }

  /** Chooses the option of value {@code value} in the select {@code css}, as a person clicks it. */
  void choose(String css, String value) {
    click(css);
    click(css + " option[value=\"" + value + "\"]");
  }

  /** The rendered text of the element. */
  String text(String css) {
    return command("GET", "/element/" + find(css) + "/text", null).asText();
  }

  String property(String css, String name) {
    JsonNode v = command("GET", "/element/" + find(css) + "/property/" + name, null);
    return v.isNull() ? null : v.asText();
  }

  /** Runs {@code js} (a function body; arguments as {@code arguments[i]}) and returns its value. */
  JsonNode script(String js, Object... arguments) {
    ObjectNode body = JSON.createObjectNode().put("script", js);
    ArrayNode a = body.putArray("args");
    for (Object o : arguments) {
      a.add(JSON.valueToTree(o));
    }
    return command("POST", "/execute/sync", body);
  }

  /** The id of the element that has the focus, or "" for none. */
  String focused() {
    return script("return document.activeElement ? document.activeElement.id : '';").asText();
  }

  /** Sends a Chrome DevTools command through chromedriver (its {@code goog/cdp/execute} extension). */
  JsonNode devtools(String cmd, JsonNode params) {
    return command("POST", "/goog/cdp/execute", JSON.createObjectNode().put("cmd", cmd).set("params", params));
  }

  /** An empty JSON object, for parameters. */
  static ObjectNode object() {
    return JSON.createObjectNode();
  }

  void windowSize(int width, int height) {
    command("POST", "/window/rect", JSON.createObjectNode().put("width", width).put("height", height));
  }

  /** A PNG of the viewport. */
  byte[] screenshot() {
    return Base64.getDecoder().decode(command("GET", "/screenshot", null).asText());
  }

  /** Polls {@code probe} until it gives something other than null or false; fails after 30 s saying what it waited for. */
  static <T> T await(String what, Supplier<T> probe) {
    long until = System.nanoTime() + WAIT.toNanos();
    while (true) {
      T v = probe.get();
      if (v != null && !Boolean.FALSE.equals(v)) {
        return v;
      }
      if (System.nanoTime() > until) {
        throw new AssertionError("waited " + WAIT.toSeconds() + " s for " + what);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting for " + what, e);
      }
    }
  }

  @Override
  public void close() {
    try {
      if (session != null) {
        call("DELETE", base + "/session/" + session, null);
      }
    } catch (RuntimeException ignored) {
      // the browser may be gone already; the driver goes below
    } finally {
      driver.destroy();
      try {
        if (!driver.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
          driver.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        driver.destroyForcibly();
      }
    }
  }

  private JsonNode command(String method, String path, JsonNode body) {
    return call(method, base + "/session/" + session + path, body);
  }

  /** The value, or null when the command failed with "no such element". */
  private JsonNode tryCommand(String method, String path, JsonNode body) {
    try {
      return command(method, path, body);
    } catch (WebDriverException e) {
      if (e.error.equals("no such element")) {
        return null;
      }
      throw e;
    }
  }

  private JsonNode call(String method, String url, JsonNode body) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
    if (body == null) {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      b.header("Content-Type", "application/json; charset=utf-8")
          .method(method, HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
    }
    try {
      HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      JsonNode v = JSON.readTree(r.body()).path("value");
      if (r.statusCode() != 200) {
        throw new WebDriverException(v.path("error").asText("unknown error"), method + " " + url + ": "
            + r.statusCode() + " " + v.path("error").asText() + ": " + v.path("message").asText());
      }
      return v;
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + url + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(method + " " + url + ": interrupted", e);
    }
  }

  /** A command the browser refused, with the protocol's error code. */
  static final class WebDriverException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String error;

    WebDriverException(String error, String message) {
      super(message);
      this.error = error;
    }
  }
}
