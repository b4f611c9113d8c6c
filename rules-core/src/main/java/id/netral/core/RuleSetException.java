package id.netral.core;

/**
 * A rule set (the DRL rules and the provision catalog) could not be loaded or is inconsistent. The
 * message names the file, and the line and column where known, in one line.
 */
public class RuleSetException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A problem described by {@code message}. */
  public RuleSetException(String message) {
    super(message);
  }

  /** A problem described by {@code message}, caused by {@code cause}. */
  public RuleSetException(String message, Throwable cause) {
    super(message, cause);
  }
}
