package id.netral.core.catalog;

import id.netral.core.model.Position;
import java.time.LocalDate;
import java.util.List;

/**
 * Who decides on a sanction, for acts within a period of days (the deciding body has changed over
 * time, e.g. when the functions of KASN moved to BKN), and, where the regulation says so, for
 * actors of some positions only (e.g. the President for the highest posts).
 *
 * <p>The engine takes the first entry that applies to the day of the act and to the actor's
 * position; an entry without positions applies to every position, including an unknown one.
 *
 * @param from the first day of acts this applies to; null for no lower bound
 * @param to the last day of acts this applies to; null for no upper bound
 * @param positions the actor positions this applies to; empty for every position
 * @param indonesian who decides, in Indonesian (the catalog key {@code id})
 * @param english who decides, in English (the catalog key {@code en})
 */
public record Authority(LocalDate from, LocalDate to, List<Position> positions, String indonesian, String english) {

  /** Copies the positions. */
  public Authority {
    positions = positions == null ? List.of() : List.copyOf(positions);
  }

  /** Who decides, in both languages. */
  public id.netral.core.LocalizedText text() {
    return new id.netral.core.LocalizedText(indonesian, english);
  }

  /** Whether this entry applies to an act on {@code day}. */
  public boolean appliesOn(LocalDate day) {
    return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
  }

  /** Whether this entry applies to an act on {@code day} by an actor in {@code position} (may be null). */
  public boolean appliesTo(LocalDate day, Position position) {
    return appliesOn(day) && (positions.isEmpty() || position != null && positions.contains(position));
  }
}
