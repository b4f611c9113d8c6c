package id.netral.cli;

import id.netral.core.Assessment;
import id.netral.core.Language;
import id.netral.core.NeutralityEngine;
import id.netral.core.model.Scenario;
import id.netral.core.scenario.Problem;
import id.netral.core.scenario.ScenarioFile;
import id.netral.core.scenario.ScenarioReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Streams an NDJSON input (one scenario per line) through the engine on every core: lines are read
 * in batches, parsed and assessed in parallel, and written in input order as each batch completes,
 * so memory stays flat however long the input. A bad line is reported with its line number and
 * skipped; the others are all evaluated.
 */
final class Batch implements AutoCloseable {
  static final int BATCH = 4096;

  /** What became of one line: a result line, or the problem that refused it. */
  private record Outcome(String file, String json, Problem refused, Scenario scenario, Assessment assessment) {}

  private final NeutralityEngine engine;
  private final ScenarioReader reader;
  private final Language lang;
  private final int threads;
  private final ExecutorService pool;
  int scenarios;
  int refusedLines;
  /** Whether results are rendered as NDJSON lines (on the worker threads). */
  boolean sinkNeedsJson = true;

  Batch(NeutralityEngine engine, ScenarioReader reader, Language lang) {
    this.engine = engine;
    this.reader = reader;
    this.lang = lang;
    this.threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    this.pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "netral-batch");
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * Streams {@code file}; {@code sink} gets each result in input order. While one batch is being
   * assessed on the pool, the previous one is written, so reading, assessing and writing overlap.
   */
  void run(Path file, PrintWriter err, ResultSink sink) throws IOException {
    String name = file.toString();
    Pending previous = null;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int lineNo = 0;
      while (true) {
        List<String> lines = new ArrayList<>(BATCH);
        int first = lineNo + 1;
        String line;
        while (lines.size() < BATCH && (line = in.readLine()) != null) {
          lineNo++;
          lines.add(line);
        }
        Pending current = lines.isEmpty() ? null : submit(name, first, lines);
        if (previous != null) {
          write(previous, err, sink);
        }
        previous = current;
        if (current == null) {
          break;
        }
      }
    } finally {
      if (previous != null) {
        write(previous, err, sink);
      }
    }
  }

  /** A batch being assessed: its outcomes fill in as the pool completes them. */
  private record Pending(Outcome[] out, List<Future<?>> futures) {}

  private Pending submit(String name, int first, List<String> lines) {
    int n = lines.size();
    Outcome[] out = new Outcome[n];
    int chunk = (n + threads - 1) / threads;
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int from = t * chunk;
      int to = Math.min(n, from + chunk);
      if (from >= to) {
        break;
      }
      futures.add(pool.submit(() -> {
        for (int i = from; i < to; i++) {
          out[i] = process(name, first + i, lines.get(i));
        }
      }));
    }
    return new Pending(out, futures);
  }

  private void write(Pending batch, PrintWriter err, ResultSink sink) throws IOException {
    for (Future<?> f : batch.futures()) {
      try {
        f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException(e.getCause());
      }
    }
    for (Outcome o : batch.out()) {
      if (o == null) {
        continue;
      }
      if (o.refused() != null) {
        refusedLines++;
        err.println(o.refused());
      } else {
        scenarios++;
        sink.accept(o.file(), o.scenario(), o.assessment(), o.json());
      }
    }
    err.flush();
  }

  private Outcome process(String name, int lineNo, String line) {
    if (line.isBlank()) {
      return null;
    }
    ScenarioFile read = reader.readJsonLine(name, lineNo, line);
    if (read.refused()) {
      return new Outcome(name, null, read.problems().get(0), null, null);
    }
    Scenario s = read.scenarios().get(0);
    Assessment a = engine.assess(s);
    return new Outcome(name, sinkNeedsJson ? JsonReport.line(name, s, a, lang) : null, null, s, a);
  }

  /** Where results go, in input order. */
  interface ResultSink {
    void accept(String file, Scenario s, Assessment a, String json) throws IOException;
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
