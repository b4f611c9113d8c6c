package id.netral.benchmarks;

import id.netral.core.Assessment;
import id.netral.core.Finding;
import id.netral.core.NeutralityEngine;
import id.netral.core.OpenQuestion;
import id.netral.core.Verdict;
import id.netral.core.model.Act;
import id.netral.core.model.ActType;
import id.netral.core.model.ActorType;
import id.netral.core.model.CampaignRole;
import id.netral.core.model.Position;
import id.netral.core.model.Scenario;
import id.netral.core.model.SocialMediaForm;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The ceiling of {@link AssessBenchmark}: the same decisions for the same corpus made in plain Java,
 * with no rule engine. The engine's decision for every act of the corpus (its actor type and
 * position, the act's type, date and facts) is put in a hash table at setup, and the setup checks
 * that the table gives, for every scenario, the findings (act, track, rule) and open questions (act,
 * fact) the engine gives. A benchmark call then decides a scenario by one look-up per act and a
 * verdict: what deciding costs with the rules already compiled to a table, which no engine can beat
 * by much. Explanations are not made (the engine's are made only when asked for, too).
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CeilingBenchmark {
  /** What decides one act of the corpus. */
  private record Key(ActorType actor, Position position, String id, ActType type, LocalDate date, SocialMediaForm form,
      Boolean activeSupport, Boolean usesCivilServantAttributes, CampaignRole role) {
    static Key of(Scenario s, Act a) {
      return new Key(s.actor().type(), s.actor().position(), a.id(), a.type(), a.date(), a.form(), a.activeSupport(),
          a.usesCivilServantAttributes(), a.campaignRole());
    }
  }

  /** The decisions about one act: its findings and open questions. */
  private record Decision(List<Finding> findings, List<OpenQuestion> questions) {}

  /** What the ceiling returns for a scenario: the same decisions as an assessment's, without texts. */
  public record Decided(Verdict verdict, List<Finding> findings, List<OpenQuestion> questions) {}

  private final Map<Key, Decision> table = new HashMap<>();
  private List<Scenario> corpus;
  private final AtomicInteger next = new AtomicInteger();

  /** The corpus of {@link AssessBenchmark}, and its decisions tabulated and checked. */
  @Setup(Level.Trial)
  public void setUp() {
    NeutralityEngine engine = NeutralityEngine.withBundledRules();
    corpus = Scenarios.corpus(engine, 10_000);
    for (Scenario s : corpus) {
      for (Act a : s.acts()) {
        table.computeIfAbsent(Key.of(s, a), k -> {
          Assessment one = engine.assess(new Scenario(s.id(), null, s.election(), s.actor(), List.of(a), null));
          return new Decision(one.findings(), one.openQuestions());
        });
      }
    }
    for (Scenario s : corpus) {
      Assessment a = engine.assess(s);
      Decided d = decide(s);
      if (d.verdict() != a.verdict() || !same(d.findings(), a.findings()) || !sameQuestions(d.questions(), a.openQuestions())) {
        throw new IllegalStateException("the table does not decide " + s.id() + " as the engine does");
      }
    }
  }

  private static boolean same(List<Finding> a, List<Finding> b) {
    List<String> x = new ArrayList<>();
    List<String> y = new ArrayList<>();
    a.forEach(f -> x.add(f.act() + " " + f.type() + " " + f.rule()));
    b.forEach(f -> y.add(f.act() + " " + f.type() + " " + f.rule()));
    return x.equals(y);
  }

  private static boolean sameQuestions(List<OpenQuestion> a, List<OpenQuestion> b) {
    List<String> x = new ArrayList<>();
    List<String> y = new ArrayList<>();
    a.forEach(q -> x.add(q.act() + " " + q.fact()));
    b.forEach(q -> y.add(q.act() + " " + q.fact()));
    return x.equals(y);
  }

  private Decided decide(Scenario s) {
    List<Finding> findings = new ArrayList<>(4);
    List<OpenQuestion> questions = new ArrayList<>(2);
    for (Act a : s.acts()) {
      Decision d = table.get(Key.of(s, a));
      findings.addAll(d.findings());
      questions.addAll(d.questions());
    }
    Verdict v = !findings.isEmpty() ? Verdict.VIOLATION : !questions.isEmpty() ? Verdict.NEEDS_ASSESSMENT
        : Verdict.NO_VIOLATION;
    return new Decided(v, findings, questions);
  }

  private Scenario nextScenario() {
    return corpus.get(Math.floorMod(next.getAndIncrement(), corpus.size()));
  }

  /** Throughput on one thread. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Threads(1)
  public Decided ceiling1() {
    return decide(nextScenario());
  }

  /** Throughput on two threads sharing the table. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Threads(2)
  public Decided ceiling2() {
    return decide(nextScenario());
  }
}
