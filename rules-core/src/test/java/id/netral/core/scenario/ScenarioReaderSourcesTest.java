package id.netral.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A scenario file read from a string, a reader or a stream: the same limits and located problems as from bytes. */
class ScenarioReaderSourcesTest {
  private static final ScenarioReader READER = new ScenarioReader(TestElections.BUILT_IN);
  private static final String WRONG_KEY = """
      version: 1
      scenarios:
        - id: pns-suka
          election: pemilu-2024
          actor: {id: asn-17, type: PNS, rank: III/a}
          acts: []
      """;

  @Test
  void read_malformedTextFromEachSource_givesTheProblemsOfTheBytes() {
    // given
    ScenarioFile fromBytes = READER.read("c.yaml", WRONG_KEY.getBytes(StandardCharsets.UTF_8));

    // when
    ScenarioFile fromString = READER.read("c.yaml", WRONG_KEY);
    ScenarioFile fromReader = READER.read("c.yaml", new StringReader(WRONG_KEY));
    ScenarioFile fromStream = READER.read("c.yaml", new ByteArrayInputStream(WRONG_KEY.getBytes(StandardCharsets.UTF_8)));

    // then
    assertThat(fromBytes.problems()).singleElement().asString().startsWith("c.yaml:5:")
        .contains(": scenarios[0].actor.rank: unknown key 'rank'");
    assertThat(fromString.problems()).isEqualTo(fromBytes.problems());
    assertThat(fromReader.problems()).isEqualTo(fromBytes.problems());
    assertThat(fromStream.problems()).isEqualTo(fromBytes.problems());
  }

  @Test
  void read_textBeyondTheLimit_isRefusedNamingTheLimit() {
    // given
    ScenarioReader small = new ScenarioReader(TestElections.BUILT_IN, ScenarioReader.Limits.DEFAULT.withMaxFileBytes(64));
    String text = WRONG_KEY.repeat(2);

    // when
    ScenarioFile fromString = small.read("c.yaml", text);
    ScenarioFile fromReader = small.read("c.yaml", new StringReader(text));
    ScenarioFile fromStream = small.read("c.yaml", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));

    // then
    assertThat(fromString.problems()).singleElement().hasToString(
        "c.yaml: the file has " + text.length() + " characters, more than the limit of 64 bytes");
    assertThat(fromReader.problems()).singleElement().hasToString(
        "c.yaml: the file has more than 64 characters, more than the limit of 64 bytes");
    assertThat(fromStream.problems()).singleElement().hasToString(
        "c.yaml: the file has 65 bytes, more than the limit of 64");
  }

  @Test
  void read_multiByteTextWithinCharactersButBeyondBytes_isRefusedInBytes() {
    // given: 40 characters, 80 bytes in UTF-8
    ScenarioReader small = new ScenarioReader(TestElections.BUILT_IN, ScenarioReader.Limits.DEFAULT.withMaxFileBytes(64));
    String text = "é".repeat(40);

    // when
    ScenarioFile file = small.read("c.yaml", text);

    // then
    assertThat(file.problems()).singleElement().hasToString("c.yaml: the file has 80 bytes, more than the limit of 64");
  }

  @Test
  void read_readerThatFails_isOneProblemNotAnException() {
    // given
    Reader failing = new Reader() {
      @Override
      public int read(char[] buffer, int offset, int length) throws IOException {
        throw new IOException("connection reset");
      }

      @Override
      public void close() {}
    };

    // when
    ScenarioFile file = READER.read("upload", failing);

    // then
    assertThat(file.refused()).isTrue();
    assertThat(file.problems()).singleElement().hasToString("upload: cannot read the file: connection reset");
  }
}
