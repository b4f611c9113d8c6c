package id.netral.core.scenario;

/**
 * One thing wrong with an input file, where it is and what was expected.
 *
 * <p>{@link #toString()} gives the one-line form {@code file:line:column: path: message}, e.g.
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
    StringBuilder b = new StringBuilder(file);
    if (line > 0) {
      b.append(':').append(line).append(':').append(column);
    }
    b.append(": ");
    if (path != null && !path.isEmpty()) {
      b.append(path).append(": ");
    }
    return b.append(message).toString();
  }
}
