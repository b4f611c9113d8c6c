package id.netral.cli;

import id.netral.core.json.ResultJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.netral.core.Assessment;
import id.netral.core.Language;
import id.netral.core.NeutralityEngine;
import id.netral.core.model.Scenario;
import id.netral.core.scenario.ScenarioReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ResultJsonTest {

  @Test
  void ndjsonLine_everyExampleAndSuiteScenario_equalsTheJsonResultWithItsReceipt() throws Exception {
    // given
    NeutralityEngine engine = NeutralityEngine.withBundledRules();
    ScenarioReader reader = new ScenarioReader(engine.catalog().elections());
    int compared = 0;

    // when
    for (Path file : Common.files(java.util.List.of(Path.of("../examples/scenarios"), Path.of("../rules-catalog/src/test/resources/scenarios")))) {
      for (Scenario s : reader.read(file).scenarios()) {
        Assessment a = engine.assess(s);
        for (Language lang : Language.values()) {
          ObjectNode expected = ResultJson.result(file.toString(), s, a, lang);
          expected.set("receipt", ResultJson.receipt(a.receipt()));
          JsonNode line = ResultJson.parse(ResultJson.line(file.toString(), s, a, lang));

          // then
          assertThat(line).as(s.id()).isEqualTo(ResultJson.parse(expected.toString()));
          for (int i = 0; i < a.findings().size(); i++) {
            JsonNode explanation = line.path("findings").get(i).path("explanation");
            assertThat(explanation.path("id").asText()).as(s.id()).isEqualTo(a.findings().get(i).explanation().id());
            assertThat(explanation.path("en").asText()).as(s.id()).isEqualTo(a.findings().get(i).explanation().en());
          }
          compared++;
        }
      }
    }
    assertThat(compared).isGreaterThan(100);
  }

  @Test
  void documentBytes_everyExampleAndSuiteFile_equalsTheDocumentOfItsResults() throws Exception {
    // given
    NeutralityEngine engine = NeutralityEngine.withBundledRules();
    ScenarioReader reader = new ScenarioReader(engine.catalog().elections());
    int compared = 0;

    // when
    for (Path file : Common.files(java.util.List.of(Path.of("../examples/scenarios"), Path.of("../rules-catalog/src/test/resources/scenarios")))) {
      java.util.List<Scenario> scenarios = reader.read(file).scenarios();
      java.util.List<Assessment> assessments = scenarios.stream().map(engine::assess).toList();
      for (Language lang : Language.values()) {
        com.fasterxml.jackson.databind.node.ArrayNode results = ResultJson.newArray();
        for (int i = 0; i < scenarios.size(); i++) {
          results.add(ResultJson.result(null, scenarios.get(i), assessments.get(i), lang));
        }
        JsonNode expected = ResultJson.document(engine.receipt(), results, ResultJson.newArray());
        byte[] bytes = ResultJson.documentBytes(engine.receipt(), scenarios, assessments, lang);

        // then
        assertThat(ResultJson.parse(new String(bytes, java.nio.charset.StandardCharsets.UTF_8))).as(file.toString())
            .isEqualTo(ResultJson.parse(expected.toString()));
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(20);
  }
}
