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

  @Test
  void catalog_indonesian_listsProvisionsInIndonesianOnly() {
    // when
    Cli run = Cli.run("catalog", "--lang", "id");

    // then
    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("katalog netral ").contains(
        "uu-7-2017/pasal-494  [keyakinan tinggi, dikodekan]",
        "Pasal 494 UU 7/2017, untuk perbuatan sejak 2017-08-16",
        "Pasal 9 ayat (2) UU 5/2014, untuk perbuatan sejak 2014-01-15 sampai 2023-10-30",
        "    parafrasa: ASN, anggota TNI dan Polri, kepala desa",
        "    aturan: uu-7-2017/pasal-494, uu-7-2017/pasal-494/tanya-pemilihan, uu-7-2017/pasal-494/tanya-peran")
        .containsPattern("\\n\\d+ ketentuan, \\d+ dikodekan\\n")
        .doesNotContain("    en: ", "An ASN, a TNI or Polri member");
    assertThat(GoldenOutputTest.englishWords(run.out())).isEmpty();
  }
}
