package id.netral.catalog;

import id.netral.core.model.Act;
import id.netral.core.model.ActType;
import id.netral.core.model.Actor;
import id.netral.core.model.ActorType;
import id.netral.core.model.Audience;
import id.netral.core.model.CampaignRole;
import id.netral.core.model.Effect;
import id.netral.core.model.Election;
import id.netral.core.model.PartyRole;
import id.netral.core.model.Position;
import id.netral.core.model.Scenario;
import id.netral.core.model.SocialMediaForm;
import id.netral.core.model.Target;
import id.netral.core.model.TargetKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds valid scenarios from a source of choices, over the model's enums, dates from 2019 to 2025
 * and the built-in elections. One generator for jqwik (choices from a list it shrinks), Jazzer
 * (choices from the fuzzer's bytes) and the load tests (choices from a seeded {@link Random}).
 */
final class ScenarioGen {
  static final LocalDate FIRST_DAY = LocalDate.of(2019, 1, 1);
  static final int DAYS = (int) (LocalDate.of(2025, 12, 31).toEpochDay() - FIRST_DAY.toEpochDay()) + 1;
  static final int MAX_ACTS = 5;

  /** A source of choices: {@code pick(n)} is in {@code [0, n)}. */
  @FunctionalInterface
  interface Choices {
    int pick(int n);

    /** Choices read from {@code values} in turn, 0 once they run out; shrinks as the list does. */
    static Choices of(List<Integer> values) {
      int[] next = {0};
      return n -> next[0] < values.size() ? Math.floorMod(values.get(next[0]++), n) : 0;
    }

    /** Choices from a seeded random source. */
    static Choices of(Random random) {
      return random::nextInt;
    }
  }

  private final List<Election> elections;

  ScenarioGen(Map<String, Election> elections) {
    this.elections = List.copyOf(new TreeMap<>(elections).values());
  }

  Scenario scenario(String id, Choices c) {
    return scenario(id, c, c.pick(MAX_ACTS + 1));
  }

  Scenario scenario(String id, Choices c, int actCount) {
    Election election = elections.get(c.pick(elections.size()));
    Actor actor = new Actor("actor-" + c.pick(3), pick(c, ActorType.values()), orNull(c, Position.values()),
        null, c.pick(4) == 0 ? day(c) : null, c.pick(4) == 0 ? day(c) : null);
    List<Act> acts = new ArrayList<>();
    for (int i = 0; i < actCount; i++) {
      acts.add(act("a" + (i + 1), c));
    }
    return new Scenario(id, null, election, actor, acts, null);
  }

  Act act(String id, Choices c) {
    ActType type = pick(c, ActType.values());
    Act.Builder b = Act.builder(type, day(c)).id(id);
    if (c.pick(3) > 0) {
      b.target(new Target(pick(c, TargetKind.values()), c.pick(2) == 0 ? null : "X", bool(c), bool(c)));
    }
    switch (type) {
      case PARTY_MEMBERSHIP -> b.partyRole(orNull(c, PartyRole.values()));
      case CANDIDACY -> b.resigned(bool(c)).office(c.pick(2) == 0 ? null : "bupati");
      case PARTY_APPROACH, SPOUSE_CAMPAIGN -> b.onLeave(bool(c));
      case SOCIAL_MEDIA_ENGAGEMENT -> b.form(orNull(c, SocialMediaForm.values()));
      case PARTISAN_PHOTO -> b.partisanSymbol(bool(c)).publiclyAccessible(bool(c));
      case CAMPAIGN_ATTENDANCE -> b.activeSupport(bool(c)).usesPartyAttributes(bool(c))
          .usesCivilServantAttributes(bool(c)).mobilizesCivilServants(bool(c)).usesStateFacilities(bool(c));
      case CAMPAIGN_ROLE -> b.campaignRole(orNull(c, CampaignRole.values()));
      case PARTISAN_ACTIVITY -> b.audience(subset(c, Audience.class));
      case FAVORING_DECISION -> b.effect(orNull(c, Effect.values()));
      case INVOLVING_APPARATUS -> b.involved(subset(c, ActorType.class));
      default -> { }
    }
    return b.build();
  }

  static LocalDate day(Choices c) {
    return FIRST_DAY.plusDays(c.pick(DAYS));
  }

  private static Boolean bool(Choices c) {
    return switch (c.pick(3)) {
      case 0 -> null;
      case 1 -> Boolean.FALSE;
      default -> Boolean.TRUE;
    };
  }

  private static <E> E pick(Choices c, E[] values) {
    return values[c.pick(values.length)];
  }

  private static <E> E orNull(Choices c, E[] values) {
    int i = c.pick(values.length + 1);
    return i == values.length ? null : values[i];
  }

  private static <E extends Enum<E>> Set<E> subset(Choices c, Class<E> type) {
    Set<E> out = EnumSet.noneOf(type);
    for (E e : type.getEnumConstants()) {
      if (c.pick(3) == 0) {
        out.add(e);
      }
    }
    return out;
  }
}
