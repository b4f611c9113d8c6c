package id.netral.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.netral.core.Custody;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The builders and factories of the facts give the same records as the canonical constructors. */
class ModelBuildersTest {
  private static final LocalDate DAY = LocalDate.of(2024, 1, 4);

  @Test
  void actorBuilder_everyComponentSet_equalsCanonicalConstructor() {
    // given
    Actor.Builder builder = Actor.builder("bupati-1", ActorType.REGIONAL_OFFICIAL)
        .position(Position.STRUCTURAL).name("Bupati X").resignedOn(DAY).retiredOn(DAY.plusDays(1))
        .holds(HeldOffice.REGENT).runsFor(Office.GOVERNOR);

    // when
    Actor actor = builder.build();

    // then
    assertThat(actor).isEqualTo(new Actor("bupati-1", ActorType.REGIONAL_OFFICIAL, Position.STRUCTURAL, "Bupati X",
        DAY, DAY.plusDays(1), HeldOffice.REGENT, Office.GOVERNOR));
  }

  @Test
  void actorOf_idAndType_leavesEverythingElseNotEstablished() {
    // when
    Actor actor = Actor.of("kades-01", ActorType.VILLAGE_HEAD);

    // then
    assertThat(actor).isEqualTo(new Actor("kades-01", ActorType.VILLAGE_HEAD, null, null, null, null, null, null));
    assertThat(Actor.builder("kades-01", ActorType.VILLAGE_HEAD).build()).isEqualTo(actor);
  }

  @Test
  void actorBuilder_withoutType_namesTheMissingComponent() {
    assertThatThrownBy(() -> Actor.builder("a", null)).isInstanceOf(NullPointerException.class).hasMessage("type");
  }

  @Test
  void targetFactories_kindAndName_leaveTheRestNotEstablished() {
    // when / then
    assertThat(Target.candidate("Calon X")).isEqualTo(new Target(TargetKind.CANDIDATE, "Calon X", null, null, null));
    assertThat(Target.party("Partai Y")).isEqualTo(new Target(TargetKind.PARTY, "Partai Y", null, null, null));
    assertThat(Target.nobody()).isEqualTo(new Target(TargetKind.NONE, null, null, null, null));
  }

  @Test
  void targetBuilder_everyComponentSet_equalsCanonicalConstructor() {
    // when
    Target target = Target.builder(TargetKind.CANDIDATE).name("Calon X").office(Office.DPRD_REGENCY)
        .independent(false).spouse(true).build();

    // then
    assertThat(target).isEqualTo(new Target(TargetKind.CANDIDATE, "Calon X", Office.DPRD_REGENCY, false, true));
  }

  @Test
  void scenarioBuilder_actsAddedOneByOneAndAsList_keepsTheirOrder() {
    // given
    Act a1 = Act.builder(ActType.ONLINE_CAMPAIGN, DAY).id("a1").build();
    Act a2 = Act.builder(ActType.VOTING, DAY.plusDays(41)).id("a2").build();
    Act a3 = Act.builder(ActType.SUPPORT_LETTER, DAY.plusDays(2)).id("a3").build();
    Actor actor = Actor.of("kades-01", ActorType.VILLAGE_HEAD);
    Election election = Election.builder(ElectionKind.PEMILU).id("pemilu-2024")
        .candidatesDetermined(LocalDate.of(2023, 11, 13))
        .campaign(LocalDate.of(2023, 11, 28), LocalDate.of(2024, 2, 10)).votingDay(LocalDate.of(2024, 2, 14))
        .build();

    // when
    Scenario scenario = Scenario.builder("s1", actor).title("Kepala desa").election(election)
        .act(a1).acts(List.of(a2, a3)).build();

    // then
    assertThat(scenario).isEqualTo(new Scenario("s1", "Kepala desa", election, actor, List.of(a1, a2, a3), null, null));
  }

  @Test
  void scenarioBuilder_nothingButIdAndActor_hasNoElectionAndNoActs() {
    // when
    Scenario scenario = Scenario.builder("s1", Actor.of("p", ActorType.PNS)).build();

    // then
    assertThat(scenario.election()).isNull();
    assertThat(scenario.acts()).isEmpty();
    assertThat(scenario.expect()).isNull();
  }

  @Test
  void electionBuilder_withoutQuietPeriod_derivesItAsTheConstructorDoes() {
    // when
    Election built = Election.builder(ElectionKind.PILKADA).candidatesDetermined(LocalDate.of(2024, 9, 22))
        .campaign(LocalDate.of(2024, 9, 25), LocalDate.of(2024, 11, 23)).votingDay(LocalDate.of(2024, 11, 27))
        .build();

    // then
    assertThat(built).isEqualTo(new Election(null, ElectionKind.PILKADA, LocalDate.of(2024, 9, 22),
        new DateRange(LocalDate.of(2024, 9, 25), LocalDate.of(2024, 11, 23)), null, LocalDate.of(2024, 11, 27)));
    assertThat(built.quietPeriod()).isEqualTo(new DateRange(LocalDate.of(2024, 11, 24), LocalDate.of(2024, 11, 26)));
  }

  @Test
  void electionBuilder_candidatesDeterminedByOffice_takesTheLastDayForTheElection() {
    // when
    Election built = Election.builder(ElectionKind.PEMILU)
        .candidatesDetermined(Office.PRESIDENT, LocalDate.of(2023, 11, 13))
        .candidatesDetermined(Office.DPR, LocalDate.of(2023, 11, 3))
        .campaign(LocalDate.of(2023, 11, 28), LocalDate.of(2024, 2, 10))
        .quietPeriod(LocalDate.of(2024, 2, 11), LocalDate.of(2024, 2, 13))
        .votingDay(LocalDate.of(2024, 2, 14)).build();

    // then
    assertThat(built.candidatesDetermined()).isEqualTo(LocalDate.of(2023, 11, 13));
    assertThat(built.candidatesDeterminedByOffice()).isEqualTo(
        Map.of(Office.PRESIDENT, LocalDate.of(2023, 11, 13), Office.DPR, LocalDate.of(2023, 11, 3)));
  }

  @Test
  void electionBuilder_withoutVotingDay_namesTheMissingComponent() {
    // given
    Election.Builder builder = Election.builder(ElectionKind.PILKADA).candidatesDetermined(DAY)
        .campaign(DAY, DAY.plusDays(10));

    // when / then
    assertThatThrownBy(builder::build).isInstanceOf(NullPointerException.class).hasMessage("votingDay");
  }

  @Test
  void decidedCaseBuilder_everyComponentSet_equalsCanonicalConstructor() {
    // when
    DecidedCase built = DecidedCase.builder("https://example.org/putusan/1", CaseOutcome.CONVICTED)
        .decidedBy("PN Contoh").decided(DAY).provisions(List.of("uu-7-2017/pasal-490"))
        .sentence(Sentence.builder().custody(Custody.KURUNGAN).custodyMonths(3).fine(6_000_000L).suspended(true)
            .probationMonths(6).build())
        .knownGap("not yet").build();

    // then
    assertThat(built).isEqualTo(new DecidedCase("https://example.org/putusan/1", "PN Contoh", DAY,
        CaseOutcome.CONVICTED, List.of("uu-7-2017/pasal-490"), new Sentence(Custody.KURUNGAN, 3, 6_000_000L, true, 6),
        "not yet"));
  }

  @Test
  void expectationBuilder_findingWithActAndSanctionKeys_equalsCanonicalConstructor() {
    // when
    Expectation built = Expectation.builder().verdict("VIOLATION")
        .finding(Expectation.ExpectedFinding.of("CRIMINAL", "uu-7-2017/pasal-490").onAct("a2")
            .withSanction("custody", "KURUNGAN").withSanction("maxCustodyMonths", 12L))
        .includes(true).openQuestions(List.of("effect")).build();

    // then
    assertThat(built).isEqualTo(new Expectation("VIOLATION", List.of(new Expectation.ExpectedFinding("CRIMINAL",
        "uu-7-2017/pasal-490", "a2", Map.of("custody", "KURUNGAN", "maxCustodyMonths", 12L))), true, List.of("effect")));
    assertThat(Expectation.builder().build()).isEqualTo(new Expectation(null, List.of(), false, null));
  }
}
