package id.netral.core.catalog;

import id.netral.core.LocalizedText;
import id.netral.core.model.Election;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The provision catalog of a rule set: the instruments, their provisions, the consequence tables,
 * the built-in election calendars and the questions the rules may ask. Immutable and safe to share between threads.
 *
 * <p>Example: {@code engine.catalog().provisions().forEach(p -> System.out.println(p.id()))}.
 */
public final class Catalog {
  private final String version;
  private final String digest;
  private final List<Instrument> instruments;
  private final Map<String, Provision> provisions;
  private final Map<String, Election> elections;
  private final Map<String, LocalizedText> questions;
  private final Map<String, Interpretation> interpretations;
  private final Map<String, Consequence> consequences;

  /**
   * A catalog; normally made by the engine when it loads a rule set.
   *
   * @param version the catalog version, e.g. {@code 2026.1}
   * @param digest {@code sha256:} and the digest of the rule set's files
   * @param instruments the instruments, in catalog order
   * @param provisions the provisions, in catalog order
   * @param elections the built-in elections by id
   * @param questions the questions by fact name
   * @param interpretations the interpretation choices, in catalog order
   * @param consequences the consequence tables, in catalog order
   */
  public Catalog(
      String version,
      String digest,
      List<Instrument> instruments,
      List<Provision> provisions,
      Map<String, Election> elections,
      Map<String, LocalizedText> questions,
      List<Interpretation> interpretations,
      List<Consequence> consequences) {
    this.version = version;
    this.digest = digest;
    this.instruments = List.copyOf(instruments);
    Map<String, Provision> byId = new LinkedHashMap<>();
    provisions.forEach(p -> byId.put(p.id(), p));
    this.provisions = Collections.unmodifiableMap(byId);
    this.elections = Collections.unmodifiableMap(new LinkedHashMap<>(elections));
    this.questions = Collections.unmodifiableMap(new LinkedHashMap<>(questions));
    Map<String, Interpretation> choices = new LinkedHashMap<>();
    interpretations.forEach(i -> choices.put(i.id(), i));
    this.interpretations = Collections.unmodifiableMap(choices);
    Map<String, Consequence> tables = new LinkedHashMap<>();
    consequences.forEach(c -> tables.put(c.id(), c));
    this.consequences = Collections.unmodifiableMap(tables);
  }

  /** The catalog version. */
  public String version() {
    return version;
  }

  /** {@code sha256:} and the digest of every file of the rule set. */
  public String digest() {
    return digest;
  }

  /** The instruments, in catalog order. */
  public List<Instrument> instruments() {
    return instruments;
  }

  /** Every provision, in catalog order. */
  public List<Provision> provisions() {
    return List.copyOf(provisions.values());
  }

  /** The provision with {@code id}, if the catalog has it. */
  public Optional<Provision> provision(String id) {
    return Optional.ofNullable(provisions.get(id));
  }

  /** Whether the provision {@code id} exists and applies to acts on {@code day}. */
  public boolean inForce(String id, LocalDate day) {
    Provision p = provisions.get(id);
    return p != null && p.inForce().contains(day);
  }

  /** The built-in elections by id. */
  public Map<String, Election> elections() {
    return elections;
  }

  /**
   * The built-in election {@code id}, e.g. {@code catalog.election("pemilu-2024")}.
   *
   * @throws IllegalArgumentException when the catalog has no such election, naming the ones it has
   */
  public Election election(String id) {
    Election e = elections.get(id);
    if (e == null) {
      throw new IllegalArgumentException("no election '" + id + "' in the catalog; " + (elections.isEmpty()
          ? "it has no built-in elections"
          : "the built-in elections are " + String.join(", ", new java.util.TreeSet<>(elections.keySet()))));
    }
    return e;
  }

  /** The interpretation choices, in catalog order. */
  public List<Interpretation> interpretations() {
    return List.copyOf(interpretations.values());
  }

  /** The interpretation with {@code id}, if the catalog has it. */
  public Optional<Interpretation> interpretation(String id) {
    return Optional.ofNullable(interpretations.get(id));
  }

  /**
   * The option the rule set chooses for interpretation {@code id}.
   *
   * @throws IllegalArgumentException when the catalog has no such interpretation
   */
  public String choice(String id) {
    Interpretation i = interpretations.get(id);
    if (i == null) {
      throw new IllegalArgumentException("no interpretation '" + id + "' in the catalog; its interpretations are "
          + String.join(", ", interpretations.keySet()));
    }
    return i.choice();
  }

  /** The consequence tables, in catalog order. */
  public List<Consequence> consequences() {
    return List.copyOf(consequences.values());
  }

  /** The consequence table with {@code id}, if the catalog has it. */
  public Optional<Consequence> consequence(String id) {
    return Optional.ofNullable(consequences.get(id));
  }

  /** The questions the rules may ask, by fact name. */
  public Map<String, LocalizedText> questions() {
    return questions;
  }
}
