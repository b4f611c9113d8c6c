package id.netral.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EvalFastPathTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "../examples/scenarios/pemilu-2024.yaml",
      "../examples/scenarios",
      "src/test/resources/cli/malformed.yaml",
      "no/such/file.yaml"})
  void evalWithoutOptions_takenWithoutPicocli_printsWhatThePicocliPathPrints(String path) {
    // when
    Cli fast = Cli.run("eval", path);
    Cli picocli = Cli.run("eval", "--format", "text", path);

    // then
    assertThat(fast.exit()).isEqualTo(picocli.exit());
    assertThat(fast.out()).isEqualTo(picocli.out());
    assertThat(fast.err()).isEqualTo(picocli.err());
  }
}
