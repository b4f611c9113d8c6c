package id.netral.core.catalog;

import id.netral.core.LocalizedText;
import java.util.List;

/**
 * What follows from a breach, as a dated table: which sanction, through which basis and decided by
 * whom, for each class of actor and level of breach, by the day of the act. Rules name a
 * consequence ({@code @consequence("disiplin/asn")}) and, where the table has levels, the level of
 * the breach ({@code @level("BERAT")}); the engine resolves the row for the actor and the day of
 * the act. Read from {@code consequences.yaml}.
 *
 * <p>Example: {@code catalog.consequence("pidana/uu-7-2017/pasal-494")} has one row for acts up to
 * 1 January 2026 (kurungan and a fine) and one from 2 January 2026 (a fine of category III).
 *
 * @param id the consequence id, e.g. {@code disiplin/asn}
 * @param title what the table covers, in Indonesian and English
 * @param rows the rows; for one actor and level no two rows cover the same day
 */
public record Consequence(String id, LocalizedText title, List<ConsequenceRow> rows) {

  /** Copies the rows. */
  public Consequence {
    rows = rows == null ? List.of() : List.copyOf(rows);
  }
}
