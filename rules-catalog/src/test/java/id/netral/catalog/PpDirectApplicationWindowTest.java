package id.netral.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import id.netral.core.Assessment;
import id.netral.core.Finding;
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
import id.netral.core.model.CampaignRole;
import id.netral.core.model.DateRange;
import id.netral.core.model.Effect;
import id.netral.core.model.Election;
import id.netral.core.model.ElectionKind;
import id.netral.core.model.Scenario;
import id.netral.core.model.Target;
import id.netral.core.model.TargetKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * PP 94/2021 Pasal 5 huruf n angka 1 and 5-7 are applied directly only until the SKB 2022 takes
 * over (22 Sep 2022). The SKB forms' own rules may conclude on the later day, so the check is on
 * the rule ids, not on the verdict.
 */
class PpDirectApplicationWindowTest {
  private static final RuleSetRuntime BUNDLED =
      RuleSetRuntime.bundled(PpDirectApplicationWindowTest.class.getClassLoader());
  private static final LocalDate LAST_DAY = LocalDate.of(2022, 9, 21);
  private static final LocalDate SKB_DAY = LocalDate.of(2022, 9, 22);
  private static final Election EXAMPLE = new Election("contoh-2022", ElectionKind.PEMILU,
      LocalDate.of(2022, 8, 25), new DateRange(LocalDate.of(2022, 8, 28), LocalDate.of(2022, 10, 20)),
      null, LocalDate.of(2022, 10, 24));
  private static final Target CANDIDATE = new Target(TargetKind.CANDIDATE, null, null, null);

  @Test
  void directlyAppliedItems_actsOnTheLastDayBeforeTheSkb_areFound() {
    // when
    List<String> rules = rulesFor(LAST_DAY, new Evaluator(BUNDLED));

    // then
    assertThat(rules).contains(
        "pp-94-2021/pasal-5/huruf-n/angka-1/peran",
        "pp-94-2021/pasal-5/huruf-n/angka-1/hadir",
        "pp-94-2021/pasal-5/huruf-n/angka-5",
        "pp-94-2021/pasal-5/huruf-n/angka-6",
        "pp-94-2021/pasal-5/huruf-n/angka-7");
  }

  @Test
  void directlyAppliedItems_actsOnTheDayTheSkbWasSigned_areLeftToTheSkbForms() {
    // when
    List<String> rules = rulesFor(SKB_DAY, new Evaluator(BUNDLED));

    // then
    assertThat(rules).noneMatch(r -> r.matches("pp-94-2021/pasal-5/huruf-n/angka-[1567]/.*"));
  }

  @Test
  void campaignRoleIn2021_angka1LevelChoiceOverriddenToNoLevel_givesNoDisciplineFinding() {
    // given
    NeutralityEngine overridden = Bundled.withChoice("pp-94-2021/pasal-5/huruf-n/angka-1/tingkat", "TANPA_TINGKAT");
    Scenario scenario = scenario(
        Act.builder(ActType.CAMPAIGN_ROLE, LocalDate.of(2022, 9, 1)).campaignRole(CampaignRole.WINNING_TEAM)
            .target(CANDIDATE).build());

    // when
    Assessment asBundled = new Evaluator(BUNDLED).assess(scenario);
    Assessment asOverridden = overridden.assess(scenario);

    // then
    assertThat(asBundled.findings()).extracting(Finding::rule)
        .containsExactly("pp-94-2021/pasal-5/huruf-n/angka-1/peran");
    assertThat(asOverridden.verdict()).isEqualTo(Verdict.NO_VIOLATION);
  }

  private static List<String> rulesFor(LocalDate day, Evaluator evaluator) {
    Scenario scenario = scenario(
        Act.builder(ActType.CAMPAIGN_ROLE, day).id("a1").campaignRole(CampaignRole.WINNING_TEAM)
            .target(CANDIDATE).build(),
        Act.builder(ActType.CAMPAIGN_ATTENDANCE, day).id("a2").activeSupport(true)
            .usesPartyAttributes(false).usesCivilServantAttributes(false).mobilizesCivilServants(false)
            .usesStateFacilities(false).target(CANDIDATE).build(),
        Act.builder(ActType.FAVORING_DECISION, day).id("a3").effect(Effect.BENEFITS).target(CANDIDATE).build(),
        Act.builder(ActType.PARTISAN_ACTIVITY, day).id("a4").target(CANDIDATE).build(),
        Act.builder(ActType.SUPPORT_LETTER, day).id("a5").target(CANDIDATE).build());
    return evaluator.assess(scenario).findings().stream().map(Finding::rule).toList();
  }

  private static Scenario scenario(Act... acts) {
    return new Scenario("jendela-pp-94", null, EXAMPLE,
        new Actor("asn-1", ActorType.PNS, null, null, null, null), List.of(acts), null);
  }

}
