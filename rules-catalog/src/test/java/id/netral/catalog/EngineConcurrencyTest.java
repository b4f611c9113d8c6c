package id.netral.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import id.netral.catalog.ScenarioGen.Choices;
import id.netral.core.Assessment;
import id.netral.core.NeutralityEngine;
import id.netral.core.Verdict;
import id.netral.core.model.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One engine shared by many threads gives what it gives on one thread. */
class EngineConcurrencyTest {
  private static final NeutralityEngine ENGINE = Suites.ENGINE;
  private static final int THREADS = 8;
  private static final int SCENARIOS = 6_000;

  @Test
  void assess_eightThreadsSharingOneEngine_giveTheSequentialResults() throws Exception {
    // given: generated scenarios and the suites, assessed one by one on this thread
    ScenarioGen gen = new ScenarioGen(ENGINE.catalog().elections());
    Random random = new Random(20261123);
    List<Scenario> scenarios = new ArrayList<>(Suites.all());
    for (int i = 0; i < SCENARIOS; i++) {
      scenarios.add(gen.scenario("g-" + i, Choices.of(random)));
    }
    List<Assessment> sequential = scenarios.stream().map(ENGINE::assess).toList();

    // when: every thread assesses every scenario, each from a different starting point, all at once
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Assessment[]>> futures = new ArrayList<>();
    try {
      for (int t = 0; t < THREADS; t++) {
        int offset = t * scenarios.size() / THREADS;
        futures.add(pool.submit(() -> {
          start.await();
          Assessment[] out = new Assessment[scenarios.size()];
          for (int k = 0; k < scenarios.size(); k++) {
            int i = (offset + k) % scenarios.size();
            out[i] = ENGINE.assess(scenarios.get(i));
          }
          return out;
        }));
      }
      start.countDown();

      // then
      for (Future<Assessment[]> f : futures) {
        assertThat(f.get(120, TimeUnit.SECONDS)).containsExactlyElementsOf(sequential);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(sequential).extracting(Assessment::verdict)
        .contains(Verdict.VIOLATION, Verdict.NO_VIOLATION, Verdict.NEEDS_ASSESSMENT);
  }
}
