package id.netral.core.scenario;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Decodes a scenario file or NDJSON line as strict UTF-8, refusing with one problem at the first
 * place it is not: a UTF-16 or UTF-32 byte order mark, a NUL byte (UTF-16 without a byte order
 * mark, or a binary file), or bytes that are not UTF-8 (Latin-1, Windows-1252, random bytes).
 */
final class Utf8 {
  private static final String SAVE = "scenario files are UTF-8 text; save it as UTF-8";

  private Utf8() {}

  /**
   * The text of {@code bytes} (a UTF-8 byte order mark dropped), or null after adding the problem.
   *
   * @param lineNumber for one NDJSON line, its number in the stream; 0 for a whole file
   */
  static CharBuffer decode(String file, int lineNumber, byte[] bytes, List<Problem> problems) {
    int start = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      start = 3;
    } else if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
        || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
      problems.add(at(file, lineNumber, bytes, 0, "the file starts with a UTF-16 byte order mark; " + SAVE));
      return null;
    }
    for (int i = start; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        problems.add(at(file, lineNumber, bytes, i,
            "a NUL byte: this is not UTF-8 text (UTF-16 without a byte order mark, or a binary file?); " + SAVE));
        return null;
      }
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length - start);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      problems.add(at(file, lineNumber, bytes, offset, String.format("byte 0x%02X is not UTF-8 (is the file Latin-1 or"
          + " Windows-1252?); %s", bytes[offset] & 0xFF, SAVE)));
      return null;
    }
    out.flip();
    return out;
  }

  /** A problem at byte {@code offset}: its line, and its column in characters. */
  private static Problem at(String file, int lineNumber, byte[] bytes, int offset, String message) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset; i++) {
      byte b = bytes[i];
      if (b == '\n') {
        line++;
        column = 1;
      } else if ((b & 0xC0) != 0x80) {
        column++;
      }
    }
    return new Problem(file, lineNumber > 0 ? lineNumber : line, column, "", message);
  }
}
