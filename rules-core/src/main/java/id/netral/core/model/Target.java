package id.netral.core.model;

/**
 * Whom an act favours.
 *
 * <p>Example: {@code new Target(TargetKind.CANDIDATE, "Pasangan calon X", null, null)}.
 *
 * @param kind a candidate, a party, or nobody
 * @param name the name as given, for explanations; may be null
 * @param independent whether the candidate runs without a party (calon perseorangan); null when not
 *     established
 * @param spouse whether the candidate is the actor's spouse; null when not established
 */
public record Target(TargetKind kind, String name, Boolean independent, Boolean spouse) {}
