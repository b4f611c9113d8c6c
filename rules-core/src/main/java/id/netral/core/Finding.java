package id.netral.core;

import java.util.List;

/**
 * One conclusion about one act on one track: the provisions broken, the sanction, who decides, and
 * why.
 *
 * @param act the id of the act the finding is about
 * @param type the track (ethics, discipline, administrative, criminal)
 * @param rule the id of the rule that concluded it
 * @param basis the provisions it rests on that are in force on the day of the act
 * @param sanction the sanction under the law in force on the day of the act; may be null where the
 *     law names none
 * @param authority who decides, in Indonesian and English; may be null
 * @param explanation why, from the facts, in Indonesian and English
 */
public record Finding(
    String act,
    FindingType type,
    String rule,
    List<LegalBasis> basis,
    Sanction sanction,
    LocalizedText authority,
    LocalizedText explanation) {

  /** Copies the basis. */
  public Finding {
    basis = List.copyOf(basis);
  }
}
