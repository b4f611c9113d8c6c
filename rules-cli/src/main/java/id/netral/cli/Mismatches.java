package id.netral.cli;

import id.netral.core.Assessment;
import id.netral.core.Finding;
import id.netral.core.Language;
import id.netral.core.OpenQuestion;
import id.netral.core.catalog.Catalog;
import id.netral.core.model.Expectation;
import id.netral.core.model.Expectation.ExpectedFinding;
import id.netral.core.model.Scenario;
import id.netral.core.scenario.Expectations;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code netral test} prints under a failed scenario: the expected and found findings as
 * readable lines (type, provision with its citation, sanction in words), and for an expected
 * finding found with another sanction, which parts of the sanction differ.
 */
final class Mismatches {
  private Mismatches() {}

  /** The lines (without indent) saying how {@code a} differs from what {@code s} expects. */
  static List<String> lines(Scenario s, Assessment a, Expectations.Result result, Catalog catalog, Language lang) {
    boolean id = lang == Language.ID;
    List<String> out = new ArrayList<>();
    if (result.status() == Expectations.Status.FAILED && s.decidedCase() != null && s.decidedCase().knownGap() != null
        && result.problems().size() == 1 && result.problems().get(0).startsWith("marked as a known gap")) {
      out.add(id ? "ditandai sebagai celah yang diketahui, tetapi kini lulus: hapus tanda itu (knownGap: "
          + s.decidedCase().knownGap() + ")" : result.problems().get(0));
      return out;
    }
    if (s.decidedCase() != null) {
      for (String p : Expectations.checkCase(s.decidedCase(), a)) {
        out.add(id ? caseIndonesian(p, a) : p);
      }
    }
    Expectation expect = s.expect();
    if (expect == null) {
      return out;
    }
    if (expect.verdict() != null && !expect.verdict().equals(a.verdict().name())) {
      out.add((id ? "kesimpulan: diharapkan " : "verdict: expected ") + Readable.verdict(expect.verdict(), lang)
          + (id ? ", ditemukan " : ", found ") + Readable.verdict(a.verdict(), lang));
    }
    List<Finding> unmatched = new ArrayList<>(a.findings());
    for (ExpectedFinding e : expect.findings()) {
      boolean hit = false;
      for (Finding f : a.findings()) {
        if (Expectations.matches(e, f)) {
          hit = true;
          unmatched.remove(f);
        }
      }
      if (hit) {
        continue;
      }
      out.add((id ? "diharapkan, tidak ditemukan: " : "expected, not found: ") + Readable.expected(e, catalog, lang));
      Finding near = nearest(e, a.findings());
      if (near != null) {
        out.add((id ? "  yang terdekat ditemukan: " : "  nearest found:       ") + Readable.finding(near, lang));
        for (String k : Readable.ordered(e.sanction().keySet())) {
          Object expected = e.sanction().get(k);
          Object found = Readable.value(near.sanction(), k);
          if (!Readable.same(expected, found)) {
            out.add("  " + (id ? "berbeda, " : "differs, ") + Readable.label(k, lang) + ": "
                + (id ? "diharapkan " : "expected ") + Readable.value(k, expected, lang)
                + (id ? ", ditemukan " : ", found ") + Readable.value(k, found, lang));
          }
        }
      }
    }
    if (!expect.includes()) {
      for (Finding f : unmatched) {
        out.add((id ? "ditemukan, tidak diharapkan: " : "found, not expected: ") + Readable.finding(f, lang));
      }
    }
    if (expect.openQuestions() != null) {
      TreeSet<String> expected = new TreeSet<>(expect.openQuestions());
      TreeSet<String> found = new TreeSet<>();
      for (OpenQuestion q : a.openQuestions()) {
        found.add(q.fact());
      }
      if (!expected.equals(found)) {
        out.add((id ? "pertanyaan terbuka: diharapkan " : "open questions: expected ") + list(expected, lang)
            + (id ? ", ditemukan " : ", found ") + list(found, lang));
      }
    }
    return out;
  }

  private static String list(TreeSet<String> facts, Language lang) {
    return facts.isEmpty() ? (lang == Language.ID ? "tidak ada" : "none") : String.join(", ", facts);
  }

  /** The finding of the expected type that rests on the expected provision (else on it with another type), or null. */
  private static Finding nearest(ExpectedFinding e, List<Finding> findings) {
    Finding sameBasis = null;
    for (Finding f : findings) {
      boolean basis = f.basis().stream().anyMatch(b -> b.id().equals(e.basis()) || b.id().startsWith(e.basis() + "/"));
      if (basis && f.type().name().equals(e.type()) && (e.act() == null || e.act().equals(f.act()))) {
        return f;
      }
      if (basis && sameBasis == null) {
        sameBasis = f;
      }
    }
    return sameBasis;
  }

  private static final Pattern NOT_BREACHED = Pattern.compile(
      "case (\\w+): finding (\\w+) (\\S+) on act (\\S+) cites (\\S+), which the decision-maker did not find breached");
  private static final Pattern NOT_RAISED = Pattern.compile(
      "case (\\w+): (\\S+) \\(applied by the decision-maker\\) is raised by no finding or open question");
  private static final Pattern OUTSIDE = Pattern.compile(
      "case (\\w+): the sentence \\((.*)\\) lies outside the sanction of (\\S+) \\((.*)\\)");

  /** A sentence of {@link Expectations#checkCase} in Indonesian. */
  static String caseIndonesian(String english, Assessment a) {
    Matcher m = NOT_BREACHED.matcher(english);
    if (m.matches()) {
      return "perkara " + outcome(m.group(1)) + ": temuan " + Readable.type(m.group(2), Language.ID) + " " + m.group(3)
          + " pada perbuatan " + m.group(4) + " menyebut " + m.group(5) + ", yang tidak dinyatakan dilanggar oleh pemutus";
    }
    m = NOT_RAISED.matcher(english);
    if (m.matches()) {
      return "perkara " + outcome(m.group(1)) + ": " + m.group(2) + " (diterapkan oleh pemutus) tidak diangkat oleh"
          + " temuan atau pertanyaan terbuka mana pun";
    }
    m = OUTSIDE.matcher(english);
    if (m.matches()) {
      String rule = m.group(3);
      String sanction = a.findings().stream().filter(f -> f.rule().equals(rule) && f.sanction() != null).findFirst()
          .map(f -> f.sanction().describe(Language.ID)).orElse(m.group(4));
      String sentence = m.group(2).replace(" months", " bulan").replace("fine ", "denda ")
          .replace("suspended", "pidana bersyarat").replace("probation ", "masa percobaan ").replace("not given", "tidak disebut");
      return "perkara " + outcome(m.group(1)) + ": vonis (" + sentence + ") berada di luar sanksi " + rule + " (" + sanction + ")";
    }
    return english;
  }

  private static String outcome(String o) {
    return switch (o) {
      case "CONVICTED" -> "DIPIDANA";
      case "SANCTIONED" -> "DIJATUHI SANKSI";
      case "NOT_PROSECUTED" -> "TIDAK DILANJUTKAN";
      case "ACQUITTED" -> "DIBEBASKAN";
      default -> o;
    };
  }
}
