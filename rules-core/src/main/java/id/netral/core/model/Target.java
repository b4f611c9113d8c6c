package id.netral.core.model;

/**
 * Whom an act favours.
 *
 * <p>Example: {@code Target.candidate("Pasangan calon X")}, or {@code
 * Target.builder(TargetKind.CANDIDATE).name("Calon X").office(Office.DPR).spouse(true).build()}. A
 * component not set is not established.
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

  /** A candidate (calon, bakal calon or pasangan calon) named {@code name}; the rest not established. */
  public static Target candidate(String name) {
    return new Target(TargetKind.CANDIDATE, name, null, null, null);
  }

  /** A political party named {@code name}; the rest not established. */
  public static Target party(String name) {
    return new Target(TargetKind.PARTY, name, null, null, null);
  }

  /** Nobody in the election ({@link TargetKind#NONE}). */
  public static Target nobody() {
    return new Target(TargetKind.NONE, null, null, null, null);
  }

  /** Starts a target of {@code kind}; the other components are not established until set. */
  public static Builder builder(TargetKind kind) {
    return new Builder(kind);
  }

  /** Builds a {@link Target}; every setter returns the builder, and the builder may be reused. */
  public static final class Builder {
    private final TargetKind kind;
    private String name;
    private Office office;
    private Boolean independent;
    private Boolean spouse;

    private Builder(TargetKind kind) {
      this.kind = java.util.Objects.requireNonNull(kind, "kind");
    }

    /** Sets {@link Target#name()}. */
    public Builder name(String value) {
      name = value;
      return this;
    }

    /** Sets {@link Target#office()}. */
    public Builder office(Office value) {
      office = value;
      return this;
    }

    /** Sets {@link Target#independent()}. */
    public Builder independent(Boolean value) {
      independent = value;
      return this;
    }

    /** Sets {@link Target#spouse()}. */
    public Builder spouse(Boolean value) {
      spouse = value;
      return this;
    }

    /** Builds the target. */
    public Target build() {
      return new Target(kind, name, office, independent, spouse);
    }
  }
}
