package id.netral.core.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import id.netral.core.scenario.Node.Entry;
import id.netral.core.scenario.Node.ListNode;
import id.netral.core.scenario.Node.MapNode;
import id.netral.core.scenario.Node.Scalar;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a {@link Node} tree from a Jackson parser, keeping the location of every key and value.
 * Refuses duplicate keys, YAML aliases, nesting deeper than the limit, strings longer than the limit
 * and more values than the limit, as problems.
 */
final class TreeReader {
  /** The longest number read, as Jackson's default. */
  static final int MAX_NUMBER_LENGTH = 1000;

  private final JsonParser parser;
  private final String file;
  private final List<Problem> problems;
  private final int maxDepth;
  private final int maxString;
  private final int maxValues;
  private int values;
  /** The keys (String) and indexes (Integer) from the root to the value being read. */
  private Object[] segments = new Object[16];
  private int depthOfPath;
  /**
   * Whether the token's line and column can be read without allocating a location: Jackson's JSON
   * parsers; not its YAML parser, which takes them from SnakeYAML's marks.
   */
  private final boolean fastLocation;
  private final ParserBase base;

  TreeReader(JsonParser parser, String file, List<Problem> problems, ScenarioReader.Limits limits) {
    this.parser = parser;
    this.fastLocation = parser instanceof ParserBase && !(parser instanceof YAMLParser);
    this.base = fastLocation ? (ParserBase) parser : null;
    this.file = file;
    this.problems = problems;
    this.maxDepth = limits.maxDepth();
    this.maxString = limits.maxStringLength();
    this.maxValues = limits.maxValues();
  }

  /** Reads the next value; the parser must be positioned before it. Returns null at the end. */
  Node readValue() throws IOException {
    JsonToken token = next();
    if (token == null) {
      return null;
    }
    return value(token, 0);
  }

  /**
   * The next token; a line too long for the YAML reader is refused with the path of the value being
   * read.
   */
  JsonToken next() throws IOException {
    try {
      return parser.nextToken();
    } catch (IOException | RuntimeException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof LineLimitReader.LineTooLong l) {
          throw new Refusal(new Problem(file, l.line, 1, path(), l.getMessage()));
        }
      }
      throw e;
    }
  }

  /**
   * The path of the value being read, e.g. {@code scenarios[0].acts[1].type}. Kept as a stack of
   * keys and indexes, and written out only for a problem: most files have none.
   */
  private String path() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < depthOfPath; i++) {
      Object seg = segments[i];
      if (seg instanceof String key) {
        if (b.length() > 0) {
          b.append('.');
        }
        b.append(key);
      } else {
        b.append('[').append((int) seg).append(']');
      }
    }
    return b.toString();
  }

  private void push(Object segment) {
    if (depthOfPath == segments.length) {
      segments = java.util.Arrays.copyOf(segments, segments.length * 2);
    }
    segments[depthOfPath++] = segment;
  }

  private void pop() {
    segments[--depthOfPath] = null;
  }

  private Node value(JsonToken token, int depth) throws IOException {
    int line;
    int col;
    if (fastLocation) {
      // the column currentTokenLocation() gives is one less than getTokenColumnNr() (Jackson 2.18);
      // ScenarioReaderTest and EvalBatchTest check the columns of JSON lines
      line = base.getTokenLineNr();
      col = base.getTokenColumnNr() - 1;
    } else {
      JsonLocation loc = parser.currentTokenLocation();
      line = loc.getLineNr();
      col = loc.getColumnNr();
    }
    if (++values > maxValues) {
      throw new Refusal(new Problem(file, line, col, path(), "more than " + maxValues
          + " values (mappings, lists and scalars) in one file; split the file, or stream it as NDJSON"));
    }
    if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
      throw new Refusal(new Problem(file, line, col, path(),
          "YAML aliases (*" + parser.getText() + ") are not accepted in scenario files; write the value out"));
    }
    if (depth > maxDepth) {
      throw new Refusal(new Problem(file, line, col, path(),
          "nested deeper than " + maxDepth + " levels; scenario files are at most a few levels deep"));
    }
    switch (token) {
      case START_OBJECT: {
        MapNode map = new MapNode(line, col);
        JsonToken t;
        while ((t = next()) == JsonToken.FIELD_NAME) {
          JsonLocation kl = parser.currentTokenLocation();
          String key = parser.currentName();
          if (key.length() > maxString) {
            throw new Refusal(new Problem(file, kl.getLineNr(), kl.getColumnNr(), path(), "a key of " + key.length()
                + " characters, more than the limit of " + maxString));
          }
          push(key);
          loneSurrogate(key, kl.getLineNr(), kl.getColumnNr());
          Node child = value(next(), depth + 1);
          if (map.entries().containsKey(key)) {
            Entry first = map.entries().get(key);
            problems.add(new Problem(file, kl.getLineNr(), kl.getColumnNr(), path(),
                "duplicate key '" + key + "' (first given at line " + first.line() + ")"));
          } else {
            map.entries().put(key, new Entry(key, kl.getLineNr(), kl.getColumnNr(), child));
          }
          pop();
        }
        if (t != JsonToken.END_OBJECT) {
          throw new Refusal(new Problem(file, line, col, path(), "unexpected " + t));
        }
        return map;
      }
      case START_ARRAY: {
        List<Node> items = new ArrayList<>();
        JsonToken t;
        while ((t = next()) != JsonToken.END_ARRAY) {
          if (t == null) {
            throw new Refusal(new Problem(file, line, col, path(), "the list is not closed"));
          }
          push(items.size());
          items.add(value(t, depth + 1));
          pop();
        }
        return new ListNode(line, col, items);
      }
      case VALUE_STRING:
        return new Scalar(line, col, string(line, col), Scalar.Kind.STRING);
      case VALUE_NUMBER_INT:
        return new Scalar(line, col, number(line, col), Scalar.Kind.INTEGER, parser.getBigIntegerValue());
      case VALUE_NUMBER_FLOAT:
        return new Scalar(line, col, number(line, col), Scalar.Kind.DECIMAL);
      case VALUE_TRUE:
      case VALUE_FALSE:
        return new Scalar(line, col, parser.getText(), Scalar.Kind.BOOLEAN);
      case VALUE_NULL:
        return new Scalar(line, col, null, Scalar.Kind.NULL);
      default:
        throw new Refusal(new Problem(file, line, col, path(), "unexpected " + token));
    }
  }

  private String string(int line, int col) throws IOException {
    String text = parser.getText();
    if (text.length() > maxString) {
      throw new Refusal(new Problem(file, line, col, path(), "a string of " + text.length()
          + " characters, more than the limit of " + maxString));
    }
    loneSurrogate(text, line, col);
    return text;
  }

  /**
   * Refuses a string with a lone surrogate (written as an escape, {@code "\\udc00"}, in JSON or YAML): it is
   * not Unicode text, and could not be written out again as UTF-8.
   */
  private void loneSurrogate(String text, int line, int col) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        problems.add(new Problem(file, line, col, path(), String.format(java.util.Locale.ROOT,
            "a lone surrogate (\\u%04x) at character %d of the string: not Unicode text; write the character"
                + " itself, or a complete surrogate pair", (int) c, i + 1)));
        return;
      }
    }
  }

  /** A number's text; refused beyond {@link #MAX_NUMBER_LENGTH} characters, which cost time to convert. */
  private String number(int line, int col) throws IOException {
    String text = parser.getText();
    if (text.length() > MAX_NUMBER_LENGTH) {
      throw new Refusal(new Problem(file, line, col, path(), "a number of " + text.length()
          + " characters, more than the limit of " + MAX_NUMBER_LENGTH));
    }
    return text;
  }

  /** A problem after which the rest of the file cannot be read. */
  static final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Problem problem;

    Refusal(Problem problem) {
      super(problem.toString(), null, false, false);
      this.problem = problem;
    }
  }
}
