package id.netral.core.model;

/** What the decision-maker of a decided case concluded. */
public enum CaseOutcome {
  /** Convicted by a court (divonis bersalah). */
  CONVICTED,
  /** Sanctioned by an authority: discipline, ethics or an administrative sanction (dijatuhi sanksi). */
  SANCTIONED,
  /** Not prosecuted, e.g. Gakkumdu found an element missing (tidak dilanjutkan ke penyidikan). */
  NOT_PROSECUTED,
  /** Acquitted or released from all charges (divonis bebas, lepas). */
  ACQUITTED;

  /** Whether the decision-maker found the provisions breached. */
  public boolean breached() {
    return this == CONVICTED || this == SANCTIONED;
  }
}
