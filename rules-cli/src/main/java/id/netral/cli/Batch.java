package id.netral.cli;

import id.netral.core.json.ResultJson;
import id.netral.core.Assessment;
import id.netral.core.Language;
import id.netral.core.NeutralityEngine;
import id.netral.core.model.Scenario;
import id.netral.core.scenario.Problem;
import id.netral.core.scenario.ScenarioFile;
import id.netral.core.scenario.ScenarioReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
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
 * so memory stays flat however long the input (and however long a line: a line over the file size
 * limit is skipped unread). A bad line (not JSON, not UTF-8, not a scenario, too long) is reported
 * with its line number and skipped; the others are all evaluated.
 */
final class Batch implements AutoCloseable {
  static final int BATCH = 256;
  /** Lines are also handed out once they hold this many bytes, so memory stays bounded with long lines. */
  static final long BATCH_BYTES = 32L * 1024 * 1024;
  /**
   * The output one batch may hold, about: a batch is cut when its input, times the most output per
   * input byte seen so far, would exceed it. Output can be a hundred times the input (a 1,000-act
   * line gives thousands of findings), so counting lines alone ran out of memory.
   */
  static final long OUTPUT_BYTES = 32L * 1024 * 1024;
  /** Output bytes per input byte assumed before any is seen, and the least assumed after. */
  static final double FIRST_RATIO = 64;

  /** The output budget of a batch (a field, for tests). */
  long outputBytes = OUTPUT_BYTES;
  /** The most output bytes per input byte seen in a batch so far. */
  private double ratio = FIRST_RATIO;
  /** The most output bytes one batch held: what the budget bounds (for tests). */
  long mostOutputHeld;

  /** What became of one line: a result line, or the problem that refused it. */
  private record Outcome(String file, byte[] json, Problem refused, Scenario scenario, Assessment assessment) {}

  private final NeutralityEngine engine;
  private final ScenarioReader reader;
  private final Language lang;
  private final ResultJson.Options options;
  private final int threads;
  private final ExecutorService pool;
  int scenarios;
  int refusedLines;
  /** Whether results are rendered as NDJSON lines (on the worker threads). */
  boolean sinkNeedsJson = true;

  Batch(NeutralityEngine engine, ScenarioReader reader, Language lang) {
    this(engine, reader, lang, ResultJson.Options.FULL);
  }

  Batch(NeutralityEngine engine, ScenarioReader reader, Language lang, ResultJson.Options options) {
    this.engine = engine;
    this.reader = reader;
    this.lang = lang;
    this.options = options;
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
    try (InputStream stream = Files.newInputStream(file)) {
      run(file.toString(), stream, err, sink);
    }
  }

  /** Streams {@code stream}, named {@code name} in results and messages, as {@link #run(Path, PrintWriter, ResultSink)}. */
  void run(String name, InputStream stream, PrintWriter err, ResultSink sink) throws IOException {
    long maxLine = reader.limits().maxFileBytes();
    Pending previous = null;
    try {
      Lines in = new Lines(stream);
      int lineNo = 0;
      while (true) {
        List<Object> lines = new ArrayList<>(BATCH);
        long bytes = 0;
        // the input whose output fits the budget, at the most output per input byte seen so far
        long maxBytes = (long) Math.max(1, Math.min(BATCH_BYTES, outputBytes / ratio));
        int first = lineNo + 1;
        Object line;
        while (lines.size() < BATCH && bytes < maxBytes && (line = nextLine(in, maxLine)) != null) {
          lineNo++;
          lines.add(line);
          bytes += line instanceof byte[] b ? b.length : 0;
        }
        Pending current = lines.isEmpty() ? null : submit(name, first, lines, bytes);
        if (previous != null) {
          Pending done = previous;
          previous = null;
          write(done, err, sink);
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

  /**
   * The next line's bytes without its line break (LF or CRLF); a {@link Long} with its length when
   * it is longer than {@code max}, whose bytes are skipped, not kept; null at the end.
   */
  private static Object nextLine(Lines in, long max) throws IOException {
    java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream(512);
    long length = 0;
    boolean any = false;
    while (true) {
      if (in.pos == in.end && !in.fill()) {
        break;
      }
      any = true;
      int start = in.pos;
      int nl = start;
      while (nl < in.end && in.buf[nl] != '\n') {
        nl++;
      }
      int n = nl - start;
      if (length + n <= max) {
        buf.write(in.buf, start, n);
      }
      length += n;
      in.pos = nl < in.end ? nl + 1 : nl;
      if (nl < in.end) {
        break;
      }
    }
    if (!any) {
      return null;
    }
    if (length > max) {
      return length;
    }
    byte[] b = buf.toByteArray();
    return b.length > 0 && b[b.length - 1] == '\r' ? java.util.Arrays.copyOf(b, b.length - 1) : b;
  }

  /** A byte buffer over a stream, scanned for line breaks without a call per byte. */
  private static final class Lines {
    final InputStream in;
    final byte[] buf = new byte[1 << 16];
    int pos;
    int end;

    Lines(InputStream in) {
      this.in = in;
    }

    boolean fill() throws IOException {
      int n = in.read(buf, 0, buf.length);
      pos = 0;
      end = Math.max(0, n);
      return n > 0;
    }
  }

  /** A batch being assessed: its outcomes fill in as the pool completes them. */
  private record Pending(Outcome[] out, List<Future<?>> futures, long inputBytes) {}

  private Pending submit(String name, int first, List<Object> lines, long inputBytes) {
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
    return new Pending(out, futures, inputBytes);
  }

  private void write(Pending batch, PrintWriter err, ResultSink sink) throws IOException {
    for (Future<?> f : batch.futures()) {
      try {
        f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof OutOfMemoryError oom) {
          throw oom;
        }
        throw new IllegalStateException(e.getCause());
      }
    }
    long output = 0;
    for (Outcome o : batch.out()) {
      if (o != null && o.json() != null) {
        output += o.json().length;
      }
    }
    mostOutputHeld = Math.max(mostOutputHeld, output);
    if (batch.inputBytes() > 0 && output > 0) {
      ratio = Math.max(ratio, (double) output / batch.inputBytes());
    }
    for (Outcome o : batch.out()) {
      if (o == null) {
        continue;
      }
      if (o.refused() != null) {
        refusedLines++;
        err.println(Escape.text(o.refused().toString()));
      } else {
        scenarios++;
        sink.accept(o.file(), o.scenario(), o.assessment(), o.json());
      }
    }
    err.flush();
  }

  private Outcome process(String name, int lineNo, Object line) {
    if (line instanceof Long length) {
      return new Outcome(name, null, new Problem(name, lineNo, 1, "", "the line has " + length
          + " bytes, more than the limit of " + reader.limits().maxFileBytes()), null, null);
    }
    byte[] bytes = (byte[]) line;
    if (isBlank(bytes)) {
      return null;
    }
    ScenarioFile read = reader.readJsonLine(name, lineNo, bytes);
    if (read.refused()) {
      return new Outcome(name, null, read.problems().get(0), null, null);
    }
    Scenario s = read.scenarios().get(0);
    Assessment a;
    try {
      a = engine.assess(s);
    } catch (id.netral.core.RuleFailedException e) {
      // a rule folder's rule threw or looped: the line is refused, the stream goes on
      return new Outcome(name, null, new Problem(name, lineNo, 1, "", e.getMessage()), null, null);
    }
    // an NDJSON sink needs only the line: the scenario and assessment are not kept for it, which
    // keeps the batches in flight small (with -Xmx256m, keeping them made a quarter of the run GC)
    return sinkNeedsJson ? new Outcome(name, ResultJson.lineBytes(name, s, a, lang, options), null, null, null)
        : new Outcome(name, null, null, s, a);
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  /**
   * Where results go, in input order: the NDJSON line when {@link #sinkNeedsJson} (and then no
   * scenario or assessment, both null), else the scenario and assessment (and no line).
   */
  interface ResultSink {
    void accept(String file, Scenario s, Assessment a, byte[] json) throws IOException;
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
