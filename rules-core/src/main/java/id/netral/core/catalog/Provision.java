package id.netral.core.catalog;

import id.netral.core.LocalizedText;
import id.netral.core.model.DateRange;
import java.util.List;

/**
 * One provision of the law, as the catalog records it.
 *
 * <p>Example: {@code catalog.provision("uu-7-2017/pasal-494").map(Provision::citation)} is
 * {@code Optional[Pasal 494 UU 7/2017]}.
 *
 * @param id the stable provision id, e.g. {@code uu-7-2017/pasal-494}
 * @param instrument the id of its instrument
 * @param citation how it is cited
 * @param paraphrase what it provides, in netral's own words, in Indonesian and English
 * @param inForce the days of acts it applies to
 * @param confidence {@code high}, {@code medium} or {@code low}: how well the text was verified
 * @param sources where the text or its quotation was read
 * @param encoded whether rules encode it (then rules must cite it and scenarios must trigger it)
 * @param notes remarks on the reading, conflicts between sources, and open points; may be null
 * @param sanction the sanction it sets; may be null
 * @param authority who decides on its sanction, by period; empty when not given
 * @param penalties the penalties it lists, when other provisions take their options from it
 */
public record Provision(
    String id,
    String instrument,
    String citation,
    LocalizedText paraphrase,
    DateRange inForce,
    String confidence,
    List<String> sources,
    boolean encoded,
    String notes,
    SanctionTemplate sanction,
    List<Authority> authority,
    List<LocalizedText> penalties) {

  /** Copies the lists. */
  public Provision {
    sources = sources == null ? List.of() : List.copyOf(sources);
    authority = authority == null ? List.of() : List.copyOf(authority);
    penalties = penalties == null ? List.of() : List.copyOf(penalties);
  }
}
