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
            assertThat(explanation.path("id").asText()).as(s.id()).isEqualTo(a.findings().get(i).explanation().indonesian());
            assertThat(explanation.path("en").asText()).as(s.id()).isEqualTo(a.findings().get(i).explanation().english());
          }
          compared++;
        }
      }
    }
    assertThat(compared).isGreaterThan(100);
  }
  @Test
  void leanLine_everyOptionOnEveryExampleAndSuiteScenario_isTheFullLineWithKeysLeftOut() throws Exception {
    // given
    NeutralityEngine engine = NeutralityEngine.withBundledRules();
    ScenarioReader reader = new ScenarioReader(engine.catalog().elections());
    int findings = 0;

    for (Path file : Common.files(java.util.List.of(Path.of("../examples/scenarios"), Path.of("../rules-catalog/src/test/resources/scenarios")))) {
      for (Scenario s : reader.read(file).scenarios()) {
        Assessment a = engine.assess(s);
        JsonNode full = ResultJson.parse(ResultJson.line(null, s, a, Language.ID));
        for (ResultJson.Options.Explain explain : ResultJson.Options.Explain.values()) {
          for (ResultJson.Options.Citations citations : ResultJson.Options.Citations.values()) {
            ResultJson.Options options = ResultJson.Options.FULL.explain(explain).citations(citations);

            // when
            JsonNode lean = ResultJson.parse(ResultJson.line(null, s, a, Language.ID, options));

            // then
            assertThat(within(lean, full)).as("%s %s is the full line with keys left out", s.id(), options).isTrue();
            assertThat(lean.path("verdict")).isEqualTo(full.path("verdict"));
            assertThat(lean.path("findings").size()).isEqualTo(full.path("findings").size());
            assertThat(lean.findValues("citation")).as(s.id()).hasSize(
                citations == ResultJson.Options.Citations.ID ? 0 : full.findValues("citation").size());
            for (JsonNode f : lean.path("findings")) {
              assertThat(f.has("explanation")).isEqualTo(explain != ResultJson.Options.Explain.NONE);
              assertThat(f.path("explanation").has("id")).isEqualTo(
                  explain == ResultJson.Options.Explain.ID || explain == ResultJson.Options.Explain.BOTH);
              assertThat(f.path("explanation").has("en")).isEqualTo(
                  explain == ResultJson.Options.Explain.EN || explain == ResultJson.Options.Explain.BOTH);
              assertThat(f.path("sanction").has("optionsEn") && explain == ResultJson.Options.Explain.ID).isFalse();
              assertThat(f.path("sanction").has("options") && explain == ResultJson.Options.Explain.EN).isFalse();
            }
          }
        }
        findings += a.findings().size();
      }
    }
    assertThat(findings).isGreaterThan(100);
  }

  @Test
  void leanDefaultOptions_areTheFullResult() {
    // given
    NeutralityEngine engine = NeutralityEngine.withBundledRules();
    Scenario s = new ScenarioReader(engine.catalog().elections()).read(Path.of("../examples/scenarios/pemilu-2024.yaml"))
        .scenarios().get(0);
    Assessment a = engine.assess(s);

    // when
    String explicit = ResultJson.line("f", s, a, Language.EN,
        ResultJson.Options.LEAN.explain(ResultJson.Options.Explain.BOTH).citations(ResultJson.Options.Citations.FULL));

    // then
    assertThat(explicit).isEqualTo(ResultJson.line("f", s, a, Language.EN));
    assertThat(ResultJson.Options.LEAN.explain(ResultJson.Options.Explain.BOTH)
        .citations(ResultJson.Options.Citations.FULL)).isEqualTo(ResultJson.Options.FULL);
  }

  /** Whether every key of {@code lean} is in {@code full} with a value within the full one, arrays element by element. */
  private static boolean within(JsonNode lean, JsonNode full) {
    if (lean.isObject()) {
      if (!full.isObject()) {
        return false;
      }
      for (java.util.Iterator<String> it = lean.fieldNames(); it.hasNext(); ) {
        String key = it.next();
        if (!full.has(key) || !within(lean.get(key), full.get(key))) {
          return false;
        }
      }
      return true;
    }
    if (lean.isArray()) {
      if (!full.isArray() || lean.size() != full.size()) {
        return false;
      }
      for (int i = 0; i < lean.size(); i++) {
        if (!within(lean.get(i), full.get(i))) {
          return false;
        }
      }
      return true;
    }
    return lean.equals(full);
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
