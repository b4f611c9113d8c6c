package id.netral.core.model;

/** Whether, on a given day, the candidates of an election had been determined. */
public enum CandidateStatus {
  /** Prospective candidate, not yet determined (bakal calon). */
  BAKAL_CALON,
  /** Determined candidate (calon, pasangan calon, peserta). */
  CALON
}
