package id.netral.core;

/** The outcome of an assessment. */
public enum Verdict {
  /** At least one finding. */
  VIOLATION,
  /** No finding and no open question. */
  NO_VIOLATION,
  /** No finding can be concluded until the facts in the open questions are established. */
  NEEDS_ASSESSMENT
}
