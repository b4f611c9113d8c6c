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
    rows.add(new String[] {a.scenario(), a.verdict().name(), String.valueOf(a.findings().size()),
        String.valueOf(a.openQuestions().size()), file});
    boolean id = lang == Language.ID;
    if (markdown) {
      out.println("### " + a.scenario() + ": " + a.verdict());
      out.println();
      if (s.title() != null) {
        out.println("*" + s.title() + "* (" + file + ")");
        out.println();
      }
      for (Finding f : a.findings()) {
        out.println("- **" + f.type() + "** on act `" + f.act() + "`, rule `" + f.rule() + "`");
        out.println("  - " + (id ? "dasar" : "basis") + ": " + citations(f.basis()));
        if (f.sanction() != null) {
          out.println("  - " + (id ? "sanksi" : "sanction") + ": " + f.sanction().describe(lang)
              + " (" + f.sanction().basis().citation() + ")");
        }
        if (f.authority() != null) {
          out.println("  - " + (id ? "yang memutus" : "decided by") + ": " + f.authority().in(lang));
        }
        out.println("  - " + (id ? "alasan" : "why") + ": " + f.explanation().in(lang));
      }
      for (CombinedPenalty c : a.combinedPenalties()) {
        out.println("- **" + (id ? "SATU HUKUMAN" : "ONE PENALTY") + "** act `" + c.act() + "`: " + c.explanation().in(lang));
      }
      for (OpenQuestion q : a.openQuestions()) {
        out.println("- **" + (id ? "PERLU DINILAI" : "TO ASSESS") + "** act `" + q.act() + "`, `" + q.fact() + "`: "
            + q.question().in(lang) + " (" + citations(q.basis()) + ")");
      }
      out.println();
      return;
    }
    out.println("== " + a.scenario() + ": " + a.verdict() + "  (" + file + ")");
    if (s.title() != null) {
      out.println("   " + s.title());
    }
    for (Finding f : a.findings()) {
      out.println("   [" + f.act() + "] " + f.type() + "  " + f.rule());
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
      out.println("   [" + q.act() + "] " + (id ? "PERLU DINILAI" : "TO ASSESS") + "  " + q.fact());
      line(id ? "pertanyaan" : "question", q.question().in(lang));
      line(id ? "dasar" : "basis", citations(q.basis()));
    }
    if (a.findings().isEmpty() && a.openQuestions().isEmpty()) {
      out.println("   " + (id ? "Tidak ada pelanggaran yang ditemukan oleh aturan netral." : "No rule of netral finds a violation."));
    }
    out.println();
  }

  private void line(String label, String text) {
    out.println(String.format("        %-12s %s", label + ":", text));
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
        out.println("| " + String.join(" | ", head) + " |");
        out.println("|---|---|---:|---:|---|");
        for (String[] r : rows) {
          out.println("| " + String.join(" | ", r) + " |");
        }
        out.println();
      } else {
        out.println(row(head, width));
        out.println(row(java.util.Arrays.stream(width).mapToObj("-"::repeat).toArray(String[]::new), width));
        for (String[] r : rows) {
          out.println(row(r, width));
        }
        out.println();
      }
    }
    out.println(rows.size() + " scenarios: " + counts.getOrDefault(Verdict.VIOLATION, 0) + " VIOLATION, "
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
