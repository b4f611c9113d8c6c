package id.netral.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.netral.core.model.Act;
import id.netral.core.model.ActType;
import id.netral.core.model.Actor;
import id.netral.core.model.ActorType;
import id.netral.core.model.CampaignRole;
import id.netral.core.model.Effect;
import id.netral.core.model.Election;
import id.netral.core.model.ElectionKind;
import id.netral.core.model.HeldOffice;
import id.netral.core.model.Office;
import id.netral.core.model.PartyRole;
import id.netral.core.model.Position;
import id.netral.core.model.SocialMediaForm;
import id.netral.core.model.Target;
import id.netral.core.model.TargetKind;
import id.netral.core.rules.ActFact;
import id.netral.core.rules.CharacterKind;
import id.netral.core.rules.Characterisation;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which constraint texts EnumIndexes reads as a test of one property against one constant. */
class EnumIndexesTest {
  private static final Election PEMILU_2024 = Election.builder(ElectionKind.PEMILU).id("pemilu-2024")
      .candidatesDetermined(LocalDate.of(2023, 11, 13))
      .campaign(LocalDate.of(2023, 11, 28), LocalDate.of(2024, 2, 10)).votingDay(LocalDate.of(2024, 2, 14)).build();

  /** Facts in which every listed property has a value, properties of one type told apart. */
  private static List<Object> facts() {
    Actor regent = Actor.builder("a", ActorType.REGIONAL_OFFICIAL).position(Position.STRUCTURAL)
        .holds(HeldOffice.REGENT).runsFor(Office.GOVERNOR).build();
    Actor resigned = Actor.builder("b", ActorType.PNS).position(Position.FUNCTIONAL)
        .resignedOn(LocalDate.of(2023, 1, 1)).holds(HeldOffice.GOVERNOR).runsFor(Office.DPR).build();
    Act campaign = Act.builder(ActType.CAMPAIGN_ROLE, LocalDate.of(2024, 1, 10))
        .target(new Target(TargetKind.CANDIDATE, "X", Office.PRESIDENT, null, null))
        .campaignRole(CampaignRole.TEAM_MEMBER).partyRole(PartyRole.MEMBER).form(SocialMediaForm.SHARE)
        .effect(Effect.BENEFITS).build();
    Act party = Act.builder(ActType.PARTY_MEMBERSHIP, LocalDate.of(2023, 6, 1))
        .target(new Target(TargetKind.PARTY, "P", Office.DPD, null, null))
        .campaignRole(CampaignRole.EXECUTOR).partyRole(PartyRole.values()[PartyRole.values().length - 1])
        .form(SocialMediaForm.values()[SocialMediaForm.values().length - 1]).effect(Effect.HARMS).build();
    ActFact a = new ActFact(regent, campaign, PEMILU_2024, 0, null);
    ActFact b = new ActFact(resigned, party, PEMILU_2024, 1, null);
    return List.of(a, b, new Characterisation(CharacterKind.values()[0], a, true),
        new Characterisation(CharacterKind.values()[CharacterKind.values().length - 1], b, false));
  }

  @Test
  void property_readOnFacts_givesWhatItsGetterGives() throws Exception {
    // given
    List<Object> facts = facts();
    Set<EnumIndexes.Property> checked = new HashSet<>();

    for (EnumIndexes.Property p : EnumIndexes.Property.values()) {
      String suffix = Character.toUpperCase(p.property.charAt(0)) + p.property.substring(1);
      Method getter = p.owner.getMethod("get" + suffix);
      assertThat(getter.getReturnType()).as(p.property).isEqualTo(p.type);
      for (Object fact : facts) {
        if (!p.owner.isInstance(fact)) {
          continue;
        }
        // when
        String read = p.apply(fact);

        // then
        Object value = getter.invoke(fact);
        assertThat(read).as(p + " on " + fact).isEqualTo(value == null ? null : ((Enum<?>) value).name());
        if (value != null) {
          checked.add(p);
        }
      }
    }
    // every property was read with a value at least once, so a getter mixed up would show
    assertThat(checked).containsExactlyInAnyOrder(EnumIndexes.Property.values());
  }

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
