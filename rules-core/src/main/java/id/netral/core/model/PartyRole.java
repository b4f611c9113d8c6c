package id.netral.core.model;

/** A role in a political party. */
public enum PartyRole {
  /** Member (anggota). */
  MEMBER,
  /** Officer (pengurus). */
  OFFICER
}
