package id.netral.core.internal;

import id.netral.core.DisciplineLevel;
import id.netral.core.FindingType;
import id.netral.core.Receipt;
import id.netral.core.RuleSetException;
import id.netral.core.catalog.Catalog;
import id.netral.core.catalog.Interpretation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * A loaded rule set: the catalog, the KieBase and what each rule concludes. Immutable; shared by
 * every thread.
 */
public final class RuleSetRuntime {

  /** The resource that tells where the bundled rule set is. */
  public static final String BUNDLED = "META-INF/netral/rule-set.properties";

  private static final String GLOBAL = "conclude";

  private final Catalog catalog;
  private final KieBase kieBase;
  private final Map<String, RuleSpec> rules;
  private final Receipt receipt;
  private final boolean hasGlobal;
  private final RuleSource source;
  /** The catalog as the rule set's files give it, before any interpretation choice is overridden. */
  private final Catalog filed;

  private RuleSetRuntime(Catalog catalog, KieBase kieBase, Map<String, RuleSpec> rules, String version,
      RuleSource source, Catalog filed) {
    this.catalog = catalog;
    this.kieBase = kieBase;
    this.source = source;
    this.filed = filed;
    this.rules = Collections.unmodifiableMap(rules);
    this.receipt = new Receipt(version, catalog.version(), catalog.digest());
    this.hasGlobal = kieBase.getKiePackages().stream()
        .anyMatch(p -> p.getGlobalVariables().stream().anyMatch(g -> g.getName().equals(GLOBAL)));
  }

  /** Loads the rule set bundled on the classpath, with its precompiled executable model. */
  public static RuleSetRuntime bundled(ClassLoader loader) {
    return bundled(loader, true);
  }

  /**
   * Loads the bundled rule set; {@code hashEnumTests} false leaves the rules' enum tests as Drools
   * compiled them, without the indexes of {@link EnumIndexes} (for tests that compare the two).
   */
  public static RuleSetRuntime bundled(ClassLoader loader, boolean hashEnumTests) {
    Properties props = bundledProperties(loader);
    RuleSource source = RuleSource.classpath(loader, props.getProperty("root"));
    // the KieBase and the catalog do not depend on each other: build them on two threads
    java.util.concurrent.CompletableFuture<KieBase> kieBase = new java.util.concurrent.CompletableFuture<>();
    Thread builder = new Thread(() -> {
      try {
        // the configuration made directly: through KieServices.get() it first starts the whole
        // KieServices registry, which a KieBase from the executable model does not need
        List<Model> models = models(loader, props.getProperty("model"));
        if (hashEnumTests) {
          EnumIndexes.add(models);
        }
        KieBase built = KieBaseBuilder.createKieBaseFromModel(models,
            org.drools.core.impl.RuleBaseFactory.newKnowledgeBaseConfiguration(null, loader));
        kieBase.complete(built);
      } catch (RuntimeException | Error e) {
        kieBase.completeExceptionally(e);
      }
    }, "netral-kiebase");
    builder.setDaemon(true);
    builder.start();
    Catalog catalog = bundledCatalog(loader, props.getProperty("root"), source);
    try {
      return of(catalog, kieBase.join(), source);
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }

  /** The bundled catalog: its precompiled binary form when the jar has it, else the YAML. */
  private static Catalog bundledCatalog(ClassLoader loader, String root, RuleSource source) {
    try (InputStream in = loader.getResourceAsStream(root + "/" + CatalogCodec.FILE)) {
      if (in != null) {
        return CatalogCodec.decode(in.readAllBytes());
      }
    } catch (IOException e) {
      throw new RuleSetException(source.describe(CatalogCodec.FILE) + ": " + e.getMessage(), e);
    }
    return CatalogLoader.load(source, CatalogLoader.manifest(source));
  }

  /** Where the bundled rule set's files and executable model are. */
  static Properties bundledProperties(ClassLoader loader) {
    Properties props = new Properties();
    try (InputStream in = loader.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new RuleSetException("no bundled rule set on the classpath (" + BUNDLED
            + " is missing): add the id.netral:rules-catalog dependency");
      }
      props.load(in);
    } catch (IOException e) {
      throw new RuleSetException(BUNDLED + ": " + e.getMessage(), e);
    }
    return props;
  }

  /**
   * Writes the bundled rule set's files (manifest, provisions, DRL, elections, questions,
   * interpretations) to {@code dir}, in the same layout; returns the files written.
   */
  public static List<String> exportBundled(ClassLoader loader, java.nio.file.Path dir) {
    RuleSource source = RuleSource.classpath(loader, bundledProperties(loader).getProperty("root"));
    CatalogLoader.Manifest m = CatalogLoader.manifest(source);
    List<String> files = new ArrayList<>();
    files.add(CatalogLoader.MANIFEST);
    files.addAll(m.provisions());
    files.addAll(m.rules());
    for (String extra : new String[] {m.elections(), m.questions(), m.interpretations(), m.consequences()}) {
      if (extra != null) {
        files.add(extra);
      }
    }
    try {
      for (String f : files) {
        java.nio.file.Path target = dir.resolve(f);
        java.nio.file.Files.createDirectories(target.getParent());
        java.nio.file.Files.write(target, source.read(f));
      }
    } catch (IOException e) {
      throw new RuleSetException(dir + ": " + e.getMessage(), e);
    }
    return files;
  }

  /** Checks the rules of {@code kieBase} against {@code catalog} and wraps them. */
  public static RuleSetRuntime of(Catalog catalog, KieBase kieBase, RuleSource source) {
    return of(catalog, kieBase, source, catalog);
  }

  private static RuleSetRuntime of(Catalog catalog, KieBase kieBase, RuleSource source, Catalog filed) {
    Map<String, RuleSpec> specs = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (KiePackage pkg : kieBase.getKiePackages()) {
      for (Rule rule : pkg.getRules()) {
        int before = problems.size();
        RuleSpec spec = spec(rule, catalog, problems);
        if (spec == null) {
          continue;
        }
        for (String id : spec.basis()) {
          if (catalog.provision(id).isEmpty()) {
            problems.add("rule \"" + rule.getName() + "\": @basis cites '" + id + "', which is not in the catalog");
          }
        }
        consequenceProblems(catalog, rule.getName(), spec, problems);
        if (spec.asks() != null && !catalog.questions().containsKey(spec.asks())) {
          problems.add("rule \"" + rule.getName() + "\": @asks names '" + spec.asks() + "', which has no question in the catalog");
        }
        if (specs.put(rule.getName(), spec) != null) {
          problems.add("rule \"" + rule.getName() + "\": two rules have this name");
        }
        String file = fileOf(rule);
        if (file != null) {
          for (int i = before; i < problems.size(); i++) {
            problems.set(i, source.describe(file) + ": " + problems.get(i));
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new RuleSetException(problems.stream()
          .map(p -> p.startsWith("rule \"") ? source.describe(CatalogLoader.MANIFEST) + ": " + p : p)
          .reduce((a, b) -> a + "\n" + b).orElseThrow());
    }
    return new RuleSetRuntime(catalog, kieBase, specs, version(), source, filed);
  }

  /**
   * This rule set with interpretation {@code id} set to {@code option}, sharing the KieBase: the
   * rules read the choice when they run, and the rules that apply only under a choice
   * ({@code @onlyIf}) are worked out again. Its catalog's digest, where the choices differ from those of the
   * rule set's files, is a digest of the files' digest and the choices overridden, so that a
   * receipt tells the two apart.
   *
   * @throws IllegalArgumentException when the catalog has no interpretation {@code id}, or it has no
   *     option {@code option}; the message names those it has
   */
  public RuleSetRuntime withChoice(String id, String option) {
    java.util.Objects.requireNonNull(id, "id");
    java.util.Objects.requireNonNull(option, "option");
    Interpretation current = catalog.interpretation(id).orElseThrow(() -> new IllegalArgumentException(
        "no interpretation '" + id + "' in the catalog; its interpretations are "
            + String.join(", ", catalog.interpretations().stream().map(Interpretation::id).toList())));
    if (!current.options().containsKey(option)) {
      throw new IllegalArgumentException("interpretation '" + id + "' has no option '" + option + "'; its options are "
          + String.join(", ", new java.util.TreeSet<>(current.options().keySet())));
    }
    if (current.choice().equals(option)) {
      return this;
    }
    List<Interpretation> changed = catalog.interpretations().stream()
        .map(i -> i.id().equals(id)
            ? new Interpretation(i.id(), i.question(), option, i.options(), i.reasons(), i.sources(), i.rules())
            : i)
        .toList();
    StringBuilder overrides = new StringBuilder();
    for (Interpretation i : changed) {
      if (!i.choice().equals(filed.choice(i.id()))) {
        overrides.append(i.id()).append('=').append(i.choice()).append('\n');
      }
    }
    String digest = overrides.length() == 0 ? filed.digest() : digestOf(filed.digest() + "\n" + overrides);
    Catalog overridden = new Catalog(catalog.version(), digest, catalog.instruments(), catalog.provisions(),
        catalog.elections(), catalog.questions(), changed, catalog.consequences());
    return of(overridden, kieBase, source, filed);
  }

  private static String digestOf(String text) {
    try {
      return "sha256:" + java.util.HexFormat.of().formatHex(
          java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The DRL file a rule came from, relative to the rule set's root, when the KieBase knows it. */
  private static String fileOf(Rule rule) {
    if (rule instanceof org.drools.base.definitions.rule.impl.RuleImpl impl && impl.getResource() != null
        && impl.getResource().getSourcePath() != null) {
      String path = impl.getResource().getSourcePath();
      return path.startsWith("src/main/resources/") ? path.substring("src/main/resources/".length()) : path;
    }
    return null;
  }

  /** What is wrong with the consequence a finding rule names, added to {@code problems}. */
  private static void consequenceProblems(Catalog catalog, String name, RuleSpec spec, List<String> problems) {
    if (spec.track() == null) {
      return;
    }
    if (spec.consequence() == null) {
      problems.add("rule \"" + name + "\": no @consequence: every finding names the consequence table that gives"
          + " its sanction (consequences.yaml)");
      return;
    }
    var table = catalog.consequence(spec.consequence());
    if (table.isEmpty()) {
      problems.add("rule \"" + name + "\": @consequence names '" + spec.consequence() + "', which is not in consequences.yaml");
      return;
    }
    for (var row : table.get().rows()) {
      if (row.levels().isEmpty() && spec.level() != null) {
        problems.add("rule \"" + name + "\": @level '" + spec.level() + "' given, but consequence '"
            + spec.consequence() + "' has rows without levels");
        return;
      }
      if (!row.levels().isEmpty() && (spec.level() == null || !row.levels().containsKey(spec.level()))) {
        problems.add("rule \"" + name + "\": consequence '" + spec.consequence() + "' gives its sanction by level "
            + row.levels().keySet() + "; give @level with one of them" + (spec.level() == null ? "" : ", not '" + spec.level() + "'"));
        return;
      }
    }
  }

  private static final String BY_INTERPRETATION = "interpretation:";

  private static RuleSpec spec(Rule rule, Catalog catalog, List<String> problems) {
    Map<String, Object> meta = rule.getMetaData();
    String name = rule.getName();
    String basis = string(meta.get("basis"));
    if (basis == null || basis.isBlank()) {
      problems.add("rule \"" + name + "\": no @basis: every rule cites the provisions it encodes");
      return null;
    }
    String track = string(meta.get("track"));
    String asks = string(meta.get("asks"));
    String characterises = string(meta.get("characterises"));
    if ((track != null ? 1 : 0) + (asks != null ? 1 : 0) + (characterises != null ? 1 : 0) != 1) {
      problems.add("rule \"" + name + "\": give one of @track (a finding), @asks (a question) or @characterises"
          + " (what the conduct amounts to in law)");
      return null;
    }
    if (characterises != null) {
      try {
        id.netral.core.rules.CharacterKind.valueOf(characterises);
      } catch (IllegalArgumentException e) {
        problems.add("rule \"" + name + "\": @characterises '" + characterises + "' is not one of "
            + Arrays.toString(id.netral.core.rules.CharacterKind.values()));
        return null;
      }
    }
    FindingType type = null;
    if (track != null) {
      try {
        type = FindingType.valueOf(track);
      } catch (IllegalArgumentException e) {
        problems.add("rule \"" + name + "\": @track '" + track + "' is not one of " + Arrays.toString(FindingType.values()));
        return null;
      }
    }
    List<String> ids = Arrays.stream(basis.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    int space = name.indexOf(' ');
    String id = space < 0 ? name : name.substring(0, space);
    if (meta.get("sanction") != null) {
      problems.add("rule \"" + name + "\": @sanction is replaced by @consequence, which names a table of"
          + " consequences.yaml (and @level where the table gives its sanction by level)");
      return null;
    }
    String level = string(meta.get("level"));
    if (level != null && level.startsWith(BY_INTERPRETATION)) {
      String interpretation = level.substring(BY_INTERPRETATION.length()).trim();
      if (catalog.interpretation(interpretation).isEmpty()) {
        problems.add("rule \"" + name + "\": @level names interpretation '" + interpretation + "', which is not in the catalog");
        return null;
      }
      level = catalog.choice(interpretation);
    }
    DisciplineLevel disciplineLevel = null;
    if (level != null) {
      try {
        disciplineLevel = DisciplineLevel.valueOf(level);
      } catch (IllegalArgumentException e) {
        problems.add("rule \"" + name + "\": @level '" + level + "' is not one of "
            + Arrays.toString(DisciplineLevel.values()));
        return null;
      }
    }
    boolean dormant = false;
    String onlyIf = string(meta.get("onlyIf"));
    if (onlyIf != null) {
      String[] parts = onlyIf.split("=", 2);
      String interpretation = parts[0].trim();
      if (parts.length != 2 || catalog.interpretation(interpretation).isEmpty()
          || !catalog.interpretation(interpretation).get().options().containsKey(parts[1].trim())) {
        problems.add("rule \"" + name + "\": @onlyIf '" + onlyIf + "' is not '<interpretation> = <one of its options>'");
        return null;
      }
      dormant = !catalog.choice(interpretation).equals(parts[1].trim());
    }
    return new RuleSpec(name, id, rule.getPackageName(), type, ids, string(meta.get("consequence")), disciplineLevel, asks,
        characterises, dormant);
  }

  private static String string(Object value) {
    if (value == null) {
      return null;
    }
    String s = value.toString();
    if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
      s = s.substring(1, s.length() - 1);
    }
    return s;
  }

  private static List<Model> models(ClassLoader loader, String marker) {
    List<Model> models = new ArrayList<>();
    try (InputStream in = loader.getResourceAsStream(marker)) {
      if (in == null) {
        throw new RuleSetException(marker + " is missing: the rules were not compiled to the executable model");
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
        line = line.trim();
        if (line.isEmpty() || line.startsWith("Drools-Model-Version")) {
          continue;
        }
        Class<?> type = Class.forName(line, true, loader);
        models.add((Model) type.getDeclaredConstructor().newInstance());
      }
    } catch (IOException | ReflectiveOperationException e) {
      throw new RuleSetException(marker + ": cannot load the executable model: " + e, e);
    }
    if (models.isEmpty()) {
      throw new RuleSetException(marker + " lists no model class");
    }
    return models;
  }

  private static String version() {
    String v = RuleSetRuntime.class.getPackage().getImplementationVersion();
    java.lang.module.ModuleDescriptor module = RuleSetRuntime.class.getModule().getDescriptor();
    if (v == null && module != null) {
      // on the module path the jar's manifest is not read for a package; the module's version is
      v = module.rawVersion().orElse(null);
    }
    return v == null ? "dev" : v;
  }

  /** The catalog. */
  public Catalog catalog() {
    return catalog;
  }

  /** The KieBase. */
  public KieBase kieBase() {
    return kieBase;
  }

  /** What each rule concludes, by rule name. */
  public Map<String, RuleSpec> rules() {
    return rules;
  }

  /**
   * Whether {@code rule} cites {@code provisionId}: in its {@code @basis}, or in a row of the
   * consequence it names (for its level) as the sanction, the basis of a penalty, a route by which
   * the regime binds the actor, or the rule of the later law.
   */
  public boolean cites(RuleSpec rule, String provisionId) {
    if (rule.basis().contains(provisionId)) {
      return true;
    }
    if (rule.consequence() == null) {
      return false;
    }
    return catalog.consequence(rule.consequence()).map(c -> c.rows().stream().anyMatch(r ->
        provisionId.equals(r.sanction()) || provisionId.equals(r.basis()) || r.via().contains(provisionId)
            || provisionId.equals(r.laterFor()) || provisionId.equals(r.heaviest())
            || rule.level() != null && provisionId.equals(r.levels().get(rule.level()))))
        .orElse(false);
  }

  /** Where the rule set's files are read from; null when not known. */
  RuleSource source() {
    return source;
  }

  /** The receipt every assessment carries. */
  public Receipt receipt() {
    return receipt;
  }

  boolean hasGlobal() {
    return hasGlobal;
  }
}
