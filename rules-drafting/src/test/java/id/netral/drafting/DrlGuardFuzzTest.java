package id.netral.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import id.netral.core.NeutralityEngine;
import id.netral.core.RuleSetException;
import id.netral.core.catalog.Catalog;
import id.netral.core.internal.RuleSource;
import id.netral.core.model.Act;
import id.netral.core.model.ActType;
import id.netral.core.model.Actor;
import id.netral.core.model.ActorType;
import id.netral.core.model.CampaignRole;
import id.netral.core.rules.ActFact;
import id.netral.core.rules.Conclusions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * Coverage-guided fuzzing of the guard: the fuzzer splices fragments of DRL and Java, and a payload
 * that creates a marker file, into a rule the guard accepts. Whatever it makes, the guard refuses it
 * in one-line problems that name the file, or accepts it; and what it accepts and names the marker
 * is compiled and fired on an act that matches, and the marker never appears. Without {@code JAZZER_FUZZ} it replays the
 * inputs under {@code DrlGuardFuzzTestInputs/}; the build fuzzes for a few seconds (the {@code
 * fuzz-guard} execution in this module's pom); the second method is for longer runs.
 */
class DrlGuardFuzzTest {
  private static final String FILE = "rules/fuzz.drl";
  private static final Path MARKER;
  private static final Catalog CATALOG = NeutralityEngine.withBundledRules().catalog();

  static {
    try {
      Path dir = Files.createTempDirectory("netral-guard-fuzz");
      MARKER = dir.resolve("payload-ran");
      dir.toFile().deleteOnExit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final String[] PAYLOADS = {
    "new java.io.File(\"" + MARKER + "\").createNewFile()",
    "java.nio.file.Files.createFile(java.nio.file.Path.of(\"" + MARKER + "\"))",
    "\"\".getClass().forName(\"java.io.File\").getConstructor(String.class).newInstance(\"" + MARKER + "\").createNewFile()",
    "new java.util.logging.FileHandler(\"" + MARKER + "\")",
    "java/**/.nio.file.Files.createFile(java.nio.file.Path.of(\"" + MARKER + "\"))",
    "\\u006eew java.io.File(\"" + MARKER + "\").createNewFile()",
  };

  /** Pieces of DRL and Java that the fuzzer puts around and into the payload. */
  private static final String[] FRAGMENTS = {
    ";", "\n", " ", "//", "/*", "*/", "\"", "(", ")", "{", "}", ",", ".", ":", "$act", "eval(", "from ",
    "accumulate(", "init(", "function boolean f() { return ", "declare T\n f : boolean = ", "end\n",
    "dialect \"mvel\"\n", "when\n", "then\n", "rule \"r\"\n", "import ", "global ", "query \"q\"\n", "||", "&&",
    "!", "==", "!=", " in (", " contains ", " matches ", "actType", "ActType.CAMPAIGN_ROLE", "inForce(",
    "interpretation(", "getAct()", "office()", "involved", "isEmpty()", "getClass()", "forName(", "System.exit(0)",
    "@basis(", "enabled ", "salience ", "true", "null", "java.lang.", "Runtime.getRuntime().exec(\"true\")",
    "conclude.finding(drools.getRule().getName(), $act);", "insert(", "new ", "\\u0022", "#", "!.", "?.",
  };

  private static final String HEAD = """
      package id.netral.fuzz;

      import id.netral.core.rules.ActFact;
      import id.netral.core.model.ActType;

      global id.netral.core.rules.Conclusions conclude;

      rule "fuzz"
          @basis("uu-7-2017/pasal-494")
      when
          $act : ActFact( actType == ActType.CAMPAIGN_ROLE""";
  private static final String MIDDLE = " )\nthen\n    ";
  private static final String TAIL = """
      conclude.finding(drools.getRule().getName(), $act);
      end
      """;

  @FuzzTest(maxDuration = "5s")
  void check_fuzzedDrlAroundAPayload_refusesOrNeverRunsIt(FuzzedDataProvider data) {
    check(data);
  }

  @FuzzTest(maxDuration = "30m")
  void check_fuzzedDrlAroundAPayloadLongRun_refusesOrNeverRunsIt(FuzzedDataProvider data) {
    check(data);
  }

  private static void check(FuzzedDataProvider data) {
    // given: the rule, with fragments, the payload and the fuzzer's own text spliced in
    StringBuilder drl = new StringBuilder(HEAD + MIDDLE + TAIL);
    int pieces = data.consumeInt(1, 8);
    for (int i = 0; i < pieces && drl.length() < 10_000; i++) {
      String piece = switch (data.consumeInt(0, 2)) {
        case 0 -> data.pickValue(PAYLOADS);
        case 1 -> data.pickValue(FRAGMENTS);
        default -> data.consumeString(40);
      };
      drl.insert(data.consumeInt(0, drl.length()), piece);
    }
    byte[] bytes = drl.toString().getBytes(StandardCharsets.UTF_8);

    // when
    List<String> problems = DrlGuard.check(FILE, bytes);

    // then
    assertThat(problems).allSatisfy(p -> assertThat(p).startsWith(FILE + ":").doesNotContain("\n", "\r"));
    if (problems.isEmpty() && drl.indexOf(MARKER.getFileName().toString()) >= 0) {
      // only a rule that names the marker can make it; compiling every accepted rule would slow the
      // fuzzer tenfold
      fire(bytes);
    }
    assertThat(MARKER).as("the payload ran in a rule the guard accepted:\n" + drl).doesNotExist();
  }

  /** Compiles the accepted rule and fires it on an act it matches. */
  private static void fire(byte[] bytes) {
    RuleSource source = new RuleSource() {
      @Override
      public byte[] read(String relativePath) {
        return bytes;
      }

      @Override
      public String describe(String relativePath) {
        return relativePath;
      }
    };
    KieBase kieBase;
    try {
      kieBase = new DrlCompiler().compile(source, List.of(FILE));
    } catch (RuleSetException e) {
      return; // accepted by the guard, refused by the compiler: nothing ran
    }
    KieSession session = kieBase.newKieSession();
    try {
      session.setGlobal("conclude", new Conclusions() {
        @Override
        public void finding(String rule, ActFact act) {}

        @Override
        public void ask(String rule, ActFact act) {}
      });
      Act act = Act.builder(ActType.CAMPAIGN_ROLE, LocalDate.of(2023, 12, 1)).campaignRole(CampaignRole.TEAM_MEMBER).build();
      session.insert(new ActFact(new Actor("asn-1", ActorType.PNS, null, null, null, null), act,
          CATALOG.elections().get("pemilu-2024"), 0, CATALOG));
      session.fireAllRules();
    } finally {
      session.dispose();
    }
  }
}
