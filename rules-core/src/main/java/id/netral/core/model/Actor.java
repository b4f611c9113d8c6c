package id.netral.core.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The person (or team) whose acts are assessed.
 *
 * <p>Example: {@code new Actor("asn-17", ActorType.PNS, Position.FUNCTIONAL, null, null, null)}.
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

  /** Whether the actor still held the status {@link #type()} on {@code day}. */
  public boolean holdsStatusOn(LocalDate day) {
    return (resignedOn == null || day.isBefore(resignedOn))
        && (retiredOn == null || day.isBefore(retiredOn));
  }
}
