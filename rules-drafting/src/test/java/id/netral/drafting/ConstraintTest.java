package id.netral.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import id.netral.core.model.ActType;
import id.netral.core.model.ActorType;
import id.netral.core.model.CandidateStatus;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The grammar of an untrusted constraint: what the bundled rules write is accepted, the rest refused where it starts. */
class ConstraintTest {
  private static final Map<String, Class<?>> IMPORTED =
      Map.of("ActType", ActType.class, "ActorType", ActorType.class, "CandidateStatus", CandidateStatus.class);
  private static final Function<String, Class<?>> ENUMS = IMPORTED::get;
  private static final List<String> BOUND = List.of("$act");

  @ParameterizedTest
  @ValueSource(strings = {
    "actType == ActType.CAMPAIGN_ROLE",
    "actorType in (ActorType.PNS, ActorType.PPPK)",
    "actorType not in (ActorType.TNI)",
    "asn",
    "!asn",
    "targetKind == null",
    "usesStateFacilities == true",
    "usesPartyAttributes != true, usesCivilServantAttributes != true",
    "inForce(\"uu-7-2017/pasal-494\")",
    "!inForce(\"skb-2022/lampiran-2/disiplin/6\")",
    "interpretation(\"skb-2022/sasaran-partai\") == \"ALAT_PERAGA_PARTAI_JUGA\"",
    "(candidateStatus == CandidateStatus.CALON\n || interpretation(\"x\") == \"Y\")",
    "involved contains ActorType.TNI || involved not contains ActorType.POLRI",
    "involved.isEmpty()",
    "involved.size() > 1",
    "getAct().office() == null || !(getAct().office() matches \"(?i).*dprd.*\")",
    "getAct().office() not matches \"x\"",
    "getAct().office().length() >= 3",
    "getActor().position() != null",
    "index > -1 && index <= 2.5",
    "$act.actType == actType",
  })
  void constraintOfTheModel_checked_isAccepted(String constraint) {
    // the comma-separated form is how a pattern lists several; each is one constraint
    for (String c : constraint.split(", (?=use)")) {
      assertThat(Constraint.check(c, ENUMS, BOUND)).as(c).isEmpty();
    }
  }

  @ParameterizedTest
  @CsvSource(delimiterString = " | ", quoteCharacter = '`', textBlock = """
      System.exit(0)                                   | 0  | System.exit(...) (not an imported model enum
      java.lang.System.exit(0) == null                 | 0  | java.lang.System.exit(...) (not a property
      getClass().forName("x")                          | 0  | getClass(...).forName(...) (not a property
      getAct().getClass()                              | 9  | Act.getClass(...) (not a property
      getAct().hashCode() == 1                         | 9  | Act.hashCode(...)
      actorType.getDeclaringClass() == null            | 10 | ActorType.getDeclaringClass(...)
      actType.name() == "X"                            | 8  | ActType.name(...)
      involved.iterator() == null                      | 9  | Set.iterator(...) (on a Set a condition may call
      involved.stream() == null                        | 9  | Set.stream(...)
      getAct().office().getBytes() == null             | 18 | String.getBytes(...)
      ActType.CAMPAIGN_ROLE.ordinal() == 0             | 8  | ActType.CAMPAIGN_ROLE.ordinal(...) (an enum constant is used as it is)
      ActType.NO_SUCH_ACT                              | 8  | ActType.NO_SUCH_ACT (ActType has no constant NO_SUCH_ACT)
      Runtime.getRuntime() != null                     | 0  | Runtime.getRuntime(...) (not an imported model enum
      Thread.currentThread() != null                   | 0  | Thread.currentThread(...)
      inForce(actType)                                 | 8  | 'actType' as an argument (arguments are literals)
      inForce("a" + "b")                               | 12 | the character '+'
      this != $act                                     | 0  | 'this'
      Position == null                                 | 0  | Position (not an imported model enum, and properties
      ActType == null                                  | 0  | ActType (not an imported model enum, and properties
      GetAct().office() == null                        | 0  | GetAct(...).office(...) (not an imported model enum
      $other.actType == null                           | 0  | $other (not a binding of an earlier pattern
      "".getClass() != null                            | 0  | "".getClass(...) (a literal has no members
      new Object() != null                             | 0  | new Object(...) (an untrusted condition makes no objects)
      actType == ActType.CAMPAIGN_ROLE; System.exit(0) | 32 | the character ';'
      actType = null                                   | 8  | the character '='
      actType == /* c */ null                          | 11 | a comment inside a condition
      `interpretation("a\\"b") == "x"`                 | 17 | an escape or control character in a string
      `interpretation('x') == "y"`                     | 15 | the character '''
      actType #ActType                                 | 8  | the character '#'
      getAct()!.office() == null                       | 8  | '!' (after a complete condition)
      actorType memberOf $act.involved                 | 10 | 'memberOf' (after a complete condition)
      asn == true || == false                          | 15 | '==' where a value was expected
      getAct().office() matches actType                | 26 | 'actType' after 'matches' (a string literal was expected)
      0x10 == index                                    | 1  | the number '0x...'
      s\\u0079stem == null                             | 1  | the character '\\'
      """)
  void constraintOutsideTheGrammar_checked_isRefusedWhereItStarts(String constraint, int offset, String message) {
    // when
    List<Constraint.Problem> problems = Constraint.check(constraint, ENUMS, BOUND);

    // then
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.message()).startsWith(message);
      assertThat(p.offset()).isEqualTo(offset);
    });
  }

  @ParameterizedTest
  @ValueSource(ints = {63, 64, 10_000})
  void deeplyNestedConstraint_checked_isRefusedPast64LevelsWithoutOverflowing(int depth) {
    // given
    String constraint = "(".repeat(depth) + "asn" + ")".repeat(depth);

    // when
    List<Constraint.Problem> problems = Constraint.check(constraint, ENUMS, BOUND);

    // then
    if (depth < 64) {
      assertThat(problems).isEmpty();
    } else {
      assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("nested more than 64 levels"));
    }
  }
}
