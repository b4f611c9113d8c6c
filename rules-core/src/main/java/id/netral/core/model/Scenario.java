package id.netral.core.model;

import java.util.List;
import java.util.Objects;

/**
 * One actor, the election, and what the actor did: the unit of assessment.
 *
 * <p>Example:
 *
 * <pre>{@code
 * Scenario scenario = Scenario.builder("pns-like-2023", Actor.of("asn-17", ActorType.PNS))
 *     .title("PNS likes a post")
 *     .election(engine.catalog().election("pemilu-2024"))
 *     .act(like)
 *     .build();
 * }</pre>
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

  /**
   * Starts a scenario of {@code actor}; it has no title, no election, no acts, no expectation and
   * no decided case until they are set.
   *
   * @param id the scenario's id
   * @param actor who acted
   */
  public static Builder builder(String id, Actor actor) {
    return new Builder(id, actor);
  }

  /** Builds a {@link Scenario}; every setter returns the builder, and the builder may be reused. */
  public static final class Builder {
    private final String id;
    private final Actor actor;
    private String title;
    private Election election;
    private final List<Act> acts = new java.util.ArrayList<>();
    private Expectation expect;
    private DecidedCase decidedCase;

    private Builder(String id, Actor actor) {
      this.id = Objects.requireNonNull(id, "id");
      this.actor = Objects.requireNonNull(actor, "actor");
    }

    /** Sets {@link Scenario#title()}. */
    public Builder title(String value) {
      title = value;
      return this;
    }

    /**
     * Sets {@link Scenario#election()}: a built-in one, {@code engine.catalog().election("pemilu-2024")},
     * or one built with {@link Election#builder(ElectionKind)}.
     */
    public Builder election(Election value) {
      election = value;
      return this;
    }

    /** Adds {@code act} after the acts added before. */
    public Builder act(Act value) {
      acts.add(Objects.requireNonNull(value, "act"));
      return this;
    }

    /** Adds {@code values} after the acts added before. */
    public Builder acts(List<Act> values) {
      values.forEach(this::act);
      return this;
    }

    /** Sets {@link Scenario#expect()}. */
    public Builder expect(Expectation value) {
      expect = value;
      return this;
    }

    /** Sets {@link Scenario#decidedCase()}. */
    public Builder decidedCase(DecidedCase value) {
      decidedCase = value;
      return this;
    }

    /** Builds the scenario. */
    public Scenario build() {
      return new Scenario(id, title, election, actor, acts, expect, decidedCase);
    }
  }
}
