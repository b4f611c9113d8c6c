package id.netral.catalog;

import id.netral.core.NeutralityEngine;
import id.netral.core.model.Scenario;
import id.netral.core.scenario.ScenarioFile;
import id.netral.core.scenario.ScenarioReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;

/** The legal scenario suites under src/test/resources/scenarios, read once per test run. */
final class Suites implements ArgumentsProvider {
  static final Path ROOT = Path.of("src/test/resources/scenarios");
  static final NeutralityEngine ENGINE = NeutralityEngine.withBundledRules();
  private static List<Scenario> all;

  /** Every scenario of every suite file; fails on a refused file. */
  static synchronized List<Scenario> all() {
    if (all == null) {
      all = read(ROOT);
    }
    return all;
  }

  /** Every scenario of every YAML file under {@code root}; fails on a refused file. */
  static List<Scenario> read(Path root) {
    ScenarioReader reader = new ScenarioReader(ENGINE.catalog().elections());
    List<Scenario> out = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        ScenarioFile read = reader.read(file);
        read.problems().forEach(p -> refused.add(p.toString()));
        out.addAll(read.scenarios());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!refused.isEmpty()) {
      throw new IllegalStateException(String.join("\n", refused));
    }
    return List.copyOf(out);
  }

  @Override
  public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
    return all().stream().map(s -> Arguments.of(s.id(), s));
  }
}
