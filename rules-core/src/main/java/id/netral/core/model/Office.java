package id.netral.core.model;

/**
 * An elected office a candidate runs for: what {@code target.office} and {@code actor.runsFor}
 * name. It decides, where an election determines candidates for different offices on different
 * days, whether a candidate was still a prospective candidate (bakal calon) on the day of an act.
 *
 * <p>Example: {@code Target.builder(TargetKind.CANDIDATE).name("Pasangan calon X")
 * .office(Office.PRESIDENT).build()}.
 */
public enum Office {
  /** President and vice-president (pasangan calon presiden dan wakil presiden). */
  PRESIDENT,
  /** Member of the House of Representatives (anggota DPR). */
  DPR,
  /** Member of the Regional Representative Council (anggota DPD). */
  DPD,
  /** Member of a provincial legislature (anggota DPRD provinsi). */
  DPRD_PROVINCE,
  /** Member of a regency or city legislature (anggota DPRD kabupaten/kota). */
  DPRD_REGENCY,
  /** Governor and vice-governor (gubernur dan wakil gubernur). */
  GOVERNOR,
  /** Regent and vice-regent (bupati dan wakil bupati). */
  REGENT,
  /** Mayor and vice-mayor (wali kota dan wakil wali kota). */
  MAYOR
}
