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
 * @param combinedPenalties for each act with several findings of one track whose law imposes one
 *     penalty, the heaviest: which; empty when none
 * @param notices what else to know, by act: an act dated outside what the rule set covers (before
 *     every encoded provision, or after the election's calendar); empty for most
 */
public record Assessment(
    String scenario,
    Verdict verdict,
    List<Finding> findings,
    List<OpenQuestion> openQuestions,
    Receipt receipt,
    List<CombinedPenalty> combinedPenalties,
    List<Notice> notices) {

  /** Copies the lists. */
  public Assessment {
    findings = List.copyOf(findings);
    openQuestions = List.copyOf(openQuestions);
    combinedPenalties = combinedPenalties == null ? List.of() : List.copyOf(combinedPenalties);
    notices = notices == null ? List.of() : List.copyOf(notices);
  }

  /** An assessment with no combined penalties and no notices. */
  public Assessment(String scenario, Verdict verdict, List<Finding> findings, List<OpenQuestion> openQuestions,
      Receipt receipt) {
    this(scenario, verdict, findings, openQuestions, receipt, List.of(), List.of());
  }
}
