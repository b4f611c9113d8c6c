package id.netral.drafting;

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
 * every provision marked encoded has a rule; conditions that can never hold together, where the
 * text shows it.
 */
public final class Linter {
  private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"");
  private static final Pattern META = Pattern.compile("@(basis)\\(\"([^\"]*)\"\\)");
  private static final Pattern IN_FORCE = Pattern.compile("inForce\\(\"([^\"]+)\"\\)");
  private static final Pattern INTERPRETATION = Pattern.compile("interpretation\\(\"([^\"]+)\"\\)\\s*==\\s*\"([^\"]+)\"");
  private static final Pattern EQUALS = Pattern.compile("\\b(actType|actorType|stage|candidateStatus|electionKind|targetKind|campaignRole|partyRole|form|effect)\\s*==\\s*([A-Za-z]+\\.[A-Z_]+)");

  private Linter() {}

  /** One thing wrong, where it is. */
  public record Problem(String where, String message) {
    @Override
    public String toString() {
      return where + ": " + message;
    }
  }

  /** Lints the rule folder {@code dir}, not trusting its author; an empty list means clean. */
  public static List<Problem> lint(Path dir) {
    return lint(dir, false);
  }

  /**
   * Lints the rule folder {@code dir}; an empty list means clean. Unless {@code trusted}, the
   * folder's DRL is first checked as {@link id.netral.core.NeutralityEngine#withRuleFolder} checks
   * it, and when it reaches outside the netral model, those problems are all that is reported:
   * nothing of the folder is compiled.
   */
  public static List<Problem> lint(Path dir, boolean trusted) {
    List<Problem> problems = new ArrayList<>();
    RuleSource source = RuleSource.folder(dir);
    CatalogLoader.Manifest manifest;
    try {
      manifest = CatalogLoader.manifest(source);
    } catch (RuleSetException e) {
      problems.add(split(e.getMessage()));
      return problems;
    }
    if (!trusted) {
      try {
        new DrlCompiler().untrusted(source, manifest.rules()).forEach(l -> problems.add(split(l)));
      } catch (RuleSetException e) {
        e.getMessage().lines().forEach(l -> problems.add(split(l)));
      }
      if (!problems.isEmpty()) {
        return problems;
      }
    }
    Catalog catalog;
    try {
      catalog = CatalogLoader.load(source, manifest);
    } catch (RuleSetException e) {
      problems.add(split(e.getMessage()));
      return problems;
    }
    id.netral.core.internal.RuleSetRuntime runtime = null;
    try {
      runtime = RuleFolder.load(dir, trusted);
    } catch (RuleSetException e) {
      e.getMessage().lines().forEach(l -> problems.add(split(l)));
    }
    gaps(catalog, source.describe(manifest.consequences() == null ? CatalogLoader.MANIFEST : manifest.consequences()),
        problems);

    Map<String, String> names = new HashMap<>();
    Map<String, String> ids = new HashMap<>();
    Set<String> cited = new TreeSet<>();
    for (String drl : manifest.rules()) {
      String text = new String(source.read(drl), StandardCharsets.UTF_8);
      List<int[]> starts = new ArrayList<>();
      List<String> ruleNames = new ArrayList<>();
      Matcher m = RULE.matcher(text);
      while (m.find()) {
        starts.add(new int[] {m.start(), line(text, m.start())});
        ruleNames.add(m.group(1));
      }
      for (int r = 0; r < starts.size(); r++) {
        String name = ruleNames.get(r);
        String body = text.substring(starts.get(r)[0], r + 1 < starts.size() ? starts.get(r + 1)[0] : text.length());
        String where = source.describe(drl) + ":" + starts.get(r)[1] + ": rule \"" + name + "\"";
        String previous = names.putIfAbsent(name, where);
        if (previous != null) {
          problems.add(new Problem(where, "another rule has this name (" + previous + ")"));
        }
        String id = name.contains(" ") ? name.substring(0, name.indexOf(' ')) : name;
        String previousId = ids.putIfAbsent(id, where);
        if (previousId != null && previous == null) {
          problems.add(new Problem(where, "another rule has the id '" + id + "' (" + previousId + ")"));
        }
        checkRule(catalog, body, where, cited, problems);
      }
    }
    dedupe(problems);
    if (runtime != null) {
      // what the rules cite through the consequence tables they name
      for (id.netral.core.internal.RuleSpec spec : runtime.rules().values()) {
        for (Provision p : catalog.provisions()) {
          if (runtime.cites(spec, p.id())) {
            cited.add(p.id());
          }
        }
      }
    }
    for (Provision p : catalog.provisions()) {
      if (p.encoded() && !cited.contains(p.id())) {
        problems.add(new Problem(source.describe(fileOf(manifest, p)), "provision " + p.id() + " is marked encoded but no rule cites it"));
      }
      if (!p.encoded() && cited.contains(p.id())) {
        problems.add(new Problem(source.describe(fileOf(manifest, p)), "provision " + p.id() + " is cited by a rule but not marked encoded"));
      }
    }
    return problems;
  }

  /**
   * Gaps in the consequence tables: for one class of actor (and level), days of acts between two
   * rows that no row covers, so that a rule naming the table would conclude nothing on those days.
   */
  static void gaps(Catalog catalog, String where, List<Problem> problems) {
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
          java.time.LocalDate end = rows.get(i - 1).period().to();
          java.time.LocalDate next = rows.get(i).period().from();
          if (end != null && next != null && end.plusDays(1).isBefore(next)) {
            problems.add(new Problem(where, "consequence " + c.id() + ": no row covers acts from " + end.plusDays(1)
                + " to " + next.minusDays(1) + ("*".equals(actor) ? "" : " for " + actor)));
          }
        }
      }
    }
  }

  private static void checkRule(Catalog catalog, String body, String where, Set<String> cited, List<Problem> problems) {
    List<String> basis = new ArrayList<>();
    Matcher meta = META.matcher(body);
    while (meta.find()) {
      for (String id : meta.group(2).split(",")) {
        String trimmed = id.trim();
        if (!trimmed.isEmpty()) {
          cited.add(trimmed);
          if (meta.group(1).equals("basis")) {
            basis.add(trimmed);
          }
          if (catalog.provision(trimmed).isEmpty()) {
            problems.add(new Problem(where, "@" + meta.group(1) + " cites '" + trimmed + "', which is not in the catalog"));
          }
        }
      }
    }
    if (basis.isEmpty()) {
      problems.add(new Problem(where, "no @basis: every rule cites the provisions it encodes"));
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
        problems.add(new Problem(where, "inForce(\"" + id + "\") names a provision that is not in the catalog"));
        continue;
      }
      from = later(from, p.inForce().from());
      to = earlier(to, p.inForce().to());
    }
    if (gates.isEmpty()) {
      if (body.contains("@characterises(")) {
        return; // a characterisation serves several provisions; the provision rules that match it gate on their own
      }
      problems.add(new Problem(where, "no inForce(\"" + basis.get(0) + "\") gate: the rule would fire on days its provision is not in force"));
      return;
    }
    if (from != null && to != null && from.isAfter(to)) {
      problems.add(new Problem(where, "its conditions can never be met together: the provisions of " + gates
          + " are never in force on the same day"));
      return;
    }
    DateRange window = new DateRange(from, to);
    for (String id : basis.subList(0, 1)) {
      catalog.provision(id).ifPresent(p -> {
        if (!covers(p.inForce(), window)) {
          problems.add(new Problem(where, "it can fire on days (" + show(window) + ") when its primary provision " + id
              + " is not in force (" + show(p.inForce()) + ")"));
        }
      });
    }
    for (String id : basis) {
      catalog.provision(id).ifPresent(p -> {
        if (!overlaps(p.inForce(), window)) {
          problems.add(new Problem(where, "cites " + id + ", which is in force on none of the days the rule covers ("
              + show(window) + " against " + show(p.inForce()) + ")"));
        }
      });
    }
    Map<String, String> equal = new LinkedHashMap<>();
    Matcher e = EQUALS.matcher(body);
    while (e.find()) {
      String before = equal.putIfAbsent(e.group(1), e.group(2));
      if (before != null && !before.equals(e.group(2)) && !orNearby(body, e.start())) {
        problems.add(new Problem(where, "its conditions can never be met together: " + e.group(1) + " == " + before
            + " and " + e.group(1) + " == " + e.group(2)));
      }
    }
    String stage = equal.get("stage");
    if ("CandidateStatus.BAKAL_CALON".equals(equal.get("candidateStatus")) && stage != null
        && !stage.equals("ElectionStage.BEFORE_DETERMINATION")) {
      problems.add(new Problem(where, "its conditions can never be met together: candidates are prospective (BAKAL_CALON) only before determination, not in " + stage));
    }
    Matcher i = INTERPRETATION.matcher(body);
    while (i.find()) {
      Interpretation in = catalog.interpretation(i.group(1)).orElse(null);
      if (in == null) {
        problems.add(new Problem(where, "interpretation(\"" + i.group(1) + "\") is not in interpretations.yaml"));
      } else if (!in.options().containsKey(i.group(2))) {
        problems.add(new Problem(where, "interpretation(\"" + i.group(1) + "\") has no option '" + i.group(2)
            + "'; its options are " + new TreeSet<>(in.options().keySet())));
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

  /** The same problem found by loading and by reading the text is reported once, with its line. */
  private static void dedupe(List<Problem> problems) {
    Map<String, Problem> byKey = new LinkedHashMap<>();
    for (Problem p : problems) {
      String key = p.toString().replaceFirst("(\\.drl):\\d+", "$1");
      Problem before = byKey.get(key);
      if (before == null || p.toString().length() > before.toString().length()) {
        byKey.put(key, p);
      }
    }
    problems.clear();
    problems.addAll(byKey.values());
  }

  private static Problem split(String line) {
    int i = line.indexOf(": ");
    return i < 0 ? new Problem("", line) : new Problem(line.substring(0, i), line.substring(i + 2));
  }

  private static String fileOf(CatalogLoader.Manifest manifest, Provision p) {
    return manifest.provisions().stream().filter(f -> f.endsWith("/" + p.instrument() + ".yaml")).findFirst()
        .orElse(CatalogLoader.MANIFEST);
  }

  private static int line(String text, int offset) {
    int n = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        n++;
      }
    }
    return n;
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

  private static String show(DateRange r) {
    return (r.from() == null ? "any day" : r.from().toString()) + " to " + (r.to() == null ? "today" : r.to().toString());
  }
}
