package id.netral.cli;

import id.netral.core.Assessment;
import id.netral.core.NeutralityEngine;
import id.netral.core.model.Scenario;
import id.netral.core.scenario.Expectations;
import id.netral.core.scenario.Problem;
import id.netral.core.scenario.ScenarioFile;
import id.netral.core.scenario.ScenarioReader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code netral test PATH...}. */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the expectations ('expect') of every scenario under PATH... and prints one line per",
      "scenario, then 'N passed, N failed' (and 'N skipped' for scenarios without expectations).",
      "Exit code 0 when all pass, 1 when one fails, 2 when a file is refused."
    })
final class TestCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Mixin
  Common common;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Scenario files, or folders of them.")
  List<Path> paths;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    NeutralityEngine engine = Common.engine();
    ScenarioReader reader = new ScenarioReader(engine.catalog().elections());
    int passed = 0;
    int failed = 0;
    int skipped = 0;
    int refused = 0;
    for (Path file : Common.files(paths)) {
      ScenarioFile read = Files.exists(file) ? reader.read(file)
          : new ScenarioFile(file.toString(), List.of(), List.of(new Problem(file.toString(), 0, 0, "", "no such file")));
      if (read.refused()) {
        refused++;
        read.problems().forEach(p -> err.println("REFUSED " + p));
        err.flush();
        continue;
      }
      for (Scenario s : read.scenarios()) {
        if (s.expect() == null) {
          skipped++;
          out.println("skip  " + read.file() + ": " + s.id() + " (no expectations)");
          continue;
        }
        Assessment a = engine.assess(s);
        List<String> problems = Expectations.check(s, a);
        if (problems.isEmpty()) {
          passed++;
          out.println("pass  " + read.file() + ": " + s.id());
        } else {
          failed++;
          out.println("FAIL  " + read.file() + ": " + s.id());
          problems.forEach(p -> out.println("        " + p));
        }
      }
      out.flush();
    }
    String closing = passed + " passed, " + failed + " failed" + (skipped > 0 ? ", " + skipped + " skipped" : "");
    if (refused > 0) {
      out.println(refused + (refused == 1 ? " file refused" : " files refused") + " (see stderr)");
    }
    out.println(closing);
    out.flush();
    return refused > 0 ? Netral.REFUSED : failed > 0 ? Netral.FAILED : 0;
  }
}
