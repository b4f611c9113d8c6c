package id.netral.core.model;

import id.netral.core.Custody;

/**
 * The sentence a court imposed in a decided case (putusan). Components the report does not give are
 * null.
 *
 * <p>Example: {@code new Sentence(Custody.PENJARA, 3, 6_000_000L, true, 6)}: three months' imprisonment,
 * suspended with six months' probation, and a fine of Rp6,000,000.
 *
 * @param custody imprisonment or confinement; null for a fine only
 * @param custodyMonths the custodial term in months
 * @param fine the fine in rupiah
 * @param suspended whether the custody is suspended (pidana bersyarat)
 * @param probationMonths the probation period in months (masa percobaan)
 */
public record Sentence(Custody custody, Integer custodyMonths, Long fine, Boolean suspended, Integer probationMonths) {}
