package id.netral.core.scenario;

import id.netral.core.model.DateRange;
import id.netral.core.model.Election;
import id.netral.core.model.ElectionKind;
import java.time.LocalDate;
import java.util.Map;

/** The built-in elections, as the catalog defines them, for reading scenario files in tests. */
final class TestElections {
  static final Election PEMILU_2024 = new Election("pemilu-2024", ElectionKind.PEMILU, LocalDate.of(2023, 11, 13),
      new DateRange(LocalDate.of(2023, 11, 28), LocalDate.of(2024, 2, 10)), null, LocalDate.of(2024, 2, 14));

  static final Map<String, Election> BUILT_IN = Map.of(
      "pemilu-2014-presiden", new Election("pemilu-2014-presiden", ElectionKind.PEMILU, LocalDate.of(2014, 5, 31),
          new DateRange(LocalDate.of(2014, 6, 4), LocalDate.of(2014, 7, 5)), null, LocalDate.of(2014, 7, 9)),
      "pilkada-2015", new Election("pilkada-2015", ElectionKind.PILKADA, LocalDate.of(2015, 8, 24),
          new DateRange(LocalDate.of(2015, 8, 27), LocalDate.of(2015, 12, 5)), null, LocalDate.of(2015, 12, 9)),
      "pilkada-2017", new Election("pilkada-2017", ElectionKind.PILKADA, LocalDate.of(2016, 10, 24),
          new DateRange(LocalDate.of(2016, 10, 28), LocalDate.of(2017, 2, 11)), null, LocalDate.of(2017, 2, 15)),
      "pilkada-2018", new Election("pilkada-2018", ElectionKind.PILKADA, LocalDate.of(2018, 2, 12),
          new DateRange(LocalDate.of(2018, 2, 15), LocalDate.of(2018, 6, 23)), null, LocalDate.of(2018, 6, 27)),
      "pemilu-2019", new Election("pemilu-2019", ElectionKind.PEMILU, LocalDate.of(2018, 9, 20),
          new DateRange(LocalDate.of(2018, 9, 23), LocalDate.of(2019, 4, 13)), null, LocalDate.of(2019, 4, 17)),
      "pilkada-2020", new Election("pilkada-2020", ElectionKind.PILKADA, LocalDate.of(2020, 9, 23),
          new DateRange(LocalDate.of(2020, 9, 26), LocalDate.of(2020, 12, 5)), null, LocalDate.of(2020, 12, 9)),
      "pemilu-2024", PEMILU_2024,
      "pilkada-2024", new Election("pilkada-2024", ElectionKind.PILKADA, LocalDate.of(2024, 9, 22),
          new DateRange(LocalDate.of(2024, 9, 25), LocalDate.of(2024, 11, 23)), null, LocalDate.of(2024, 11, 27)));

  private TestElections() {}
}
