package id.netral.core.model;

/** The kind of election, which decides the election law that applies. */
public enum ElectionKind {
  /** General election of the President, DPR, DPD and DPRD (Pemilu). */
  PEMILU,
  /** Regional-head election of governors, regents and mayors (Pemilihan, Pilkada). */
  PILKADA
}
