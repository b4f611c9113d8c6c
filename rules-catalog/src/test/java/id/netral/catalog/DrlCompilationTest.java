package id.netral.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kie.api.builder.Message;
import org.kie.internal.utils.KieHelper;

class DrlCompilationTest {
  private static final Path RULES = Path.of("src/main/resources/id/netral/catalog/rules");

  static Stream<Path> drlFiles() throws IOException {
    try (Stream<Path> files = Files.walk(RULES)) {
      return files.filter(f -> f.toString().endsWith(".drl")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("drlFiles")
  void drl_compiledOnItsOwn_hasNoErrorOrWarning(Path drl) throws IOException {
    // given
    KieHelper helper = new KieHelper();
    helper.addContent(Files.readString(drl), drl.toString().replace('\\', '/'));

    // when
    List<String> messages = helper.verify().getMessages(Message.Level.ERROR, Message.Level.WARNING).stream()
        .map(m -> drl + ":" + m.getLine() + ":" + m.getColumn() + ": " + m.getText())
        .toList();

    // then
    assertThat(messages).isEmpty();
  }
}
