package id.netral.core.model;

import java.util.List;
import java.util.Objects;

/**
 * One actor, the election, and what the actor did: the unit of assessment.
 *
 * <p>Example: {@code engine.assess(new Scenario("s1", "PNS likes a post", election, actor,
 * List.of(act), null))}.
 *
 * @param id unique within its file
 * @param title a sentence a person can read; may be null
 * @param election the election the acts relate to; null when the scenario names none (provisions
 *     that need an election stage are then not engaged)
 * @param actor who acted
 * @param acts what the actor did; may be empty
 * @param expect the expected assessment, read by {@code netral test}; may be null
 * @param decidedCase the decided case the scenario stands for ({@code case}), read by {@code netral
 *     test}; may be null
 */
public record Scenario(
    String id, String title, Election election, Actor actor, List<Act> acts, Expectation expect,
    DecidedCase decidedCase) {

  /** Checks the required fields and copies the acts. */
  public Scenario {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(actor, "actor");
    acts = List.copyOf(acts);
  }

  /** A scenario that stands for no decided case. */
  public Scenario(String id, String title, Election election, Actor actor, List<Act> acts, Expectation expect) {
    this(id, title, election, actor, acts, expect, null);
  }
}
