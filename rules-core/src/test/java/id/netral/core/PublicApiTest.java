package id.netral.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the public surface as the house style wants it: no Drools type in the public packages, and
 * Javadoc on every public type there. Reads the sources, relative to the rules-core module.
 */
class PublicApiTest {
  private static final Path ROOT = Path.of("src/main/java/id/netral/core");
  private static final List<Path> PUBLIC_PACKAGES = List.of(
      ROOT, ROOT.resolve("model"), ROOT.resolve("scenario"), ROOT.resolve("catalog"), ROOT.resolve("rules"),
      ROOT.resolve("json"));
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
