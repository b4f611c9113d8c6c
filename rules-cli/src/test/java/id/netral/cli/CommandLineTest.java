package id.netral.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as picocli users expect it: standard input, completion, enum values, help, folders. */
class CommandLineTest {
  private static final Path VALID = Path.of("src/test/resources/cli/valid.yaml");
  private static final Path VALID_NDJSON = Path.of("src/test/resources/cli/valid.ndjson");

  @TempDir
  Path tmp;

  /** Runs the command with {@code stdin} as standard input. */
  private static Cli withStdin(byte[] stdin, String... args) {
    InputStream saved = System.in;
    System.setIn(new ByteArrayInputStream(stdin));
    try {
      return Cli.run(args);
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void eval_dash_readsStandardInputNamedStdin() throws IOException {
    // when
    Cli run = withStdin(Files.readAllBytes(VALID), "eval", "--format", "ndjson", "-");

    // then
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.outLines()).hasSize(2).allMatch(l -> l.contains("\"file\":\"<stdin>\""));
  }

  @Test
  void eval_dashWithBrokenScenario_refusesItAtStdinLineAndColumn() {
    // when
    Cli run = withStdin(("version: 1\nscenarios:\n  - id: x\n    actor: {id: a, type: PNZ}\n"
        + "    acts: [{type: VOTING, date: 2024-02-14}]\n").getBytes(java.nio.charset.StandardCharsets.UTF_8),
        "eval", "-");

    // then
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines().get(0)).startsWith("<stdin>:4:").contains("PNZ");
  }

  @Test
  void evalNdjson_dash_streamsStandardInput() throws IOException {
    // when
    Cli run = withStdin(Files.readAllBytes(VALID_NDJSON), "eval", "--input", "ndjson", "--format", "ndjson", "-");

    // then
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.outLines()).hasSize(2).allMatch(l -> l.contains("\"file\":\"<stdin>\""));
  }

  @Test
  void test_dash_checksTheExpectationsOfStandardInput() throws IOException {
    // when
    Cli run = withStdin(Files.readAllBytes(VALID), "test", "-");

    // then
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("pass  <stdin>: pns-tim-kampanye");
    assertThat(run.outLines().get(run.outLines().size() - 1)).isEqualTo("2 passed, 0 failed");
  }

  @Test
  void eval_dashTwice_isAUsageError() {
    // when
    Cli run = withStdin(new byte[0], "eval", "-", "-");

    // then
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly("netral: standard input ('-') can be named only once");
  }

  @Test
  void eval_unknownEnumValues_nameTheDocumentedSpelling() {
    // when
    Cli lang = Cli.run("eval", "--lang", "jv", VALID.toString());
    Cli format = Cli.run("eval", "--format", "xml", VALID.toString());
    Cli input = Cli.run("eval", "--input", "csv", VALID.toString());
    Cli catalog = Cli.run("catalog", "--format", "yaml");

    // then
    assertThat(lang.exit()).isEqualTo(2);
    assertThat(lang.errLines().get(0)).isEqualTo("netral: Invalid value for option '--lang': 'jv' is not one of id, en");
    assertThat(format.errLines().get(0))
        .isEqualTo("netral: Invalid value for option '--format': 'xml' is not one of text, json, ndjson, markdown");
    assertThat(input.errLines().get(0)).isEqualTo("netral: Invalid value for option '--input': 'csv' is not one of yaml, ndjson");
    assertThat(catalog.errLines().get(0)).isEqualTo("netral: Invalid value for option '--format': 'yaml' is not one of text, json");
  }

  @Test
  void eval_enumValuesInAnyCase_areAccepted() {
    // when
    Cli run = Cli.run("eval", "--lang", "ID", "--format", "JSON", VALID.toString());

    // then
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("\"receipt\"");
  }

  @Test
  void completion_printsABashAndZshScriptWithCommandsOptionsAndValues() {
    // when
    Cli run = Cli.run("completion");

    // then
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("#!/usr/bin/env bash")
        .contains("complete -F _complete_netral", "bashcompinit", "eval test diff lint catalog rules completion",
            "(\"id\" \"en\") # --lang values", "(\"text\" \"json\" \"ndjson\" \"markdown\") # --format values",
            "(\"yaml\" \"ndjson\") # --input values");
  }

  @Test
  void help_listsEachCommandWithAWholeSentence() {
    // when
    Cli run = Cli.run("--help");

    // then
    List<String> lines = run.outLines();
    List<String> commands = lines.subList(lines.indexOf("Commands:") + 1, lines.indexOf("Exit codes:") - 1);
    assertThat(commands).hasSize(9).allSatisfy(l -> assertThat(l).matches("  [a-z]+ +[A-Z].*\\."));
  }

  @Test
  void test_folderWithBuildOutputHiddenFoldersRuleFolderAndOtherYaml_runsEachScenarioFileOnce() throws IOException {
    // given: a scenario file, its copy in target/ and .git/, a rule folder's YAML, a schema and a workflow
    Path root = tmp.resolve("project");
    Files.createDirectories(root.resolve("scenarios"));
    Files.copy(VALID, root.resolve("scenarios/valid.yaml"));
    for (String copy : List.of("target/classes/valid.yaml", ".git/valid.yaml", "node_modules/x/valid.yaml")) {
      Files.createDirectories(root.resolve(copy).getParent());
      Files.copy(VALID, root.resolve(copy));
    }
    Files.createDirectories(root.resolve("rules/provisions"));
    Files.writeString(root.resolve("rules/catalog.yaml"), "version: \"2026.1\"\nprovisions: [provisions/x.yaml]\n");
    Files.writeString(root.resolve("rules/provisions/x.yaml"), "instrument: {id: x}\nprovisions: []\n");
    Files.writeString(root.resolve("schema.json"), "{\"$schema\": \"x\", \"properties\": {\"version\": {}, \"scenarios\": {}}}");
    Files.writeString(root.resolve("ci.yml"), "on: push\njobs: {build: {runs-on: ubuntu}}\n");

    // when
    Cli run = Cli.run("test", root.toString());

    // then
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.outLines()).containsExactly(
        "pass  " + root.resolve("scenarios/valid.yaml") + ": pns-tim-kampanye",
        "pass  " + root.resolve("scenarios/valid.yaml") + ": pns-like-unggahan-netral",
        "2 passed, 0 failed");
  }

  @Test
  void test_folderWithBrokenScenarioFile_refusesItWithItsLocation() throws IOException {
    // given: a scenario file whose YAML breaks after 'version', and one whose YAML does not parse at all
    Path root = Files.createDirectories(tmp.resolve("suite"));
    Files.copy(VALID, root.resolve("a.yaml"));
    Files.writeString(root.resolve("b.yaml"), "version: 1\nscenarios:\n  - id: x\n    actor: {id: a, type: PNZ}\n"
        + "    acts: [{type: VOTING, date: 2024-02-14}]\n");
    Files.writeString(root.resolve("c.yaml"), "scenarios: [\n  {id: x\n");

    // when
    Cli run = Cli.run("test", root.toString());

    // then
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines()).anySatisfy(l -> assertThat(l).startsWith("REFUSED " + root.resolve("b.yaml") + ":4:"))
        .anySatisfy(l -> assertThat(l).startsWith("REFUSED " + root.resolve("c.yaml") + ":"));
    assertThat(run.out()).contains("2 passed, 0 failed");
  }

  @Test
  void test_folderWithNoScenarioFileButOtherYaml_isRefusedInOneLine() throws IOException {
    // given
    Path root = Files.createDirectories(tmp.resolve("docs"));
    Files.writeString(root.resolve("mkdocs.yml"), "site_name: x\nnav: [index.md]\n");
    Files.createDirectories(root.resolve("target"));
    Files.copy(VALID, root.resolve("target/valid.yaml"));

    // when
    Cli run = Cli.run("test", root.toString());

    // then
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines()).singleElement().asString().startsWith("netral: " + root + ": no scenario files");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void test_minCoverageNotMet_saysTheThresholdTheMeasureAndWhatNoScenarioReaches() {
    // when
    Cli run = Cli.run("test", "--min-coverage", "90", VALID.toString());

    // then
    assertThat(run.exit()).isEqualTo(1);
    List<String> lines = run.outLines();
    int fail = lines.indexOf("FAIL  coverage below --min-coverage 90%:");
    assertThat(fail).as(run.out()).isPositive();
    assertThat(lines.get(fail + 1)).matches("        encoded provisions: [0-9.]+% triggered \\([0-9]+ of [0-9]+\\);"
        + " triggered by no scenario: .*uu-7-2017/pasal-493.*");
    assertThat(lines.get(fail + 2)).matches("        finding rules: [0-9.]+% fired \\([0-9]+ of [0-9]+\\);"
        + " fire in no scenario: .*uu-7-2017/pasal-493/huruf-a.*");
    assertThat(lines.get(lines.size() - 1)).isEqualTo("2 passed, 0 failed");
  }
  @Test
  void evalTrace_likeOfAHopefulsAccount_showsTheRuleConsideredAndTheConditionThatFailed() {
    // given: a PNS likes a post of a presidential hopeful's account before the pairs were determined
    String file = "../examples/scenarios/pemilu-2024.yaml";

    // when
    Cli plain = Cli.run("eval", "--format", "json", file);
    Cli traced = Cli.run("eval", "--format", "json", "--trace", file);

    // then: the result is unchanged, and stderr says why the discipline rule did not fire
    assertThat(traced.exit()).as(traced.err()).isZero();
    assertThat(traced.out()).isEqualTo(plain.out());
    List<String> lines = traced.errLines();
    int act = lines.indexOf("trace " + file + ": pns-like-akun-bakal-calon, act a1: SOCIAL_MEDIA_ENGAGEMENT on"
        + " 2023-10-17 (actorType = PNS, stage = BEFORE_DETERMINATION, candidateStatus = BAKAL_CALON,"
        + " targetKind = CANDIDATE)");
    assertThat(act).as(traced.err()).isNotNegative();
    List<String> rules = lines.subList(act + 1, lines.size());
    assertThat(rules).contains("  fired          skb-2022/lampiran-2/kode-etik/4");
    int discipline = rules.indexOf("  not fired      skb-2022/lampiran-2/disiplin/6");
    assertThat(discipline).isNotNegative();
    assertThat(rules.get(discipline + 1)).isEqualTo("                   (candidateStatus == CandidateStatus.CALON"
        + " || interpretation(\"skb-2022/etik-atau-disiplin\") == \"BAKAL_CALON_JUGA_DISIPLIN\")"
        + "   [candidateStatus = BAKAL_CALON; interpretation(\"skb-2022/etik-atau-disiplin\") = \"TANGGAL_PENETAPAN\"]");
  }

  @Test
  void evalTrace_withNdjsonInput_isAUsageError() {
    // when
    Cli run = Cli.run("eval", "--trace", "--input", "ndjson", VALID_NDJSON.toString());

    // then
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly(
        "netral: --trace works with --input yaml only: a trace is for a person checking a few scenarios");
  }
}
