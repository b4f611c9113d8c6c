package id.netral.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile scenario files, each evaluated beside a valid file: refused in one line that names the
 * file and the problem, in well under 5 s, while the valid file's results are still printed. The
 * committed fixtures are under {@code hostile/}; the large ones are written at test time.
 */
class HostileInputTest {
  private static final String VALID = "src/test/resources/cli/valid.yaml";
  private static final Path HOSTILE = Path.of("src/test/resources/hostile");
  private static final Duration BOUND = Duration.ofSeconds(5);

  @TempDir
  Path tmp;

  /** One row per fixture under {@code hostile/}: the file and the one line that refuses it. */
  static Stream<Arguments> hostileFixtures() {
    return Stream.of(
        arguments("alias-bomb.yaml",
            "4:11: lol1[0]: YAML aliases (*a) are not accepted in scenario files; write the value out"),
        arguments("deep-nesting.yaml",
            "2:44: scenarios" + "[0]".repeat(32) + ": nested deeper than 32 levels; scenario files are at most a few"
                + " levels deep"),
        arguments("duplicate-keys.yaml",
            "11:9: scenarios[0].acts[0].date: duplicate key 'date' (first given at line 9)"),
        arguments("utf16-bom.yaml",
            "1:1: the file starts with a UTF-16 byte order mark; scenario files are UTF-8 text; save it as UTF-8"),
        arguments("utf16-no-bom.yaml",
            "1:2: a NUL byte: this is not UTF-8 text (UTF-16 without a byte order mark, or a binary file?);"
                + " scenario files are UTF-8 text; save it as UTF-8"),
        arguments("latin1.yaml",
            "4:39: byte 0xE9 is not UTF-8 (is the file Latin-1 or Windows-1252?); scenario files are UTF-8 text;"
                + " save it as UTF-8"),
        arguments("date-not-exists.yaml",
            "8:37: scenarios[0].acts[0].date: '2023-02-29' is not a date that exists (2023-02 has 28 days);"
                + " expected a date as YYYY-MM-DD"),
        arguments("empty.yaml",
            " the file is empty; expected 'version: 1' and a list of 'scenarios'"),
        arguments("binary.yaml",
            "3:194: a NUL byte: this is not UTF-8 text (UTF-16 without a byte order mark, or a binary file?);"
                + " scenario files are UTF-8 text; save it as UTF-8"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileFixtures")
  void eval_hostileFixtureBesideValidFile_refusesItInOneLineAndEvaluatesTheOther(String fixture, String expected) {
    // given
    String file = "src/test/resources/hostile/" + fixture;

    // when, then
    assertRefusedInOneLine(file, file + ":" + expected);
  }

  @Test
  void hostileFolder_everyFixture_hasARowInTheTable() throws IOException {
    // given
    List<String> rows = hostileFixtures().map(a -> (String) a.get()[0]).toList();

    // when
    List<String> files;
    try (Stream<Path> list = Files.list(HOSTILE)) {
      files = list.map(p -> p.getFileName().toString()).sorted().toList();
    }

    // then
    assertThat(rows).containsExactlyInAnyOrderElementsOf(files);
  }

  @Test
  void eval_hugeStringOnOneLine_refusesTheLineWithoutParsingIt() throws IOException {
    // given: a 4 MiB title, which would cost SnakeYAML minutes (its scanner is quadratic in a token)
    Path file = write("huge-string.yaml", validWithTitle("x".repeat(4 << 20)));

    // when, then
    assertRefusedInOneLine(file.toString(), file + ":6:1: scenarios[0].title: a line of more than 66560 characters;"
        + " a string may have at most 65536 characters");
  }

  @Test
  void eval_hugeStringOverManyLines_refusesTheString() throws IOException {
    // given: a folded title of 2,000 lines of 1,000 characters each
    String folded = ">\n" + ("      " + "y".repeat(1000) + "\n").repeat(2000);
    Path file = write("huge-folded-string.yaml", validWithTitle(folded));

    // when, then
    assertRefusedInOneLine(file.toString(), file + ":6:12: scenarios[0].title: a string of 2002000 characters,"
        + " more than the limit of 65536");
  }

  @Test
  void eval_hugeStringInMinifiedJson_refusesTheString() throws IOException {
    // given: JSON on one line, read with the JSON parser (no line limit), with a 1 MiB title
    String json = "{\"version\":1,\"scenarios\":[{\"id\":\"a\",\"title\":\"" + "z".repeat(1 << 20) + "\","
        + "\"election\":\"pemilu-2024\",\"actor\":{\"id\":\"asn-1\",\"type\":\"PNS\"},\"acts\":[]}]}";
    Path file = write("huge-string.json", json);

    // when, then
    assertRefusedInOneLine(file.toString(), file + ":1:45: scenarios[0].title: a string of 1048576 characters,"
        + " more than the limit of 65536");
  }

  @Test
  void eval_fileOverTheSizeLimit_refusesItUnread() throws IOException {
    // given: a sparse file one byte over 16 MiB (its content is never read)
    Path file = tmp.resolve("huge-file.yaml");
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(16L * 1024 * 1024 + 1);
    }

    // when, then
    assertRefusedInOneLine(file.toString(), file + ": the file has 16777217 bytes, more than the limit of 16777216");
  }

  @Test
  void eval_randomBytesWithoutNul_refusesTheFirstByteThatIsNotUtf8() throws IOException {
    // given
    byte[] bytes = new byte[4096];
    new Random(20261123).nextBytes(bytes);
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = bytes[i] == 0 ? (byte) 0xC3 : bytes[i];
    }
    bytes[0] = (byte) 0xFF;
    Path file = tmp.resolve("random.yaml");
    Files.write(file, bytes);

    // when, then
    assertRefusedInOneLine(file.toString(), file + ":1:1: byte 0xFF is not UTF-8 (is the file Latin-1 or"
        + " Windows-1252?); scenario files are UTF-8 text; save it as UTF-8");
  }

  @Test
  void eval_maxFileSizeOption_refusesALargerFile() {
    // when
    Cli run = Cli.run("eval", "--max-file-size", "512", VALID);

    // then
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines()).singleElement().asString()
        .isEqualTo(VALID + ": the file has 655 bytes, more than the limit of 512");
  }

  @Test
  void eval_maxDepthOption_refusesANestingDeeperThanIt() {
    // when
    Cli run = Cli.run("eval", "--max-depth", "3", VALID);

    // then
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly(VALID + ":6:17: scenarios[0].actor.id: nested deeper than 3"
        + " levels; scenario files are at most a few levels deep");
  }

  @Test
  void test_maxStringLengthOption_refusesALongerString() {
    // when
    Cli run = Cli.run("test", "--max-string-length", "20", VALID);

    // then
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly("REFUSED " + VALID + ":4:12: scenarios[0].title: a string of 32"
        + " characters, more than the limit of 20");
  }

  @Test
  void eval_maxValuesOption_refusesAFileWithMoreValues() {
    // when
    Cli run = Cli.run("eval", "--max-values", "10", VALID);

    // then
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly(VALID + ":8:7: scenarios[0].acts: more than 10 values"
        + " (mappings, lists and scalars) in one file; split the file, or stream it as NDJSON");
  }

  @Test
  void eval_sizeOptionThatIsNotASize_isAUsageError() {
    // when
    Cli run = Cli.run("eval", "--max-file-size", "lots", VALID);

    // then
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines().get(0)).contains("'lots' is not a size; expected a number such as 65536, 64K or 16M");
  }

  private static String validWithTitle(String title) {
    return "version: 1\n"
        + "scenarios:\n"
        + "  - id: besar\n"
        + "    election: pemilu-2024\n"
        + "    actor: {id: asn-1, type: PNS}\n"
        + "    title: " + title + "\n"
        + "    acts: []\n";
  }

  private Path write(String name, String content) throws IOException {
    Path file = tmp.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  /** Runs eval on {@code file} and the valid file; checks the one refusal, the valid results and the time. */
  private static void assertRefusedInOneLine(String file, String expectedLine) {
    // when
    long start = System.nanoTime();
    Cli run = Cli.run("eval", file, VALID);
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    // then
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly(expectedLine);
    assertThat(run.out()).contains("== pns-tim-kampanye: VIOLATION", "== pns-like-unggahan-netral: NO_VIOLATION",
        "2 scenarios: 1 VIOLATION, 1 NO_VIOLATION, 0 NEEDS_ASSESSMENT; 1 file refused");
    assertThat(took).isLessThan(BOUND);
  }
}
