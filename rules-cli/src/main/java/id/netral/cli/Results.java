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
    rows.add(new String[] {Escape.text(a.scenario()), a.verdict().label(lang), String.valueOf(a.findings().size()),
        String.valueOf(a.openQuestions().size()), Escape.text(file)});
    boolean id = lang == Language.ID;
    String act = id ? "perbuatan" : "act";
    if (markdown) {
      println("### " + Escape.markdown(a.scenario()) + ": " + a.verdict().label(lang));
      println("");
      if (s.title() != null) {
        println("*" + Escape.markdown(s.title()) + "* (" + Escape.markdown(file) + ")");
        println("");
      }
      for (Finding f : a.findings()) {
        println("- **" + f.type().label(lang) + "** " + (id ? "pada perbuatan " : "on act ") + Escape.code(f.act())
            + (id ? ", aturan " : ", rule ") + Escape.code(f.rule()));
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
        println("- **" + (id ? "SATU HUKUMAN DISIPLIN" : "ONE PENALTY") + "** " + act + " " + Escape.code(c.act()) + ": "
            + Escape.markdown(c.explanation().in(lang)));
      }
      for (OpenQuestion q : a.openQuestions()) {
        println("- **" + (id ? "PERLU DINILAI" : "TO ASSESS") + "** " + act + " " + Escape.code(q.act()) + ", "
            + Escape.code(q.fact()) + ": " + Escape.markdown(q.question().in(lang)) + " ("
            + Escape.markdown(citations(q.basis())) + ")");
      }
      for (id.netral.core.Notice n : a.notices()) {
        println("- **" + (id ? "CATATAN" : "NOTICE") + "** " + act + " " + Escape.code(n.act()) + ": "
            + Escape.markdown(n.text().in(lang)));
      }
      println("");
      return;
    }
    println("== " + a.scenario() + ": " + a.verdict().label(lang) + "  (" + file + ")");
    if (s.title() != null) {
      println("   " + s.title());
    }
    for (Finding f : a.findings()) {
      println("   [" + f.act() + "] " + f.type().label(lang) + "  " + f.rule());
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
      println("   [" + c.act() + "] " + (id ? "SATU HUKUMAN DISIPLIN  " + c.level()
          : "ONE PENALTY  " + c.level() + " (" + level(c.level().name()) + ")"));
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

  /** The English word for a level of disciplinary penalty (ringan, sedang, berat). */
  private static String level(String level) {
    return switch (level) {
      case "RINGAN" -> "light";
      case "SEDANG" -> "moderate";
      case "BERAT" -> "heavy";
      default -> level.toLowerCase(java.util.Locale.ROOT);
    };
  }

  private void line(String label, String text) {
    // the longest label ("yang memutus:", "decided by:") and a space
    println(String.format(lang == Language.ID ? "        %-13s %s" : "        %-12s %s", label + ":", text));
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
    boolean id = lang == Language.ID;
    String[] head = id ? new String[] {"skenario", "kesimpulan", "temuan", "pertanyaan", "berkas"}
        : new String[] {"scenario", "verdict", "findings", "questions", "file"};
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
    println(summary(rows.size(), counts, refused, lines, lang));
  }

  /**
   * The closing line: "12 scenarios: 10 VIOLATION, 1 NO_VIOLATION, 1 NEEDS_ASSESSMENT; 0 files
   * refused", or in Indonesian "12 skenario: 10 MELANGGAR, 1 TIDAK MELANGGAR, 1 PERLU PENILAIAN; 0
   * berkas ditolak" (a noun after a number takes no plural in Indonesian).
   */
  static String summary(int scenarios, Map<Verdict, Integer> counts, int refused, boolean lines, Language lang) {
    StringBuilder b = new StringBuilder();
    b.append(scenarios).append(lang == Language.ID ? " skenario" : scenarios == 1 ? " scenario" : " scenarios").append(": ");
    String separator = "";
    for (Verdict v : Verdict.values()) {
      b.append(separator).append(counts.getOrDefault(v, 0)).append(' ').append(v.label(lang));
      separator = ", ";
    }
    b.append("; ").append(refused);
    if (lang == Language.ID) {
      b.append(lines ? " baris atau berkas ditolak" : " berkas ditolak");
    } else {
      b.append(lines ? (refused == 1 ? " line or file refused" : " lines or files refused")
          : refused == 1 ? " file refused" : " files refused");
    }
    return b.toString();
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
