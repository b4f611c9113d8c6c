package id.netral.core;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One conclusion about one act on one track: the provisions broken, the sanction, who decides, and
 * why. Immutable; the explanation is written the first time it is asked for, so that systems that
 * do not show it do not pay for it.
 *
 * <p>Example: {@code f.type() + " " + f.basis().get(0).citation() + ": " + f.explanation().english()}.
 */
public final class Finding {
  private final String act;
  private final FindingType type;
  private final String rule;
  private final List<LegalBasis> basis;
  private final Sanction sanction;
  private final LocalizedText authority;
  private Supplier<LocalizedText> explain;
  private volatile LocalizedText explanation;

  /**
   * A finding.
   *
   * @param act the id of the act the finding is about
   * @param type the track (ethics, discipline, administrative, criminal)
   * @param rule the id of the rule that concluded it
   * @param basis the provisions it rests on that are in force on the day of the act
   * @param sanction the sanction under the law in force on the day of the act; may be null where the
   *     law names none
   * @param authority who decides, in Indonesian and English; may be null
   * @param explanation writes why, from the facts, in Indonesian and English, when first asked
   */
  public Finding(String act, FindingType type, String rule, List<LegalBasis> basis, Sanction sanction,
      LocalizedText authority, Supplier<LocalizedText> explanation) {
    this.act = Objects.requireNonNull(act, "act");
    this.type = Objects.requireNonNull(type, "type");
    this.rule = Objects.requireNonNull(rule, "rule");
    this.basis = List.copyOf(basis);
    this.sanction = sanction;
    this.authority = authority;
    this.explain = Objects.requireNonNull(explanation, "explanation");
  }

  /** The id of the act the finding is about. */
  public String act() {
    return act;
  }

  /** The track: ethics, discipline, administrative or criminal. */
  public FindingType type() {
    return type;
  }

  /** The id of the rule that concluded it. */
  public String rule() {
    return rule;
  }

  /** The provisions it rests on that are in force on the day of the act, primary first. */
  public List<LegalBasis> basis() {
    return basis;
  }

  /** The sanction under the law in force on the day of the act; null where the law names none. */
  public Sanction sanction() {
    return sanction;
  }

  /** Who decides, in Indonesian and English; null when the catalog does not say. */
  public LocalizedText authority() {
    return authority;
  }

  /** Why, from the facts that triggered it: who, what, when, which stage, which provision, which sanction. */
  public LocalizedText explanation() {
    LocalizedText e = explanation;
    if (e == null) {
      synchronized (this) {
        e = explanation;
        if (e == null) {
          e = explain.get();
          explanation = e;
          explain = null;
        }
      }
    }
    return e;
  }

  /**
   * The explanation in {@code language}, in the parts that make it up when joined: for a writer that
   * keeps the encoding of the second part, which repeats across findings of the same rule (see
   * {@link id.netral.core.internal.ExplanationParts}). One part when the explanation was not made in
   * parts.
   */
  public List<String> explanationParts(Language language) {
    Supplier<LocalizedText> source = explain;
    if (source instanceof id.netral.core.internal.ExplanationParts parts) {
      return List.of(parts.head(language), parts.tail(language));
    }
    return List.of(explanation().in(language));
  }

  /** Equal when act, type, rule, basis, sanction and authority are; the explanation follows from them. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Finding f && act.equals(f.act) && type == f.type && rule.equals(f.rule)
        && basis.equals(f.basis) && Objects.equals(sanction, f.sanction) && Objects.equals(authority, f.authority);
  }

  @Override
  public int hashCode() {
    return Objects.hash(act, type, rule, basis, sanction, authority);
  }

  @Override
  public String toString() {
    return "Finding[" + act + " " + type + " " + rule + " " + basis + "]";
  }
}
