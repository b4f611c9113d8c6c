package id.netral.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import id.netral.catalog.ScenarioGen.Choices;
import id.netral.core.Assessment;
import id.netral.core.NeutralityEngine;
import id.netral.core.model.Scenario;

/**
 * Coverage-guided fuzzing of the engine with the bundled rules, on valid scenarios built from the
 * fuzzer's bytes: it never throws, and every provision it cites is in the catalog. Without
 * {@code JAZZER_FUZZ} it replays the inputs under {@code EngineFuzzTestInputs/}; the build fuzzes the
 * first method for a few seconds (the {@code fuzz-engine} execution in this module's pom); the
 * second is for longer runs (see the README).
 */
class EngineFuzzTest {
  private static final NeutralityEngine ENGINE = Suites.ENGINE;
  private static final ScenarioGen GEN = new ScenarioGen(ENGINE.catalog().elections());

  @FuzzTest(maxDuration = "5s")
  void assess_fuzzedScenario_neverThrowsAndCitesTheCatalog(FuzzedDataProvider data) {
    check(data);
  }

  @FuzzTest(maxDuration = "30m")
  void assess_fuzzedScenarioLongRun_neverThrowsAndCitesTheCatalog(FuzzedDataProvider data) {
    check(data);
  }

  private static void check(FuzzedDataProvider data) {
    // given
    Choices choices = n -> data.consumeInt(0, n - 1);
    Scenario s = GEN.scenario("fuzz", choices);

    // when
    Assessment a = ENGINE.assess(s);

    // then
    for (String id : EnginePropertiesTest.citedIds(a)) {
      assertThat(ENGINE.catalog().provision(id)).as("provision %s cited for %s", id, s).isPresent();
    }
  }
}
