package id.netral.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import id.netral.core.Assessment;
import id.netral.core.LegalBasis;
import id.netral.core.catalog.Catalog;
import id.netral.core.catalog.Provision;
import id.netral.core.model.Scenario;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CatalogConsistencyTest {
  private static final Path RULE_SET = Path.of("src/main/resources/id/netral/catalog");
  private static final Pattern BASIS = Pattern.compile("@basis\\(\"([^\"]*)\"\\)");
  private final Catalog catalog = Suites.ENGINE.catalog();

  @Test
  void encodedProvisions_comparedWithRuleCitations_areExactlyTheCitedOnes() throws IOException {
    // given
    Set<String> cited = citedByRules();
    Set<String> encoded = catalog.provisions().stream().filter(Provision::encoded).map(Provision::id)
        .collect(Collectors.toCollection(TreeSet::new));

    // then
    assertThat(cited).as("every provision a rule cites (@basis, or through its consequence) exists in the catalog")
        .allSatisfy(id -> assertThat(catalog.provision(id)).as(id).isPresent());
    assertThat(encoded).as("provisions marked encoded are those the rules cite").isEqualTo(cited);
  }

  @Test
  void encodedProvisions_assessedOverAllSuites_areEachTriggeredBySomeScenario() {
    // given
    Set<String> triggered = new TreeSet<>();

    // when
    for (Scenario s : Suites.all()) {
      Assessment a = Suites.ENGINE.assess(s);
      a.findings().forEach(f -> f.basis().stream().map(LegalBasis::id).forEach(triggered::add));
      a.findings().stream().filter(f -> f.sanction() != null && f.sanction().basis() != null)
          .forEach(f -> triggered.add(f.sanction().basis().id()));
      a.findings().stream().filter(f -> f.sanction() != null && f.sanction().later() != null).forEach(f -> {
        triggered.add(f.sanction().later().basis().id());
        triggered.add(f.sanction().laterRule().id());
      });
      a.combinedPenalties().forEach(c -> triggered.add(c.basis().id()));
    }

    // then
    List<String> untriggered = catalog.provisions().stream().filter(Provision::encoded).map(Provision::id)
        .filter(id -> !triggered.contains(id)).toList();
    assertThat(untriggered).as("encoded provisions no suite scenario triggers").isEmpty();
  }

  @Test
  void manifest_comparedWithTheRuleSetFolder_listsEveryFileThere() throws IOException {
    // given
    List<String> listed = new ArrayList<>();
    String manifest = Files.readString(RULE_SET.resolve("catalog.yaml"));
    Matcher m = Pattern.compile("(?m)^\\s*-\\s*(\\S+\\.(?:yaml|drl))\\s*$").matcher(manifest);
    while (m.find()) {
      listed.add(m.group(1));
    }

    // when
    List<String> present;
    try (Stream<Path> files = Files.walk(RULE_SET)) {
      present = files.filter(Files::isRegularFile)
          .map(f -> RULE_SET.relativize(f).toString().replace('\\', '/'))
          .filter(f -> f.startsWith("rules/") || f.startsWith("provisions/"))
          .sorted().toList();
    }

    // then
    assertThat(new TreeSet<>(listed)).isEqualTo(new TreeSet<>(present));
  }

  @Test
  void interpretationsReadByRules_comparedWithTheirEntries_existAndNameTheRuleFiles() throws IOException {
    // given
    Pattern read = Pattern.compile("interpretation\\(\"([^\"]+)\"\\)\\s*==\\s*\"([^\"]+)\"");
    List<String> problems = new ArrayList<>();

    // when
    try (Stream<Path> files = Files.walk(RULE_SET.resolve("rules"))) {
      for (Path drl : files.filter(f -> f.toString().endsWith(".drl")).sorted().toList()) {
        String file = RULE_SET.relativize(drl).toString().replace('\\', '/');
        Matcher m = read.matcher(Files.readString(drl, StandardCharsets.UTF_8));
        while (m.find()) {
          String id = m.group(1);
          var entry = catalog.interpretation(id);
          if (entry.isEmpty()) {
            problems.add(file + ": interpretation '" + id + "' is not in interpretations.yaml");
          } else if (!entry.get().options().containsKey(m.group(2))) {
            problems.add(file + ": interpretation '" + id + "' has no option '" + m.group(2) + "'");
          } else if (!entry.get().rules().contains(file)) {
            problems.add(file + ": reads interpretation '" + id + "' but is not listed in its rules");
          }
        }
      }
    }

    // then
    assertThat(problems).isEmpty();
  }

  @Test
  void everyRule_assessedOverAllSuites_firesOrAsksInSomeScenario() {
    // given
    Set<String> fired = new TreeSet<>();
    Set<String> asked = new TreeSet<>();

    // when
    for (Scenario s : Suites.all()) {
      Assessment a = Suites.ENGINE.assess(s);
      a.findings().forEach(f -> fired.add(f.rule()));
      a.openQuestions().forEach(q -> asked.addAll(q.rules()));
    }

    // then
    assertThat(Suites.ENGINE.findingRules()).as("finding rules no suite scenario fires")
        .filteredOn(r -> !fired.contains(r)).isEmpty();
    assertThat(Suites.ENGINE.askingRules()).as("ask rules that ask in no suite scenario")
        .filteredOn(r -> !asked.contains(r)).isEmpty();
  }


  private static Set<String> citedByRules() throws IOException {
    Set<String> cited = new TreeSet<>();
    try (Stream<Path> files = Files.walk(RULE_SET.resolve("rules"))) {
      for (Path drl : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
        Matcher m = BASIS.matcher(Files.readString(drl, StandardCharsets.UTF_8));
        while (m.find()) {
          for (String id : m.group(1).split(",")) {
            cited.add(id.trim());
          }
        }
      }
    }
    // and what the rules cite through the consequence tables they name (sanctions, routes, later law)
    Suites.ENGINE.catalog().provisions().stream().map(Provision::id)
        .filter(id -> !Suites.ENGINE.rulesCiting(id).isEmpty()).forEach(cited::add);
    return cited;
  }
}
