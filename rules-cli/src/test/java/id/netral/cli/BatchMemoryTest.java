package id.netral.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.netral.core.Language;
import id.netral.core.NeutralityEngine;
import id.netral.core.scenario.ScenarioReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an NDJSON batch holds is bounded by the bytes of its output, not only by its number of lines. */
class BatchMemoryTest {
  @TempDir
  Path tmp;

  @Test
  void run_linesOfAThousandActs_holdsOutputWithinTheBudget() throws IOException {
    // given: 24 lines of 1,000 acts each (each line's output is megabytes), and a budget of 8 MiB (the 24 lines give 54 MB)
    StringBuilder acts = new StringBuilder();
    for (int i = 0; i < 1000; i++) {
      acts.append(i == 0 ? "" : ", ").append("{\"type\": \"CAMPAIGN_ROLE\", \"date\": \"2023-12-01\","
          + " \"role\": \"TEAM_MEMBER\"}");
    }
    StringBuilder stream = new StringBuilder();
    for (int n = 0; n < 24; n++) {
      stream.append("{\"id\": \"s-").append(n).append("\", \"election\": \"pemilu-2024\", \"actor\": {\"id\":"
          + " \"asn-1\", \"type\": \"PNS\"}, \"acts\": [").append(acts).append("]}\n");
    }
    Path file = Files.writeString(tmp.resolve("big.ndjson"), stream);
    NeutralityEngine engine = NeutralityEngine.withBundledRules();
    long[] written = new long[2];

    // when
    try (Batch batch = new Batch(engine, new ScenarioReader(engine.catalog().elections()), Language.EN)) {
      batch.outputBytes = 8L << 20;
      batch.run(file, new PrintWriter(new StringWriter()), (name, s, a, json) -> {
        written[0]++;
        written[1] = Math.max(written[1], json.length);
      });

      // then: every line written, and no batch held more than the budget and one line's output
      long line = written[1];
      assertThat(written[0]).isEqualTo(24);
      assertThat(line).isGreaterThan(2_000_000);
      assertThat(batch.mostOutputHeld).isLessThanOrEqualTo(batch.outputBytes + line);
    }
  }
}
