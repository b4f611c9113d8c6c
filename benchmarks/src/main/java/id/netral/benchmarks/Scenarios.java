package id.netral.benchmarks;

import id.netral.core.NeutralityEngine;
import id.netral.core.model.Act;
import id.netral.core.model.ActType;
import id.netral.core.model.Actor;
import id.netral.core.model.ActorType;
import id.netral.core.model.CampaignRole;
import id.netral.core.model.Election;
import id.netral.core.model.Position;
import id.netral.core.model.Scenario;
import id.netral.core.model.SocialMediaForm;
import id.netral.core.model.Target;
import id.netral.core.model.TargetKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Typical three-act complaints: the shape the targets are stated for. */
final class Scenarios {
  private static final ActorType[] ACTORS = {ActorType.PNS, ActorType.PNS, ActorType.PPPK, ActorType.VILLAGE_HEAD,
      ActorType.TNI, ActorType.POLRI};

  private Scenarios() {}

  /** A deterministic corpus of {@code n} three-act scenarios in the 2024 general election. */
  static List<Scenario> corpus(NeutralityEngine engine, int n) {
    Election e = engine.catalog().elections().get("pemilu-2024");
    Random r = new Random(42);
    Target candidate = new Target(TargetKind.CANDIDATE, "Pasangan calon 1", null, null);
    List<Scenario> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Actor actor = new Actor("a" + i, ACTORS[r.nextInt(ACTORS.length)], Position.FUNCTIONAL, null, null, null);
      LocalDate d = LocalDate.of(2023, 10, 1).plusDays(r.nextInt(130));
      List<Act> acts = List.of(
          Act.builder(ActType.SOCIAL_MEDIA_ENGAGEMENT, d).id("a1").form(SocialMediaForm.values()[r.nextInt(6)])
              .target(candidate).build(),
          Act.builder(ActType.CAMPAIGN_ATTENDANCE, d.plusDays(3)).id("a2").activeSupport(r.nextBoolean())
              .usesPartyAttributes(false).usesCivilServantAttributes(r.nextBoolean()).mobilizesCivilServants(false)
              .usesStateFacilities(false).target(candidate).build(),
          Act.builder(ActType.CAMPAIGN_ROLE, d.plusDays(7)).id("a3")
              .campaignRole(CampaignRole.values()[r.nextInt(CampaignRole.values().length)]).target(candidate).build());
      out.add(new Scenario("s" + i, null, e, actor, acts, null));
    }
    return out;
  }
}
