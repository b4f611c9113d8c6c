package id.netral.core.rules;

/**
 * Where a rule's consequence records what it concludes; the DRL global {@code conclude}. A
 * consequence records and does nothing else: no I/O, no change to the facts.
 *
 * <p>In DRL:
 *
 * <pre>
 * global id.netral.core.rules.Conclusions conclude;
 * ...
 * then
 *     conclude.finding(drools.getRule().getName(), $act);
 * </pre>
 *
 * <p>The rule's metadata ({@code @basis}, {@code @track}, {@code @sanction}, {@code @asks}) says
 * what the finding or question is; the engine reads it once when it loads the rules.
 */
public interface Conclusions {

  /** The rule named {@code rule} concludes a finding about {@code act}. */
  void finding(String rule, ActFact act);

  /**
   * The rule named {@code rule} cannot conclude about {@code act} until the fact its {@code @asks}
   * metadata names is established.
   */
  void ask(String rule, ActFact act);
}
