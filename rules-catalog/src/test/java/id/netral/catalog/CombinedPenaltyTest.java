package id.netral.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import id.netral.core.Assessment;
import id.netral.core.CombinedPenalty;
import id.netral.core.DisciplineLevel;
import id.netral.core.Finding;
import id.netral.core.FindingType;
import id.netral.core.model.Scenario;
import org.junit.jupiter.api.Test;

/** One act, several discipline findings: one penalty, the heaviest (PP 53/2010 Pasal 30, PP 94/2021 Pasal 35). */
class CombinedPenaltyTest {

  private static Scenario scenario(String id) {
    return Suites.all().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void campaignWithUniformAndOfficialCar2019_twoDisciplineFindings_combinedIntoTheHeaviestUnderPp53() {
    // given
    Scenario scenario = scenario("pns-kampanye-seragam-dan-mobil-dinas-pemilu-2019");

    // when
    Assessment a = Suites.ENGINE.assess(scenario);

    // then
    assertThat(a.findings()).filteredOn(f -> f.type() == FindingType.DISCIPLINE).hasSizeGreaterThan(1);
    assertThat(a.combinedPenalties()).singleElement().satisfies(c -> {
      assertThat(c.type()).isEqualTo(FindingType.DISCIPLINE);
      assertThat(c.level()).isEqualTo(DisciplineLevel.BERAT);
      assertThat(c.basis().id()).isEqualTo("pp-53-2010/pasal-30/ayat-1");
      assertThat(c.rules()).containsExactlyElementsOf(a.findings().stream()
          .filter(f -> f.type() == FindingType.DISCIPLINE).map(Finding::rule).toList());
      assertThat(c.explanation().indonesian()).contains("Pasal 30 ayat (1) PP 53/2010").contains("berat");
    });
  }

  @Test
  void campaignWithAttributes2023_severalDisciplineFindings_combinedUnderPp94() {
    // given
    Scenario scenario = scenario("pns-hadir-kampanye-dengan-atribut-pemilu-2024");

    // when
    Assessment a = Suites.ENGINE.assess(scenario);

    // then
    assertThat(a.combinedPenalties()).extracting(CombinedPenalty::basis)
        .extracting(b -> b.id()).containsExactly("pp-94-2021/pasal-35/ayat-1");
  }

  @Test
  void oneDisciplineFinding_assessed_hasNoCombinedPenalty() {
    // given
    Scenario scenario = scenario("pns-seragam-korpri-kampanye-pemilu-2019");

    // when
    Assessment a = Suites.ENGINE.assess(scenario);

    // then
    assertThat(a.findings()).filteredOn(f -> f.type() == FindingType.DISCIPLINE).hasSize(1);
    assertThat(a.combinedPenalties()).isEmpty();
  }
}
