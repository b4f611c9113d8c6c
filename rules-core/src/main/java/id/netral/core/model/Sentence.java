package id.netral.core.model;

import id.netral.core.Custody;

/**
 * The sentence a court imposed in a decided case (putusan). Components the report does not give are
 * null.
 *
 * <p>Example: {@code new Sentence(Custody.PENJARA, 3, 6_000_000L, true, 6)}: three months' imprisonment,
 * suspended with six months' probation, and a fine of Rp6,000,000; {@code
 * Sentence.builder().fine(5_000_000L).build()} for a fine only.
 *
 * @param custody imprisonment or confinement; null for a fine only
 * @param custodyMonths the custodial term in months
 * @param fine the fine in rupiah
 * @param suspended whether the custody is suspended (pidana bersyarat)
 * @param probationMonths the probation period in months (masa percobaan)
 */
public record Sentence(Custody custody, Integer custodyMonths, Long fine, Boolean suspended, Integer probationMonths) {

  /** Starts a sentence of which nothing is given until set. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Sentence}; every setter returns the builder, and the builder may be reused. */
  public static final class Builder {
    private Custody custody;
    private Integer custodyMonths;
    private Long fine;
    private Boolean suspended;
    private Integer probationMonths;

    private Builder() {}

    /** Sets {@link Sentence#custody()}. */
    public Builder custody(Custody value) {
      custody = value;
      return this;
    }

    /** Sets {@link Sentence#custodyMonths()}. */
    public Builder custodyMonths(Integer value) {
      custodyMonths = value;
      return this;
    }

    /** Sets {@link Sentence#fine()}. */
    public Builder fine(Long value) {
      fine = value;
      return this;
    }

    /** Sets {@link Sentence#suspended()}. */
    public Builder suspended(Boolean value) {
      suspended = value;
      return this;
    }

    /** Sets {@link Sentence#probationMonths()}. */
    public Builder probationMonths(Integer value) {
      probationMonths = value;
      return this;
    }

    /** Builds the sentence. */
    public Sentence build() {
      return new Sentence(custody, custodyMonths, fine, suspended, probationMonths);
    }
  }
}
