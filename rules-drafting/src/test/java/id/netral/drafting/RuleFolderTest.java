package id.netral.drafting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.netral.core.Assessment;
import id.netral.core.NeutralityEngine;
import id.netral.core.RuleSetException;
import id.netral.core.internal.RuleSetRuntime;
import id.netral.core.model.Act;
import id.netral.core.model.ActType;
import id.netral.core.model.Actor;
import id.netral.core.model.ActorType;
import id.netral.core.model.CampaignRole;
import id.netral.core.model.Scenario;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

class RuleFolderTest {
  private static final String PASAL_494 = "rules/uu7_2017/pasal_494.drl";

  @TempDir
  Path dir;

  /** Beside the rule folder: files it must not reach. */
  @TempDir
  Path outside;

  private Path exported() {
    RuleSetRuntime.exportBundled(getClass().getClassLoader(), dir);
    return dir;
  }

  private static Scenario pnsOnCampaignTeam(NeutralityEngine engine) {
    return new Scenario("s", null, engine.catalog().elections().get("pemilu-2024"),
        new Actor("asn-1", ActorType.PNS, null, null, null, null),
        List.of(Act.builder(ActType.CAMPAIGN_ROLE, LocalDate.of(2023, 12, 1)).campaignRole(CampaignRole.TEAM_MEMBER).build()),
        null);
  }

  @Test
  void exportedBundledRules_loadedAsAFolder_assessLikeTheBundledRules() {
    // given
    NeutralityEngine bundled = NeutralityEngine.withBundledRules();
    NeutralityEngine folder = NeutralityEngine.withRuleFolder(exported(), false);

    // when
    Assessment a = bundled.assess(pnsOnCampaignTeam(bundled));
    Assessment b = folder.assess(pnsOnCampaignTeam(folder));

    // then
    assertThat(b.findings()).isEqualTo(a.findings());
    assertThat(b.receipt().catalogDigest()).isEqualTo(a.receipt().catalogDigest());
  }

  @Test
  void changedSanctionInTheFolder_assessed_carriesTheNewSanction() throws IOException {
    // given
    Path folder = exported();
    Path yaml = folder.resolve("provisions/uu-7-2017.yaml");
    Files.writeString(yaml, Files.readString(yaml).replaceFirst(
        "(?s)(id: uu-7-2017/pasal-494\\n.*?maxCustodyMonths: )12", "$124"));
    NeutralityEngine engine = NeutralityEngine.withRuleFolder(folder, false);

    // when
    Assessment a = engine.assess(pnsOnCampaignTeam(engine));

    // then
    assertThat(a.findings().get(0).sanction().maxCustodyMonths()).isEqualTo(24);
  }

  @Test
  void drlSyntaxError_loaded_isReportedWithTheDrlFileLineAndColumn() throws IOException {
    // given
    Path folder = exported();
    Path drl = folder.resolve(PASAL_494);
    Files.writeString(drl, Files.readString(drl).replace("$act : ActFact( actType == ActType.CAMPAIGN_ROLE,",
        "$act : ActFact( actType == == ActType.CAMPAIGN_ROLE,"));

    // then
    assertThatThrownBy(() -> NeutralityEngine.withRuleFolder(folder, false))
        .isInstanceOf(RuleSetException.class)
        .hasMessageMatching("(?s)" + java.util.regex.Pattern.quote(folder.resolve(PASAL_494).toString()) + ":\\d+:\\d+: .*");
  }

  @Test
  void ruleCitingUnknownProvision_loaded_isReportedWithItsFileAndRule() throws IOException {
    // given
    Path folder = exported();
    Path drl = folder.resolve(PASAL_494);
    Files.writeString(drl, Files.readString(drl).replaceFirst("uu-7-2017/pasal-280/ayat-3, uu-7-2017/pasal-494\"\\)\n    @track",
        "uu-7-2017/pasal-280/ayat-3, uu-7-2017/pasal-999\")\n    @track"));

    // then
    assertThatThrownBy(() -> NeutralityEngine.withRuleFolder(folder, false))
        .isInstanceOf(RuleSetException.class)
        .hasMessage(folder.resolve(PASAL_494) + ": rule \"uu-7-2017/pasal-494 aparat menjadi pelaksana atau tim kampanye Pemilu\": "
            + "@basis cites 'uu-7-2017/pasal-999', which is not in the catalog");
  }

  @Test
  void drlFileNotInTheManifest_loaded_isRefusedByName() throws IOException {
    // given
    Path folder = exported();
    Files.writeString(folder.resolve("rules/uu7_2017/baru.drl"), "package id.netral.catalog.rules.uu7_2017;\n");

    // then
    assertThatThrownBy(() -> NeutralityEngine.withRuleFolder(folder, false))
        .hasMessageStartingWith(folder.resolve("rules/uu7_2017/baru.drl") + ": not listed in ");
  }

  @Test
  void drlReachingOutsideTheModel_loadedUntrusted_isRefusedAndTrustedIsLoaded() throws IOException {
    // given
    Path folder = exported();
    Path drl = folder.resolve(PASAL_494);
    Files.writeString(drl, Files.readString(drl).replace("import id.netral.core.rules.ActFact;",
        "import id.netral.core.rules.ActFact;\nimport java.io.File;"));

    // then
    assertThatThrownBy(() -> NeutralityEngine.withRuleFolder(folder, false))
        .hasMessageStartingWith(folder.resolve(PASAL_494) + ":7:1: import java.io.File reaches outside the netral model");
    assertThat(NeutralityEngine.withRuleFolder(folder, true).catalog().version()).isEqualTo("2026.1");
  }

  @Test
  void consequenceCallingSystemExit_loadedUntrusted_isRefused() throws IOException {
    // given
    Path folder = exported();
    Path drl = folder.resolve(PASAL_494);
    Files.writeString(drl, Files.readString(drl).replaceFirst("then\n", "then\n    System.exit(1);\n"));

    // then
    assertThatThrownBy(() -> NeutralityEngine.withRuleFolder(folder, false))
        .hasMessageStartingWith(folder.resolve(PASAL_494) + ":27:5: ")
        .hasMessageContaining("'System.exit(1)' in the consequence reaches outside the netral model");
  }

  // ---- the guard: each fixture in untrusted/ is a pasal_494.drl whose payload would create the
  // file @MARKER@; loaded untrusted, it is refused before anything of it is compiled

  private Path withFixture(String fixture) throws IOException {
    Path folder = exported();
    String drl = new String(getClass().getResourceAsStream("untrusted/" + fixture + ".drl").readAllBytes(),
        StandardCharsets.UTF_8);
    Files.writeString(folder.resolve(PASAL_494), drl.replace("@MARKER@", marker().toString()));
    return folder;
  }

  private Path marker() {
    return outside.resolve("payload-ran");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      package-line                | 2:284: rule "uu-7-2017/pasal-494 payload": 'new java.io.File(
      after-import                | 5:192: rule "uu-7-2017/pasal-494 payload": 'new java.io.File(
      after-global                | 5:205: rule "uu-7-2017/pasal-494 payload": 'new java.io.File(
      comment-in-string           | 16:5: rule "uu-7-2017/pasal-494 payload": 'String see = "http://example.org"' in the consequence
      split-class-name            | 16:5: rule "uu-7-2017/pasal-494 payload": 'java.nio .file .Files .createFile(
      comment-in-class-name       | 16:5: rule "uu-7-2017/pasal-494 payload": 'java/**/.nio/**/.file/**/.Files/**/.createFile(
      reflection-forname          | 16:5: rule "uu-7-2017/pasal-494 payload": 'Object f = "".getClass().forName("java.io.File")
      logging-filehandler         | 8:1: import java.util.logging.FileHandler reaches outside the netral model
      mvel-dialect                | 8:9: the package attribute 'dialect' reaches outside the netral model (MVEL runs any Java)
      accumulate-init             | 15:5: the pattern type Number reaches outside the netral model
      drl-function                | 8:1: the DRL function payload reaches outside the netral model (a function runs any Java)
      eval-in-when                | 15:5: the condition 'eval' reaches outside the netral model (eval runs any Java)
      system-exit                 | 16:5: rule "uu-7-2017/pasal-494 payload": 'new java.io.File(
      declare-default             | 8:9: the type declaration 'declare Payload' reaches outside the netral model
      method-handles              | 16:5: rule "uu-7-2017/pasal-494 payload": 'java.lang.invoke.MethodHandles.lookup()
      processbuilder-in-condition | 14:55: new java.lang.ProcessBuilder(...).start(...) (an untrusted condition makes no objects) reaches outside
      static-call-in-condition    | 14:21: java.nio.file.Files.createFile(...) (not a property or method of the netral model's ActFact) reaches outside
      new-in-condition            | 14:55: new java.io.File(...).createNewFile(...) (an untrusted condition makes no objects) reaches outside
      getclass-in-condition       | 14:21: "".getClass(...).forName(...).getConstructor(...).newInstance(...).createNewFile(...) (a literal has no members
      getclass-on-property        | 14:30: Act.getClass(...).forName(...)
      enum-getdeclaringclass      | 14:40: ActType.CAMPAIGN_ROLE.getDeclaringClass(...).forName(...)
      expression-as-argument      | 14:34: the character '?' (not part of an untrusted condition) reaches outside
      binding-of-a-call           | 14:27: the character ':' (not part of an untrusted condition) reaches outside
      half-constraint             | 14:57: '==' where a value was expected reaches outside
      escape-in-string            | 14:38: an escape or control character in a string
      unicode-escape              | 16:57: rule "uu-7-2017/pasal-494 payload": '\\u006eew java.io.File(
      from-expression             | 15:5: the pattern type Boolean reaches outside the netral model
      query                       | 8:1: the query payload reaches outside the netral model
      enabled-attribute           | 11:13: rule "uu-7-2017/pasal-494 payload": the attribute 'enabled' reaches outside the netral model
      salience-expression         | 11:14: rule "uu-7-2017/pasal-494 payload": the attribute 'salience' reaches outside the netral model
      metadata-expression         | 9:1: rule "uu-7-2017/pasal-494 payload": @basis(new java.io.File(
      rule-name-escape            | 9:1: the rule name "uu-7-2017/pasal-494 payload" + new java.io.File(
      """)
  void drlWithPayload_loadedUntrusted_isRefusedWhereItReachesOutAndRunsNothing(String fixture, String expected)
      throws IOException {
    // given
    Path folder = withFixture(fixture);
    Path drl = folder.resolve(PASAL_494);

    // when
    Throwable refused = catchThrowable(() -> NeutralityEngine.withRuleFolder(folder, false));

    // then
    assertThat(refused).isInstanceOf(RuleSetException.class);
    assertThat(refused.getMessage().lines()).allSatisfy(line -> assertThat(line)
        .matches(java.util.regex.Pattern.quote(drl.toString()) + ":\\d+:\\d+: .+ reaches outside the netral model.*;"
            + " give --trust-rules only for a folder whose author you trust"));
    assertThat(refused.getMessage()).startsWith(drl + ":" + expected);
    assertThat(marker()).doesNotExist();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"after-import", "comment-in-string", "logging-filehandler", "reflection-forname", "split-class-name"})
  void drlWithPayload_loadedTrusted_runsAsToday(String fixture) throws IOException {
    // given: the payload leaves its marker, so that the test above would see it had it run
    Path folder = withFixture(fixture);
    NeutralityEngine engine = NeutralityEngine.withRuleFolder(folder, true);

    // when
    engine.assess(pnsOnCampaignTeam(engine));

    // then
    assertThat(marker()).exists();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"declare-default", "accumulate-init", "drl-function", "static-call-in-condition"})
  void drlWithPayload_linted_isReportedWithoutCompilingIt(String fixture) throws IOException {
    // given
    Path folder = withFixture(fixture);

    // when
    List<Linter.Problem> problems = Linter.lint(folder);

    // then: the payload is reported where it is; the folder's other problems (the payload rule has no
    // inForce gate) in the same pass
    assertThat(problems).filteredOn(p -> p.message().contains("reaches outside the netral model")).isNotEmpty()
        .allSatisfy(p -> assertThat(p.toString()).matches(java.util.regex.Pattern.quote(folder.resolve(PASAL_494).toString())
            + ":\\d+:\\d+: .+"));
    assertThat(marker()).doesNotExist();
  }

  @Test
  void manifestNamingAFileOutsideTheFolder_loaded_isRefusedWithoutShowingTheFile() throws IOException {
    // given: a file outside the folder whose first line a YAML error would quote
    Path folder = exported();
    Path secret = Files.writeString(outside.resolve("shadow"), "root:SECRET-HASH:19000:0:99999:7:::\n");
    Path manifest = folder.resolve("catalog.yaml");
    Files.writeString(manifest, Files.readString(manifest).replaceFirst("questions: .*", "questions: " + secret));

    // then
    for (boolean trusted : new boolean[] {false, true}) {
      assertThatThrownBy(() -> NeutralityEngine.withRuleFolder(folder, trusted))
          .hasMessage(manifest + ": questions: '" + secret + "' is not a path inside the rule folder"
              + " (relative, slash-separated, without '..')");
    }
  }

  @Test
  void manifestPathWithDotDot_loaded_isRefused() throws IOException {
    // given
    Path folder = exported();
    Path manifest = folder.resolve("catalog.yaml");
    Files.writeString(manifest, Files.readString(manifest).replaceFirst("questions: .*", "questions: ../x/../../etc/shadow"));

    // then
    assertThatThrownBy(() -> NeutralityEngine.withRuleFolder(folder, true))
        .hasMessage(manifest + ": questions: '../x/../../etc/shadow' is not a path inside the rule folder"
            + " (relative, slash-separated, without '..')");
  }

  @Test
  void drlThatIsASymbolicLinkOutOfTheFolder_loaded_isRefusedWithoutShowingTheFile() throws IOException {
    // given
    Path folder = exported();
    Path target = Files.writeString(outside.resolve("outside.drl"), "SECRET-LINE\n");
    Path drl = folder.resolve(PASAL_494);
    Files.delete(drl);
    Files.createSymbolicLink(drl, target);

    // then
    for (boolean trusted : new boolean[] {false, true}) {
      assertThatThrownBy(() -> NeutralityEngine.withRuleFolder(folder, trusted))
          .hasMessage(drl + ": leads outside the rule folder (a symbolic link); a rule folder is read only from its own files")
          .hasMessageNotContaining("SECRET");
    }
  }

  @Test
  void yamlWithAnEightMegabyteLine_loaded_isRefusedQuicklyByTheLineLimit() throws IOException {
    // given: SnakeYAML took 38 s over such a line
    Path folder = exported();
    Path questions = folder.resolve("questions.yaml");
    Files.writeString(questions, "# " + "x".repeat(8 << 20) + "\n" + Files.readString(questions));
    long start = System.nanoTime();

    // when
    Throwable refused = catchThrowable(() -> NeutralityEngine.withRuleFolder(folder, false));

    // then
    assertThat(refused).hasMessage(questions + ":1:1: a line of more than 66560 characters; a string may have at most 65536 characters");
    assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(java.time.Duration.ofSeconds(10));
  }

  @Test
  void yamlOverTheSizeLimit_loaded_isRefusedWithoutParsingIt() throws IOException {
    // given: a 150 MB line never finished; past 16 MiB a file is not read at all
    Path folder = exported();
    Path questions = folder.resolve("questions.yaml");
    Files.write(questions, new byte[(16 << 20) + 1]);

    // then
    assertThatThrownBy(() -> NeutralityEngine.withRuleFolder(folder, true))
        .hasMessage(questions + ": the file has 16777217 bytes, more than the limit of 16777216");
  }

  @Test
  void rulesFolderThatIsASymbolicLink_loaded_isRefused() throws IOException {
    // given
    Path folder = exported();
    Path rules = folder.resolve("rules");
    Files.move(rules, outside.resolve("rules"));
    Files.createSymbolicLink(rules, outside.resolve("rules"));

    // then
    assertThatThrownBy(() -> NeutralityEngine.withRuleFolder(folder, true))
        .hasMessage(rules + ": a symbolic link; a rule folder is read only from its own files");
  }
}
