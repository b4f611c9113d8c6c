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

  /** The scenario files named by {@code paths}: files as given, folders searched for .yaml/.yml/.json. */
  static List<Path> files(List<Path> paths) {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile)
              .filter(f -> {
                String n = f.getFileName().toString();
                return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
              })
              .sorted()
              .forEach(out::add);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      } else {
        out.add(p);
      }
    }
    return out;
  }
}
