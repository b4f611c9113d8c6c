package id.netral.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the public surface as the house style wants it: no Drools type in the public packages,
 * Javadoc on every public type there, and facts built without positional nulls (a builder or
 * factory for every fact of more than two parts; no null passed in a Javadoc or documentation
 * example). Reads the sources, relative to the rules-core module.
 */
class PublicApiTest {
  private static final Path ROOT = Path.of("src/main/java/id/netral/core");
  private static final List<Path> PUBLIC_PACKAGES = List.of(
      ROOT, ROOT.resolve("model"), ROOT.resolve("scenario"), ROOT.resolve("catalog"), ROOT.resolve("rules"),
      ROOT.resolve("json"));
  private static final Path REPO = Path.of("..");
  /** {@code null} passed as an argument: {@code (null,}, {@code , null)}, {@code , null,}. */
  private static final Pattern POSITIONAL_NULL = Pattern.compile("[(,]\\s*null\\s*[,)]");
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
