package id.netral.core.scenario;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A YAML or JSON value with the line and column where it starts. */
sealed interface Node {
  int line();

  int column();

  /** What kind of value this is, for messages: "a mapping", "a list", "a string", ... */
  String describe();

  /** A mapping; keys in file order. */
  record MapNode(int line, int column, Map<String, Entry> entries) implements Node {
    MapNode(int line, int column) {
      this(line, column, new LinkedHashMap<>());
    }

    @Override
    public String describe() {
      return "a mapping";
    }
  }

  /** A key with its location and value. */
  record Entry(String key, int line, int column, Node value) {}

  /** A list. */
  record ListNode(int line, int column, List<Node> items) implements Node {
    @Override
    public String describe() {
      return "a list";
    }
  }

  /**
   * A scalar: its text as written, what kind it is and, for an integer, its value (YAML allows
   * {@code 12_000_000} or {@code 0x10}, which the text keeps as written).
   */
  record Scalar(int line, int column, String text, Kind kind, BigInteger number) implements Node {
    Scalar(int line, int column, String text, Kind kind) {
      this(line, column, text, kind, null);
    }

    enum Kind {
      STRING, INTEGER, DECIMAL, BOOLEAN, NULL
    }

    @Override
    public String describe() {
      return switch (kind) {
        case STRING -> "a string";
        case INTEGER -> "an integer";
        case DECIMAL -> "a number";
        case BOOLEAN -> "a boolean";
        case NULL -> "null";
      };
    }
  }
}
