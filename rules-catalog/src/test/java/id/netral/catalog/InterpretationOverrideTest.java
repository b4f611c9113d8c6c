package id.netral.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import id.netral.core.Assessment;
import id.netral.core.NeutralityEngine;
import id.netral.core.Verdict;
import id.netral.core.catalog.Catalog;
import id.netral.core.catalog.Interpretation;
import id.netral.core.internal.Evaluator;
import id.netral.core.internal.RuleSetRuntime;
import id.netral.core.internal.RuleSource;
import id.netral.core.model.Act;
import id.netral.core.model.ActType;
import id.netral.core.model.Actor;
import id.netral.core.model.ActorType;
import id.netral.core.model.Office;
import id.netral.core.model.Scenario;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InterpretationOverrideTest {
  private static final RuleSetRuntime BUNDLED = RuleSetRuntime.bundled(InterpretationOverrideTest.class.getClassLoader());

  @Test
  void teamInvolvingPnsBeforeTheCampaign_campaignPeriodChoiceOverridden_becomesAViolation() {
    // given
    Catalog catalog = BUNDLED.catalog();
    Scenario scenario = new Scenario("tim-pra-kampanye", null, catalog.elections().get("pemilu-2024"),
        new Actor("tim-1", ActorType.CAMPAIGN_TEAM, null, null, null, null),
        List.of(Act.builder(ActType.INVOLVING_APPARATUS, LocalDate.of(2023, 11, 27)).involved(Set.of(ActorType.PNS)).build()),
        null);
    NeutralityEngine overridden = Bundled.withChoice("uu-7-2017/pasal-280/ayat-2/masa-kampanye", "KAPAN_SAJA");

    // when
    Assessment asBundled = new Evaluator(BUNDLED).assess(scenario);
    Assessment asOverridden = overridden.assess(scenario);

    // then
    assertThat(asBundled.verdict()).isEqualTo(Verdict.NO_VIOLATION);
    assertThat(asOverridden.verdict()).isEqualTo(Verdict.VIOLATION);
    assertThat(asOverridden.findings()).extracting(f -> f.rule()).containsExactly("uu-7-2017/pasal-493/huruf-f");
  }

  @Test
  void governorCampaignUsingGovernmentFacilities_allElectionsChoiceOverridden_becomesACrime() {
    // given
    Catalog catalog = BUNDLED.catalog();
    Scenario scenario = new Scenario("cagub-fasilitas", null, catalog.elections().get("pilkada-2024"),
        new Actor("cagub-1", ActorType.CANDIDATE, null, null, null, null, null, Office.GOVERNOR),
        List.of(Act.builder(ActType.CAMPAIGN_ATTENDANCE, LocalDate.of(2024, 11, 2)).usesStateFacilities(true).build()),
        null);
    NeutralityEngine overridden = Bundled.withChoice("uu-1-2015/pasal-187/ayat-3/pemilihan-gubernur", "SEMUA_PEMILIHAN");

    // when
    Assessment asBundled = new Evaluator(BUNDLED).assess(scenario);
    Assessment asOverridden = overridden.assess(scenario);

    // then
    assertThat(asBundled.findings()).extracting(f -> f.rule()).containsExactly("uu-1-2015/pasal-69/huruf-h");
    assertThat(asOverridden.findings()).extracting(f -> f.rule()).containsExactly("uu-1-2015/pasal-187/ayat-3");
  }
}
