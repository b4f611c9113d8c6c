package id.netral.core;

import java.util.List;

/**
 * A fact a person must establish before a finding can be concluded (open texture of the law).
 *
 * @param act the id of the act the question is about
 * @param fact the name of the missing fact, as spelled in scenario files (e.g. {@code activeSupport})
 * @param question the question, in Indonesian and English
 * @param basis the provisions whose application turns on the fact
 * @param rules the ids of the rules that ask, sorted
 */
public record OpenQuestion(String act, String fact, LocalizedText question, List<LegalBasis> basis, List<String> rules) {

  /** Copies the lists. */
  public OpenQuestion {
    basis = List.copyOf(basis);
    rules = rules == null ? List.of() : List.copyOf(rules);
  }

  /** A question without the rules that ask it. */
  public OpenQuestion(String act, String fact, LocalizedText question, List<LegalBasis> basis) {
    this(act, fact, question, basis, List.of());
  }
}
