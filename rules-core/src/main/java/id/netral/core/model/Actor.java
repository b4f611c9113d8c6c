package id.netral.core.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The person (or team) whose acts are assessed.
 *
 * <p>Example: {@code Actor.builder("asn-17", ActorType.PNS).position(Position.FUNCTIONAL).build()}, or
 * {@code Actor.of("kades-01", ActorType.VILLAGE_HEAD)} for an actor of whom only the status is
 * known. A component not set is not established.
 *
 * @param id an identifier chosen by the caller
 * @param type the status the actor holds
 * @param position the kind of position, for ASN employees; may be null
 * @param name a name, for explanations; may be null
 * @param resignedOn from this day on the actor no longer holds the status; may be null
 * @param retiredOn from this day on the actor no longer holds the status; may be null
 * @param holds the office held, where the law names offices; may be null
 * @param runsFor the office the actor stands for in the scenario's election (an incumbent who runs
 *     again); may be null
 */
public record Actor(
    String id,
    ActorType type,
    Position position,
    String name,
    LocalDate resignedOn,
    LocalDate retiredOn,
    HeldOffice holds,
    Office runsFor) {

  /** Checks the required fields. */
  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
  }

  /** An actor who holds no named office and runs for none. */
  public Actor(String id, ActorType type, Position position, String name, LocalDate resignedOn,
      LocalDate retiredOn) {
    this(id, type, position, name, resignedOn, retiredOn, null, null);
  }

  /**
   * An actor of whom only the id and the status are known.
   *
   * @param id an identifier chosen by the caller
   * @param type the status the actor holds
   */
  public static Actor of(String id, ActorType type) {
    return new Actor(id, type, null, null, null, null, null, null);
  }

  /**
   * Starts an actor with the required components; the others are not established until set.
   *
   * @param id an identifier chosen by the caller
   * @param type the status the actor holds
   */
  public static Builder builder(String id, ActorType type) {
    return new Builder(id, type);
  }

  /** Whether the actor still held the status {@link #type()} on {@code day}. */
  public boolean holdsStatusOn(LocalDate day) {
    return (resignedOn == null || day.isBefore(resignedOn))
        && (retiredOn == null || day.isBefore(retiredOn));
  }

  /** Builds an {@link Actor}; every setter returns the builder, and the builder may be reused. */
  public static final class Builder {
    private final String id;
    private final ActorType type;
    private Position position;
    private String name;
    private LocalDate resignedOn;
    private LocalDate retiredOn;
    private HeldOffice holds;
    private Office runsFor;

    private Builder(String id, ActorType type) {
      this.id = Objects.requireNonNull(id, "id");
      this.type = Objects.requireNonNull(type, "type");
    }

    /** Sets {@link Actor#position()}. */
    public Builder position(Position value) {
      position = value;
      return this;
    }

    /** Sets {@link Actor#name()}. */
    public Builder name(String value) {
      name = value;
      return this;
    }

    /** Sets {@link Actor#resignedOn()}. */
    public Builder resignedOn(LocalDate value) {
      resignedOn = value;
      return this;
    }

    /** Sets {@link Actor#retiredOn()}. */
    public Builder retiredOn(LocalDate value) {
      retiredOn = value;
      return this;
    }

    /** Sets {@link Actor#holds()}. */
    public Builder holds(HeldOffice value) {
      holds = value;
      return this;
    }

    /** Sets {@link Actor#runsFor()}. */
    public Builder runsFor(Office value) {
      runsFor = value;
      return this;
    }

    /** Builds the actor. */
    public Actor build() {
      return new Actor(id, type, position, name, resignedOn, retiredOn, holds, runsFor);
    }
  }
}
