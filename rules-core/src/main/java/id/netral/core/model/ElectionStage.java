package id.netral.core.model;

/** The stage of an election on a given day. */
public enum ElectionStage {
  /** Before the candidates are officially determined: they are prospective candidates (bakal calon). */
  BEFORE_DETERMINATION,
  /** Candidates determined, campaign not yet started. */
  BEFORE_CAMPAIGN,
  /** The campaign period (masa kampanye). */
  CAMPAIGN,
  /** The quiet period (masa tenang). */
  QUIET_PERIOD,
  /** Voting day (hari pemungutan suara). */
  VOTING_DAY,
  /** After voting day. */
  AFTER_VOTING
}
