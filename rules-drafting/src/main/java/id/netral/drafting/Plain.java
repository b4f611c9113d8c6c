package id.netral.drafting;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drools' messages in plain words, in English and Indonesian: what a drafter reads from {@code netral
 * lint} and from a rule folder that does not load. A parser error such as {@code [ERR 101] Line 24:31
 * no viable alternative at input '=='} becomes "syntax error: unexpected `==`"; a compiler error
 * such as {@code Unable to Analyse Expression ... unable to resolve method using strict-mode:
 * ...ActFact.actTyp()} becomes "unknown field `actTyp` of ActFact (did you mean `actType`?); the
 * fields are: ...".
 */
final class Plain {
  private Plain() {}

  private static final Pattern ERR = Pattern.compile("^\\[ERR \\d+\\] Line \\d+:\\d+ (.*)$", Pattern.DOTALL);
  private static final Pattern IN_RULE = Pattern.compile("^(.*?) in rule \"?([^\"]*)\"?\\s*$", Pattern.DOTALL);
  private static final Pattern NO_VIABLE = Pattern.compile("no viable alternative at input '(.*)'");
  private static final Pattern MISMATCHED = Pattern.compile("mismatched input '(.*)' expecting (.*)");
  private static final Pattern EXTRANEOUS = Pattern.compile("extraneous input '(.*)' expecting (.*)");
  private static final Pattern MISSING = Pattern.compile("missing (.*) at '(.*)'");
  private static final Pattern STRICT = Pattern.compile(
      "unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");
  private static final Pattern UNKNOWN_TYPE = Pattern.compile("Unable to resolve ObjectType '([^']+)'");

  /**
   * A parser message ({@code [ERR 101] Line 24:31 no viable alternative at input '==' in rule
   * "r"}) as a sentence: {@code syntax error: unexpected `==` (in rule "r")}.
   */
  static String syntax(String drools) {
    String m = drools == null ? "" : drools.strip();
    Matcher err = ERR.matcher(m);
    if (err.matches()) {
      m = err.group(1).strip();
    }
    String rule = null;
    Matcher in = IN_RULE.matcher(m);
    if (in.matches()) {
      m = in.group(1).strip();
      rule = in.group(2).strip();
    }
    String what;
    Matcher x;
    if ((x = NO_VIABLE.matcher(m)).matches()) {
      what = "unexpected " + token(x.group(1));
    } else if ((x = MISMATCHED.matcher(m)).matches() || (x = EXTRANEOUS.matcher(m)).matches()) {
      what = token(x.group(1)) + " where " + expected(x.group(2)) + " was expected";
    } else if ((x = MISSING.matcher(m)).matches()) {
      what = expected(x.group(1)) + " missing before " + token(x.group(2));
    } else {
      what = DrlGuard.shown(m);
    }
    return "syntax error: " + what + (rule == null || rule.isEmpty() ? "" : " (in rule \"" + DrlGuard.shown(rule) + "\")");
  }

  private static String token(String t) {
    return t.equals("<EOF>") ? "end of file" : "`" + DrlGuard.shown(t) + "`";
  }

  private static String expected(String e) {
    String s = e.strip();
    if (s.startsWith("'") && s.endsWith("'") && s.length() > 2) {
      return "`" + DrlGuard.shown(s.substring(1, s.length() - 1)) + "`";
    }
    return DrlGuard.shown(s);
  }

  /**
   * A compiler message in plain words, or null when it has none here (then Drools' own words are
   * shown). {@code owner}'s simple name is used for a model class.
   */
  static String compile(String drools) {
    String m = drools.lines().map(String::strip).filter(l -> !l.isEmpty()).reduce((a, b) -> a + " " + b).orElse("");
    Matcher x = STRICT.matcher(m);
    if (x.find()) {
      Class<?> owner = modelClass(x.group(1));
      return owner == null ? "unknown field or method `" + x.group(2) + "` of " + simple(x.group(1))
          : unknownField(owner, x.group(2));
    }
    if ((x = UNKNOWN_TYPE.matcher(m)).find()) {
      return "unknown type `" + DrlGuard.shown(x.group(1)) + "`: a condition matches ActFact or Characterisation,"
          + " imported from id.netral.core.rules";
    }
    if (m.startsWith("[ERR ") || m.contains("no viable alternative") || m.contains("mismatched input")) {
      return syntax(m);
    }
    return null;
  }

  /** The name {@code field} looked up in a compiler message, when it names an unknown field. */
  static String unknownName(String drools) {
    Matcher x = STRICT.matcher(drools);
    return x.find() ? x.group(2) : null;
  }

  private static String simple(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }

  private static Class<?> modelClass(String name) {
    if (name.equals(id.netral.core.rules.ActFact.class.getName())) {
      return id.netral.core.rules.ActFact.class;
    }
    if (name.equals(id.netral.core.rules.Characterisation.class.getName())) {
      return id.netral.core.rules.Characterisation.class;
    }
    return name.startsWith("id.netral.core.model.") ? DrlGuard.Model.modelClass(simple(name)) : null;
  }

  /**
   * "unknown field `name` of Owner (did you mean `x`?); the fields are: a, b, c": a misspelt
   * property, with the nearest one and every property of {@code owner} a condition may read.
   */
  static String unknownField(Class<?> owner, String name) {
    TreeSet<String> fields = fields(owner);
    String near = nearest(name, fields);
    return "unknown field `" + DrlGuard.shown(name) + "` of " + owner.getSimpleName()
        + (near == null ? "" : " (did you mean `" + near + "`?)") + "; the fields are: " + String.join(", ", fields);
  }

  /** The properties of a model class a condition may read: {@code getX()}, {@code isX()} and {@code x()}, without arguments. */
  static TreeSet<String> fields(Class<?> owner) {
    TreeSet<String> out = new TreeSet<>();
    for (Method m : owner.getMethods()) {
      if (Modifier.isStatic(m.getModifiers()) || m.getParameterCount() != 0 || m.getReturnType() == void.class
          || m.getDeclaringClass() == Object.class || m.getDeclaringClass() == Record.class || m.isSynthetic()) {
        continue;
      }
      String n = m.getName();
      if (n.equals("toString") || n.equals("hashCode") || n.equals("getClass")) {
        continue;
      }
      if (n.startsWith("get") && n.length() > 3 && Character.isUpperCase(n.charAt(3))) {
        out.add(Character.toLowerCase(n.charAt(3)) + n.substring(4));
      } else if (n.startsWith("is") && n.length() > 2 && Character.isUpperCase(n.charAt(2))) {
        out.add(Character.toLowerCase(n.charAt(2)) + n.substring(3));
      } else {
        out.add(n);
      }
    }
    return out;
  }

  /** The field nearest {@code name} (same letters ignoring case, or one edit in three letters, at most two), or null. */
  static String nearest(String name, java.util.Collection<String> fields) {
    return nearest(name, fields, Math.max(1, Math.min(2, name.length() / 3)));
  }

  /** The name nearest {@code name} within {@code most} edits (or the same ignoring case), or null. */
  static String nearest(String name, java.util.Collection<String> fields, int most) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String f : fields) {
      int d = f.equalsIgnoreCase(name) ? 0 : distance(f.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = f;
      }
    }
    return bestDistance <= most ? best : null;
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        cur[j] = Math.min(Math.min(cur[j - 1], prev[j]) + 1, prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  // ---- Indonesian

  private record Rule(Pattern english, String indonesian) {}

  /**
   * How each English sentence of the guard, the compiler and the catalog loader reads in
   * Indonesian; the first that matches the whole message wins. {@code $1} ... are its groups.
   */
  private static final List<Rule> INDONESIAN = List.of(
      rule("unknown field `(.*?)` of (\\w+) \\(did you mean `(.*?)`\\?\\); the fields are: (.*)",
          "kolom `$1` tidak dikenal pada $2 (mungkin maksudnya `$3`?); kolom yang ada: $4"),
      rule("unknown field `(.*?)` of (\\w+); the fields are: (.*)", "kolom `$1` tidak dikenal pada $2; kolom yang ada: $3"),
      rule("unknown field or method `(.*?)` of (.*)", "kolom atau metode `$1` tidak dikenal pada $2"),
      rule("unknown type `(.*?)`: a condition matches ActFact or Characterisation, imported from id.netral.core.rules",
          "jenis `$1` tidak dikenal: kondisi mencocokkan ActFact atau Characterisation, yang diimpor dari id.netral.core.rules"),
      rule("not UTF-8 text", "bukan teks UTF-8"),
      rule("does not parse", "tidak dapat diurai"),
      rule("does not parse: (.*)", "tidak dapat diurai: $1"),
      rule("nested too deeply to be checked", "bersarang terlalu dalam untuk diperiksa"),
      rule("file not found", "berkas tidak ditemukan"),
      rule("(.*) reaches outside the netral model \\((.*)\\); give --trust-rules only for a folder whose author you trust",
          "$1 menjangkau ke luar model netral ($2); berikan --trust-rules hanya untuk folder yang penulisnya Anda percayai"),
      rule("(.*) reaches outside the netral model; give --trust-rules only for a folder whose author you trust",
          "$1 menjangkau ke luar model netral; berikan --trust-rules hanya untuk folder yang penulisnya Anda percayai"),
      rule("(.*) reaches outside the netral model(.*)", "$1 menjangkau ke luar model netral$2"),
      rule("rule \"(.*)\": @basis cites '(.*)', which is not in the catalog",
          "aturan \"$1\": @basis menyebut '$2', yang tidak ada dalam katalog"),
      rule("rule \"(.*)\": @asks names '(.*)', which has no question in the catalog",
          "aturan \"$1\": @asks menyebut '$2', yang tidak mempunyai pertanyaan dalam katalog"),
      rule("rule \"(.*)\": two rules have this name", "aturan \"$1\": dua aturan memakai nama ini"),
      rule("rule \"(.*)\": @consequence names '(.*)', which is not in consequences.yaml",
          "aturan \"$1\": @consequence menyebut '$2', yang tidak ada dalam consequences.yaml"),
      rule("rule \"(.*?)\": no @consequence: (.*)",
          "aturan \"$1\": tidak ada @consequence: setiap temuan menyebut tabel konsekuensi yang memberikan sanksinya"),
      rule("rule \"(.*?)\": (.*)", "aturan \"$1\": (dalam bahasa Inggris) $2"));

  private static final List<Rule> SYNTAX = List.of(
      rule("unexpected end of file", "berkas berakhir sebelum waktunya"),
      rule("unexpected (.*)", "$1 tidak diharapkan di sini"),
      rule("(.*) where (.*) was expected", "$1 di tempat yang seharusnya $2"),
      rule("(.*) missing before (.*)", "$1 kurang sebelum $2"));

  private static Rule rule(String english, String indonesian) {
    return new Rule(Pattern.compile(english, Pattern.DOTALL), indonesian);
  }

  /**
   * {@code english} (one of the sentences of this module or of the catalog loader) in Indonesian;
   * a sentence with no translation here is returned with "(in English)" marked in Indonesian, so that it is
   * never silently half-translated.
   */
  static String indonesian(String english) {
    if (english.startsWith("syntax error: ")) {
      String rest = english.substring("syntax error: ".length());
      String rule = "";
      Matcher in = Pattern.compile("(.*) \\(in rule \"(.*)\"\\)", Pattern.DOTALL).matcher(rest);
      if (in.matches()) {
        rest = in.group(1);
        rule = " (dalam aturan \"" + in.group(2) + "\")";
      }
      return "kesalahan sintaksis: " + syntaxIndonesian(rest) + rule;
    }
    for (Rule r : INDONESIAN) {
      Matcher m = r.english().matcher(english);
      if (m.matches()) {
        return m.replaceFirst(r.indonesian());
      }
    }
    return "(dalam bahasa Inggris) " + english;
  }

  private static String syntaxIndonesian(String english) {
    for (Rule r : SYNTAX) {
      Matcher m = r.english().matcher(english);
      if (m.matches()) {
        return m.replaceFirst(r.indonesian()).replace("end of file", "akhir berkas");
      }
    }
    return "(dalam bahasa Inggris) " + english;
  }
}
