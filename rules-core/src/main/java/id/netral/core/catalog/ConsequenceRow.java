package id.netral.core.catalog;

import id.netral.core.DisciplineLevel;
import id.netral.core.model.ActorType;
import id.netral.core.model.DateRange;
import java.util.List;
import java.util.Map;

/**
 * One row of a {@link Consequence}: the sanction for acts within a period by a class of actors.
 *
 * <p>A row gives its sanction in one of three ways: {@code levels} (the provision whose sanction
 * applies, by the level of the breach), {@code sanction} (the provision whose sanction applies,
 * whatever the level), or {@code penalty} (the penalty written in the row, with {@code basis} the
 * provision that sets it, e.g. a row of UU 1/2026's Lampiran I).
 *
 * @param actors the classes of actor bound by this row; empty for every actor
 * @param period the days of acts the row covers
 * @param levels the provision whose sanction applies, by level; empty when the row has one sanction
 * @param sanction the provision whose sanction applies; null when {@code levels} or {@code penalty}
 *     gives it
 * @param penalty the penalty written in the row; null when a provision gives it
 * @param basis the provision that sets {@code penalty}; null when {@code penalty} is null
 * @param via further provisions through which the regime binds this class of actor (e.g. PP 49/2018
 *     Pasal 52 ayat (3) for a PPPK), cited after the breach's own provision
 * @param laterFor the provision under which this row's penalty is weighed for acts before the row's
 *     period (KUHP Pasal 3: the more favourable law applies at trial); null when it is not
 * @param heaviest the provision that says that, where one act breaches several duties, one penalty
 *     is imposed, the heaviest; null when the row's law says nothing of it
 * @param authority the provision whose list of deciding authorities applies instead of that of the
 *     sanction's provision; may be null
 */
public record ConsequenceRow(
    List<ActorType> actors,
    DateRange period,
    Map<DisciplineLevel, String> levels,
    String sanction,
    SanctionTemplate penalty,
    String basis,
    List<String> via,
    String laterFor,
    String heaviest,
    String authority) {

  /** Copies the lists and map. */
  public ConsequenceRow {
    actors = actors == null ? List.of() : List.copyOf(actors);
    levels = levels == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(levels));
    via = via == null ? List.of() : List.copyOf(via);
    period = period == null ? new DateRange(null, null) : period;
  }

  /** Whether the row binds an actor of {@code type} (null: the actor held no status on the day). */
  public boolean binds(ActorType type) {
    return actors.isEmpty() || type != null && actors.contains(type);
  }
}
