package id.netral.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the documentation whole on a fresh clone: every relative link in README.md and docs/*.md
 * names a file or folder inside the repository, and an anchor into a Markdown file names one of its
 * headings (as GitHub spells heading anchors). Web links are not followed. Reads the files relative
 * to the rules-core module, which is the working directory of its tests.
 */
class DocsLinksTest {
  private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern LINK = Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
  private static final Pattern FENCE = Pattern.compile("(?ms)^\\s*```.*?^\\s*```");
  private static final Pattern CODE_SPAN = Pattern.compile("`[^`\\n]*`");
  private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s+(.+?)\\s*#*\\s*$");
  private static final Pattern SCHEMA_LINE =
      Pattern.compile("\\A# yaml-language-server: \\$schema=(\\S+)\\n");

  @Test
  void links_inReadmeAndDocs_resolveInsideTheRepository() throws IOException {
    // given
    List<Path> pages = pages();
    List<String> broken = new ArrayList<>();

    // when
    for (Path page : pages) {
      for (String target : links(read(page))) {
        if (target.matches("(?i)^[a-z][a-z0-9+.-]*:.*")) {
          continue; // https:, mailto:: not ours to check
        }
        String path = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
        String anchor = target.contains("#") ? target.substring(target.indexOf('#') + 1) : null;
        Path resolved = path.isEmpty() ? page : page.getParent().resolve(path).normalize();
        if (!resolved.startsWith(REPO)) {
          broken.add(where(page) + ": " + target + " (outside the repository)");
        } else if (!Files.exists(resolved)) {
          broken.add(where(page) + ": " + target + " (no such file)");
        } else if (anchor != null && resolved.toString().endsWith(".md")
            && !anchors(read(resolved)).contains(anchor)) {
          broken.add(where(page) + ": " + target + " (no such heading in " + where(resolved) + ")");
        }
      }
    }

    // then
    assertThat(pages).contains(REPO.resolve("README.md"), REPO.resolve("docs/scenario-format.md"));
    assertThat(broken).isEmpty();
  }

  @Test
  void readme_firstScreen_givesTheTwoCommands() throws IOException {
    // given
    String readme = read(REPO.resolve("README.md"));

    // when
    String firstScreen = readme.substring(0, readme.indexOf("\n---\n"));

    // then
    assertThat(firstScreen)
        .contains("./netral eval examples/scenarios/pemilu-2024.yaml")
        .contains("mvn -B -ntp verify")
        .contains("<artifactId>rules-catalog</artifactId>")
        .contains("NeutralityEngine.withBundledRules()");
  }

  @Test
  void exampleScenarios_firstLine_namesTheSchemaForEditors() throws IOException {
    // given
    List<Path> files;
    try (Stream<Path> s = Files.list(REPO.resolve("examples/scenarios"))) {
      files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    Path schema = REPO.resolve("rules-core/src/main/resources/id/netral/core/scenario.schema.json");

    // when / then
    assertThat(files).isNotEmpty();
    for (Path file : files) {
      Matcher m = SCHEMA_LINE.matcher(read(file));
      assertThat(m.find()).as("%s starts with the yaml-language-server schema line", where(file)).isTrue();
      assertThat(file.getParent().resolve(m.group(1)).normalize()).as(where(file)).isEqualTo(schema);
    }
  }

  private static List<Path> pages() throws IOException {
    List<Path> pages = new ArrayList<>();
    pages.add(REPO.resolve("README.md"));
    try (Stream<Path> s = Files.list(REPO.resolve("docs"))) {
      s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    return pages;
  }

  /** The link targets of a page, outside code blocks and code spans. */
  private static List<String> links(String markdown) {
    String text = CODE_SPAN.matcher(FENCE.matcher(markdown).replaceAll("")).replaceAll("");
    List<String> targets = new ArrayList<>();
    Matcher m = LINK.matcher(text);
    while (m.find()) {
      targets.add(m.group(1));
    }
    return targets;
  }

  /** The anchors GitHub gives a page's headings: lower case, punctuation dropped, spaces as '-'. */
  private static Set<String> anchors(String markdown) {
    Set<String> anchors = new HashSet<>();
    Matcher m = HEADING.matcher(FENCE.matcher(markdown).replaceAll(""));
    while (m.find()) {
      String slug = m.group(1).toLowerCase(Locale.ROOT)
          .replaceAll("[^\\p{L}\\p{N} _-]", "")
          .replace(' ', '-');
      String unique = slug;
      for (int i = 1; !anchors.add(unique); i++) {
        unique = slug + "-" + i;
      }
    }
    return anchors;
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  private static String where(Path file) {
    return REPO.relativize(file).toString();
  }
}
