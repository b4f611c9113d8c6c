package id.netral.cli;

/**
 * Standard output (or a report file) could not be written: a full disk, a closed pipe. The run
 * stops: what follows would be lost too. Exit code {@link Netral#INTERNAL} (the run did not finish).
 */
final class OutputFailed extends RuntimeException {
  private static final long serialVersionUID = 1L;

  OutputFailed(String what, Throwable cause) {
    super(what, cause, false, false);
  }

  /** Throws when {@code out} (or the stream under it) has failed; flushes it. */
  static void check(java.io.PrintWriter out) {
    if (out.checkError()) {
      throw new OutputFailed("the standard output", null);
    }
  }

  /** The one line that says so. */
  String line() {
    Throwable c = getCause();
    return "netral: cannot write " + getMessage() + (c == null || c.getMessage() == null ? "" : ": " + c.getMessage())
        + "; the run stopped and the output is incomplete";
  }
}
