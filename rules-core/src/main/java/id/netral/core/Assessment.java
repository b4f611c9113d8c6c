package id.netral.core;

import java.util.List;

/**
 * The result of assessing one scenario.
 *
 * <p>Example:
 *
 * <pre>{@code
 * Assessment a = engine.assess(scenario);
 * if (a.verdict() == Verdict.VIOLATION) {
 *   a.findings().forEach(f -> System.out.println(f.type() + " " + f.basis()));
 * }
 * }</pre>
 *
 * @param scenario the scenario's id
 * @param verdict {@link Verdict#VIOLATION} when there is a finding, else
 *     {@link Verdict#NEEDS_ASSESSMENT} when there is an open question, else
 *     {@link Verdict#NO_VIOLATION}
 * @param findings the findings, ordered by act, then track, then rule
 * @param openQuestions the facts to establish, ordered by act, then fact
 * @param receipt what produced the assessment
 * @param notices what else to know, by act: an act dated outside what the rule set covers (before
 *     every encoded provision, or after the election's calendar); empty for most
 */
public record Assessment(
    String scenario,
    Verdict verdict,
    List<Finding> findings,
    List<OpenQuestion> openQuestions,
    Receipt receipt,
    List<Notice> notices) {

  /** Copies the lists. */
  public Assessment {
    findings = List.copyOf(findings);
    openQuestions = List.copyOf(openQuestions);
    notices = List.copyOf(notices);
  }

  /** An assessment without notices. */
  public Assessment(String scenario, Verdict verdict, List<Finding> findings, List<OpenQuestion> openQuestions,
      Receipt receipt) {
    this(scenario, verdict, findings, openQuestions, receipt, List.of());
  }
}
