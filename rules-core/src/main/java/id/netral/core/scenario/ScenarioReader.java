package id.netral.core.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import id.netral.core.model.Election;
import id.netral.core.model.Scenario;
import java.io.IOException;
import java.io.InputStream;
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
 * ScenarioReader reader = new ScenarioReader(engine.catalog().elections());
 * ScenarioFile f = reader.read(Path.of("examples/scenarios/asn-media-sosial.yaml"));
 * if (f.refused()) {
 *   f.problems().forEach(System.err::println);
 * } else {
 *   f.scenarios().forEach(s -> engine.assess(s));
 * }
 * }</pre>
 */
public final class ScenarioReader {
  /** The largest file read, in bytes, unless configured otherwise. */
  public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;
  /** The deepest nesting accepted, unless configured otherwise. */
  public static final int DEFAULT_MAX_DEPTH = 32;

  private final Map<String, Election> elections;
  private final long maxBytes;
  private final int maxDepth;
  private final YAMLFactory yaml;
  private final JsonFactory json;

  /** A reader that resolves built-in election ids against {@code elections}, with default limits. */
  public ScenarioReader(Map<String, Election> elections) {
    this(elections, DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH);
  }

  /**
   * A reader with limits.
   *
   * @param elections the built-in elections by id
   * @param maxBytes the largest file accepted
   * @param maxDepth the deepest nesting accepted
   */
  public ScenarioReader(Map<String, Election> elections, long maxBytes, int maxDepth) {
    this.elections = Map.copyOf(elections);
    this.maxBytes = maxBytes;
    this.maxDepth = maxDepth;
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxNestingDepth(maxDepth + 2)
        .maxStringLength((int) Math.min(Integer.MAX_VALUE, maxBytes))
        .build();
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true);
    options.setMaxAliasesForCollections(10);
    options.setNestingDepthLimit(maxDepth + 2);
    options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, maxBytes));
    this.yaml = YAMLFactory.builder().loaderOptions(options).streamReadConstraints(constraints).build();
    this.json = JsonFactory.builder().streamReadConstraints(constraints).build();
  }

  /** Reads the scenario file at {@code path}; problems name it as {@code path} is written. */
  public ScenarioFile read(Path path) {
    String name = path.toString();
    try {
      long size = Files.size(path);
      if (size > maxBytes) {
        return refused(name, "the file has " + size + " bytes, more than the limit of " + maxBytes);
      }
      try (InputStream in = Files.newInputStream(path)) {
        return read(name, in.readAllBytes());
      }
    } catch (IOException e) {
      return refused(name, "cannot read the file: " + e.getMessage());
    }
  }

  /** Reads a scenario file's content; problems name it {@code name}. */
  public ScenarioFile read(String name, byte[] content) {
    if (content.length > maxBytes) {
      return refused(name, "the file has " + content.length + " bytes, more than the limit of " + maxBytes);
    }
    if (content.length == 0 || new String(content, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
      return refused(name, "the file is empty; expected 'version: 1' and a list of 'scenarios'");
    }
    List<Problem> problems = new ArrayList<>();
    List<Scenario> scenarios = List.of();
    try (JsonParser parser = yaml.createParser(content)) {
      TreeReader tree = new TreeReader(parser, name, problems, maxDepth);
      Node root = tree.readValue();
      if (root == null || root instanceof Node.Scalar s && (s.text() == null || s.text().isEmpty())) {
        return refused(name, "the file is empty; expected 'version: 1' and a list of 'scenarios'");
      }
      if (parser.nextToken() != null) {
        JsonLocation loc = parser.currentTokenLocation();
        problems.add(new Problem(name, loc.getLineNr(), loc.getColumnNr(), "",
            "more than one YAML document; put every scenario under one 'scenarios' list"));
      }
      if (problems.isEmpty()) {
        scenarios = new Binder(name, elections, problems).file(root);
      }
    } catch (TreeReader.Refusal r) {
      problems.add(r.problem);
    } catch (JsonProcessingException e) {
      problems.add(syntax(name, "YAML", e));
    } catch (IOException | RuntimeException e) {
      problems.add(new Problem(name, 0, 0, "", "cannot parse: " + firstLine(e.getMessage())));
    }
    return new ScenarioFile(name, scenarios, inFileOrder(problems));
  }

  /**
   * Reads one scenario written as a single JSON object (one line of an NDJSON stream).
   *
   * @param name the stream's name, for problems
   * @param lineNumber the line's number in the stream, from 1
   * @param line the JSON text
   */
  public ScenarioFile readJsonLine(String name, int lineNumber, String line) {
    List<Problem> problems = new ArrayList<>();
    List<Scenario> scenarios = new ArrayList<>();
    try (JsonParser parser = json.createParser(line)) {
      Node root = new TreeReader(parser, name, problems, maxDepth).readValue();
      if (root == null) {
        problems.add(new Problem(name, lineNumber, 1, "", "empty line; expected one scenario as a JSON object"));
      } else if (parser.nextToken() != null) {
        problems.add(new Problem(name, lineNumber, 1, "", "more than one JSON value on the line"));
      } else if (problems.isEmpty()) {
        Scenario s = new Binder(name, elections, problems).scenario(root, "");
        if (s != null && problems.isEmpty()) {
          scenarios.add(s);
        }
      }
    } catch (TreeReader.Refusal r) {
      problems.add(r.problem);
    } catch (JsonProcessingException e) {
      problems.add(syntax(name, "JSON", e));
    } catch (IOException | RuntimeException e) {
      problems.add(new Problem(name, lineNumber, 0, "", "cannot parse: " + firstLine(e.getMessage())));
    }
    List<Problem> placed = problems.stream()
        .map(p -> new Problem(p.file(), lineNumber, p.column(), p.path(), p.message()))
        .toList();
    return new ScenarioFile(name, scenarios, inFileOrder(placed));
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
