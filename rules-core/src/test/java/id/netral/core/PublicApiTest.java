package id.netral.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the public surface as the house style wants it: no Drools type in the public packages,
 * Javadoc on every public type there, facts built without positional nulls (a builder or factory
 * for every fact of more than two parts; no null passed in a Javadoc or documentation example), and
 * the internal package exported only to netral's own modules and named in no public signature.
 * Reads the sources and the compiled classes, relative to the rules-core module, and the sources of
 * the sibling modules.
 */
class PublicApiTest {
  private static final Path ROOT = Path.of("src/main/java/id/netral/core");
  private static final List<Path> PUBLIC_PACKAGES = List.of(
      ROOT, ROOT.resolve("model"), ROOT.resolve("scenario"), ROOT.resolve("catalog"), ROOT.resolve("rules"),
      ROOT.resolve("json"));
  private static final Path REPO = Path.of("..");
  /** {@code null} passed as an argument: {@code (null,}, {@code , null)}, {@code , null,}. */
  private static final Pattern POSITIONAL_NULL = Pattern.compile("[(,]\\s*null\\s*[,)]");
  private static final String INTERNAL = "id.netral.core.internal";
  /** The modules rules-core exports its internal package to, by their module names. */
  private static final Set<String> INTERNAL_READERS = Set.of("id.netral.drafting", "id.netral.cli");
  /**
   * The sibling modules whose sources may name the internal package, by folder: main code only where
   * module-info.java exports it to the module; tests in the modules that test the wiring.
   */
  private static final Map<String, Set<String>> INTERNAL_USE = Map.of(
      "rules-drafting", Set.of("main", "test"),
      "rules-cli", Set.of("main"),
      "rules-catalog", Set.of("test"),
      "rules-server", Set.of(),
      "examples", Set.of(),
      "benchmarks", Set.of());
  private static final Pattern DROOLS =
      Pattern.compile("\\b(org\\.kie|org\\.drools)\\.[\\w.]*");
  /**
   * The one Drools name the DRL vocabulary may carry: an annotation telling Drools how to treat the
   * fact (callers never see it in a signature, and a missing annotation class is ignored at run time).
   */
  private static final String VOCABULARY_ANNOTATION = "@org.kie.api.definition.type.ClassReactive";
  private static final Pattern PUBLIC_TYPE = Pattern.compile(
      "^public\\s+(?:(?:abstract|final|sealed|non-sealed|static|strictfp)\\s+)*(class|interface|enum|record|@interface)\\s+(\\w+)",
      Pattern.MULTILINE);

  @Test
  void publicPackages_sources_importNoDroolsOrKieType() throws IOException {
    // given
    List<Path> sources = publicSources();

    // when
    List<String> offending = new ArrayList<>();
    for (Path source : sources) {
      String code = withoutComments(Files.readString(source, StandardCharsets.UTF_8));
      if (source.getParent().equals(ROOT.resolve("rules"))) {
        code = code.replace(VOCABULARY_ANNOTATION, "");
      }
      Matcher m = DROOLS.matcher(code);
      while (m.find()) {
        offending.add(source + ": " + m.group());
      }
    }

    // then
    assertThat(sources).hasSizeGreaterThan(20);
    assertThat(offending).as("Drools types belong in id.netral.core.internal").isEmpty();
  }

  @Test
  void publicPackages_everyPublicTopLevelType_hasJavadoc() throws IOException {
    // given
    List<Path> sources = publicSources();

    // when
    List<String> undocumented = new ArrayList<>();
    int types = 0;
    for (Path source : sources) {
      String text = Files.readString(source, StandardCharsets.UTF_8);
      Matcher m = PUBLIC_TYPE.matcher(text);
      while (m.find()) {
        types++;
        if (!javadocBefore(text, m.start())) {
          undocumented.add(source + ": " + m.group(1) + " " + m.group(2));
        }
      }
    }

    // then
    assertThat(types).isGreaterThan(20);
    assertThat(undocumented).as("public types without a Javadoc comment").isEmpty();
  }

  @Test
  void moduleDescriptor_exportsThePublicPackages_andInternalOnlyToNetralModules() throws IOException {
    // given
    ModuleDescriptor module;
    try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
      module = ModuleDescriptor.read(in);
    }
    Set<String> publicPackages = PUBLIC_PACKAGES.stream()
        .map(dir -> dir.toString().substring("src/main/java/".length()).replace('/', '.'))
        .collect(Collectors.toCollection(TreeSet::new));

    // when
    Set<String> exported = new TreeSet<>();
    Map<String, Set<String>> qualified = new TreeMap<>();
    for (ModuleDescriptor.Exports e : module.exports()) {
      if (e.isQualified()) {
        qualified.put(e.source(), new TreeSet<>(e.targets()));
      } else {
        exported.add(e.source());
      }
    }

    // then
    assertThat(module.name()).isEqualTo("id.netral.core");
    assertThat(exported).containsExactlyElementsOf(publicPackages);
    assertThat(qualified).containsOnlyKeys(INTERNAL);
    assertThat(qualified.get(INTERNAL)).containsExactlyInAnyOrderElementsOf(INTERNAL_READERS);
    assertThat(module.opens()).as("only the internal package, only to Jackson (the catalog's YAML)")
        .singleElement()
        .satisfies(o -> assertThat(o.source()).isEqualTo(INTERNAL))
        .satisfies(o -> assertThat(o.targets()).containsExactly("com.fasterxml.jackson.databind"));
    assertThat(new TreeSet<>(module.packages())).as("every package is exported or internal")
        .containsExactlyElementsOf(Stream.concat(publicPackages.stream(), Stream.of(INTERNAL))
            .collect(Collectors.toCollection(TreeSet::new)));
  }

  @Test
  void publicPackages_signatures_nameNoInternalOrDroolsType() throws Exception {
    // given
    List<Class<?>> types = publicTypes();

    // when
    List<String> offending = new ArrayList<>();
    for (Class<?> type : types) {
      List<Type> named = new ArrayList<>();
      if (type.getGenericSuperclass() != null) {
        named.add(type.getGenericSuperclass());
      }
      named.addAll(List.of(type.getGenericInterfaces()));
      for (Constructor<?> c : type.getDeclaredConstructors()) {
        if (visible(c.getModifiers())) {
          named.addAll(List.of(c.getGenericParameterTypes()));
          named.addAll(List.of(c.getGenericExceptionTypes()));
        }
      }
      for (Method m : type.getDeclaredMethods()) {
        if (visible(m.getModifiers()) && !m.isSynthetic()) {
          named.add(m.getGenericReturnType());
          named.addAll(List.of(m.getGenericParameterTypes()));
          named.addAll(List.of(m.getGenericExceptionTypes()));
        }
      }
      for (Field f : type.getDeclaredFields()) {
        if (visible(f.getModifiers())) {
          named.add(f.getGenericType());
        }
      }
      for (Type t : named) {
        String name = t.getTypeName();
        if (name.contains(INTERNAL + ".") || name.contains("org.kie.") || name.contains("org.drools.")) {
          offending.add(type.getName() + ": " + name);
        }
      }
    }

    // then
    assertThat(types).hasSizeGreaterThan(40);
    assertThat(offending).as("a public signature naming a type an embedder cannot rely on").isEmpty();
  }

  @Test
  void siblingModules_sources_nameTheInternalPackageOnlyWhereAllowed() throws IOException {
    // given
    Path repository = Path.of("..");

    // when
    List<String> offending = new ArrayList<>();
    int scanned = 0;
    for (Map.Entry<String, Set<String>> module : new TreeMap<>(INTERNAL_USE).entrySet()) {
      for (String set : List.of("main", "test")) {
        Path dir = repository.resolve(module.getKey()).resolve("src").resolve(set).resolve("java");
        if (!Files.isDirectory(dir) || module.getValue().contains(set)) {
          continue;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
          for (Path source : walk.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
            scanned++;
            if (withoutComments(Files.readString(source, StandardCharsets.UTF_8)).contains(INTERNAL)) {
              offending.add(repository.relativize(source).toString());
            }
          }
        }
      }
    }

    // then
    assertThat(scanned).as("the examples and benchmarks sources were found").isGreaterThan(3);
    assertThat(offending).as("sources outside the modules " + INTERNAL + " is exported to").isEmpty();
  }

  @Test
  void siblingModules_thatUseTheInternalPackage_carryTheModuleNameItIsExportedTo() throws IOException {
    // given
    Map<String, String> moduleNames = Map.of("rules-drafting", "id.netral.drafting", "rules-cli", "id.netral.cli");

    // when
    Map<String, String> declared = new TreeMap<>();
    for (String folder : moduleNames.keySet()) {
      String pom = Files.readString(Path.of("..", folder, "pom.xml"), StandardCharsets.UTF_8);
      Matcher m = Pattern.compile("<Automatic-Module-Name>([\\w.]+)</Automatic-Module-Name>").matcher(pom);
      declared.put(folder, m.find() ? m.group(1) : "(none)");
    }

    // then
    assertThat(declared).containsExactlyInAnyOrderEntriesOf(moduleNames);
    assertThat(Set.copyOf(moduleNames.values())).isEqualTo(INTERNAL_READERS);
  }

  @Test
  void publicPackages_javadocExamples_passNoPositionalNull() throws IOException {
    // given
    Pattern comment = Pattern.compile("(?s)/\\*\\*(.*?)\\*/");

    // when
    List<String> offending = new ArrayList<>();
    for (Path source : publicSources()) {
      Matcher c = comment.matcher(Files.readString(source, StandardCharsets.UTF_8));
      while (c.find()) {
        String text = c.group(1).replaceAll("(?m)^\\s*\\*", " ");
        Matcher m = POSITIONAL_NULL.matcher(text);
        while (m.find()) {
          offending.add(source.getFileName() + ": ..." + text.substring(Math.max(0, m.start() - 40), m.end()).strip());
        }
      }
    }

    // then
    assertThat(offending).as("an example that passes null where a builder or factory would not").isEmpty();
  }

  @Test
  void docs_javaExamples_passNoNull() throws IOException {
    // given
    List<Path> pages = new ArrayList<>(List.of(REPO.resolve("README.md")));
    try (Stream<Path> docs = Files.list(REPO.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    Pattern javaBlock = Pattern.compile("(?s)```java\\n(.*?)```");

    // when
    List<String> offending = new ArrayList<>();
    int blocks = 0;
    for (Path page : pages) {
      Matcher m = javaBlock.matcher(Files.readString(page, StandardCharsets.UTF_8));
      while (m.find()) {
        blocks++;
        m.group(1).lines().filter(l -> l.matches(".*\\bnull\\b.*"))
            .forEach(l -> offending.add(REPO.relativize(page) + ": " + l.strip()));
      }
    }

    // then
    assertThat(blocks).isGreaterThan(5);
    assertThat(offending).as("Java examples in the documentation that pass null").isEmpty();
  }

  @Test
  void model_everyRecordOfMoreThanTwoComponents_hasABuilderOrFactory() throws IOException, ClassNotFoundException {
    // given
    List<Class<?>> records = new ArrayList<>();
    try (Stream<Path> list = Files.list(ROOT.resolve("model"))) {
      for (Path source : list.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        String name = source.getFileName().toString().replace(".java", "");
        Class<?> type = Class.forName("id.netral.core.model." + name);
        records.add(type);
        records.addAll(List.of(type.getDeclaredClasses()));
      }
    }

    // when
    List<String> without = new ArrayList<>();
    for (Class<?> type : records) {
      if (type.isRecord() && Modifier.isPublic(type.getModifiers()) && type.getRecordComponents().length > 2
          && Arrays.stream(type.getMethods()).noneMatch(m -> Modifier.isStatic(m.getModifiers())
              && (m.getName().equals("builder") || m.getName().equals("of")))) {
        without.add(type.getName());
      }
    }

    // then
    assertThat(records).hasSizeGreaterThan(20);
    assertThat(without).as("facts with optional parts and no builder or factory").isEmpty();
  }

  @Test
  void javadocBefore_typeWithCommentAnnotationOrNothing_isToldApart() {
    // given
    String documented = "package p;\n\n/** A thing. */\n@Deprecated\npublic final class A {}\n";
    String blockComment = "package p;\n\n/* Not Javadoc. */\npublic final class A {}\n";
    String bare = "package p;\n\nimport x.Y;\npublic final class A {}\n";

    // when / then
    assertThat(javadocBefore(documented, documented.indexOf("public"))).isTrue();
    assertThat(javadocBefore(blockComment, blockComment.indexOf("public"))).isFalse();
    assertThat(javadocBefore(bare, bare.indexOf("public"))).isFalse();
  }

  /** Whether the declaration at {@code start} is preceded, past annotations, by a {@code /** ... *}{@code /} comment. */
  private static boolean javadocBefore(String text, int start) {
    String[] lines = text.substring(0, start).split("\n", -1);
    int i = lines.length - 2; // the last element is the declaration line's indent, empty
    while (i >= 0 && (lines[i].isBlank() || lines[i].strip().startsWith("@"))) {
      i--;
    }
    if (i < 0 || !lines[i].strip().endsWith("*/")) {
      return false;
    }
    while (i >= 0 && !lines[i].contains("/*")) {
      i--;
    }
    return i >= 0 && lines[i].contains("/**");
  }

  private static String withoutComments(String code) {
    return code.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)//.*$", "");
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  /** The public and protected types, nested ones included, of the public packages, as compiled. */
  private static List<Class<?>> publicTypes() throws ClassNotFoundException, IOException {
    List<Class<?>> out = new ArrayList<>();
    Path classes = Path.of("target/classes");
    for (Path dir : PUBLIC_PACKAGES) {
      Path compiled = classes.resolve(Path.of("src/main/java").relativize(dir));
      try (Stream<Path> list = Files.list(compiled)) {
        for (Path file : list.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
          String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
          Class<?> type = Class.forName(name, false, PublicApiTest.class.getClassLoader());
          if (visible(type.getModifiers()) && !type.isSynthetic() && !type.isAnonymousClass()
              && (type.getEnclosingClass() == null || visible(type.getEnclosingClass().getModifiers()))) {
            out.add(type);
          }
        }
      }
    }
    return out;
  }

  private static List<Path> publicSources() throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path dir : PUBLIC_PACKAGES) {
      try (Stream<Path> list = Files.list(dir)) {
        list.filter(p -> p.toString().endsWith(".java")).sorted().forEach(out::add);
      }
    }
    return out;
  }
}
