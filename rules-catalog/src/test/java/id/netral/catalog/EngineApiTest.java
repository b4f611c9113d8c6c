package id.netral.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.netral.core.Assessment;
import id.netral.core.NeutralityEngine;
import id.netral.core.OpenQuestion;
import id.netral.core.Verdict;
import id.netral.core.model.Act;
import id.netral.core.model.ActType;
import id.netral.core.model.Actor;
import id.netral.core.model.ActorType;
import id.netral.core.model.Scenario;
import id.netral.core.model.Target;
import id.netral.core.scenario.ScenarioFile;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * What an embedding system does with the engine, written as its developer would: elections by id,
 * scenario text read with the engine's elections, and an interpretation choice overridden.
 */
class EngineApiTest {
  private static final NeutralityEngine ENGINE = Suites.ENGINE;
  private static final String KARAKTER = "karakter/kampanye-menguntungkan";
  private static final String YAML = """
      version: 1
      scenarios:
        - id: kades-ajak-pilih
          election: pemilu-2024
          actor: {id: kades-01, type: VILLAGE_HEAD}
          acts:
            - type: ONLINE_CAMPAIGN
              date: 2024-01-04
              target: {kind: CANDIDATE, name: Calon X}
      """;

  /** A village head calls for votes for a candidate in the campaign period; the effect is not given. */
  private static Scenario villageHeadCallsForVotes(NeutralityEngine engine) {
    return Scenario.builder("kades-ajak-pilih", Actor.of("kades-01", ActorType.VILLAGE_HEAD))
        .election(engine.catalog().election("pemilu-2024"))
        .act(Act.builder(ActType.ONLINE_CAMPAIGN, LocalDate.of(2024, 1, 4)).target(Target.candidate("Calon X")).build())
        .build();
  }

  @Test
  void election_unknownId_isRefusedNamingTheBuiltInOnes() {
    assertThatThrownBy(() -> ENGINE.catalog().election("pemilu-2029"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("no election 'pemilu-2029' in the catalog; the built-in elections are ")
        .hasMessageContaining("pemilu-2019, pemilu-2024")
        .hasMessageContaining("pilkada-2024");
  }

  @Test
  void scenarioReader_textReaderAndStream_readTheSameScenarioWithTheBundledElection() {
    // given
    byte[] bytes = YAML.getBytes(StandardCharsets.UTF_8);

    // when
    ScenarioFile fromString = ENGINE.scenarioReader().read("complaint.yaml", YAML);
    ScenarioFile fromReader = ENGINE.scenarioReader().read("complaint.yaml", new StringReader(YAML));
    ScenarioFile fromStream = ENGINE.scenarioReader().read("complaint.yaml", new ByteArrayInputStream(bytes));

    // then
    assertThat(fromString.problems()).isEmpty();
    assertThat(fromString.scenarios()).singleElement()
        .satisfies(s -> assertThat(s.election()).isSameAs(ENGINE.catalog().election("pemilu-2024")));
    assertThat(fromReader.scenarios()).isEqualTo(fromString.scenarios());
    assertThat(fromStream.scenarios()).isEqualTo(fromString.scenarios());
    assertThat(fromString.scenarios().get(0)).isEqualTo(villageHeadCallsForVotes(ENGINE));
  }

  @Test
  void scenarioReader_unknownElectionInText_isOneLocatedProblem() {
    // when
    ScenarioFile file = ENGINE.scenarioReader().read("complaint.yaml", YAML.replace("pemilu-2024", "pemilu-2029"));

    // then
    assertThat(file.refused()).isTrue();
    assertThat(file.problems()).singleElement().hasToString(
        "complaint.yaml:4:15: scenarios[0].election: unknown election 'pemilu-2029'; expected one of "
            + String.join(", ", new java.util.TreeSet<>(ENGINE.catalog().elections().keySet()))
            + ", or an inline calendar");
  }

  @Test
  void withInterpretation_effectAlwaysAsked_pasal490ForAVillageHeadsCallBecomesAQuestion() {
    // given
    NeutralityEngine asking = ENGINE.withInterpretation(KARAKTER, "TANYA_AKIBAT");
    Scenario scenario = villageHeadCallsForVotes(ENGINE);

    // when
    Assessment bundled = ENGINE.assess(scenario);
    Assessment overridden = asking.assess(scenario);

    // then
    assertThat(ENGINE.catalog().choice(KARAKTER)).isEqualTo("KAMPANYE_MENGUNTUNGKAN");
    assertThat(bundled.verdict()).isEqualTo(Verdict.VIOLATION);
    assertThat(bundled.findings()).extracting(f -> f.rule()).contains("uu-7-2017/pasal-490");
    assertThat(overridden.findings()).extracting(f -> f.rule()).doesNotContain("uu-7-2017/pasal-490");
    assertThat(overridden.openQuestions()).filteredOn(q -> q.fact().equals("effect"))
        .flatExtracting(OpenQuestion::basis).extracting(b -> b.id()).contains("uu-7-2017/pasal-490");
    assertThat(asking.catalog().choice(KARAKTER)).isEqualTo("TANYA_AKIBAT");
  }

  @Test
  void withInterpretation_receipt_isToldApartAndComesBackWithTheFilesChoice() {
    // when
    NeutralityEngine asking = ENGINE.withInterpretation(KARAKTER, "TANYA_AKIBAT");
    NeutralityEngine back = asking.withInterpretation(KARAKTER, "KAMPANYE_MENGUNTUNGKAN");

    // then
    assertThat(asking.receipt().catalogDigest()).startsWith("sha256:").isNotEqualTo(ENGINE.receipt().catalogDigest());
    assertThat(back.receipt()).isEqualTo(ENGINE.receipt());
    assertThat(ENGINE.withInterpretation(KARAKTER, "KAMPANYE_MENGUNTUNGKAN")).isSameAs(ENGINE);
  }

  @Test
  void withInterpretation_unknownId_isRefusedNamingTheInterpretations() {
    assertThatThrownBy(() -> ENGINE.withInterpretation("karakter/kampanye", "TANYA_AKIBAT"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("no interpretation 'karakter/kampanye' in the catalog; its interpretations are ")
        .hasMessageContaining(KARAKTER);
  }

  @Test
  void withInterpretation_unknownOption_isRefusedNamingTheOptions() {
    assertThatThrownBy(() -> ENGINE.withInterpretation(KARAKTER, "TANYA"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("interpretation 'karakter/kampanye-menguntungkan' has no option 'TANYA'; its options are"
            + " KAMPANYE_MENGUNTUNGKAN, TANYA_AKIBAT");
  }
}
