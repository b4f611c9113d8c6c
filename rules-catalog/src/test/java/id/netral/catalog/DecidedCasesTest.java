package id.netral.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import id.netral.core.Assessment;
import id.netral.core.model.Scenario;
import id.netral.core.scenario.Expectations;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * The decided cases (src/test/resources/decided): real cases from public reports, written from the
 * conduct the report gives. netral must raise the provision the decision-maker applied, with the
 * sentence inside the sanction; a case closed with no offence must give no finding under it. A case
 * netral gets wrong carries {@code knownGap} and stays in the suite, counted.
 */
class DecidedCasesTest {
  static final Path ROOT = Path.of("src/test/resources/decided");
  private static List<Scenario> cases;

  static synchronized List<Scenario> cases() {
    if (cases == null) {
      cases = Suites.read(ROOT);
    }
    return cases;
  }

  static final class Cases implements ArgumentsProvider {
    @Override
    public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
      return cases().stream().map(s -> Arguments.of(s.id(), s));
    }
  }

  @ParameterizedTest(name = "{0}")
  @ArgumentsSource(Cases.class)
  void decidedCase_assessed_raisesWhatTheDecisionApplied(String id, Scenario scenario) {
    // given
    assertThat(scenario.decidedCase()).as("every decided case has its case block").isNotNull();

    // when
    Assessment assessment = Suites.ENGINE.assess(scenario);
    Expectations.Result result = Expectations.test(scenario, assessment);

    // then: a known gap is skipped (and counted below); a mark that no longer holds fails
    Assumptions.assumeFalse(result.status() == Expectations.Status.KNOWN_GAP,
        () -> "known gap: " + scenario.decidedCase().knownGap() + " " + result.problems());
    assertThat(result.problems()).as(id).isEmpty();
  }

  @Test
  void decidedCases_counted_matchTheFiguresTheReadmeStates() throws IOException {
    // given
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    Matcher stated = Pattern.compile("netral gets (\\d+) of the (\\d+) decided cases right").matcher(readme);

    // when
    long gaps = cases().stream().filter(s -> s.decidedCase().knownGap() != null).count();

    // then
    assertThat(stated.find()).as("the README states how many decided cases netral gets right").isTrue();
    assertThat(Integer.parseInt(stated.group(2))).as("decided cases in the suite").isEqualTo(cases().size());
    assertThat(Integer.parseInt(stated.group(1))).as("decided cases without a known gap").isEqualTo(cases().size() - gaps);
  }
}
