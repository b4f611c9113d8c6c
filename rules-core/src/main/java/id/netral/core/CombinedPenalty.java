package id.netral.core;

import java.util.List;

/**
 * One penalty for several findings of one act on one track: where one act breaches several
 * disciplinary duties, the regulations impose one penalty, the heaviest (PP 53/2010 and PP 94/2021
 * each say so). The findings keep their own sanctions; this says which one is imposed.
 *
 * <p>Example: a PNS's campaign post that is both SKB disiplin angka 2 and PP 94/2021 Pasal 5 huruf
 * n gives two discipline findings and one combined penalty of level {@code BERAT}.
 *
 * @param act the id of the act
 * @param type the track of the findings combined
 * @param level the heaviest level among them: the level of the one penalty imposed
 * @param basis the provision that imposes one penalty, the heaviest
 * @param rules the rules whose findings are combined, in the order the findings are listed
 * @param explanation why, in Indonesian and English
 */
public record CombinedPenalty(String act, FindingType type, DisciplineLevel level, LegalBasis basis, List<String> rules,
    LocalizedText explanation) {

  /** Copies the rules. */
  public CombinedPenalty {
    rules = List.copyOf(rules);
  }
}
