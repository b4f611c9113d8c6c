package id.netral.core.model;

import java.util.Set;

/**
 * What an actor did. Each type admits the common fields ({@code id}, {@code type}, {@code date},
 * {@code target}), the {@link #CIRCUMSTANCES} and its own fields, listed by {@link #fields()}.
 */
public enum ActType {
  /** Becoming a member or officer of a political party (menjadi anggota/pengurus partai politik). */
  PARTY_MEMBERSHIP("role"),
  /** Standing, or being nominated, as a candidate (mencalonkan diri/dicalonkan). */
  CANDIDACY("resigned", "office"),
  /** Approaching a party or the public as a prospective candidate (pendekatan sebagai bakal calon). */
  PARTY_APPROACH("onLeave"),
  /** Putting up banners, billboards or other campaign props (memasang spanduk, baliho, alat peraga). */
  CAMPAIGN_PROPS(),
  /** Campaigning or socialising online or on social media (kampanye/sosialisasi daring). */
  ONLINE_CAMPAIGN(),
  /** Posting, commenting, sharing, liking, following or joining a campaign account or group. */
  SOCIAL_MEDIA_ENGAGEMENT("form"),
  /** Posting a photo with a candidate, a success team or campaign props. */
  PARTISAN_PHOTO("partisanSymbol", "publiclyAccessible"),
  /** Attending a declaration, a campaign event or a socialisation (menghadiri deklarasi/kampanye). */
  CAMPAIGN_ATTENDANCE(
      "activeSupport",
      "usesPartyAttributes",
      "usesCivilServantAttributes",
      "mobilizesCivilServants"),
  /** Acting as campaign executor, team member, expert, winning team or consultant. */
  CAMPAIGN_ROLE("role"),
  /** Meetings, invitations, appeals, calls or gifts showing partiality (kegiatan keberpihakan). */
  PARTISAN_ACTIVITY(),
  /** A decision or action that benefits or harms a participant (keputusan/tindakan). */
  FAVORING_DECISION(),
  /** A letter of support with a copy of an identity card (surat dukungan disertai fotokopi KTP). */
  SUPPORT_LETTER(),
  /** Taking part in the declaration or campaign of one's spouse who is a candidate. */
  SPOUSE_CAMPAIGN("onLeave"),
  /** Using the right to vote (menggunakan hak pilih). */
  VOTING(),
  /** (Campaign team or candidate) involving the state apparatus in a campaign. */
  INVOLVING_APPARATUS("involved");

  /** The fields every act has, whatever its type. */
  public static final Set<String> COMMON_FIELDS = Set.of("id", "type", "date", "target");

  /**
   * The circumstances any act may carry, whatever its type: {@code effect}, {@code audience}, {@code
   * usesStateFacilities}, {@code officialAttributes}, {@code duringWorkingHours}, {@code
   * inOfficialCapacity}, {@code givesMoneyOrGoods}, {@code mobilizesOthers}.
   */
  public static final Set<String> CIRCUMSTANCES = Set.of("effect", "audience", "usesStateFacilities",
      "officialAttributes", "duringWorkingHours", "inOfficialCapacity", "givesMoneyOrGoods", "mobilizesOthers");

  private final Set<String> fields;

  ActType(String... fields) {
    this.fields = Set.of(fields);
  }

  /** The fields of this act type beyond {@link #COMMON_FIELDS} and {@link #CIRCUMSTANCES}. */
  public Set<String> fields() {
    return fields;
  }
}
