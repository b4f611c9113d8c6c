package id.netral.core.catalog;

import id.netral.core.Custody;
import id.netral.core.DisciplineLevel;
import id.netral.core.LocalizedText;
import id.netral.core.SanctionKind;
import java.util.List;

/**
 * The sanction a provision sets, as written in the catalog. Its options are given inline or taken
 * from the penalties another provision lists ({@code optionsFrom}).
 *
 * @param kind what follows, or {@link SanctionKind#NONE} where the law attaches no sanction of its own
 * @param custody imprisonment or confinement
 * @param minCustodyMonths minimum custodial term in months
 * @param maxCustodyMonths maximum custodial term in months
 * @param minFine minimum fine in rupiah
 * @param maxFine maximum fine in rupiah; for a fine set by category, the category's amount
 * @param fineCategory the fine category ({@code I} to {@code VIII}, KUHP Pasal 79) that sets the
 *     maximum fine; null where the law names an amount
 * @param cumulative true for custody and fine, false for "dan/atau"
 * @param level the discipline level
 * @param dismissal the kind of dismissal ({@code PTDH}, {@code PDHTAPS}, ...)
 * @param options the penalties to choose from
 * @param optionsFrom the id of the provision whose {@code penalties} are the options
 */
public record SanctionTemplate(
    SanctionKind kind,
    Custody custody,
    Integer minCustodyMonths,
    Integer maxCustodyMonths,
    Long minFine,
    Long maxFine,
    String fineCategory,
    Boolean cumulative,
    DisciplineLevel level,
    String dismissal,
    List<LocalizedText> options,
    String optionsFrom) {

  /** Copies the options. */
  public SanctionTemplate {
    options = options == null ? List.of() : List.copyOf(options);
  }
}
