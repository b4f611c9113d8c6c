package id.netral.core.catalog;

import id.netral.core.LocalizedText;
import java.util.List;
import java.util.Map;

/**
 * A choice the rules make where the law leaves a gap or the sources disagree, kept apart from the
 * rules so that a drafter can see it and override it (in {@code interpretations.yaml} of a rule
 * set). Rules read the chosen option with {@code ActFact.interpretation(id)}.
 *
 * <p>Example: {@code catalog.interpretation("skb-2022/etik-atau-disiplin").map(Interpretation::choice)}.
 *
 * @param id the interpretation's id
 * @param question the question the law leaves open, in Indonesian and English
 * @param choice the option the rule set takes
 * @param options every option, by name, described in Indonesian and English
 * @param reasons why the choice was made
 * @param sources where the reasons come from
 * @param rules the DRL files that carry the choice
 */
public record Interpretation(
    String id,
    LocalizedText question,
    String choice,
    Map<String, LocalizedText> options,
    String reasons,
    List<String> sources,
    List<String> rules) {

  /** Copies the collections. */
  public Interpretation {
    options = options == null ? Map.of() : Map.copyOf(options);
    sources = sources == null ? List.of() : List.copyOf(sources);
    rules = rules == null ? List.of() : List.copyOf(rules);
  }
}
