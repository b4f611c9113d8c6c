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

  /**
   * Made by the engine.
   *
   * @param actor who acted
   * @param act what was done
   * @param election the election
   * @param index the position of the act in its scenario, from 0
   * @param catalog the catalog that tells which provisions are in force
   */
  public ActFact(Actor actor, Act act, Election election, int index, Catalog catalog) {
    this.actor = actor;
    this.act = act;
    this.election = election;
    this.index = index;
    this.catalog = catalog;
    this.actorType = actor.holdsStatusOn(act.date()) ? actor.type() : null;
    this.stage = election.stageOn(act.date());
    this.candidateStatus = election.candidateStatusOn(act.date());
  }

  /** The actor. */
  public Actor getActor() {
    return actor;
  }

  /** The act. */
  public Act getAct() {
    return act;
  }

  /** The election. */
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

  /** The actor's position, if given. */
  public Position getPosition() {
    return actor.position();
  }

  /** What was done. */
  public ActType getActType() {
    return act.type();
  }

  /** The day of the act. */
  public LocalDate getDate() {
    return act.date();
  }

  /** The kind of election. */
  public ElectionKind getElectionKind() {
    return election.kind();
  }

  /** The stage of the election on the day of the act. */
  public ElectionStage getStage() {
    return stage;
  }

  /** Whether candidates were prospective (bakal calon) or determined on the day of the act. */
  public CandidateStatus getCandidateStatus() {
    return candidateStatus;
  }

  /** Whether the provision {@code provisionId} is in force on the day of the act. */
  public boolean inForce(String provisionId) {
    return catalog.inForce(provisionId, act.date());
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

  /** See {@link Act#involved()}. */
  public Set<ActorType> getInvolved() {
    return act.involved();
  }

  @Override
  public String toString() {
    return "ActFact[" + act.id() + " " + act.type() + " " + act.date() + "]";
  }
}
