package id.netral.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmbeddingExampleTest {

  @Test
  void main_likeOfProspectiveCandidatesPost_printsEthicsViolationWithMoralSanction() {
    // given
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream previous = System.out;
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));

    // when
    try {
      EmbeddingExample.main(new String[0]);
    } finally {
      System.setOut(previous);
    }

    // then
    String printed = buffer.toString(StandardCharsets.UTF_8);
    assertThat(printed.lines().findFirst()).contains("VIOLATION");
    assertThat(printed).contains("ETHICS Lampiran II SKB 2022, kode etik angka 4: moral sanction: closed statement; or open statement");
    // the contract's JSON, from the library
    assertThat(printed).contains("\"catalogDigest\" : \"sha256:", "\"verdict\" : \"VIOLATION\"",
        "\"rule\" : \"skb-2022/lampiran-2/kode-etik/4\"");
  }

  @Test
  void readme_embeddingExample_isTheCodeThatCompilesAndRuns() throws IOException {
    // given
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("```java\n") + "```java\n".length();
    List<String> shown = readme.substring(start, readme.indexOf("```", start)).lines()
        .map(String::strip).filter(l -> !l.isEmpty()).toList();

    // when
    List<String> compiled = Files.readString(
        Path.of("src/main/java/id/netral/examples/EmbeddingExample.java"), StandardCharsets.UTF_8).lines()
        .map(String::strip).toList();

    // then
    assertThat(shown).hasSizeGreaterThan(5).allSatisfy(l -> assertThat(l).doesNotContain("null"));
    assertThat(compiled).containsSubsequence(shown);
  }
}
