package id.netral.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import id.netral.core.Assessment;
import id.netral.core.Finding;
import id.netral.core.Trace;
import id.netral.core.model.Scenario;
import id.netral.core.scenario.ScenarioFile;
import id.netral.core.scenario.ScenarioReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** {@code NeutralityEngine.trace}: which rules an act considers, and which condition kept each from firing. */
class TraceTest {

  private static Scenario example(String id) {
    ScenarioFile file = new ScenarioReader(Suites.ENGINE.catalog().elections())
        .read(Path.of("../examples/scenarios/pemilu-2024.yaml"));
    return file.scenarios().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
  }

  private static Scenario scenario(String yaml) {
    ScenarioFile file = new ScenarioReader(Suites.ENGINE.catalog().elections())
        .read("t.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    assertThat(file.problems()).isEmpty();
    return file.scenarios().get(0);
  }

  private static Trace.Rule rule(Trace.Act act, String id) {
    return act.rules().stream().filter(r -> r.id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError(id + " not considered: " + act.rules()));
  }

  @Test
  void trace_likeOfAHopefulsAccountBeforeDetermination_showsTheDisciplineRuleFailingOnCandidateStatus() {
    // given: a PNS likes a post of a presidential hopeful's campaign account on 17 Oct 2023,
    // before the pairs were determined on 13 Nov 2023
    Scenario s = example("pns-like-akun-bakal-calon");

    // when
    Trace trace = Suites.ENGINE.trace(s);

    // then: the ethics rule fired; the discipline rule for a determined candidate was considered
    // and failed on the candidate status (a hopeful, bakal calon), and on nothing else
    Trace.Act act = trace.acts().get(0);
    assertThat(act.act()).isEqualTo("a1");
    assertThat(act.type()).isEqualTo("SOCIAL_MEDIA_ENGAGEMENT");
    assertThat(act.facts()).contains("actorType = PNS", "candidateStatus = BAKAL_CALON");
    assertThat(rule(act, "skb-2022/lampiran-2/kode-etik/4").outcome()).isEqualTo(Trace.Outcome.FIRED);
    Trace.Rule discipline = rule(act, "skb-2022/lampiran-2/disiplin/6");
    assertThat(discipline.outcome()).isEqualTo(Trace.Outcome.NOT_FIRED);
    assertThat(discipline.failed()).singleElement().satisfies(c -> {
      assertThat(c.readable()).isTrue();
      assertThat(c.condition()).isEqualTo("(candidateStatus == CandidateStatus.CALON || interpretation(\"skb-2022/"
          + "etik-atau-disiplin\") == \"BAKAL_CALON_JUGA_DISIPLIN\")");
      assertThat(c.values()).containsExactly("candidateStatus = BAKAL_CALON",
          "interpretation(\"skb-2022/etik-atau-disiplin\") = \"TANGGAL_PENETAPAN\"");
    });
    // a rule on another type of act is not considered
    assertThat(act.rules()).noneMatch(r -> r.id().startsWith("uu-7-2017/pasal-494"));
  }

  @Test
  void trace_likeBeforeTheSkbWasInForce_namesTheProvisionAndItsDates() {
    // given: the same like in 2019, before the SKB 2022 came into force
    Scenario s = scenario("""
        version: 1
        scenarios:
          - id: like-2019
            actor: {id: a, type: PNS}
            acts:
              - {id: a1, type: SOCIAL_MEDIA_ENGAGEMENT, date: 2019-03-01, form: LIKE, target: {kind: CANDIDATE}}
        """);

    // when
    Trace.Act act = Suites.ENGINE.trace(s).acts().get(0);

    // then
    Trace.Rule ethics = act.rules().stream().filter(r -> r.id().startsWith("skb-2022/lampiran-2/kode-etik/4"))
        .findFirst().orElseThrow();
    assertThat(ethics.outcome()).isEqualTo(Trace.Outcome.NOT_FIRED);
    assertThat(ethics.failed()).anySatisfy(c -> {
      assertThat(c.condition()).startsWith("inForce(\"skb-2022/lampiran-2/kode-etik/4\")");
      assertThat(c.values()).singleElement().asString()
          .startsWith("inForce(\"skb-2022/lampiran-2/kode-etik/4\") = false (in force from 2022-")
          .endsWith("; the act is of 2019-03-01)");
    });
  }

  @Test
  void trace_everySuiteScenario_agreesWithTheAssessmentAndNamesAFailedConditionForEveryRuleNotFired() {
    // given
    List<String> disagreements = new ArrayList<>();
    List<String> unexplained = new ArrayList<>();
    Set<String> unread = new TreeSet<>();
    int considered = 0;

    // when
    for (Scenario s : Suites.all()) {
      if (s.acts().stream().anyMatch(a -> a.period() != null)) {
        continue; // traced on their first day only; the assessment samples the whole period
      }
      Assessment a = Suites.ENGINE.assess(s);
      Trace trace = Suites.ENGINE.trace(s);
      Set<String> assessed = new TreeSet<>();
      for (Finding f : a.findings()) {
        assessed.add(f.act() + " " + f.rule());
      }
      a.openQuestions().forEach(q -> q.rules().forEach(r -> assessed.add(q.act() + " ?" + r)));
      Set<String> traced = new TreeSet<>();
      for (Trace.Act act : trace.acts()) {
        for (Trace.Rule r : act.rules()) {
          considered++;
          switch (r.outcome()) {
            case FIRED -> traced.add(act.act() + " " + r.id());
            case ASKED -> traced.add(act.act() + " ?" + r.id());
            case NOT_FIRED -> {
              if (r.failed().isEmpty()) {
                unexplained.add(s.id() + " " + act.act() + " " + r.name());
              }
              r.failed().stream().filter(c -> !c.readable()).forEach(c -> unread.add(r.id() + ": " + c));
            }
            default -> { }
          }
        }
      }
      if (!assessed.equals(traced)) {
        disagreements.add(s.id() + ": assessed " + assessed + ", traced " + traced);
      }
    }

    // then
    assertThat(considered).isGreaterThan(1000);
    assertThat(disagreements).isEmpty();
    assertThat(unexplained).as("rules that did not fire although every condition the trace read holds").isEmpty();
    assertThat(unread).as("conditions of the bundled rules the trace cannot evaluate").isEmpty();
  }
}
