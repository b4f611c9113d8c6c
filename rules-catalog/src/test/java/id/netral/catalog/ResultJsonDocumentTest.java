package id.netral.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.netral.core.Assessment;
import id.netral.core.Language;
import id.netral.core.json.ResultJson;
import id.netral.core.model.Scenario;
import org.junit.jupiter.api.Test;

/** The contract's JSON, written by the library as an embedder would ask for it. */
class ResultJsonDocumentTest {

  @Test
  void document_oneAssessedScenario_isTheContractDocumentWithReceiptAndOneResult() {
    // given
    Scenario scenario = Suites.all().stream()
        .filter(s -> s.id().equals("pns-kampanye-seragam-dan-mobil-dinas-pemilu-2019")).findFirst().orElseThrow();
    Assessment a = Suites.ENGINE.assess(scenario);

    // when
    JsonNode doc = ResultJson.parse(ResultJson.document(scenario, a, Language.ID));

    // then
    assertThat(doc.path("receipt").path("catalogDigest").asText()).isEqualTo(a.receipt().catalogDigest());
    assertThat(doc.path("results")).hasSize(1);
    JsonNode result = doc.path("results").get(0);
    assertThat(result.path("scenario").asText()).isEqualTo(scenario.id());
    assertThat(result.has("file")).as("no file when the scenario came from code").isFalse();
    assertThat(result.path("verdict").asText()).isEqualTo(a.verdict().name());
    assertThat(result.path("findings")).hasSize(a.findings().size());
    assertThat(result.path("findings").get(0).path("rule").asText()).isEqualTo(a.findings().get(0).rule());
    assertThat(result.path("findings").get(0).path("explanation").path("id").asText())
        .isEqualTo(a.findings().get(0).explanation().indonesian());
    assertThat(result.path("combinedPenalties").get(0).path("level").asText()).isEqualTo("BERAT");
  }
}
