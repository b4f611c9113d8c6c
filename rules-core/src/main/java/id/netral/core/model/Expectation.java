package id.netral.core.model;

import java.util.List;
import java.util.Map;

/**
 * What a scenario's author expects the assessment to be (section 3 of the scenario contract).
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
  }
}
