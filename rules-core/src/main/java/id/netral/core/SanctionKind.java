package id.netral.core;

/**
 * The kind of a {@link Sanction}: what the law makes follow from a finding.
 *
 * <p>Example: {@code finding.sanction().kind() == SanctionKind.CRIMINAL_PENALTY}. In the result JSON
 * it is written by its name ({@code "kind": "CRIMINAL_PENALTY"}).
 */
public enum SanctionKind {
  /** A criminal penalty: custody, a fine, or both (pidana). */
  CRIMINAL_PENALTY,
  /** A disciplinary penalty of a level (hukuman disiplin). */
  DISCIPLINARY,
  /** A moral sanction for a breach of the code of ethics (sanksi moral). */
  MORAL,
  /** Dismissal from the status (pemberhentian). */
  DISMISSAL,
  /** An administrative sanction (sanksi administratif). */
  ADMINISTRATIVE,
  /**
   * No sanction of the provision's own: the law attaches none to the finding, and the options say
   * what follows where the law says.
   */
  NONE
}
