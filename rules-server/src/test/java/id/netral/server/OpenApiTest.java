package id.netral.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi30;
import id.netral.core.NeutralityEngine;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI description tells the truth: every route is described, every described operation
 * answers with a status it describes, and every answer is valid against the schema it names
 * (checked with the OpenAPI 3.0 dialect of the JSON Schema validator).
 */
class OpenApiTest {
  /** The routes of section 5: what {@link Api} serves. */
  static final Set<String> ROUTES = Set.of("POST /v1/assess", "GET /v1/catalog", "GET /v1/provisions/{id}",
      "GET /v1/elections", "GET /health", "GET /openapi.json", "GET /");

  static NetralServer server;
  static Http http;
  static JsonNode openapi;

  @BeforeAll
  static void start() throws Exception {
    server = NetralServer.start(NeutralityEngine.withBundledRules(), NetralServer.Options.DEFAULT.withPort(0));
    http = new Http(server.uri());
    openapi = http.get("/openapi.json").json();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void openapi_paths_describeEveryRouteAndNothingElse() {
    // when
    Set<String> described = new TreeSet<>();
    openapi.get("paths").fields().forEachRemaining(p ->
        p.getValue().fieldNames().forEachRemaining(m -> described.add(m.toUpperCase(java.util.Locale.ROOT) + " " + p.getKey())));

    // then
    assertThat(openapi.get("openapi").asText()).startsWith("3.0.");
    assertThat(described).containsExactlyInAnyOrderElementsOf(ROUTES);
  }

  @Test
  void openapi_refs_allResolve() {
    // when
    List<String> refs = new ArrayList<>();
    collectRefs(openapi, refs);

    // then
    assertThat(refs).isNotEmpty();
    for (String ref : refs) {
      assertThat(ref).startsWith("#/");
      assertThat(openapi.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
    }
  }

  @Test
  void describedOperations_answerWithDescribedStatusAndValidBodies() throws Exception {
    // given: one request per described operation, and some that fail as described
    Map<String, Http.Answer> answers = new java.util.LinkedHashMap<>();
    answers.put("post /v1/assess 200", http.post("/v1/assess?lang=id", "application/yaml", ServerTest.VILLAGE_HEAD));
    answers.put("post /v1/assess 400", http.post("/v1/assess", "application/yaml", "version: 1\nscenarios: [{id: x}]\n"));
    answers.put("post /v1/assess 415", http.post("/v1/assess", "text/plain", ServerTest.VILLAGE_HEAD));
    answers.put("post /v1/assess 405", http.get("/v1/assess"));
    answers.put("get /v1/catalog 200", http.get("/v1/catalog"));
    answers.put("get /v1/provisions/{id} 200", http.get("/v1/provisions/uu-7-2017/pasal-494"));
    answers.put("get /v1/provisions/{id} 404", http.get("/v1/provisions/no-such-law"));
    answers.put("get /v1/elections 200", http.get("/v1/elections"));
    answers.put("get /health 200", http.get("/health"));
    answers.put("get /openapi.json 200", http.get("/openapi.json"));
    answers.put("get / 200", http.get("/"));

    for (Map.Entry<String, Http.Answer> e : answers.entrySet()) {
      String[] key = e.getKey().split(" ");
      Http.Answer a = e.getValue();
      // then: the status is the one expected and described
      assertThat(a.status()).as(e.getKey()).isEqualTo(Integer.parseInt(key[2]));
      JsonNode response = openapi.get("paths").get(key[1]).get(key[0]).get("responses").get(key[2]);
      assertThat(response).as(e.getKey() + " is described").isNotNull();
      if (response.has("$ref")) {
        response = openapi.at(response.get("$ref").asText().substring(1));
      }
      // and the body is valid against its schema
      JsonNode schema = response.at("/content/application~1json/schema");
      if (!schema.isMissingNode() && schema.has("$ref")) {
        Set<ValidationMessage> errors = schema(schema.get("$ref").asText()).validate(a.json());
        assertThat(errors).as(e.getKey()).isEmpty();
      }
    }
  }

  @Test
  void schemas_wrongBody_isCaught() {
    // given: the validator, shown to fail on a result without its verdict
    JsonNode body = id.netral.core.json.ResultJson.parse(
        "{\"receipt\": {\"netral\": \"x\", \"catalog\": \"x\", \"catalogDigest\": \"x\"}, \"results\": [{\"scenario\": \"s\", \"findings\": [], \"openQuestions\": []}]}");

    // when
    Set<ValidationMessage> errors = schema("#/components/schemas/ResultDocument").validate(body);

    // then
    assertThat(errors).extracting(ValidationMessage::getMessage).anyMatch(m -> m.contains("verdict"));
  }

  /** The schema at {@code ref} of the served description, under the OpenAPI 3.0 dialect. */
  private static JsonSchema schema(String ref) {
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
        b -> b.metaSchema(OpenApi30.getInstance()).defaultMetaSchemaIri(OpenApi30.getInstance().getIri()));
    SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().nullableKeywordEnabled(true).build();
    return factory.getSchema(SchemaLocation.of("classpath:id/netral/server/openapi.json" + ref), config);
  }

  private static void collectRefs(JsonNode n, List<String> refs) {
    if (n.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> it = n.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> f = it.next();
        if (f.getKey().equals("$ref")) {
          refs.add(f.getValue().asText());
        } else {
          collectRefs(f.getValue(), refs);
        }
      }
    } else if (n.isArray()) {
      n.forEach(c -> collectRefs(c, refs));
    }
  }

  @Test
  void head_describedGetRoutes_answerWithoutBody() throws Exception {
    // when
    Http.Answer a = http.send(HttpRequest.newBuilder(server.uri().resolve("/v1/elections"))
        .method("HEAD", HttpRequest.BodyPublishers.noBody()));

    // then
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.body()).isEmpty();
  }
}
