package id.netral.server;

import static org.assertj.core.api.Assertions.assertThat;

import id.netral.core.NeutralityEngine;
import id.netral.core.json.ResultJson;
import id.netral.core.scenario.ScenarioReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Request bodies are read under the limits of a scenario file; what is beyond them is refused. */
class LimitsTest {
  static NetralServer server;
  static Http http;
  static final List<String> log = java.util.Collections.synchronizedList(new ArrayList<>());

  @BeforeAll
  static void start() throws Exception {
    server = NetralServer.start(NeutralityEngine.withBundledRules(), NetralServer.Options.DEFAULT.withPort(0)
        .withLimits(ScenarioReader.Limits.DEFAULT.withMaxFileBytes(4096).withMaxDepth(8))
        .withAccessLog(log::add));
    http = new Http(server.uri());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void assess_bodyOverTheSizeLimit_answers413() throws Exception {
    // when
    Http.Answer a = http.post("/v1/assess", "application/yaml", ServerTest.VILLAGE_HEAD + "#".repeat(5000));

    // then
    assertThat(a.status()).isEqualTo(413);
    assertThat(a.json().get("error").asText()).contains("limit of 4096 bytes");
  }

  @Test
  void assess_declaredLengthOverTheLimit_answers413BeforeReadingTheBody() throws Exception {
    // when: a Content-Length of 1 GiB, and only a few bytes sent
    String answer = Http.raw(server.uri(), "POST /v1/assess HTTP/1.1\r\nHost: x\r\nContent-Type: application/yaml\r\n"
        + "Content-Length: 1073741824\r\n\r\n", "version: 1\n".getBytes(StandardCharsets.UTF_8));

    // then
    assertThat(answer).startsWith("HTTP/1.1 413");
    assertThat(answer).contains("1073741824 bytes", "limit of 4096 bytes");
  }

  @Test
  void assess_chunkedBodyOverTheLimit_answers413() throws Exception {
    // given: chunked, so no length is declared
    StringBuilder chunks = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      chunks.append("400\r\n").append("#".repeat(1024)).append("\r\n");
    }
    chunks.append("0\r\n\r\n");

    // when
    String answer = Http.raw(server.uri(), "POST /v1/assess HTTP/1.1\r\nHost: x\r\nContent-Type: application/yaml\r\n"
        + "Transfer-Encoding: chunked\r\n\r\n", chunks.toString().getBytes(StandardCharsets.US_ASCII));

    // then
    assertThat(answer).startsWith("HTTP/1.1 413");
  }

  @Test
  void assess_nestingBeyondTheLimit_answers400WithTheLimitAndLocation() throws Exception {
    // given: nine levels of lists under the root mapping
    String deep = "version: 1\nscenarios: " + "[".repeat(9) + "]".repeat(9) + "\n";

    // when
    Http.Answer a = http.post("/v1/assess", "application/yaml", deep);

    // then
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.json().at("/problems/0/message").asText()).contains("8");
    assertThat(a.json().at("/problems/0/line").asInt()).isEqualTo(2);
  }

  @Test
  void assess_notUtf8_answers400() throws Exception {
    // given: Latin-1 bytes
    byte[] latin1 = "version: 1\nscenarios: [{id: caf\u00e9}]\n".getBytes(StandardCharsets.ISO_8859_1);

    // when
    String answer = Http.raw(server.uri(), "POST /v1/assess HTTP/1.1\r\nHost: x\r\nContent-Type: application/yaml\r\n"
        + "Connection: close\r\nContent-Length: " + latin1.length + "\r\n\r\n", latin1);

    // then
    assertThat(answer).startsWith("HTTP/1.1 400");
    assertThat(answer).contains("UTF-8");
  }

  @Test
  void accessLog_oneLinePerRequest_withMethodPathAndStatus() throws Exception {
    // given
    log.clear();

    // when
    http.get("/health");
    http.get("/v1/nothing");

    // then
    assertThat(log).hasSize(2);
    assertThat(log.get(0)).matches("127\\.0\\.0\\.1 - - \\[[^]]+\\] \"GET /health HTTP/1\\.1\" 200 \\d+ [0-9.]+ms");
    assertThat(log.get(1)).contains("\"GET /v1/nothing HTTP/1.1\" 404 ");
  }

  @Test
  void errors_anyRefusal_isJsonWithoutAStackTrace() throws Exception {
    // when
    Http.Answer a = http.post("/v1/assess", "application/yaml", "version: 1\nscenarios:\n  - *alias\n");

    // then
    assertThat(a.status()).isEqualTo(400);
    assertThat(ResultJson.parse(a.body()).get("problems")).isNotEmpty();
    assertThat(a.body()).doesNotContain("Exception", "\tat ");
  }
}
