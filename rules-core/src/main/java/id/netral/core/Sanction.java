package id.netral.core;

import java.util.List;

/**
 * The sanction a finding carries under the law in force on the day of the act. Only the components
 * the law gives are set; the others are null.
 *
 * <p>Example: a criminal penalty {@code kind=CRIMINAL_PENALTY, custody=KURUNGAN,
 * maxCustodyMonths=12, maxFine=12000000, cumulative=true}.
 *
 * @param kind {@code CRIMINAL_PENALTY}, {@code DISCIPLINARY}, {@code MORAL}, {@code DISMISSAL} or
 *     {@code ADMINISTRATIVE}
 * @param custody {@code PENJARA} (imprisonment) or {@code KURUNGAN} (confinement)
 * @param minCustodyMonths the minimum custodial term in months
 * @param maxCustodyMonths the maximum custodial term in months
 * @param minFine the minimum fine in rupiah
 * @param maxFine the maximum fine in rupiah
 * @param cumulative true where custody and fine are both imposed, false for "dan/atau"
 * @param level the discipline level: {@code RINGAN}, {@code SEDANG} or {@code BERAT}
 * @param dismissal the kind of dismissal ({@code PTDH}, {@code PDHTAPS}, ...)
 * @param options the penalties to choose from, in Indonesian and English; empty when none
 * @param basis the provision that lists the options or sets the penalty; may be null
 */
public record Sanction(
    String kind,
    String custody,
    Integer minCustodyMonths,
    Integer maxCustodyMonths,
    Long minFine,
    Long maxFine,
    Boolean cumulative,
    String level,
    String dismissal,
    List<LocalizedText> options,
    LegalBasis basis) {

  /** Copies the options. */
  public Sanction {
    options = options == null ? List.of() : List.copyOf(options);
  }

  /**
   * The sanction as a phrase a person reads, e.g. {@code confinement (kurungan) of at most 12 months
   * and a fine of at most Rp12,000,000}.
   */
  public String describe(Language language) {
    return id.netral.core.internal.Texts.sanction(this, language);
  }
}
