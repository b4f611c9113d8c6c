package id.netral.core.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import id.netral.core.model.Election;
import id.netral.core.model.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads scenario files (YAML, or JSON, which is YAML) as the scenario contract describes, refusing
 * a file that breaks it with one {@link Problem} per thing wrong. Thread-safe.
 *
 * <pre>{@code
 * ScenarioReader reader = engine.scenarioReader(); // the engine's built-in elections
 * ScenarioFile f = reader.read(Path.of("examples/scenarios/asn-media-sosial.yaml"));
 * if (f.refused()) {
 *   f.problems().forEach(System.err::println);
 * } else {
 *   f.scenarios().forEach(s -> engine.assess(s));
 * }
 * }</pre>
 *
 * <p>A file's content is read from a {@link Path}, bytes, a {@code String}, a {@link Reader} or an
 * {@link InputStream}, each under the same {@link Limits} and with the same located problems; the
 * name given is the file name problems carry.
 */
public final class ScenarioReader {
  /** The largest file read, in bytes, unless configured otherwise. */
  public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;
  /** The deepest nesting accepted, unless configured otherwise. */
  public static final int DEFAULT_MAX_DEPTH = 32;
  /** The longest string (scalar or key) accepted, in characters, unless configured otherwise. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 64 * 1024;
  /** The most values (mappings, lists and scalars) in one file, unless configured otherwise. */
  public static final int DEFAULT_MAX_VALUES = 200_000;
  /** The most problems listed for one file; the rest are counted in one closing problem. */
  static final int MAX_PROBLEMS = 100;

  /**
   * The limits that keep a hostile file (an alias bomb, a deeply nested or huge document, a huge
   * string) from costing more than a bounded time and memory. A file beyond a limit is refused with
   * one problem that names the limit.
   *
   * <pre>{@code
   * ScenarioReader reader = new ScenarioReader(elections, Limits.DEFAULT.withMaxStringLength(1024));
   * }</pre>
   *
   * @param maxFileBytes the largest file, in bytes; for NDJSON, the longest line
   * @param maxDepth the deepest nesting of mappings and lists
   * @param maxStringLength the longest string (scalar or key), in characters; in YAML (not JSON) no
   *     line may be longer than this plus 1024 characters either
   * @param maxValues the most values (mappings, lists and scalars) in one file or NDJSON line
   */
  public record Limits(long maxFileBytes, int maxDepth, int maxStringLength, int maxValues) {
    /** The defaults: 16 MiB, 32 levels, 64 KiB strings, 200,000 values. */
    public static final Limits DEFAULT =
        new Limits(DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, DEFAULT_MAX_STRING_LENGTH, DEFAULT_MAX_VALUES);

    /** Checks that every limit is positive. */
    public Limits {
      if (maxFileBytes < 1 || maxDepth < 1 || maxStringLength < 1 || maxValues < 1) {
        throw new IllegalArgumentException("limits must be positive: " + maxFileBytes + ", " + maxDepth + ", "
            + maxStringLength + ", " + maxValues);
      }
    }

    /** These limits with {@link #maxFileBytes()} set to {@code value}. */
    public Limits withMaxFileBytes(long value) {
      return new Limits(value, maxDepth, maxStringLength, maxValues);
    }

    /** These limits with {@link #maxDepth()} set to {@code value}. */
    public Limits withMaxDepth(int value) {
      return new Limits(maxFileBytes, value, maxStringLength, maxValues);
    }

    /** These limits with {@link #maxStringLength()} set to {@code value}. */
    public Limits withMaxStringLength(int value) {
      return new Limits(maxFileBytes, maxDepth, value, maxValues);
    }

    /** These limits with {@link #maxValues()} set to {@code value}. */
    public Limits withMaxValues(int value) {
      return new Limits(maxFileBytes, maxDepth, maxStringLength, value);
    }

    /** The longest YAML line: SnakeYAML's scanner costs the square of a token's length. */
    int maxLineLength() {
      return (int) Math.min(Integer.MAX_VALUE - 8, (long) maxStringLength + 1024);
    }
  }

  private final Map<String, Election> elections;
  private final String electionChoice;
  private final Limits limits;
  private final YAMLFactory yaml;
  private final JsonFactory json;

  /** A reader that resolves built-in election ids against {@code elections}, with default limits. */
  public ScenarioReader(Map<String, Election> elections) {
    this(elections, Limits.DEFAULT);
  }

  /**
   * A reader with limits on size and depth, and the default limits otherwise.
   *
   * @param elections the built-in elections by id
   * @param maxBytes the largest file accepted
   * @param maxDepth the deepest nesting accepted
   */
  public ScenarioReader(Map<String, Election> elections, long maxBytes, int maxDepth) {
    this(elections, Limits.DEFAULT.withMaxFileBytes(maxBytes).withMaxDepth(maxDepth));
  }

  /**
   * A reader with limits.
   *
   * @param elections the built-in elections by id
   * @param limits the limits on size, depth, strings and values
   */
  public ScenarioReader(Map<String, Election> elections, Limits limits) {
    this.elections = Map.copyOf(elections);
    this.electionChoice = Binder.electionChoice(this.elections);
    this.limits = limits;
    int maxChars = (int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes());
    // the parsers' own limits are backstops; TreeReader refuses first, with the path of the value
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxNestingDepth(limits.maxDepth() + 2)
        .maxStringLength(maxChars)
        .maxNumberLength(maxChars)
        .build();
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true);
    options.setMaxAliasesForCollections(10);
    options.setNestingDepthLimit(limits.maxDepth() + 2);
    options.setCodePointLimit(maxChars);
    this.yaml = YAMLFactory.builder().loaderOptions(options).streamReadConstraints(constraints).build();
    this.json = JsonFactory.builder().streamReadConstraints(constraints).build();
  }

  /** The limits this reader applies. */
  public Limits limits() {
    return limits;
  }

  /** Reads the scenario file at {@code path}; problems name it as {@code path} is written. */
  public ScenarioFile read(Path path) {
    String name = path.toString();
    try {
      long size = Files.size(path);
      if (size > limits.maxFileBytes()) {
        return refused(name, tooLarge("the file", size));
      }
      try (InputStream in = Files.newInputStream(path)) {
        // read no more than the limit, should the file grow while it is read
        return read(name, in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1)));
      }
    } catch (IOException e) {
      return refused(name, e instanceof java.nio.file.NoSuchFileException ? "no such file"
          : "cannot read the file: " + e.getMessage());
    }
  }

  /**
   * Reads a scenario file's text, e.g. a YAML document an embedding system received; problems name
   * it {@code name}. Never throws.
   *
   * @param name how to name the file in problems, e.g. {@code complaint-17.yaml}
   * @param content the file's text
   */
  public ScenarioFile read(String name, String content) {
    // a text longer than the limit in characters is longer in UTF-8 bytes: refused before encoding
    if (content.length() > limits.maxFileBytes()) {
      return refused(name, "the file has " + content.length() + " characters, more than the limit of "
          + limits.maxFileBytes() + " bytes");
    }
    return read(name, content.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads a scenario file's text from {@code reader}, to its end or one character past the limit;
   * problems name it {@code name}. The reader is not closed. Never throws.
   *
   * @param name how to name the file in problems
   * @param reader the file's text
   */
  public ScenarioFile read(String name, Reader reader) {
    int max = (int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes());
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    try {
      for (int n; (n = reader.read(buffer, 0, Math.min(buffer.length, max + 1 - text.length()))) > 0; ) {
        text.append(buffer, 0, n);
        if (text.length() > max) {
          return refused(name, "the file has more than " + limits.maxFileBytes() + " characters, more than the limit of "
              + limits.maxFileBytes() + " bytes");
        }
      }
    } catch (IOException e) {
      return refused(name, "cannot read the file: " + e.getMessage());
    }
    return read(name, text.toString());
  }

  /**
   * Reads a scenario file's bytes (UTF-8) from {@code in}, to its end or one byte past the limit;
   * problems name it {@code name}. The stream is not closed. Never throws.
   *
   * @param name how to name the file in problems
   * @param in the file's bytes
   */
  public ScenarioFile read(String name, InputStream in) {
    try {
      return read(name, in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1)));
    } catch (IOException e) {
      return refused(name, "cannot read the file: " + e.getMessage());
    }
  }

  /** Reads a scenario file's content; problems name it {@code name}. Never throws. */
  public ScenarioFile read(String name, byte[] content) {
    if (content.length > limits.maxFileBytes()) {
      return refused(name, tooLarge("the file", content.length));
    }
    List<Problem> problems = new ArrayList<>();
    CharBuffer text = Utf8.decode(name, 0, content, problems);
    if (text == null) {
      return new ScenarioFile(name, List.of(), problems);
    }
    if (isBlank(text)) {
      return refused(name, "the file is empty; expected 'version: 1' and a list of 'scenarios'");
    }
    List<Scenario> scenarios = List.of();
    String format = "YAML";
    try (JsonParser parser = parser(text)) {
      format = parser instanceof YAMLParser ? "YAML" : "JSON";
      TreeReader tree = new TreeReader(parser, name, problems, limits);
      Node root = tree.readValue();
      if (root == null || root instanceof Node.Scalar s && (s.text() == null || s.text().isEmpty())) {
        return refused(name, "the file is empty; expected 'version: 1' and a list of 'scenarios'");
      }
      if (tree.next() != null) {
        JsonLocation loc = parser.currentTokenLocation();
        problems.add(new Problem(name, loc.getLineNr(), loc.getColumnNr(), "",
            "more than one YAML document; put every scenario under one 'scenarios' list"));
      }
      if (problems.isEmpty()) {
        scenarios = new Binder(name, elections, electionChoice, problems).file(root);
      }
    } catch (TreeReader.Refusal r) {
      problems.add(r.problem);
    } catch (JsonProcessingException e) {
      problems.add(syntax(name, format, e));
    } catch (IOException | RuntimeException | StackOverflowError e) {
      problems.add(new Problem(name, 0, 0, "", "cannot parse: " + firstLine(String.valueOf(e.getMessage()))));
    }
    return new ScenarioFile(name, scenarios, capped(name, inFileOrder(problems)));
  }

  /**
   * Checks that {@code content} is one YAML or JSON document within this reader's limits (size, line
   * length, depth, string length, values; no aliases, no duplicate keys, UTF-8), without binding it
   * to scenarios: a rule folder's YAML files are read under the same limits as scenario files before
   * they are bound. Never throws.
   *
   * @param name how to name the file in a problem
   * @param content the file's bytes
   * @return the problems, one line each; empty when the file is within the limits
   */
  public List<Problem> checkLimits(String name, byte[] content) {
    if (content.length > limits.maxFileBytes()) {
      return List.of(new Problem(name, 0, 0, "", tooLarge("the file", content.length)));
    }
    List<Problem> problems = new ArrayList<>();
    CharBuffer text = Utf8.decode(name, 0, content, problems);
    if (text == null) {
      return problems;
    }
    String format = "YAML";
    try (JsonParser parser = parser(text)) {
      format = parser instanceof YAMLParser ? "YAML" : "JSON";
      TreeReader tree = new TreeReader(parser, name, problems, limits);
      tree.readValue();
      if (problems.isEmpty() && tree.next() != null) {
        JsonLocation loc = parser.currentTokenLocation();
        problems.add(new Problem(name, loc.getLineNr(), loc.getColumnNr(), "", "more than one YAML document"));
      }
    } catch (TreeReader.Refusal r) {
      problems.add(r.problem);
    } catch (JsonProcessingException e) {
      problems.add(syntax(name, format, e));
    } catch (IOException | RuntimeException | StackOverflowError e) {
      problems.add(new Problem(name, 0, 0, "", "cannot parse: " + firstLine(String.valueOf(e.getMessage()))));
    }
    return capped(name, inFileOrder(problems));
  }

  /**
   * A parser for {@code text}: YAML, read through a reader that refuses a line longer than the
   * limit (SnakeYAML's cost grows with the square of a token's length); but a JSON document with
   * longer lines (minified JSON, one line) is read with the JSON parser, which has no such cost.
   */
  private JsonParser parser(CharBuffer text) throws IOException {
    char[] chars = text.array();
    int length = text.limit();
    int max = limits.maxLineLength();
    int longest = 0;
    int run = 0;
    for (int i = 0; i < length; i++) {
      char c = chars[i];
      if (c == '\n' || c == '\r') {
        run = 0;
      } else if (++run > longest) {
        longest = run;
      }
    }
    if (longest > max && looksLikeJson(chars, length)) {
      return json.createParser(chars, 0, length);
    }
    return yaml.createParser(new LineLimitReader(chars, length, max, limits.maxStringLength()));
  }

  private static boolean looksLikeJson(char[] chars, int length) {
    for (int i = 0; i < length; i++) {
      char c = chars[i];
      if (!Character.isWhitespace(c) && c != '\uFEFF') {
        return c == '{' || c == '[';
      }
    }
    return false;
  }

  private static boolean isBlank(CharBuffer text) {
    char[] chars = text.array();
    for (int i = 0; i < text.limit(); i++) {
      if (!Character.isWhitespace(chars[i]) && chars[i] != '\uFEFF') {
        return false;
      }
    }
    return true;
  }

  private String tooLarge(String what, long size) {
    return what + " has " + size + " bytes, more than the limit of " + limits.maxFileBytes();
  }

  /**
   * Reads one scenario written as a single JSON object (one line of an NDJSON stream).
   *
   * @param name the stream's name, for problems
   * @param lineNumber the line's number in the stream, from 1
   * @param line the JSON text
   */
  public ScenarioFile readJsonLine(String name, int lineNumber, String line) {
    if (line.length() > limits.maxFileBytes()) {
      return new ScenarioFile(name, List.of(), List.of(new Problem(name, lineNumber, 1, "",
          "the line has " + line.length() + " characters, more than the limit of " + limits.maxFileBytes())));
    }
    List<Problem> problems = new ArrayList<>();
    List<Scenario> scenarios = new ArrayList<>();
    try (JsonParser parser = json.createParser(line)) {
      TreeReader tree = new TreeReader(parser, name, problems, limits);
      Node root = tree.readValue();
      if (root == null) {
        problems.add(new Problem(name, lineNumber, 1, "", "empty line; expected one scenario as a JSON object"));
      } else if (tree.next() != null) {
        problems.add(new Problem(name, lineNumber, 1, "", "more than one JSON value on the line"));
      } else if (problems.isEmpty()) {
        Scenario s = new Binder(name, elections, electionChoice, problems).scenario(root, "");
        if (s != null && problems.isEmpty()) {
          scenarios.add(s);
        }
      }
    } catch (TreeReader.Refusal r) {
      problems.add(r.problem);
    } catch (JsonProcessingException e) {
      problems.add(syntax(name, "JSON", e));
    } catch (IOException | RuntimeException | StackOverflowError e) {
      problems.add(new Problem(name, lineNumber, 1, "", "cannot parse: " + firstLine(String.valueOf(e.getMessage()))));
    }
    if (problems.isEmpty()) {
      return new ScenarioFile(name, scenarios, List.of());
    }
    List<Problem> placed = problems.stream()
        .map(p -> new Problem(p.file(), lineNumber, p.column(), p.path(), p.message()))
        .toList();
    return new ScenarioFile(name, scenarios, capped(name, inFileOrder(placed)));
  }

  /**
   * Reads one line of an NDJSON stream as bytes, refusing a line that is too long or not UTF-8.
   *
   * @param name the stream's name, for problems
   * @param lineNumber the line's number in the stream, from 1
   * @param line the line's bytes, without the line break
   */
  public ScenarioFile readJsonLine(String name, int lineNumber, byte[] line) {
    if (line.length > limits.maxFileBytes()) {
      return new ScenarioFile(name, List.of(), List.of(new Problem(name, lineNumber, 1, "",
          tooLarge("the line", line.length))));
    }
    List<Problem> problems = new ArrayList<>();
    CharBuffer text = Utf8.decode(name, lineNumber, line, problems);
    if (text == null) {
      return new ScenarioFile(name, List.of(), problems);
    }
    return readJsonLine(name, lineNumber, text.toString());
  }

  /** At most {@link #MAX_PROBLEMS} problems, then one that counts the rest. */
  private static List<Problem> capped(String name, List<Problem> problems) {
    if (problems.size() <= MAX_PROBLEMS) {
      return problems;
    }
    List<Problem> out = new ArrayList<>(problems.subList(0, MAX_PROBLEMS));
    out.add(new Problem(name, 0, 0, "", (problems.size() - MAX_PROBLEMS) + " more problems not shown"));
    return out;
  }

  /**
   * The binder checks keys in a fixed order, not in the order they are written; problems are
   * reported in file order (a stable sort keeps problems at one place in the order found).
   */
  private static List<Problem> inFileOrder(List<Problem> problems) {
    List<Problem> sorted = new ArrayList<>(problems);
    sorted.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
    return sorted;
  }

  /**
   * A syntax error in one line. SnakeYAML's message spans several lines ("while parsing a flow
   * mapping / in 'reader', line 8 / expected ',' or '}' ..."); its problem, the place of the
   * problem and the context are taken apart instead.
   */
  private static Problem syntax(String name, String format, JsonProcessingException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof MarkedYAMLException m && m.getProblemMark() != null) {
        Mark at = m.getProblemMark();
        Mark context = m.getContextMark();
        String where = m.getContext() == null ? ""
            : " (" + oneLine(m.getContext()) + (context == null ? "" : " that starts at line " + (context.getLine() + 1)
                + ", column " + (context.getColumn() + 1)) + ")";
        return new Problem(name, at.getLine() + 1, at.getColumn() + 1, "",
            "not valid " + format + ": " + oneLine(m.getProblem()) + where);
      }
    }
    JsonLocation loc = e.getLocation();
    int line = loc == null ? 0 : Math.max(0, loc.getLineNr());
    int col = loc == null ? 0 : Math.max(0, loc.getColumnNr());
    return new Problem(name, line, col, "", "not valid " + format + ": " + firstLine(e.getOriginalMessage()));
  }

  private static String oneLine(String message) {
    return message == null ? "unknown error" : message.strip().replaceAll("\\s+", " ");
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    return message.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(message);
  }

  private static ScenarioFile refused(String name, String message) {
    return new ScenarioFile(name, List.of(), List.of(new Problem(name, 0, 0, "", message)));
  }
}
