package id.netral.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A decided case a scenario stands for: what a court or an authority made of the conduct, from a
 * public report. {@code netral test} checks that netral raises the provisions the decision-maker
 * applied (or raises none of them, where no offence was found).
 *
 * <p>Example: {@code new DecidedCase("https://...", "PN Lamongan", LocalDate.of(2019, 5, 10),
 * CaseOutcome.CONVICTED, List.of("uu-7-2017/pasal-490"), new Sentence(Custody.PENJARA, 3, 6_000_000L, true,
 * 6), null)}.
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
}
