package id.netral.core.rules;

/**
 * The legal characterisations provisions are written in, which characterisation rules conclude
 * from conduct (see {@link Characterisation}). The vocabulary is closed; which conduct amounts to
 * each is law, and lives in the rule set.
 */
public enum CharacterKind {
  /**
   * A decision or action that benefits or harms an election participant ("keputusan dan/atau
   * tindakan yang menguntungkan atau merugikan").
   */
  BENEFITS_OR_HARMS_PARTICIPANT,
  /** Taking part or being involved in a campaign ("ikut serta dan/atau terlibat dalam kampanye"). */
  CAMPAIGN_PARTICIPATION,
  /** An activity leaning toward a participant ("kegiatan yang mengarah pada keberpihakan"). */
  PARTISAN_ACTIVITY,
  /** Use of state facilities, buildings, vehicles or budget for a participant. */
  USE_OF_STATE_FACILITIES
}
