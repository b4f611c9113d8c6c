package id.netral.benchmarks;

import id.netral.core.NeutralityEngine;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/** Engine start-up: the bundled rules ready to assess, in a fresh JVM each time. */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(10)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class StartupBenchmark {

  /** From nothing to an engine that has assessed nothing yet. */
  @Benchmark
  public NeutralityEngine bundledRulesReady() {
    return NeutralityEngine.withBundledRules();
  }
}
