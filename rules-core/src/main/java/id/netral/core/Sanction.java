package id.netral.core;

import java.util.List;

/**
 * The sanction a finding carries under the law in force on the day of the act. Only the components
 * the law gives are set; the others are null.
 *
 * <p>Example: a criminal penalty {@code kind=CRIMINAL_PENALTY, custody=KURUNGAN,
 * maxCustodyMonths=12, maxFine=12000000, cumulative=true}; for an act from 2 January 2026 the same
 * offence may carry {@code kind=CRIMINAL_PENALTY, maxFine=50000000, fineCategory=III} and no
 * custody.
 *
 * @param kind what follows: a criminal penalty, a disciplinary penalty, ..., or {@link
 *     SanctionKind#NONE} where the law attaches no sanction of its own (the options then say what
 *     follows, where the law says)
 * @param custody imprisonment ({@link Custody#PENJARA}) or confinement ({@link Custody#KURUNGAN})
 * @param minCustodyMonths the minimum custodial term in months
 * @param maxCustodyMonths the maximum custodial term in months
 * @param minFine the minimum fine in rupiah
 * @param maxFine the maximum fine in rupiah
 * @param fineCategory the category that sets the maximum fine ({@code I} to {@code VIII}, KUHP
 *     Pasal 79), for fines the law sets by category; null otherwise
 * @param cumulative true where custody and fine are both imposed, false for "dan/atau"
 * @param level the discipline level
 * @param dismissal the kind of dismissal ({@code PTDH}, {@code PDHTAPS}, ...): a string, as the
 *     vocabulary is open (a rule set may name any form of dismissal its law knows)
 * @param options the penalties to choose from, in Indonesian and English; empty when none
 * @param basis the provision that lists the options or sets the penalty; may be null
 * @param later for an act before a later law changed its penalty, the penalty under the later law,
 *     which the court weighs against this one (the more favourable applies: KUHP Pasal 3); null
 *     when no later law changed it
 * @param laterRule the provision that makes the later law apply where it is more favourable; null
 *     when {@code later} is null
 */
public record Sanction(
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
    LegalBasis basis,
    Sanction later,
    LegalBasis laterRule) {

  /** Copies the options. */
  public Sanction {
    options = options == null ? List.of() : List.copyOf(options);
  }

  /** This sanction with {@code later} as the penalty of the later law, applied under {@code rule}. */
  public Sanction withLater(Sanction later, LegalBasis rule) {
    return new Sanction(kind, custody, minCustodyMonths, maxCustodyMonths, minFine, maxFine, fineCategory,
        cumulative, level, dismissal, options, basis, later, rule);
  }

  /**
   * The sanction as a phrase a person reads, e.g. {@code confinement (kurungan) of at most 12 months
   * and a fine of at most Rp12,000,000}.
   */
  public String describe(Language language) {
    return id.netral.core.internal.Texts.sanction(this, language);
  }
}
