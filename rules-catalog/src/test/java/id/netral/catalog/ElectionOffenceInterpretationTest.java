package id.netral.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import id.netral.core.Assessment;
import id.netral.core.Finding;
import id.netral.core.FindingType;
import id.netral.core.NeutralityEngine;
import id.netral.core.OpenQuestion;
import id.netral.core.SanctionKind;
import id.netral.core.catalog.Catalog;
import id.netral.core.catalog.Interpretation;
import id.netral.core.internal.Evaluator;
import id.netral.core.internal.RuleSetRuntime;
import id.netral.core.internal.RuleSource;
import id.netral.core.model.Act;
import id.netral.core.model.ActType;
import id.netral.core.model.Actor;
import id.netral.core.model.ActorType;
import id.netral.core.model.DateRange;
import id.netral.core.model.Effect;
import id.netral.core.model.Election;
import id.netral.core.model.ElectionKind;
import id.netral.core.model.Position;
import id.netral.core.model.Scenario;
import id.netral.core.model.Target;
import id.netral.core.model.TargetKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The election-law offences (UU 7/2017 Pasal 282, 521; UU 1/2015 Pasal 71, 188) checked rule by
 * rule: under the bundled interpretation choices where other rule files (ASN discipline, the TNI
 * statute) also judge the act, and under the other options a drafter may choose.
 */
class ElectionOffenceInterpretationTest {
  private static final RuleSetRuntime BUNDLED =
      RuleSetRuntime.bundled(ElectionOffenceInterpretationTest.class.getClassLoader());
  private static final Election PILKADA_2015 = new Election("pilkada-2015", ElectionKind.PILKADA,
      LocalDate.of(2015, 8, 24), new DateRange(LocalDate.of(2015, 8, 27), LocalDate.of(2015, 12, 5)),
      null, LocalDate.of(2015, 12, 9));

  @Test
  void pnsExecutiveStaffFavouringAPair_bundledChoice_getsNoPasal188Finding() {
    // given
    Scenario scenario = favouring("pilkada-2024", ActorType.PNS, Position.EXECUTIVE, LocalDate.of(2024, 10, 5));

    // when
    Assessment a = new Evaluator(BUNDLED).assess(scenario);

    // then
    assertThat(rules(a)).noneMatch(r -> r.startsWith("uu-1-2015/"));
  }

  @Test
  void pnsExecutiveStaffFavouringAPair_everyPositionChosen_getsPasal188Finding() {
    // given
    Scenario scenario = favouring("pilkada-2024", ActorType.PNS, Position.EXECUTIVE, LocalDate.of(2024, 10, 5));

    // when
    Assessment a = evaluator("uu-1-2015/pasal-71/pejabat-asn", "SEMUA_JABATAN").assess(scenario);

    // then
    assertThat(rules(a)).contains("uu-1-2015/pasal-188/pejabat-asn");
  }

  @Test
  void pnsFunctionalFavouringAPair_managerialOnlyChosen_getsNoPasal188Finding() {
    // given
    Scenario scenario = favouring("pilkada-2024", ActorType.PNS, Position.FUNCTIONAL, LocalDate.of(2024, 10, 5));

    // when
    Assessment asBundled = new Evaluator(BUNDLED).assess(scenario);
    Assessment asOverridden = evaluator("uu-1-2015/pasal-71/pejabat-asn", "MANAJERIAL").assess(scenario);

    // then
    assertThat(rules(asBundled)).contains("uu-1-2015/pasal-188/pejabat-asn");
    assertThat(rules(asOverridden)).noneMatch(r -> r.startsWith("uu-1-2015/"));
  }

  @Test
  void pnsOfUnknownPositionFavouringAPair_bundledRules_asksForThePosition() {
    // given
    Scenario scenario = favouring("pilkada-2024", ActorType.PNS, null, LocalDate.of(2024, 10, 5));

    // when
    Assessment a = new Evaluator(BUNDLED).assess(scenario);

    // then
    assertThat(a.openQuestions()).extracting(OpenQuestion::fact).contains("actor.position");
    assertThat(rules(a)).noneMatch(r -> r.startsWith("uu-1-2015/"));
  }

  @Test
  void tniMemberFavouringAPairIn2015_bundledRules_getsNoPilkadaFinding() {
    // given
    Scenario scenario = new Scenario("tni-2015", null, PILKADA_2015,
        new Actor("tni-1", ActorType.TNI, null, null, null, null),
        List.of(favouringAct(LocalDate.of(2015, 10, 10))), null);

    // when
    Assessment a = new Evaluator(BUNDLED).assess(scenario);

    // then
    assertThat(rules(a)).noneMatch(r -> r.startsWith("uu-1-2015/"));
  }

  @Test
  void stateOfficialFavouringAProspectivePair_anyTimeChosen_getsPasal188Finding() {
    // given
    Scenario scenario = favouring("pilkada-2024", ActorType.STATE_OFFICIAL, null, LocalDate.of(2024, 9, 1));

    // when
    Assessment asBundled = new Evaluator(BUNDLED).assess(scenario);
    Assessment asOverridden = evaluator("uu-1-2015/pasal-71/ayat-1/sejak-penetapan", "KAPAN_SAJA").assess(scenario);

    // then
    assertThat(rules(asBundled)).isEmpty();
    assertThat(rules(asOverridden)).containsExactly("uu-1-2015/pasal-188");
  }

  @Test
  void structuralOfficialFavouringAParticipantInPemilu_administrativeFindingChosen_getsPasal282Finding() {
    // given
    Scenario scenario = favouring("pemilu-2024", ActorType.PNS, Position.STRUCTURAL, LocalDate.of(2024, 1, 10));

    // when
    Assessment asBundled = new Evaluator(BUNDLED).assess(scenario);
    Assessment asOverridden = evaluator("uu-7-2017/pasal-282/asn", "TEMUAN_ADMINISTRATIF").assess(scenario);

    // then
    assertThat(rules(asBundled)).noneMatch(r -> r.startsWith("uu-7-2017/"));
    assertThat(asOverridden.findings()).filteredOn(f -> f.rule().equals("uu-7-2017/pasal-282/asn"))
        .singleElement().extracting(Finding::type).isEqualTo(FindingType.ADMINISTRATIVE);
  }

  @Test
  void teamCampaigningInAGovernmentHall_onlyAyat4LettersChosen_getsAdministrativeFindingWithNoSanctionOfItsOwn() {
    // given
    Catalog catalog = BUNDLED.catalog();
    Scenario scenario = new Scenario("aula-pemerintah", null, catalog.elections().get("pemilu-2019"),
        new Actor("tim-1", ActorType.CAMPAIGN_TEAM, null, null, null, null),
        List.of(Act.builder(ActType.CAMPAIGN_ATTENDANCE, LocalDate.of(2019, 3, 10)).usesStateFacilities(true).build()),
        null);

    // when
    Assessment asBundled = new Evaluator(BUNDLED).assess(scenario);
    Assessment asOverridden = evaluator("uu-7-2017/pasal-521/pasal-280-ayat-4", "HANYA_AYAT_4").assess(scenario);

    // then
    assertThat(asBundled.findings()).extracting(Finding::type).containsExactly(FindingType.CRIMINAL);
    assertThat(asOverridden.findings()).singleElement().satisfies(f -> {
      assertThat(f.type()).isEqualTo(FindingType.ADMINISTRATIVE);
      assertThat(f.rule()).isEqualTo("uu-7-2017/pasal-280/ayat-1/huruf-h");
      assertThat(f.sanction().kind()).as("the letter carries no sanction of its own").isEqualTo(SanctionKind.NONE);
    });
  }

  private static Scenario favouring(String election, ActorType type, Position position, LocalDate day) {
    return new Scenario("s", null, BUNDLED.catalog().elections().get(election),
        new Actor("a-1", type, position, null, null, null), List.of(favouringAct(day)), null);
  }

  private static Act favouringAct(LocalDate day) {
    return Act.builder(ActType.FAVORING_DECISION, day).effect(Effect.BENEFITS)
        .target(new Target(TargetKind.CANDIDATE, "Pasangan calon", null, null)).build();
  }

  private static List<String> rules(Assessment a) {
    return a.findings().stream().map(Finding::rule).toList();
  }

  private NeutralityEngine evaluator(String interpretation, String choice) {
    return Bundled.withChoice(interpretation, choice);
  }

}
