package id.netral.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What {@code lint}, {@code test} and {@code diff} print for a drafter, in both languages, as golden
 * files: every lint problem in one pass at its line and column, test failures as readable findings,
 * diff marking the part of a finding that changes.
 */
class DraftingOutputTest {
  private static final String DRAFTING = "../examples/drafting/scenarios";
  private static final String EXAMPLES = "../examples/scenarios";
  private static final String CLI = "src/test/resources/cli/wrong-expectation.yaml";

  @TempDir
  Path tmp;

  private Path exported() {
    Path dir = tmp.resolve("draft");
    Cli run = Cli.run("rules", "export", dir.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    return dir;
  }

  private static void replaceIn(Path file, String literal, String replacement) throws IOException {
    String before = Files.readString(file);
    assertThat(before).as("the edit applies to %s", file).contains(literal);
    Files.writeString(file, before.replaceFirst(java.util.regex.Pattern.quote(literal),
        java.util.regex.Matcher.quoteReplacement(replacement)));
  }

  /** {@code line:column} of the {@code nth} (from 1) occurrence of {@code needle} after {@code after} in {@code file}. */
  private static String at(Path file, String after, String needle, int nth) throws IOException {
    String text = Files.readString(file);
    int i = text.indexOf(after);
    assertThat(i).as("%s in %s", after, file).isNotNegative();
    for (int n = 0; n < nth; n++) {
      i = text.indexOf(needle, n == 0 ? i : i + 1);
      assertThat(i).as("%s in %s", needle, file).isNotNegative();
    }
    int line = 1;
    int start = 0;
    for (int k = 0; k < i; k++) {
      if (text.charAt(k) == '\n') {
        line++;
        start = k + 1;
      }
    }
    return line + ":" + (i - start + 1);
  }

  /**
   * An exported rule folder with five faults: an unknown field, a provision not in the catalog, a
   * provision never in force on the rule's days, a syntax error, and days no row of a consequence
   * table covers.
   */
  private Path withFiveFaults() throws IOException {
    Path dir = exported();
    replaceIn(dir.resolve("rules/uu7_2017/pasal_493.drl"), "actType ==", "actTyp ==");
    replaceIn(dir.resolve("rules/uu7_2017/pasal_494.drl"), "uu-7-2017/pasal-494\")\n    @track", "uu-7-2017/pasal-999\")\n    @track");
    replaceIn(dir.resolve("rules/pp94_2021/pasal_5_huruf_n_angka_1.drl"), "@basis(\"pp-94-2021/pasal-5/huruf-n/angka-1\")",
        "@basis(\"pp-94-2021/pasal-5/huruf-n/angka-1, pp-53-2010/pasal-4/angka-12/huruf-a\")");
    replaceIn(dir.resolve("rules/uu6_2014/pasal_29.drl"), "actType ==", "actType == ==");
    String consequences = Files.readString(dir.resolve("consequences.yaml"));
    int table = consequences.indexOf("id: pidana/uu-7-2017/pasal-493\n");
    int row = consequences.indexOf("- from: 2026-01-02", table);
    assertThat(table).isPositive();
    Files.writeString(dir.resolve("consequences.yaml"),
        consequences.substring(0, row) + "- from: 2026-03-01" + consequences.substring(row + "- from: 2026-01-02".length()));
    return dir;
  }

  private static String masked(String out, Path dir) {
    return out.replace(dir.toString(), "DRAFT").replaceAll("sha256:[0-9a-f]{12}\\b", "sha256:<digest>");
  }

  @Test
  void lint_folderWithFiveFaults_reportsEveryOneInOnePassAtItsLineAndColumn() throws IOException {
    // given
    Path dir = withFiveFaults();
    String gap = at(dir.resolve("consequences.yaml"), "id: pidana/uu-7-2017/pasal-493\n", "from: 2026-03-01", 1);
    String notInForce = at(dir.resolve("rules/pp94_2021/pasal_5_huruf_n_angka_1.drl"), "", "pp-53-2010/pasal-4/angka-12/huruf-a", 1);
    String syntax = at(dir.resolve("rules/uu6_2014/pasal_29.drl"), "actType == ==", "==", 2);
    String field = at(dir.resolve("rules/uu7_2017/pasal_493.drl"), "", "actTyp ", 1);
    String notInCatalog = at(dir.resolve("rules/uu7_2017/pasal_494.drl"), "", "uu-7-2017/pasal-999", 1);

    // when
    Cli run = Cli.run("lint", dir.toString());

    // then
    assertThat(run.exit()).as(run.err()).isEqualTo(1);
    List<String> lines = masked(run.out(), dir).lines().toList();
    assertThat(lines).hasSize(6);
    assertThat(lines.get(0)).isEqualTo("DRAFT/consequences.yaml:" + gap
        + ": consequence pidana/uu-7-2017/pasal-493: no row covers acts from 2026-01-02 to 2026-02-28");
    assertThat(lines.get(1)).startsWith("DRAFT/rules/pp94_2021/pasal_5_huruf_n_angka_1.drl:" + notInForce + ": rule \"")
        .contains(": cites pp-53-2010/pasal-4/angka-12/huruf-a, which is in force on none of the days the rule covers");
    assertThat(lines.get(2)).startsWith("DRAFT/rules/uu6_2014/pasal_29.drl:" + syntax + ": syntax error: unexpected `==` (in rule \"");
    assertThat(lines.get(3)).startsWith("DRAFT/rules/uu7_2017/pasal_493.drl:" + field
        + ": unknown field `actTyp` of ActFact (did you mean `actType`?); the fields are: act, actType, ");
    assertThat(lines.get(4)).startsWith("DRAFT/rules/uu7_2017/pasal_494.drl:" + notInCatalog + ": rule \"")
        .endsWith(": @basis cites 'uu-7-2017/pasal-999', which is not in the catalog");
    assertThat(lines.get(5)).isEqualTo("5 problems");
    assertThat(run.out()).doesNotContain("strict-mode", "[ERR", "reaches outside", "marked encoded");
    Golden.assertMatches("lint/five-faults.en.txt", masked(run.out(), dir));
  }

  @Test
  void lint_folderWithFiveFaultsInIndonesian_saysTheSameInIndonesian() throws IOException {
    // given
    Path dir = withFiveFaults();

    // when
    Cli run = Cli.run("lint", "--lang", "id", dir.toString());

    // then
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("kolom `actTyp` tidak dikenal pada ActFact (mungkin maksudnya `actType`?); kolom yang ada: ",
        "kesalahan sintaksis: `==` tidak diharapkan di sini", "yang tidak ada dalam katalog",
        "tidak ada baris yang mencakup perbuatan dari 2026-01-02 sampai 2026-02-28")
        .doesNotContain("problem", "rule \"", "unknown", "(dalam bahasa Inggris)");
    assertThat(run.outLines().get(run.outLines().size() - 1)).isEqualTo("5 masalah");
    Golden.assertMatches("lint/five-faults.id.txt", masked(run.out(), dir));
  }

  @Test
  void lint_folderWithFiveFaultsTrusted_compilesAndReportsTheSameProblemsAtTheSamePlaces() throws IOException {
    // given: the guard does not run, so the unknown field and the syntax error come from Drools' compiler
    Path dir = withFiveFaults();

    // when
    Cli guarded = Cli.run("lint", dir.toString());
    Cli trusted = Cli.run("lint", "--trust-rules", dir.toString());

    // then
    assertThat(trusted.exit()).isEqualTo(1);
    assertThat(trusted.out()).isEqualTo(guarded.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "id"})
  void test_failures_showExpectedAndFoundFindingsAsReadableLines(String lang) {
    // when
    Cli run = Cli.run("test", "--lang", lang, CLI, DRAFTING);

    // then
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).doesNotContain("{", "=", "null");
    if (lang.equals("id")) {
      assertThat(run.out()).contains("GAGAL ", "diharapkan, tidak ditemukan: PIDANA uu-7-2017/pasal-494 (Pasal 494 UU 7/2017)",
          "berbeda, denda kategori: diharapkan IV, ditemukan III").endsWith("1 lulus, 2 gagal\n");
    } else {
      assertThat(run.out()).contains("FAIL  ", "expected, not found: CRIMINAL uu-7-2017/pasal-494 (Pasal 494 UU 7/2017); sanction: "
          + "criminal penalty, no custody, fine category IV, maximum fine Rp200,000,000",
          "differs, fine category: expected IV, found III", "differs, maximum fine: expected Rp200,000,000, found Rp50,000,000")
          .endsWith("1 passed, 2 failed\n");
    }
    Golden.assertMatches("test/failures." + lang + ".txt", run.out());
  }

  private Path amended() throws IOException, InterruptedException {
    Path draft = exported();
    Process amend = new ProcessBuilder("bash", "../examples/drafting/amend-pasal-494.sh", draft.toString())
        .redirectErrorStream(true).start();
    assertThat(amend.waitFor()).as(new String(amend.getInputStream().readAllBytes())).isZero();
    return draft;
  }

  @Test
  void diff_amendedPasal494_marksTheChangedPartsOfEachFindingInBothLanguagesAndFormats() throws Exception {
    // given
    Path draft = amended();

    for (String lang : new String[] {"en", "id"}) {
      for (String format : new String[] {"text", "markdown"}) {
        // when
        Cli run = Cli.run("diff", "--lang", lang, "--format", format, "--base", "bundled", "--candidate", draft.toString(),
            DRAFTING, EXAMPLES);

        // then
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        Golden.assertMatches("diff/pasal-494." + lang + "." + format, masked(run.out(), draft));
      }
    }
    Cli text = Cli.run("diff", "--base", "bundled", "--candidate", draft.toString(), DRAFTING, EXAMPLES);
    assertThat(text.out()).contains("    [a1] CRIMINAL uu-7-2017/pasal-494\n      sanction, fine category: III \u2192 IV\n"
        + "      sanction, maximum fine: Rp50,000,000 \u2192 Rp200,000,000\n",
        "      sanction, later law's penalty, fine category: III \u2192 IV\n");
  }

  @Test
  void diff_json_keepsBeforeAndAfterAndAddsTheChangedFields() throws Exception {
    // given
    Path draft = amended();

    // when
    Cli run = Cli.run("diff", "--format", "json", "--base", "bundled", "--candidate", draft.toString(), DRAFTING);

    // then
    assertThat(run.exit()).isEqualTo(1);
    com.fasterxml.jackson.databind.JsonNode changed = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out())
        .get("changed").get(0);
    assertThat(changed.get("before").get("verdict").asText()).isEqualTo("VIOLATION");
    assertThat(changed.get("after")).isNotNull();
    assertThat(changed.get("changes").toString()).isEqualTo("[{\"act\":\"a1\",\"rule\":\"uu-7-2017/pasal-494\","
        + "\"field\":\"sanction.fineCategory\",\"before\":\"III\",\"after\":\"IV\"},{\"act\":\"a1\",\"rule\":\"uu-7-2017/pasal-494\","
        + "\"field\":\"sanction.maxFine\",\"before\":\"Rp50,000,000\",\"after\":\"Rp200,000,000\"}]");
  }
}
