package id.netral.core.model;

/**
 * Whom an act favours.
 *
 * <p>Example: {@code new Target(TargetKind.CANDIDATE, "Pasangan calon X", null, null)}.
 *
 * @param kind a candidate, a party, or nobody
 * @param name the name as given, for explanations; may be null
 * @param office what the candidate runs for; null when not given
 * @param independent whether the candidate runs without a party (calon perseorangan); null when not
 *     established
 * @param spouse whether the candidate is the actor's spouse; null when not established
 */
public record Target(TargetKind kind, String name, Office office, Boolean independent, Boolean spouse) {

  /** A target whose office is not given. */
  public Target(TargetKind kind, String name, Boolean independent, Boolean spouse) {
    this(kind, name, null, independent, spouse);
  }
}
