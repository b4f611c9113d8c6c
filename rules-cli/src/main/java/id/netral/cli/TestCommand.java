package id.netral.cli;

import id.netral.core.Assessment;
import id.netral.core.Language;
import id.netral.core.RuleFailedException;
import id.netral.core.LegalBasis;
import id.netral.core.NeutralityEngine;
import id.netral.core.catalog.Provision;
import id.netral.core.model.Scenario;
import id.netral.core.scenario.Expectations;
import id.netral.core.scenario.Problem;
import id.netral.core.scenario.ScenarioFile;
import id.netral.core.scenario.ScenarioReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code netral test PATH...}. */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    header = "Checks scenarios against their expectations and decided cases.",
    description = {
      "Runs the expectations ('expect') and decided cases ('case') of every scenario under PATH... and",
      "prints one line per scenario, then 'N passed, N failed' (and 'N skipped' for scenarios without",
      "either; with --lang id, 'N lulus, N gagal'). A failure lists the expected and found findings:",
      "type, provision and citation, sanction in words, and the parts of a sanction that differ.",
      "A case marked 'knownGap' that fails is counted as a known gap, not a failure; one that",
      "passes fails, so that the mark is removed.",
      "Exit code 0 when all pass, 1 when one fails (or coverage is below --min-coverage), 2 when a",
      "file is refused."
    })
final class TestCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Mixin
  Common common;

  @Mixin
  ReaderOptions readerOptions;

  @Option(names = "--junit", paramLabel = "FILE", description = "Also write the results as JUnit XML to FILE, for CI systems.")
  Path junit;

  @Option(names = "--coverage", description = "List, for every provision marked encoded, the scenarios that trigger it, and those no scenario triggers; then the rules that fire or ask in no scenario.")
  boolean coverage;

  @Option(names = "--min-coverage", paramLabel = "PERCENT", converter = Percent.class,
      description = "Fail (exit 1) when fewer than PERCENT of the encoded provisions are triggered, or of the finding rules fire. Implies --coverage.")
  Double minCoverage;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Scenario files, folders of them (searched for"
      + " scenario files, past target/, hidden folders and rule folders), or - for standard input.")
  List<Path> paths;

  /** A percentage: a number from 0 to 100 (not NaN, not infinite). */
  static final class Percent implements picocli.CommandLine.ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      try {
        double p = Double.parseDouble(value.strip());
        if (p >= 0 && p <= 100) {
          return p;
        }
      } catch (NumberFormatException e) {
        // the message below
      }
      throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a percentage from 0 to 100");
    }
  }

  private record Case(String file, String scenario, List<String> problems, boolean skipped, double seconds,
      boolean knownGap) {
    Case(String file, String scenario, List<String> problems, boolean skipped, double seconds) {
      this(file, scenario, problems, skipped, seconds, false);
    }
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String usage = Common.stdinTwice(paths);
    if (usage != null) {
      err.println("netral: " + usage);
      return Netral.REFUSED;
    }
    List<Path> files = Common.files(paths);
    if (Common.emptySelection(files)) {
      return EvalCommand.emptySelection(files, Common.YAML, err);
    }
    NeutralityEngine engine = common.engine();
    Language lang = common.lang;
    boolean id = lang == Language.ID;
    ScenarioReader reader = readerOptions.reader(engine.catalog().elections());
    Map<String, List<Case>> cases = new LinkedHashMap<>();
    Map<String, List<String>> triggered = new LinkedHashMap<>();
    Map<String, List<String>> ruleHits = new LinkedHashMap<>();
    int passed = 0;
    int failed = 0;
    int skipped = 0;
    int knownGaps = 0;
    int refused = 0;
    for (Path file : files) {
      ScenarioFile read = Common.read(reader, file);
      List<Case> fileCases = cases.computeIfAbsent(read.file(), k -> new ArrayList<>());
      if (read.refused()) {
        refused++;
        read.problems().forEach(p -> err.println(Escape.text((id ? "DITOLAK " : "REFUSED ") + p)));
        err.flush();
        fileCases.add(new Case(read.file(), "(file refused)", read.problems().stream().map(Problem::toString).toList(), false, 0));
        continue;
      }
      for (Scenario s : read.scenarios()) {
        long start = System.nanoTime();
        Assessment a;
        try {
          a = engine.assess(s);
        } catch (RuleFailedException e) {
          // a rule folder's rule threw or looped: reported like a refused file, and the run goes on
          refused++;
          err.println(Escape.text((id ? "DITOLAK " : "REFUSED ") + read.file() + ": " + e.getMessage()));
          err.flush();
          fileCases.add(new Case(read.file(), s.id(), List.of(e.getMessage()), false, 0));
          continue;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        record(triggered, read.file() + ": " + s.id(), a);
        recordRules(ruleHits, read.file() + ": " + s.id(), a);
        Expectations.Result result = Expectations.test(s, a);
        List<String> problems = result.problems();
        switch (result.status()) {
          case SKIPPED -> {
            skipped++;
            out.println(Escape.text((id ? "lewat " : "skip  ") + read.file() + ": " + s.id()
                + (id ? " (tanpa expect atau case)" : " (no expectations)")));
            fileCases.add(new Case(read.file(), s.id(), List.of(), true, seconds));
          }
          case PASSED -> {
            passed++;
            out.println(Escape.text((id ? "lulus " : "pass  ") + read.file() + ": " + s.id()));
            fileCases.add(new Case(read.file(), s.id(), problems, false, seconds));
          }
          case KNOWN_GAP -> {
            knownGaps++;
            out.println(Escape.text((id ? "celah " : "gap   ") + read.file() + ": " + s.id()
                + (id ? " (celah yang diketahui: " : " (known gap: ") + s.decidedCase().knownGap() + ")"));
            Mismatches.lines(s, a, result, engine.catalog(), lang).forEach(p -> out.println(Escape.text("        " + p)));
            fileCases.add(new Case(read.file(), s.id(), problems, false, seconds, true));
          }
          case FAILED -> {
            failed++;
            out.println(Escape.text((id ? "GAGAL " : "FAIL  ") + read.file() + ": " + s.id()));
            Mismatches.lines(s, a, result, engine.catalog(), lang).forEach(p -> out.println(Escape.text("        " + p)));
            fileCases.add(new Case(read.file(), s.id(), problems, false, seconds));
          }
        }
      }
      out.flush();
    }
    List<String> shortfalls = new ArrayList<>();
    if (coverage || minCoverage != null) {
      String provisions = coverage(out, engine, triggered, id);
      String rules = ruleCoverage(out, engine, ruleHits, id);
      for (String why : new String[] {provisions, rules}) {
        if (why != null) {
          shortfalls.add(why);
        }
      }
    }
    boolean coverageFailed = !shortfalls.isEmpty();
    if (junit != null) {
      writeJunit(cases);
    }
    String closing = id ? passed + " lulus, " + failed + " gagal" + (skipped > 0 ? ", " + skipped + " dilewati" : "")
        : passed + " passed, " + failed + " failed" + (skipped > 0 ? ", " + skipped + " skipped" : "");
    if (refused > 0) {
      out.println(id ? refused + " berkas atau skenario ditolak (lihat stderr)"
          : refused + (refused == 1 ? " file or scenario refused" : " files or scenarios refused") + " (see stderr)");
    }
    if (knownGaps > 0) {
      out.println(id ? knownGaps + " celah yang diketahui (perkara yang sudah diputus yang dinilai keliru oleh netral)"
          : knownGaps + (knownGaps == 1 ? " known gap" : " known gaps") + " (decided cases netral gets wrong)");
    }
    if (coverageFailed) {
      // why the run fails although every scenario passed: the threshold, what was measured, and
      // what no scenario reaches
      out.println(String.format(java.util.Locale.ROOT, "FAIL  coverage below --min-coverage %s%%:",
          percent(minCoverage)));
      shortfalls.forEach(l -> out.println("        " + l));
    }
    out.println(closing);
    out.flush();
    return refused > 0 ? Netral.REFUSED : failed > 0 || coverageFailed ? Netral.FAILED : 0;
  }

  private static void record(Map<String, List<String>> triggered, String name, Assessment a) {
    List<String> ids = new ArrayList<>();
    a.findings().forEach(f -> {
      f.basis().forEach(b -> ids.add(b.id()));
      if (f.sanction() != null && f.sanction().basis() != null) {
        ids.add(f.sanction().basis().id());
      }
      if (f.sanction() != null && f.sanction().later() != null) {
        ids.add(f.sanction().later().basis().id());
        ids.add(f.sanction().laterRule().id());
      }
    });
    a.combinedPenalties().forEach(c -> ids.add(c.basis().id()));
    a.openQuestions().forEach(q -> q.basis().stream().map(LegalBasis::id).forEach(ids::add));
    for (String id : new TreeSet<>(ids)) {
      triggered.computeIfAbsent(id, k -> new ArrayList<>()).add(name);
    }
  }

  private static void recordRules(Map<String, List<String>> hits, String name, Assessment a) {
    java.util.Set<String> rules = new TreeSet<>();
    a.findings().forEach(f -> rules.add(f.rule()));
    a.openQuestions().forEach(q -> rules.addAll(q.rules()));
    rules.forEach(r -> hits.computeIfAbsent(r, k -> new ArrayList<>()).add(name));
  }

  /**
   * Prints the coverage of the rules: every finding rule should fire and every ask rule ask in some
   * scenario (a provision can be covered while one of the rules citing it never fires). Returns
   * why it is below --min-coverage, in one line; null when it is not.
   */
  private String ruleCoverage(PrintWriter out, NeutralityEngine engine, Map<String, List<String>> hits, boolean id) {
    List<String> findingRules = engine.findingRules();
    List<String> silent = findingRules.stream().filter(r -> !hits.containsKey(r)).toList();
    List<String> silentAsks = engine.askingRules().stream().filter(r -> !hits.containsKey(r)).toList();
    double percent = findingRules.isEmpty() ? 100 : 100.0 * (findingRules.size() - silent.size()) / findingRules.size();
    String none = id ? "tidak ada" : "none";
    out.println(id ? "cakupan aturan:" : "coverage of the rules:");
    out.println((id ? "  aturan temuan yang tidak terpicu dalam skenario mana pun: " : "  finding rules that fire in no scenario: ")
        + (silent.isEmpty() ? none : String.join(", ", silent)));
    out.println((id ? "  aturan tanya yang tidak bertanya dalam skenario mana pun: " : "  ask rules that ask in no scenario: ")
        + (silentAsks.isEmpty() ? none : String.join(", ", silentAsks)));
    if (!engine.dormantRules().isEmpty()) {
      out.println((id ? "  aturan yang hanya berlaku dengan pilihan tafsiran lain (@onlyIf), tidak dihitung: "
          : "  rules that apply only under another interpretation choice (@onlyIf), not counted: ")
          + String.join(", ", engine.dormantRules()));
    }
    out.println(String.format(id ? INDONESIAN : java.util.Locale.ROOT, id
        ? "cakupan aturan: %d dari %d aturan temuan terpicu (%.1f%%), %d dari %d aturan tanya bertanya"
        : "rule coverage: %d of %d finding rules fired (%.1f%%), %d of %d ask rules asked",
        findingRules.size() - silent.size(), findingRules.size(), percent,
        engine.askingRules().size() - silentAsks.size(), engine.askingRules().size()));
    out.println();
    if (minCoverage == null || percent >= minCoverage) {
      return null;
    }
    return String.format(java.util.Locale.ROOT, "finding rules: %s%% fired (%d of %d); fire in no scenario: %s",
        percent(percent), findingRules.size() - silent.size(), findingRules.size(), String.join(", ", silent));
  }

  /** {@code p} with one decimal, or none when it is whole: 90, 87.5. */
  private static String percent(double p) {
    String s = String.format(java.util.Locale.ROOT, "%.1f", p);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }

  /**
   * Prints the coverage of the encoded provisions; returns why it is below --min-coverage, in one
   * line; null when it is not.
   */
  private String coverage(PrintWriter out, NeutralityEngine engine, Map<String, List<String>> triggered, boolean id) {
    List<Provision> encoded = engine.catalog().provisions().stream().filter(Provision::encoded).toList();
    List<String> untriggered = new ArrayList<>();
    out.println();
    out.println(id ? "cakupan ketentuan yang dikodekan:" : "coverage of the encoded provisions:");
    for (Provision p : encoded) {
      List<String> by = triggered.getOrDefault(p.id(), List.of());
      if (by.isEmpty()) {
        untriggered.add(p.id());
      } else {
        out.println("  " + p.id() + "  (" + by.size() + ")  " + String.join(", ", by.subList(0, Math.min(3, by.size())))
            + (by.size() > 3 ? ", ..." : ""));
      }
    }
    double percent = encoded.isEmpty() ? 100 : 100.0 * (encoded.size() - untriggered.size()) / encoded.size();
    out.println((id ? "tidak dipicu oleh skenario mana pun: " : "triggered by no scenario: ")
        + (untriggered.isEmpty() ? (id ? "tidak ada" : "none") : String.join(", ", untriggered)));
    out.println(String.format(id ? INDONESIAN : java.util.Locale.ROOT, id
        ? "cakupan: %d dari %d ketentuan yang dikodekan (%.1f%%)" : "coverage: %d of %d encoded provisions (%.1f%%)",
        encoded.size() - untriggered.size(), encoded.size(), percent));
    out.println();
    if (minCoverage == null || percent >= minCoverage) {
      return null;
    }
    return String.format(java.util.Locale.ROOT, "encoded provisions: %s%% triggered (%d of %d); triggered by no"
        + " scenario: %s", percent(percent), encoded.size() - untriggered.size(), encoded.size(),
        String.join(", ", untriggered));
  }

  private void writeJunit(Map<String, List<Case>> cases) throws IOException {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"netral\">\n");
    for (Map.Entry<String, List<Case>> e : cases.entrySet()) {
      List<Case> list = e.getValue();
      long failures = list.stream().filter(c -> !c.problems().isEmpty() && !c.knownGap()).count();
      long skips = list.stream().filter(c -> c.skipped() || c.knownGap()).count();
      b.append("  <testsuite name=\"").append(xml(e.getKey())).append("\" tests=\"").append(list.size())
          .append("\" failures=\"").append(failures).append("\" skipped=\"").append(skips).append("\">\n");
      for (Case c : list) {
        b.append("    <testcase classname=\"").append(xml(c.file())).append("\" name=\"").append(xml(c.scenario()))
            .append("\" time=\"").append(String.format(java.util.Locale.ROOT, "%.6f", c.seconds())).append('"');
        if (c.skipped()) {
          b.append("><skipped message=\"no expectations\"/></testcase>\n");
        } else if (c.knownGap()) {
          b.append("><skipped message=\"known gap\">").append(xml(String.join("\n", c.problems())))
              .append("</skipped></testcase>\n");
        } else if (!c.problems().isEmpty()) {
          b.append("><failure message=\"").append(xml(c.problems().get(0))).append("\">")
              .append(xml(String.join("\n", c.problems()))).append("</failure></testcase>\n");
        } else {
          b.append("/>\n");
        }
      }
      b.append("  </testsuite>\n");
    }
    b.append("</testsuites>\n");
    // written beside the report and moved over it: a failed write never leaves a truncated report
    Path tmp = null;
    try {
      Path dir = junit.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      tmp = Files.createTempFile(dir, ".netral-junit", ".xml");
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        w.write(b.toString());
      }
      Files.move(tmp, junit, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      if (tmp != null) {
        Files.deleteIfExists(tmp);
      }
      throw new OutputFailed("the JUnit report " + junit, e);
    }
  }

  /** Indonesian number formatting: a decimal comma. */
  private static final java.util.Locale INDONESIAN = java.util.Locale.forLanguageTag("id-ID");

  private static String xml(String s) {
    return Escape.xml(s);
  }
}
