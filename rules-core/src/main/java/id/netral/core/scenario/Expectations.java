package id.netral.core.scenario;

import id.netral.core.Assessment;
import id.netral.core.Finding;
import id.netral.core.LegalBasis;
import id.netral.core.OpenQuestion;
import id.netral.core.Sanction;
import id.netral.core.model.Expectation;
import id.netral.core.model.Expectation.ExpectedFinding;
import id.netral.core.model.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Checks an assessment against a scenario's expectations (section 3 of the scenario contract).
 *
 * <p>Example: {@code Expectations.check(scenario, engine.assess(scenario))} is empty when the
 * assessment meets every expectation, and otherwise lists what differs, one sentence each.
 */
public final class Expectations {
  private Expectations() {}

  /** What differs between {@code scenario}'s expectations and {@code assessment}; empty if none. */
  public static List<String> check(Scenario scenario, Assessment assessment) {
    Expectation expect = scenario.expect();
    List<String> out = new ArrayList<>();
    if (expect == null) {
      return out;
    }
    if (expect.verdict() != null && !expect.verdict().equals(assessment.verdict().name())) {
      out.add("verdict: expected " + expect.verdict() + ", got " + assessment.verdict());
    }
    List<Finding> unmatched = new ArrayList<>(assessment.findings());
    for (ExpectedFinding e : expect.findings()) {
      boolean hit = false;
      for (Finding f : assessment.findings()) {
        if (matches(e, f)) {
          hit = true;
          unmatched.remove(f);
        }
      }
      if (!hit) {
        out.add("missing finding: " + describe(e) + closest(e, assessment.findings()));
      }
    }
    if (!expect.includes()) {
      for (Finding f : unmatched) {
        out.add("unexpected finding: " + f.type() + " " + f.rule() + " on act " + f.act());
      }
    }
    if (expect.openQuestions() != null) {
      TreeSet<String> expected = new TreeSet<>(expect.openQuestions());
      TreeSet<String> actual = new TreeSet<>();
      for (OpenQuestion q : assessment.openQuestions()) {
        actual.add(q.fact());
      }
      if (!expected.equals(actual)) {
        out.add("open questions: expected " + expected + ", got " + actual);
      }
    }
    return out;
  }

  /** Whether {@code finding} meets {@code expected}: type, basis (equal or extending), act, sanction keys. */
  public static boolean matches(ExpectedFinding expected, Finding finding) {
    if (!expected.type().equals(finding.type().name())) {
      return false;
    }
    if (expected.act() != null && !expected.act().equals(finding.act())) {
      return false;
    }
    boolean basis = false;
    for (LegalBasis b : finding.basis()) {
      if (b.id().equals(expected.basis()) || b.id().startsWith(expected.basis() + "/")) {
        basis = true;
        break;
      }
    }
    if (!basis) {
      return false;
    }
    for (Map.Entry<String, Object> e : expected.sanction().entrySet()) {
      if (!sanctionValueEquals(finding.sanction(), e.getKey(), e.getValue())) {
        return false;
      }
    }
    return true;
  }

  private static boolean sanctionValueEquals(Sanction s, String key, Object expected) {
    if (s == null) {
      return false;
    }
    if (key.startsWith("later.")) {
      return sanctionValueEquals(s.later(), key.substring("later.".length()), expected);
    }
    Object actual = switch (key) {
      case "kind" -> s.kind();
      case "custody" -> s.custody() == null && "NONE".equals(expected) ? "NONE" : s.custody();
      case "fineCategory" -> s.fineCategory();
      case "later" -> s.later() == null ? "NONE" : "PRESENT";
      case "minCustodyMonths" -> s.minCustodyMonths() == null ? null : s.minCustodyMonths().longValue();
      case "maxCustodyMonths" -> s.maxCustodyMonths() == null ? null : s.maxCustodyMonths().longValue();
      case "minFine" -> s.minFine();
      case "maxFine" -> s.maxFine();
      case "cumulative" -> s.cumulative();
      case "level" -> s.level();
      case "dismissal" -> s.dismissal();
      default -> new Object();
    };
    return Objects.equals(actual, expected);
  }

  private static String describe(ExpectedFinding e) {
    return e.type() + " " + e.basis() + (e.act() == null ? "" : " on act " + e.act())
        + (e.sanction().isEmpty() ? "" : " with sanction " + e.sanction());
  }

  private static String closest(ExpectedFinding e, List<Finding> findings) {
    for (Finding f : findings) {
      if (f.type().name().equals(e.type())
          && f.basis().stream().anyMatch(b -> b.id().equals(e.basis()) || b.id().startsWith(e.basis() + "/"))) {
        Sanction s = f.sanction();
        return " (found " + f.rule() + " with sanction " + (s == null ? "none"
            : "kind=" + s.kind() + ", custody=" + s.custody() + ", maxCustodyMonths=" + s.maxCustodyMonths()
                + ", maxFine=" + s.maxFine() + ", level=" + s.level()) + ")";
      }
    }
    return "";
  }
}
