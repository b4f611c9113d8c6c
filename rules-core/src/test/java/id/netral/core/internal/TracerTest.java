package id.netral.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.netral.core.model.ActType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The tracer's reading of DRL conditions, and what it refuses to reach by reflection. */
class TracerTest {
  /** A fact as the rules see one: properties, a boolean, a collection, a method with an argument. */
  public static final class Fact {
    public ActType getActType() {
      return ActType.VOTING;
    }

    public String getName() {
      return "abc";
    }

    public boolean isSettled() {
      return true;
    }

    public Boolean getActiveSupport() {
      return null;
    }

    public Set<ActType> getInvolved() {
      return Set.of(ActType.VOTING);
    }

    public boolean inForce(String id) {
      return id.equals("yes");
    }
  }

  private static final Map<String, String> IMPORTS = Map.of("ActType", "id.netral.core.model.ActType",
      "System", "java.lang.System");
  private final Tracer tracer = new Tracer(null);

  @Test
  void evaluate_conditionsTheRulesUse_giveTheirValue() {
    // given
    Fact f = new Fact();

    // then
    assertThat(tracer.evaluate("actType == ActType.VOTING", f, IMPORTS)).isEqualTo(true);
    assertThat(tracer.evaluate("actType in (ActType.CANDIDACY, ActType.VOTING)", f, IMPORTS)).isEqualTo(true);
    assertThat(tracer.evaluate("actType not in (ActType.CANDIDACY)", f, IMPORTS)).isEqualTo(true);
    assertThat(tracer.evaluate("settled && !inForce(\"no\") && inForce(\"yes\")", f, IMPORTS)).isEqualTo(true);
    assertThat(tracer.evaluate("activeSupport == true || activeSupport != null", f, IMPORTS)).isEqualTo(false);
    assertThat(tracer.evaluate("involved contains ActType.VOTING && !involved.isEmpty()", f, IMPORTS)).isEqualTo(true);
    assertThat(tracer.evaluate("name matches \"(?i)A.*\" && name.length() == 3", f, IMPORTS)).isEqualTo(true);
  }

  @Test
  void evaluate_reflectionOutsideTheModel_isRefused() {
    // given: conditions a rule folder could hold that would reach the class, its loader or the system
    Fact f = new Fact();

    // then
    assertThatThrownBy(() -> tracer.evaluate("getClass().getName() == \"x\"", f, IMPORTS))
        .hasMessageContaining("getClass");
    assertThatThrownBy(() -> tracer.evaluate("name.getClass() == null", f, IMPORTS))
        .hasMessageContaining("getClass");
    assertThatThrownBy(() -> tracer.evaluate("System.out == null", f, IMPORTS))
        .hasMessage("System is not an enum of the netral model");
  }

  @Test
  void patterns_ofAWhenPart_areSplitIntoTopLevelConditions() {
    // when
    List<Tracer.Pattern> patterns = Tracer.patterns("""
        $act : ActFact( actType == ActType.VOTING,
                        (stage == ElectionStage.CAMPAIGN
                         || interpretation("a, b") == "X") )
        not Characterisation( kind == CharacterKind.CAMPAIGN_PARTICIPATION, act == $act, settled )
        """);

    // then
    assertThat(patterns).hasSize(2);
    assertThat(patterns.get(0).binding()).isEqualTo("$act");
    assertThat(patterns.get(0).conditions()).containsExactly("actType == ActType.VOTING",
        "(stage == ElectionStage.CAMPAIGN || interpretation(\"a, b\") == \"X\")");
    assertThat(patterns.get(1).negated()).isTrue();
    assertThat(patterns.get(1).type()).isEqualTo("Characterisation");
    assertThat(patterns.get(1).conditions()).hasSize(3);
  }
}
