package id.netral.cli;

import id.netral.drafting.Linter;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code netral lint DIR}. */
@Command(name = "lint", mixinStandardHelpOptions = true,
    header = "Checks a rule folder for problems before it is used.", description = {
    "Checks the rule folder DIR: it loads and compiles; every rule cites provisions that exist and",
    "are in force on the days the rule covers; no two rules share a name; every provision marked",
    "encoded has a rule; conditions that can never hold together, where the text shows it.",
    "Unless --trust-rules is given, the folder's DRL is first checked for what reaches outside the",
    "netral model, and when it does, that is all that is reported: nothing of the folder is compiled.",
    "Prints one line per problem; exit code 0 when clean, 1 when there are problems."})
final class LintCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @picocli.CommandLine.Option(names = "--trust-rules",
      description = "Compile and lint a folder whose DRL reaches outside the netral model (it runs its author's code).")
  boolean trustRules;

  @Parameters(paramLabel = "DIR", description = "The rule folder.")
  Path dir;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isDirectory(dir)) {
      spec.commandLine().getErr().println(dir + ": not a folder");
      return Netral.REFUSED;
    }
    List<Linter.Problem> problems = Linter.lint(dir, trustRules);
    problems.forEach(out::println);
    out.println(problems.isEmpty() ? dir + ": clean" : problems.size() + (problems.size() == 1 ? " problem" : " problems"));
    out.flush();
    return problems.isEmpty() ? 0 : Netral.FAILED;
  }
}
