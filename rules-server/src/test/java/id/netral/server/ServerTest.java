package id.netral.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.netral.core.Language;
import id.netral.core.NeutralityEngine;
import id.netral.core.json.ResultJson;
import id.netral.core.model.Scenario;
import id.netral.core.scenario.ScenarioFile;
import id.netral.core.scenario.ScenarioReader;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The routes of section 5 over real HTTP, on a loopback port chosen by the system. */
class ServerTest {
  static final String VILLAGE_HEAD = """
      version: 1
      scenarios:
        - id: kades-tim-kampanye
          title: Kepala desa terdaftar sebagai anggota tim kampanye
          election: pemilu-2024
          actor: {id: kades-03, type: VILLAGE_HEAD}
          acts:
            - {type: CAMPAIGN_ROLE, date: 2023-12-15, role: TEAM_MEMBER, target: {kind: CANDIDATE}}
      """;

  static final String VILLAGE_HEAD_JSON = """
      {"version": 1, "scenarios": [{"id": "kades-tim-kampanye",
        "title": "Kepala desa terdaftar sebagai anggota tim kampanye", "election": "pemilu-2024",
        "actor": {"id": "kades-03", "type": "VILLAGE_HEAD"},
        "acts": [{"type": "CAMPAIGN_ROLE", "date": "2023-12-15", "role": "TEAM_MEMBER", "target": {"kind": "CANDIDATE"}}]}]}
      """;

  static NeutralityEngine engine;
  static NetralServer server;
  static Http http;

  @BeforeAll
  static void start() throws Exception {
    engine = NeutralityEngine.withBundledRules();
    server = NetralServer.start(engine, NetralServer.Options.DEFAULT.withPort(0));
    http = new Http(server.uri());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void start_portZero_bindsLoopbackOnAFreePort() {
    // then
    assertThat(server.port()).isPositive();
    assertThat(server.uri().toString()).isEqualTo("http://127.0.0.1:" + server.port() + "/");
  }

  @Test
  void health_engineReady_answers200WithTheReceipt() throws Exception {
    // when
    Http.Answer a = http.get("/health");

    // then
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.json().get("status").asText()).isEqualTo("ready");
    assertThat(a.json().at("/receipt/catalogDigest").asText()).isEqualTo(engine.receipt().catalogDigest());
  }

  @Test
  void assess_yamlDocument_answersTheLibrarysResultDocument() throws Exception {
    // when
    Http.Answer a = http.post("/v1/assess", "application/yaml", VILLAGE_HEAD);

    // then
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
    assertThat(a.json()).isEqualTo(libraryDocument(VILLAGE_HEAD, Language.EN));
    assertThat(a.json().at("/results/0/verdict").asText()).isEqualTo("VIOLATION");
    assertThat(a.json().at("/results/0/findings").findValuesAsText("type")).contains("CRIMINAL", "ADMINISTRATIVE");
  }

  @Test
  void assess_jsonDocument_answersAsForTheSameYaml() throws Exception {
    // when
    Http.Answer json = http.post("/v1/assess", "application/json", VILLAGE_HEAD_JSON);
    Http.Answer yaml = http.post("/v1/assess", "application/yaml; charset=utf-8", VILLAGE_HEAD);

    // then
    assertThat(json.status()).isEqualTo(200);
    assertThat(json.json()).isEqualTo(yaml.json());
  }

  @Test
  void assess_langId_namesTheAuthorityInIndonesian() throws Exception {
    // when
    Http.Answer id = http.post("/v1/assess?lang=id", "application/yaml", VILLAGE_HEAD);
    Http.Answer en = http.post("/v1/assess?lang=en", "application/yaml", VILLAGE_HEAD);

    // then
    assertThat(id.json()).isEqualTo(libraryDocument(VILLAGE_HEAD, Language.ID));
    assertThat(en.json()).isEqualTo(libraryDocument(VILLAGE_HEAD, Language.EN));
    assertThat(id.json().findValuesAsText("authority")).isNotEqualTo(en.json().findValuesAsText("authority"));
  }

  @Test
  void assess_exampleFile_answersEveryScenarioInFileOrder() throws Exception {
    // given
    String file = Files.readString(Path.of("../examples/scenarios/pemilu-2024.yaml"));

    // when
    Http.Answer a = http.post("/v1/assess", "application/yaml", file);

    // then
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.json()).isEqualTo(libraryDocument(file, Language.EN));
    assertThat(a.json().get("results").size()).isGreaterThan(3);
  }

  @Test
  void assess_unknownLang_answers400() throws Exception {
    // when
    Http.Answer a = http.post("/v1/assess?lang=fr", "application/yaml", VILLAGE_HEAD);

    // then
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.json().get("error").asText()).contains("lang must be id or en", "'fr'");
  }

  @Test
  void assess_brokenDocument_answers400WithLocatedProblems() throws Exception {
    // given: an unknown actor type on line 6, column 33
    String broken = VILLAGE_HEAD.replace("type: VILLAGE_HEAD", "type: KEPALA_DESA");

    // when
    Http.Answer a = http.post("/v1/assess", "application/yaml", broken);

    // then
    assertThat(a.status()).isEqualTo(400);
    JsonNode p = a.json().get("problems").get(0);
    assertThat(p.get("file").asText()).isEqualTo("request");
    assertThat(p.get("line").asInt()).isEqualTo(6);
    assertThat(p.get("column").asInt()).isEqualTo(33);
    assertThat(p.get("path").asText()).isEqualTo("scenarios[0].actor.type");
    assertThat(p.get("message").asText()).contains("unknown actor type 'KEPALA_DESA'", "VILLAGE_HEAD");
    assertThat(p.get("text").asText()).startsWith("request:6:33: scenarios[0].actor.type: unknown actor type");
    assertThat(a.body()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void assess_yamlSyntaxError_answers400WithLineAndColumn() throws Exception {
    // when
    Http.Answer a = http.post("/v1/assess", "application/yaml", "version: 1\nscenarios: [\n  {id: x\n");

    // then
    assertThat(a.status()).isEqualTo(400);
    JsonNode p = a.json().get("problems").get(0);
    assertThat(p.get("line").asInt()).isPositive();
    assertThat(p.get("column").asInt()).isPositive();
    assertThat(a.body()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void assess_emptyBody_answers400() throws Exception {
    // when
    Http.Answer a = http.post("/v1/assess", "application/yaml", "");

    // then
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.json().at("/problems/0/message").asText()).contains("empty");
  }

  @Test
  void assess_formContentType_answers415() throws Exception {
    // when
    Http.Answer a = http.post("/v1/assess", "application/x-www-form-urlencoded", VILLAGE_HEAD);
    Http.Answer none = http.post("/v1/assess", null, VILLAGE_HEAD);

    // then
    assertThat(a.status()).isEqualTo(415);
    assertThat(a.json().get("error").asText()).contains("application/yaml or application/json");
    assertThat(none.status()).isEqualTo(415);
  }

  @Test
  void assess_get_answers405WithAllow() throws Exception {
    // when
    Http.Answer a = http.get("/v1/assess");

    // then
    assertThat(a.status()).isEqualTo(405);
    assertThat(a.header("Allow")).isEqualTo("POST");
  }

  @Test
  void catalog_post_answers405WithAllow() throws Exception {
    // when
    Http.Answer a = http.post("/v1/catalog", "application/json", "{}");
    Http.Answer delete = http.send("DELETE", "/health");

    // then
    assertThat(a.status()).isEqualTo(405);
    assertThat(a.header("Allow")).isEqualTo("GET, HEAD");
    assertThat(delete.status()).isEqualTo(405);
  }

  @Test
  void unknownPaths_answer404() throws Exception {
    // then
    assertThat(http.get("/v1/nothing").status()).isEqualTo(404);
    assertThat(http.get("/v2/assess").status()).isEqualTo(404);
    assertThat(http.get("/nothing.html").status()).isEqualTo(404);
    assertThat(http.get("/v1/provisions/uu-7-2017/pasal-9999").status()).isEqualTo(404);
    assertThat(http.get("/v1/provisions/uu-7-2017/pasal-9999").json().get("error").asText()).contains("uu-7-2017/pasal-9999");
  }

  @Test
  void catalog_get_answersWhatTheCatalogCommandPrints() throws Exception {
    // when
    Http.Answer a = http.get("/v1/catalog");

    // then
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.json()).isEqualTo(CatalogJson.catalog(engine));
    assertThat(a.json().get("provisions").size()).isEqualTo(engine.catalog().provisions().size());
  }

  @Test
  void provision_idWithSlashes_answersTheProvision() throws Exception {
    // when
    Http.Answer a = http.get("/v1/provisions/uu-7-2017/pasal-494");

    // then
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.json().get("id").asText()).isEqualTo("uu-7-2017/pasal-494");
    assertThat(a.json().get("citation").asText()).contains("494");
    assertThat(a.json().get("rules").size()).isPositive();
  }

  @Test
  void provision_slashesPercentEncoded_answersTheSameProvision() throws Exception {
    // when
    Http.Answer a = http.get("/v1/provisions/uu-7-2017%2Fpasal-494");

    // then
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.json().get("id").asText()).isEqualTo("uu-7-2017/pasal-494");
  }

  @Test
  void elections_get_listsTheBuiltInCalendars() throws Exception {
    // when
    Http.Answer a = http.get("/v1/elections");

    // then
    assertThat(a.status()).isEqualTo(200);
    JsonNode pemilu = null;
    for (JsonNode e : a.json().get("elections")) {
      if (e.get("id").asText().equals("pemilu-2024")) {
        pemilu = e;
      }
    }
    assertThat(pemilu).isNotNull();
    assertThat(pemilu.get("kind").asText()).isEqualTo("PEMILU");
    assertThat(pemilu.at("/campaign/from").asText()).isEqualTo("2023-11-28");
    assertThat(pemilu.get("votingDay").asText()).isEqualTo("2024-02-14");
    assertThat(pemilu.at("/candidatesDetermined/PRESIDENT").asText()).isEqualTo("2023-11-13");
    assertThat(a.json().get("elections").size()).isEqualTo(engine.catalog().elections().size());
  }

  @Test
  void page_root_servesIndexHtmlFromTheJar() throws Exception {
    // when
    Http.Answer a = http.get("/");

    // then
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.header("Content-Type")).isEqualTo("text/html; charset=utf-8");
    assertThat(a.body()).contains("<html");
    assertThat(a.header("Content-Security-Policy")).contains("default-src 'self'");
    assertThat(http.get("/index.html").body()).isEqualTo(a.body());
  }

  @Test
  void page_pathsOutsideTheWebFolder_answer404() throws Exception {
    // when / then: nothing but the web folder's files is served
    for (String path : List.of("/../openapi.json", "/%2e%2e/openapi.json", "/.hidden.html",
        "/id/netral/server/openapi.json", "/..%2fopenapi.json", "/web/index.html", "/NetralServer.class")) {
      String answer = Http.raw(server.uri(), "GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", new byte[0]);
      assertThat(answer).as(path).startsWith("HTTP/1.1 404");
    }
  }

  @Test
  void head_health_answersHeadersOnly() throws Exception {
    // when
    Http.Answer a = http.send(HttpRequest.newBuilder(server.uri().resolve("/health"))
        .method("HEAD", HttpRequest.BodyPublishers.noBody()));

    // then
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.body()).isEmpty();
  }

  @Test
  void concurrentClients_2000RequestsFrom8Threads_allSucceed() throws Exception {
    // given
    JsonNode expected = libraryDocument(VILLAGE_HEAD, Language.ID);
    java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(8);
    List<java.util.concurrent.Future<Integer>> done = new ArrayList<>();

    // when
    for (int t = 0; t < 8; t++) {
      done.add(clients.submit(() -> {
        Http own = new Http(server.uri());
        int ok = 0;
        for (int i = 0; i < 250; i++) {
          Http.Answer a = own.post("/v1/assess?lang=id", "application/yaml", VILLAGE_HEAD);
          if (a.status() == 200 && a.json().equals(expected)) {
            ok++;
          }
        }
        return ok;
      }));
    }
    int ok = 0;
    for (var f : done) {
      ok += f.get();
    }
    clients.shutdown();

    // then
    assertThat(ok).isEqualTo(2000);
  }

  /** What the library itself writes for {@code document}: ScenarioReader, the engine, ResultJson. */
  static JsonNode libraryDocument(String document, Language lang) {
    ScenarioFile f = new ScenarioReader(engine.catalog().elections()).read("request", document.getBytes(StandardCharsets.UTF_8));
    assertThat(f.problems()).isEmpty();
    var results = ResultJson.newArray();
    for (Scenario s : f.scenarios()) {
      results.add(ResultJson.result(null, s, engine.assess(s), lang));
    }
    return ResultJson.document(engine.receipt(), results, ResultJson.newArray());
  }
}
