package id.netral.examples;

import id.netral.core.Assessment;
import id.netral.core.Finding;
import id.netral.core.NeutralityEngine;
import id.netral.core.model.Act;
import id.netral.core.model.ActType;
import id.netral.core.model.Actor;
import id.netral.core.model.ActorType;
import id.netral.core.model.Position;
import id.netral.core.model.Scenario;
import id.netral.core.model.SocialMediaForm;
import id.netral.core.model.Target;
import id.netral.core.model.TargetKind;
import java.time.LocalDate;
import java.util.List;

/** The README's embedding example: build a scenario in code, assess it, read the findings. */
public final class EmbeddingExample {
  private EmbeddingExample() {}

  /** Assesses a civil servant who liked a prospective candidate's post and prints the findings. */
  public static void main(String[] args) {
    NeutralityEngine engine = NeutralityEngine.withBundledRules(); // once per process; thread-safe

    Actor pns = new Actor("asn-17", ActorType.PNS, Position.FUNCTIONAL, null, null, null);
    Act like = Act.builder(ActType.SOCIAL_MEDIA_ENGAGEMENT, LocalDate.of(2023, 10, 17))
        .form(SocialMediaForm.LIKE)
        .target(new Target(TargetKind.CANDIDATE, "Bakal pasangan calon X", null, null))
        .build();
    Scenario scenario = new Scenario("pns-like-2023", null,
        engine.catalog().elections().get("pemilu-2024"), pns, List.of(like), null);

    Assessment assessment = engine.assess(scenario);

    System.out.println(assessment.verdict());
    for (Finding f : assessment.findings()) {
      System.out.println(f.type() + " " + f.basis().get(0).citation() + ": " + f.sanction().describe(
          id.netral.core.Language.EN));
      System.out.println(f.explanation().english());
    }
  }
}
