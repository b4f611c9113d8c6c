package id.netral.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.netral.core.Assessment;
import id.netral.core.Language;
import id.netral.core.NeutralityEngine;
import id.netral.core.json.ResultJson;
import id.netral.core.model.Scenario;
import id.netral.core.scenario.ScenarioReader;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a streamed line's time goes, on one thread, in CPU time (so a busy machine does not move
 * it): the floor's parse and write, then netral's parse, assessment and writing in the lean and the
 * full form. Usage: {@code java -cp benchmarks.jar id.netral.benchmarks.StreamParts FILE [ROUNDS]}
 */
public final class StreamParts {
  private StreamParts() {}

  /**
   * @param args the NDJSON file and the rounds (the last is reported)
   * @throws Exception when the file cannot be read
   */
  public static void main(String[] args) throws Exception {
    List<byte[]> lines = new ArrayList<>();
    for (String l : Files.readAllLines(Path.of(args[0]))) {
      lines.add(l.getBytes(StandardCharsets.UTF_8));
    }
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    NeutralityEngine engine = NeutralityEngine.withBundledRules();
    ScenarioReader reader = new ScenarioReader(engine.catalog().elections());
    ObjectMapper mapper = new ObjectMapper();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    int n = lines.size();
    Scenario[] scenarios = new Scenario[n];
    Assessment[] assessments = new Assessment[n];
    for (int r = 0; r < rounds; r++) {
      long sink = 0;
      long t0 = cpu.getCurrentThreadCpuTime();
      ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
      for (byte[] l : lines) {
        JsonNode tree = mapper.readTree(l);
        out.reset();
        mapper.writeValue(out, tree);
        sink += out.size();
      }
      long t1 = cpu.getCurrentThreadCpuTime();
      for (int i = 0; i < n; i++) {
        scenarios[i] = reader.readJsonLine("f", i + 1, lines.get(i)).scenarios().get(0);
      }
      long t2 = cpu.getCurrentThreadCpuTime();
      for (int i = 0; i < n; i++) {
        assessments[i] = engine.assess(scenarios[i]);
      }
      long t3 = cpu.getCurrentThreadCpuTime();
      for (int i = 0; i < n; i++) {
        sink += ResultJson.lineBytes("f", scenarios[i], assessments[i], Language.EN, ResultJson.Options.LEAN).length;
      }
      long t4 = cpu.getCurrentThreadCpuTime();
      for (int i = 0; i < n; i++) {
        sink += ResultJson.lineBytes("f", scenarios[i], assessments[i], Language.EN).length;
      }
      long t5 = cpu.getCurrentThreadCpuTime();
      System.out.printf("round %d, µs a line: floor %.2f | parse %.2f, assess %.2f, write lean %.2f, write full %.2f (%d)%n",
          r, us(t1 - t0, n), us(t2 - t1, n), us(t3 - t2, n), us(t4 - t3, n), us(t5 - t4, n), sink);
    }
  }

  private static double us(long nanos, int n) {
    return nanos / 1000.0 / n;
  }
}
