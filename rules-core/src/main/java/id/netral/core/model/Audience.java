package id.netral.core.model;

/** To whom a partisan activity is directed. */
public enum Audience {
  /** Civil servants in the actor's work unit (ASN dalam lingkungan unit kerjanya). */
  SUBORDINATES,
  /** Family members (anggota keluarga). */
  FAMILY,
  /** The public (masyarakat). */
  PUBLIC
}
