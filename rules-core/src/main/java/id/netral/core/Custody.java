package id.netral.core;

/**
 * The custodial penalty a criminal {@link Sanction} or a court's sentence sets.
 *
 * <p>Example: {@code sanction.custody() == Custody.KURUNGAN} for UU 7/2017 Pasal 490 before 2
 * January 2026. In the result JSON it is written by its name ({@code "custody": "KURUNGAN"}).
 */
public enum Custody {
  /** Imprisonment (pidana penjara). */
  PENJARA,
  /** Confinement (pidana kurungan), lighter than imprisonment; no longer a penalty from 2 January 2026. */
  KURUNGAN
}
