package id.netral.benchmarks;

import id.netral.core.Assessment;
import id.netral.core.NeutralityEngine;
import id.netral.core.model.Scenario;
import java.util.List;
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
 * One assessment of a typical three-act scenario through the public API, with one engine shared by
 * every benchmark thread: latency (sample time, p50/p99) and throughput on 1 and 2 threads. Run with
 * {@code -prof gc} for the bytes allocated per assessment.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class AssessBenchmark {
  private NeutralityEngine engine;
  private List<Scenario> corpus;
  private final AtomicInteger next = new AtomicInteger();

  /** One engine, shared, and a corpus of 10,000 scenarios. */
  @Setup(Level.Trial)
  public void setUp() {
    engine = NeutralityEngine.withBundledRules();
    corpus = Scenarios.corpus(engine, 10_000);
  }

  private Scenario nextScenario() {
    return corpus.get(Math.floorMod(next.getAndIncrement(), corpus.size()));
  }

  /** Latency of one assessment, p50/p99 from sampled times. */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Assessment latency() {
    return engine.assess(nextScenario());
  }

  /** Throughput on one thread. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Threads(1)
  public Assessment throughput1() {
    return engine.assess(nextScenario());
  }

  /** Throughput on two threads sharing the engine. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Threads(2)
  public Assessment throughput2() {
    return engine.assess(nextScenario());
  }
}
