package id.netral.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code netral} command. */
@Command(
    name = "netral",
    mixinStandardHelpOptions = true,
    versionProvider = Netral.Version.class,
    description = {
      "Assesses what members of the Indonesian state apparatus did against the rules on political",
      "neutrality (UU 7/2017, UU 1/2015 jo. UU 10/2016, UU 5/2014, UU 20/2023, PP 94/2021, PP 53/2010,",
      "PP 42/2004, PP 49/2018, the 2022 SKB, UU 34/2004, UU 2/2002, UU 6/2014). Not legal advice.",
      "",
      "--rules DIR loads a rule folder instead of the bundled rules. DRL can call Java, so unless",
      "--trust-rules is given, a folder whose DRL could do more than read the facts and record",
      "findings is refused before any of it is compiled."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success (eval), every scenario passed (test)",
      "1:a scenario failed its expectations (test)",
      "2:refused input, a rule folder that does not load, or bad usage",
      "3:internal error (a bug: please report it), out of memory, or output that cannot be written; the run did not finish"
    })
public final class Netral {
  /** Exit code: a scenario failed its expectations. */
  static final int FAILED = 1;
  /** Exit code: refused input or bad usage. */
  static final int REFUSED = 2;
  /** Exit code: an internal error, or out of memory: the run did not finish. */
  static final int INTERNAL = 3;

  /** The subcommands, by name, in the order the usage lists them. */
  private static final java.util.Map<String, Class<?>> SUBCOMMANDS = new java.util.LinkedHashMap<>();

  static {
    SUBCOMMANDS.put("eval", EvalCommand.class);
    SUBCOMMANDS.put("test", TestCommand.class);
    SUBCOMMANDS.put("diff", DiffCommand.class);
    SUBCOMMANDS.put("lint", LintCommand.class);
    SUBCOMMANDS.put("catalog", CatalogCommand.class);
    SUBCOMMANDS.put("rules", RulesCommand.class);
    SUBCOMMANDS.put("completion", CompletionCommand.class);
    SUBCOMMANDS.put("serve", ServeCommand.class);
  }

  private Netral() {}

  /** Runs the command and exits with its code. */
  public static void main(String[] args) {
    rawOut = new java.io.BufferedOutputStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), 1 << 16);
    int code;
    try {
      code = run(args, new PrintWriter(System.out, false), new PrintWriter(System.err, true));
    } catch (OutOfMemoryError e) {
      // a large input with --format json, say: not a bug, so no stack trace; what was written is
      // kept, and the exit code says the run did not finish
      try {
        rawOut.flush();
      } catch (java.io.IOException | RuntimeException ignored) {
        // the message below still goes out
      }
      System.out.flush();
      System.err.println("netral: out of memory: the run stopped before the end, so the output is incomplete;"
          + " give the JVM more memory (JAVA_OPTS=-Xmx...)");
      System.exit(INTERNAL);
      return;
    }
    try {
      rawOut.flush();
    } catch (java.io.IOException e) {
      if (code != INTERNAL) {
        System.err.println(new OutputFailed("the standard output", e).line());
      }
      code = INTERNAL;
    }
    if (System.out.checkError() && code != INTERNAL) {
      System.err.println(new OutputFailed("the standard output", null).line());
      code = INTERNAL;
    }
    System.exit(code);
  }

  /** Standard output as bytes, when running as the command (null in-process, e.g. in tests). */
  private static java.io.OutputStream rawOut;

  /**
   * Writes one line of UTF-8 bytes to standard output: straight to the stream when running as the
   * command (no decoding and re-encoding of large NDJSON streams), else through {@code out}.
   */
  static void writeLine(PrintWriter out, byte[] utf8) {
    if (rawOut == null) {
      out.println(new String(utf8, java.nio.charset.StandardCharsets.UTF_8));
      return;
    }
    out.flush();
    try {
      rawOut.write(utf8);
      rawOut.write('\n');
    } catch (java.io.IOException e) {
      throw new OutputFailed("the standard output", e);
    }
  }

  /** The command with every subcommand, as the usage and the shell completion script describe it. */
  static CommandLine full() {
    CommandLine cli = new CommandLine(Netral.class);
    SUBCOMMANDS.forEach(cli::addSubcommand);
    cli.addSubcommand(new CommandLine.HelpCommand());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    Choice.registerAll(cli);
    return cli;
  }

  /** Runs the command with {@code args}, writing to {@code out} and {@code err}; returns the exit code. */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    Timings.mark("main");
    boolean verbose = false;
    for (String a : args) {
      if (a.equals("--verbose") || a.equals("-v")) {
        verbose = true;
      }
    }
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "info" : "error");
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    if (!verbose) {
      // Drools logs a failed compilation of a rule folder itself; netral reports it in one line per problem
      System.setProperty("org.slf4j.simpleLogger.log.org.drools", "off");
      System.setProperty("org.slf4j.simpleLogger.log.org.kie", "off");
    }
    boolean showTraces = verbose;
    if (args.length >= 2 && args[0].equals("eval")
        && java.util.Arrays.stream(args).skip(1).noneMatch(a -> a.startsWith("-") || a.startsWith("@"))) {
      return fastEval(args, out, err);
    }
    boolean indonesian = indonesian(args);
    if (indonesian && (args.length == 0 || !SUBCOMMANDS.containsKey(args[0]))) {
      // "netral --lang id [--help | help COMMAND]": the top level has no --lang of its own; it only
      // chooses the language of the help
      args = withoutLang(args);
    }
    if (args.length > 0 && args[0].equals("serve") && java.util.Arrays.stream(args).noneMatch(
        a -> a.startsWith("--rules") || a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version"))) {
      Common.preloadBundled();
    }
    CommandLine cli = new CommandLine(Netral.class);
    // Building picocli's model of a command costs reflection: build only the one asked for, and
    // all of them when none is named (usage, help, a mistyped command).
    Class<?> only = args.length == 0 ? null : SUBCOMMANDS.get(args[0]);
    if (only != null && only != CompletionCommand.class) {
      cli.addSubcommand(args[0], only);
    } else {
      SUBCOMMANDS.forEach(cli::addSubcommand);
      cli.addSubcommand(new CommandLine.HelpCommand());
    }
    if (indonesian) {
      // the usage help in Indonesian (picocli reads descriptions and headings from a bundle; its
      // own messages, such as those on bad usage, stay in English)
      cli.setResourceBundle(helpInIndonesian());
    }
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    Choice.registerAll(cli);
    cli.setUsageHelpWidth(110);
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
        if (e instanceof OutputFailed o) {
          commandLine.getErr().println(o.line());
          return INTERNAL;
        }
        if (e instanceof id.netral.core.RuleSetException) {
          e.getMessage().lines().forEach(l -> commandLine.getErr().println(l));
          return REFUSED;
        }
        return fallback.handleExecutionException(e, commandLine, parse);
      }
    });
    cli.setParameterExceptionHandler((e, a) -> {
      e.getCommandLine().getErr().println("netral: " + e.getMessage());
      // a misspelt command or option: the nearest ones ("Did you mean: eval?")
      CommandLine.UnmatchedArgumentException.printSuggestions(e, e.getCommandLine().getErr());
      String name = e.getCommandLine().getCommandName();
      e.getCommandLine().getErr().println("netral: see 'netral " + (name.equals("netral") ? "" : name + " ") + "--help'");
      return REFUSED;
    });
    try {
      return checked(cli.execute(args), out, err);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** Whether {@code args} ask for Indonesian ({@code --lang id}, {@code --lang=id}) before any {@code --}. */
  static boolean indonesian(String[] args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--")) {
        return false;
      }
      if (args[i].equalsIgnoreCase("--lang=id") || args[i].equals("--lang") && i + 1 < args.length
          && args[i + 1].equalsIgnoreCase("id")) {
        return true;
      }
    }
    return false;
  }

  private static String[] withoutLang(String[] args) {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equalsIgnoreCase("--lang=id")) {
        continue;
      }
      if (args[i].equals("--lang") && i + 1 < args.length && args[i + 1].equalsIgnoreCase("id")) {
        i++;
        continue;
      }
      out.add(args[i]);
    }
    return out.toArray(new String[0]);
  }

  /** The usage help's texts in Indonesian: {@code help-id.properties}, read as UTF-8. */
  static java.util.ResourceBundle helpInIndonesian() {
    try (java.io.InputStream in = Netral.class.getResourceAsStream("help-id.properties")) {
      return new java.util.PropertyResourceBundle(
          new java.io.InputStreamReader(java.util.Objects.requireNonNull(in, "help-id.properties"),
              java.nio.charset.StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * {@code code}, or {@link #INTERNAL} when standard output failed (a full disk, a closed pipe):
   * {@link PrintWriter} and {@link java.io.PrintStream} keep their errors to themselves.
   */
  private static int checked(int code, PrintWriter out, PrintWriter err) {
    if (code != INTERNAL && out.checkError()) {
      err.println(new OutputFailed("the standard output", null).line());
      return INTERNAL;
    }
    return code;
  }

  /** {@code eval FILE...} with no option: the same command, without building picocli's model. */
  private static int fastEval(String[] args, PrintWriter out, PrintWriter err) {
    java.util.List<java.nio.file.Path> paths = new java.util.ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      paths.add(java.nio.file.Path.of(args[i]));
    }
    try {
      return checked(EvalCommand.withDefaults(paths).run(out, err), out, err);
    } catch (OutputFailed e) {
      err.println(e.line());
      return INTERNAL;
    } catch (id.netral.core.RuleSetException e) {
      e.getMessage().lines().forEach(err::println);
      return REFUSED;
    } catch (RuntimeException e) {
      err.println("netral: internal error: " + e);
      err.println("netral: run again with --verbose for the details, and please report it");
      return INTERNAL;
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
