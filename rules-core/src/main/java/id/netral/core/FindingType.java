package id.netral.core;

/**
 * The track a finding belongs to; one act may give findings on several tracks.
 *
 * <p>Example: {@code FindingType.CRIMINAL.label(Language.ID)} is {@code "PIDANA"}.
 */
public enum FindingType {
  /** Breach of the code of ethics (kode etik). */
  ETHICS("KODE ETIK"),
  /** Breach of discipline (disiplin). */
  DISCIPLINE("DISIPLIN"),
  /** Administrative breach or consequence (administratif). */
  ADMINISTRATIVE("ADMINISTRATIF"),
  /** Criminal offence (pidana). */
  CRIMINAL("PIDANA");

  private final String indonesian;

  FindingType(String indonesian) {
    this.indonesian = indonesian;
  }

  /**
   * The track as a person reads it: in Indonesian {@code KODE ETIK}, {@code DISIPLIN},
   * {@code ADMINISTRATIF} or {@code PIDANA}; in English the contract's value ({@code ETHICS}, ...),
   * which JSON carries in both languages.
   */
  public String label(Language language) {
    return language == Language.ID ? indonesian : name();
  }
}
