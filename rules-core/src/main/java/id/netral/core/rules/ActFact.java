package id.netral.core.rules;

import id.netral.core.catalog.Catalog;
import id.netral.core.model.Act;
import id.netral.core.model.ActType;
import id.netral.core.model.Actor;
import id.netral.core.model.ActorType;
import id.netral.core.model.Audience;
import id.netral.core.model.CampaignRole;
import id.netral.core.model.CandidateStatus;
import id.netral.core.model.Effect;
import id.netral.core.model.Election;
import id.netral.core.model.ElectionKind;
import id.netral.core.model.ElectionStage;
import id.netral.core.model.HeldOffice;
import id.netral.core.model.Office;
import id.netral.core.model.PartyRole;
import id.netral.core.model.Position;
import id.netral.core.model.SocialMediaForm;
import id.netral.core.model.TargetKind;
import java.time.LocalDate;
import java.util.Set;

/**
 * The fact the rules match: one act seen with its actor and with the election on the day of the
 * act. The engine makes one per act. Immutable.
 *
 * <p>In DRL, {@code ActFact(actType == ActType.VOTING, actorType == ActorType.TNI,
 * inForce("uu-7-2017/pasal-200"))}.
 *
 * <p>{@link #getActorType()} is the status the actor held <em>on the day of the act</em>: it is
 * null when the actor had resigned or retired before that day, so that no rule binding that status
 * matches. {@link #getDeclaredActorType()} is the type as given.
 *
 * <p>Without an election ({@code election} absent from the scenario), {@link #getElection()},
 * {@link #getElectionKind()}, {@link #getStage()} and {@link #getCandidateStatus()} are null, so that
 * no pattern on them matches.
 *
 * <p>For an act known only by a period (a month or a range), the engine makes one fact per day it
 * samples within the period; {@link #getDate()} is that day.
 *
 * <p>Not property-reactive: no rule modifies a fact, so Drools need not work out, for every
 * pattern, which properties it listens to (a tenth of building the KieBase).
 */
@org.kie.api.definition.type.ClassReactive
public final class ActFact {
  private final Actor actor;
  private final Act act;
  private final Election election;
  private final int index;
  private final Catalog catalog;
  private final ActorType actorType;
  private final ElectionStage stage;
  private final CandidateStatus candidateStatus;
  private final LocalDate day;

  /**
   * Made by the engine.
   *
   * @param actor who acted
   * @param act what was done
   * @param election the election; may be null
   * @param index the position of the act in its scenario, from 0
   * @param catalog the catalog that tells which provisions are in force
   */
  public ActFact(Actor actor, Act act, Election election, int index, Catalog catalog) {
    this(actor, act, election, index, catalog, act.date());
  }

  /**
   * Made by the engine for an act seen on {@code day}, one of the days of its period.
   *
   * @param actor who acted
   * @param act what was done
   * @param election the election; may be null
   * @param index the position of the act in its scenario, from 0
   * @param catalog the catalog that tells which provisions are in force
   * @param day the day the act is assessed on
   */
  public ActFact(Actor actor, Act act, Election election, int index, Catalog catalog, LocalDate day) {
    this.actor = actor;
    this.act = act;
    this.election = election;
    this.index = index;
    this.catalog = catalog;
    this.day = day;
    this.actorType = actor.holdsStatusOn(day) ? actor.type() : null;
    this.stage = election == null ? null : election.stageOn(day, getTargetOffice());
    this.candidateStatus = election == null ? null : election.candidateStatusOn(day, getTargetOffice());
  }

  /** The actor. */
  public Actor getActor() {
    return actor;
  }

  /** The act. */
  public Act getAct() {
    return act;
  }

  /** The election; null when the scenario names none. */
  public Election getElection() {
    return election;
  }

  /** The position of the act in its scenario, from 0. */
  public int getIndex() {
    return index;
  }

  /** The status the actor held on the day of the act; null after resignation or retirement. */
  public ActorType getActorType() {
    return actorType;
  }

  /** The actor's type as given, whether or not still held on the day of the act. */
  public ActorType getDeclaredActorType() {
    return actor.type();
  }

  /** Whether the actor was an ASN employee (PNS or PPPK) on the day of the act. */
  public boolean isAsn() {
    return actorType != null && actorType.isAsn();
  }

  /**
   * Whether the actor was a civil servant (PNS) on the day of the act, whatever the office: a
   * {@link ActorType#PNS} or a {@link ActorType#LURAH}. See {@link ActorType#isPns()}.
   */
  public boolean isPns() {
    return actorType != null && actorType.isPns();
  }

  /** The office the actor holds, where given. */
  public HeldOffice getHolds() {
    return actor.holds();
  }

  /** The office the actor runs for in the election, where given. */
  public Office getRunsFor() {
    return actor.runsFor();
  }

  /** The actor's position, if given. */
  public Position getPosition() {
    return actor.position();
  }

  /** What was done. */
  public ActType getActType() {
    return act.type();
  }

  /** The day of the act: the day the act is assessed on, for an act known only by a period. */
  public LocalDate getDate() {
    return day;
  }

  /** Whether the act is known only by a period (a month or a range), see {@link Act#period()}. */
  public boolean isPeriod() {
    return act.period() != null;
  }

  /** The kind of election; null without an election. */
  public ElectionKind getElectionKind() {
    return election == null ? null : election.kind();
  }

  /**
   * The stage of the election on the day of the act; once the candidates for the target's office
   * ({@link #getTargetOffice()}) are determined, no longer {@link ElectionStage#BEFORE_DETERMINATION}.
   * Null without an election.
   */
  public ElectionStage getStage() {
    return stage;
  }

  /**
   * Whether candidates were prospective (bakal calon) or determined on the day of the act: for the
   * target's office when given ({@link #getTargetOffice()}), else by the day the election's
   * candidates were all determined. Null without an election.
   */
  public CandidateStatus getCandidateStatus() {
    return candidateStatus;
  }

  /**
   * Whether the day of the act is on or after the day {@code months} months before the election's
   * candidates were determined (for the target's office when given); false without an election.
   * In DRL: {@code fromMonthsBeforeCandidatesDetermined(6)}.
   */
  public boolean fromMonthsBeforeCandidatesDetermined(int months) {
    if (election == null) {
      return false;
    }
    LocalDate determined = election.candidatesDetermined(getTargetOffice());
    return determined != null && !day.isBefore(determined.minusMonths(months));
  }

  /** Whether the provision {@code provisionId} is in force on the day of the act. */
  public boolean inForce(String provisionId) {
    return catalog.inForce(provisionId, day);
  }

  /**
   * The option the rule set chooses for the interpretation {@code id} (see {@code
   * interpretations.yaml}), e.g. {@code interpretation("skb-2022/etik-atau-disiplin") ==
   * "TANGGAL_PENETAPAN"}.
   *
   * @throws IllegalArgumentException when the catalog has no such interpretation
   */
  public String interpretation(String id) {
    return catalog.choice(id);
  }

  /** Whom the act favours; null when not given. */
  public TargetKind getTargetKind() {
    return act.target() == null ? null : act.target().kind();
  }

  /** What the favoured candidate runs for; null when not given. */
  public Office getTargetOffice() {
    return act.target() == null ? null : act.target().office();
  }

  /** Whether the favoured candidate runs without a party; null when not established. */
  public Boolean getTargetIndependent() {
    return act.target() == null ? null : act.target().independent();
  }

  /** Whether the favoured candidate is the actor's spouse; null when not established. */
  public Boolean getTargetSpouse() {
    return act.target() == null ? null : act.target().spouse();
  }

  /** See {@link Act#partyRole()}. */
  public PartyRole getPartyRole() {
    return act.partyRole();
  }

  /** See {@link Act#resigned()}. */
  public Boolean getResigned() {
    return act.resigned();
  }

  /** See {@link Act#onLeave()}. */
  public Boolean getOnLeave() {
    return act.onLeave();
  }

  /** See {@link Act#form()}. */
  public SocialMediaForm getForm() {
    return act.form();
  }

  /** See {@link Act#partisanSymbol()}. */
  public Boolean getPartisanSymbol() {
    return act.partisanSymbol();
  }

  /** See {@link Act#publiclyAccessible()}. */
  public Boolean getPubliclyAccessible() {
    return act.publiclyAccessible();
  }

  /** See {@link Act#activeSupport()}. */
  public Boolean getActiveSupport() {
    return act.activeSupport();
  }

  /** See {@link Act#usesPartyAttributes()}. */
  public Boolean getUsesPartyAttributes() {
    return act.usesPartyAttributes();
  }

  /** See {@link Act#usesCivilServantAttributes()}. */
  public Boolean getUsesCivilServantAttributes() {
    return act.usesCivilServantAttributes();
  }

  /** See {@link Act#mobilizesCivilServants()}. */
  public Boolean getMobilizesCivilServants() {
    return act.mobilizesCivilServants();
  }

  /** See {@link Act#usesStateFacilities()}. */
  public Boolean getUsesStateFacilities() {
    return act.usesStateFacilities();
  }

  /** See {@link Act#campaignRole()}. */
  public CampaignRole getCampaignRole() {
    return act.campaignRole();
  }

  /** See {@link Act#audience()}. */
  public Set<Audience> getAudience() {
    return act.audience();
  }

  /** See {@link Act#effect()}. */
  public Effect getEffect() {
    return act.effect();
  }

  /**
   * Whether official attributes (uniform, civil-servant attributes) were used: {@link
   * Act#officialAttributes()}, or its case {@link Act#usesCivilServantAttributes()}; null when not
   * established.
   */
  public Boolean getOfficialAttributes() {
    return act.officialAttributesEstablished();
  }

  /** See {@link Act#duringWorkingHours()}. */
  public Boolean getDuringWorkingHours() {
    return act.duringWorkingHours();
  }

  /** See {@link Act#inOfficialCapacity()}. */
  public Boolean getInOfficialCapacity() {
    return act.inOfficialCapacity();
  }

  /** See {@link Act#givesMoneyOrGoods()}. */
  public Boolean getGivesMoneyOrGoods() {
    return act.givesMoneyOrGoods();
  }

  /**
   * Whether residents, subordinates or other officials were mobilised: {@link Act#mobilizesOthers()},
   * or its case {@link Act#mobilizesCivilServants()}; null when not established.
   */
  public Boolean getMobilizesOthers() {
    return act.mobilizesOthersEstablished();
  }

  /** See {@link Act#involved()}. */
  public Set<ActorType> getInvolved() {
    return act.involved();
  }

  @Override
  public String toString() {
    return "ActFact[" + act.id() + " " + act.type() + " " + day + "]";
  }
}
