package id.netral.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.netral.core.Assessment;
import id.netral.core.Language;
import id.netral.core.NeutralityEngine;
import id.netral.core.RuleFailedException;
import id.netral.core.json.ResultJson;
import id.netral.core.model.Scenario;
import id.netral.core.scenario.Problem;
import id.netral.core.scenario.ScenarioFile;
import id.netral.core.scenario.ScenarioReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The routes of section 5 of the scenario contract, independent of the HTTP server that carries
 * them: a request in, a {@link Response} out. Thread-safe: one instance serves every request, on one
 * engine.
 */
final class Api {
  /** How a problem's file is named: the request body is the "file". */
  static final String BODY = "request";

  /** The media types {@code POST /v1/assess} reads (YAML, or JSON, which is YAML). */
  static final Set<String> SCENARIO_TYPES = Set.of("application/yaml", "application/x-yaml", "text/yaml",
      "text/x-yaml", "application/json");

  private final NeutralityEngine engine;
  private final ScenarioReader reader;
  private final StaticFiles web;
  /** The /health document, made when the server starts (without Jackson's ObjectMapper: see {@link #health}). */
  private final byte[] health;
  private final byte[] openapi;
  /** The catalog's documents, made on first use: they take a second or so, which start-up need not wait for. */
  private volatile Documents documents;

  /** The answers of the catalog routes: they never change while the engine runs. */
  private record Documents(byte[] catalog, byte[] elections, Map<String, byte[]> provisions) {}

  /** The request, as the transport sees it. */
  interface Request {
    String method();

    /** The path, still percent-encoded. */
    String rawPath();

    /** The query, still percent-encoded, or null. */
    String rawQuery();

    /** A request header, or null. */
    String header(String name);

    /** The declared length of the body, or -1 when not declared (chunked, or none). */
    long contentLength();

    /** The body. */
    InputStream body();
  }

  Api(NeutralityEngine engine, ScenarioReader reader, StaticFiles web) {
    this.engine = engine;
    this.reader = reader;
    this.web = web;
    try (InputStream in = Api.class.getResourceAsStream("openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json is missing from the jar");
      }
      this.openapi = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.health = health(engine);
  }

  /** Makes the catalog's documents now. */
  void warm() {
    documents();
  }

  /**
   * The /health document, written with Jackson's streaming generator alone: creating the first
   * ObjectMapper costs a cold JVM about a tenth of a second, which the service's start-up (until
   * /health answers) need not wait for.
   */
  private static byte[] health(NeutralityEngine engine) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(256);
    try (com.fasterxml.jackson.core.JsonGenerator g = new com.fasterxml.jackson.core.JsonFactory().createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("status", "ready");
      g.writeObjectFieldStart("receipt");
      g.writeStringField("netral", engine.receipt().netral());
      g.writeStringField("catalog", engine.receipt().catalog());
      g.writeStringField("catalogDigest", engine.receipt().catalogDigest());
      g.writeEndObject();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private Documents documents() {
    Documents d = documents;
    if (d == null) {
      synchronized (this) {
        d = documents;
        if (d == null) {
          ObjectNode all = CatalogJson.catalog(engine);
          Map<String, byte[]> provisions = new LinkedHashMap<>();
          // each provision as the catalog lists it (finding the rules that cite one walks every rule: once)
          for (com.fasterxml.jackson.databind.JsonNode p : all.get("provisions")) {
            provisions.put(p.get("id").asText(), utf8(p.toPrettyString()));
          }
          d = new Documents(utf8(all.toPrettyString()), utf8(CatalogJson.elections(engine).toPrettyString()),
              Map.copyOf(provisions));
          documents = d;
        }
      }
    }
    return d;
  }

  /** The answer to {@code request}; never throws for anything the client sent. */
  Response handle(Request request) throws IOException {
    String path = request.rawPath();
    String method = request.method();
    boolean read = method.equals("GET") || method.equals("HEAD");
    switch (path) {
      case "/v1/assess":
        return method.equals("POST") ? assess(request) : notAllowed("POST");
      case "/v1/catalog":
        return read ? Response.json(200, documents().catalog()) : notAllowed("GET, HEAD");
      case "/v1/elections":
        return read ? Response.json(200, documents().elections()) : notAllowed("GET, HEAD");
      case "/health":
        return read ? Response.json(200, health) : notAllowed("GET, HEAD");
      case "/openapi.json":
        return read ? Response.json(200, openapi) : notAllowed("GET, HEAD");
      default:
        break;
    }
    if (path.startsWith("/v1/provisions/")) {
      String id = decode(path.substring("/v1/provisions/".length()));
      byte[] p = id == null ? null : documents().provisions().get(id);
      if (p == null) {
        return Response.error(404, "no provision '" + (id == null ? path : id) + "' in the catalog; GET /v1/catalog lists them");
      }
      return read ? Response.json(200, p) : notAllowed("GET, HEAD");
    }
    if (path.startsWith("/v1/") || path.equals("/v1")) {
      return Response.error(404, "no such endpoint: " + path + "; GET /openapi.json describes them");
    }
    Response file = web.get(path);
    if (file == null) {
      return Response.error(404, "not found: " + path);
    }
    return read ? file : notAllowed("GET, HEAD");
  }

  private static Response notAllowed(String allow) {
    return Response.error(405, "method not allowed here; allowed: " + allow).with("Allow", allow);
  }

  /** {@code POST /v1/assess}. */
  private Response assess(Request request) throws IOException {
    String type = mediaType(request.header("Content-Type"));
    if (type == null || !SCENARIO_TYPES.contains(type)) {
      return Response.error(415, "a scenario document is sent as application/yaml or application/json"
          + (type == null ? "; the request has no Content-Type" : ", not " + type));
    }
    Language lang = Language.EN;
    String langParam = query(request.rawQuery()).get("lang");
    if (langParam != null) {
      switch (langParam.toLowerCase(Locale.ROOT)) {
        case "id" -> lang = Language.ID;
        case "en" -> lang = Language.EN;
        default -> {
          return Response.error(400, "lang must be id or en, not '" + langParam + "'");
        }
      }
    }
    long max = reader.limits().maxFileBytes();
    long declared = request.contentLength();
    if (declared > max) {
      return tooLarge(declared, max);
    }
    byte[] body = request.body().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
    if (body.length > max) {
      return tooLarge(-1, max);
    }
    ScenarioFile file = reader.read(BODY, body);
    if (file.refused()) {
      return refused(file);
    }
    List<Assessment> assessments = new ArrayList<>(file.scenarios().size());
    for (Scenario s : file.scenarios()) {
      try {
        assessments.add(engine.assess(s));
      } catch (RuleFailedException e) {
        return Response.error(422, "scenario '" + e.scenario() + "': " + e.getMessage());
      }
    }
    return Response.json(200, ResultJson.documentBytes(engine.receipt(), file.scenarios(), assessments, lang));
  }

  private static Response tooLarge(long declared, long max) {
    return Response.error(413, "the request body has " + (declared >= 0 ? declared + " bytes" : "more bytes")
        + " than the limit of " + max + " bytes for a scenario document");
  }

  /** 400 with the problems as {@code {file, line, column, path, message}} objects, and each as the command prints it. */
  private static Response refused(ScenarioFile file) {
    ObjectNode doc = ResultJson.newObject();
    doc.put("status", 400);
    doc.put("error", "the scenario document was refused: " + file.problems().size()
        + (file.problems().size() == 1 ? " problem" : " problems"));
    ArrayNode list = doc.putArray("problems");
    for (Problem p : file.problems()) {
      ObjectNode n = list.addObject();
      n.put("file", p.file());
      n.put("line", p.line());
      n.put("column", p.column());
      n.put("path", p.path() == null ? "" : p.path());
      n.put("message", p.message());
      n.put("text", p.toString());
    }
    return Response.json(400, doc.toPrettyString());
  }

  /** The media type of a Content-Type header, lower case, without parameters; null when absent. */
  static String mediaType(String header) {
    if (header == null) {
      return null;
    }
    int semi = header.indexOf(';');
    String t = (semi < 0 ? header : header.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    return t.isEmpty() ? null : t;
  }

  /** The parameters of a query string, decoded; the first of a repeated name wins. */
  static Map<String, String> query(String raw) {
    Map<String, String> out = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return out;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = decode(eq < 0 ? "" : pair.substring(eq + 1));
      if (name != null && value != null) {
        out.putIfAbsent(name, value);
      }
    }
    return out;
  }

  /** Percent-decodes {@code s} (a {@code +} stays a plus in a path); null when it is malformed. */
  static String decode(String s) {
    try {
      return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
