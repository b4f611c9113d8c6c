package id.netral.drafting;

import id.netral.core.rules.ActFact;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Parses one constraint of an {@code ActFact(...)} pattern against a closed grammar and checks
 * every name in it against the netral model. What the grammar has no rule for is refused, so a
 * constraint can only read the fact:
 *
 * <pre>
 * expr     := and ('||' and)*
 * and      := unary ('&amp;&amp;' unary)*
 * unary    := '!' unary | relation
 * relation := operand [ ('==' | '!=' | '&lt;' | '&lt;=' | '&gt;' | '&gt;=') operand
 *                     | ['not'] 'in' '(' operand (',' operand)* ')'
 *                     | ['not'] 'contains' operand
 *                     | ['not'] 'matches' STRING ]
 * operand  := '(' expr ')' | STRING | NUMBER | 'true' | 'false' | 'null' | Enum '.' CONSTANT | path
 * path     := ($binding | member) ('.' member)*
 * member   := name [ '(' [literal (',' literal)*] ')' ]
 * </pre>
 *
 * A member is a public instance method of {@link ActFact} or of a class of {@code
 * id.netral.core.model} (a property {@code x} is {@code getX()}, {@code isX()} or {@code x()}),
 * returning a model class or a value (text, number, boolean, date, collection); or {@code isEmpty},
 * {@code size} of a collection and {@code isEmpty}, {@code length} of a text. Arguments are
 * literals. Strings have no escapes, identifiers are ASCII, and comments are refused.
 */
final class Constraint {
  /**
   * What is wrong, at which offset of the constraint's text; {@code outside} when it reaches
   * outside the netral model, not when it is a slip such as a misspelt field.
   */
  record Problem(int offset, String message, boolean outside) {
    Problem(int offset, String message) {
      this(offset, message, true);
    }
  }

  private static final Set<String> OBJECT_METHODS =
      Set.of("equals", "hashCode", "toString", "getClass", "wait", "notify", "notifyAll", "clone", "finalize");
  private static final Set<Class<?>> VALUES = Set.of(String.class, Boolean.class, Integer.class, Long.class,
      Short.class, Byte.class, Double.class, Float.class, Character.class, java.math.BigDecimal.class,
      java.math.BigInteger.class, java.time.LocalDate.class, java.time.LocalDateTime.class,
      java.time.LocalTime.class, java.time.Instant.class, java.util.Set.class, java.util.List.class,
      java.util.Collection.class, java.util.Optional.class);

  /** A literal or the null literal: no member may follow it. */
  private static final class Literal {}

  /** How deep '!' and parentheses may nest: deeper is refused, not a stack overflow. */
  private static final int MAX_DEPTH = 64;

  private record Token(Kind kind, String text, int offset) {}

  private enum Kind { NAME, STRING, NUMBER, OP, END }

  private final String text;
  private final Function<String, Class<?>> enums;
  private final List<String> bound;
  private final Class<?> root;
  private final List<Token> tokens = new ArrayList<>();
  private int pos;
  private int depth;

  private Constraint(String text, Function<String, Class<?>> enums, List<String> bound, Class<?> root) {
    this.text = text;
    this.enums = enums;
    this.bound = bound;
    this.root = root;
  }

  /**
   * The problems of the constraint {@code text}; empty when it only reads the fact.
   *
   * @param enums the model enums the file imports, by simple name (null when not imported)
   * @param bound the bindings of earlier patterns of the rule, each an {@code ActFact}
   */
  static List<Problem> check(String text, Function<String, Class<?>> enums, List<String> bound) {
    return check(text, enums, bound, ActFact.class);
  }

  /**
   * The problems of the constraint {@code text} of a pattern of type {@code root} ({@link ActFact}
   * or {@link id.netral.core.rules.Characterisation}); empty when it only reads the fact.
   */
  static List<Problem> check(String text, Function<String, Class<?>> enums, List<String> bound, Class<?> root) {
    Constraint c = new Constraint(text == null ? "" : text, enums, bound, root);
    try {
      c.lex();
      c.expr();
      if (c.peek().kind != Kind.END) {
        throw c.refuse(c.peek(), "'" + c.peek().text + "' (after a complete condition)");
      }
      return List.of();
    } catch (Refusal r) {
      return List.of(new Problem(r.offset, r.getMessage(), r.outside));
    }
  }

  // ---- lexer

  private void lex() {
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
        i++;
      } else if (isNameStart(c)) {
        int s = i;
        while (i < n && isNamePart(text.charAt(i))) {
          i++;
        }
        tokens.add(new Token(Kind.NAME, text.substring(s, i), s));
      } else if (c >= '0' && c <= '9') {
        int s = i;
        while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
          i++;
        }
        if (i + 1 < n && text.charAt(i) == '.' && text.charAt(i + 1) >= '0' && text.charAt(i + 1) <= '9') {
          i++;
          while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
          }
        }
        if (i < n && (isNamePart(text.charAt(i)) || text.charAt(i) == '.')) {
          throw new Refusal(i, "the number '" + text.substring(s, Math.min(n, i + 1)) + "...' (plain decimal numbers only)");
        }
        tokens.add(new Token(Kind.NUMBER, text.substring(s, i), s));
      } else if (c == '"') {
        int s = i++;
        while (i < n && text.charAt(i) != '"') {
          char d = text.charAt(i);
          if (d == '\\' || d < 0x20) {
            throw new Refusal(i, "an escape or control character in a string (strings in an untrusted rule are plain text)");
          }
          i++;
        }
        if (i >= n) {
          throw new Refusal(s, "an unterminated string");
        }
        i++;
        tokens.add(new Token(Kind.STRING, text.substring(s, i), s));
      } else {
        String two = i + 1 < n ? text.substring(i, i + 2) : "";
        if (two.equals("==") || two.equals("!=") || two.equals("<=") || two.equals(">=") || two.equals("&&")
            || two.equals("||")) {
          tokens.add(new Token(Kind.OP, two, i));
          i += 2;
        } else if ("()<>!,.-".indexOf(c) >= 0) {
          tokens.add(new Token(Kind.OP, String.valueOf(c), i));
          i++;
        } else if (two.equals("//") || two.equals("/*")) {
          throw new Refusal(i, "a comment inside a condition");
        } else {
          throw new Refusal(i, "the character '" + (c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c))
              + "' (not part of an untrusted condition)");
        }
      }
    }
    tokens.add(new Token(Kind.END, "end of the condition", n));
  }

  private static boolean isNameStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
  }

  private static boolean isNamePart(char c) {
    return isNameStart(c) || (c >= '0' && c <= '9');
  }

  // ---- parser

  private Token peek() {
    return tokens.get(pos);
  }

  private Token next() {
    return tokens.get(pos++);
  }

  private boolean at(String op) {
    Token t = peek();
    return (t.kind == Kind.OP || t.kind == Kind.NAME) && t.text.equals(op);
  }

  private boolean atNot(String keyword) {
    return at("not") && pos + 1 < tokens.size() && tokens.get(pos + 1).kind == Kind.NAME
        && tokens.get(pos + 1).text.equals(keyword);
  }

  private Token expect(String op) {
    if (!at(op)) {
      throw refuse(peek(), "'" + peek().text + "' where '" + op + "' was expected");
    }
    return next();
  }

  private void expr() {
    and();
    while (at("||")) {
      next();
      and();
    }
  }

  private void and() {
    unary();
    while (at("&&")) {
      next();
      unary();
    }
  }

  private void unary() {
    if (++depth > MAX_DEPTH) {
      throw refuse(peek(), "a condition nested more than " + MAX_DEPTH + " levels deep");
    }
    if (at("!")) {
      next();
      unary();
    } else {
      relation();
    }
    depth--;
  }

  private void relation() {
    operand();
    if (at("==") || at("!=") || at("<") || at("<=") || at(">") || at(">=")) {
      next();
      operand();
    } else if (at("in") || atNot("in")) {
      if (at("not")) {
        next();
      }
      next();
      expect("(");
      operand();
      while (at(",")) {
        next();
        operand();
      }
      expect(")");
    } else if (at("contains") || atNot("contains")) {
      if (at("not")) {
        next();
      }
      next();
      operand();
    } else if (at("matches") || atNot("matches")) {
      if (at("not")) {
        next();
      }
      next();
      if (peek().kind != Kind.STRING) {
        throw refuse(peek(), "'" + peek().text + "' after 'matches' (a string literal was expected)");
      }
      next();
    }
  }

  /** Parses an operand; returns its type ({@link Literal} for a literal). */
  private Class<?> operand() {
    Token t = peek();
    if (at("(")) {
      next();
      expr();
      expect(")");
      return Literal.class;
    }
    if (t.kind == Kind.STRING || t.kind == Kind.NUMBER) {
      next();
      if (at(".")) {
        throw refuse(t, t.text + pathText(pos) + " (a literal has no members in an untrusted condition)");
      }
      return Literal.class;
    }
    if (at("-")) {
      next();
      if (peek().kind != Kind.NUMBER) {
        throw refuse(peek(), "'-' before '" + peek().text + "' (only before a number)");
      }
      next();
      return Literal.class;
    }
    if (t.kind != Kind.NAME) {
      throw refuse(t, "'" + t.text + "' where a value was expected");
    }
    switch (t.text) {
      case "true", "false", "null" -> {
        next();
        return Literal.class;
      }
      case "new" -> throw refuse(t, "new " + pathText(pos + 1) + " (an untrusted condition makes no objects)");
      case "this", "super", "class", "in", "not", "contains", "matches" -> throw refuse(t, "'" + t.text + "'");
      default -> {
        return path();
      }
    }
  }

  private Class<?> path() {
    Token first = next();
    Class<?> type;
    if (first.text.startsWith("$")) {
      if (!bound.contains(first.text)) {
        throw refuse(first, first.text + " (not a binding of an earlier pattern of the rule)");
      }
      type = ActFact.class;
    } else if (enums.apply(first.text) != null && at(".")) {
      Class<?> e = enums.apply(first.text);
      next();
      Token constant = next();
      if (constant.kind != Kind.NAME || !isConstant(e, constant.text)) {
        throw refuse(constant, first.text + "." + constant.text + " (" + first.text + " has no constant " + constant.text + ")");
      }
      if (at(".") || at("(")) {
        throw refuse(constant, first.text + "." + constant.text + pathText(pos) + " (an enum constant is used as it is)");
      }
      return Literal.class;
    } else {
      type = member(root, first);
    }
    while (at(".")) {
      next();
      Token name = next();
      if (name.kind != Kind.NAME) {
        throw refuse(name, "'" + name.text + "' after '.'");
      }
      type = member(type, name);
    }
    return type;
  }

  /** Resolves {@code name} (with its arguments, if any follow) on {@code owner}; returns its type. */
  private Class<?> member(Class<?> owner, Token name) {
    if (!Character.isLowerCase(name.text.charAt(0))) {
      // a capitalised name is a class to Drools and MVEL, whatever a getter is called
      throw refuse(name, name.text + pathText(pos) + " (not an imported model enum, and properties and methods start"
          + " with a lower-case letter)");
    }
    boolean call = at("(");
    int args = 0;
    if (call) {
      next();
      if (!at(")")) {
        literalArgument();
        args++;
        while (at(",")) {
          next();
          literalArgument();
          args++;
        }
      }
      expect(")");
    }
    String shown = (owner == root ? "" : owner.getSimpleName() + ".") + name.text + (call ? "(...)" : "")
        + pathText(pos);
    if (owner == Literal.class) {
      throw refuse(name, name.text + (call ? "(...)" : "") + " on a literal");
    }
    if (isModel(owner)) {
      for (Method m : owner.getMethods()) {
        if (allowed(m) && m.getParameterCount() == args
            && (call ? m.getName().equals(name.text) : isProperty(m.getName(), name.text))) {
          return m.getReturnType();
        }
      }
      if (!call && !at(".")) {
        // a misspelt field reaches nothing: say which fields there are
        throw new Refusal(name.offset, Plain.unknownField(owner, name.text), false);
      }
      throw refuse(name, shown + " (not a property or method of the netral model's " + owner.getSimpleName() + ")");
    }
    if (call && args == 0 && Collection.class.isAssignableFrom(owner) && (name.text.equals("isEmpty") || name.text.equals("size"))) {
      return int.class;
    }
    if (call && args == 0 && owner == String.class && (name.text.equals("isEmpty") || name.text.equals("length"))) {
      return int.class;
    }
    throw refuse(name, shown + " (on a " + owner.getSimpleName() + " a condition may call isEmpty(), size() or length() only)");
  }

  /**
   * The member chain that starts at token {@code from} ({@code .a.b(...).c}, or {@code a.b(...)} from
   * a name), for a message: it names what a refused condition reaches, such as {@code
   * java.nio.file.Files.createFile(...)}.
   */
  private String pathText(int from) {
    StringBuilder b = new StringBuilder();
    int i = from;
    while (i < tokens.size()) {
      Token t = tokens.get(i);
      if (t.kind == Kind.NAME || t.text.equals(".")) {
        b.append(t.text);
        i++;
      } else if (t.text.equals("(")) {
        int depth = 0;
        do {
          String x = tokens.get(i).text;
          depth += x.equals("(") ? 1 : x.equals(")") ? -1 : 0;
          i++;
        } while (depth > 0 && tokens.get(i).kind != Kind.END);
        b.append("(...)");
      } else {
        break;
      }
      if (b.length() > 120) {
        break;
      }
    }
    return b.toString();
  }

  private void literalArgument() {
    Token t = next();
    if (t.kind == Kind.STRING || t.kind == Kind.NUMBER
        || (t.kind == Kind.NAME && (t.text.equals("true") || t.text.equals("false")))) {
      return;
    }
    throw refuse(t, "'" + t.text + "' as an argument (arguments are literals)");
  }

  private static boolean isProperty(String method, String property) {
    String cap = Character.toUpperCase(property.charAt(0)) + property.substring(1);
    return method.equals("get" + cap) || method.equals("is" + cap) || method.equals(property);
  }

  private static boolean isModel(Class<?> c) {
    return c == ActFact.class || c == id.netral.core.rules.Characterisation.class
        || c == id.netral.core.rules.CharacterKind.class || c.getPackageName().equals("id.netral.core.model");
  }

  /** A public instance method of the model that returns a model class or a value, with value parameters. */
  private static boolean allowed(Method m) {
    if (Modifier.isStatic(m.getModifiers()) || m.isSynthetic() || m.isBridge() || OBJECT_METHODS.contains(m.getName())
        || !isModel(m.getDeclaringClass())) {
      return false;
    }
    for (Class<?> p : m.getParameterTypes()) {
      if (!(p.isPrimitive() || p == String.class || p.isEnum() && isModel(p))) {
        return false;
      }
    }
    Class<?> r = m.getReturnType();
    return r != void.class && (r.isPrimitive() || VALUES.contains(r) || isModel(r));
  }

  private static boolean isConstant(Class<?> e, String name) {
    for (Object c : e.getEnumConstants()) {
      if (((Enum<?>) c).name().equals(name)) {
        return true;
      }
    }
    return false;
  }

  private Refusal refuse(Token t, String what) {
    return new Refusal(t.offset, what);
  }

  /** Stops the parse at the first thing outside the grammar. */
  private static final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int offset;
    final boolean outside;

    Refusal(int offset, String message) {
      this(offset, message, true);
    }

    Refusal(int offset, String message, boolean outside) {
      super(message, null, false, false);
      this.offset = offset;
      this.outside = outside;
    }
  }
}
