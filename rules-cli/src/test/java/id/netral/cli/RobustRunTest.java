package id.netral.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs that lose nothing: a bad line, file or option is refused in one line, and the rest is evaluated. */
class RobustRunTest {
  /** A lone surrogate, as JSON and YAML write it: backslash, u, dc00. */
  private static final String LONE = "\\" + "udc00";

  @TempDir
  Path tmp;

  @Test
  void evalNdjson_lineWithLoneSurrogate_refusesTheLineAndEvaluatesTheRest() throws IOException {
    // given: line 3 names a target with a lone surrogate; 5 good lines in this file and 4 in the next
    StringBuilder first = new StringBuilder();
    for (int n = 1; n <= 6; n++) {
      first.append(n == 3 ? scenarioLine("bad").replace("\"X\"", "\"" + LONE + "\"") : scenarioLine("a-" + n))
          .append('\n');
    }
    Path a = tmp.resolve("a.ndjson");
    Path b = tmp.resolve("b.ndjson");
    Files.writeString(a, first);
    Files.writeString(b, IntStream.rangeClosed(1, 4).mapToObj(n -> scenarioLine("b-" + n) + "\n")
        .reduce("", String::concat));

    // when
    Cli run = Cli.run("eval", "--input", "ndjson", "--format", "ndjson", a.toString(), b.toString());

    // then
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.outLines()).hasSize(9);
    assertThat(run.errLines()).containsExactly(
        a + ":3:206: acts[0].target.name: a lone surrogate (\\udc00) at character 1 of the string: not Unicode text;"
            + " write the character itself, or a complete surrogate pair",
        "netral: 9 scenarios evaluated, 1 line or file refused");
  }

  @Test
  void evalYaml_fileWithLoneSurrogate_refusesTheFileAndEvaluatesTheOthers() throws IOException {
    // given
    Path bad = tmp.resolve("a-bad.yaml");
    Path good = tmp.resolve("b-good.yaml");
    Files.writeString(bad, scenarioFile("\"" + LONE + "\""));
    Files.writeString(good, scenarioFile("fine"));

    // when
    Cli run = Cli.run("eval", "--format", "ndjson", bad.toString(), good.toString());

    // then
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.outLines()).hasSize(1);
    assertThat(run.errLines().get(0)).startsWith(bad + ":3:").contains("scenarios[0].title: a lone surrogate");
  }

  @Test
  void testJunit_fileWithLoneSurrogate_writesWellFormedXmlWithTheRefusal() throws Exception {
    // given
    Path bad = tmp.resolve("a-bad.yaml");
    Files.writeString(bad, scenarioFile("\"" + LONE + "\""));
    Path good = tmp.resolve("b-good.yaml");
    Files.writeString(good, scenarioFile("fine"));
    Path xml = tmp.resolve("junit.xml");

    // when
    Cli run = Cli.run("test", "--junit", xml.toString(), bad.toString(), good.toString());

    // then
    assertThat(run.exit()).isEqualTo(2);
    assertThat(parseXml(xml).getElementsByTagName("testcase").getLength()).isEqualTo(2);
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {
      "eval --max-depth 0", "eval --max-depth -3", "eval --max-values 0", "eval --max-file-size -1",
      "eval --max-string-length 0", "test --min-coverage NaN", "test --min-coverage 101",
      "test --min-coverage -1", "diff --max-depth 0 --base bundled --candidate bundled"})
  void command_badOptionValue_isAUsageErrorInOneLine(String options) throws IOException {
    // given
    Path file = tmp.resolve("s.yaml");
    Files.writeString(file, scenarioFile("fine"));
    String[] args = (options + " " + file).split(" ");

    // when
    Cli run = Cli.run(args);

    // then
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines().get(0)).startsWith("netral: Invalid value for option '--");
    assertThat(run.err()).doesNotContain("internal error");
  }

  @Test
  void rulesExport_ontoAnExistingFile_isRefusedInOneLine() throws IOException {
    // given
    Path file = Files.writeString(tmp.resolve("taken.txt"), "mine");

    // when
    Cli run = Cli.run("rules", "export", file.toString());

    // then
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly("netral: " + file + ": exists and is not an empty folder; choose a new one");
    assertThat(Files.readString(file)).isEqualTo("mine");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {
      "eval", "eval --format json", "eval --format ndjson", "eval --format markdown",
      "eval --input ndjson --format text", "eval --input ndjson --format json", "test", "catalog",
      "catalog --format json"})
  void command_outputThatCannotBeWritten_exits3WithOneLine(String command) throws IOException {
    // given: standard output on a full disk
    java.io.OutputStream full = new java.io.OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("No space left on device");
      }
    };
    String input = command.contains("--input") ? "src/test/resources/cli/valid.ndjson" : "src/test/resources/cli/valid.yaml";
    String[] args = (command + (command.startsWith("catalog") ? "" : " " + input)).split(" ");
    java.io.StringWriter err = new java.io.StringWriter();

    // when
    int exit = Netral.run(args, new java.io.PrintWriter(full), new java.io.PrintWriter(err));

    // then
    assertThat(exit).isEqualTo(3);
    assertThat(err.toString().lines().toList()).containsExactly(
        "netral: cannot write the standard output; the run stopped and the output is incomplete");
  }

  @Test
  void testJunit_reportThatCannotBeWritten_exits3WithOneLine() throws IOException {
    // given: the report's folder is a file
    Path notAFolder = Files.writeString(tmp.resolve("file"), "x");

    // when
    Cli run = Cli.run("test", "--junit", notAFolder.resolve("junit.xml").toString(), "src/test/resources/cli/valid.yaml");

    // then
    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.errLines()).singleElement().asString()
        .startsWith("netral: cannot write the JUnit report " + notAFolder.resolve("junit.xml"));
  }

  @Test
  void evalText_titleNamesAndFileNameWithControlCharacters_printsThemEscaped() throws IOException {
    // given: a title that clears the screen, a name with a line break and a C1 CSI, a file name with a bell
    Path file = tmp.resolve("s\u0007.yaml");
    Files.writeString(file, "version: 1\nscenarios:\n  - {id: s, title: \"\\e[2J\\e[Hcleared\","
        + " election: pemilu-2024,\n     actor: {id: asn-1, name: \"A\\nFAKE \\u009b1m\", type: PNS},"
        + " acts: [{type: CAMPAIGN_ROLE, date: 2023-12-01, role: TEAM_MEMBER}]}\n");

    // when
    Cli text = Cli.run("eval", file.toString());
    Cli test = Cli.run("test", file.toString());

    // then
    assertThat(text.exit()).as(text.err()).isZero();
    assertThat(text.out()).doesNotContainPattern("[\\x00-\\x09\\x0b-\\x1f\\x7f-\\x9f]")
        .contains("\\x1B[2J\\x1B[Hcleared", "A\\x0AFAKE \\x9B1m (asn-1)", "s\\x07.yaml");
    assertThat(text.outLines()).noneMatch(l -> l.startsWith("FAKE"));
    assertThat(test.out()).doesNotContain("\u0007").contains("s\\x07.yaml: s (no expectations)");
  }

  @Test
  void evalMarkdown_titleWithHtmlAndHeadings_escapesThem() throws IOException {
    // given
    Path file = tmp.resolve("s.yaml");
    Files.writeString(file, scenarioFile("\"<script>alert(1)</script>\\n# Forged heading | x\""));

    // when
    Cli run = Cli.run("eval", "--format", "markdown", file.toString());

    // then
    assertThat(run.exit()).isZero();
    assertThat(run.out()).doesNotContain("<script>").contains("\\<script\\>alert(1)\\</script\\>")
        .contains("\\x0A\\# Forged heading \\| x");
    assertThat(run.outLines()).noneMatch(l -> l.startsWith("#") && l.contains("Forged"));
  }

  @Test
  void testJunit_fileNameWithControlCharacter_writesWellFormedXml() throws Exception {
    // given
    Path file = tmp.resolve("s\u0001\u001b<&>.yaml");
    Files.writeString(file, scenarioFile("fine"));
    Path xml = tmp.resolve("junit.xml");

    // when
    Cli run = Cli.run("test", "--junit", xml.toString(), file.toString());

    // then
    assertThat(run.exit()).as(run.err()).isZero();
    org.w3c.dom.Element testcase = (org.w3c.dom.Element) parseXml(xml).getElementsByTagName("testcase").item(0);
    assertThat(testcase.getAttribute("classname")).isEqualTo(tmp.resolve("s\\x01\\x1B<&>.yaml").toString());
  }

  @Test
  @org.junit.jupiter.api.Timeout(value = 60)
  void eval_fifoWithNoWriterAndDevZero_refusesThemAndEvaluatesTheRest() throws Exception {
    // given
    Path fifo = tmp.resolve("pipe.ndjson");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    Path good = tmp.resolve("good.ndjson");
    Files.writeString(good, scenarioLine("g-1") + "\n");
    Path yaml = tmp.resolve("good.yaml");
    Files.writeString(yaml, scenarioFile("fine"));
    String notRegular = ": not a regular file (a FIFO, device or socket could block or never end); give a file, or"
        + " - for standard input";

    // when
    Cli ndjson = Cli.run("eval", "--input", "ndjson", "--format", "ndjson", fifo.toString(), "/dev/zero", good.toString());
    Cli files = Cli.run("eval", "--format", "ndjson", fifo.toString(), "/dev/zero", yaml.toString());
    Cli test = Cli.run("test", fifo.toString(), yaml.toString());

    // then
    assertThat(ndjson.exit()).isEqualTo(2);
    assertThat(ndjson.outLines()).hasSize(1);
    assertThat(ndjson.errLines()).containsExactly(fifo + notRegular, "/dev/zero" + notRegular,
        "netral: 1 scenario evaluated, 2 lines or files refused");
    assertThat(files.exit()).isEqualTo(2);
    assertThat(files.outLines()).hasSize(1);
    assertThat(files.errLines()).startsWith(fifo + notRegular, "/dev/zero" + notRegular);
    assertThat(test.exit()).isEqualTo(2);
    assertThat(test.out()).contains("1 file or scenario refused");
  }

  @Test
  void evalNdjson_folderOfNdjsonFiles_evaluatesThem() throws IOException {
    // given
    Path dir = Files.createDirectory(tmp.resolve("streams"));
    Files.writeString(dir.resolve("a.ndjson"), scenarioLine("a-1") + "\n" + scenarioLine("a-2") + "\n");
    Files.writeString(dir.resolve("b.jsonl"), scenarioLine("b-1") + "\n");
    Files.writeString(dir.resolve("notes.txt"), "not a stream");

    // when
    Cli run = Cli.run("eval", "--input", "ndjson", "--format", "ndjson", dir.toString());

    // then
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.outLines()).hasSize(3);
  }

  @Test
  void eval_folderWithNoScenarioFiles_isRefused() throws IOException {
    // given
    Path empty = Files.createDirectory(tmp.resolve("empty"));
    Files.writeString(empty.resolve("notes.txt"), "nothing here");

    // when
    Cli yaml = Cli.run("eval", empty.toString());
    Cli ndjson = Cli.run("eval", "--input", "ndjson", empty.toString());
    Cli test = Cli.run("test", empty.toString());

    // then
    assertThat(yaml.exit()).isEqualTo(2);
    assertThat(yaml.errLines()).containsExactly("netral: " + empty + ": no scenario files (.yaml, .yml, .json) in"
        + " this folder or below it (target/, hidden folders and rule folders are skipped)");
    assertThat(ndjson.exit()).isEqualTo(2);
    assertThat(ndjson.errLines()).containsExactly("netral: " + empty + ": no NDJSON files (.ndjson, .jsonl) in this folder"
        + " or below it (target/, hidden folders and rule folders are skipped)");
    assertThat(test.exit()).isEqualTo(2);
    assertThat(test.errLines()).containsExactlyElementsOf(yaml.errLines());
    assertThat(test.out()).isEmpty();
  }

  /** A rule folder with a rule that updates its fact (for acts on the 13th) and one that throws (on the 14th). */
  private Path faultyRules() throws IOException {
    Path dir = tmp.resolve("faulty");
    Cli export = Cli.run("rules", "export", dir.toString());
    assertThat(export.exit()).as(export.err()).isZero();
    // appended to a listed file, so the folder's manifest needs no change
    Path drl = dir.resolve("rules/uu7_2017/pasal_494.drl");
    Files.writeString(drl, Files.readString(drl) + """

        rule "uu-7-2017/pasal-494 faulty: loops"
            @basis("uu-7-2017/pasal-494")
            @track("CRIMINAL")
            @consequence("pidana/uu-7-2017/pasal-494")
        when
            $act : ActFact( date.dayOfMonth == 13 )
        then
            update($act);
        end

        rule "uu-7-2017/pasal-494 faulty: throws"
            @basis("uu-7-2017/pasal-494")
            @track("CRIMINAL")
            @consequence("pidana/uu-7-2017/pasal-494")
        when
            $act : ActFact( date.dayOfMonth == 14 )
        then
            if (true) { throw new IllegalStateException("boom"); }
        end
        """);
    return dir;
  }

  @Test
  @org.junit.jupiter.api.Timeout(value = 180)
  void eval_ruleThatLoopsOrThrows_reportsTheScenarioAndRuleAndGoesOn() throws IOException {
    // given: in the first file a scenario that loops, in the second one that throws, each before a good one
    Path rules = faultyRules();
    Path first = tmp.resolve("a.yaml");
    Path second = tmp.resolve("b.yaml");
    Files.writeString(first, twoScenarios("loop", "2023-12-13"));
    Files.writeString(second, twoScenarios("throw", "2023-12-14"));
    Path lines = tmp.resolve("c.ndjson");
    Files.writeString(lines, scenarioLine("l-loop").replace("2023-10-17", "2023-10-13") + "\n"
        + scenarioLine("l-throw").replace("2023-10-17", "2023-10-14") + "\n" + scenarioLine("l-good") + "\n");

    // when
    Cli yaml = Cli.run("eval", "--format", "ndjson", "--rules", rules.toString(), "--trust-rules", first.toString(),
        second.toString());
    Cli ndjson = Cli.run("eval", "--input", "ndjson", "--format", "ndjson", "--rules", rules.toString(),
        "--trust-rules", lines.toString());
    Cli test = Cli.run("test", "--rules", rules.toString(), "--trust-rules", first.toString(), second.toString());

    // then
    assertThat(yaml.exit()).as(yaml.err()).isEqualTo(2);
    assertThat(yaml.outLines()).as(yaml.err()).hasSize(2).allMatch(l -> l.contains("\"scenario\":\"good-"));
    assertThat(yaml.errLines()).hasSize(3);
    assertThat(yaml.errLines().get(0)).matches(java.util.regex.Pattern.quote(first + ": scenario 'loop': rule"
        + " \"uu-7-2017/pasal-494 faulty: loops\" fired more than ") + "[0-9]+" + java.util.regex.Pattern.quote(
            " times: does it update the fact it matched? (a firing limit per assessment)"));
    assertThat(yaml.errLines().subList(1, 3)).containsExactly(
        second + ": scenario 'throw': rule \"uu-7-2017/pasal-494 faulty: throws\" threw IllegalStateException: boom",
        "netral: 2 scenarios not assessed: a rule failed");
    assertThat(ndjson.exit()).isEqualTo(2);
    assertThat(ndjson.outLines()).singleElement().asString().contains("\"scenario\":\"l-good\"");
    assertThat(ndjson.errLines()).hasSize(3);
    assertThat(ndjson.errLines().get(0)).startsWith(lines + ":1:1: scenario 'l-loop': rule \"uu-7-2017/pasal-494 faulty: loops\"");
    assertThat(ndjson.errLines().get(1)).startsWith(lines + ":2:1: scenario 'l-throw': rule \"uu-7-2017/pasal-494 faulty: throws\"");
    assertThat(test.exit()).isEqualTo(2);
    assertThat(test.out()).contains("2 files or scenarios refused");
  }

  private static String twoScenarios(String bad, String date) {
    return "version: 1\nscenarios:\n"
        + "  - {id: " + bad + ", election: pemilu-2024, actor: {id: asn-1, type: PNS},\n"
        + "     acts: [{type: CAMPAIGN_ROLE, date: " + date + ", role: TEAM_MEMBER}]}\n"
        + "  - {id: good-" + bad + ", election: pemilu-2024, actor: {id: asn-1, type: PNS},\n"
        + "     acts: [{type: CAMPAIGN_ROLE, date: 2023-12-01, role: TEAM_MEMBER}]}\n";
  }

  @Test
  void eval_actsOutsideEveryEncodedRegime_carryANotice() throws IOException {
    // given: a like in 2031 under pemilu-2024, and one in 1990
    Path file = tmp.resolve("s.yaml");
    Files.writeString(file, "version: 1\nscenarios:\n"
        + "  - {id: s, election: pemilu-2024, actor: {id: asn-1, type: PNS}, acts: [\n"
        + "      {id: late, type: SOCIAL_MEDIA_ENGAGEMENT, date: 2031-03-01, form: LIKE, target: {kind: CANDIDATE}},\n"
        + "      {id: early, type: SOCIAL_MEDIA_ENGAGEMENT, date: 1990-03-01, form: LIKE, target: {kind: CANDIDATE}}]}\n");

    // when
    Cli json = Cli.run("eval", "--format", "ndjson", file.toString());
    Cli text = Cli.run("eval", file.toString());

    // then
    assertThat(json.exit()).as(json.err()).isZero();
    com.fasterxml.jackson.databind.JsonNode result = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out());
    assertThat(result.path("notices").findValuesAsText("code"))
        .containsExactly("AFTER_ELECTION_CALENDAR", "BEFORE_ENCODED_LAW");
    assertThat(result.path("notices").get(0).path("act").asText()).isEqualTo("late");
    assertThat(result.path("notices").get(0).path("text").path("en").asText())
        .contains("after the voting day of pemilu-2024 (14 February 2024), outside its calendar");
    assertThat(result.path("notices").get(1).path("text").path("id").asText()).contains("(1 Maret 1990)");
    assertThat(json.out()).doesNotContain("pemilu-2024, after voting day");
    assertThat(text.out()).contains("[late] NOTICE  AFTER_ELECTION_CALENDAR", "[early] NOTICE  BEFORE_ENCODED_LAW");
  }

  static org.w3c.dom.Document parseXml(Path xml) throws Exception {
    javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(xml.toFile());
  }

  static String scenarioFile(String title) {
    return "version: 1\nscenarios:\n  - {id: s, title: " + title + ", election: pemilu-2024,\n"
        + "     actor: {id: asn-1, type: PNS}, acts: [{type: CAMPAIGN_ROLE, date: 2023-12-01, role: TEAM_MEMBER}]}\n";
  }

  static String scenarioLine(String id) {
    return "{\"id\": \"" + id + "\", \"election\": \"pemilu-2024\", \"actor\": {\"id\": \"asn-1\", \"type\": \"PNS\"},"
        + " \"acts\": [{\"type\": \"SOCIAL_MEDIA_ENGAGEMENT\", \"date\": \"2023-10-17\", \"form\": \"LIKE\","
        + " \"target\": {\"kind\": \"CANDIDATE\", \"name\": \"X\"}}]}";
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
