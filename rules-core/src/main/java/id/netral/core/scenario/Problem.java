package id.netral.core.scenario;

/**
 * One thing wrong with an input file, where it is and what was expected.
 *
 * <p>{@link #toString()} gives the one-line form (control characters escaped) {@code file:line:column: path: message}, e.g.
 * {@code scenarios/x.yaml:12:7: scenarios[0].acts[0].type: unknown act type 'VOTE'; expected one of
 * ...}.
 *
 * @param file the file as named on the command line
 * @param line the line, from 1; 0 when unknown
 * @param column the column, from 1; 0 when unknown
 * @param path the path of the offending key, e.g. {@code scenarios[0].acts[0].type}; may be empty
 * @param message what is wrong and what was expected
 */
public record Problem(String file, int line, int column, String path, String message) {

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    oneLine(b, file);
    if (line > 0) {
      b.append(':').append(line).append(':').append(column);
    }
    b.append(": ");
    if (path != null && !path.isEmpty()) {
      oneLine(b, path).append(": ");
    }
    return oneLine(b, message).toString();
  }

  /**
   * Appends {@code text} with line breaks and other control characters written as escapes: a key
   * or value quoted in a message may hold them, and a problem is one line.
   */
  private static StringBuilder oneLine(StringBuilder b, String text) {
    if (text == null) {
      return b;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        b.append("\\n");
      } else if (c == '\r') {
        b.append("\\r");
      } else if (c == '\t') {
        b.append("\\t");
      } else if (c < 0x20 || c == 0x7F || c == 0x85 || c == '\u2028' || c == '\u2029') {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b;
  }
}
