package id.netral.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import id.netral.core.Assessment;
import id.netral.core.internal.Evaluator;
import id.netral.core.internal.RuleSetRuntime;
import id.netral.core.model.Scenario;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Rule sessions are pooled, not kept per thread: threads that end leave none behind. */
class SessionPoolTest {
  private static final int THREADS = 20_000;
  private static final int AT_ONCE = 16;

  @Test
  void assess_twentyThousandShortLivedThreads_retainBoundedSessions() throws Exception {
    // given
    Evaluator evaluator = new Evaluator(RuleSetRuntime.bundled(SessionPoolTest.class.getClassLoader()));
    Scenario scenario = Suites.all().get(0);
    Assessment expected = evaluator.assess(scenario);
    AtomicInteger same = new AtomicInteger();

    // when: 20,000 threads, 16 at a time, each assessing once and ending
    for (int started = 0; started < THREADS; started += AT_ONCE) {
      Thread[] batch = new Thread[AT_ONCE];
      for (int i = 0; i < AT_ONCE; i++) {
        batch[i] = new Thread(() -> {
          if (evaluator.assess(scenario).equals(expected)) {
            same.incrementAndGet();
          }
        });
        batch[i].start();
      }
      for (Thread t : batch) {
        t.join();
      }
    }

    // then: every assessment right, and no more sessions kept than the pool's bound
    assertThat(same.get()).isEqualTo(THREADS);
    assertThat(evaluator.openSessions()).isEqualTo(evaluator.idleSessions())
        .isLessThanOrEqualTo(evaluator.maxIdleSessions());
    assertThat(evaluator.maxIdleSessions()).isLessThanOrEqualTo(Math.max(2, 2 * Runtime.getRuntime().availableProcessors()));
  }

  @Test
  void assess_manyThreadsAtOnce_disposesSessionsBeyondTheBound() throws Exception {
    // given
    Evaluator evaluator = new Evaluator(RuleSetRuntime.bundled(SessionPoolTest.class.getClassLoader()));
    List<Scenario> scenarios = Suites.all();
    java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
    Thread[] threads = new Thread[64];

    // when: 64 threads assessing at once, more than the pool keeps
    for (int i = 0; i < threads.length; i++) {
      threads[i] = new Thread(() -> {
        try {
          start.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        scenarios.forEach(evaluator::assess);
      });
      threads[i].start();
    }
    start.countDown();
    for (Thread t : threads) {
      t.join();
    }

    // then
    assertThat(evaluator.openSessions()).isEqualTo(evaluator.idleSessions())
        .isLessThanOrEqualTo(evaluator.maxIdleSessions());
  }
}
