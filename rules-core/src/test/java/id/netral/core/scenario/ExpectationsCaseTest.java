package id.netral.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import id.netral.core.Assessment;
import id.netral.core.Finding;
import id.netral.core.FindingType;
import id.netral.core.LegalBasis;
import id.netral.core.Custody;
import id.netral.core.LocalizedText;
import id.netral.core.SanctionKind;
import id.netral.core.OpenQuestion;
import id.netral.core.Receipt;
import id.netral.core.Sanction;
import id.netral.core.Verdict;
import id.netral.core.model.Actor;
import id.netral.core.model.ActorType;
import id.netral.core.model.CaseOutcome;
import id.netral.core.model.DecidedCase;
import id.netral.core.model.Scenario;
import id.netral.core.model.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpectationsCaseTest {
  private static final Sanction PASAL_490 = new Sanction(SanctionKind.CRIMINAL_PENALTY, Custody.KURUNGAN, null, 12, null, 12_000_000L,
      null, true, null, null, List.of(), null, null, null);
  private static final Finding FINDING = new Finding("a1", FindingType.CRIMINAL, "uu-7-2017/pasal-490 kades",
      List.of(new LegalBasis("uu-7-2017/pasal-282", "Pasal 282"), new LegalBasis("uu-7-2017/pasal-490", "Pasal 490")),
      PASAL_490, null, () -> new LocalizedText("", ""));

  private static Assessment assessment(List<Finding> findings, List<OpenQuestion> questions) {
    Verdict v = !findings.isEmpty() ? Verdict.VIOLATION : questions.isEmpty() ? Verdict.NO_VIOLATION
        : Verdict.NEEDS_ASSESSMENT;
    return new Assessment("s", v, findings, questions, new Receipt("t", "t", "t"));
  }

  private static Scenario scenario(CaseOutcome outcome, Sentence sentence, String knownGap, String... provisions) {
    return new Scenario("s", null, null, new Actor("k", ActorType.VILLAGE_HEAD, null, null, null, null), List.of(),
        null, new DecidedCase("https://example.org", null, null, outcome, List.of(provisions), sentence, knownGap));
  }

  @Test
  void test_convictionRaisedWithSentenceWithinSanction_passes() {
    // given
    Scenario s = scenario(CaseOutcome.CONVICTED, new Sentence(Custody.KURUNGAN, 3, 6_000_000L, true, 6), null,
        "uu-7-2017/pasal-490");

    // when
    Expectations.Result r = Expectations.test(s, assessment(List.of(FINDING), List.of()));

    // then
    assertThat(r.status()).isEqualTo(Expectations.Status.PASSED);
    assertThat(r.problems()).isEmpty();
  }

  @Test
  void test_convictionWithSentenceAboveMaximum_fails() {
    // given
    Scenario s = scenario(CaseOutcome.CONVICTED, new Sentence(Custody.KURUNGAN, 14, null, null, null), null,
        "uu-7-2017/pasal-490");

    // when
    Expectations.Result r = Expectations.test(s, assessment(List.of(FINDING), List.of()));

    // then
    assertThat(r.status()).isEqualTo(Expectations.Status.FAILED);
    assertThat(r.problems()).singleElement().asString().contains("lies outside the sanction");
  }

  @Test
  void test_convictionWithOtherCustodyKind_fails() {
    // given
    Scenario s = scenario(CaseOutcome.CONVICTED, new Sentence(Custody.PENJARA, 3, null, null, null), null,
        "uu-7-2017/pasal-490");

    // when / then
    assertThat(Expectations.test(s, assessment(List.of(FINDING), List.of())).status())
        .isEqualTo(Expectations.Status.FAILED);
  }

  @Test
  void test_provisionRaisedOnlyByOpenQuestion_passes() {
    // given
    Scenario s = scenario(CaseOutcome.CONVICTED, new Sentence(Custody.KURUNGAN, 3, null, null, null), null,
        "uu-7-2017/pasal-490");
    OpenQuestion q = new OpenQuestion("a1", "effect", null, List.of(new LegalBasis("uu-7-2017/pasal-490", "Pasal 490")));

    // when / then
    assertThat(Expectations.test(s, assessment(List.of(), List.of(q))).status()).isEqualTo(Expectations.Status.PASSED);
  }

  @Test
  void test_convictionNotRaised_failsNamingTheProvision() {
    // given
    Scenario s = scenario(CaseOutcome.CONVICTED, null, null, "uu-1-2015/pasal-188");

    // when
    Expectations.Result r = Expectations.test(s, assessment(List.of(FINDING), List.of()));

    // then
    assertThat(r.status()).isEqualTo(Expectations.Status.FAILED);
    assertThat(r.problems()).singleElement().asString().contains("uu-1-2015/pasal-188");
  }

  @Test
  void test_notProsecutedButFindingCitesIt_fails() {
    // given: the case cites the article, the finding a unit under it
    Scenario s = scenario(CaseOutcome.NOT_PROSECUTED, null, null, "uu-7-2017");

    // when / then
    assertThat(Expectations.test(s, assessment(List.of(FINDING), List.of())).status())
        .isEqualTo(Expectations.Status.FAILED);
  }

  @Test
  void test_acquittedAndOnlyAQuestion_passes() {
    // given
    Scenario s = scenario(CaseOutcome.ACQUITTED, null, null, "uu-7-2017/pasal-490");
    OpenQuestion q = new OpenQuestion("a1", "effect", null, List.of(new LegalBasis("uu-7-2017/pasal-490", "Pasal 490")));

    // when / then
    assertThat(Expectations.test(s, assessment(List.of(), List.of(q))).status()).isEqualTo(Expectations.Status.PASSED);
  }

  @Test
  void test_knownGapThatFails_isAKnownGap() {
    // given
    Scenario s = scenario(CaseOutcome.CONVICTED, null, "the rules do not read effect yet", "uu-7-2017/pasal-490");

    // when / then
    assertThat(Expectations.test(s, assessment(List.of(), List.of())).status())
        .isEqualTo(Expectations.Status.KNOWN_GAP);
  }

  @Test
  void test_knownGapThatPasses_failsAskingToRemoveTheMark() {
    // given
    Scenario s = scenario(CaseOutcome.CONVICTED, null, "the rules do not read effect yet", "uu-7-2017/pasal-490");

    // when
    Expectations.Result r = Expectations.test(s, assessment(List.of(FINDING), List.of()));

    // then
    assertThat(r.status()).isEqualTo(Expectations.Status.FAILED);
    assertThat(r.problems()).singleElement().asString().startsWith("marked as a known gap but now passes: remove the mark");
  }

  @Test
  void test_neitherExpectNorCase_isSkipped() {
    // given
    Scenario s = new Scenario("s", null, null, new Actor("k", ActorType.PNS, null, null, null, null), List.of(), null);

    // when / then
    assertThat(Expectations.test(s, assessment(List.of(), List.of())).status())
        .isEqualTo(Expectations.Status.SKIPPED);
  }
}
