package id.netral.core.model;

/** A role in a campaign. */
public enum CampaignRole {
  /** Campaign executor (pelaksana kampanye). */
  EXECUTOR,
  /** Member of a registered campaign team (tim kampanye). */
  TEAM_MEMBER,
  /** Expert team (tim ahli). */
  EXPERT,
  /** Winning or success team (tim pemenangan, tim sukses). */
  WINNING_TEAM,
  /** Consultant (konsultan). */
  CONSULTANT
}
