package id.netral.core.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * One thing an actor did, on one day. Fields that do not belong to the act's type are null. A null
 * boolean means the fact is not established, which is not the same as {@code false}.
 *
 * <p>Example:
 *
 * <pre>{@code
 * Act like = Act.builder(ActType.SOCIAL_MEDIA_ENGAGEMENT, LocalDate.of(2023, 10, 17))
 *     .id("a1")
 *     .form(SocialMediaForm.LIKE)
 *     .target(new Target(TargetKind.CANDIDATE, "Bakal pasangan calon X", null, null))
 *     .build();
 * }</pre>
 *
 * @param id the act's id, unique within its scenario
 * @param type what was done
 * @param date the day it was done; it selects the law in force and the election stage
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
 * @param usesStateFacilities for {@link ActType#CAMPAIGN_ATTENDANCE}
 * @param campaignRole for {@link ActType#CAMPAIGN_ROLE}
 * @param audience for {@link ActType#PARTISAN_ACTIVITY}; empty when not given
 * @param effect for {@link ActType#FAVORING_DECISION}
 * @param involved for {@link ActType#INVOLVING_APPARATUS}: whom the campaign involved; empty when
 *     not given
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
    Set<ActorType> involved) {

  /** Checks the required fields and copies the sets. */
  public Act {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(date, "date");
    audience = audience == null ? Set.of() : Set.copyOf(audience);
    involved = involved == null ? Set.of() : Set.copyOf(involved);
  }

  /** Starts an act of {@code type} on {@code date}; its id defaults to {@code a1}. */
  public static Builder builder(ActType type, LocalDate date) {
    return new Builder(type, date);
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

    /** Builds the act. */
    public Act build() {
      return new Act(
          id, type, date, target, partyRole, resigned, office, onLeave, form, partisanSymbol,
          publiclyAccessible, activeSupport, usesPartyAttributes, usesCivilServantAttributes,
          mobilizesCivilServants, usesStateFacilities, campaignRole, audience, effect, involved);
    }
  }
}
