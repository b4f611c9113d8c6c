package id.netral.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What {@code netral eval} prints for the bundled examples, in every format and language, as golden files. */
class GoldenOutputTest {
  private static final String EXAMPLE = "../examples/scenarios/pemilu-2024.yaml";

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"text,id", "text,en", "markdown,id", "markdown,en", "json,id", "json,en", "ndjson,id"})
  void eval_example_printsTheGoldenOutput(String format, String lang) {
    // when
    Cli run = Cli.run("eval", "--format", format, "--lang", lang, EXAMPLE);

    // then
    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isZero();
    Golden.assertMatches("eval/pemilu-2024." + lang + "." + format, run.out());
  }

  @ParameterizedTest(name = "{0} --explain {1} --citations {2}")
  @CsvSource({"ndjson,none,full", "ndjson,id,full", "ndjson,en,full", "ndjson,both,id", "ndjson,none,id",
      "json,none,id"})
  void eval_leanOptions_printTheGoldenOutput(String format, String explain, String citations) {
    // when
    Cli run = Cli.run("eval", "--format", format, "--lang", "id", "--explain", explain, "--citations", citations,
        EXAMPLE);

    // then
    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isZero();
    Golden.assertMatches("eval/pemilu-2024.id." + format + ".explain-" + explain + ".citations-" + citations,
        run.out());
  }

  @Test
  void normalise_digestAndVersion_areReplacedSoRuleEditsDoNotChurnTheFiles() {
    // given
    String out = "{\"netral\":\"0.1.0-SNAPSHOT\",\"catalogDigest\":\"sha256:" + "ab".repeat(32) + "\"}";

    // when / then
    assertThat(Golden.normalise(out)).isEqualTo("{\"netral\": \"<version>\",\"catalogDigest\":\"sha256:<digest>\"}");
  }
}
