package id.netral.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Drools' messages in plain words, in English and Indonesian. */
class PlainTest {
  private static final String HEADER = """
      package id.netral.drafts.uu7_2017;
      import id.netral.core.rules.ActFact;
      import id.netral.core.model.ActType;
      global id.netral.core.rules.Conclusions conclude;

      rule "uu-7-2017/pasal-494 x"
          @basis("uu-7-2017/pasal-494")
      when
      """;

  private static List<String> check(String condition) {
    String drl = HEADER + "    $act : ActFact( " + condition + " )\nthen\n    conclude.finding(drools.getRule().getName(), $act);\nend\n";
    return DrlGuard.check("rules/x.drl", drl.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void misspeltField_checked_isAnUnknownFieldNamingTheNearestAndAllFieldsNotAReachOutside() {
    // when
    List<String> problems = check("actTyp == ActType.CAMPAIGN_ROLE");

    // then
    assertThat(problems).singleElement().asString()
        .startsWith("rules/x.drl:9:21: unknown field `actTyp` of ActFact (did you mean `actType`?); the fields are: act, actType, ")
        .contains(", campaignRole, ", ", targetKind, ")
        .doesNotContain("reaches outside", "inForce", "getActType");
  }

  @Test
  void fieldWithNothingNear_checked_listsTheFieldsWithoutAGuess() {
    // when
    List<String> problems = check("zzzzzzzz == true");

    // then
    assertThat(problems).singleElement().asString()
        .startsWith("rules/x.drl:9:21: unknown field `zzzzzzzz` of ActFact; the fields are: act, ");
  }

  @Test
  void doubledOperator_checked_isASyntaxErrorAtItsColumnInPlainWords() {
    // when
    List<String> problems = check("actType == == ActType.CAMPAIGN_ROLE");

    // then
    assertThat(problems).isNotEmpty();
    assertThat(problems.get(0)).matches("rules/x\\.drl:9:\\d+: syntax error: .*`==`.*")
        .doesNotContain("[ERR", "no viable alternative");
  }

  @ParameterizedTest
  @CsvSource(delimiterString = " | ", textBlock = """
      [ERR 101] Line 24:31 no viable alternative at input '==' in rule "r 1" | syntax error: unexpected `==` (in rule "r 1")
      [ERR 102] Line 3:4 mismatched input 'then' expecting ')' in rule "r" | syntax error: `then` where `)` was expected (in rule "r")
      [ERR 102] Line 9:0 mismatched input '<EOF>' expecting 'end' | syntax error: end of file where `end` was expected
      """)
  void parserMessage_inPlainWords_dropsTheErrorCodeAndQuotesTheTokens(String drools, String expected) {
    assertThat(Plain.syntax(drools)).isEqualTo(expected);
  }

  @Test
  void strictModeMessage_inPlainWords_isAnUnknownField() {
    // given
    String drools = "Unable to Analyse Expression ActType.INVOLVING_APPARATUS == actTyp:\n[Error: unable to resolve method using"
        + " strict-mode: id.netral.core.rules.ActFact.actTyp()]\n[Near : {... ActType.INVOLVING_APPARATUS == actTyp ....}]";

    // when / then
    assertThat(Plain.compile(drools)).startsWith("unknown field `actTyp` of ActFact (did you mean `actType`?); the fields are: ");
    assertThat(Plain.unknownName(drools)).isEqualTo("actTyp");
  }

  @ParameterizedTest
  @CsvSource(delimiterString = " | ", textBlock = """
      syntax error: unexpected `==` (in rule "r") | kesalahan sintaksis: `==` tidak diharapkan di sini (dalam aturan "r")
      syntax error: end of file where `end` was expected | kesalahan sintaksis: akhir berkas di tempat yang seharusnya `end`
      unknown field `actTyp` of ActFact (did you mean `actType`?); the fields are: a, b | kolom `actTyp` tidak dikenal pada ActFact (mungkin maksudnya `actType`?); kolom yang ada: a, b
      rule "r": two rules have this name | aturan "r": dua aturan memakai nama ini
      the query payload reaches outside the netral model; give --trust-rules only for a folder whose author you trust | the query payload menjangkau ke luar model netral; berikan --trust-rules hanya untuk folder yang penulisnya Anda percayai
      """)
  void sentence_inIndonesian_isTranslated(String english, String indonesian) {
    assertThat(Plain.indonesian(english)).isEqualTo(indonesian);
  }

  @Test
  void sentenceWithoutTranslation_inIndonesian_saysItIsInEnglish() {
    assertThat(Plain.indonesian("something new")).isEqualTo("(dalam bahasa Inggris) something new");
  }

  @Test
  void drlLocate_nameInACommentAndInACondition_givesTheCondition() {
    // given
    String drl = "// actTyp is misspelt below\nrule \"r\" when\n  $a : ActFact( actTyp == 1 )\n";

    // when / then
    assertThat(DrlCompiler.locate(drl, "actTyp")).containsExactly(3, 17);
  }
}
