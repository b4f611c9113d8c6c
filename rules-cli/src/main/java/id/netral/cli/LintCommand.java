package id.netral.cli;

import id.netral.core.Language;
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
    "Every problem is reported in one pass. Unless --trust-rules is given, the folder's DRL is first",
    "checked for what reaches outside the netral model, and when it does (or is misspelt), nothing of",
    "the folder is compiled; its other problems are still reported.",
    "Prints one line per problem, file:line:column: what is wrong, in the order of the files; exit",
    "code 0 when clean, 1 when there are problems."})
final class LintCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @picocli.CommandLine.Option(names = "--trust-rules",
      description = "Compile and lint a folder whose DRL reaches outside the netral model (it runs its author's code).")
  boolean trustRules;

  @picocli.CommandLine.Option(names = "--lang", paramLabel = "id|en", defaultValue = "en",
      description = "Language of the report: id (Indonesian) or en (English). Default: ${DEFAULT-VALUE}.")
  Language lang;

  @Parameters(paramLabel = "DIR", description = "The rule folder.")
  Path dir;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    boolean id = lang == Language.ID;
    if (!Files.isDirectory(dir)) {
      spec.commandLine().getErr().println(dir + (id ? ": bukan folder" : ": not a folder"));
      return Netral.REFUSED;
    }
    List<Linter.Problem> problems = Linter.lint(dir, trustRules);
    problems.forEach(p -> out.println(Escape.text(p.toString(lang))));
    int n = problems.size();
    out.println(n == 0 ? dir + (id ? ": bersih, tidak ada masalah" : ": clean")
        : id ? n + " masalah" : n + (n == 1 ? " problem" : " problems"));
    out.flush();
    return problems.isEmpty() ? 0 : Netral.FAILED;
  }
}
