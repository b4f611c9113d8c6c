package id.netral.core.model;

/**
 * An office the actor holds, where the law names offices (UU 1/2015 Pasal 71 binds regional heads,
 * for instance): what {@code actor.holds} names.
 *
 * <p>Example: {@code HeldOffice.valueOf("REGENT")}.
 */
public enum HeldOffice {
  /** President (presiden). */
  PRESIDENT,
  /** Vice-president (wakil presiden). */
  VICE_PRESIDENT,
  /** Minister (menteri). */
  MINISTER,
  /** Governor (gubernur). */
  GOVERNOR,
  /** Vice-governor (wakil gubernur). */
  VICE_GOVERNOR,
  /** Regent (bupati). */
  REGENT,
  /** Vice-regent (wakil bupati). */
  VICE_REGENT,
  /** Mayor (wali kota). */
  MAYOR,
  /** Vice-mayor (wakil wali kota). */
  VICE_MAYOR,
  /** Acting regional head (penjabat kepala daerah, Pj). */
  ACTING_REGIONAL_HEAD,
  /** Regional secretary (sekretaris daerah, sekda). */
  REGIONAL_SECRETARY,
  /** Head of a district (camat). */
  CAMAT
}
