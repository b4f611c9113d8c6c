package id.netral.cli;

import id.netral.core.Assessment;
import id.netral.core.Finding;
import id.netral.core.LegalBasis;
import id.netral.core.OpenQuestion;
import id.netral.core.Sanction;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Short, comparable renderings of findings and sanctions, for diffs. */
final class Compact {
  private Compact() {}

  static String sanction(Sanction s) {
    if (s == null) {
      return "no sanction";
    }
    List<String> parts = new ArrayList<>();
    parts.add(s.kind().name());
    add(parts, "level", s.level());
    add(parts, "custody", s.custody());
    add(parts, "minCustodyMonths", s.minCustodyMonths());
    add(parts, "maxCustodyMonths", s.maxCustodyMonths());
    add(parts, "minFine", s.minFine());
    add(parts, "maxFine", s.maxFine());
    add(parts, "fineCategory", s.fineCategory());
    add(parts, "cumulative", s.cumulative());
    add(parts, "dismissal", s.dismissal());
    if (!s.options().isEmpty()) {
      parts.add("options=" + s.options().size());
    }
    if (s.later() != null) {
      parts.add("later=[" + sanction(s.later()) + "]");
    }
    return String.join(" ", parts);
  }

  private static void add(List<String> parts, String key, Object value) {
    if (value != null) {
      parts.add(key + "=" + value);
    }
  }

  static String finding(Finding f) {
    return "[" + f.act() + "] " + f.type() + " " + f.rule() + " ("
        + f.basis().stream().map(LegalBasis::id).collect(Collectors.joining(", ")) + "; " + sanction(f.sanction()) + ")";
  }

  static List<String> lines(Assessment a) {
    List<String> out = new ArrayList<>();
    out.add(a.verdict().name());
    a.findings().forEach(f -> out.add(finding(f)));
    for (OpenQuestion q : a.openQuestions()) {
      out.add("[" + q.act() + "] asks " + q.fact());
    }
    return out;
  }
}
