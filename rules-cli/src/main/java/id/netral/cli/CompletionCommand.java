package id.netral.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code netral completion}: the shell completion script, generated from the command's own model. */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    header = "Prints a completion script for bash and zsh.",
    description = {
      "Prints a script that completes netral's commands, options and option values (--format, --lang,",
      "--input) in bash and zsh. Load it in the current shell with",
      "  source <(netral completion)",
      "or install it for every shell: save it as ~/.local/share/bash-completion/completions/netral",
      "(bash), or source it from ~/.zshrc (zsh; the script loads zsh's bash completion support itself)."
    })
final class CompletionCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    String script = AutoComplete.bash("netral", Netral.full());
    spec.commandLine().getOut().print(script);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
