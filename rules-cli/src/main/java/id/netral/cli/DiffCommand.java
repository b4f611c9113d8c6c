package id.netral.cli;

import id.netral.core.json.ResultJson;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.netral.core.Assessment;
import id.netral.core.Finding;
import id.netral.core.Language;
import id.netral.core.LegalBasis;
import id.netral.core.NeutralityEngine;
import id.netral.core.OpenQuestion;
import id.netral.core.Receipt;
import id.netral.core.catalog.Catalog;
import id.netral.core.catalog.Provision;
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
    "and reports each scenario whose verdict, findings, sanctions or open questions differ, grouped",
    "by provision: for each finding, the part that changes (verdict, type, basis, each part of the",
    "sanction) with before -> after. --format markdown gives a table to paste into a memo.",
    "Exit code 0 when nothing changes, 1 when something does.",
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

  @Option(names = "--lang", paramLabel = "id|en", defaultValue = "en",
      description = "Language of text and Markdown: id (Indonesian) or en (English). Default: ${DEFAULT-VALUE}.")
  Language lang;

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
      case markdown -> markdown(out, a.receipt(), b.receipt(), scanned, changes, byProvision, a.catalog());
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

  private String who(Receipt r) {
    return (lang == Language.ID ? "katalog " : "catalog ") + r.catalog() + ", "
        + r.catalogDigest().substring(0, Math.min(19, r.catalogDigest().length()));
  }

  /**
   * One thing that changes in a scenario: {@code subject} (a finding's act, type and rule; or
   * empty for the verdict), {@code field} (the key, as in JSON: verdict, finding, type, basis,
   * sanction.maxFine, sanction.later.fineCategory, question) and the value before and after, in
   * words (null when the finding or question is not there).
   */
  record Delta(String act, String rule, String subject, String field, String before, String after) {}

  /** What changes between {@code c.before()} and {@code c.after()}, finding by finding, in {@code lang}. */
  static List<Delta> deltas(Change c, Language lang) {
    boolean id = lang == Language.ID;
    List<Delta> out = new ArrayList<>();
    if (c.before().verdict() != c.after().verdict()) {
      out.add(new Delta(null, null, "", "verdict", Readable.verdict(c.before().verdict(), lang),
          Readable.verdict(c.after().verdict(), lang)));
    }
    Map<String, Finding> a = new TreeMap<>();
    Map<String, Finding> b = new TreeMap<>();
    c.before().findings().forEach(f -> a.putIfAbsent(f.act() + " " + f.rule(), f));
    c.after().findings().forEach(f -> b.putIfAbsent(f.act() + " " + f.rule(), f));
    Set<String> keys = new java.util.TreeSet<>(a.keySet());
    keys.addAll(b.keySet());
    for (String k : keys) {
      Finding x = a.get(k);
      Finding y = b.get(k);
      Finding any = x == null ? y : x;
      String subject = Readable.head(any, lang);
      if (x == null || y == null) {
        out.add(new Delta(any.act(), any.rule(), subject, "finding", x == null ? null : Readable.finding(x, lang).substring(subject.length()).strip(),
            y == null ? null : Readable.finding(y, lang).substring(subject.length()).strip()));
        continue;
      }
      if (x.type() != y.type()) {
        out.add(new Delta(x.act(), x.rule(), subject, "type", Readable.type(x.type(), lang), Readable.type(y.type(), lang)));
      }
      if (!x.basis().equals(y.basis())) {
        out.add(new Delta(x.act(), x.rule(), subject, "basis", Readable.citations(x.basis()), Readable.citations(y.basis())));
      }
      if (!Compact.sanction(x.sanction()).equals(Compact.sanction(y.sanction()))
          || !java.util.Objects.equals(x.sanction() == null ? null : x.sanction().basis(), y.sanction() == null ? null : y.sanction().basis())) {
        if (x.sanction() == null || y.sanction() == null) {
          String none = id ? "tidak ada" : "none";
          out.add(new Delta(x.act(), x.rule(), subject, "sanction",
              x.sanction() == null ? none : x.sanction().describe(lang), y.sanction() == null ? none : y.sanction().describe(lang)));
        } else {
          for (Object[] d : Readable.differences(x.sanction(), y.sanction())) {
            String key = (String) d[0];
            out.add(new Delta(x.act(), x.rule(), subject, "sanction." + key, Readable.value(key, d[1], lang),
                Readable.value(key, d[2], lang)));
          }
        }
      }
    }
    List<String> qa = c.before().openQuestions().stream().map(q -> q.act() + " " + q.fact()).toList();
    List<String> qb = c.after().openQuestions().stream().map(q -> q.act() + " " + q.fact()).toList();
    String asks = id ? "menanyakan " : "asks ";
    for (OpenQuestion q : c.before().openQuestions()) {
      if (!qb.contains(q.act() + " " + q.fact())) {
        out.add(new Delta(q.act(), null, "[" + q.act() + "]", "question", asks + q.fact(), null));
      }
    }
    for (OpenQuestion q : c.after().openQuestions()) {
      if (!qa.contains(q.act() + " " + q.fact())) {
        out.add(new Delta(q.act(), null, "[" + q.act() + "]", "question", null, asks + q.fact()));
      }
    }
    return out;
  }

  /** The name of what changes, in words: "sanction, maximum fine", "sanksi, denda paling banyak". */
  static String field(String field, Language lang) {
    boolean id = lang == Language.ID;
    if (field.startsWith("sanction.")) {
      return (id ? "sanksi, " : "sanction, ") + Readable.label(field.substring("sanction.".length()), lang);
    }
    return switch (field) {
      case "verdict" -> id ? "kesimpulan" : "verdict";
      case "finding" -> id ? "temuan" : "finding";
      case "type" -> id ? "jenis temuan" : "type";
      case "basis" -> id ? "dasar" : "basis";
      case "sanction" -> id ? "sanksi" : "sanction";
      case "question" -> id ? "pertanyaan terbuka" : "open question";
      default -> field;
    };
  }

  /** "2 of 17 scenarios change", "1 of 1 scenario changes", "2 dari 17 skenario berubah". */
  private String summary(int changed, int scanned) {
    if (lang == Language.ID) {
      return changed + " dari " + scanned + " skenario berubah";
    }
    return changed + " of " + scanned + (scanned == 1 ? " scenario " : " scenarios ") + (changed == 1 ? "changes" : "change");
  }

  /** {@code before → after}, with "(none)" for a side that is not there. */
  private String arrow(Delta d) {
    String none = lang == Language.ID ? "(tidak ada)" : "(none)";
    return (d.before() == null ? none : d.before()) + " \u2192 " + (d.after() == null ? none : d.after());
  }

  private String heading(String provision) {
    return provision.equals("(verdict only)") ? (lang == Language.ID ? "(hanya kesimpulan)" : provision) : provision;
  }

  private void text(PrintWriter out, Receipt ra, Receipt rb, int scanned, List<Change> changes, Map<String, List<Change>> by) {
    boolean id = lang == Language.ID;
    out.println((id ? "dasar:     " : "base:      ") + base + " (" + who(ra) + ")");
    out.println((id ? "kandidat:  " : "candidate: ") + candidate + " (" + who(rb) + ")");
    out.println();
    for (Map.Entry<String, List<Change>> e : by.entrySet()) {
      out.println(heading(e.getKey()));
      for (Change c : e.getValue()) {
        out.println(Escape.text("  " + c.file() + ": " + c.scenario()));
        String subject = null;
        for (Delta d : deltas(c, lang)) {
          if (!d.subject().isEmpty() && !d.subject().equals(subject)) {
            out.println(Escape.text("    " + d.subject()));
          }
          subject = d.subject();
          String indent = d.subject().isEmpty() ? "    " : "      ";
          out.println(Escape.text(indent + field(d.field(), lang) + ": " + arrow(d)));
        }
      }
      out.println();
    }
    out.println(summary(changes.size(), scanned));
  }

  private void markdown(PrintWriter out, Receipt ra, Receipt rb, int scanned, List<Change> changes, Map<String, List<Change>> by,
      Catalog catalog) {
    boolean id = lang == Language.ID;
    out.println(id ? "# Akibat perangkat aturan kandidat" : "# Effect of the candidate rule set");
    out.println();
    out.println((id ? "- Dasar: `" : "- Base: `") + base + "` (" + who(ra) + ")");
    out.println((id ? "- Kandidat: `" : "- Candidate: `") + candidate + "` (" + who(rb) + ")");
    out.println("- " + summary(changes.size(), scanned) + ".");
    out.println();
    for (Map.Entry<String, List<Change>> e : by.entrySet()) {
      String citation = catalog.provision(e.getKey()).map(Provision::citation).orElse(null);
      out.println("## " + Escape.markdown(heading(e.getKey())) + (citation == null ? "" : " (" + Escape.markdown(citation) + ")"));
      out.println();
      out.println(id ? "| skenario | temuan | yang berubah | sebelum | sesudah |" : "| scenario | finding | what changes | before | after |");
      out.println("|---|---|---|---|---|");
      for (Change c : e.getValue()) {
        String scenario = Escape.code(c.scenario()) + (c.title() == null ? "" : "<br>" + Escape.markdown(c.title()))
            + "<br>" + Escape.code(c.file());
        boolean first = true;
        for (Delta d : deltas(c, lang)) {
          String none = id ? "(tidak ada)" : "(none)";
          out.println("| " + (first ? scenario : Escape.code(c.scenario())) + " | " + Escape.markdown(d.subject()) + " | "
              + Escape.markdown(field(d.field(), lang)) + " | " + Escape.markdown(d.before() == null ? none : d.before())
              + " | **" + Escape.markdown(d.after() == null ? none : d.after()) + "** |");
          first = false;
        }
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
      ArrayNode what = n.putArray("changes");
      for (Delta d : deltas(c, Language.EN)) {
        ObjectNode w = what.addObject();
        if (d.act() != null) {
          w.put("act", d.act());
        }
        if (d.rule() != null) {
          w.put("rule", d.rule());
        }
        w.put("field", d.field());
        w.put("before", d.before());
        w.put("after", d.after());
      }
    }
    out.println(doc.toPrettyString());
  }
}
