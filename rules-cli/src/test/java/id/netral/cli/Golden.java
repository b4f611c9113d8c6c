package id.netral.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Golden files: output compared with a file kept under {@code src/test/resources/golden}. Run the
 * tests with {@code -Dgolden.update=true} to write the files again from what the command prints
 * now, then read the change in {@code git diff} before committing it.
 */
final class Golden {
  private static final Path DIR = Path.of("src/test/resources/golden");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");
  /** What changes with every edit of the rule set, not with the output's shape. */
  private static final Pattern DIGEST = Pattern.compile("sha256:[0-9a-f]{64}");
  private static final Pattern VERSION = Pattern.compile("\"netral\" ?: ?\"[^\"]*\"");

  private Golden() {}

  /** Asserts that {@code actual} is the golden file {@code name}, or writes it when updating. */
  static void assertMatches(String name, String actual) {
    String normalised = normalise(actual);
    Path file = DIR.resolve(name);
    try {
      if (UPDATE) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, normalised, StandardCharsets.UTF_8);
        return;
      }
      assertThat(file).as("golden file %s (make it with -Dgolden.update=true)", file).exists();
      assertThat(normalised).as("output against %s (-Dgolden.update=true writes it again)", file)
          .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String normalise(String output) {
    String s = DIGEST.matcher(output.replace("\r\n", "\n")).replaceAll("sha256:<digest>");
    return VERSION.matcher(s).replaceAll("\"netral\": \"<version>\"");
  }
}
