package id.netral.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.netral.core.LocalizedText;
import id.netral.core.model.DateRange;
import id.netral.core.model.Election;
import id.netral.core.model.ElectionKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Looking up a catalog's elections and interpretations by id. */
class CatalogLookupTest {
  private static final Election PEMILU_2024 = Election.builder(ElectionKind.PEMILU).id("pemilu-2024")
      .candidatesDetermined(LocalDate.of(2023, 11, 13))
      .campaign(LocalDate.of(2023, 11, 28), LocalDate.of(2024, 2, 10)).votingDay(LocalDate.of(2024, 2, 14)).build();
  private static final Election PILKADA_2024 = Election.builder(ElectionKind.PILKADA).id("pilkada-2024")
      .candidatesDetermined(LocalDate.of(2024, 9, 22))
      .campaign(LocalDate.of(2024, 9, 25), LocalDate.of(2024, 11, 23)).votingDay(LocalDate.of(2024, 11, 27)).build();
  private static final Interpretation CHOICE = new Interpretation("karakter/contoh",
      new LocalizedText("Apakah ...?", "Is ...?"), "YA",
      Map.of("YA", new LocalizedText("ya", "yes"), "TIDAK", new LocalizedText("tidak", "no")), "", List.of(), List.of());
  private static final Catalog CATALOG = new Catalog("test", "sha256:00", List.of(), List.of(),
      Map.of("pilkada-2024", PILKADA_2024, "pemilu-2024", PEMILU_2024), Map.of(), List.of(CHOICE), List.of());

  @Test
  void election_builtInId_isThatElection() {
    assertThat(CATALOG.election("pemilu-2024")).isSameAs(PEMILU_2024);
  }

  @Test
  void election_unknownId_isRefusedNamingTheBuiltInElections() {
    assertThatThrownBy(() -> CATALOG.election("pemilu-2029"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no election 'pemilu-2029' in the catalog; the built-in elections are pemilu-2024, pilkada-2024");
  }

  @Test
  void choice_unknownInterpretation_isRefusedNamingTheInterpretations() {
    assertThatThrownBy(() -> CATALOG.choice("karakter/lain"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no interpretation 'karakter/lain' in the catalog; its interpretations are karakter/contoh");
  }

  @Test
  void localizedText_accessors_nameTheLanguages() {
    // given
    LocalizedText text = new LocalizedText("pernyataan secara terbuka", "open statement");

    // when / then
    assertThat(text.indonesian()).isEqualTo("pernyataan secara terbuka");
    assertThat(text.english()).isEqualTo("open statement");
    assertThat(text.in(id.netral.core.Language.ID)).isEqualTo(text.indonesian());
  }
}
