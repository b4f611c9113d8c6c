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
  /** Village head (kepala desa, or its local name such as wali nagari); not a lurah, see {@link #LURAH}. */
  VILLAGE_HEAD,
  /** Village official (perangkat desa). */
  VILLAGE_OFFICIAL,
  /** Member of the village consultative body (anggota Badan Permusyawaratan Desa, BPD). */
  VILLAGE_COUNCIL_MEMBER,
  /**
   * Head of an urban village (lurah): a civil servant (PNS) appointed by the regent or mayor, not
   * bound by the village law.
   */
  LURAH,
  /** Official of an urban village (perangkat kelurahan). */
  KELURAHAN_OFFICIAL,
  /** State official (pejabat negara). */
  STATE_OFFICIAL,
  /** Regional official (pejabat daerah). */
  REGIONAL_OFFICIAL,
  /**
   * Director, commissioner, supervisory-board member or employee of a state- or region-owned
   * enterprise (direksi, komisaris, dewan pengawas atau karyawan BUMN/BUMD).
   */
  STATE_ENTERPRISE_STAFF,
  /** Judge (hakim), of the Supreme Court (MA), the Constitutional Court (MK) or another court. */
  JUDGE,
  /** Member of the Audit Board (anggota Badan Pemeriksa Keuangan, BPK). */
  AUDIT_BOARD_MEMBER,
  /** Official of the central bank (pejabat Bank Indonesia). */
  CENTRAL_BANK_OFFICIAL,
  /** Campaign executor or campaign team (pelaksana/tim kampanye). */
  CAMPAIGN_TEAM,
  /** Candidate or candidate pair (calon/pasangan calon). */
  CANDIDATE;

  /**
   * Whether this status is that of a state civil apparatus employee (Pegawai ASN): {@link #PNS},
   * {@link #PPPK} and {@link #LURAH} (a lurah is a PNS appointed to head a kelurahan, bound by the
   * ASN rules as any PNS, and not by the village law).
   */
  public boolean isAsn() {
    return this == PNS || this == PPPK || this == LURAH;
  }

  /**
   * Whether a person of this status is a civil servant (Pegawai Negeri Sipil), whatever the office:
   * {@link #PNS} and {@link #LURAH}.
   */
  public boolean isPns() {
    return this == PNS || this == LURAH;
  }
}
