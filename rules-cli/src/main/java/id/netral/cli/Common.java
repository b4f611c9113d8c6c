package id.netral.cli;

import id.netral.core.Language;
import id.netral.core.NeutralityEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine.Option;

/** Options every command shares, and what they need. */
final class Common {
  @Option(names = "--lang", paramLabel = "id|en", defaultValue = "en",
      description = "Language of texts: id (Indonesian) or en (English). Default: ${DEFAULT-VALUE}.")
  Language lang;

  @Option(names = {"-v", "--verbose"}, description = "Log what the engine does, and show stack traces of internal errors.")
  boolean verbose;

  @Option(names = "--rules", paramLabel = "DIR",
      description = "Use the rule folder DIR (as 'netral rules export' writes it) instead of the bundled rules. "
          + "DRL can run Java: loading a folder runs its author's code.")
  Path rules;

  @Option(names = "--trust-rules",
      description = "Compile the rule folder as it is, even when its DRL reaches outside the netral model: "
          + "it can then run any Java. Give it only for a folder whose author you trust.")
  boolean trustRules;

  NeutralityEngine engine() {
    return load(rules == null ? "bundled" : rules.toString(), trustRules);
  }

  /** The bundled rules for "bundled", else the rule folder at {@code where}. */
  static NeutralityEngine load(String where, boolean trust) {
    return where.equals("bundled") ? NeutralityEngine.withBundledRules()
        : NeutralityEngine.withRuleFolder(Path.of(where), trust);
  }

  /** A file refused before it is read, with {@code message}. */
  static id.netral.core.scenario.ScenarioFile refused(Path file, String message) {
    String name = file.toString();
    return new id.netral.core.scenario.ScenarioFile(name, List.of(),
        List.of(new id.netral.core.scenario.Problem(name, 0, 0, "", message)));
  }

  /** The extensions of scenario files searched for in folders. */
  static final List<String> YAML = List.of(".yaml", ".yml", ".json");
  /** The extensions of NDJSON streams searched for in folders ({@code --input ndjson}). */
  static final List<String> NDJSON = List.of(".ndjson", ".jsonl");

  /** The scenario files named by {@code paths}: files as given, folders searched for .yaml/.yml/.json. */
  static List<Path> files(List<Path> paths) {
    return files(paths, YAML);
  }

  /**
   * The files named by {@code paths}: files as given, folders searched for files ending in one of
   * {@code extensions}. A folder with none is kept as itself, for {@link #refusal} to refuse: an
   * empty selection is a mistake, not a run that evaluates nothing.
   */
  static List<Path> files(List<Path> paths, List<String> extensions) {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        int before = out.size();
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile)
              .filter(f -> extensions.stream().anyMatch(f.getFileName().toString()::endsWith))
              .sorted()
              .forEach(out::add);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        if (out.size() == before) {
          out.add(p);
        }
      } else {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * Why {@code file} (from {@link #files}) cannot be read as input, in one line; null when it can be
   * (or does not exist: the reader says so). A FIFO or device ({@code /dev/zero}, a pipe with no
   * writer) could block forever or never end, so only regular files are read, and standard input
   * when named {@code /dev/stdin}.
   */
  static String refusal(Path file, List<String> extensions) {
    if (file.toString().equals("/dev/stdin")) {
      return null;
    }
    if (Files.isDirectory(file)) {
      return "no scenario files (" + String.join(", ", extensions) + ") in this folder";
    }
    if (Files.isRegularFile(file) || !Files.exists(file)) {
      return null;
    }
    return "not a regular file (a FIFO, device or socket could block or never end); give a file, or"
        + " /dev/stdin for a pipe";
  }
}
