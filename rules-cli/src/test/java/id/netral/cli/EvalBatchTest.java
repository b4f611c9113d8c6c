package id.netral.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run over many files, or a long NDJSON stream, loses nothing: refused parts are reported, the rest evaluated. */
class EvalBatchTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path tmp;

  @Test
  void eval_manyFilesWithSomeRefused_evaluatesEveryOtherFileAndCountsTheRefused() throws IOException {
    // given: 30 valid files, with an empty file, a Latin-1 file and a broken one among them
    Path dir = Files.createDirectory(tmp.resolve("many"));
    for (int i = 0; i < 30; i++) {
      Files.writeString(dir.resolve(String.format("s%02d.yaml", i)), scenarioFile("pns-" + i));
    }
    Files.writeString(dir.resolve("s05-empty.yaml"), "");
    Files.write(dir.resolve("s15-latin1.yaml"), scenarioFile("caf\u00e9").getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(dir.resolve("s25-broken.yaml"), "version: 1\nscenarios: [\n");

    // when
    Cli run = Cli.run("eval", "--format", "ndjson", dir.toString());

    // then
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.outLines()).hasSize(30);
    assertThat(run.errLines()).hasSize(4);
    assertThat(run.errLines().get(0)).startsWith(dir.resolve("s05-empty.yaml") + ": the file is empty");
    assertThat(run.errLines().get(1)).startsWith(dir.resolve("s15-latin1.yaml") + ":3:23: byte 0xE9 is not UTF-8");
    assertThat(run.errLines().get(2)).startsWith(dir.resolve("s25-broken.yaml") + ":3:1: not valid YAML");
    assertThat(run.errLines().get(3)).isEqualTo("netral: 30 scenarios evaluated, 3 files refused");
  }

  @Test
  void eval_ndjsonStreamWithBadLinesAcrossBatches_evaluatesEveryGoodLineInOrder() throws IOException {
    // given: many batches, with bad lines before, at and after a batch boundary (line 4096)
    assertThat(4096 % Batch.BATCH).isZero();
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    List<Integer> bad = List.of(2, 4096, 4097, 4100);
    int lines = 4200;
    List<String> expectedIds = new ArrayList<>();
    for (int n = 1; n <= lines; n++) {
      if (n == 2) {
        stream.writeBytes("{\"id\": \"broken\", ".getBytes(StandardCharsets.UTF_8));
      } else if (n == 4096) {
        stream.writeBytes(scenarioLine("caf\u00e9").getBytes(StandardCharsets.ISO_8859_1));
      } else if (n == 4097) {
        stream.writeBytes(scenarioLine("x".repeat(2048)).getBytes(StandardCharsets.UTF_8));
      } else if (n == 4100) {
        stream.writeBytes(scenarioLine("pns-typo").replace("\"PNS\"", "\"PNSS\"").getBytes(StandardCharsets.UTF_8));
      } else if (n == 10) {
        stream.writeBytes("   ".getBytes(StandardCharsets.UTF_8));
      } else {
        stream.writeBytes(scenarioLine("s-" + n).getBytes(StandardCharsets.UTF_8));
        expectedIds.add("s-" + n);
      }
      stream.writeBytes(n % 2 == 0 ? "\r\n".getBytes(StandardCharsets.UTF_8) : "\n".getBytes(StandardCharsets.UTF_8));
    }
    Path file = tmp.resolve("stream.ndjson");
    Files.write(file, stream.toByteArray());

    // when
    Cli run = Cli.run("eval", "--input", "ndjson", "--format", "ndjson", "--max-file-size", "1K", file.toString());

    // then
    assertThat(run.exit()).isEqualTo(2);
    List<String> ids = run.outLines().stream().map(l -> readTree(l).path("scenario").asText()).toList();
    assertThat(ids).containsExactlyElementsOf(expectedIds);
    assertThat(run.errLines()).hasSize(bad.size() + 1);
    assertThat(run.errLines().get(0)).startsWith(file + ":2:").contains("not valid JSON");
    assertThat(run.errLines().get(1)).isEqualTo(file + ":4096:12: byte 0xE9 is not UTF-8 (is the file Latin-1 or"
        + " Windows-1252?); scenario files are UTF-8 text; save it as UTF-8");
    assertThat(run.errLines().get(2)).isEqualTo(file + ":4097:1: the line has 2257 bytes, more than the limit of 1024");
    assertThat(run.errLines().get(3)).startsWith(file + ":4100:").contains("actor.type: unknown actor type 'PNSS'");
    assertThat(run.errLines().get(4)).isEqualTo("netral: " + (lines - bad.size() - 1)
        + " scenarios evaluated, 4 lines or files refused");
  }

  @Test
  void eval_ndjsonStreamsOneMissing_evaluatesTheOthersAndSaysSoInTheSummary() throws IOException {
    // given
    Path first = tmp.resolve("a.ndjson");
    Path second = tmp.resolve("b.ndjson");
    Files.writeString(first, scenarioLine("a-1") + "\n" + scenarioLine("a-2") + "\n");
    Files.writeString(second, scenarioLine("b-1"));

    // when
    Cli run = Cli.run("eval", "--input", "ndjson", first.toString(), tmp.resolve("missing.ndjson").toString(),
        second.toString());

    // then
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly(tmp.resolve("missing.ndjson") + ": no such file",
        "netral: 3 scenarios evaluated, 1 line or file refused");
    assertThat(run.out()).contains("== a-1:", "== a-2:", "== b-1:", "3 scenarios: ", "; 1 line or file refused");
  }

  @Test
  void eval_suitesAsNdjsonStream_giveTheResultsOfFileByFileEvaluation() throws IOException {
    // given: every scenario of the legal suites, evaluated file by file on one thread, and as one
    // NDJSON stream evaluated in batches on every core
    Path suites = Path.of("../rules-catalog/src/test/resources/scenarios");
    Cli oneByOne = Cli.run("eval", "--format", "ndjson", suites.toString());
    ObjectMapper yaml = new ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
    StringBuilder stream = new StringBuilder();
    for (Path file : Common.files(List.of(suites))) {
      for (com.fasterxml.jackson.databind.JsonNode s : yaml.readTree(file.toFile()).path("scenarios")) {
        stream.append(JSON.writeValueAsString(s)).append('\n');
      }
    }
    Path ndjson = tmp.resolve("suites.ndjson");
    Files.writeString(ndjson, stream);

    // when
    Cli batch = Cli.run("eval", "--input", "ndjson", "--format", "ndjson", ndjson.toString());

    // then
    assertThat(oneByOne.exit()).isZero();
    assertThat(batch.exit()).isZero();
    assertThat(batch.outLines()).hasSizeGreaterThan(200);
    assertThat(withoutFile(batch.outLines())).containsExactlyElementsOf(withoutFile(oneByOne.outLines()));
  }

  private static List<com.fasterxml.jackson.databind.JsonNode> withoutFile(List<String> lines) {
    return lines.stream().map(l -> {
      com.fasterxml.jackson.databind.node.ObjectNode n = (com.fasterxml.jackson.databind.node.ObjectNode) readTree(l);
      n.remove("file");
      return (com.fasterxml.jackson.databind.JsonNode) n;
    }).toList();
  }

  private static com.fasterxml.jackson.databind.JsonNode readTree(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new AssertionError(line, e);
    }
  }

  private static String scenarioFile(String title) {
    return "version: 1\nscenarios:\n  - {id: s, title: " + title + ", election: pemilu-2024,\n"
        + "     actor: {id: asn-1, type: PNS}, acts: [{type: CAMPAIGN_ROLE, date: 2023-12-01, role: TEAM_MEMBER}]}\n";
  }

  private static String scenarioLine(String id) {
    return "{\"id\": \"" + id + "\", \"election\": \"pemilu-2024\", \"actor\": {\"id\": \"asn-1\", \"type\": \"PNS\"},"
        + " \"acts\": [{\"type\": \"SOCIAL_MEDIA_ENGAGEMENT\", \"date\": \"2023-10-17\", \"form\": \"LIKE\","
        + " \"target\": {\"kind\": \"CANDIDATE\", \"name\": \"X\"}}]}";
  }
}
