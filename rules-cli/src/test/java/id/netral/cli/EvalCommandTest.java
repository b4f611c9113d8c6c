package id.netral.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class EvalCommandTest {
  private static final String VALID = "src/test/resources/cli/valid.yaml";
  private static final String MALFORMED = "src/test/resources/cli/malformed.yaml";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void eval_malformedBesideValidFile_refusesWithOneLineAndStillEvaluatesTheOther() {
    // when
    Cli run = Cli.run("eval", MALFORMED, VALID);

    // then
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly(
        "src/test/resources/cli/malformed.yaml:7:15: scenarios[0].acts[0].type: unknown act type "
            + "'SOCIAL_MEDIA_ENGAGMENT'; expected one of PARTY_MEMBERSHIP, CANDIDACY, PARTY_APPROACH, "
            + "CAMPAIGN_PROPS, ONLINE_CAMPAIGN, SOCIAL_MEDIA_ENGAGEMENT, PARTISAN_PHOTO, CAMPAIGN_ATTENDANCE, "
            + "CAMPAIGN_ROLE, PARTISAN_ACTIVITY, FAVORING_DECISION, SUPPORT_LETTER, SPOUSE_CAMPAIGN, VOTING, "
            + "INVOLVING_APPARATUS");
    assertThat(run.out()).contains("== pns-tim-kampanye: VIOLATION", "== pns-like-unggahan-netral: NO_VIOLATION",
        "2 scenarios: 1 VIOLATION, 1 NO_VIOLATION, 0 NEEDS_ASSESSMENT; 1 file refused");
  }

  @Test
  void eval_missingFile_refusesItByName() {
    // when
    Cli run = Cli.run("eval", "no/such/file.yaml", VALID);

    // then
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly("no/such/file.yaml: no such file");
    assertThat(run.out()).contains("2 scenarios");
  }

  @Test
  void eval_jsonFormat_printsReceiptAndResultsInTheContractShape() throws Exception {
    // when
    Cli run = Cli.run("eval", "--format", "json", VALID);

    // then
    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    JsonNode doc = JSON.readTree(run.out());
    assertThat(doc.path("receipt").path("catalog").asText()).isEqualTo("2026.1");
    assertThat(doc.path("receipt").path("catalogDigest").asText()).matches("sha256:[0-9a-f]{64}");
    JsonNode first = doc.path("results").get(0);
    assertThat(first.path("scenario").asText()).isEqualTo("pns-tim-kampanye");
    assertThat(first.path("verdict").asText()).isEqualTo("VIOLATION");
    JsonNode finding = first.path("findings").get(0);
    assertThat(finding.path("act").asText()).isEqualTo("a1");
    assertThat(finding.path("type").asText()).isEqualTo("CRIMINAL");
    assertThat(finding.path("rule").asText()).isEqualTo("uu-7-2017/pasal-494");
    assertThat(finding.path("basis").findValuesAsText("id"))
        .containsExactly("uu-7-2017/pasal-280/ayat-3", "uu-7-2017/pasal-494");
    assertThat(finding.path("basis").get(1).path("citation").asText()).isEqualTo("Pasal 494 UU 7/2017");
    JsonNode sanction = finding.path("sanction");
    assertThat(sanction.path("kind").asText()).isEqualTo("CRIMINAL_PENALTY");
    assertThat(sanction.path("custody").asText()).isEqualTo("KURUNGAN");
    assertThat(sanction.path("maxCustodyMonths").asInt()).isEqualTo(12);
    assertThat(sanction.path("maxFine").asLong()).isEqualTo(12_000_000L);
    assertThat(sanction.path("cumulative").asBoolean()).isTrue();
    assertThat(finding.path("authority").asText()).contains("Gakkumdu");
    assertThat(finding.path("explanation").path("id").asText()).contains("asn-1", "1 Desember 2023", "Pasal 494 UU 7/2017");
    assertThat(finding.path("explanation").path("en").asText()).contains("asn-1", "1 December 2023", "campaign period");
    assertThat(first.path("openQuestions").isArray()).isTrue();
    assertThat(doc.path("results").get(1).path("verdict").asText()).isEqualTo("NO_VIOLATION");
  }

  @Test
  void eval_ndjsonFormat_printsOneResultPerLine() throws Exception {
    // when
    Cli run = Cli.run("eval", "--format", "ndjson", VALID);

    // then
    assertThat(run.exit()).isZero();
    assertThat(run.outLines()).hasSize(2);
    assertThat(JSON.readTree(run.outLines().get(0)).path("verdict").asText()).isEqualTo("VIOLATION");
    assertThat(JSON.readTree(run.outLines().get(1)).path("scenario").asText()).isEqualTo("pns-like-unggahan-netral");
  }

  @Test
  void eval_indonesianLanguage_printsIndonesianTexts() {
    // when
    Cli run = Cli.run("eval", "--lang", "id", VALID);

    // then
    assertThat(run.out()).contains("sanksi:", "pidana kurungan paling lama 12 bulan dan denda paling banyak Rp12.000.000");
  }

  @Test
  void eval_unknownFormat_exits2WithOneLine() {
    // when
    Cli run = Cli.run("eval", "--format", "xml", VALID);

    // then
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines().get(0)).startsWith("netral: Invalid value for option '--format'");
  }

  @Test
  void misspeltCommand_run_suggestsTheNearestCommand() {
    // when
    Cli run = Cli.run("evl", VALID);

    // then
    assertThat(run.exit()).isEqualTo(2);
    assertThat(String.join("\n", run.errLines())).contains("Did you mean", "eval");
  }

  @Test
  void misspeltOption_run_suggestsTheNearestOption() {
    // when
    Cli run = Cli.run("eval", "--formt", "json", VALID);

    // then
    assertThat(run.exit()).isEqualTo(2);
    assertThat(String.join("\n", run.errLines())).contains("Possible solutions: --format");
  }
}
