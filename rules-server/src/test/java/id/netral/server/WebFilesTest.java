package id.netral.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
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
 * The web page's files as the jar carries them: the schema and the examples are the repository's
 * own (copied at build time), the examples' index names every example, and nothing in the page
 * loads anything from elsewhere (the machines that run it may have no internet).
 */
class WebFilesTest {
  private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
  private static final String WEB = "/" + StaticFiles.ROOT;

  @Test
  void schema_onThePage_isTheReadersSchema() throws IOException {
    // when
    byte[] served = resource(WEB + "scenario.schema.json");

    // then
    assertThat(served).isEqualTo(resource("/id/netral/core/scenario.schema.json"));
  }

  @Test
  void examplesIndex_namesEveryBundledExample_andEachIsServed() throws IOException {
    // given
    List<String> files;
    try (Stream<Path> s = Files.list(REPO.resolve("examples/scenarios"))) {
      files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList();
    }

    // when
    JsonNode index = new ObjectMapper().readTree(resource(WEB + "examples/index.json"));
    List<String> listed = new ArrayList<>();
    index.get("examples").forEach(e -> {
      listed.add(e.get("file").asText());
      assertThat(e.at("/title/id").asText()).as("Indonesian title of %s", e.get("file")).isNotBlank();
      assertThat(e.at("/title/en").asText()).as("English title of %s", e.get("file")).isNotBlank();
    });

    // then
    assertThat(listed).containsExactlyInAnyOrderElementsOf(files);
    for (String f : files) {
      assertThat(resource(WEB + "examples/" + f)).isEqualTo(Files.readAllBytes(REPO.resolve("examples/scenarios/" + f)));
    }
  }

  @Test
  void pageFiles_requestNothingOutsideThisServer() throws IOException {
    // given: what a browser would fetch: src, href, url(...), fetch(...), @import
    Pattern external = Pattern.compile("(?i)(?:src|href)\\s*=\\s*[\"']?\\s*(?:https?:)?//|url\\(\\s*[\"']?(?:https?:)?//"
        + "|fetch\\(\\s*[\"'`](?:https?:)?//|@import|https?://");
    List<String> found = new ArrayList<>();

    // when
    for (String name : List.of("index.html", "netral.js", "netral.css")) {
      String text = new String(resource(WEB + name), StandardCharsets.UTF_8);
      Matcher m = external.matcher(text);
      while (m.find()) {
        found.add(name + ": " + m.group());
      }
    }

    // then
    assertThat(found).isEmpty();
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = WebFilesTest.class.getResourceAsStream(name)) {
      assertThat(in).as("resource %s", name).isNotNull();
      return in.readAllBytes();
    }
  }
}
