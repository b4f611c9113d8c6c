package id.netral.core;

/**
 * A provision a finding rests on.
 *
 * @param id the provision id, as in the catalog (e.g. {@code uu-7-2017/pasal-280/ayat-3})
 * @param citation how the provision is cited (e.g. {@code Pasal 280 ayat (3) UU 7/2017})
 */
public record LegalBasis(String id, String citation) {

  // equals and hashCode written out: a record's own are linked through invokedynamic on first
  // use, which costs a one-file command milliseconds (README, Performance)

  @Override
  public boolean equals(Object o) {
    return o instanceof LegalBasis b && java.util.Objects.equals(id, b.id)
        && java.util.Objects.equals(citation, b.citation);
  }

  @Override
  public int hashCode() {
    return 31 * java.util.Objects.hashCode(id) + java.util.Objects.hashCode(citation);
  }
}
