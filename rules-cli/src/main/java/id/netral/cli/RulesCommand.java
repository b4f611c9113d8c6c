package id.netral.cli;

import id.netral.core.internal.RuleSetRuntime;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code netral rules export DIR}. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "Work with rule folders.",
    subcommands = {RulesCommand.Export.class})
final class RulesCommand {

  /** {@code netral rules export DIR}. */
  @Command(name = "export", mixinStandardHelpOptions = true, description = {
      "Writes the bundled rule set (catalog.yaml, provisions/*.yaml, rules/**/*.drl, elections,",
      "questions, interpretations) to DIR, as a starting point for a draft. DIR must be new or empty."})
  static final class Export implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The folder to write.")
    Path dir;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      if (Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        boolean empty = false;
        if (Files.isDirectory(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          try (Stream<Path> entries = Files.list(dir)) {
            empty = entries.findAny().isEmpty();
          }
        }
        if (!empty) {
          spec.commandLine().getErr().println("netral: " + dir + ": exists and is not an empty folder; choose a new one");
          return Netral.REFUSED;
        }
      }
      List<String> files = RuleSetRuntime.exportBundled(Netral.class.getClassLoader(), dir);
      out.println("wrote " + files.size() + " files to " + dir);
      out.println("next: edit them, then  netral test --rules " + dir + " PATH...  and  netral diff --base bundled --candidate "
          + dir + " PATH...");
      out.flush();
      return 0;
    }
  }
}
