package id.netral.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What {@code netral eval} prints for the bundled examples, in every format and language, as golden files. */
class GoldenOutputTest {
  /** The inputs, by the name of their golden files. */
  private static final String PEMILU = "../examples/scenarios/pemilu-2024.yaml";
  private static final String PILKADA = "../examples/scenarios/pilkada-2024.yaml";
  /** A verdict that needs assessment beside a notice, both notices, a PPPK reached through PP 49/2018. */
  private static final String OPEN = "src/test/resources/cli/open-questions-notices.yaml";

  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource({
    "pemilu-2024, text, id", "pemilu-2024, text, en", "pemilu-2024, markdown, id", "pemilu-2024, markdown, en",
    "pemilu-2024, json, id", "pemilu-2024, json, en", "pemilu-2024, ndjson, id",
    "pilkada-2024, text, id", "pilkada-2024, text, en", "pilkada-2024, markdown, id", "pilkada-2024, markdown, en",
    "pilkada-2024, json, id", "pilkada-2024, ndjson, en",
    "open-questions-notices, text, id", "open-questions-notices, text, en", "open-questions-notices, markdown, id",
    "open-questions-notices, markdown, en", "open-questions-notices, json, en"})
  void eval_example_printsTheGoldenOutput(String example, String format, String lang) {
    // when
    Cli run = Cli.run("eval", "--format", format, "--lang", lang, input(example));

    // then
    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isZero();
    Golden.assertMatches("eval/" + example + "." + lang + "." + format, run.out());
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"pemilu-2024, text", "pemilu-2024, markdown", "pilkada-2024, text", "pilkada-2024, markdown",
    "open-questions-notices, text", "open-questions-notices, markdown"})
  void eval_indonesian_printsNoEnglishWordAPersonReads(String example, String format) {
    // when
    Cli run = Cli.run("eval", "--format", format, "--lang", "id", input(example));

    // then
    assertThat(run.exit()).isZero();
    assertThat(englishWords(run.out())).as("English words in the --lang id %s output of %s", format, example)
        .isEmpty();
  }

  @ParameterizedTest(name = "{0} --explain {1} --citations {2}")
  @CsvSource({"ndjson,none,full", "ndjson,id,full", "ndjson,en,full", "ndjson,both,id", "ndjson,none,id",
      "json,none,id"})
  void eval_leanOptions_printTheGoldenOutput(String format, String explain, String citations) {
    // when
    Cli run = Cli.run("eval", "--format", format, "--lang", "id", "--explain", explain, "--citations", citations,
        PEMILU);

    // then
    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isZero();
    Golden.assertMatches("eval/pemilu-2024.id." + format + ".explain-" + explain + ".citations-" + citations,
        run.out());
  }

  @Test
  void englishWords_indonesianOutputWithCitationsAndIds_findsOnlyTheEnglish() {
    // given
    String out = "== pns-like-akun: VIOLATION  (../examples/pemilu-2024.yaml)\n"
        + "   [a1] DISIPLIN  skb-2022/lampiran-2/disiplin/6\n"
        + "   [a1] PERLU DINILAI  election\n"
        + "   [a2] NOTICE  AFTER_ELECTION_CALENDAR\n"
        + "        dasar:        Pasal 5 huruf n angka 5 PP 94/2021; Lampiran II SKB 2022\n"
        + "- **PERLU DINILAI** perbuatan `a1`, `activeSupport`: Apakah ... and the basis\n"
        + "1 scenarios: 1 MELANGGAR; 0 berkas ditolak\n";

    // when / then
    assertThat(englishWords(out)).containsExactly("VIOLATION", "NOTICE", "and", "the", "basis", "scenarios");
  }

  private static String input(String example) {
    return switch (example) {
      case "pemilu-2024" -> PEMILU;
      case "pilkada-2024" -> PILKADA;
      default -> OPEN;
    };
  }

  /**
   * English words a person reads in command output, in order. Ids are not read as words: code spans
   * (`...`), act ids in brackets, rule ids, file names, fact keys (camelCase) and notice codes;
   * citations are Indonesian. The list is of the words Indonesian output has slipped into before.
   */
  private static final Set<String> ENGLISH = Set.of("scenario", "scenarios", "finding", "findings", "verdict",
      "basis", "sanction", "sanctions", "penalty", "question", "questions", "notice", "decided", "why", "act",
      "rule", "rules", "file", "files", "refused", "passed", "failed", "skipped", "and", "or", "the", "of", "on",
      "under", "by", "with", "for", "from", "to", "at", "is", "this", "that", "not", "no", "one", "heavy",
      "moderate", "light", "breach", "candidate", "party", "election", "campaign", "day", "between", "after",
      "before", "most", "least", "months", "fine", "imprisonment", "later", "court", "law", "assess");
  /** The contract's values, which Indonesian output shows as words of its own. */
  private static final Set<String> CONTRACT = Set.of("VIOLATION", "NO_VIOLATION", "NEEDS_ASSESSMENT", "ETHICS",
      "DISCIPLINE", "ADMINISTRATIVE", "CRIMINAL");
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_./\\-]+");

  static List<String> englishWords(String output) {
    List<String> found = new ArrayList<>();
    for (String line : output.split("\n")) {
      String text = line.replaceAll("`[^`]*`", " ");
      if (text.matches("\\s*\\[[^\\]]*\\] .*")) {
        // "[act] LABEL  id": the act's id, and the rule id, fact key or notice code after the label
        text = text.replaceAll("^\\s*\\[[^\\]]*\\]", " ").replaceAll("  \\S+$", "");
      }
      Matcher m = TOKEN.matcher(text);
      while (m.find()) {
        String token = m.group().replaceAll("^[./\\-]+|[./\\-]+$", "");
        if (CONTRACT.contains(token)) {
          found.add(token);
        } else if (token.matches("\\p{L}+") && ENGLISH.contains(token.toLowerCase(Locale.ROOT))) {
          found.add(token);
        }
      }
    }
    return found;
  }
}
