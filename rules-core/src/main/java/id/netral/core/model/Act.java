package id.netral.core.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * One thing an actor did, on one day or within a period. Fields that do not belong to the act's type
 * are null. A null boolean means the fact is not established, which is not the same as {@code
 * false}. The circumstances ({@link #effect()}, {@link #audience()}, {@link #usesStateFacilities()},
 * {@link #officialAttributes()}, {@link #duringWorkingHours()}, {@link #inOfficialCapacity()},
 * {@link #givesMoneyOrGoods()}, {@link #mobilizesOthers()}) may be given on any act.
 *
 * <p>Example:
 *
 * <pre>{@code
 * Act like = Act.builder(ActType.SOCIAL_MEDIA_ENGAGEMENT, LocalDate.of(2023, 10, 17))
 *     .id("a1")
 *     .form(SocialMediaForm.LIKE)
 *     .target(Target.candidate("Bakal pasangan calon X"))
 *     .build();
 * }</pre>
 *
 * @param id the act's id, unique within its scenario
 * @param type what was done
 * @param date the day it was done; it selects the law in force and the election stage. For an act
 *     known only by a month or a range, the first day of {@link #period()}
 * @param target whom it favours; may be null
 * @param partyRole for {@link ActType#PARTY_MEMBERSHIP}
 * @param resigned for {@link ActType#CANDIDACY}: whether the actor had resigned
 * @param office for {@link ActType#CANDIDACY}: the office sought
 * @param onLeave for {@link ActType#PARTY_APPROACH} and {@link ActType#SPOUSE_CAMPAIGN}: on leave
 *     outside the state's cost (cuti di luar tanggungan negara)
 * @param form for {@link ActType#SOCIAL_MEDIA_ENGAGEMENT}
 * @param partisanSymbol for {@link ActType#PARTISAN_PHOTO}: the photo shows a partisan symbol
 * @param publiclyAccessible for {@link ActType#PARTISAN_PHOTO}: the photo was posted publicly
 * @param activeSupport for {@link ActType#CAMPAIGN_ATTENDANCE}: support was shown actively
 * @param usesPartyAttributes for {@link ActType#CAMPAIGN_ATTENDANCE}
 * @param usesCivilServantAttributes for {@link ActType#CAMPAIGN_ATTENDANCE}
 * @param mobilizesCivilServants for {@link ActType#CAMPAIGN_ATTENDANCE}
 * @param usesStateFacilities any act: state facilities (buildings, vehicles, budget) were used
 * @param campaignRole for {@link ActType#CAMPAIGN_ROLE}
 * @param audience any act: to whom it was directed; empty when not given
 * @param effect any act: it benefits or harms a participant (menguntungkan atau merugikan)
 * @param involved for {@link ActType#INVOLVING_APPARATUS}: whom the campaign involved; empty when
 *     not given
 * @param period the days within which the act took place, when the report gives a month or a range
 *     rather than a day; null for an act on one day ({@link #date()})
 * @param officialAttributes any act: official uniform or civil-servant attributes were used (on
 *     {@link ActType#CAMPAIGN_ATTENDANCE}, {@link #usesCivilServantAttributes()} is a case of it)
 * @param duringWorkingHours any act: during working hours (jam kerja)
 * @param inOfficialCapacity any act: acting as the official, e.g. at an official event
 * @param givesMoneyOrGoods any act: money or goods were handed out (memberikan uang atau barang)
 * @param mobilizesOthers any act: residents, subordinates or other officials were mobilised (on
 *     {@link ActType#CAMPAIGN_ATTENDANCE}, {@link #mobilizesCivilServants()} is a case of it)
 */
public record Act(
    String id,
    ActType type,
    LocalDate date,
    Target target,
    PartyRole partyRole,
    Boolean resigned,
    String office,
    Boolean onLeave,
    SocialMediaForm form,
    Boolean partisanSymbol,
    Boolean publiclyAccessible,
    Boolean activeSupport,
    Boolean usesPartyAttributes,
    Boolean usesCivilServantAttributes,
    Boolean mobilizesCivilServants,
    Boolean usesStateFacilities,
    CampaignRole campaignRole,
    Set<Audience> audience,
    Effect effect,
    Set<ActorType> involved,
    DateRange period,
    Boolean officialAttributes,
    Boolean duringWorkingHours,
    Boolean inOfficialCapacity,
    Boolean givesMoneyOrGoods,
    Boolean mobilizesOthers) {

  /**
   * Checks the required fields and copies the sets; a period must have both ends, start on {@code
   * date} and not end before it.
   */
  public Act {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(date, "date");
    audience = audience == null ? Set.of() : Set.copyOf(audience);
    involved = involved == null ? Set.of() : Set.copyOf(involved);
    if (period != null) {
      if (period.from() == null || period.to() == null || !period.from().equals(date)
          || period.to().isBefore(period.from())) {
        throw new IllegalArgumentException("period " + period + " must run from the act's date " + date
            + " to a day not before it");
      }
      if (period.from().equals(period.to())) {
        period = null;
      }
    }
  }

  /** An act on one day, without the circumstances added in 1.1 (the constructor before them). */
  public Act(String id, ActType type, LocalDate date, Target target, PartyRole partyRole, Boolean resigned,
      String office, Boolean onLeave, SocialMediaForm form, Boolean partisanSymbol, Boolean publiclyAccessible,
      Boolean activeSupport, Boolean usesPartyAttributes, Boolean usesCivilServantAttributes,
      Boolean mobilizesCivilServants, Boolean usesStateFacilities, CampaignRole campaignRole,
      Set<Audience> audience, Effect effect, Set<ActorType> involved) {
    this(id, type, date, target, partyRole, resigned, office, onLeave, form, partisanSymbol, publiclyAccessible,
        activeSupport, usesPartyAttributes, usesCivilServantAttributes, mobilizesCivilServants,
        usesStateFacilities, campaignRole, audience, effect, involved, null, null, null, null, null, null);
  }

  /** The last day the act may have taken place on: {@link #date()} unless a period is given. */
  public LocalDate lastDay() {
    return period == null ? date : period.to();
  }

  /**
   * Whether official attributes were used: {@link #officialAttributes()}, or else (a case of it)
   * {@link #usesCivilServantAttributes()}; null when neither is established.
   */
  public Boolean officialAttributesEstablished() {
    return officialAttributes != null ? officialAttributes : usesCivilServantAttributes;
  }

  /**
   * Whether others were mobilised: {@link #mobilizesOthers()}, or else (a case of it) {@link
   * #mobilizesCivilServants()}; null when neither is established.
   */
  public Boolean mobilizesOthersEstablished() {
    return mobilizesOthers != null ? mobilizesOthers : mobilizesCivilServants;
  }

  /** Starts an act of {@code type} on {@code date}; its id defaults to {@code a1}. */
  public static Builder builder(ActType type, LocalDate date) {
    return new Builder(type, date);
  }

  /**
   * Starts an act of {@code type} on some day within {@code period} (a month, or a range a report
   * gives), e.g. {@code Act.builder(ActType.ONLINE_CAMPAIGN, new DateRange(LocalDate.of(2023, 12,
   * 1), LocalDate.of(2024, 1, 15)))}.
   */
  public static Builder builder(ActType type, DateRange period) {
    return new Builder(type, period.from()).period(period);
  }

  /** Builds an {@link Act}; every setter returns the builder. */
  public static final class Builder {
    private final ActType type;
    private final LocalDate date;
    private String id = "a1";
    private Target target;
    private PartyRole partyRole;
    private Boolean resigned;
    private String office;
    private Boolean onLeave;
    private SocialMediaForm form;
    private Boolean partisanSymbol;
    private Boolean publiclyAccessible;
    private Boolean activeSupport;
    private Boolean usesPartyAttributes;
    private Boolean usesCivilServantAttributes;
    private Boolean mobilizesCivilServants;
    private Boolean usesStateFacilities;
    private CampaignRole campaignRole;
    private Set<Audience> audience;
    private Effect effect;
    private Set<ActorType> involved;
    private DateRange period;
    private Boolean officialAttributes;
    private Boolean duringWorkingHours;
    private Boolean inOfficialCapacity;
    private Boolean givesMoneyOrGoods;
    private Boolean mobilizesOthers;

    private Builder(ActType type, LocalDate date) {
      this.type = type;
      this.date = date;
    }

    /** Sets {@link Act#id()}. */
    public Builder id(String value) {
      id = value;
      return this;
    }

    /** Sets {@link Act#target()}. */
    public Builder target(Target value) {
      target = value;
      return this;
    }

    /** Sets {@link Act#partyRole()}. */
    public Builder partyRole(PartyRole value) {
      partyRole = value;
      return this;
    }

    /** Sets {@link Act#resigned()}. */
    public Builder resigned(Boolean value) {
      resigned = value;
      return this;
    }

    /** Sets {@link Act#office()}. */
    public Builder office(String value) {
      office = value;
      return this;
    }

    /** Sets {@link Act#onLeave()}. */
    public Builder onLeave(Boolean value) {
      onLeave = value;
      return this;
    }

    /** Sets {@link Act#form()}. */
    public Builder form(SocialMediaForm value) {
      form = value;
      return this;
    }

    /** Sets {@link Act#partisanSymbol()}. */
    public Builder partisanSymbol(Boolean value) {
      partisanSymbol = value;
      return this;
    }

    /** Sets {@link Act#publiclyAccessible()}. */
    public Builder publiclyAccessible(Boolean value) {
      publiclyAccessible = value;
      return this;
    }

    /** Sets {@link Act#activeSupport()}. */
    public Builder activeSupport(Boolean value) {
      activeSupport = value;
      return this;
    }

    /** Sets {@link Act#usesPartyAttributes()}. */
    public Builder usesPartyAttributes(Boolean value) {
      usesPartyAttributes = value;
      return this;
    }

    /** Sets {@link Act#usesCivilServantAttributes()}. */
    public Builder usesCivilServantAttributes(Boolean value) {
      usesCivilServantAttributes = value;
      return this;
    }

    /** Sets {@link Act#mobilizesCivilServants()}. */
    public Builder mobilizesCivilServants(Boolean value) {
      mobilizesCivilServants = value;
      return this;
    }

    /** Sets {@link Act#usesStateFacilities()}. */
    public Builder usesStateFacilities(Boolean value) {
      usesStateFacilities = value;
      return this;
    }

    /** Sets {@link Act#campaignRole()}. */
    public Builder campaignRole(CampaignRole value) {
      campaignRole = value;
      return this;
    }

    /** Sets {@link Act#audience()}. */
    public Builder audience(Set<Audience> value) {
      audience = value;
      return this;
    }

    /** Sets {@link Act#effect()}. */
    public Builder effect(Effect value) {
      effect = value;
      return this;
    }

    /** Sets {@link Act#involved()}. */
    public Builder involved(Set<ActorType> value) {
      involved = value;
      return this;
    }

    /**
     * Sets {@link Act#period()}; it must start on the builder's date. Use {@link Act#builder(ActType,
     * DateRange)} to start from the period.
     */
    public Builder period(DateRange value) {
      period = value;
      return this;
    }

    /** Sets {@link Act#officialAttributes()}. */
    public Builder officialAttributes(Boolean value) {
      officialAttributes = value;
      return this;
    }

    /** Sets {@link Act#duringWorkingHours()}. */
    public Builder duringWorkingHours(Boolean value) {
      duringWorkingHours = value;
      return this;
    }

    /** Sets {@link Act#inOfficialCapacity()}. */
    public Builder inOfficialCapacity(Boolean value) {
      inOfficialCapacity = value;
      return this;
    }

    /** Sets {@link Act#givesMoneyOrGoods()}. */
    public Builder givesMoneyOrGoods(Boolean value) {
      givesMoneyOrGoods = value;
      return this;
    }

    /** Sets {@link Act#mobilizesOthers()}. */
    public Builder mobilizesOthers(Boolean value) {
      mobilizesOthers = value;
      return this;
    }

    /** Builds the act. */
    public Act build() {
      return new Act(
          id, type, date, target, partyRole, resigned, office, onLeave, form, partisanSymbol,
          publiclyAccessible, activeSupport, usesPartyAttributes, usesCivilServantAttributes,
          mobilizesCivilServants, usesStateFacilities, campaignRole, audience, effect, involved, period,
          officialAttributes, duringWorkingHours, inOfficialCapacity, givesMoneyOrGoods, mobilizesOthers);
    }
  }
}
