package id.netral.drafting;

import id.netral.core.Language;
import id.netral.core.RuleSetException;
import id.netral.core.catalog.Catalog;
import id.netral.core.catalog.Interpretation;
import id.netral.core.catalog.Provision;
import id.netral.core.internal.CatalogLoader;
import id.netral.core.internal.RuleFolder;
import id.netral.core.internal.RuleSource;
import id.netral.core.model.DateRange;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a rule folder as {@code netral lint} does: it loads and compiles; every rule cites
 * provisions that exist and are in force on the days the rule covers; no two rules share a name;
 * every provision marked encoded has a rule; consequence tables leave no days uncovered; conditions
 * that can never hold together, where the text shows it. Every problem is found in one pass, each
 * with its file, line and column and a sentence in English and Indonesian.
 *
 * <p>Example: {@code Linter.lint(Path.of("/tmp/draft")).forEach(p -> System.out.println(p.toString(Language.ID)))}.
 */
public final class Linter {
  private static final Pattern RULE = Pattern.compile("(?m)^[ \\t]*rule\\s+\"([^\"]+)\"");
  private static final Pattern META = Pattern.compile("@(basis)\\(\"([^\"]*)\"\\)");
  private static final Pattern IN_FORCE = Pattern.compile("inForce\\(\"([^\"]+)\"\\)");
  private static final Pattern INTERPRETATION = Pattern.compile("interpretation\\(\"([^\"]+)\"\\)\\s*==\\s*\"([^\"]+)\"");
  private static final Pattern EQUALS = Pattern.compile("\\b(actType|actorType|stage|candidateStatus|electionKind|targetKind|campaignRole|partyRole|form|effect)\\s*==\\s*([A-Za-z]+\\.[A-Z_]+)");
  private static final Pattern CONSEQUENCE = Pattern.compile("@consequence\\(\"([^\"]*)\"\\)");
  private static final Pattern LEVEL = Pattern.compile("@level\\(\"([^\"]*)\"\\)");
  private static final Pattern LOCATED = Pattern.compile("^(.*?\\.(?:drl|yaml|yml))(?::(\\d+)(?::(\\d+))?)?: (.*)$", Pattern.DOTALL);

  private Linter() {}

  /**
   * One thing wrong, where it is: {@code file:line:column}, and what, in English and Indonesian.
   *
   * @param file the file, as the folder names it (the folder itself when no file is to blame)
   * @param line the line, from 1; 0 when the problem is about the file as a whole
   * @param column the column, from 1; 0 when only the line is known
   * @param english the sentence in English
   * @param indonesian the same sentence in Indonesian
   */
  public record Problem(String file, int line, int column, String english, String indonesian) {
    /** {@code file:line:column}, or less when the line or column is not known. */
    public String where() {
      return file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "");
    }

    /** The sentence in English. */
    public String message() {
      return english;
    }

    /** The sentence in {@code language}. */
    public String message(Language language) {
      return language == Language.ID ? indonesian : english;
    }

    /** {@code file:line:column: sentence} in {@code language}. */
    public String toString(Language language) {
      return (file.isEmpty() ? "" : where() + ": ") + message(language);
    }

    @Override
    public String toString() {
      return toString(Language.EN);
    }
  }

  /** Lints the rule folder {@code dir}, not trusting its author; an empty list means clean. */
  public static List<Problem> lint(Path dir) {
    return lint(dir, false);
  }

  /**
   * Lints the rule folder {@code dir}; an empty list means clean. Unless {@code trusted}, the
   * folder's DRL is first checked as {@link id.netral.core.NeutralityEngine#withRuleFolder} checks
   * it, and when it reaches outside the netral model (or is misspelt), nothing of the folder is
   * compiled: the problems of that check are reported with those found by reading the files.
   */
  public static List<Problem> lint(Path dir, boolean trusted) {
    List<Problem> problems = new ArrayList<>();
    RuleSource source = RuleSource.folder(dir);
    CatalogLoader.Manifest manifest;
    try {
      manifest = CatalogLoader.manifest(source);
    } catch (RuleSetException e) {
      e.getMessage().lines().forEach(l -> problems.add(parse(l, source.describe(CatalogLoader.MANIFEST))));
      return problems;
    }
    Map<String, String> texts = new LinkedHashMap<>();
    boolean guarded = false;
    if (!trusted) {
      try {
        for (String l : new DrlCompiler().untrusted(source, manifest.rules())) {
          problems.add(parse(l, ""));
          guarded = true;
        }
      } catch (RuleSetException e) {
        e.getMessage().lines().forEach(l -> problems.add(parse(l, "")));
        guarded = true;
      }
    }
    Catalog catalog;
    try {
      catalog = CatalogLoader.load(source, manifest);
    } catch (RuleSetException e) {
      // without the catalog no citation can be checked: what is wrong with it, and the guard's findings
      e.getMessage().lines().forEach(l -> problems.add(parse(l, source.describe(CatalogLoader.MANIFEST))));
      return finish(problems, texts, source);
    }
    if (!guarded) {
      try {
        RuleFolder.load(dir, trusted);
      } catch (RuleSetException e) {
        e.getMessage().lines().forEach(l -> problems.add(parse(l, "")));
      }
    }
    String tables = manifest.consequences() == null ? CatalogLoader.MANIFEST : manifest.consequences();
    gaps(catalog, source.describe(tables), text(source, tables), problems);

    Map<String, String> names = new HashMap<>();
    Map<String, String> ids = new HashMap<>();
    Set<String> cited = new TreeSet<>();
    for (String drl : manifest.rules()) {
      String file = source.describe(drl);
      String text;
      try {
        text = new String(source.read(drl), StandardCharsets.UTF_8);
      } catch (RuleSetException e) {
        continue; // reported by the guard or the compiler
      }
      texts.put(file, text);
      List<Integer> starts = new ArrayList<>();
      List<String> ruleNames = new ArrayList<>();
      Matcher m = RULE.matcher(text);
      while (m.find()) {
        starts.add(text.indexOf("rule", m.start()));
        ruleNames.add(m.group(1));
      }
      for (int r = 0; r < starts.size(); r++) {
        String name = ruleNames.get(r);
        int start = starts.get(r);
        String body = text.substring(start, r + 1 < starts.size() ? starts.get(r + 1) : text.length());
        At at = new At(file, text, start, "rule \"" + name + "\": ", "aturan \"" + name + "\": ");
        String here = at.where(0);
        String previous = names.putIfAbsent(name, here);
        if (previous != null) {
          problems.add(at.problem(0, "another rule has this name (" + previous + ")",
              "aturan lain sudah memakai nama ini (" + previous + ")"));
        }
        String id = name.contains(" ") ? name.substring(0, name.indexOf(' ')) : name;
        String previousId = ids.putIfAbsent(id, here);
        if (previousId != null && previous == null) {
          problems.add(at.problem(0, "another rule has the id '" + id + "' (" + previousId + ")",
              "aturan lain sudah memakai id '" + id + "' (" + previousId + ")"));
        }
        checkRule(catalog, body, at, cited, problems);
        citedThroughTables(catalog, body, cited);
      }
    }
    for (Provision p : catalog.provisions()) {
      String file = fileOf(manifest, p);
      if (p.encoded() && !cited.contains(p.id())) {
        problems.add(provisionProblem(source, file, p, "provision " + p.id() + " is marked encoded but no rule cites it",
            "ketentuan " + p.id() + " ditandai encoded tetapi tidak ada aturan yang menyebutnya"));
      }
      if (!p.encoded() && cited.contains(p.id())) {
        problems.add(provisionProblem(source, file, p, "provision " + p.id() + " is cited by a rule but not marked encoded",
            "ketentuan " + p.id() + " disebut oleh aturan tetapi tidak ditandai encoded"));
      }
    }
    return finish(problems, texts, source);
  }

  /** Where in a rule: its file and text, where the rule starts, and how its sentences begin. */
  private record At(String file, String text, int start, String en, String id) {
    int[] position(int offset) {
      return Linter.position(text, start + offset);
    }

    String where(int offset) {
      int[] p = position(offset);
      return file + ":" + p[0] + ":" + p[1];
    }

    Problem problem(int offset, String english, String indonesian) {
      int[] p = position(offset);
      return new Problem(file, p[0], p[1], en + english, id + indonesian);
    }
  }

  /** The provisions a rule cites through the consequence table it names (for its level), as the engine does. */
  private static void citedThroughTables(Catalog catalog, String body, Set<String> cited) {
    Matcher c = CONSEQUENCE.matcher(body);
    if (!c.find()) {
      return;
    }
    Matcher l = LEVEL.matcher(body);
    String level = l.find() ? l.group(1) : null;
    if (level != null && level.startsWith("interpretation:")) {
      level = catalog.choice(level.substring("interpretation:".length()).strip());
    }
    String byLevel = level;
    catalog.consequence(c.group(1)).ifPresent(table -> {
      for (id.netral.core.catalog.ConsequenceRow r : table.rows()) {
        java.util.stream.Stream.of(r.sanction(), r.basis(), r.laterFor(), r.heaviest(),
                byLevel == null ? null : r.levels().entrySet().stream()
                    .filter(e -> e.getKey().name().equals(byLevel)).map(java.util.Map.Entry::getValue)
                    .findFirst().orElse(null))
            .filter(java.util.Objects::nonNull).forEach(cited::add);
        cited.addAll(r.via());
      }
    });
  }

  private static Problem provisionProblem(RuleSource source, String file, Provision p, String english, String indonesian) {
    String text = text(source, file);
    int at = text.indexOf("id: " + p.id() + "\n");
    if (at < 0) {
      return new Problem(source.describe(file), 0, 0, english, indonesian);
    }
    int[] pos = position(text, at + 4);
    return new Problem(source.describe(file), pos[0], pos[1], english, indonesian);
  }

  private static String text(RuleSource source, String file) {
    try {
      return new String(source.read(file), StandardCharsets.UTF_8);
    } catch (RuleSetException e) {
      return "";
    }
  }

  /**
   * Gaps in the consequence tables: for one class of actor (and level), days of acts between two
   * rows that no row covers, so that a rule naming the table would conclude nothing on those days.
   * Each is reported at the row after the gap.
   */
  static void gaps(Catalog catalog, String where, String text, List<Problem> problems) {
    for (id.netral.core.catalog.Consequence c : catalog.consequences()) {
      Set<String> classes = new TreeSet<>();
      for (id.netral.core.catalog.ConsequenceRow r : c.rows()) {
        if (r.actors().isEmpty()) {
          classes.add("*");
        }
        r.actors().forEach(a -> classes.add(a.name()));
      }
      for (String actor : classes) {
        List<id.netral.core.catalog.ConsequenceRow> rows = c.rows().stream()
            .filter(r -> r.actors().isEmpty() || r.actors().stream().anyMatch(a -> a.name().equals(actor)))
            .sorted(java.util.Comparator.comparing((id.netral.core.catalog.ConsequenceRow r) -> r.period().from(),
                java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())))
            .toList();
        for (int i = 1; i < rows.size(); i++) {
          LocalDate end = rows.get(i - 1).period().to();
          LocalDate next = rows.get(i).period().from();
          if (end != null && next != null && end.plusDays(1).isBefore(next)) {
            int[] pos = rowPosition(text, c.id(), next);
            String who = "*".equals(actor) ? "" : " for " + actor;
            String siapa = "*".equals(actor) ? "" : " untuk " + actor;
            problems.add(new Problem(where, pos[0], pos[1], "consequence " + c.id() + ": no row covers acts from "
                + end.plusDays(1) + " to " + next.minusDays(1) + who,
                "konsekuensi " + c.id() + ": tidak ada baris yang mencakup perbuatan dari " + end.plusDays(1)
                    + " sampai " + next.minusDays(1) + siapa));
          }
        }
      }
    }
  }

  /** Line and column of the {@code from:} of the row of table {@code id} that starts on {@code from}. */
  private static int[] rowPosition(String text, String id, LocalDate from) {
    Matcher table = Pattern.compile("(?m)^\\s*-?\\s*id:\\s*" + Pattern.quote(id) + "\\s*$").matcher(text);
    if (!table.find()) {
      return new int[] {0, 0};
    }
    Matcher row = Pattern.compile("\\bfrom:\\s*" + Pattern.quote(from.toString()) + "\\b").matcher(text);
    Matcher nextTable = Pattern.compile("(?m)^\\s*-\\s*id:").matcher(text);
    int end = nextTable.find(table.end()) ? nextTable.start() : text.length();
    if (row.find(table.end()) && row.start() < end) {
      return position(text, row.start());
    }
    return position(text, text.indexOf("id:", table.start()));
  }

  private static void checkRule(Catalog catalog, String body, At at, Set<String> cited, List<Problem> problems) {
    List<String> basis = new ArrayList<>();
    Map<String, Integer> basisAt = new HashMap<>();
    Matcher meta = META.matcher(body);
    while (meta.find()) {
      int offset = meta.start(2);
      for (String id : meta.group(2).split(",", -1)) {
        String trimmed = id.strip();
        int idAt = offset + id.indexOf(trimmed);
        offset += id.length() + 1;
        if (!trimmed.isEmpty()) {
          cited.add(trimmed);
          basis.add(trimmed);
          basisAt.putIfAbsent(trimmed, idAt);
          if (catalog.provision(trimmed).isEmpty()) {
            String near = Plain.nearest(trimmed, catalog.provisions().stream().map(Provision::id).toList(), 1);
            problems.add(at.problem(idAt, "@basis cites '" + trimmed + "', which is not in the catalog"
                + (near == null ? "" : " (did you mean '" + near + "'?)"),
                "@basis menyebut '" + trimmed + "', yang tidak ada dalam katalog"
                + (near == null ? "" : " (mungkin maksudnya '" + near + "'?)")));
          }
        }
      }
    }
    if (basis.isEmpty()) {
      problems.add(at.problem(0, "no @basis: every rule cites the provisions it encodes",
          "tidak ada @basis: setiap aturan menyebut ketentuan yang dikodekannya"));
      return;
    }
    // the days the rule can fire: the intersection of the windows of its inForce gates
    LocalDate from = null;
    LocalDate to = null;
    List<String> gates = new ArrayList<>();
    Matcher g = IN_FORCE.matcher(body);
    while (g.find()) {
      String id = g.group(1);
      gates.add(id);
      Provision p = catalog.provision(id).orElse(null);
      if (p == null) {
        problems.add(at.problem(g.start(1), "inForce(\"" + id + "\") names a provision that is not in the catalog",
            "inForce(\"" + id + "\") menyebut ketentuan yang tidak ada dalam katalog"));
        continue;
      }
      from = later(from, p.inForce().from());
      to = earlier(to, p.inForce().to());
    }
    if (gates.isEmpty()) {
      if (body.contains("@characterises(")) {
        return; // a characterisation serves several provisions; the provision rules that match it gate on their own
      }
      problems.add(at.problem(0, "no inForce(\"" + basis.get(0) + "\") gate: the rule could fire on days its provision is not in force",
          "tidak ada syarat inForce(\"" + basis.get(0) + "\"): aturan dapat terpicu pada hari ketika ketentuannya tidak berlaku"));
      return;
    }
    if (from != null && to != null && from.isAfter(to)) {
      problems.add(at.problem(0, "its conditions can never be met together: the provisions of " + gates
          + " are never in force on the same day",
          "syarat-syaratnya tidak pernah dapat terpenuhi bersamaan: ketentuan " + gates + " tidak pernah berlaku pada hari yang sama"));
      return;
    }
    DateRange window = new DateRange(from, to);
    String primary = basis.get(0);
    catalog.provision(primary).ifPresent(p -> {
      if (!covers(p.inForce(), window)) {
        problems.add(at.problem(basisAt.get(primary), "it can fire on days (" + show(window, false) + ") when its primary provision "
            + primary + " is not in force (it is in force " + show(p.inForce(), false) + ")",
            "aturan dapat terpicu pada hari-hari (" + show(window, true) + ") ketika ketentuan utamanya " + primary
            + " tidak berlaku (ketentuan itu berlaku " + show(p.inForce(), true) + ")"));
      }
    });
    for (String id : basis) {
      catalog.provision(id).ifPresent(p -> {
        if (!overlaps(p.inForce(), window)) {
          problems.add(at.problem(basisAt.get(id), "cites " + id + ", which is in force on none of the days the rule covers"
              + " (the rule covers the days " + show(window, false) + "; " + id + " is in force " + show(p.inForce(), false) + ")",
              "menyebut " + id + ", yang tidak berlaku pada hari mana pun yang dicakup aturan (aturan mencakup hari-hari "
              + show(window, true) + "; " + id + " berlaku " + show(p.inForce(), true) + ")"));
        }
      });
    }
    Map<String, String> equal = new LinkedHashMap<>();
    Matcher e = EQUALS.matcher(body);
    while (e.find()) {
      String before = equal.putIfAbsent(e.group(1), e.group(2));
      if (before != null && !before.equals(e.group(2)) && !orNearby(body, e.start())) {
        String both = e.group(1) + " == " + before + " and " + e.group(1) + " == " + e.group(2);
        problems.add(at.problem(e.start(), "its conditions can never be met together: " + both,
            "syarat-syaratnya tidak pernah dapat terpenuhi bersamaan: " + both.replace(" and ", " dan ")));
      }
    }
    String stage = equal.get("stage");
    if ("CandidateStatus.BAKAL_CALON".equals(equal.get("candidateStatus")) && stage != null
        && !stage.equals("ElectionStage.BEFORE_DETERMINATION")) {
      problems.add(at.problem(body.indexOf("CandidateStatus.BAKAL_CALON"), "its conditions can never be met together: candidates are prospective"
          + " (BAKAL_CALON) only before determination, not in " + stage,
          "syarat-syaratnya tidak pernah dapat terpenuhi bersamaan: calon masih bakal calon (BAKAL_CALON) hanya sebelum"
          + " penetapan, bukan pada " + stage));
    }
    Matcher i = INTERPRETATION.matcher(body);
    while (i.find()) {
      Interpretation in = catalog.interpretation(i.group(1)).orElse(null);
      if (in == null) {
        problems.add(at.problem(i.start(), "interpretation(\"" + i.group(1) + "\") is not in interpretations.yaml",
            "interpretation(\"" + i.group(1) + "\") tidak ada dalam interpretations.yaml"));
      } else if (!in.options().containsKey(i.group(2))) {
        problems.add(at.problem(i.start(2), "interpretation(\"" + i.group(1) + "\") has no option '" + i.group(2)
            + "'; its options are " + new TreeSet<>(in.options().keySet()),
            "interpretation(\"" + i.group(1) + "\") tidak mempunyai pilihan '" + i.group(2)
            + "'; pilihannya: " + new TreeSet<>(in.options().keySet())));
      }
    }
  }

  /** Whether an equality at {@code at} is one side of an "||" (then two values are not a contradiction). */
  private static boolean orNearby(String body, int at) {
    int open = body.lastIndexOf('(', at);
    int close = body.indexOf(')', at);
    String around = body.substring(Math.max(0, open), close < 0 ? body.length() : close);
    return around.contains("||") || body.substring(Math.max(0, at - 40), at).contains("||");
  }

  /**
   * The problems in the order of their files, lines and columns; the same problem found by loading
   * and by reading the text reported once, with its line; a rule named without a line placed at
   * its {@code rule} keyword.
   */
  private static List<Problem> finish(List<Problem> problems, Map<String, String> texts, RuleSource source) {
    Map<String, Problem> byKey = new LinkedHashMap<>();
    for (Problem p : problems) {
      String key = p.file() + "|" + p.english().replaceAll(" \\(did you mean [^)]*\\)", "");
      Problem before = byKey.get(key);
      if (before == null || before.line() == 0 && p.line() > 0) {
        byKey.put(key, p);
      }
    }
    List<Problem> out = new ArrayList<>();
    for (Problem p : byKey.values()) {
      Matcher named = Pattern.compile("^rule \"([^\"]+)\": ").matcher(p.english());
      if (p.line() == 0 && named.find() && texts.containsKey(p.file())) {
        String text = texts.get(p.file());
        int at = text.indexOf("rule \"" + named.group(1) + "\"");
        if (at >= 0) {
          int[] pos = position(text, at);
          p = new Problem(p.file(), pos[0], pos[1], p.english(), p.indonesian());
        }
      }
      out.add(p);
    }
    out.sort(java.util.Comparator.comparing(Problem::file).thenComparingInt(Problem::line).thenComparingInt(Problem::column));
    return out;
  }

  /** A line {@code file:line:column: sentence} of the guard, the compiler or the catalog loader as a problem. */
  private static Problem parse(String line, String fallbackFile) {
    Matcher m = LOCATED.matcher(line);
    if (m.matches()) {
      String message = m.group(4);
      return new Problem(m.group(1), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
          m.group(3) == null ? 0 : Integer.parseInt(m.group(3)), message, Plain.indonesian(message));
    }
    int i = line.indexOf(": ");
    String file = i < 0 ? fallbackFile : line.substring(0, i);
    String message = i < 0 ? line : line.substring(i + 2);
    return new Problem(file, 0, 0, message, Plain.indonesian(message));
  }

  private static int[] position(String text, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, offset - lineStart + 1};
  }

  private static String fileOf(CatalogLoader.Manifest manifest, Provision p) {
    return manifest.provisions().stream().filter(f -> f.endsWith("/" + p.instrument() + ".yaml")).findFirst()
        .orElse(CatalogLoader.MANIFEST);
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
  }

  private static boolean covers(DateRange outer, DateRange inner) {
    boolean fromOk = outer.from() == null || (inner.from() != null && !inner.from().isBefore(outer.from()));
    boolean toOk = outer.to() == null || (inner.to() != null && !inner.to().isAfter(outer.to()));
    return fromOk && toOk;
  }

  private static boolean overlaps(DateRange a, DateRange b) {
    LocalDate from = later(a.from(), b.from());
    LocalDate to = earlier(a.to(), b.to());
    return from == null || to == null || !from.isAfter(to);
  }

  private static String show(DateRange r, boolean indonesian) {
    if (r.from() == null && r.to() == null) {
      return indonesian ? "setiap hari" : "every day";
    }
    if (r.to() == null) {
      return (indonesian ? "sejak " : "from ") + r.from();
    }
    if (r.from() == null) {
      return (indonesian ? "sampai " : "up to ") + r.to();
    }
    return (indonesian ? "dari " : "from ") + r.from() + (indonesian ? " sampai " : " to ") + r.to();
  }
}
