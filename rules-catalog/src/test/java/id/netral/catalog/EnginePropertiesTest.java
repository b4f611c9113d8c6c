package id.netral.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import id.netral.catalog.ScenarioGen.Choices;
import id.netral.core.Assessment;
import id.netral.core.Finding;
import id.netral.core.LegalBasis;
import id.netral.core.NeutralityEngine;
import id.netral.core.OpenQuestion;
import id.netral.core.Verdict;
import id.netral.core.model.Act;
import id.netral.core.model.Scenario;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of the bundled rules over generated scenarios (every actor type, act type and field,
 * dates from 2019 to 2025, the four built-in elections). A scenario is drawn from a list of
 * choices, so that jqwik shrinks a failing scenario to a small one.
 */
class EnginePropertiesTest {
  private static final NeutralityEngine ENGINE = Suites.ENGINE;
  private static final ScenarioGen GEN = new ScenarioGen(ENGINE.catalog().elections());
  private static final int TRIES = 1000;

  @Provide
  Arbitrary<List<Integer>> choices() {
    return Arbitraries.integers().between(0, Integer.MAX_VALUE).list().ofMaxSize(80);
  }

  @Property(tries = TRIES)
  void assess_anyScenario_citesOnlyProvisionsInTheCatalog(@ForAll("choices") List<Integer> choices) {
    // given
    Scenario s = GEN.scenario("p", Choices.of(choices));

    // when
    Assessment a = ENGINE.assess(s);

    // then
    assertThat(citedIds(a)).allSatisfy(id ->
        assertThat(ENGINE.catalog().provision(id)).as("provision %s cited for %s", id, s).isPresent());
    Set<String> actIds = s.acts().stream().map(Act::id).collect(Collectors.toSet());
    assertThat(a.findings()).allSatisfy(f -> assertThat(actIds).contains(f.act()));
    assertThat(a.verdict()).isEqualTo(!a.findings().isEmpty() ? Verdict.VIOLATION
        : !a.openQuestions().isEmpty() ? Verdict.NEEDS_ASSESSMENT : Verdict.NO_VIOLATION);
  }

  @Property(tries = TRIES)
  void assess_sameScenarioTwice_givesTheSameAssessment(@ForAll("choices") List<Integer> choices) {
    // given
    Scenario s = GEN.scenario("p", Choices.of(choices));

    // when
    Assessment first = ENGINE.assess(s);
    Assessment second = ENGINE.assess(s);

    // then
    assertThat(second).isEqualTo(first);
  }

  @Property(tries = TRIES)
  void assess_actsInAnotherOrder_givesTheSameFindingsPerAct(@ForAll("choices") List<Integer> choices) {
    // given
    Scenario s = GEN.scenario("p", Choices.of(choices));
    List<Act> shuffled = new ArrayList<>(s.acts());
    Collections.shuffle(shuffled, new Random(choices.hashCode()));
    Scenario reordered = new Scenario(s.id(), s.title(), s.election(), s.actor(), shuffled, s.expect());

    // when
    Assessment a = ENGINE.assess(s);
    Assessment b = ENGINE.assess(reordered);

    // then
    assertThat(b.verdict()).isEqualTo(a.verdict());
    assertThat(findingsByAct(b)).isEqualTo(findingsByAct(a));
    assertThat(new HashSet<>(b.openQuestions())).isEqualTo(new HashSet<>(a.openQuestions()));
  }

  @Property(tries = 200)
  void assess_scenarioWithoutActs_isNoViolation(@ForAll("choices") List<Integer> choices) {
    // given
    Scenario s = GEN.scenario("p", Choices.of(choices), 0);

    // when
    Assessment a = ENGINE.assess(s);

    // then
    assertThat(a.verdict()).isEqualTo(Verdict.NO_VIOLATION);
    assertThat(a.findings()).isEmpty();
    assertThat(a.openQuestions()).isEmpty();
  }

  /** Every provision id an assessment names: the findings' basis and sanction basis, the questions' basis. */
  static Set<String> citedIds(Assessment a) {
    Stream<LegalBasis> findings = a.findings().stream().flatMap(f -> Stream.concat(f.basis().stream(),
        f.sanction() == null || f.sanction().basis() == null ? Stream.empty() : Stream.of(f.sanction().basis())));
    Stream<LegalBasis> questions = a.openQuestions().stream().map(OpenQuestion::basis).flatMap(List::stream);
    return Stream.concat(findings, questions).map(LegalBasis::id).collect(Collectors.toSet());
  }

  private static Map<String, Set<Finding>> findingsByAct(Assessment a) {
    return a.findings().stream().collect(Collectors.groupingBy(Finding::act, TreeMap::new, Collectors.toSet()));
  }
}
