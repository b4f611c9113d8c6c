package id.netral.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import id.netral.core.Assessment;
import id.netral.core.model.Scenario;
import id.netral.core.scenario.Expectations;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

class ScenarioSuitesTest {

  @ParameterizedTest(name = "{0}")
  @ArgumentsSource(Suites.class)
  void scenario_assessed_meetsItsExpectations(String id, Scenario scenario) {
    // given: a legal suite scenario states its verdict; a decided case may state only the case
    if (scenario.decidedCase() == null) {
      assertThat(scenario.expect()).as("every suite scenario states what it expects").isNotNull();
      assertThat(scenario.expect().verdict()).as("every suite scenario states its verdict").isNotNull();
    }

    // when
    Assessment assessment = Suites.ENGINE.assess(scenario);
    Expectations.Result result = Expectations.test(scenario, assessment);

    // then: a known gap is reported as skipped, a stale mark fails
    Assumptions.assumeFalse(result.status() == Expectations.Status.KNOWN_GAP,
        () -> "known gap: " + scenario.decidedCase().knownGap() + " " + result.problems());
    assertThat(result.problems()).as(id).isEmpty();
  }
}
