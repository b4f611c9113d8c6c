package id.netral.core;

/**
 * The outcome of an assessment.
 *
 * <p>Example: {@code Verdict.VIOLATION.label(Language.ID)} is {@code "MELANGGAR"}.
 */
public enum Verdict {
  /** At least one finding. */
  VIOLATION("MELANGGAR"),
  /** No finding and no open question. */
  NO_VIOLATION("TIDAK MELANGGAR"),
  /** No finding can be concluded until the facts in the open questions are established. */
  NEEDS_ASSESSMENT("PERLU PENILAIAN");

  private final String indonesian;

  Verdict(String indonesian) {
    this.indonesian = indonesian;
  }

  /**
   * The verdict as a person reads it: in Indonesian {@code MELANGGAR}, {@code TIDAK MELANGGAR} or
   * {@code PERLU PENILAIAN}; in English the contract's value ({@code VIOLATION}, ...), which JSON
   * carries in both languages.
   */
  public String label(Language language) {
    return language == Language.ID ? indonesian : name();
  }
}
