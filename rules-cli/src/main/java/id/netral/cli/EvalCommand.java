package id.netral.cli;

import id.netral.core.json.ResultJson;
import com.fasterxml.jackson.databind.node.ArrayNode;
import id.netral.core.Assessment;
import id.netral.core.NeutralityEngine;
import id.netral.core.RuleFailedException;
import id.netral.core.model.Scenario;
import id.netral.core.scenario.ScenarioFile;
import id.netral.core.scenario.ScenarioReader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code netral eval FILE...}. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    header = "Evaluates scenario files and prints each verdict with its findings.",
    description = {
      "Evaluates the scenarios in FILE... and prints, for each, the verdict, the findings with the",
      "provisions, sanction and deciding authority, and the open questions.",
      "A file that breaks the scenario contract is refused with one line per problem on stderr;",
      "the other files are still evaluated and the exit code is 2."
    })
final class EvalCommand implements Callable<Integer> {
  enum Format { text, json, ndjson, markdown }

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Mixin
  Common common;

  @Mixin
  ReaderOptions readerOptions;

  @Mixin
  ResultOptions resultOptions = new ResultOptions();

  @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
      description = "text, json, ndjson or markdown. Default: ${DEFAULT-VALUE}.")
  Format format;

  enum Input { yaml, ndjson }

  @Option(names = "--input", defaultValue = "yaml", paramLabel = "KIND",
      description = "yaml (scenario files, each read whole; JSON is YAML) or ndjson (one scenario per line,"
          + " streamed on every core; a bad line is reported with its number and skipped). Default: ${DEFAULT-VALUE}.")
  Input input;

  @Option(names = "--trace",
      description = "Also show on stderr, for each act, the rules considered (those that name its type of act),"
          + " what each concluded, and for each that did not fire the conditions that failed, with the act's values"
          + " (e.g. the stage, a provision not yet in force, a fact not given). Only with --input yaml.")
  boolean trace;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files (YAML or JSON), folders of them,"
      + " or - for standard input (named <stdin> in messages and results).")
  List<Path> paths;

  /**
   * {@code eval FILE...} with every option at its default, made without picocli: building
   * picocli's model of the command (its classes cannot enter the class-data-sharing archive) is a
   * quarter of a one-file run. {@link Netral} takes this path only when no option is given;
   * EvalFastPathTest checks it prints what the picocli path prints.
   */
  static EvalCommand withDefaults(List<Path> paths) {
    EvalCommand c = new EvalCommand();
    c.common = new Common();
    c.common.lang = id.netral.core.Language.EN;
    c.readerOptions = new ReaderOptions();
    c.readerOptions.maxFileSize = ScenarioReader.DEFAULT_MAX_BYTES;
    c.readerOptions.maxDepth = ScenarioReader.DEFAULT_MAX_DEPTH;
    c.readerOptions.maxStringLength = ScenarioReader.DEFAULT_MAX_STRING_LENGTH;
    c.readerOptions.maxValues = ScenarioReader.DEFAULT_MAX_VALUES;
    c.format = Format.text;
    c.input = Input.yaml;
    c.paths = paths;
    return c;
  }

  @Override
  public Integer call() {
    return run(spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  /** Runs the command, writing to {@code out} and {@code err}; returns the exit code. */
  int run(PrintWriter out, PrintWriter err) {
    Timings.mark("command parsed");
    String usage = Common.stdinTwice(paths);
    if (usage == null && trace && input == Input.ndjson) {
      usage = "--trace works with --input yaml only: a trace is for a person checking a few scenarios";
    }
    if (usage != null) {
      err.println("netral: " + usage);
      return Netral.REFUSED;
    }
    if (input == Input.yaml) {
      warmUpYaml();
    }
    NeutralityEngine engine = common.engine();
    Timings.mark("engine ready");
    ScenarioReader reader = readerOptions.reader(engine.catalog().elections());
    Results text = format == Format.text || format == Format.markdown
        ? new Results(out, common.lang, format == Format.markdown) : null;
    // only --format json collects a document (and needs Jackson's ObjectMapper, slow to make cold)
    ArrayNode results = format == Format.json ? ResultJson.newArray() : null;
    ArrayNode refusals = format == Format.json ? ResultJson.newArray() : null;
    int refused = 0;
    int evaluated = 0;
    int failed = 0;
    if (input == Input.ndjson) {
      return ndjson(engine, reader, text, results, out, err);
    }
    List<Path> files = Common.files(paths);
    if (Common.emptySelection(files)) {
      return emptySelection(files, Common.YAML, err);
    }
    for (Path file : files) {
      Timings.mark("reading " + file);
      ScenarioFile read;
      try {
        read = Common.read(reader, file);
      } catch (OutOfMemoryError e) {
        if (results != null) {
          // the --format json document holds every result so far: the heap may be full of that
          throw e;
        }
        // nothing else grows here, and the file's text and tree were local to read(): garbage now
        read = tooLargeForHeap(file);
      }
      Timings.mark("read " + file);
      if (read.refused()) {
        refused++;
        read.problems().forEach(p -> err.println(Escape.text(p.toString())));
        err.flush();
        if (refusals != null) {
          refusals.add(ResultJson.refused(read.file(), read.problems()));
        }
        continue;
      }
      for (Scenario s : read.scenarios()) {
        Assessment a;
        try {
          a = engine.assess(s);
        } catch (RuleFailedException e) {
          // a rule folder's rule threw or looped: this scenario is lost, the run goes on
          failed++;
          err.println(Escape.text(read.file() + ": " + e.getMessage()));
          err.flush();
          continue;
        }
        evaluated++;
        if (trace) {
          traceTo(err, engine, read.file(), s);
        }
        switch (format) {
          case text, markdown -> text.add(read.file(), s, a);
          case json -> results.add(ResultJson.result(read.file(), s, a, common.lang, resultOptions.options()));
          case ndjson -> {
            out.println(ResultJson.line(read.file(), s, a, common.lang, resultOptions.options()));
          }
        }
      }
      if (format != Format.json) {
        // a full disk or a closed pipe stops the run here, not after evaluating everything
        OutputFailed.check(out);
      }
    }
    Timings.mark("files read and assessed");
    if (failed > 0) {
      err.println(common.lang == id.netral.core.Language.ID
          ? "netral: " + failed + " skenario tidak dinilai: sebuah aturan gagal"
          : "netral: " + failed + (failed == 1 ? " scenario" : " scenarios") + " not assessed: a rule failed");
      err.flush();
    }
    if (refused > 0 && text == null) {
      // text and markdown close with a summary on stdout; the machine formats keep stdout clean
      err.println(evaluatedRefused(evaluated, refused, false));
      err.flush();
    }
    if (text != null) {
      text.finish(refused);
    } else if (format == Format.json) {
      printDocument(out, engine, results, refusals);
    }
    out.flush();
    Timings.mark("output written");
    Timings.report(err);
    return refused > 0 || failed > 0 ? Netral.REFUSED : 0;
  }

  private int ndjson(NeutralityEngine engine, ScenarioReader reader, Results text, ArrayNode results, PrintWriter out,
      PrintWriter err) {
    int refused = 0;
    try (Batch batch = new Batch(engine, reader, common.lang, resultOptions.options())) {
      batch.sinkNeedsJson = format == Format.ndjson;
      List<Path> files = Common.files(paths, Common.NDJSON);
      if (Common.emptySelection(files)) {
        return emptySelection(files, Common.NDJSON, err);
      }
      for (Path file : files) {
        String cannot = Common.isStdin(file) ? null
            : !Files.exists(file) ? "no such file" : Common.refusal(file, Common.NDJSON);
        if (cannot != null) {
          err.println(Escape.text(file + ": " + cannot));
          err.flush();
          refused++;
          continue;
        }
        try {
          Batch.ResultSink sink = (name, s, a, json) -> {
            switch (format) {
              case ndjson -> Netral.writeLine(out, json);
              case json -> results.add(ResultJson.result(name, s, a, common.lang, resultOptions.options()));
              case text, markdown -> text.add(name, s, a);
            }
          };
          if (Common.isStdin(file)) {
            batch.run(Common.STDIN, Common.stdin(), err, sink);
          } else {
            batch.run(file, err, sink);
          }
        } catch (java.io.IOException e) {
          // one unreadable stream does not stop the others
          err.println(Escape.text((Common.isStdin(file) ? Common.STDIN : file) + ": cannot read: " + e.getMessage()));
          err.flush();
          refused++;
        }
        if (format != Format.json) {
          OutputFailed.check(out);
        }
      }
      refused += batch.refusedLines;
      if (batch.refusedLines > 0 || refused > 0) {
        err.println(evaluatedRefused(batch.scenarios, refused, true));
      }
    }
    if (text != null) {
      text.finish(refused, true);
    } else if (format == Format.json) {
      printDocument(out, engine, results, ResultJson.newArray());
    }
    out.flush();
    return refused > 0 ? Netral.REFUSED : 0;
  }

  /** "netral: 3 scenarios evaluated, 1 file refused", in the language of the run. */
  private String evaluatedRefused(long evaluated, int refused, boolean lines) {
    if (common.lang == id.netral.core.Language.ID) {
      return "netral: " + evaluated + " skenario dinilai, " + refused + (lines ? " baris atau berkas" : " berkas")
          + " ditolak";
    }
    return "netral: " + evaluated + (evaluated == 1 ? " scenario" : " scenarios") + " evaluated, " + refused
        + (lines ? (refused == 1 ? " line or file" : " lines or files") : refused == 1 ? " file" : " files")
        + " refused";
  }

  /** Writes the trace of {@code s} to {@code err} ({@link TraceText}). */
  private static void traceTo(PrintWriter err, NeutralityEngine engine, String file, Scenario s) {
    try {
      TraceText.print(err, file, engine.trace(s));
    } catch (RuleFailedException e) {
      err.println(Escape.text("trace " + file + ": " + e.getMessage()));
    }
    err.flush();
  }

  /**
   * Refuses a selection in which no file is left to read (every folder named holds no input file):
   * one line per folder, exit code 2, and no summary of nothing.
   */
  static int emptySelection(List<Path> folders, List<String> extensions, PrintWriter err) {
    for (Path folder : folders) {
      err.println(Escape.text("netral: " + folder + ": " + Common.refusal(folder, extensions)));
    }
    err.flush();
    return Netral.REFUSED;
  }

  /**
   * A file read whole (the contract refuses a broken file as a whole) that does not fit in the heap:
   * possible with raised limits or a small heap.
   */
  private static ScenarioFile tooLargeForHeap(Path file) {
    String size;
    try {
      size = " (" + Files.size(file) + " bytes)";
    } catch (java.io.IOException e) {
      size = "";
    }
    String name = file.toString();
    return new ScenarioFile(name, List.of(), List.of(new id.netral.core.scenario.Problem(name, 0, 0, "",
        "the file" + size + " is too large to read whole in this heap; give the JVM more memory"
            + " (JAVA_OPTS=-Xmx...), split the file, or stream the scenarios as NDJSON (--input ndjson)")));
  }

  /** The --format json document: receipt, results, and the refused files if any. */
  private static void printDocument(PrintWriter out, NeutralityEngine engine, ArrayNode results, ArrayNode refusals) {
    out.println(ResultJson.document(engine.receipt(), results, refusals).toPrettyString());
  }


  /**
   * Starts the YAML reader's machinery and the date-formatting locale data on a spare thread while
   * the engine loads (which leaves a core idle while it waits for the KieBase): cold, they cost more
   * than the work that follows. Nothing it makes is kept.
   */
  private static void warmUpYaml() {
    Thread t = new Thread(() -> {
      new ScenarioReader(java.util.Map.of())
          .read("warm-up", "version: 1\nscenarios: []\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      // the locale data explanations format dates with (CLDR, loaded on first use)
      java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("id-ID"))
          .format(java.time.LocalDate.of(2024, 1, 1));
    }, "netral-warm-up");
    t.setDaemon(true);
    t.start();
  }
}
