package id.netral.server;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What the service answers to one request, before it is written: made by {@link Api}, written by the
 * transport.
 *
 * @param status the HTTP status
 * @param contentType the media type of the body, or null when there is none
 * @param body the body (empty for none)
 * @param headers further headers, such as {@code Allow} on a 405
 */
record Response(int status, String contentType, byte[] body, Map<String, String> headers) {
  static final String JSON = "application/json; charset=utf-8";

  static Response json(int status, String json) {
    return new Response(status, JSON, json.getBytes(StandardCharsets.UTF_8), Map.of());
  }

  static Response json(int status, byte[] json) {
    return new Response(status, JSON, json, Map.of());
  }

  /** An error: {@code {"status": 404, "error": "..."}}. */
  static Response error(int status, String message) {
    com.fasterxml.jackson.databind.node.ObjectNode n = id.netral.core.json.ResultJson.newObject();
    n.put("status", status);
    n.put("error", message);
    return json(status, n.toPrettyString());
  }

  Response with(String header, String value) {
    java.util.LinkedHashMap<String, String> h = new java.util.LinkedHashMap<>(headers);
    h.put(header, value);
    return new Response(status, contentType, body, Map.copyOf(h));
  }
}
