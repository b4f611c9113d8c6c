package id.netral.drafting;

import id.netral.core.rules.ActFact;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;

/**
 * Decides, before anything of a rule folder is compiled, whether its DRL stays inside the netral
 * model. It reads the DRL with Drools' own parser (which builds a description of the file and runs
 * nothing) and accepts only what the bundled rules are made of:
 *
 * <ul>
 *   <li>a package name; imports of {@code id.netral.core.rules.ActFact}, {@code Characterisation},
 *       {@code CharacterKind} and of classes in {@code id.netral.core.model}; the one global {@code
 *       id.netral.core.rules.Conclusions conclude};
 *   <li>rules without attributes, whose metadata ({@code @basis @track @consequence @level @onlyIf
 *       @asks @characterises}) are plain strings;
 *   <li>conditions made of {@code ActFact(...)} and {@code Characterisation(...)} patterns, joined by
 *       {@code and}, {@code or}, {@code
 *       not}, {@code exists}, whose constraints are parsed here by {@link Constraint} against a closed
 *       grammar: properties and methods of the model, enum constants, literals, comparisons, {@code
 *       in}, {@code contains}, {@code matches}, {@code && || !};
 *   <li>a consequence that is exactly {@code conclude.finding(drools.getRule().getName(), $x);},
 *       {@code conclude.ask(...)}, or {@code insertLogical(new Characterisation(CharacterKind.K, $x,
 *       true|false));}.
 * </ul>
 *
 * Everything else ({@code function}, {@code declare}, queries, {@code dialect}, {@code eval}, {@code
 * from}, {@code accumulate}, windows, entry points, other globals, other imports, static calls,
 * {@code new}, reflection) is refused, each with one line {@code file:line:column: what it reaches}.
 */
final class DrlGuard {
  static final String ADVICE = "give --trust-rules only for a folder whose author you trust";
  private static final String CONCLUSIONS = "id.netral.core.rules.Conclusions";
  private static final String ACT_FACT = ActFact.class.getName();
  private static final String MODEL = "id.netral.core.model.";
  private static final Set<String> METADATA =
      Set.of("basis", "track", "consequence", "level", "onlyIf", "asks", "characterises", "sanction");
  private static final String CHARACTERISATION = id.netral.core.rules.Characterisation.class.getName();
  private static final String CHARACTER_KIND = id.netral.core.rules.CharacterKind.class.getName();

  private final String file;
  private final List<String> problems = new ArrayList<>();
  private String text = "";

  private DrlGuard(String file) {
    this.file = file;
  }

  /**
   * What in the DRL file {@code bytes} reaches outside the netral model, one line each ({@code
   * file:line:column: ...}); empty when it stays inside.
   *
   * @param file how to name the file in a message
   */
  static List<String> check(String file, byte[] bytes) {
    DrlGuard guard = new DrlGuard(file);
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      guard.problems.add(file + ": not UTF-8 text");
      return guard.problems;
    }
    guard.check(text);
    // a package attribute is also every rule's: name each place once
    Map<String, String> byPlace = new java.util.LinkedHashMap<>();
    for (String p : guard.problems) {
      byPlace.putIfAbsent(p.substring(0, Math.max(0, p.indexOf(": "))), p);
    }
    return List.copyOf(byPlace.values());
  }

  private void check(String drl) {
    this.text = drl;
    DrlParser parser = new DrlParser();
    PackageDescr pkg;
    try {
      pkg = parser.parse(false, drl);
    } catch (DroolsParserException | RuntimeException e) {
      problems.add(file + ": does not parse: " + firstLine(e.getMessage()));
      return;
    } catch (StackOverflowError e) {
      problems.add(file + ": nested too deeply to be checked");
      return;
    }
    if (parser.hasErrors() || pkg == null) {
      // the compiler would refuse the file too; what the parser skipped is not checked, so nothing
      // of it may go further
      for (DroolsError e : parser.getErrors()) {
        if (e instanceof ParserError p) {
          problems.add(file + ":" + p.getRow() + ":" + (p.getCol() + 1) + ": " + Plain.syntax(p.getMessage()));
        } else {
          problems.add(file + ": " + firstLine(e.getMessage()));
        }
      }
      if (problems.isEmpty()) {
        problems.add(file + ": does not parse");
      }
      return;
    }
    checkPackage(pkg);
    Function<String, Class<?>> enums = importsOf(pkg);
    for (RuleDescr rule : pkg.getRules()) {
      checkRule(rule, enums);
    }
  }

  private void checkPackage(PackageDescr pkg) {
    String name = pkg.getName();
    if (name == null || name.isEmpty()) {
      refuse(pkg, "a DRL file without a package");
    } else if (!isQualifiedName(name)) {
      refuse(pkg, "the package name '" + shown(name) + "'");
    } else if (!name.startsWith("id.netral.") || name.equals("id.netral.core") || name.startsWith("id.netral.core.")) {
      // the package is also searched for the names a rule uses: keep it where no class of another
      // library can answer for a model enum
      refuse(pkg, "the package " + name, "an untrusted rule folder's packages are under id.netral, outside id.netral.core,"
          + " such as id.netral.catalog.rules.uu7_2017");
    }
    if (pkg.getUnit() != null) {
      refuse(pkg.getUnit(), "a rule unit");
    }
    pkg.getAttributes().forEach(a -> refuse(a, "the package attribute '" + shown(a.getName()) + "'",
        a.getName().equals("dialect") ? "MVEL runs any Java" : ""));
    pkg.getFunctions().forEach(f -> refuse(f, "the DRL function " + shown(f.getName()), "a function runs any Java"));
    pkg.getFunctionImports().forEach(f -> refuse(f, "the function import " + shown(f.getTarget())));
    pkg.getAccumulateImports().forEach(f -> refuse(f, "the accumulate import " + shown(f.getTarget())));
    pkg.getTypeDeclarations().forEach(t -> refuse(t, "the type declaration 'declare " + shown(t.getTypeName()) + "'",
        "declared types and their field defaults run Java"));
    pkg.getEnumDeclarations().forEach(t -> refuse(t, "the enum declaration 'declare enum " + shown(t.getTypeName()) + "'"));
    pkg.getEntryPointDeclarations().forEach(t -> refuse(t, "the entry point declaration " + shown(t.getEntryPointId())));
    pkg.getWindowDeclarations().forEach(t -> refuse(t, "the window declaration " + shown(t.getName())));
    for (GlobalDescr g : pkg.getGlobals()) {
      if (!CONCLUSIONS.equals(g.getType()) || !"conclude".equals(g.getIdentifier())) {
        refuse(g, "the global " + shown(g.getType()) + " " + shown(g.getIdentifier()),
            "only 'global " + CONCLUSIONS + " conclude' is allowed");
      }
    }
  }

  /** Checks the imports; returns the model enums they make available, by simple name (null: none). */
  private Function<String, Class<?>> importsOf(PackageDescr pkg) {
    Map<String, Class<?>> enums = new java.util.HashMap<>();
    for (ImportDescr i : pkg.getImports()) {
      String target = i.getTarget();
      if (target == null) {
        refuse(i, "an import without a name");
      } else if (target.equals(ACT_FACT) || target.equals(CHARACTERISATION)) {
        continue;
      } else if (target.equals(CHARACTER_KIND)) {
        enums.put(id.netral.core.rules.CharacterKind.class.getSimpleName(), id.netral.core.rules.CharacterKind.class);
      } else if (target.startsWith(MODEL) && Model.modelClass(target.substring(MODEL.length())) != null) {
        Class<?> c = Model.modelClass(target.substring(MODEL.length()));
        if (c.isEnum()) {
          enums.put(c.getSimpleName(), c);
        }
      } else {
        refuse(i, "import " + shown(target), "only " + ACT_FACT + ", " + CHARACTERISATION + ", " + CHARACTER_KIND
            + " and classes of " + MODEL + "* may be imported, one by one");
      }
    }
    return enums::get;
  }

  private void checkRule(RuleDescr rule, Function<String, Class<?>> enums) {
    String name = rule.getName();
    if (name == null || name.isEmpty() || name.chars().anyMatch(c -> hidden((char) c))
        || name.contains("\"") || name.contains("\\")
        || name.contains("/*") || name.contains("*/")) {
      refuse(rule, "the rule name \"" + shown(name) + "\"", "quotes, backslashes, comment marks and control characters are not allowed in it");
    }
    String what = "rule \"" + shown(name) + "\"";
    if (rule.isQuery()) {
      refuse(rule, "the query " + shown(name));
      return;
    }
    if (rule.getUnit() != null) {
      refuse(rule, what + ": a rule unit");
    }
    if (rule.hasParent()) {
      refuse(rule, what + ": 'extends " + shown(rule.getParentName()) + "'");
    }
    rule.getAttributes().values().forEach(a -> refuse(a, what + ": the attribute '" + shown(a.getName()) + "'",
        a.getName().equals("dialect") ? "MVEL runs any Java" : "an untrusted rule has no attributes"));
    for (AnnotationDescr a : rule.getAnnotations()) {
      checkMetadata(a.getLine() > 0 ? a : rule, a, what);
    }
    if (!rule.getNamedConsequences().isEmpty()) {
      refuse(rule, what + ": named consequences");
    }
    List<String> bound = new ArrayList<>();
    AndDescr lhs = rule.getLhs();
    if (lhs != null) {
      for (BaseDescr d : lhs.getDescrs()) {
        condition(d, enums, bound, true);
      }
    }
    checkConsequence(rule, what, bound);
  }

  private void checkMetadata(BaseDescr where, AnnotationDescr a, String what) {
    if (!METADATA.contains(a.getName())) {
      refuse(where, what + ": the annotation @" + a.getName(),
          "allowed: @basis, @track, @consequence, @level, @onlyIf, @asks, @characterises");
      return;
    }
    Map<String, Object> values = a.getValueMap();
    if (values.size() != 1 || !values.containsKey("value") || !(values.get("value") instanceof String v) || !plainString(v)) {
      refuse(where, what + ": @" + a.getName() + "("
          + shown(String.valueOf(values.size() == 1 ? values.values().iterator().next() : values)) + ")", "metadata is one plain string, such as @" + a.getName() + "(\"...\")");
    }
  }

  /** A DRL string literal without escapes: its value is its text, whoever reads it. */
  private static boolean plainString(String v) {
    if (v.length() < 2 || v.charAt(0) != '"' || v.charAt(v.length() - 1) != '"') {
      return false;
    }
    for (int i = 1; i < v.length() - 1; i++) {
      char c = v.charAt(i);
      if (c == '"' || c == '\\' || c < 0x20) {
        return false;
      }
    }
    return true;
  }

  private void condition(BaseDescr d, Function<String, Class<?>> enums, List<String> bound, boolean topLevel) {
    if (d instanceof PatternDescr p) {
      pattern(p, enums, bound, topLevel);
    } else if (d instanceof AndDescr and) {
      and.getDescrs().forEach(c -> condition(c, enums, bound, topLevel));
    } else if (d instanceof OrDescr or) {
      or.getDescrs().forEach(c -> condition(c, enums, bound, false));
    } else if (d instanceof NotDescr not) {
      not.getDescrs().forEach(c -> condition(c, enums, bound, false));
    } else if (d instanceof ExistsDescr exists) {
      for (Object c : exists.getDescrs()) {
        if (c instanceof BaseDescr b) {
          condition(b, enums, bound, false);
        } else {
          refuse(exists, "an 'exists' of " + shown(String.valueOf(c)));
        }
      }
    } else {
      refuse(d, "the condition " + kind(d), kind(d).startsWith("'eval'") ? "eval runs any Java" : "an untrusted rule matches ActFact patterns only");
    }
  }

  private void pattern(PatternDescr p, Function<String, Class<?>> enums, List<String> bound, boolean topLevel) {
    String type = p.getObjectType();
    Class<?> root;
    if ("ActFact".equals(type) || ACT_FACT.equals(type)) {
      root = ActFact.class;
    } else if ("Characterisation".equals(type) || CHARACTERISATION.equals(type)) {
      root = id.netral.core.rules.Characterisation.class;
    } else {
      refuse(p, "the pattern type " + shown(type), "an untrusted rule matches ActFact and Characterisation only");
      return;
    }
    if (p.getSource() != null) {
      refuse(p.getSource(), "the pattern source " + kind(p.getSource()),
          "'from', 'collect', 'accumulate' and entry points run code or read outside the facts");
      return;
    }
    if (p.isQuery() || p.isUnification() || !p.getBehaviors().isEmpty() || !p.getAnnotations().isEmpty()
        || !p.getPositionalConstraints().isEmpty()) {
      refuse(p, "a query call, unification, window, annotation or positional constraint in a pattern");
      return;
    }
    for (BaseDescr c : p.getDescrs()) {
      if (c instanceof ExprConstraintDescr e && e.getType() == ExprConstraintDescr.Type.NAMED) {
        for (Constraint.Problem problem : Constraint.check(e.getExpression(), enums, bound, root)) {
          problems.add(at(e, problem.offset(), e.getExpression()) + problem.message()
              + (problem.outside() ? " reaches outside the netral model; " + ADVICE : ""));
        }
      } else {
        refuse(c, "the constraint " + kind(c), "bindings of fields are not allowed");
      }
    }
    String id = p.getIdentifier();
    if (id != null) {
      if (!topLevel) {
        refuse(p, "the binding " + shown(id) + " inside 'not', 'exists' or 'or'", "bind top-level patterns only");
      } else if (!id.matches("\\$[A-Za-z_][A-Za-z0-9_]*")) {
        refuse(p, "the binding " + shown(id), "a binding is $ and a name");
      } else if (root != ActFact.class) {
        refuse(p, "the binding " + shown(id) + " of a " + root.getSimpleName(), "bind ActFact patterns only");
      } else {
        bound.add(id);
      }
    }
  }

  private void checkConsequence(RuleDescr rule, String what, List<String> bound) {
    String rhs = rule.getConsequence() instanceof String t ? t : "";
    String canonical = rhs.chars().filter(c -> !Character.isWhitespace(c))
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    for (String v : bound) {
      if (canonical.equals("conclude.finding(drools.getRule().getName()," + v + ");")
          || canonical.equals("conclude.ask(drools.getRule().getName()," + v + ");")) {
        return;
      }
      for (id.netral.core.rules.CharacterKind k : id.netral.core.rules.CharacterKind.values()) {
        for (String settled : new String[] {"true", "false"}) {
          if (canonical.equals("insertLogical(newCharacterisation(CharacterKind." + k.name() + "," + v + "," + settled + "));")) {
            return;
          }
        }
      }
    }
    // the decision is the comparison above; what follows only finds what to name in the message
    String allowed = "conclude.finding(drools.getRule().getName(), $act); or conclude.ask(...) of a bound pattern,"
        + " or insertLogical(new Characterisation(CharacterKind.X, $act, true|false));";
    String statement = rhs.strip();
    for (String part : rhs.split(";")) {
      String p = part.strip();
      String bare = p.replaceAll("\\s+", "");
      if (!p.isEmpty() && !bound.stream().anyMatch(v -> bare.equals("conclude.finding(drools.getRule().getName()," + v + ")")
          || bare.equals("conclude.ask(drools.getRule().getName()," + v + ")"))) {
        statement = p;
        break;
      }
    }
    if (statement.isEmpty()) {
      problems.add(position(rule.getConsequenceLine(), "then") + what + ": a consequence that concludes nothing ("
          + "an untrusted rule's consequence is " + allowed + "); " + ADVICE);
      return;
    }
    problems.add(position(rule.getConsequenceLine(), statement) + what + ": '" + shown(statement)
        + "' in the consequence reaches outside the netral model (an untrusted rule's consequence is only "
        + allowed + "); " + ADVICE);
  }

  /** file:line:column of the first {@code needle} at or after line {@code line} of the file. */
  private String position(int line, String needle) {
    int from = 0;
    for (int l = 1; l < line && from >= 0; l++) {
      from = text.indexOf('\n', from) + 1;
      from = from == 0 ? -1 : from;
    }
    int at = from < 0 ? -1 : text.indexOf(needle.lines().findFirst().orElse(needle), from);
    if (at < 0) {
      return file + ":" + Math.max(line, 0) + ":1: ";
    }
    int l = 1;
    int lineStart = 0;
    for (int i = 0; i < at; i++) {
      if (text.charAt(i) == '\n') {
        l++;
        lineStart = i + 1;
      }
    }
    return file + ":" + l + ":" + (at - lineStart + 1) + ": ";
  }

  private void refuse(BaseDescr d, String what) {
    refuse(d, what, "");
  }

  private void refuse(BaseDescr d, String what, String why) {
    problems.add(file + ":" + Math.max(d.getLine(), 0) + ":" + (Math.max(d.getColumn(), 0) + 1) + ": " + what
        + " reaches outside the netral model" + (why.isEmpty() ? "" : " (" + why + ")") + "; " + ADVICE);
  }

  /** file:line:column of {@code offset} in a constraint that starts where {@code e} does. */
  private String at(ExprConstraintDescr e, int offset, String expr) {
    int line = Math.max(e.getLine(), 0);
    int column = Math.max(e.getColumn(), 0) + 1;
    for (int i = 0; i < offset && i < expr.length(); i++) {
      if (expr.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return file + ":" + line + ":" + column + ": ";
  }

  private static String kind(BaseDescr d) {
    String name = d.getClass().getSimpleName().replace("Descr", "");
    String text = d.getText();
    return "'" + name.toLowerCase(java.util.Locale.ROOT) + "'" + (text == null || text.isBlank() ? "" : " " + shown(text.strip()));
  }

  private static boolean isQualifiedName(String name) {
    for (String part : name.split("\\.", -1)) {
      if (part.isEmpty() || !(Character.isLetter(part.charAt(0)) || part.charAt(0) == '_')
          || !part.chars().allMatch(c -> c < 0x80 && (Character.isLetterOrDigit(c) || c == '_'))) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code s} on one line and not too long, for a message: runs of white space become one space,
   * and control, line-separator and bidirectional-formatting characters become {@code ?}, so that
   * what the file says cannot break or disguise the line.
   */
  static String shown(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    boolean space = false;
    for (int i = 0; i < s.length() && b.length() < 80; i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        space = true;
        continue;
      }
      if (space && b.length() > 0) {
        b.append(' ');
      }
      space = false;
      b.append(hidden(c) ? '?' : c);
    }
    return b.length() >= 80 ? b.substring(0, 77) + "..." : b.toString();
  }

  /** A control, line-separator or bidirectional-formatting character. */
  private static boolean hidden(char c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029' || Character.getType(c) == Character.FORMAT;
  }

  private static String firstLine(String s) {
    return s == null ? "" : shown(s.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(""));
  }

  /** Which model classes and members an untrusted rule may name. */
  static final class Model {
    private Model() {}

    /** The class {@code id.netral.core.model.<simpleName>}, or null when there is none. */
    static Class<?> modelClass(String simpleName) {
      if (!simpleName.matches("[A-Z][A-Za-z0-9]*")) {
        return null;
      }
      try {
        // not initialised: loading a model class by name runs nothing
        return Class.forName(MODEL + simpleName, false, ActFact.class.getClassLoader());
      } catch (ClassNotFoundException | LinkageError e) {
        return null;
      }
    }

  }
}
