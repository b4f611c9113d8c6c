package id.netral.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CatalogCommandTest {

  @Test
  void catalog_bundledRules_listsProvisionsWithCitationValidityAndConfidence() {
    // when
    Cli run = Cli.run("catalog");

    // then
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains(
        "uu-7-2017/pasal-494  [high, encoded]",
        "Pasal 494 UU 7/2017, for acts from 2017-08-16",
        "uu-5-2014/pasal-9/ayat-2  [high, encoded]",
        "Pasal 9 ayat (2) UU 5/2014, for acts from 2014-01-15 to 2023-10-30",
        "    id: ASN, anggota TNI dan Polri, kepala desa",
        "    en: An ASN, a TNI or Polri member, a village head",
        "    rules: uu-7-2017/pasal-494, uu-7-2017/pasal-494/tanya-pemilihan, uu-7-2017/pasal-494/tanya-peran");
  }
}
