package id.netral.core.model;

/** Whom an act favours. */
public enum TargetKind {
  /** A candidate, prospective candidate or candidate pair (calon, bakal calon, pasangan calon). */
  CANDIDATE,
  /** A political party (partai politik). */
  PARTY,
  /** Nobody in the election. */
  NONE
}
