package id.netral.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A decided case a scenario stands for: what a court or an authority made of the conduct, from a
 * public report. {@code netral test} checks that netral raises the provisions the decision-maker
 * applied (or raises none of them, where no offence was found).
 *
 * <p>Example:
 *
 * <pre>{@code
 * DecidedCase c = DecidedCase.builder("https://...", CaseOutcome.CONVICTED)
 *     .decidedBy("PN Lamongan").decided(LocalDate.of(2019, 5, 10))
 *     .provisions(List.of("uu-7-2017/pasal-490"))
 *     .sentence(Sentence.builder().custody(Custody.PENJARA).custodyMonths(3).fine(6_000_000L)
 *         .suspended(true).probationMonths(6).build())
 *     .build();
 * }</pre>
 *
 * @param source the address of the public report
 * @param decidedBy the court or authority, and the decision's number; may be null
 * @param decided the day of the decision; may be null
 * @param outcome what was decided
 * @param provisions the provisions the decision-maker applied, as catalog ids
 * @param sentence the sentence, for a conviction; may be null
 * @param knownGap why netral gets this case wrong today; null when it is not a known gap
 */
public record DecidedCase(
    String source,
    String decidedBy,
    LocalDate decided,
    CaseOutcome outcome,
    List<String> provisions,
    Sentence sentence,
    String knownGap) {

  /** Checks the required fields and copies the provisions. */
  public DecidedCase {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(outcome, "outcome");
    provisions = provisions == null ? List.of() : List.copyOf(provisions);
  }

  /**
   * Starts a decided case from its source and outcome; the rest is not given until set.
   *
   * @param source the address of the public report
   * @param outcome what was decided
   */
  public static Builder builder(String source, CaseOutcome outcome) {
    return new Builder(source, outcome);
  }

  /** Builds a {@link DecidedCase}; every setter returns the builder, and the builder may be reused. */
  public static final class Builder {
    private final String source;
    private final CaseOutcome outcome;
    private String decidedBy;
    private LocalDate decided;
    private List<String> provisions = List.of();
    private Sentence sentence;
    private String knownGap;

    private Builder(String source, CaseOutcome outcome) {
      this.source = Objects.requireNonNull(source, "source");
      this.outcome = Objects.requireNonNull(outcome, "outcome");
    }

    /** Sets {@link DecidedCase#decidedBy()}. */
    public Builder decidedBy(String value) {
      decidedBy = value;
      return this;
    }

    /** Sets {@link DecidedCase#decided()}. */
    public Builder decided(LocalDate value) {
      decided = value;
      return this;
    }

    /** Sets {@link DecidedCase#provisions()}. */
    public Builder provisions(List<String> value) {
      provisions = value;
      return this;
    }

    /** Sets {@link DecidedCase#sentence()}. */
    public Builder sentence(Sentence value) {
      sentence = value;
      return this;
    }

    /** Sets {@link DecidedCase#knownGap()}. */
    public Builder knownGap(String value) {
      knownGap = value;
      return this;
    }

    /** Builds the decided case. */
    public DecidedCase build() {
      return new DecidedCase(source, decidedBy, decided, outcome, provisions, sentence, knownGap);
    }
  }
}
