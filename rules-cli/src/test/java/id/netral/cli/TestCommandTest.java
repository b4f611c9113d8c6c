package id.netral.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TestCommandTest {

  @Test
  void test_bundledSuitesAndExamples_allPass() {
    // when
    Cli run = Cli.run("test", "../rules-catalog/src/test/resources/scenarios", "../examples/scenarios");

    // then
    assertThat(run.exit()).as(run.out()).isZero();
    assertThat(run.outLines().get(run.outLines().size() - 1)).matches("[1-9][0-9]* passed, 0 failed");
  }

  @Test
  void test_wrongExpectation_exits1AndSaysWhatDiffers() {
    // when
    Cli run = Cli.run("test", "src/test/resources/cli/wrong-expectation.yaml", "src/test/resources/cli/valid.yaml");

    // then
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains(
        "FAIL  src/test/resources/cli/wrong-expectation.yaml: harapan-salah",
        "expected, not found: DISCIPLINE skb-2022/lampiran-2/disiplin/6 (Lampiran II SKB 2022, disiplin angka 6)",
        "found, not expected: [a1] ETHICS skb-2022/lampiran-2/kode-etik/4 (Lampiran II SKB 2022, kode etik angka 4");
    assertThat(run.outLines().get(run.outLines().size() - 1)).isEqualTo("2 passed, 1 failed");
  }

  @Test
  void test_malformedFile_exits2() {
    // when
    Cli run = Cli.run("test", "src/test/resources/cli/malformed.yaml", "src/test/resources/cli/valid.yaml");

    // then
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.outLines().get(run.outLines().size() - 1)).isEqualTo("2 passed, 0 failed");
  }

  @Test
  void test_decidedCases_countsKnownGapsApartAndFailsAStaleMark() {
    // when
    Cli run = Cli.run("test", "src/test/resources/cli/decided-cases.yaml");

    // then
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains(
        "pass  src/test/resources/cli/decided-cases.yaml: pns-tim-kampanye-divonis",
        "gap   src/test/resources/cli/decided-cases.yaml: pns-tim-kampanye-tanpa-peran-divonis (known gap: ",
        "FAIL  src/test/resources/cli/decided-cases.yaml: tanda-celah-usang",
        "marked as a known gap but now passes: remove the mark");
    assertThat(run.outLines().subList(run.outLines().size() - 2, run.outLines().size())).containsExactly(
        "1 known gap (decided cases netral gets wrong)", "1 passed, 1 failed");
  }
}
