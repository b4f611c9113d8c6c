package id.netral.core.catalog;

import id.netral.core.LocalizedText;
import id.netral.core.model.DateRange;
import java.util.List;

/**
 * A legal instrument (a statute, a regulation, a joint decree) the catalog draws provisions from.
 *
 * @param id the instrument id, e.g. {@code uu-7-2017}
 * @param citation the short citation, e.g. {@code UU 7/2017}
 * @param title the full title in Indonesian and English
 * @param inForce the days on which acts are judged by it
 * @param sources where its text was read
 */
public record Instrument(
    String id, String citation, LocalizedText title, DateRange inForce, List<String> sources) {

  /** Copies the sources. */
  public Instrument {
    sources = sources == null ? List.of() : List.copyOf(sources);
  }
}
