package id.netral.core;

/**
 * The level of a disciplinary penalty (tingkat hukuman disiplin) of the civil-service discipline
 * regulations, lightest first, so that {@code compareTo} orders them by weight.
 *
 * <p>Example: {@code sanction.level() == DisciplineLevel.BERAT}. In the result JSON it is written
 * by its name ({@code "level": "BERAT"}).
 */
public enum DisciplineLevel {
  /** Light (ringan). */
  RINGAN,
  /** Moderate (sedang). */
  SEDANG,
  /** Heavy (berat). */
  BERAT
}
