package id.netral.cli;

/**
 * Makes strings from scenario files (ids, titles, names, file names) safe to print: they could hold
 * terminal control sequences, Markdown or HTML, or characters XML 1.0 cannot carry.
 */
final class Escape {
  private Escape() {}

  /** Whether {@code c} is a C0 or C1 control character, or DEL. */
  static boolean control(char c) {
    return c < 0x20 || c >= 0x7f && c <= 0x9f;
  }

  /**
   * {@code s} with every C0 and C1 control character (and DEL, and line breaks) written visibly as
   * {@code \x1B}: an escape sequence from a title cannot clear a terminal, and a line break in a name
   * cannot break the layout. Null stays null.
   */
  static String text(String s) {
    if (s == null) {
      return null;
    }
    int i = 0;
    while (i < s.length() && !control(s.charAt(i))) {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length() + 16).append(s, 0, i);
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (control(c)) {
        b.append("\\x").append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** Characters Markdown (CommonMark, GitHub) gives a meaning to inline, or that start HTML. */
  private static final String MARKDOWN = "\\`*_[]<>#|&!~";

  /**
   * {@code s} as Markdown inline text: control characters and line breaks as in {@link #text}, and
   * each character Markdown or HTML gives a meaning to escaped with a backslash, so {@code <script>}
   * is shown, not run, and a line break cannot start a heading.
   */
  static String markdown(String s) {
    if (s == null) {
      return null;
    }
    String t = text(s);
    StringBuilder b = new StringBuilder(t.length() + 8);
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (MARKDOWN.indexOf(c) >= 0) {
        b.append('\\');
      }
      b.append(c);
    }
    return b.toString();
  }

  /** {@code s} as a Markdown code span: fenced with more backticks than it holds in a row. */
  static String code(String s) {
    String t = text(s);
    int longest = 0;
    int run = 0;
    for (int i = 0; i < t.length(); i++) {
      run = t.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    if (longest == 0) {
      return "`" + t + "`";
    }
    String fence = "`".repeat(longest + 1);
    return fence + " " + t + " " + fence;
  }

  /**
   * {@code s} as XML 1.0 text or attribute value: markup characters as entities, tab and line breaks
   * as character references (kept in attributes), and the characters XML 1.0 forbids (other C0
   * controls, U+FFFE, U+FFFF, lone surrogates) written visibly as {@code \x1B}.
   */
  static String xml(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\t' -> b.append("&#9;");
        case '\n' -> b.append("&#10;");
        case '\r' -> b.append("&#13;");
        default -> {
          boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
          if (pair) {
            b.append(c).append(s.charAt(++i));
          } else if (c < 0x20 || c == 0xfffe || c == 0xffff || Character.isSurrogate(c)) {
            b.append(String.format(java.util.Locale.ROOT, "\\x%02X", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }
}
