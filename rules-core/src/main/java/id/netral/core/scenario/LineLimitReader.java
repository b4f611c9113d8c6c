package id.netral.core.scenario;

import java.io.IOException;
import java.io.Reader;

/**
 * Hands text to SnakeYAML and stops at a line longer than the limit. SnakeYAML copies its window
 * for every 1,024 characters of a token it has not finished, so a token of n characters costs n²;
 * a bounded line bounds every token.
 */
final class LineLimitReader extends Reader {
  private final char[] chars;
  private final int length;
  private final int maxLine;
  private final int maxString;
  private int pos;
  private int line = 1;
  private int column;

  LineLimitReader(char[] chars, int length, int maxLine, int maxString) {
    this.chars = chars;
    this.length = length;
    this.maxLine = maxLine;
    this.maxString = maxString;
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    if (pos >= length) {
      return -1;
    }
    int n = Math.min(len, length - pos);
    for (int i = 0; i < n; i++) {
      char c = chars[pos + i];
      if (c == '\n') {
        line++;
        column = 0;
      } else if (c == '\r') {
        column = 0;
      } else if (++column > maxLine) {
        throw new LineTooLong(line, "a line of more than " + maxLine + " characters; a string may have at most "
            + maxString + " characters");
      }
    }
    System.arraycopy(chars, pos, buf, off, n);
    pos += n;
    return n;
  }

  @Override
  public void close() {
    // nothing to release
  }

  /** The line over the limit: its number and what is wrong. */
  static final class LineTooLong extends IOException {
    private static final long serialVersionUID = 1L;
    final int line;

    LineTooLong(int line, String message) {
      super(message);
      this.line = line;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this;
    }
  }
}
