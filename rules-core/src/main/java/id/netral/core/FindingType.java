package id.netral.core;

/** The track a finding belongs to; one act may give findings on several tracks. */
public enum FindingType {
  /** Breach of the code of ethics (kode etik). */
  ETHICS,
  /** Breach of discipline (disiplin). */
  DISCIPLINE,
  /** Administrative breach or consequence (administratif). */
  ADMINISTRATIVE,
  /** Criminal offence (pidana). */
  CRIMINAL
}
