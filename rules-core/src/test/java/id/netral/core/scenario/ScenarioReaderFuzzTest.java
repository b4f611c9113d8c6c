package id.netral.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the scenario reader: whatever the bytes, it never throws; it accepts
 * the file with at least one scenario, or refuses it whole with one-line problems that name the
 * file. Without {@code JAZZER_FUZZ} it replays the inputs under {@code ScenarioReaderFuzzTestInputs/};
 * the build fuzzes the first method for a few seconds (the {@code fuzz-reader} execution in this
 * module's pom); the second is for longer runs (see the README).
 */
class ScenarioReaderFuzzTest {
  private static final String NAME = "fuzz.yaml";
  /** Small limits, so that the fuzzer reaches them. */
  private static final ScenarioReader READER = new ScenarioReader(TestElections.BUILT_IN,
      ScenarioReader.Limits.DEFAULT.withMaxFileBytes(64 * 1024).withMaxDepth(12).withMaxStringLength(512)
          .withMaxValues(2_000));

  @FuzzTest(maxDuration = "5s")
  void read_fuzzedBytes_acceptsOrRefusesInOneLinePerProblem(byte[] content) {
    check(content);
  }

  @FuzzTest(maxDuration = "30m")
  void read_fuzzedBytesLongRun_acceptsOrRefusesInOneLinePerProblem(byte[] content) {
    check(content);
  }

  private static void check(byte[] content) {
    // when
    ScenarioFile file = READER.read(NAME, content);
    ScenarioFile line = READER.readJsonLine(NAME, 7, content);

    // then
    for (ScenarioFile f : new ScenarioFile[] {file, line}) {
      assertThat(f.file()).isEqualTo(NAME);
      if (f.refused()) {
        assertThat(f.scenarios()).isEmpty();
        assertThat(f.problems()).hasSizeLessThanOrEqualTo(ScenarioReader.MAX_PROBLEMS + 1).allSatisfy(p -> {
          assertThat(p.file()).isEqualTo(NAME);
          assertThat(p.toString()).startsWith(NAME + ":").doesNotContain("\n", "\r", "\u2028", "\u2029", "\u0085");
          assertThat(p.message()).isNotBlank();
        });
      } else {
        assertThat(f.scenarios()).isNotEmpty();
      }
    }
    assertThat(line.scenarios()).hasSizeLessThanOrEqualTo(1);
    assertThat(line.problems()).allSatisfy(p -> assertThat(p.line()).isEqualTo(7));
  }
}
