package id.netral.core.internal;

import id.netral.core.Trace;
import id.netral.core.catalog.Catalog;
import id.netral.core.catalog.Provision;
import id.netral.core.rules.ActFact;
import id.netral.core.rules.Characterisation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;

/**
 * Reads the conditions of a rule set's rules from their DRL and evaluates them against an act, to
 * say which condition kept a rule from matching. Made once per engine, when a trace is first asked
 * for; the engine's assessments never use it.
 *
 * <p>It reads the patterns of a rule's {@code when} part ({@code $act : ActFact( ... )}, {@code not
 * Characterisation( ... )}) and evaluates each top-level condition of a pattern with a small
 * evaluator of the DRL netral's rules use: {@code ==}, {@code !=}, {@code <}, {@code >}, {@code in},
 * {@code not in}, {@code contains}, {@code matches}, {@code !}, {@code &&}, {@code ||}, literals,
 * enum constants, properties and methods of the act. What it cannot read is reported as unread.
 */
final class Tracer {
  /** A pattern of a rule's {@code when} part. */
  record Pattern(boolean negated, String binding, String type, List<String> conditions) {}

  /** A rule as the tracer reads it: its patterns, and the imports that name its enum types. */
  record ParsedRule(String name, List<Pattern> patterns, Map<String, String> imports, String when, String problem) {}

  private final RuleSetRuntime runtime;
  private final Map<String, ParsedRule> rules = new HashMap<>();
  private final ClassLoader loader;

  Tracer(RuleSetRuntime runtime) {
    this.runtime = runtime;
    this.loader = ActFact.class.getClassLoader();
    RuleSource source = runtime == null ? null : runtime.source();
    if (source == null) {
      return;
    }
    List<String> files;
    try {
      files = CatalogLoader.manifest(source).rules();
    } catch (RuntimeException e) {
      return;
    }
    for (String file : files) {
      try {
        parseFile(new String(source.read(file), StandardCharsets.UTF_8), rules);
      } catch (RuntimeException e) {
        // a file the tracer cannot read: its rules are reported as unread
      }
    }
  }

  // ---------------------------------------------------------------- reading the DRL

  private static final java.util.regex.Pattern IMPORT = java.util.regex.Pattern.compile("\\bimport\\s+([\\w.]+)\\s*;");
  private static final java.util.regex.Pattern RULE = java.util.regex.Pattern.compile(
      "\\brule\\s+\"((?:[^\"\\\\]|\\\\.)*)\"");

  static void parseFile(String drl, Map<String, ParsedRule> out) {
    String text = withoutComments(drl);
    Map<String, String> imports = new HashMap<>();
    Matcher im = IMPORT.matcher(text);
    while (im.find()) {
      String fqn = im.group(1);
      imports.put(fqn.substring(fqn.lastIndexOf('.') + 1), fqn);
    }
    Matcher m = RULE.matcher(text);
    while (m.find()) {
      String name = m.group(1);
      int when = indexOfWord(text, "when", m.end());
      int then = when < 0 ? -1 : indexOfWord(text, "then", when + 4);
      if (when < 0 || then < 0) {
        out.put(name, new ParsedRule(name, List.of(), imports, "", "no when ... then"));
        continue;
      }
      String lhs = text.substring(when + 4, then);
      try {
        out.put(name, new ParsedRule(name, patterns(lhs), imports, lhs, null));
      } catch (IllegalArgumentException e) {
        out.put(name, new ParsedRule(name, List.of(), imports, lhs, e.getMessage()));
      }
    }
  }

  /** The index of {@code word} as a whole word (outside strings) at or after {@code from}; -1 if none. */
  private static int indexOfWord(String text, String word, int from) {
    boolean inString = false;
    for (int i = from; i + word.length() <= text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' && (i == 0 || text.charAt(i - 1) != '\\')) {
        inString = !inString;
      }
      if (!inString && text.startsWith(word, i) && (i == 0 || !Character.isJavaIdentifierPart(text.charAt(i - 1)))
          && (i + word.length() == text.length() || !Character.isJavaIdentifierPart(text.charAt(i + word.length())))) {
        return i;
      }
    }
    return -1;
  }

  /** {@code drl} without its comments (kept inside strings), line breaks kept. */
  static String withoutComments(String drl) {
    StringBuilder b = new StringBuilder(drl.length());
    int i = 0;
    while (i < drl.length()) {
      char c = drl.charAt(i);
      if (c == '"') {
        int j = Math.min(drl.length(), closingQuote(drl, i) + 1);
        b.append(drl, i, j);
        i = j;
      } else if (drl.startsWith("//", i)) {
        while (i < drl.length() && drl.charAt(i) != '\n') {
          i++;
        }
      } else if (drl.startsWith("/*", i)) {
        int end = drl.indexOf("*/", i + 2);
        i = end < 0 ? drl.length() : end + 2;
        b.append(' ');
      } else {
        b.append(c);
        i++;
      }
    }
    return b.toString();
  }

  /** The patterns of a {@code when} part. */
  static List<Pattern> patterns(String lhs) {
    List<Pattern> out = new ArrayList<>();
    int i = 0;
    while (true) {
      i = skipSpace(lhs, i);
      if (i >= lhs.length()) {
        return out;
      }
      boolean negated = false;
      if (lhs.startsWith("not", i) && !Character.isJavaIdentifierPart(charAt(lhs, i + 3))) {
        negated = true;
        i = skipSpace(lhs, i + 3);
      }
      String binding = null;
      int start = i;
      String word = identifier(lhs, i);
      if (word.startsWith("$")) {
        binding = word;
        i = skipSpace(lhs, i + word.length());
        if (charAt(lhs, i) != ':') {
          throw new IllegalArgumentException("expected ':' after " + word);
        }
        i = skipSpace(lhs, i + 1);
        word = identifier(lhs, i);
      }
      if (word.isEmpty()) {
        throw new IllegalArgumentException("cannot read the pattern at '" + snippet(lhs, start) + "'");
      }
      i = skipSpace(lhs, i + word.length());
      if (charAt(lhs, i) != '(') {
        throw new IllegalArgumentException("expected '(' after " + word);
      }
      int close = matching(lhs, i);
      out.add(new Pattern(negated, binding, word, splitTopLevel(lhs.substring(i + 1, close))));
      i = close + 1;
    }
  }

  private static String snippet(String s, int from) {
    return s.substring(from, Math.min(s.length(), from + 40)).strip();
  }

  private static char charAt(String s, int i) {
    return i < s.length() ? s.charAt(i) : '\0';
  }

  private static int skipSpace(String s, int i) {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static String identifier(String s, int i) {
    int j = i;
    while (j < s.length() && (Character.isJavaIdentifierPart(s.charAt(j)) || s.charAt(j) == '$')) {
      j++;
    }
    return s.substring(i, j);
  }

  /** The index of the quote closing the string literal that opens at {@code open} (or the end). */
  private static int closingQuote(String s, int open) {
    int i = open + 1;
    while (i < s.length() && s.charAt(i) != '"') {
      i += s.charAt(i) == '\\' ? 2 : 1;
    }
    return i;
  }

  /** The index of the parenthesis closing the one at {@code open}, skipping strings. */
  private static int matching(String s, int open) {
    int depth = 0;
    for (int i = open; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"') {
        i = closingQuote(s, i);
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    throw new IllegalArgumentException("unbalanced parentheses");
  }

  /** The conditions of a pattern: its text split at top-level commas, each on one line. */
  static List<String> splitTopLevel(String s) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"') {
        i = closingQuote(s, i);
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == ',' && depth == 0) {
        out.add(oneLine(s.substring(start, i)));
        start = i + 1;
      }
    }
    String last = oneLine(s.substring(start));
    if (!last.isEmpty()) {
      out.add(last);
    }
    return out;
  }

  private static String oneLine(String s) {
    return s.strip().replaceAll("\\s+", " ").replace("( ", "(").replace(" )", ")");
  }

  // ---------------------------------------------------------------- which rules an act considers

  /**
   * Whether the rule names the act's type in a condition that admits it, or names no type of act
   * at all but to exclude one: the rules considered for an act of type {@code type}.
   */
  static boolean considers(ParsedRule rule, String type) {
    String when = rule.when();
    String positive = when.replaceAll("actType\\s*!=\\s*ActType\\.\\w+", "")
        .replaceAll("actType\\s+not\\s+in\\s*\\([^)]*\\)", "");
    return positive.matches("(?s).*\\bActType\\." + type + "\\b.*") || !positive.contains("ActType.");
  }

  // ---------------------------------------------------------------- the trace of one scenario

  /** What a rule concluded on an act in the engine's run. */
  record Conclusion(String rule, int act, Trace.Outcome outcome) {}

  Trace trace(id.netral.core.model.Scenario scenario, List<ActFact> facts, List<Conclusion> conclusions,
      List<Characterisation> characterisations) {
    List<Trace.Act> acts = new ArrayList<>();
    for (ActFact act : facts) {
      Map<String, Trace.Outcome> concluded = new LinkedHashMap<>();
      for (Conclusion c : conclusions) {
        if (c.act() == act.getIndex()) {
          concluded.merge(c.rule(), c.outcome(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
      }
      List<Characterisation> mine = characterisations.stream().filter(ch -> ch.getAct() == act).toList();
      List<Trace.Rule> considered = new ArrayList<>();
      for (RuleSpec spec : runtime.rules().values()) {
        ParsedRule parsed = rules.get(spec.name());
        Trace.Outcome outcome = concluded.get(spec.name());
        if (outcome == null && (parsed == null || parsed.problem() == null && !considers(parsed, act.getActType().name()))) {
          continue;
        }
        List<Trace.Condition> failed = List.of();
        if (outcome == null) {
          failed = parsed == null
              ? List.of(new Trace.Condition("(the rule's DRL)", List.of("not found by the trace"), false))
              : failed(parsed, act, mine);
          if (spec.characterises() != null && failed.isEmpty()
              && mine.stream().anyMatch(ch -> ch.getKind().name().equals(spec.characterises()))) {
            outcome = Trace.Outcome.CHARACTERISED;
          } else {
            outcome = Trace.Outcome.NOT_FIRED;
          }
        }
        considered.add(new Trace.Rule(spec.id(), spec.name(), outcome, failed));
      }
      considered.sort(java.util.Comparator.comparing(Trace.Rule::outcome).thenComparing(Trace.Rule::id)
          .thenComparing(Trace.Rule::name));
      List<String> about = new ArrayList<>();
      about.add("actorType = " + act.getActorType());
      about.add("stage = " + act.getStage());
      about.add("candidateStatus = " + act.getCandidateStatus());
      about.add("targetKind = " + act.getTargetKind());
      acts.add(new Trace.Act(act.getAct().id(), act.getActType().name(), act.getDate(), about, considered));
    }
    return new Trace(scenario.id(), acts);
  }

  /** The conditions of {@code rule} that do not hold for {@code act}, or cannot be read. */
  private List<Trace.Condition> failed(ParsedRule rule, ActFact act, List<Characterisation> characterisations) {
    if (rule.problem() != null) {
      return List.of(new Trace.Condition(oneLine(rule.when()), List.of("not read by the trace: " + rule.problem()), false));
    }
    List<Trace.Condition> out = new ArrayList<>();
    for (Pattern p : rule.patterns()) {
      if (p.type().equals("ActFact") && !p.negated()) {
        for (String condition : p.conditions()) {
          Trace.Condition c = check(rule, condition, act, act);
          if (c != null) {
            out.add(c);
          }
        }
      } else if (p.type().equals("Characterisation")) {
        boolean any = false;
        for (Characterisation ch : characterisations) {
          boolean all = true;
          for (String condition : p.conditions()) {
            if (check(rule, condition, ch, act) != null) {
              all = false;
              break;
            }
          }
          any |= all;
        }
        if (any == p.negated()) {
          String text = (p.negated() ? "not " : "") + "Characterisation(" + String.join(", ", p.conditions()) + ")";
          List<String> have = characterisations.stream().map(ch -> ch.getKind() + (ch.isSettled() ? " (settled)" : " (open)"))
              .toList();
          out.add(new Trace.Condition(text, List.of("characterisations of the act: "
              + (have.isEmpty() ? "none" : String.join(", ", have))), true));
        }
      } else {
        out.add(new Trace.Condition((p.negated() ? "not " : "") + p.type() + "(" + String.join(", ", p.conditions()) + ")",
            List.of("not read by the trace: a pattern on " + p.type()), false));
      }
    }
    return out;
  }

  /**
   * Evaluates {@code condition} on {@code root}, with {@code imports} naming the enum types (for
   * tests): its value, or the exception that says why it cannot be read.
   */
  Object evaluate(String condition, Object root, Map<String, String> imports) {
    return new Eval(condition, root, null, imports).run();
  }

  /** Null when {@code condition} holds on {@code root}; else what failed, with the values read. */
  private Trace.Condition check(ParsedRule rule, String condition, Object root, ActFact act) {
    Eval e = new Eval(condition, root, act, rule.imports());
    try {
      Object v = e.run();
      if (Boolean.TRUE.equals(v)) {
        return null;
      }
      return new Trace.Condition(condition, e.values(), true);
    } catch (RuntimeException ex) {
      return new Trace.Condition(condition, List.of("not read by the trace: " + ex.getMessage()), false);
    }
  }

  // ---------------------------------------------------------------- the evaluator

  /** Evaluates one condition: a recursive descent over its tokens, computing values as it goes. */
  private final class Eval {
    private final List<String> tokens;
    private final Object root;
    private final ActFact act;
    private final Map<String, String> imports;
    private final Map<String, String> read = new LinkedHashMap<>();
    private int pos;

    Eval(String text, Object root, ActFact act, Map<String, String> imports) {
      this.tokens = tokens(text);
      this.root = root;
      this.act = act;
      this.imports = imports;
    }

    Object run() {
      Object v = or();
      if (pos != tokens.size()) {
        throw new IllegalStateException("cannot read '" + tokens.get(pos) + "'");
      }
      return v;
    }

    List<String> values() {
      List<String> out = new ArrayList<>();
      read.forEach((k, v) -> out.add(k + " = " + v));
      return out;
    }

    private String peek() {
      return pos < tokens.size() ? tokens.get(pos) : "";
    }

    private boolean accept(String t) {
      if (peek().equals(t)) {
        pos++;
        return true;
      }
      return false;
    }

    private void expect(String t) {
      if (!accept(t)) {
        throw new IllegalStateException("expected '" + t + "' at '" + peek() + "'");
      }
    }

    private Object or() {
      Object v = and();
      while (accept("||")) {
        Object w = and();
        v = truth(v) || truth(w);
      }
      return v;
    }

    private Object and() {
      Object v = unary();
      while (accept("&&")) {
        Object w = unary();
        v = truth(v) && truth(w);
      }
      return v;
    }

    private Object unary() {
      if (accept("!")) {
        return !truth(unary());
      }
      return relation();
    }

    private Object relation() {
      Object left = value();
      String op = peek();
      switch (op) {
        case "==", "!=", "<", ">", "<=", ">=" -> {
          pos++;
          Object right = value();
          return compare(left, op, right);
        }
        case "in" -> {
          pos++;
          return in(left);
        }
        case "contains" -> {
          pos++;
          return contains(left, value());
        }
        case "matches" -> {
          pos++;
          Object regex = value();
          return left != null && left.toString().matches(String.valueOf(regex));
        }
        case "not" -> {
          pos++;
          String what = peek();
          pos++;
          return switch (what) {
            case "in" -> !in(left);
            case "contains" -> !contains(left, value());
            case "matches" -> {
              Object regex = value();
              yield !(left != null && left.toString().matches(String.valueOf(regex)));
            }
            default -> throw new IllegalStateException("cannot read 'not " + what + "'");
          };
        }
        default -> {
          return left;
        }
      }
    }

    private boolean in(Object left) {
      expect("(");
      boolean found = false;
      if (!accept(")")) {
        do {
          found |= equal(left, value());
        } while (accept(","));
        expect(")");
      }
      return found;
    }

    private boolean contains(Object left, Object item) {
      if (left instanceof Collection<?> c) {
        return c.contains(item);
      }
      return left != null && item != null && left.toString().contains(item.toString());
    }

    private Object value() {
      String t = peek();
      if (t.equals("(")) {
        pos++;
        Object v = or();
        expect(")");
        return v;
      }
      pos++;
      if (t.startsWith("\"")) {
        return t.substring(1, t.length() - 1).replace("\\\\", "\u0000").replace("\\", "").replace("\u0000", "\\");
      }
      if (t.equals("null")) {
        return null;
      }
      if (t.equals("true") || t.equals("false")) {
        return Boolean.valueOf(t);
      }
      if (!t.isEmpty() && Character.isDigit(t.charAt(0))) {
        if (t.contains(".")) {
          return Double.valueOf(t);
        }
        return Long.valueOf(t);
      }
      if (t.isEmpty() || !Character.isJavaIdentifierStart(t.charAt(0))) {
        throw new IllegalStateException("cannot read '" + t + "'");
      }
      return path(t);
    }

    /** A path from the root, a binding or a type: {@code stage}, {@code inForce("x")}, {@code ActType.LIKE}. */
    private Object path(String first) {
      StringBuilder text = new StringBuilder(first);
      Object current;
      boolean constant = false;
      if (first.equals("$act")) {
        current = act;
      } else if (Character.isUpperCase(first.charAt(0)) && peek().equals(".")) {
        pos++;
        String name = next();
        text.append('.').append(name);
        current = constant(first, name);
        constant = true;
      } else if (peek().equals("(")) {
        List<Object> args = args(text);
        current = call(root, first, args);
      } else {
        current = property(root, first);
      }
      while (peek().equals(".")) {
        pos++;
        String name = next();
        text.append('.').append(name);
        if (peek().equals("(")) {
          List<Object> args = args(text);
          current = current == null ? null : call(current, name, args);
        } else {
          current = current == null ? null : property(current, name);
        }
        constant = false;
      }
      if (!constant && !first.equals("$act")) {
        read.putIfAbsent(text.toString(), render(text.toString(), current));
      }
      return current;
    }

    private String next() {
      String t = peek();
      pos++;
      return t;
    }

    private List<Object> args(StringBuilder text) {
      expect("(");
      List<Object> args = new ArrayList<>();
      StringBuilder shown = new StringBuilder();
      if (!accept(")")) {
        do {
          int from = pos;
          args.add(value());
          if (shown.length() > 0) {
            shown.append(", ");
          }
          shown.append(String.join(" ", tokens.subList(from, pos)));
        } while (accept(","));
        expect(")");
      }
      text.append('(').append(shown).append(')');
      return args;
    }

    private String render(String path, Object v) {
      String s = v instanceof String str ? "\"" + str + "\"" : String.valueOf(v);
      Matcher m = IN_FORCE.matcher(path);
      if (m.matches() && runtime != null && act != null) {
        Provision p = runtime.catalog().provision(m.group(1)).orElse(null);
        if (p != null && p.inForce() != null) {
          s += " (in force " + (p.inForce().from() == null ? "" : "from " + p.inForce().from())
              + (p.inForce().to() == null || p.inForce().to().equals(java.time.LocalDate.MAX) ? ""
                  : (p.inForce().from() == null ? "" : " ") + "to " + p.inForce().to()) + "; the act is of "
              + act.getDate() + ")";
        }
      }
      return s;
    }

    private Object constant(String type, String name) {
      String fqn = imports.get(type);
      if (fqn == null) {
        throw new IllegalStateException("type " + type + " is not imported");
      }
      try {
        // only the constants of the netral model's enums: nothing else is loaded or initialised
        if (!fqn.startsWith("id.netral.core.")) {
          throw new IllegalStateException(type + " is not an enum of the netral model");
        }
        Class<?> c = Class.forName(fqn, false, loader);
        if (c.isEnum()) {
          for (Object e : c.getEnumConstants()) {
            if (((Enum<?>) e).name().equals(name)) {
              return e;
            }
          }
        }
        throw new IllegalStateException(type + "." + name + " is not known");
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(type + "." + name + " is not known");
      }
    }
  }

  private static final java.util.regex.Pattern IN_FORCE = java.util.regex.Pattern.compile("inForce\\(\"(.*)\"\\)");

  private static boolean truth(Object v) {
    if (v instanceof Boolean b) {
      return b;
    }
    if (v == null) {
      return false;
    }
    throw new IllegalStateException("not a condition: " + v);
  }

  private static boolean equal(Object a, Object b) {
    if (a instanceof Number x && b instanceof Number y) {
      return Double.compare(x.doubleValue(), y.doubleValue()) == 0;
    }
    if (a instanceof Enum<?> e && b instanceof String s) {
      return e.name().equals(s);
    }
    if (b instanceof Enum<?> e && a instanceof String s) {
      return e.name().equals(s);
    }
    return Objects.equals(a, b);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static boolean compare(Object left, String op, Object right) {
    if (op.equals("==")) {
      return equal(left, right);
    }
    if (op.equals("!=")) {
      return !equal(left, right);
    }
    if (left == null || right == null) {
      return false;
    }
    int c;
    if (left instanceof Number x && right instanceof Number y) {
      c = Double.compare(x.doubleValue(), y.doubleValue());
    } else if (left instanceof Comparable l) {
      c = l.compareTo(right);
    } else {
      throw new IllegalStateException("cannot compare " + left + " and " + right);
    }
    return switch (op) {
      case "<" -> c < 0;
      case ">" -> c > 0;
      case "<=" -> c <= 0;
      default -> c >= 0;
    };
  }

  /** A property of {@code target}: {@code getX()}, {@code isX()} or {@code x()}. */
  private static Object property(Object target, String name) {
    String cap = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    for (String candidate : new String[] {"get" + cap, "is" + cap, name}) {
      Method m = method(target.getClass(), candidate, 0);
      if (m != null) {
        return invoke(m, target, List.of());
      }
    }
    throw new IllegalStateException(target.getClass().getSimpleName() + " has no property " + name);
  }

  private static Object call(Object target, String name, List<Object> args) {
    Method m = method(target.getClass(), name, args.size());
    if (m == null) {
      throw new IllegalStateException(target.getClass().getSimpleName() + " has no method " + name);
    }
    Object[] converted = new Object[args.size()];
    Class<?>[] types = m.getParameterTypes();
    for (int i = 0; i < converted.length; i++) {
      Object a = args.get(i);
      converted[i] = a instanceof Long l && (types[i] == int.class || types[i] == Integer.class)
          ? Integer.valueOf(l.intValue()) : a;
    }
    return invoke(m, target, java.util.Arrays.asList(converted));
  }

  private static Object invoke(Method m, Object target, List<Object> args) {
    try {
      return m.invoke(target, args.toArray());
    } catch (ReflectiveOperationException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new IllegalStateException(m.getName() + " failed: " + cause);
    }
  }

  /** Methods never called, whoever declares them. */
  private static final java.util.Set<String> NEVER = java.util.Set.of("getClass", "wait", "notify", "notifyAll");

  /**
   * Whether the trace may call a method declared by {@code c}: the netral model, strings, dates and
   * collections. The DRL of a rule folder is data to the trace: it reads facts, and reaches nothing
   * else by reflection (no class, class loader, system or process), whatever the folder's guard let
   * through.
   */
  private static boolean callable(Class<?> c) {
    String pkg = c.getPackageName();
    return pkg.startsWith("id.netral.core") || pkg.equals("java.time") || pkg.equals("java.util")
        || c == String.class || c == CharSequence.class || c == Object.class || c == Enum.class
        || c == Comparable.class || c == Boolean.class || Number.class.isAssignableFrom(c);
  }

  /**
   * A public instance method {@code name} of {@code type} with {@code arity} parameters, declared by
   * a public type the trace may call ({@link #callable}).
   */
  private static Method method(Class<?> type, String name, int arity) {
    if (NEVER.contains(name)) {
      return null;
    }
    Deque<Class<?>> todo = new ArrayDeque<>();
    todo.add(type);
    while (!todo.isEmpty()) {
      Class<?> c = todo.poll();
      if (Modifier.isPublic(c.getModifiers())) {
        for (Method m : c.getMethods()) {
          if (m.getName().equals(name) && m.getParameterCount() == arity && !Modifier.isStatic(m.getModifiers())
              && Modifier.isPublic(m.getDeclaringClass().getModifiers()) && callable(m.getDeclaringClass())) {
            return m;
          }
        }
      }
      if (c.getSuperclass() != null) {
        todo.add(c.getSuperclass());
      }
      todo.addAll(java.util.Arrays.asList(c.getInterfaces()));
    }
    return null;
  }

  /** The tokens of a condition: strings, numbers, names, operators and parentheses. */
  static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '"') {
        int j = i + 1;
        while (j < s.length() && s.charAt(j) != '"') {
          j += s.charAt(j) == '\\' ? 2 : 1;
        }
        out.add(s.substring(i, Math.min(s.length(), j + 1)));
        i = j + 1;
      } else if (Character.isJavaIdentifierStart(c) || c == '$') {
        int j = i + 1;
        while (j < s.length() && Character.isJavaIdentifierPart(s.charAt(j))) {
          j++;
        }
        out.add(s.substring(i, j));
        i = j;
      } else if (Character.isDigit(c)) {
        int j = i + 1;
        while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '.'
            && j + 1 < s.length() && Character.isDigit(s.charAt(j + 1)))) {
          j++;
        }
        out.add(s.substring(i, j));
        i = j;
      } else {
        String two = i + 1 < s.length() ? s.substring(i, i + 2) : "";
        if (List.of("==", "!=", "<=", ">=", "&&", "||").contains(two)) {
          out.add(two);
          i += 2;
        } else {
          out.add(String.valueOf(c));
          i++;
        }
      }
    }
    return out;
  }

  Catalog catalog() {
    return runtime.catalog();
  }
}
