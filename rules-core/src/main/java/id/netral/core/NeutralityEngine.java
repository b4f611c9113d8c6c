package id.netral.core;

import id.netral.core.catalog.Catalog;
import id.netral.core.internal.Evaluator;
import id.netral.core.internal.RuleSpec;
import id.netral.core.internal.RuleFolder;
import id.netral.core.internal.RuleSetRuntime;
import java.nio.file.Path;
import id.netral.core.model.Scenario;
import id.netral.core.scenario.ScenarioReader;
import java.util.Objects;

/**
 * Assesses what a member of the state apparatus did against the rules on political neutrality.
 *
 * <p>Thread-safe and meant to be shared: create one engine per process and call {@link
 * #assess(Scenario)} from any number of threads. Loading the bundled rules takes a few hundred
 * milliseconds; an assessment then takes microseconds. Rule sessions are reused from a pool of at
 * most twice the number of cores, so threads that end (thread-per-request servers, pools that
 * retire threads) leave none behind.
 *
 * <pre>{@code
 * NeutralityEngine engine = NeutralityEngine.withBundledRules();
 * Assessment a = engine.assess(scenario);
 * for (Finding f : a.findings()) {
 *   System.out.println(f.type() + " " + f.basis() + " " + f.explanation().english());
 * }
 * }</pre>
 *
 * <p>An assessment is not legal advice: it says which provisions the facts given appear to engage,
 * for a person with authority to decide.
 */
public final class NeutralityEngine {
  private final Evaluator evaluator;

  private NeutralityEngine(Evaluator evaluator) {
    this.evaluator = evaluator;
  }

  /**
   * An engine with the rule set bundled in {@code id.netral:rules-catalog}, precompiled to Drools'
   * executable model: loading compiles no rule. In a fresh JVM it takes about 0.3 s on two cores,
   * half of it loading classes; with a class-data-sharing archive of the application (a training
   * run with {@code -XX:ArchiveClassesAtExit=app.jsa}, then {@code -XX:SharedArchiveFile=app.jsa})
   * about 0.13 s. Make one engine per process and share it.
   *
   * @throws RuleSetException when the bundled rule set is missing or inconsistent
   */
  public static NeutralityEngine withBundledRules() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    if (loader == null || loader.getResource(RuleSetRuntime.BUNDLED) == null) {
      loader = NeutralityEngine.class.getClassLoader();
    }
    return new NeutralityEngine(new Evaluator(RuleSetRuntime.bundled(loader)));
  }

  /**
   * An engine with the rule set in the folder {@code dir}, laid out like the bundled one (as {@code
   * netral rules export} writes it), whose DRL is compiled at load time: a second or two. Needs the
   * module {@code id.netral:rules-drafting} on the classpath.
   *
   * <p>DRL can call Java, so loading a folder runs its author's code. Unless {@code trusted}, a
   * folder whose DRL reaches outside the netral model packages and {@code java.time}/{@code
   * java.util} is refused; this guards against accidents, it is not a sandbox.
   *
   * @param dir the rule folder
   * @param trusted whether to accept DRL that reaches outside the model
   * @throws RuleSetException naming the file, line and column of the first problems
   */
  public static NeutralityEngine withRuleFolder(Path dir, boolean trusted) {
    return new NeutralityEngine(new Evaluator(RuleFolder.load(dir, trusted)));
  }

  /**
   * Assesses one scenario: every act against every rule, with the law in force and the election
   * stage on the day of each act.
   *
   * @param scenario the actor, the election and the acts
   * @return the verdict, the findings and the open questions
   * @throws RuleFailedException when a rule throws, or keeps firing past the firing limit (10,000
   *     firings and 1,000 per act, or five times the number of rules per act when that is more): only
   *     a rule folder's rules can; the engine goes on assessing other scenarios
   */
  public Assessment assess(Scenario scenario) {
    return evaluator.assess(Objects.requireNonNull(scenario, "scenario"));
  }

  /**
   * This engine's rules with interpretation {@code interpretation} set to {@code option}: where the
   * law leaves a gap and the rule set chooses a reading ({@link Catalog#interpretations()}), a
   * drafter or an authority that reads it otherwise can assess under its own reading. The new
   * engine shares the compiled rules (no rule is compiled again) and this engine is unchanged; both
   * may be used at once. Chain calls to override several choices.
   *
   * <pre>{@code
   * NeutralityEngine strict = engine.withInterpretation(
   *     "uu-7-2017/pasal-280/ayat-2/masa-kampanye", "KAPAN_SAJA");
   * }</pre>
   *
   * <p>Its receipt's {@code catalogDigest} is a digest of the rule set's digest and the choices
   * overridden, so that its results are not taken for those of the rule set as published.
   *
   * @param interpretation the id of an interpretation in {@link #catalog()}
   * @param option one of its options ({@link id.netral.core.catalog.Interpretation#options()})
   * @return an engine with that choice; this engine when it already makes it
   * @throws IllegalArgumentException when the catalog has no such interpretation or the
   *     interpretation no such option; the message names the ones there are
   */
  public NeutralityEngine withInterpretation(String interpretation, String option) {
    RuleSetRuntime changed = evaluator.runtime().withChoice(interpretation, option);
    return changed == evaluator.runtime() ? this : new NeutralityEngine(new Evaluator(changed));
  }

  /**
   * A reader of scenario files that resolves built-in election ids (such as {@code pemilu-2024})
   * against this engine's catalog, with the default limits. Thread-safe; make one and reuse it.
   *
   * <pre>{@code
   * ScenarioFile file = engine.scenarioReader().read("complaint-17.yaml", yamlText);
   * }</pre>
   */
  public ScenarioReader scenarioReader() {
    return new ScenarioReader(catalog().elections());
  }

  /**
   * A reader of scenario files as {@link #scenarioReader()}, with {@code limits} on size, depth,
   * strings and values.
   */
  public ScenarioReader scenarioReader(ScenarioReader.Limits limits) {
    return new ScenarioReader(catalog().elections(), limits);
  }

  /**
   * Why each rule did or did not conclude on each act of {@code scenario}: the rules considered for
   * the act, what each concluded, and for one that did not match, the conditions that failed with
   * the values the act has for them (see {@link Trace}). Meant for a person checking an outcome;
   * it runs the rules again and reads their DRL once per engine, and leaves {@link
   * #assess(Scenario)} as fast as before.
   *
   * @param scenario the actor, the election and the acts
   * @return one entry per act
   * @throws RuleFailedException as {@link #assess(Scenario)}
   */
  public Trace trace(Scenario scenario) {
    return evaluator.trace(Objects.requireNonNull(scenario, "scenario"));
  }

  /** The provision catalog of the rule set this engine runs. */
  public Catalog catalog() {
    return evaluator.runtime().catalog();
  }

  /**
   * The ids of the rules that cite the provision {@code provisionId} (in {@code @basis}, or through
   * the consequence table they name), sorted; empty when none does.
   */
  public java.util.List<String> rulesCiting(String provisionId) {
    return evaluator.runtime().rules().values().stream()
        .filter(r -> evaluator.runtime().cites(r, provisionId))
        .map(r -> r.id())
        .distinct()
        .sorted()
        .toList();
  }

  /**
   * The ids of the rules that conclude findings under the rule set's interpretation choices,
   * sorted; see {@link #dormantRules()} for the others.
   */
  public java.util.List<String> findingRules() {
    return evaluator.runtime().rules().values().stream().filter(r -> r.track() != null && !r.dormant())
        .map(r -> r.id())
        .distinct().sorted().toList();
  }

  /**
   * The ids of the rules that apply only under an interpretation choice the rule set does not make
   * ({@code @onlyIf}), sorted: they conclude nothing until a drafter changes that choice.
   */
  public java.util.List<String> dormantRules() {
    return evaluator.runtime().rules().values().stream().filter(RuleSpec::dormant).map(r -> r.id())
        .distinct().sorted().toList();
  }

  /**
   * The ids of the rules that ask for a missing fact under the rule set's interpretation choices,
   * sorted.
   */
  public java.util.List<String> askingRules() {
    return evaluator.runtime().rules().values().stream().filter(r -> r.asks() != null && !r.dormant()).map(r -> r.id())
        .distinct().sorted().toList();
  }

  /** The netral version, catalog version and catalog digest every assessment carries. */
  public Receipt receipt() {
    return evaluator.runtime().receipt();
  }
}
