package id.netral.core.model;

/** The kind of position an ASN employee holds (jabatan). */
public enum Position {
  /** Senior executive position (jabatan pimpinan tinggi, JPT). */
  SENIOR_EXECUTIVE,
  /** Administrator or supervisor position (jabatan administrator/pengawas). */
  STRUCTURAL,
  /** Functional position (jabatan fungsional). */
  FUNCTIONAL,
  /** Executive staff position (jabatan pelaksana). */
  EXECUTIVE
}
