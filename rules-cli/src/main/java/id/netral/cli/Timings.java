package id.netral.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the time of a command goes, printed on stderr when the environment variable
 * NETRAL_TIMINGS is set: from JVM start to main, to the engine being ready, to the output written.
 */
final class Timings {
  private static final boolean ON = System.getenv("NETRAL_TIMINGS") != null;
  private static final List<String> NAMES = new ArrayList<>();
  private static final List<Long> NANOS = new ArrayList<>();

  private Timings() {}

  static void mark(String what) {
    if (ON) {
      NANOS.add(System.nanoTime());
      NAMES.add(what);
    }
  }

  static void report(PrintWriter err) {
    if (!ON || NANOS.isEmpty()) {
      return;
    }
    long now = System.nanoTime();
    long startToNow = ManagementFactory.getRuntimeMXBean().getUptime();
    long first = NANOS.get(0);
    err.println("netral timings: jvm start to " + NAMES.get(0) + ": " + (startToNow - (now - first) / 1_000_000) + " ms");
    for (int i = 1; i < NANOS.size(); i++) {
      err.println("netral timings: " + NAMES.get(i) + ": +" + (NANOS.get(i) - NANOS.get(i - 1)) / 1_000_000 + " ms");
    }
    err.flush();
  }
}
