package id.netral.core.catalog;

import java.time.LocalDate;

/**
 * Who decides on a sanction, for acts within a period of days (the deciding body has changed over
 * time, e.g. when the functions of KASN moved to BKN).
 *
 * @param from the first day of acts this applies to; null for no lower bound
 * @param to the last day of acts this applies to; null for no upper bound
 * @param id who decides, in Indonesian
 * @param en who decides, in English
 */
public record Authority(LocalDate from, LocalDate to, String id, String en) {

  /** Who decides, in both languages. */
  public id.netral.core.LocalizedText text() {
    return new id.netral.core.LocalizedText(id, en);
  }

  /** Whether this entry applies to an act on {@code day}. */
  public boolean appliesOn(LocalDate day) {
    return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
  }
}
