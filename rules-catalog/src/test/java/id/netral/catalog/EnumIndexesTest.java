package id.netral.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import id.netral.core.internal.Evaluator;
import id.netral.core.internal.RuleSetRuntime;
import id.netral.core.model.Scenario;
import id.netral.core.rules.ActFact;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.CompositeObjectSinkAdapter;
import org.drools.core.reteoo.ObjectTypeNode;
import org.drools.core.reteoo.ObjectSinkPropagator;
import org.junit.jupiter.api.Test;

/**
 * The bundled rules' enum tests are hashed in the network (EnumIndexes), and the hashing changes
 * how a fact finds its nodes, never what an assessment says.
 */
class EnumIndexesTest {
  private static final ClassLoader LOADER = EnumIndexesTest.class.getClassLoader();

  private static ObjectSinkPropagator actFactSinks(RuleSetRuntime runtime) {
    for (ObjectTypeNode otn : ((InternalRuleBase) runtime.kieBase()).getRete().getObjectTypeNodes()) {
      if (otn.getObjectType().getClassName().equals(ActFact.class.getName())) {
        return otn.getObjectSinkPropagator();
      }
    }
    throw new AssertionError("no type node for ActFact");
  }

  @Test
  void bundledRules_loaded_hashTheActTypeTestsBelowTheActFactNode() {
    // given
    RuleSetRuntime hashed = RuleSetRuntime.bundled(LOADER);
    RuleSetRuntime plain = RuleSetRuntime.bundled(LOADER, false);

    // when
    CompositeObjectSinkAdapter withIndexes = (CompositeObjectSinkAdapter) actFactSinks(hashed);
    CompositeObjectSinkAdapter without = (CompositeObjectSinkAdapter) actFactSinks(plain);

    // then: the same nodes, but the enum tests are found by one lookup, not tested one by one
    assertThat(withIndexes.size()).isEqualTo(without.size());
    assertThat(without.getHashedSinkMap()).isNullOrEmpty();
    assertThat(withIndexes.getHashedSinkMap()).hasSizeGreaterThanOrEqualTo(10);
    assertThat(withIndexes.getOthers()).hasSizeLessThan(without.getOthers().size() - 10);
  }

  @Test
  void generatedScenarios_assessedWithAndWithoutTheIndexes_giveTheSameAssessments() {
    // given
    Evaluator hashed = new Evaluator(RuleSetRuntime.bundled(LOADER));
    Evaluator plain = new Evaluator(RuleSetRuntime.bundled(LOADER, false));
    ScenarioGen gen = new ScenarioGen(hashed.runtime().catalog().elections());
    Random random = new Random(20261202L);
    List<Scenario> scenarios = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      scenarios.add(gen.scenario("s" + i, ScenarioGen.Choices.of(random)));
    }
    scenarios.addAll(Suites.all());

    // when / then
    int withFindings = 0;
    for (Scenario s : scenarios) {
      var a = hashed.assess(s);
      var b = plain.assess(s);
      assertThat(a.findings()).as(s.id()).isEqualTo(b.findings());
      assertThat(a.openQuestions()).as(s.id()).isEqualTo(b.openQuestions());
      assertThat(a.verdict()).as(s.id()).isEqualTo(b.verdict());
      withFindings += a.findings().isEmpty() ? 0 : 1;
    }
    // the comparison means something only if many scenarios have findings (a fifth, measured)
    assertThat(withFindings).isGreaterThan(scenarios.size() / 8);
  }
}
