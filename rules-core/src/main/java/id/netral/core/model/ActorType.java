package id.netral.core.model;

/**
 * The status an actor holds, which decides which duties and prohibitions bind the actor.
 *
 * <p>Example: {@code ActorType.valueOf("PNS")}.
 */
public enum ActorType {
  /** Civil servant (Pegawai Negeri Sipil, PNS). */
  PNS,
  /** Civil servant with a work agreement (Pegawai Pemerintah dengan Perjanjian Kerja, PPPK). */
  PPPK,
  /** Member of the armed forces (Tentara Nasional Indonesia). */
  TNI,
  /** Member of the national police (Kepolisian Negara Republik Indonesia). */
  POLRI,
  /** Village head (kepala desa) or urban-village head (lurah). */
  VILLAGE_HEAD,
  /** Village official (perangkat desa). */
  VILLAGE_OFFICIAL,
  /** Member of the village consultative body (anggota Badan Permusyawaratan Desa, BPD). */
  VILLAGE_COUNCIL_MEMBER,
  /** State official (pejabat negara). */
  STATE_OFFICIAL,
  /** Campaign executor or campaign team (pelaksana/tim kampanye). */
  CAMPAIGN_TEAM,
  /** Candidate or candidate pair (calon/pasangan calon). */
  CANDIDATE;

  /** Whether this status is that of a state civil apparatus employee (Pegawai ASN: PNS or PPPK). */
  public boolean isAsn() {
    return this == PNS || this == PPPK;
  }
}
