package id.netral.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The web page's files, served from the classpath folder {@code id/netral/server/web/}: {@code /} is
 * {@code index.html}, a path ending in {@code /} its folder's {@code index.html}. Files are read once
 * and kept (they are small and never change while the jar runs). Only plain names are served: no
 * {@code ..}, no backslash, no hidden files.
 */
final class StaticFiles {
  static final String ROOT = "id/netral/server/web/";

  /** What a path may hold: slash-separated names of letters, digits, '.', '_' and '-', none starting with '.'. */
  private static final Pattern SAFE = Pattern.compile("(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*/?");

  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("html", "text/html; charset=utf-8"),
      Map.entry("css", "text/css; charset=utf-8"),
      Map.entry("js", "text/javascript; charset=utf-8"),
      Map.entry("mjs", "text/javascript; charset=utf-8"),
      Map.entry("json", "application/json; charset=utf-8"),
      Map.entry("yaml", "application/yaml; charset=utf-8"),
      Map.entry("yml", "application/yaml; charset=utf-8"),
      Map.entry("txt", "text/plain; charset=utf-8"),
      Map.entry("svg", "image/svg+xml"),
      Map.entry("png", "image/png"),
      Map.entry("ico", "image/x-icon"),
      Map.entry("woff2", "font/woff2"));

  /**
   * The page may load only what this server serves: no external requests (the machines that run it
   * may have no internet), no inline script.
   */
  static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
      + "script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

  private final ClassLoader loader;
  private final Map<String, Response> cache = new ConcurrentHashMap<>();

  StaticFiles(ClassLoader loader) {
    this.loader = loader;
  }

  /** The file at the request path {@code rawPath}, as a 200 response; null when there is none. */
  Response get(String rawPath) {
    if (rawPath.length() > 512 || !SAFE.matcher(rawPath).matches()) {
      return null;
    }
    String name = rawPath.endsWith("/") ? rawPath + "index.html" : rawPath;
    String key = name.substring(1);
    Response hit = cache.get(key);
    if (hit != null) {
      return hit;
    }
    // only files found are kept: a scan of made-up paths must not grow the cache
    Optional<Response> found = load(key);
    found.ifPresent(r -> cache.putIfAbsent(key, r));
    return found.orElse(null);
  }

  private Optional<Response> load(String name) {
    int dot = name.lastIndexOf('.');
    String type = dot < 0 ? null : TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    if (type == null) {
      return Optional.empty();
    }
    try (InputStream in = loader.getResourceAsStream(ROOT + name)) {
      if (in == null) {
        return Optional.empty();
      }
      Response r = new Response(200, type, in.readAllBytes(), Map.of(
          "Cache-Control", "no-cache",
          "X-Content-Type-Options", "nosniff",
          "Content-Security-Policy", CSP,
          "Referrer-Policy", "no-referrer"));
      return Optional.of(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
