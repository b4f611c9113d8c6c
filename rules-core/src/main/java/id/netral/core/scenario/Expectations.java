package id.netral.core.scenario;

import id.netral.core.Assessment;
import id.netral.core.Finding;
import id.netral.core.LegalBasis;
import id.netral.core.OpenQuestion;
import id.netral.core.Sanction;
import id.netral.core.SanctionKind;
import id.netral.core.model.DecidedCase;
import id.netral.core.model.Expectation;
import id.netral.core.model.Expectation.ExpectedFinding;
import id.netral.core.model.Scenario;
import id.netral.core.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Checks an assessment against a scenario's expectations (section 3 of the scenario contract) and
 * against the decided case it stands for ({@code case}).
 *
 * <p>Example: {@code Expectations.check(scenario, engine.assess(scenario))} is empty when the
 * assessment meets every expectation, and otherwise lists what differs, one sentence each; {@code
 * Expectations.test(scenario, assessment).status()} says how {@code netral test} counts it.
 */
public final class Expectations {
  private Expectations() {}

  /** How {@code netral test} counts a scenario. */
  public enum Status {
    /** Every expectation is met, and the decided case, if any, is reached. */
    PASSED,
    /** Something differs; or a case marked as a known gap now passes (the mark must go). */
    FAILED,
    /** A decided case marked {@code knownGap} that netral still gets wrong, as the mark says. */
    KNOWN_GAP,
    /** Neither {@code expect} nor {@code case}: nothing to check. */
    SKIPPED
  }

  /**
   * The result of {@link #test(Scenario, Assessment)}.
   *
   * @param status how the scenario counts
   * @param problems what differs, one sentence each; for {@link Status#KNOWN_GAP} what netral gets
   *     wrong, for a stale mark the request to remove it
   */
  public record Result(Status status, List<String> problems) {
    /** Copies the problems. */
    public Result {
      problems = List.copyOf(problems);
    }
  }

  /**
   * Checks {@code scenario} as {@code netral test} does: its expectations and its decided case. A
   * case marked {@code knownGap} that fails is a {@link Status#KNOWN_GAP}; one that passes fails,
   * with "marked as a known gap but now passes: remove the mark".
   */
  public static Result test(Scenario scenario, Assessment assessment) {
    if (scenario.expect() == null && scenario.decidedCase() == null) {
      return new Result(Status.SKIPPED, List.of());
    }
    List<String> problems = check(scenario, assessment);
    DecidedCase c = scenario.decidedCase();
    if (c != null && c.knownGap() != null) {
      return problems.isEmpty()
          ? new Result(Status.FAILED, List.of("marked as a known gap but now passes: remove the mark (knownGap: "
              + c.knownGap() + ")"))
          : new Result(Status.KNOWN_GAP, problems);
    }
    return new Result(problems.isEmpty() ? Status.PASSED : Status.FAILED, problems);
  }

  /**
   * What differs between {@code scenario}'s expectations and {@code assessment}, and (see {@link
   * #checkCase(DecidedCase, Assessment)}) where the assessment does not reach the scenario's decided
   * case; empty if none. A {@code knownGap} mark is not considered here: see {@link #test}.
   */
  public static List<String> check(Scenario scenario, Assessment assessment) {
    Expectation expect = scenario.expect();
    List<String> out = new ArrayList<>();
    if (scenario.decidedCase() != null) {
      out.addAll(checkCase(scenario.decidedCase(), assessment));
    }
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

  /**
   * Where {@code assessment} does not reach what the decision-maker of {@code decided} concluded;
   * empty if it does. For {@code CONVICTED} and {@code SANCTIONED}, each provision applied must be
   * raised (a finding one of whose basis ids equals it or extends it, or an open question whose
   * basis names it) and, for a conviction with a sentence, the sentence must lie within the
   * sanction of a criminal finding that raises it, where one does. For {@code NOT_PROSECUTED} and
   * {@code ACQUITTED}, no finding may cite the provisions (an open question may). Whether a
   * provision id is in the catalog is not checked here.
   */
  public static List<String> checkCase(DecidedCase decided, Assessment assessment) {
    List<String> out = new ArrayList<>();
    for (String provision : decided.provisions()) {
      List<Finding> citing = new ArrayList<>();
      for (Finding f : assessment.findings()) {
        // a decision that names the article setting the penalty (e.g. PP 94/2021 Pasal 8 ayat (3))
        // applied it as the sanction of a breach: the finding whose sanction rests on it raises it
        if (cites(f.basis(), provision) || f.sanction() != null && f.sanction().basis() != null
            && cites(List.of(f.sanction().basis()), provision)) {
          citing.add(f);
        }
      }
      if (!decided.outcome().breached()) {
        for (Finding f : citing) {
          out.add("case " + decided.outcome() + ": finding " + f.type() + " " + f.rule() + " on act " + f.act()
              + " cites " + provision + ", which the decision-maker did not find breached");
        }
        continue;
      }
      boolean asked = assessment.openQuestions().stream().anyMatch(q -> cites(q.basis(), provision));
      if (citing.isEmpty() && !asked) {
        out.add("case " + decided.outcome() + ": " + provision + " (applied by the decision-maker) is raised by no"
            + " finding or open question");
        continue;
      }
      Sentence sentence = decided.sentence();
      List<Finding> criminal = citing.stream()
          .filter(f -> f.sanction() != null && f.sanction().kind() == SanctionKind.CRIMINAL_PENALTY).toList();
      if (sentence != null && !criminal.isEmpty()
          && criminal.stream().noneMatch(f -> sanctionsToCompare(f).stream().anyMatch(s -> allows(s, sentence)))) {
        Finding f = criminal.get(0);
        out.add("case " + decided.outcome() + ": the sentence (" + describe(sentence) + ") lies outside the sanction"
            + " of " + f.rule() + " (" + describe(f.sanction()) + ")");
      }
    }
    return out;
  }

  /**
   * The penalties a sentence may lie within for {@code finding}: its sanction, and, where the law
   * changed after the act, the later law's penalty beside it (KUHP Pasal 3).
   */
  static List<Sanction> sanctionsToCompare(Finding finding) {
    Sanction s = finding.sanction();
    return s.later() == null ? List.of(s) : List.of(s, s.later());
  }

  /** Whether {@code sentence} lies within {@code sanction}; components the sentence leaves out are not compared. */
  static boolean allows(Sanction sanction, Sentence sentence) {
    if (sentence.custody() != null && sentence.custody() != sanction.custody()) {
      return false;
    }
    Integer months = sentence.custodyMonths();
    if (months != null && ((sanction.maxCustodyMonths() != null && months > sanction.maxCustodyMonths())
        || (sanction.minCustodyMonths() != null && months < sanction.minCustodyMonths()))) {
      return false;
    }
    Long fine = sentence.fine();
    if (fine != null) {
      if (sanction.maxFine() == null && sanction.minFine() == null) {
        return false;
      }
      if ((sanction.maxFine() != null && fine > sanction.maxFine())
          || (sanction.minFine() != null && fine < sanction.minFine())) {
        return false;
      }
    }
    return true;
  }

  private static boolean cites(List<LegalBasis> basis, String provision) {
    for (LegalBasis b : basis) {
      if (b.id().equals(provision) || b.id().startsWith(provision + "/")) {
        return true;
      }
    }
    return false;
  }

  private static String describe(Sentence s) {
    List<String> parts = new ArrayList<>();
    if (s.custody() != null) {
      parts.add(s.custody() + (s.custodyMonths() == null ? "" : " " + s.custodyMonths() + " months"));
    }
    if (s.fine() != null) {
      parts.add("fine " + s.fine());
    }
    if (Boolean.TRUE.equals(s.suspended())) {
      parts.add("suspended" + (s.probationMonths() == null ? "" : ", probation " + s.probationMonths() + " months"));
    }
    return parts.isEmpty() ? "not given" : String.join(", ", parts);
  }

  private static String describe(Sanction s) {
    return "custody=" + s.custody() + ", minCustodyMonths=" + s.minCustodyMonths() + ", maxCustodyMonths="
        + s.maxCustodyMonths() + ", minFine=" + s.minFine() + ", maxFine=" + s.maxFine();
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
      case "kind" -> name(s.kind());
      case "custody" -> s.custody() == null && "NONE".equals(expected) ? "NONE" : name(s.custody());
      case "fineCategory" -> s.fineCategory();
      case "later" -> s.later() == null ? "NONE" : "PRESENT";
      case "minCustodyMonths" -> s.minCustodyMonths() == null ? null : s.minCustodyMonths().longValue();
      case "maxCustodyMonths" -> s.maxCustodyMonths() == null ? null : s.maxCustodyMonths().longValue();
      case "minFine" -> s.minFine();
      case "maxFine" -> s.maxFine();
      case "cumulative" -> s.cumulative();
      case "level" -> name(s.level());
      case "dismissal" -> s.dismissal();
      default -> new Object();
    };
    return Objects.equals(actual, expected);
  }

  /** An enum component as a scenario file writes it: its name. */
  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
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
