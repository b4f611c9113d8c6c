package id.netral.cli;

import id.netral.core.Assessment;
import id.netral.core.CombinedPenalty;
import id.netral.core.Finding;
import id.netral.core.Language;
import id.netral.core.LegalBasis;
import id.netral.core.OpenQuestion;
import id.netral.core.Verdict;
import id.netral.core.model.Scenario;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Results for people: plain text or Markdown, one block per scenario and a summary table. */
final class Results {
  private final PrintWriter out;
  private final Language lang;
  private final boolean markdown;
  private final List<String[]> rows = new ArrayList<>();
  private final Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);

  Results(PrintWriter out, Language lang, boolean markdown) {
    this.out = out;
    this.lang = lang;
    this.markdown = markdown;
  }

  void add(String file, Scenario s, Assessment a) {
    counts.merge(a.verdict(), 1, Integer::sum);
    rows.add(new String[] {Escape.text(a.scenario()), a.verdict().name(), String.valueOf(a.findings().size()),
        String.valueOf(a.openQuestions().size()), Escape.text(file)});
    boolean id = lang == Language.ID;
    if (markdown) {
      println("### " + Escape.markdown(a.scenario()) + ": " + a.verdict());
      println("");
      if (s.title() != null) {
        println("*" + Escape.markdown(s.title()) + "* (" + Escape.markdown(file) + ")");
        println("");
      }
      for (Finding f : a.findings()) {
        println("- **" + f.type() + "** on act " + Escape.code(f.act()) + ", rule " + Escape.code(f.rule()));
        println("  - " + (id ? "dasar" : "basis") + ": " + Escape.markdown(citations(f.basis())));
        if (f.sanction() != null) {
          println("  - " + (id ? "sanksi" : "sanction") + ": " + Escape.markdown(f.sanction().describe(lang)
              + " (" + f.sanction().basis().citation() + ")"));
        }
        if (f.authority() != null) {
          println("  - " + (id ? "yang memutus" : "decided by") + ": " + Escape.markdown(f.authority().in(lang)));
        }
        println("  - " + (id ? "alasan" : "why") + ": " + Escape.markdown(f.explanation().in(lang)));
      }
      for (CombinedPenalty c : a.combinedPenalties()) {
        out.println("- **" + (id ? "SATU HUKUMAN" : "ONE PENALTY") + "** act `" + c.act() + "`: " + c.explanation().in(lang));
      }
      for (OpenQuestion q : a.openQuestions()) {
        println("- **" + (id ? "PERLU DINILAI" : "TO ASSESS") + "** act " + Escape.code(q.act()) + ", "
            + Escape.code(q.fact()) + ": " + Escape.markdown(q.question().in(lang)) + " ("
            + Escape.markdown(citations(q.basis())) + ")");
      }
      for (id.netral.core.Notice n : a.notices()) {
        println("- **" + (id ? "CATATAN" : "NOTICE") + "** act " + Escape.code(n.act()) + ": "
            + Escape.markdown(n.text().in(lang)));
      }
      println("");
      return;
    }
    println("== " + a.scenario() + ": " + a.verdict() + "  (" + file + ")");
    if (s.title() != null) {
      println("   " + s.title());
    }
    for (Finding f : a.findings()) {
      println("   [" + f.act() + "] " + f.type() + "  " + f.rule());
      line(id ? "dasar" : "basis", citations(f.basis()));
      if (f.sanction() != null) {
        line(id ? "sanksi" : "sanction", f.sanction().describe(lang) + " (" + f.sanction().basis().citation() + ")");
      }
      if (f.authority() != null) {
        line(id ? "yang memutus" : "decided by", f.authority().in(lang));
      }
      line(id ? "alasan" : "why", f.explanation().in(lang));
    }
    for (CombinedPenalty c : a.combinedPenalties()) {
      out.println("   [" + c.act() + "] " + (id ? "SATU HUKUMAN" : "ONE PENALTY") + "  " + c.level());
      line(id ? "alasan" : "why", c.explanation().in(lang));
    }
    for (OpenQuestion q : a.openQuestions()) {
      println("   [" + q.act() + "] " + (id ? "PERLU DINILAI" : "TO ASSESS") + "  " + q.fact());
      line(id ? "pertanyaan" : "question", q.question().in(lang));
      line(id ? "dasar" : "basis", citations(q.basis()));
    }
    for (id.netral.core.Notice n : a.notices()) {
      println("   [" + n.act() + "] " + (id ? "CATATAN" : "NOTICE") + "  " + n.code());
      line(id ? "catatan" : "notice", n.text().in(lang));
    }
    if (a.findings().isEmpty() && a.openQuestions().isEmpty()) {
      println("   " + (id ? "Tidak ada pelanggaran yang ditemukan oleh aturan netral." : "No rule of netral finds a violation."));
    }
    println("");
  }

  private void line(String label, String text) {
    println(String.format("        %-12s %s", label + ":", text));
  }

  /**
   * Prints one line with its control characters escaped (a title's ESC sequence could clear the
   * terminal, a line break could forge a line).
   */
  private void println(String line) {
    out.println(Escape.text(line));
  }

  private static String citations(List<LegalBasis> basis) {
    return basis.stream().map(LegalBasis::citation).collect(Collectors.joining("; "));
  }

  /** Prints the summary table and the closing line. */
  void finish(int refusedFiles) {
    finish(refusedFiles, false);
  }

  /** Closes the table and the summary; {@code lines} when the input was NDJSON, whose lines are refused one by one. */
  void finish(int refused, boolean lines) {
    String[] head = {"scenario", "verdict", "findings", "questions", "file"};
    int[] width = new int[head.length];
    for (int i = 0; i < head.length; i++) {
      width[i] = head[i].length();
      for (String[] r : rows) {
        width[i] = Math.max(width[i], r[i].length());
      }
    }
    if (!rows.isEmpty()) {
      if (markdown) {
        println("| " + String.join(" | ", head) + " |");
        println("|---|---|---:|---:|---|");
        for (String[] r : rows) {
          println("| " + String.join(" | ", java.util.Arrays.stream(r).map(Escape::markdown).toList()) + " |");
        }
        println("");
      } else {
        println(row(head, width));
        println(row(java.util.Arrays.stream(width).mapToObj("-"::repeat).toArray(String[]::new), width));
        for (String[] r : rows) {
          println(row(r, width));
        }
        println("");
      }
    }
    println(rows.size() + " scenarios: " + counts.getOrDefault(Verdict.VIOLATION, 0) + " VIOLATION, "
        + counts.getOrDefault(Verdict.NO_VIOLATION, 0) + " NO_VIOLATION, "
        + counts.getOrDefault(Verdict.NEEDS_ASSESSMENT, 0) + " NEEDS_ASSESSMENT; "
        + refused + (lines ? (refused == 1 ? " line or file refused" : " lines or files refused")
            : refused == 1 ? " file refused" : " files refused"));
  }

  private static String row(String[] cells, int[] width) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      b.append(i == 0 ? "" : "  ");
      b.append(i == cells.length - 1 ? cells[i] : String.format("%-" + width[i] + "s", cells[i]));
    }
    return b.toString().stripTrailing();
  }
}
