package id.netral.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import id.netral.core.Assessment;
import id.netral.core.Finding;
import id.netral.core.Language;
import id.netral.core.LegalBasis;
import id.netral.core.OpenQuestion;
import id.netral.core.Verdict;
import id.netral.core.model.Act;
import id.netral.core.model.ActType;
import id.netral.core.model.Actor;
import id.netral.core.model.ActorType;
import id.netral.core.model.DateRange;
import id.netral.core.model.Election;
import id.netral.core.model.Office;
import id.netral.core.model.Scenario;
import id.netral.core.model.SocialMediaForm;
import id.netral.core.model.Target;
import id.netral.core.model.TargetKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Acts known only by a month or a range: assessed on the days where the law or the stage changes. */
class PeriodEvaluationTest {
  private static final Election PEMILU_2024 = Suites.ENGINE.catalog().elections().get("pemilu-2024");
  private static final Actor PNS = new Actor("asn-1", ActorType.PNS, null, null, null, null);

  private static Assessment like(Act.Builder act) {
    return Suites.ENGINE.assess(new Scenario("s", null, PEMILU_2024, PNS, List.of(act.build()), null));
  }

  private static Act.Builder likeIn(DateRange period, Office office) {
    return Act.builder(ActType.SOCIAL_MEDIA_ENGAGEMENT, period).form(SocialMediaForm.LIKE)
        .target(new Target(TargetKind.CANDIDATE, null, office, null, null));
  }

  @Test
  void assess_monthWithinOneStage_keepsTheFindingsOfItsDaysAndExplainsThePeriod() {
    // given
    DateRange october = new DateRange(LocalDate.of(2023, 10, 1), LocalDate.of(2023, 10, 31));
    Assessment day = like(Act.builder(ActType.SOCIAL_MEDIA_ENGAGEMENT, LocalDate.of(2023, 10, 17))
        .form(SocialMediaForm.LIKE).target(new Target(TargetKind.CANDIDATE, null, null, null)));

    // when
    Assessment month = like(likeIn(october, null));

    // then
    assertThat(month.findings()).map(Finding::rule).isEqualTo(day.findings().stream().map(Finding::rule).toList());
    assertThat(month.openQuestions()).isEmpty();
    assertThat(month.findings().get(0).explanation().in(Language.EN))
        .contains("a day between 1 October 2023 and 31 October 2023");
    assertThat(month.findings().get(0).explanation().in(Language.ID))
        .contains("suatu hari antara 1 Oktober 2023 dan 31 Oktober 2023");
  }

  @Test
  void assess_rangeAcrossTheDeterminationOfThePresidentialPairs_asksForTheDay() {
    // given: ethics before 13 Nov 2023 (bakal calon), discipline from it (calon)
    DateRange range = new DateRange(LocalDate.of(2023, 10, 1), LocalDate.of(2023, 12, 15));

    // when
    Assessment a = like(likeIn(range, Office.PRESIDENT));

    // then
    assertThat(a.verdict()).isEqualTo(Verdict.NEEDS_ASSESSMENT);
    assertThat(a.findings()).isEmpty();
    assertThat(a.openQuestions()).map(OpenQuestion::fact).containsExactly("date");
    assertThat(a.openQuestions().get(0).basis()).map(LegalBasis::id)
        .contains("skb-2022/lampiran-2/kode-etik/4", "skb-2022/lampiran-2/disiplin/6");
  }

  @Test
  void assess_rangeAfterTheDprListsForADprCandidate_concludesWithoutAQuestion() {
    // given: the DPR lists were determined on 3 Nov 2023; the range starts after
    DateRange range = new DateRange(LocalDate.of(2023, 11, 4), LocalDate.of(2023, 11, 12));

    // when
    Assessment a = like(likeIn(range, Office.DPR));

    // then
    assertThat(a.verdict()).isEqualTo(Verdict.VIOLATION);
    assertThat(a.openQuestions()).isEmpty();
    assertThat(a.findings()).map(Finding::rule).allMatch(r -> r.startsWith("skb-2022/lampiran-2/disiplin/6"));
  }
}
