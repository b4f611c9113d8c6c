package id.netral.core;

import java.time.LocalDate;
import java.util.List;

/**
 * Why each rule did or did not conclude on each act of a scenario: the rules considered for the act
 * (those that name its type of act, or none), what each concluded, and for one that concluded
 * nothing, the conditions that did not hold with the values the act has for them.
 *
 * <pre>{@code
 * Trace t = engine.trace(scenario);
 * for (Trace.Act act : t.acts()) {
 *   for (Trace.Rule r : act.rules()) {
 *     System.out.println(r.outcome() + " " + r.id() + " " + r.failed());
 *   }
 * }
 * }</pre>
 *
 * <p>Whether a rule concluded comes from the engine's own run. Which condition failed is read from
 * the rule's DRL by a small evaluator of the conditions netral's rules use ({@code ==}, {@code in},
 * {@code contains}, {@code matches}, {@code inForce(..)}, {@code interpretation(..)}, properties of
 * the act); a condition it cannot read is reported as such, never guessed. An act known only by a
 * period is traced on its first day. Tracing costs a second run of the rules and reading the DRL
 * once: {@link NeutralityEngine#assess} is not affected.
 *
 * @param scenario the scenario's id
 * @param acts one entry per act, in the order of the scenario
 */
public record Trace(String scenario, List<Act> acts) {

  /** Makes a trace; the list is copied. */
  public Trace {
    acts = List.copyOf(acts);
  }

  /**
   * One act and the rules considered for it.
   *
   * @param act the act's id
   * @param type the type of act
   * @param date the day the act was traced on
   * @param facts what the rules read of the act that decides most of them, e.g. {@code actorType =
   *     PNS}, {@code stage = BEFORE_DETERMINATION}, {@code candidateStatus = PROSPECTIVE}
   * @param rules the rules considered: those that concluded first, then the others, each by id
   */
  public record Act(String act, String type, LocalDate date, List<String> facts, List<Rule> rules) {
    /** Makes an act's trace; the lists are copied. */
    public Act {
      facts = List.copyOf(facts);
      rules = List.copyOf(rules);
    }
  }

  /** What a rule concluded on an act. */
  public enum Outcome {
    /** The rule matched and concluded a finding. */
    FIRED,
    /** The rule matched and asked for a missing fact (an open question). */
    ASKED,
    /** The rule matched and characterised the conduct (what it amounts to in law), which other rules read. */
    CHARACTERISED,
    /**
     * The rule matched, but no row of its consequence table binds the actor on the day of the act,
     * so no finding was concluded.
     */
    NO_CONSEQUENCE,
    /** The rule did not match: see {@link Rule#failed()}. */
    NOT_FIRED
  }

  /**
   * A rule considered for an act.
   *
   * @param id the rule's id (its name up to the first space)
   * @param name the rule's full name
   * @param outcome what it concluded
   * @param failed for a rule that did not match, the conditions that did not hold (or could not be
   *     read), in the order of the rule; empty otherwise
   */
  public record Rule(String id, String name, Outcome outcome, List<Condition> failed) {
    /** Makes a rule's trace; the list is copied. */
    public Rule {
      failed = List.copyOf(failed);
    }
  }

  /**
   * A condition of a rule, as written in its DRL, with the values the act has for what it reads.
   *
   * @param condition the condition, e.g. {@code stage == ElectionStage.CAMPAIGN}
   * @param values what it read, e.g. {@code stage = BEFORE_DETERMINATION}, or for a provision {@code
   *     inForce("skb-2022/lampiran-2/disiplin/6") = false (in force from 2022-09-22)}
   * @param readable false when the trace could not evaluate the condition (then {@code values} says
   *     why); the rule did not match for this condition or another
   */
  public record Condition(String condition, List<String> values, boolean readable) {
    /** Makes a condition; the list is copied. */
    public Condition {
      values = List.copyOf(values);
    }
  }
}
