package id.netral.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which constraint texts EnumIndexes reads as a test of one property against one constant. */
class EnumIndexesTest {

  @Test
  void equalsConstant_propertyEqualsEnumConstant_givesTheThreeNames() {
    // given
    String text = "actType == ActType.VOTING";

    // when
    String[] names = EnumIndexes.equalsConstant(text);

    // then
    assertThat(names).containsExactly("actType", "ActType", "VOTING");
  }

  @Test
  void equalsConstant_spacesAroundAndNoneBetween_areRead() {
    assertThat(EnumIndexes.equalsConstant("  stage==ElectionStage.CAMPAIGN ")).containsExactly("stage", "ElectionStage",
        "CAMPAIGN");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "actType != ActType.VOTING",
      "actorType in (ActorType.TNI, ActorType.POLRI)",
      "actType == ActType.VOTING || actorType == ActorType.TNI",
      "(actType == ActType.VOTING)",
      "settled == false",
      "interpretation(\"x\") == \"Y\"",
      "actType == id.netral.core.model.ActType.VOTING",
      "actType == ActType.VOTING.next",
      "== ActType.VOTING",
      "actType ==",
      ""})
  void equalsConstant_anyOtherForm_isNotRead(String text) {
    assertThat(EnumIndexes.equalsConstant(text)).isNull();
  }

  @Test
  void equalsConstant_noText_isNotRead() {
    assertThat(EnumIndexes.equalsConstant(null)).isNull();
  }
}
