package id.netral.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the table of {@code benchmarks/run} from what it measured: the JMH results
 * ({@code assess.json}) and the lines of {@code measures.txt}, each a kind followed by numbers:
 * {@code stream FLOOR_MS LEAN_MS FULL_MS}, {@code start TRIVIAL_MS NETRAL_MS}, {@code serve LISTENING_MS HEALTH_MS},
 * {@code memory LINES MAX_HEAP_AFTER_GC_MB}, {@code long LINES FLOOR_MS NETRAL_MS}, {@code lines N}, {@code bytes LEAN FULL FINDINGS RESULTS}.
 *
 * <p>Usage: {@code java -cp benchmarks.jar id.netral.benchmarks.Report DIR}
 */
public final class Report {
  private Report() {}

  /**
   * @param args the results folder
   * @throws IOException when a result cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    Map<String, List<double[]>> m = new HashMap<>();
    for (String line : Files.readAllLines(dir.resolve("measures.txt"))) {
      String[] p = line.trim().split("\\s+");
      double[] v = new double[p.length - 1];
      for (int i = 1; i < p.length; i++) {
        v[i - 1] = Double.parseDouble(p[i]);
      }
      m.computeIfAbsent(p[0], k -> new ArrayList<>()).add(v);
    }
    Map<String, JsonNode> jmh = new HashMap<>();
    Path assess = dir.resolve("assess.json");
    if (Files.exists(assess)) {
      for (JsonNode r : new ObjectMapper().readTree(assess.toFile())) {
        String name = r.path("benchmark").asText();
        jmh.put(name.substring(name.lastIndexOf('.') + 1), r);
      }
    }
    System.out.println("| measure | result | target |");
    System.out.println("|---|---|---|");
    List<double[]> stream = m.getOrDefault("stream", List.of());
    if (!stream.isEmpty()) {
      long lines = (long) m.get("lines").get(0)[0];
      double[] lean = new double[stream.size()];
      double[] full = new double[stream.size()];
      double[] floorMs = new double[stream.size()];
      double[] leanMs = new double[stream.size()];
      double[] fullMs = new double[stream.size()];
      for (int i = 0; i < stream.size(); i++) {
        double[] s = stream.get(i);
        floorMs[i] = s[0];
        leanMs[i] = s[1];
        fullMs[i] = s[2];
        lean[i] = s[0] / s[1];
        full[i] = s[0] / s[2];
      }
      row(String.format("stream ratio, lean (`--explain none --citations id`): one-thread Jackson floor time / netral time,"
          + " %,d lines, -Xmx256m, median of %d alternated rounds (min–max)", lines, stream.size()),
          String.format("%.2f (%.2f–%.2f)", median(lean), min(lean), max(lean)), "≥ 1.0");
      row("stream ratio, full result (the default)", String.format("%.2f (%.2f–%.2f)", median(full), min(full), max(full)), "");
      row("the same runs in lines/s: floor / netral lean / netral full", String.format("%,.0f / %,.0f / %,.0f",
          lines * 1000 / median(floorMs), lines * 1000 / median(leanMs), lines * 1000 / median(fullMs)), "");
    }
    for (double[] b : m.getOrDefault("bytes", List.of())) {
      row(String.format("output of the stream, lean / full: bytes a result, bytes a finding (%,.0f results, %,.0f findings)",
          b[3], b[2]), String.format("%,.0f / %,.0f; %,.0f / %,.0f", b[0] / b[3], b[1] / b[3], b[0] / b[2], b[1] / b[2]),
          "a few hundred bytes a finding, lean");
    }
    List<double[]> memory = m.getOrDefault("memory", List.of());
    if (!memory.isEmpty()) {
      StringBuilder b = new StringBuilder();
      StringBuilder what = new StringBuilder();
      for (double[] v : memory) {
        what.append(what.length() == 0 ? "" : " / ").append(String.format("%,.0f", v[0]));
        b.append(b.length() == 0 ? "" : " / ").append(String.format("%.0f MB", v[1]));
      }
      row("stream memory, lean, -Xmx256m: most heap in use after a collection, " + what + " lines", b.toString(),
          "flat, within 256 MB");
    }
    for (double[] l : m.getOrDefault("long", List.of())) {
      row(String.format("stream ratio over a long stream, lean: floor time / netral time, %,.0f lines piped from the"
          + " generator, one run each (seconds: floor / netral)", l[0]),
          String.format("%.2f (%.1f / %.1f)", l[1] / l[2], l[1] / 1000, l[2] / 1000), "");
    }
    List<double[]> start = m.getOrDefault("start", List.of());
    if (!start.isEmpty()) {
      double[] ratio = new double[start.size()];
      double[] trivial = new double[start.size()];
      double[] netral = new double[start.size()];
      for (int i = 0; i < start.size(); i++) {
        trivial[i] = start.get(i)[0];
        netral[i] = start.get(i)[1];
        ratio[i] = netral[i] / trivial[i];
      }
      java.util.Arrays.sort(ratio);
      row(String.format("cold start: `./netral eval` of one file / a trivial Java main on the launcher's flags, %d"
          + " alternated pairs: median of the pairs' ratios (quartiles; min–max)", start.size()),
          String.format("%.2f (%.2f–%.2f; %.2f–%.2f)", median(ratio), ratio[ratio.length / 4],
              ratio[(3 * ratio.length) / 4], min(ratio), max(ratio)), "≤ 3");
      row("the same, medians in ms: trivial main / netral", String.format("%.0f / %.0f", median(trivial), median(netral)), "");
    }
    List<double[]> serve = m.getOrDefault("serve", List.of());
    if (!serve.isEmpty()) {
      double[] listening = serve.stream().mapToDouble(v -> v[0]).toArray();
      double[] health = serve.stream().mapToDouble(v -> v[1]).toArray();
      row(String.format("`./netral serve` start-up, %d starts: launch to the address printed; to the first 200 on"
          + " /health, median (min–max), ms", serve.size()),
          String.format("%.0f (%.0f–%.0f); %.0f (%.0f–%.0f)", median(listening), min(listening), max(listening),
              median(health), min(health), max(health)), "< 1,000 (/health)");
    }
    if (jmh.containsKey("throughput1")) {
      for (String t : new String[] {"1", "2"}) {
        double engine = jmh.get("throughput" + t).path("primaryMetric").path("score").asDouble();
        JsonNode c = jmh.get("ceiling" + t);
        double ceiling = c == null ? Double.NaN : c.path("primaryMetric").path("score").asDouble();
        row("throughput through the API, " + t + (t.equals("1") ? " thread" : " threads, one engine")
            + ": engine / plain-Java ceiling of the same decisions (engine as a share of it)",
            String.format("%,.0f /s / %,.0f /s (%.1f%%)", engine, ceiling, 100 * engine / ceiling), "");
      }
      JsonNode alloc = jmh.get("throughput1").path("secondaryMetrics").path("gc.alloc.rate.norm").path("score");
      row("allocation per assessment (explanations not asked for)", String.format("%,.0f B", alloc.asDouble()), "");
      JsonNode p = jmh.get("latency").path("primaryMetric").path("scorePercentiles");
      row("one assessment of a three-act scenario, p50 / p99", String.format("%.1f / %.1f µs", p.path("50.0").asDouble(),
          p.path("99.0").asDouble()), "");
    }
  }

  private static void row(String measure, String result, String target) {
    System.out.println("| " + measure + " | " + result + " | " + target + " |");
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    java.util.Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  private static double min(double[] v) {
    return java.util.Arrays.stream(v).min().orElse(Double.NaN);
  }

  private static double max(double[] v) {
    return java.util.Arrays.stream(v).max().orElse(Double.NaN);
  }

  static {
    Locale.setDefault(Locale.ROOT);
  }
}
