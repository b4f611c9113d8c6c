package id.netral.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.netral.core.NeutralityEngine;
import id.netral.core.catalog.Provision;
import id.netral.core.json.ResultJson;
import id.netral.core.model.DateRange;
import id.netral.core.model.Election;
import java.time.LocalDate;

/**
 * The provision catalog and the built-in elections as JSON: what {@code netral catalog --format
 * json} prints and what {@code GET /v1/catalog}, {@code GET /v1/provisions/{id}} and {@code GET
 * /v1/elections} answer, written in one place.
 *
 * <pre>{@code
 * String json = CatalogJson.catalog(NeutralityEngine.withBundledRules()).toPrettyString();
 * }</pre>
 */
public final class CatalogJson {
  private CatalogJson() {}

  /**
   * The catalog document: {@code {"receipt": ..., "provisions": [...]}}.
   *
   * @param engine the engine whose rule set is listed
   * @return a new tree
   */
  public static ObjectNode catalog(NeutralityEngine engine) {
    ObjectNode doc = ResultJson.newObject();
    doc.set("receipt", ResultJson.receipt(engine.receipt()));
    ArrayNode list = doc.putArray("provisions");
    for (Provision p : engine.catalog().provisions()) {
      list.add(provision(engine, p));
    }
    return doc;
  }

  /**
   * One provision as the catalog lists it: id, citation, paraphrase, the days of acts it applies to,
   * confidence, whether it is encoded, the rules citing it, sources and notes.
   *
   * @param engine the engine, for the rules that cite the provision
   * @param p the provision
   * @return a new tree
   */
  public static ObjectNode provision(NeutralityEngine engine, Provision p) {
    ObjectNode n = ResultJson.newObject();
    n.put("id", p.id());
    n.put("citation", p.citation());
    n.putObject("paraphrase").put("id", p.paraphrase().indonesian()).put("en", p.paraphrase().english());
    ObjectNode valid = n.putObject("inForce");
    valid.put("from", p.inForce().from() == null ? null : p.inForce().from().toString());
    valid.put("to", p.inForce().to() == null ? null : p.inForce().to().toString());
    n.put("confidence", p.confidence());
    n.put("encoded", p.encoded());
    ArrayNode rules = n.putArray("rules");
    engine.rulesCiting(p.id()).forEach(rules::add);
    ArrayNode sources = n.putArray("sources");
    p.sources().forEach(sources::add);
    if (p.notes() != null) {
      n.put("notes", p.notes());
    }
    return n;
  }

  /**
   * The built-in elections with their calendars, in the keys of an inline {@code election} of a
   * scenario file ({@code docs/scenario-format.md}) plus the {@code id} a scenario names them by:
   * {@code {"receipt": ..., "elections": [{"id", "kind", "candidatesDetermined", "campaign",
   * "quietPeriod", "votingDay"}]}}. {@code candidatesDetermined} is a day, or an object of days by
   * office where the election determined candidates on different days.
   *
   * @param engine the engine whose rule set holds the elections
   * @return a new tree
   */
  public static ObjectNode elections(NeutralityEngine engine) {
    ObjectNode doc = ResultJson.newObject();
    doc.set("receipt", ResultJson.receipt(engine.receipt()));
    ArrayNode list = doc.putArray("elections");
    for (Election e : engine.catalog().elections().values()) {
      ObjectNode n = list.addObject();
      n.put("id", e.id());
      n.put("kind", e.kind().name());
      if (e.candidatesDeterminedByOffice().isEmpty()) {
        n.put("candidatesDetermined", day(e.candidatesDetermined()));
      } else {
        ObjectNode byOffice = n.putObject("candidatesDetermined");
        e.candidatesDeterminedByOffice().entrySet().stream()
            .sorted(java.util.Map.Entry.comparingByKey())
            .forEach(d -> byOffice.put(d.getKey().name(), day(d.getValue())));
      }
      n.set("campaign", range(e.campaign()));
      n.set("quietPeriod", range(e.quietPeriod()));
      n.put("votingDay", day(e.votingDay()));
    }
    return doc;
  }

  private static ObjectNode range(DateRange r) {
    return ResultJson.newObject().put("from", day(r.from())).put("to", day(r.to()));
  }

  private static String day(LocalDate d) {
    return d == null ? null : d.toString();
  }
}
