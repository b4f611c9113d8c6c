package id.netral.core.model;

import java.util.List;
import java.util.Map;

/**
 * What a scenario's author expects the assessment to be (section 3 of the scenario contract).
 *
 * <p>Example:
 *
 * <pre>{@code
 * Expectation expect = Expectation.builder().verdict("VIOLATION")
 *     .finding(ExpectedFinding.of("CRIMINAL", "uu-7-2017/pasal-490").withSanction("custody", "KURUNGAN"))
 *     .build();
 * }</pre>
 *
 * @param verdict the expected verdict name ({@code VIOLATION}, {@code NO_VIOLATION},
 *     {@code NEEDS_ASSESSMENT}); may be null
 * @param findings the expected findings, matched as a set
 * @param includes when true, findings beyond the expected ones are allowed ({@code match: includes})
 * @param openQuestions the expected open questions, as fact names; null when not given
 */
public record Expectation(
    String verdict, List<ExpectedFinding> findings, boolean includes, List<String> openQuestions) {

  /** Copies the lists. */
  public Expectation {
    findings = findings == null ? List.of() : List.copyOf(findings);
    openQuestions = openQuestions == null ? null : List.copyOf(openQuestions);
  }

  /**
   * One expected finding.
   *
   * @param type the expected finding type name ({@code ETHICS}, {@code DISCIPLINE}, ...)
   * @param basis a provision id that one of the finding's basis ids equals or extends
   * @param act the act id the finding must be about; may be null for any act
   * @param sanction keys that must be equal in the finding's sanction; empty when not given
   */
  public record ExpectedFinding(
      String type, String basis, String act, Map<String, Object> sanction) {

    /** Copies the sanction keys. */
    public ExpectedFinding {
      sanction = sanction == null ? Map.of() : Map.copyOf(sanction);
    }

    /** An expected finding of {@code type} under {@code basis}, on any act, with any sanction. */
    public static ExpectedFinding of(String type, String basis) {
      return new ExpectedFinding(type, basis, null, Map.of());
    }

    /** This expected finding, on the act {@code act} only. */
    public ExpectedFinding onAct(String act) {
      return new ExpectedFinding(type, basis, act, sanction);
    }

    /** This expected finding, whose sanction must also have {@code key} equal to {@code value}. */
    public ExpectedFinding withSanction(String key, Object value) {
      Map<String, Object> keys = new java.util.LinkedHashMap<>(sanction);
      keys.put(key, value);
      return new ExpectedFinding(type, basis, act, keys);
    }
  }

  /**
   * Starts an expectation of no verdict, no findings (every finding must then be expected, unless
   * {@link Builder#includes(boolean)}) and no open questions given.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Expectation}; every setter returns the builder, and the builder may be reused. */
  public static final class Builder {
    private String verdict;
    private final List<ExpectedFinding> findings = new java.util.ArrayList<>();
    private boolean includes;
    private List<String> openQuestions;

    private Builder() {}

    /** Sets {@link Expectation#verdict()}. */
    public Builder verdict(String value) {
      verdict = value;
      return this;
    }

    /** Adds an expected finding. */
    public Builder finding(ExpectedFinding value) {
      findings.add(java.util.Objects.requireNonNull(value, "finding"));
      return this;
    }

    /** Sets {@link Expectation#includes()}: whether findings beyond the expected ones are allowed. */
    public Builder includes(boolean value) {
      includes = value;
      return this;
    }

    /** Sets {@link Expectation#openQuestions()}. */
    public Builder openQuestions(List<String> value) {
      openQuestions = value;
      return this;
    }

    /** Builds the expectation. */
    public Expectation build() {
      return new Expectation(verdict, findings, includes, openQuestions);
    }
  }
}
