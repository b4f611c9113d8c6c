package id.netral.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A rule folder whose DRL reaches outside the netral model, loaded by every command without
 * {@code --trust-rules}: refused in one line per problem, and its payload never runs. The fixtures
 * are the guard's (rules-drafting, {@code untrusted/}); each would create the file {@code @MARKER@}.
 */
class UntrustedRulesTest {
  private static final Path FIXTURES = Path.of("../rules-drafting/src/test/resources/id/netral/drafting/untrusted");
  private static final String DRL = "rules/uu7_2017/pasal_494.drl";
  private static final String EXAMPLES = "../examples/scenarios";

  @TempDir
  Path tmp;

  /** Beside the rule folder: where a payload would leave its marker. */
  @TempDir
  Path outside;

  private Path folderWith(String fixture) throws IOException {
    Path dir = tmp.resolve("draft");
    Cli run = Cli.run("rules", "export", dir.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    String drl = Files.readString(FIXTURES.resolve(fixture + ".drl"));
    Files.writeString(dir.resolve(DRL), drl.replace("@MARKER@", marker().toString()));
    return dir;
  }

  private Path marker() {
    return outside.resolve("payload-ran");
  }

  private static String[] args(String command, Path dir) {
    return switch (command) {
      case "eval" -> new String[] {"eval", "--rules", dir.toString(), EXAMPLES};
      case "test" -> new String[] {"test", "--rules", dir.toString(), EXAMPLES};
      case "diff" -> new String[] {"diff", "--base", "bundled", "--candidate", dir.toString(), EXAMPLES};
      case "lint" -> new String[] {"lint", dir.toString()};
      default -> throw new IllegalArgumentException(command);
    };
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "eval, system-exit", "test, system-exit", "diff, system-exit", "lint, system-exit",
    "eval, declare-default", "test, declare-default", "diff, declare-default", "lint, declare-default",
    "eval, comment-in-string", "test, static-call-in-condition", "diff, mvel-dialect", "lint, accumulate-init",
    "eval, reflection-forname", "lint, drl-function", "diff, eval-in-when", "test, logging-filehandler",
  })
  void commandWithUntrustedFolder_payloadAnywhere_refusesInOneLinePerProblemAndRunsNothing(String command, String fixture)
      throws IOException {
    // given
    Path dir = folderWith(fixture);
    String line = Pattern.quote(dir.resolve(DRL).toString()) + ":\\d+:\\d+: .+ reaches outside the netral model.*;"
        + " give --trust-rules only for a folder whose author you trust";

    // when
    Cli run = Cli.run(args(command, dir));

    // then
    if (command.equals("lint")) {
      assertThat(run.exit()).as(run.err()).isEqualTo(Netral.FAILED);
      List<String> out = run.outLines();
      // the payload where it is, and the folder's other problems in the same pass
      assertThat(out.subList(0, out.size() - 1)).filteredOn(l -> l.contains("reaches outside")).isNotEmpty()
          .allSatisfy(l -> assertThat(l).matches(line));
      assertThat(out.get(out.size() - 1)).matches("\\d+ problems?");
    } else {
      assertThat(run.exit()).as(run.out()).isEqualTo(Netral.REFUSED);
      assertThat(run.out()).isEmpty();
      assertThat(run.errLines()).isNotEmpty().allSatisfy(l -> assertThat(l).matches(line));
    }
    assertThat(marker()).doesNotExist();
  }

  @Test
  void eval_payloadFolderWithTrustRules_runsItAsBefore() throws IOException {
    // given
    Path dir = folderWith("comment-in-string");

    // when
    Cli run = Cli.run("eval", "--rules", dir.toString(), "--trust-rules", EXAMPLES);

    // then
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(marker()).exists();
  }

  @Test
  void lint_exportedRulesWithTrustRules_isClean() throws IOException {
    // given
    Path dir = tmp.resolve("draft");
    Cli.run("rules", "export", dir.toString());

    // when
    Cli run = Cli.run("lint", "--trust-rules", dir.toString());

    // then
    assertThat(run.exit()).as(run.out()).isZero();
    assertThat(run.out()).isEqualTo(dir + ": clean" + System.lineSeparator());
  }
}
