package id.netral.core.model;

/** The effect of a decision or action on a participant of the election. */
public enum Effect {
  /** It benefits the participant (menguntungkan). */
  BENEFITS,
  /** It harms the participant (merugikan). */
  HARMS
}
