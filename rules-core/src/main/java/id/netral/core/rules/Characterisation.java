package id.netral.core.rules;

/**
 * What an act amounts to in law, concluded by a characterisation rule and matched by provision
 * rules: {@code Characterisation(kind == CharacterKind.BENEFITS_OR_HARMS_PARTICIPANT, act == $act,
 * settled)}. A settled characterisation rests on established facts; an unsettled one says that the
 * conduct would amount to it if a fact a person must judge were established, so that provision
 * rules ask for that fact instead of concluding or staying silent.
 *
 * <p>In DRL: {@code insertLogical(new Characterisation(CharacterKind.CAMPAIGN_PARTICIPATION, $act,
 * true));}. Immutable; it lives as long as the act's fact.
 */
@org.kie.api.definition.type.ClassReactive
public final class Characterisation {
  private final CharacterKind kind;
  private final ActFact act;
  private final boolean settled;

  /**
   * A characterisation of {@code act}.
   *
   * @param kind what the act amounts to
   * @param act the act
   * @param settled whether it rests on established facts (false: a judgment is still open)
   */
  public Characterisation(CharacterKind kind, ActFact act, boolean settled) {
    this.kind = java.util.Objects.requireNonNull(kind, "kind");
    this.act = java.util.Objects.requireNonNull(act, "act");
    this.settled = settled;
  }

  /** What the act amounts to. */
  public CharacterKind getKind() {
    return kind;
  }

  /** The act. */
  public ActFact getAct() {
    return act;
  }

  /** Whether it rests on established facts. */
  public boolean isSettled() {
    return settled;
  }

  @Override
  public String toString() {
    return "Characterisation[" + kind + (settled ? "" : " (open)") + " " + act + "]";
  }
}
