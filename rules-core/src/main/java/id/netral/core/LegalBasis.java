package id.netral.core;

/**
 * A provision a finding rests on.
 *
 * @param id the provision id, as in the catalog (e.g. {@code uu-7-2017/pasal-280/ayat-3})
 * @param citation how the provision is cited (e.g. {@code Pasal 280 ayat (3) UU 7/2017})
 */
public record LegalBasis(String id, String citation) {}
