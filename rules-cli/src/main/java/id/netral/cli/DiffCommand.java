package id.netral.cli;

import id.netral.core.json.ResultJson;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.netral.core.Assessment;
import id.netral.core.Finding;
import id.netral.core.LegalBasis;
import id.netral.core.NeutralityEngine;
import id.netral.core.OpenQuestion;
import id.netral.core.Receipt;
import id.netral.core.model.Scenario;
import id.netral.core.scenario.ScenarioFile;
import id.netral.core.scenario.ScenarioReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code netral diff --base A --candidate B PATH...}. */
@Command(name = "diff", mixinStandardHelpOptions = true,
    header = "Compares the results of two rule sets on the same scenarios.", description = {
    "Evaluates every scenario under PATH... with two rule sets (each a rule folder, or 'bundled')",
    "and reports each scenario whose verdict, findings, sanctions or open questions differ, with",
    "before and after, grouped by provision. Exit code 0 when nothing changes, 1 when something does.",
    "Scenario files are read with the base rule set's elections."})
final class DiffCommand implements Callable<Integer> {
  enum Format { text, markdown, json }

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--base", required = true, paramLabel = "A", description = "The rule set before: a folder, or 'bundled'.")
  String base;

  @Option(names = "--candidate", required = true, paramLabel = "B", description = "The rule set after: a folder, or 'bundled'.")
  String candidate;

  @Option(names = "--trust-rules", description = "Compile the rule folders as they are, even when their DRL reaches "
      + "outside the netral model: they can then run any Java. Give it only for folders whose authors you trust.")
  boolean trustRules;

  @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
      description = "text, markdown or json. Default: ${DEFAULT-VALUE}.")
  Format format;

  @picocli.CommandLine.Mixin
  ReaderOptions readerOptions;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Scenario files, or folders of them.")
  List<Path> paths;

  record Change(String file, Scenario s, Assessment before, Assessment after, Set<String> provisions) {
    String scenario() {
      return s.id();
    }

    String title() {
      return s.title();
    }
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    NeutralityEngine a = Common.load(base, trustRules);
    NeutralityEngine b = Common.load(candidate, trustRules);
    ScenarioReader reader = readerOptions.reader(a.catalog().elections());
    List<Change> changes = new ArrayList<>();
    int scanned = 0;
    int refused = 0;
    for (Path file : Common.files(paths)) {
      ScenarioFile read = Common.read(reader, file);
      if (read.refused()) {
        refused++;
        read.problems().forEach(p -> err.println(Escape.text(p.toString())));
        continue;
      }
      for (Scenario s : read.scenarios()) {
        scanned++;
        Assessment before;
        Assessment after;
        try {
          before = a.assess(s);
          after = b.assess(s);
        } catch (id.netral.core.RuleFailedException e) {
          refused++;
          err.println(Escape.text(read.file() + ": " + e.getMessage()));
          continue;
        }
        if (!Compact.lines(before).equals(Compact.lines(after))) {
          changes.add(new Change(read.file(), s, before, after, provisions(before, after)));
        }
      }
    }
    Map<String, List<Change>> byProvision = new TreeMap<>();
    for (Change c : changes) {
      for (String p : c.provisions()) {
        byProvision.computeIfAbsent(p, k -> new ArrayList<>()).add(c);
      }
    }
    switch (format) {
      case json -> json(out, a.receipt(), b.receipt(), scanned, changes);
      case markdown -> markdown(out, a.receipt(), b.receipt(), scanned, changes, byProvision);
      case text -> text(out, a.receipt(), b.receipt(), scanned, changes, byProvision);
    }
    out.flush();
    if (refused > 0) {
      return Netral.REFUSED;
    }
    return changes.isEmpty() ? 0 : Netral.FAILED;
  }

  /**
   * The provisions a change is about: for a finding whose sanction changed, the provision that sets
   * the sanction; whose basis changed, the provisions added or removed; a finding or question that
   * appears or disappears, its primary provision.
   */
  private static Set<String> provisions(Assessment before, Assessment after) {
    Set<String> out = new LinkedHashSet<>();
    Map<String, Finding> a = new TreeMap<>();
    Map<String, Finding> b = new TreeMap<>();
    before.findings().forEach(f -> a.put(f.act() + " " + f.rule(), f));
    after.findings().forEach(f -> b.put(f.act() + " " + f.rule(), f));
    Set<String> keys = new java.util.TreeSet<>(a.keySet());
    keys.addAll(b.keySet());
    for (String k : keys) {
      Finding x = a.get(k);
      Finding y = b.get(k);
      if (x == null || y == null) {
        out.add((x == null ? y : x).basis().get(0).id());
        continue;
      }
      if (!Compact.sanction(x.sanction()).equals(Compact.sanction(y.sanction()))) {
        out.add(x.sanction() != null && x.sanction().basis() != null ? x.sanction().basis().id()
            : y.sanction() != null && y.sanction().basis() != null ? y.sanction().basis().id() : x.basis().get(0).id());
      }
      Set<String> xb = new LinkedHashSet<>(x.basis().stream().map(LegalBasis::id).toList());
      Set<String> yb = new LinkedHashSet<>(y.basis().stream().map(LegalBasis::id).toList());
      if (!xb.equals(yb) || x.type() != y.type()) {
        Set<String> sym = new LinkedHashSet<>(xb);
        sym.addAll(yb);
        Set<String> both = new LinkedHashSet<>(xb);
        both.retainAll(yb);
        sym.removeAll(both);
        out.addAll(sym.isEmpty() ? List.of(x.basis().get(0).id()) : sym);
      }
    }
    List<String> qa = before.openQuestions().stream().map(q -> q.act() + " " + q.fact()).toList();
    List<String> qb = after.openQuestions().stream().map(q -> q.act() + " " + q.fact()).toList();
    for (OpenQuestion q : before.openQuestions()) {
      if (!qb.contains(q.act() + " " + q.fact())) {
        q.basis().stream().findFirst().map(LegalBasis::id).ifPresent(out::add);
      }
    }
    for (OpenQuestion q : after.openQuestions()) {
      if (!qa.contains(q.act() + " " + q.fact())) {
        q.basis().stream().findFirst().map(LegalBasis::id).ifPresent(out::add);
      }
    }
    if (out.isEmpty()) {
      out.add("(verdict only)");
    }
    return out;
  }

  private static String who(Receipt r) {
    return "catalog " + r.catalog() + ", " + r.catalogDigest().substring(0, Math.min(19, r.catalogDigest().length()));
  }

  private void text(PrintWriter out, Receipt ra, Receipt rb, int scanned, List<Change> changes, Map<String, List<Change>> by) {
    out.println("base:      " + base + " (" + who(ra) + ")");
    out.println("candidate: " + candidate + " (" + who(rb) + ")");
    out.println();
    for (Map.Entry<String, List<Change>> e : by.entrySet()) {
      out.println(e.getKey());
      for (Change c : e.getValue()) {
        out.println(Escape.text("  " + c.file() + ": " + c.scenario()));
        out.println(Escape.text("    before: " + String.join("; ", Compact.lines(c.before()))));
        out.println(Escape.text("    after:  " + String.join("; ", Compact.lines(c.after()))));
      }
      out.println();
    }
    out.println(changes.size() + " of " + scanned + " scenarios change");
  }

  private void markdown(PrintWriter out, Receipt ra, Receipt rb, int scanned, List<Change> changes, Map<String, List<Change>> by) {
    out.println("# Effect of the candidate rule set");
    out.println();
    out.println("- Base: `" + base + "` (" + who(ra) + ")");
    out.println("- Candidate: `" + candidate + "` (" + who(rb) + ")");
    out.println("- " + changes.size() + " of " + scanned + " scenarios change.");
    out.println();
    for (Map.Entry<String, List<Change>> e : by.entrySet()) {
      out.println("## " + e.getKey());
      out.println();
      out.println("| scenario | before | after |");
      out.println("|---|---|---|");
      for (Change c : e.getValue()) {
        out.println("| " + Escape.code(c.scenario()) + (c.title() == null ? "" : "<br>" + Escape.markdown(c.title()))
            + "<br>" + Escape.code(c.file()) + " | "
            + String.join("<br>", Compact.lines(c.before()).stream().map(Escape::markdown).toList()) + " | "
            + String.join("<br>", Compact.lines(c.after()).stream().map(Escape::markdown).toList()) + " |");
      }
      out.println();
    }
  }

  private void json(PrintWriter out, Receipt ra, Receipt rb, int scanned, List<Change> changes) throws Exception {
    ObjectNode doc = ResultJson.newObject();
    doc.set("base", ResultJson.receipt(ra).put("rules", base));
    doc.set("candidate", ResultJson.receipt(rb).put("rules", candidate));
    doc.put("scenarios", scanned);
    ArrayNode list = doc.putArray("changed");
    for (Change c : changes) {
      ObjectNode n = list.addObject();
      n.put("file", c.file());
      n.put("scenario", c.scenario());
      ArrayNode p = n.putArray("provisions");
      c.provisions().forEach(p::add);
      n.set("before", ResultJson.result(c.file(), c.s(), c.before(), id.netral.core.Language.EN));
      n.set("after", ResultJson.result(c.file(), c.s(), c.after(), id.netral.core.Language.EN));
    }
    out.println(doc.toPrettyString());
  }
}
