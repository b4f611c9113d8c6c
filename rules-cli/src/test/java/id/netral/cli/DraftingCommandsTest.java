package id.netral.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftingCommandsTest {
  private static final String SUITES = "../rules-catalog/src/test/resources/scenarios";
  private static final String EXAMPLES = "../examples/scenarios";

  @TempDir
  Path tmp;

  private Path exported() {
    Path dir = tmp.resolve("draft");
    Cli run = Cli.run("rules", "export", dir.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    return dir;
  }

  private static void replaceIn(Path file, String regex, String replacement) throws IOException {
    String before = Files.readString(file);
    String after = before.replaceFirst(regex, replacement);
    assertThat(after).as("the edit applies").isNotEqualTo(before);
    Files.writeString(file, after);
  }

  @Test
  void diff_unchangedExport_reportsNoChangeAndExits0() {
    // given
    Path dir = exported();

    // when
    Cli run = Cli.run("diff", "--base", "bundled", "--candidate", dir.toString(), EXAMPLES, SUITES);

    // then
    assertThat(run.exit()).as(run.out()).isZero();
    assertThat(run.outLines().get(run.outLines().size() - 1)).matches("0 of [1-9][0-9]* scenarios change");
  }

  @Test
  void diff_increasedPenaltyOfPasal494_listsExactlyTheScenariosWithThatFindingAndExits1() throws IOException {
    // given
    Path dir = exported();
    replaceIn(dir.resolve("provisions/uu-7-2017.yaml"), "(?s)(id: uu-7-2017/pasal-494\\n.*?maxCustodyMonths: )12", "$124");
    Cli base = Cli.run("eval", "--format", "ndjson", EXAMPLES, SUITES);
    // the provision's sanction is the penalty for acts up to 1 January 2026 (kurungan)
    long with494 = base.outLines().stream().filter(l -> l.contains("\"rule\":\"uu-7-2017/pasal-494\"")
        && l.contains("\"custody\":\"KURUNGAN\"")).count();

    // when
    Cli run = Cli.run("diff", "--base", "bundled", "--candidate", dir.toString(), EXAMPLES, SUITES);

    // then
    assertThat(run.exit()).isEqualTo(1);
    assertThat(with494).isPositive();
    assertThat(run.outLines().get(run.outLines().size() - 1)).startsWith(with494 + " of ");
    assertThat(run.out()).contains("uu-7-2017/pasal-494\n", "sanction, maximum custody: 12 months \u2192 24 months");
  }

  @Test
  void diff_markdownFormat_groupsByProvisionInATable() throws IOException {
    // given
    Path dir = exported();
    replaceIn(dir.resolve("provisions/uu-7-2017.yaml"), "(?s)(id: uu-7-2017/pasal-494\\n.*?maxFine: )12000000", "$124000000");

    // when
    Cli run = Cli.run("diff", "--format", "markdown", "--base", "bundled", "--candidate", dir.toString(), EXAMPLES);

    // then
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("## uu-7-2017/pasal-494 (Pasal 494 UU 7/2017)", "| scenario | finding | what changes | before | after |",
        "| sanction, maximum fine | Rp12,000,000 | **Rp24,000,000** |");
  }

  @Test
  void eval_drlSyntaxErrorInRuleFolder_exits2NamingTheDrlFileLineAndColumn() throws IOException {
    // given
    Path dir = exported();
    replaceIn(dir.resolve("rules/uu7_2017/pasal_494.drl"), "actType == ActType.CAMPAIGN_ROLE,", "actType == == ActType.CAMPAIGN_ROLE,");

    // when
    Cli run = Cli.run("eval", "--rules", dir.toString(), EXAMPLES);

    // then
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines().get(0)).matches(java.util.regex.Pattern.quote(dir.resolve("rules/uu7_2017/pasal_494.drl").toString()) + ":\\d+:\\d+: .+");
  }

  @Test
  void lint_exportedRules_isClean() {
    // when
    Cli run = Cli.run("lint", exported().toString());

    // then
    assertThat(run.exit()).as(run.out()).isZero();
    assertThat(run.out()).endsWith("clean\n");
  }

  @Test
  void lint_ruleCitingUnknownProvision_reportsFileLineAndRuleNameAndExits1() throws IOException {
    // given
    Path dir = exported();
    replaceIn(dir.resolve("rules/uu7_2017/pasal_494.drl"), "@basis\\(\"uu-7-2017/pasal-280/ayat-3, uu-7-2017/pasal-494\"\\)\n    @track",
        "@basis(\"uu-7-2017/pasal-280/ayat-3, uu-7-2017/pasal-999\")\n    @track");

    // when
    Cli run = Cli.run("lint", dir.toString());

    // then
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.outLines()).anySatisfy(l -> assertThat(l).matches(java.util.regex.Pattern.quote(
        dir.resolve("rules/uu7_2017/pasal_494.drl").toString()) + ":15:41: rule \"uu-7-2017/pasal-494 aparat menjadi "
        + "pelaksana atau tim kampanye Pemilu\": @basis cites 'uu-7-2017/pasal-999', which is not in the catalog"));
  }

  @Test
  void lint_rulesNeverInForceTogether_reportsTheContradiction() throws IOException {
    // given
    Path dir = exported();
    replaceIn(dir.resolve("rules/skb2022/disiplin_6.drl"), "inForce\\(\"pp-94-2021/pasal-14/huruf-i\"\\) \\)",
        "inForce(\"pp-94-2021/pasal-14/huruf-i\"), inForce(\"uu-5-2014/pasal-9/ayat-2\"), inForce(\"uu-20-2023/pasal-9/ayat-2\") )");

    // when
    Cli run = Cli.run("lint", dir.toString());

    // then
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("its conditions can never be met together");
  }

  @Test
  void lint_twoRulesWithOneName_reportsTheDuplicate() throws IOException {
    // given
    Path dir = exported();
    Path drl = dir.resolve("rules/skb2022/disiplin_6.drl");
    replaceIn(drl, "rule \"skb-2022/lampiran-2/disiplin/6/tanya-sasaran pihak yang didukung belum diketahui\"",
        "rule \"skb-2022/lampiran-2/disiplin/6 ASN berinteraksi dengan akun pemenangan calon\"");

    // when
    Cli run = Cli.run("lint", dir.toString());

    // then
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("rule \"skb-2022/lampiran-2/disiplin/6 ASN berinteraksi dengan akun pemenangan calon\"");
  }

  @Test
  void test_coverageOnBundledSuites_reportsEveryEncodedProvisionCovered() {
    // when
    Cli run = Cli.run("test", "--coverage", "--min-coverage", "100", SUITES);

    // then
    assertThat(run.exit()).as(run.out()).isZero();
    assertThat(run.out()).contains("triggered by no scenario: none").containsPattern("coverage: (\\d+) of \\1 encoded provisions \\(100\\.0%\\)");
  }

  @Test
  void test_minCoverageNotMet_exits1() {
    // when
    Cli run = Cli.run("test", "--min-coverage", "100", "src/test/resources/cli/valid.yaml");

    // then
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("triggered by no scenario: ").doesNotContain("triggered by no scenario: none");
  }

  @Test
  void test_junitOption_writesAReportWithEachScenario() throws IOException {
    // given
    Path report = tmp.resolve("reports/netral.xml");

    // when
    Cli run = Cli.run("test", "--junit", report.toString(), "src/test/resources/cli/wrong-expectation.yaml", "src/test/resources/cli/valid.yaml");

    // then
    assertThat(run.exit()).isEqualTo(1);
    String xml = Files.readString(report);
    assertThat(xml).contains("<testsuite name=\"src/test/resources/cli/wrong-expectation.yaml\" tests=\"1\" failures=\"1\" skipped=\"0\">",
        "<testcase classname=\"src/test/resources/cli/valid.yaml\" name=\"pns-tim-kampanye\"",
        "<failure message=\"missing finding: DISCIPLINE skb-2022/lampiran-2/disiplin/6");
  }

  @Test
  void rulesExport_intoANonEmptyFolder_isRefused() throws IOException {
    // given
    Files.writeString(tmp.resolve("x.txt"), "x");

    // when
    Cli run = Cli.run("rules", "export", tmp.toString());

    // then
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("exists and is not an empty folder");
  }
}
