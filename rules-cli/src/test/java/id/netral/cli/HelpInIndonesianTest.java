package id.netral.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code --lang id --help}: the usage help of the commands in Indonesian, from help-id.properties. */
class HelpInIndonesianTest {

  @ParameterizedTest
  @ValueSource(strings = {"eval", "catalog", "test", "diff", "lint", "serve", "completion"})
  void help_indonesian_translatesEveryDescriptionOfTheCommand(String command) {
    // given: the English texts, as the annotations give them
    CommandSpec english = new CommandLine(Netral.class).addSubcommand(command, commandClass(command))
        .getSubcommands().get(command).getCommandSpec();
    List<String> texts = new ArrayList<>();
    texts.add(english.usageMessage().description()[0]);
    for (ArgSpec arg : english.args()) {
      if (arg.description().length > 0) {
        texts.add(arg.description()[0]);
      }
    }

    // when
    Cli run = Cli.run(command, "--lang", "id", "--help");

    // then
    String help = run.out().replaceAll("\\s+", " ");
    assertThat(help).contains("Penggunaan: netral " + command);
    for (String text : texts) {
      String start = text.replaceAll("\\$\\{.*", "").replaceAll("\\s+", " ").strip();
      start = start.substring(0, Math.min(40, start.length()));
      assertThat(help).as("the English %s is translated in help-id.properties", start).doesNotContain(start);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"--lang id --help", "--lang=id --help", "--lang id help"})
  void help_topLevelIndonesian_listsTheCommandsAndExitCodesInIndonesian(String args) {
    // when
    Cli run = Cli.run(args.split(" "));

    // then
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("Penggunaan: netral", "Bukan nasihat hukum.", "Perintah:",
        "Kode keluar:", "2   masukan ditolak")
        .containsPattern("eval +Menilai berkas skenario")
        .containsPattern("serve +Menjalankan netral sebagai layanan HTTP")
        .containsPattern("completion +Mencetak skrip pelengkapan");
  }

  private static Class<?> commandClass(String command) {
    return switch (command) {
      case "eval" -> EvalCommand.class;
      case "catalog" -> CatalogCommand.class;
      case "test" -> TestCommand.class;
      case "diff" -> DiffCommand.class;
      case "serve" -> ServeCommand.class;
      case "completion" -> CompletionCommand.class;
      default -> LintCommand.class;
    };
  }
}
