package id.netral.core.model;

import java.time.LocalDate;

/**
 * A closed range of days; both ends are included. A null end is open.
 *
 * @param from the first day, or null for no lower bound
 * @param to the last day, or null for no upper bound
 */
public record DateRange(LocalDate from, LocalDate to) {

  /** Whether {@code day} falls within this range. */
  public boolean contains(LocalDate day) {
    return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
  }
}
