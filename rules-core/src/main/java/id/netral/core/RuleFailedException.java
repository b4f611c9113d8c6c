package id.netral.core;

/**
 * A rule failed while assessing one scenario: it threw, or it kept firing past the firing limit
 * (a rule that updates the fact it matched fires again and again). The assessment is lost; the
 * engine is not, and goes on assessing other scenarios.
 *
 * <p>Only a rule folder's own rules can fail so; the bundled rules never do (a test checks every
 * suite against the limit). The message names the scenario and the rule, in one line:
 *
 * <pre>{@code
 * try {
 *   engine.assess(scenario);
 * } catch (RuleFailedException e) {
 *   log.warn(e.getMessage()); // scenario 's-1': rule "x/loop" fired more than 11015 times ...
 * }
 * }</pre>
 */
public class RuleFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String scenario;
  private final String rule;

  /**
   * A failure of {@code rule} on {@code scenario}.
   *
   * @param scenario the scenario's id
   * @param rule the rule's name; null when not known
   * @param reason what went wrong, in one line
   * @param cause what the rule threw, if it threw
   */
  public RuleFailedException(String scenario, String rule, String reason, Throwable cause) {
    super("scenario '" + scenario + "': " + (rule == null ? "a rule" : "rule \"" + rule + "\"") + " " + reason,
        cause);
    this.scenario = scenario;
    this.rule = rule;
  }

  /** The scenario's id. */
  public String scenario() {
    return scenario;
  }

  /** The name of the rule that failed; null when not known. */
  public String rule() {
    return rule;
  }
}
