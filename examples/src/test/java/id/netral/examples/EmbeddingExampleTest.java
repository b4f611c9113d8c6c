package id.netral.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
  }
}
