package id.netral.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The parts of a DRL file around its rules: package, imports, globals, and what cannot be parsed. */
class DrlGuardTest {
  private static final String FILE = "rules/x.drl";
  private static final String RULE = """

      rule "uu-7-2017/pasal-494 x"
          @basis("uu-7-2017/pasal-494")
      when
          $act : ActFact( actType == ActType.CAMPAIGN_ROLE )
      then
          conclude.finding(drools.getRule().getName(), $act);
      end
      """;

  private static List<String> check(String header) {
    return DrlGuard.check(FILE, (header + RULE).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void ruleLikeTheBundledOnes_checked_isAccepted() {
    // when
    List<String> problems = check("""
        package id.netral.drafts.uu7_2017;
        import id.netral.core.rules.ActFact;
        import id.netral.core.model.ActType;
        global id.netral.core.rules.Conclusions conclude;
        """);

    // then
    assertThat(problems).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiterString = " | ", textBlock = """
      package com.example.rules;           | 1:1: the package com.example.rules reaches outside the netral model (an untrusted rule folder's packages are under id.netral
      package id.netral.core.model;        | 1:1: the package id.netral.core.model reaches outside
      package java.lang;                   | 1:1: the package java.lang reaches outside
      import id.netral.core.model.*;       | 2:1: import id.netral.core.model.* reaches outside the netral model (only id.netral.core.rules.ActFact, id.netral.core.rules.Characterisation, id.netral.core.rules.CharacterKind and classes of
      import id.netral.core.catalog.Catalog; | 2:1: import id.netral.core.catalog.Catalog reaches outside
      import id.netral.core.model.Act.Builder; | 2:1: import id.netral.core.model.Act.Builder reaches outside
      global java.util.List conclude;      | 2:1: the global java.util.List conclude reaches outside the netral model (only 'global id.netral.core.rules.Conclusions conclude' is allowed)
      import function java.lang.System.exit; | 2:1: the function import java.lang.System.exit reaches outside
      """)
  void headerOutsideTheModel_checked_isRefusedWithItsLine(String line, String expected) {
    // given
    String header = line.startsWith("package ") ? line + "\nimport id.netral.core.rules.ActFact;\n"
        : "package id.netral.drafts;\n" + line + "\nimport id.netral.core.rules.ActFact;\n";
    header += "import id.netral.core.model.ActType;\nglobal id.netral.core.rules.Conclusions conclude;\n";

    // when
    List<String> problems = check(header);

    // then
    assertThat(problems).first().asString().startsWith(FILE + ":" + expected);
  }

  @Test
  void drlThatDoesNotParse_checked_isRefusedWithTheParserLineAndNothingElse() {
    // when
    List<String> problems = check("package id.netral.drafts;\nrule \"r\" when then System.exit(0); end end\n");

    // then
    assertThat(problems).isNotEmpty().allSatisfy(p -> assertThat(p).matches("rules/x\\.drl:\\d+:\\d+: .+"));
  }

  @Test
  void bytesThatAreNotUtf8_checked_areRefused() {
    // when
    List<String> problems = DrlGuard.check(FILE, new byte[] {'p', (byte) 0xC3, '(', ';'});

    // then
    assertThat(problems).containsExactly(FILE + ": not UTF-8 text");
  }
}
