package id.netral.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code netral} command. */
@Command(
    name = "netral",
    mixinStandardHelpOptions = true,
    versionProvider = Netral.Version.class,
    subcommands = {EvalCommand.class, TestCommand.class, DiffCommand.class, LintCommand.class, CatalogCommand.class,
      RulesCommand.class, CommandLine.HelpCommand.class},
    description = {
      "Assesses what members of the Indonesian state apparatus did against the rules on political",
      "neutrality (UU 7/2017, UU 1/2015 jo. UU 10/2016, UU 5/2014, UU 20/2023, PP 94/2021, PP 53/2010,",
      "PP 42/2004, PP 49/2018, the 2022 SKB, UU 34/2004, UU 2/2002, UU 6/2014). Not legal advice.",
      "",
      "--rules DIR loads a rule folder instead of the bundled rules. DRL can call Java, so loading a",
      "folder runs its author's code: a folder whose DRL reaches outside the netral model is refused",
      "unless --trust-rules is given."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success (eval), every scenario passed (test)",
      "1:a scenario failed its expectations (test)",
      "2:refused input, a rule folder that does not load, or bad usage",
      "3:internal error (a bug: please report it)"
    })
public final class Netral {
  /** Exit code: a scenario failed its expectations. */
  static final int FAILED = 1;
  /** Exit code: refused input or bad usage. */
  static final int REFUSED = 2;
  /** Exit code: an internal error. */
  static final int INTERNAL = 3;

  private Netral() {}

  /** Runs the command and exits with its code. */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, false), new PrintWriter(System.err, true)));
  }

  /** Runs the command with {@code args}, writing to {@code out} and {@code err}; returns the exit code. */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    boolean verbose = false;
    for (String a : args) {
      if (a.equals("--verbose") || a.equals("-v")) {
        verbose = true;
      }
    }
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "info" : "error");
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    boolean showTraces = verbose;
    CommandLine cli = new CommandLine(Netral.class);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("netral: internal error: " + e);
      if (showTraces) {
        e.printStackTrace(commandLine.getErr());
      } else {
        commandLine.getErr().println("netral: run again with --verbose for the details, and please report it");
      }
      return INTERNAL;
    });
    cli.setExecutionExceptionHandler(new CommandLine.IExecutionExceptionHandler() {
      private final CommandLine.IExecutionExceptionHandler fallback = cli.getExecutionExceptionHandler();

      @Override
      public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parse)
          throws Exception {
        if (e instanceof id.netral.core.RuleSetException) {
          e.getMessage().lines().forEach(l -> commandLine.getErr().println(l));
          return REFUSED;
        }
        return fallback.handleExecutionException(e, commandLine, parse);
      }
    });
    cli.setParameterExceptionHandler((e, a) -> {
      e.getCommandLine().getErr().println("netral: " + e.getMessage());
      e.getCommandLine().getErr().println("netral: see 'netral " + e.getCommandLine().getCommandName()
          .replace("netral", "").trim() + " --help'".replace("  ", " "));
      return REFUSED;
    });
    try {
      return cli.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** The version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Netral.class.getPackage().getImplementationVersion();
      return new String[] {"netral " + (v == null ? "dev" : v)};
    }
  }
}
