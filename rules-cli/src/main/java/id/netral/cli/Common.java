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

  static NeutralityEngine engine() {
    return NeutralityEngine.withBundledRules();
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
