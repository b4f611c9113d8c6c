package id.netral.examples;

import id.netral.core.Assessment;
import id.netral.core.Finding;
import id.netral.core.Language;
import id.netral.core.NeutralityEngine;
import id.netral.core.json.ResultJson;
import id.netral.core.model.Act;
import id.netral.core.model.ActType;
import id.netral.core.model.Actor;
import id.netral.core.model.ActorType;
import id.netral.core.model.Position;
import id.netral.core.model.Scenario;
import id.netral.core.model.SocialMediaForm;
import id.netral.core.model.Target;
import java.time.LocalDate;

/**
 * The README's embedding example: build a scenario in code, assess it, read the findings. A test
 * checks that the README's lines are these.
 */
public final class EmbeddingExample {
  private EmbeddingExample() {}

  /** Assesses a civil servant who liked a prospective candidate's post and prints the findings. */
  public static void main(String[] args) {
    NeutralityEngine engine = NeutralityEngine.withBundledRules(); // once per process; thread-safe

    Actor pns = Actor.builder("asn-17", ActorType.PNS).position(Position.FUNCTIONAL).build();
    Act like = Act.builder(ActType.SOCIAL_MEDIA_ENGAGEMENT, LocalDate.of(2023, 10, 17))
        .form(SocialMediaForm.LIKE)
        .target(Target.candidate("Bakal pasangan calon X"))
        .build();
    Scenario scenario = Scenario.builder("pns-like-2023", pns)
        .election(engine.catalog().election("pemilu-2024")) // unknown id: IllegalArgumentException
        .act(like)
        .build();

    Assessment assessment = engine.assess(scenario);   // VIOLATION: ETHICS, SKB 2022 kode etik angka 4

    System.out.println(assessment.verdict());
    for (Finding f : assessment.findings()) {
      System.out.println(f.type() + " " + f.basis().get(0).citation() + ": " + f.sanction().describe(Language.EN));
      System.out.println(f.explanation().english());
    }
    System.out.println(ResultJson.document(scenario, assessment, Language.ID)); // the JSON of docs/results.md
  }
}
