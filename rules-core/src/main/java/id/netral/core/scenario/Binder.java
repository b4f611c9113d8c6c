package id.netral.core.scenario;

import id.netral.core.model.Act;
import id.netral.core.model.ActType;
import id.netral.core.model.Actor;
import id.netral.core.model.ActorType;
import id.netral.core.model.Audience;
import id.netral.core.model.CampaignRole;
import id.netral.core.model.CaseOutcome;
import id.netral.core.model.DecidedCase;
import id.netral.core.model.DateRange;
import id.netral.core.model.Effect;
import id.netral.core.model.Election;
import id.netral.core.model.ElectionKind;
import id.netral.core.model.Expectation;
import id.netral.core.model.Expectation.ExpectedFinding;
import id.netral.core.model.HeldOffice;
import id.netral.core.model.Office;
import id.netral.core.model.PartyRole;
import id.netral.core.model.Position;
import id.netral.core.model.Scenario;
import id.netral.core.model.Sentence;
import id.netral.core.model.SocialMediaForm;
import id.netral.core.model.Target;
import id.netral.core.model.TargetKind;
import id.netral.core.scenario.Node.Entry;
import id.netral.core.scenario.Node.ListNode;
import id.netral.core.scenario.Node.MapNode;
import id.netral.core.scenario.Node.Scalar;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Turns a {@link Node} tree into scenarios, collecting every problem with its location. */
final class Binder {
  static final Pattern SCENARIO_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final String SCENARIO_ID_RULE =
      "lower-case letters, digits and '-', starting with a letter or digit, e.g. pns-like-unggahan-calon";
  private static final String DATE_RULE = "a date as YYYY-MM-DD";
  private static final String ACT_DATE_RULE =
      "a day as YYYY-MM-DD, a month as YYYY-MM, or a range {from: YYYY-MM-DD, to: YYYY-MM-DD}";
  private static final String DETERMINED_RULE =
      "a date as YYYY-MM-DD, or a date by office such as {PRESIDENT: 2023-11-13, DPR: 2023-11-03}";
  private static final String RANGE_RULE = "a mapping {from: YYYY-MM-DD, to: YYYY-MM-DD}";
  private static final Set<String> FILE_KEYS = Set.of("version", "scenarios");
  private static final Set<String> SCENARIO_KEYS = Set.of("id", "title", "election", "actor", "acts", "expect", "case");
  private static final Set<String> ACTOR_KEYS = Set.of("id", "type", "position", "name", "resignedOn", "retiredOn", "holds", "runsFor");
  private static final Set<String> ELECTION_KEYS =
      Set.of("kind", "candidatesDetermined", "campaign", "quietPeriod", "votingDay");
  private static final Set<String> RANGE_KEYS = Set.of("from", "to");
  private static final Set<String> TARGET_KEYS = Set.of("kind", "name", "office", "independent", "spouse");
  private static final Set<String> CASE_KEYS =
      Set.of("source", "decidedBy", "decided", "outcome", "provisions", "sentence", "knownGap");
  private static final Set<String> SENTENCE_KEYS =
      Set.of("custody", "custodyMonths", "fine", "suspended", "probationMonths");
  private static final Set<String> CUSTODY = Set.of("PENJARA", "KURUNGAN");
  private static final Set<String> EXPECT_KEYS = Set.of("verdict", "findings", "match", "openQuestions");
  private static final Set<String> EXPECTED_FINDING_KEYS = Set.of("type", "basis", "act", "sanction");
  private static final List<String> SANCTION_KEYS = List.of("kind", "custody", "minCustodyMonths", "maxCustodyMonths",
      "minFine", "maxFine", "fineCategory", "cumulative", "level", "dismissal", "later");
  private static final Set<String> VERDICTS = Set.of("VIOLATION", "NO_VIOLATION", "NEEDS_ASSESSMENT");
  private static final Set<String> FINDING_TYPES = Set.of("ETHICS", "DISCIPLINE", "ADMINISTRATIVE", "CRIMINAL");
  private static final Set<String> MATCH = Set.of("includes", "all");
  private static final String ONE_OF_ELECTION_KIND = oneOf(ElectionKind.class);
  private static final String ONE_OF_ACTOR_TYPE = oneOf(ActorType.class);
  private static final String ONE_OF_ACT_TYPE = oneOf(ActType.class);
  private static final String ONE_OF_TARGET_KIND = oneOf(TargetKind.class);
  private static final String ONE_OF_FINDING_TYPE = "one of " + String.join(", ", new TreeSet<>(FINDING_TYPES));
  /** The keys an act of each type admits, and the same sorted for messages. */
  private static final Map<ActType, Set<String>> ACT_KEYS = new EnumMap<>(ActType.class);
  private static final Map<ActType, String> ACT_KEYS_SORTED = new EnumMap<>(ActType.class);

  static {
    for (ActType t : ActType.values()) {
      Set<String> allowed = new HashSet<>(ActType.COMMON_FIELDS);
      allowed.addAll(ActType.CIRCUMSTANCES);
      allowed.addAll(t.fields());
      ACT_KEYS.put(t, Set.copyOf(allowed));
      ACT_KEYS_SORTED.put(t, String.join(", ", new TreeSet<>(allowed)));
    }
  }

  private final String file;
  private final Map<String, Election> elections;
  private final String electionChoice;
  private final List<Problem> problems;

  Binder(String file, Map<String, Election> elections, List<Problem> problems) {
    this(file, elections, electionChoice(elections), problems);
  }

  /** A binder; {@code electionChoice} is {@link #electionChoice(Map)} of {@code elections}, computed once by the caller. */
  Binder(String file, Map<String, Election> elections, String electionChoice, List<Problem> problems) {
    this.file = file;
    this.elections = elections;
    this.electionChoice = electionChoice;
    this.problems = problems;
  }

  /** Binds a whole scenario file: {@code version} and {@code scenarios}. */
  List<Scenario> file(Node root) {
    MapNode map = map(root, "");
    if (map == null) {
      return List.of();
    }
    keys(map, "", FILE_KEYS);
    Node version = required(map, "", "version", "'version: 1'");
    if (version != null) {
      if (!(version instanceof Scalar s) || s.kind() != Scalar.Kind.INTEGER) {
        problem(version, "version", "expected the version as the number 1, found " + version.describe() + " " + text(version));
      } else if (!BigInteger.ONE.equals(s.number())) {
        problem(version, "version", "unsupported version " + s.text() + "; expected 1");
      }
    }
    Node list = required(map, "", "scenarios", "a list of scenarios");
    List<Scenario> out = new ArrayList<>();
    if (list == null) {
      return out;
    }
    if (!(list instanceof ListNode items)) {
      problem(list, "scenarios", "expected a list of scenarios, found " + list.describe());
      return out;
    }
    if (items.items().isEmpty()) {
      problem(list, "scenarios", "the list is empty; a scenario file holds at least one scenario");
    }
    Map<String, Node> ids = new LinkedHashMap<>();
    for (int i = 0; i < items.items().size(); i++) {
      String path = "scenarios[" + i + "]";
      Node item = items.items().get(i);
      Scenario s = scenario(item, path);
      if (s != null) {
        Node previous = ids.putIfAbsent(s.id(), item);
        if (previous != null) {
          MapNode m = (MapNode) item;
          Entry e = m.entries().get("id");
          problems.add(new Problem(file, e.value().line(), e.value().column(), path + ".id",
              "duplicate scenario id '" + s.id() + "' (first used at line " + previous.line() + ")"));
        }
        out.add(s);
      }
    }
    return out;
  }

  /** Binds one scenario (an entry of {@code scenarios}, or one NDJSON line). */
  Scenario scenario(Node node, String path) {
    MapNode map = map(node, path);
    if (map == null) {
      return null;
    }
    int before = problems.size();
    keys(map, path, SCENARIO_KEYS);
    String id = string(required(map, path, "id", SCENARIO_ID_RULE), path, "id");
    if (id != null && !SCENARIO_ID.matcher(id).matches()) {
      problem(map.entries().get("id").value(), join(path, "id"), "'" + id + "' is not a scenario id; expected " + SCENARIO_ID_RULE);
    }
    String title = string(optional(map, "title"), path, "title");
    Election election = election(optional(map, "election"), join(path, "election"));
    Actor actor = actor(required(map, path, "actor", "a mapping with at least 'id' and 'type'"), join(path, "actor"));
    List<Act> acts = acts(required(map, path, "acts", "a list of acts"), join(path, "acts"));
    Expectation expect = expect(optional(map, "expect"), join(path, "expect"));
    DecidedCase decided = decidedCase(optional(map, "case"), join(path, "case"));
    if (problems.size() > before || id == null || actor == null || acts == null) {
      return null;
    }
    return new Scenario(id, title, election, actor, acts, expect, decided);
  }

  private Election election(Node node, String path) {
    if (node == null) {
      return null;
    }
    if (node instanceof Scalar s && s.kind() == Scalar.Kind.STRING) {
      Election e = elections.get(s.text());
      if (e == null) {
        problem(node, path, "unknown election '" + s.text() + "'; expected " + electionChoice);
      }
      return e;
    }
    MapNode map = map(node, path);
    if (map == null) {
      return null;
    }
    int before = problems.size();
    keys(map, path, ELECTION_KEYS);
    ElectionKind kind = enumValue(required(map, path, "kind", ONE_OF_ELECTION_KIND), path, "kind",
        ElectionKind.class, "election kind");
    Node determinedNode = required(map, path, "candidatesDetermined", DETERMINED_RULE);
    Map<Office, LocalDate> byOffice = new EnumMap<>(Office.class);
    LocalDate determined;
    if (determinedNode instanceof MapNode dm) {
      String dp = join(path, "candidatesDetermined");
      for (Entry e : dm.entries().values()) {
        Office office = constant(Office.class, e.key());
        if (office == null) {
          problems.add(new Problem(file, e.line(), e.column(), join(dp, e.key()),
              "unknown office '" + e.key() + "'; expected " + oneOf(Office.class)));
          continue;
        }
        LocalDate d = date(e.value(), dp, e.key());
        if (d != null) {
          byOffice.put(office, d);
        }
      }
      if (dm.entries().isEmpty()) {
        problem(dm, dp, "the mapping is empty; expected " + DETERMINED_RULE);
      }
      determined = byOffice.values().stream().max(LocalDate::compareTo).orElse(null);
    } else {
      determined = determinedNode instanceof Scalar ? date(determinedNode, path, "candidatesDetermined") : null;
      if (determinedNode != null && !(determinedNode instanceof Scalar)) {
        problem(determinedNode, join(path, "candidatesDetermined"), "expected " + DETERMINED_RULE + ", found "
            + determinedNode.describe());
      }
    }
    DateRange campaign = range(required(map, path, "campaign", RANGE_RULE), join(path, "campaign"), true);
    DateRange quiet = range(optional(map, "quietPeriod"), join(path, "quietPeriod"), true);
    LocalDate voting = date(required(map, path, "votingDay", DATE_RULE), path, "votingDay");
    if (problems.size() > before || kind == null || determined == null || campaign == null || voting == null) {
      return null;
    }
    if (campaign.from().isAfter(campaign.to())) {
      problem(map.entries().get("campaign").value(), join(path, "campaign"), "the campaign ends (" + campaign.to()
          + ") before it starts (" + campaign.from() + "); expected from <= to");
    } else if (determined.isAfter(campaign.from())) {
      problem(map.entries().get("candidatesDetermined").value(), join(path, "candidatesDetermined"),
          "candidates are determined (" + determined + ") after the campaign starts (" + campaign.from()
              + "); expected candidatesDetermined <= campaign.from");
    } else if (!voting.isAfter(campaign.to())) {
      problem(map.entries().get("votingDay").value(), join(path, "votingDay"), "voting day (" + voting
          + ") is not after the campaign (which ends " + campaign.to() + "); expected votingDay > campaign.to");
    }
    return problems.size() > before ? null : new Election(null, kind, determined, campaign, quiet, voting, byOffice);
  }

  private DateRange range(Node node, String path, boolean bothEnds) {
    if (node == null) {
      return null;
    }
    MapNode map = map(node, path);
    if (map == null) {
      return null;
    }
    keys(map, path, RANGE_KEYS);
    LocalDate from = date(bothEnds ? required(map, path, "from", DATE_RULE) : optional(map, "from"), path, "from");
    LocalDate to = date(bothEnds ? required(map, path, "to", DATE_RULE) : optional(map, "to"), path, "to");
    return from == null || to == null ? null : new DateRange(from, to);
  }

  private Actor actor(Node node, String path) {
    if (node == null) {
      return null;
    }
    MapNode map = map(node, path);
    if (map == null) {
      return null;
    }
    keys(map, path, ACTOR_KEYS);
    String id = string(required(map, path, "id", "a string such as asn-17"), path, "id");
    ActorType type = enumValue(required(map, path, "type", ONE_OF_ACTOR_TYPE), path, "type",
        ActorType.class, "actor type");
    Position position = enumValue(optional(map, "position"), path, "position", Position.class, "position");
    String name = string(optional(map, "name"), path, "name");
    LocalDate resigned = date(optional(map, "resignedOn"), path, "resignedOn");
    LocalDate retired = date(optional(map, "retiredOn"), path, "retiredOn");
    HeldOffice holds = enumValue(optional(map, "holds"), path, "holds", HeldOffice.class, "office");
    Office runsFor = enumValue(optional(map, "runsFor"), path, "runsFor", Office.class, "office");
    return id == null || type == null ? null : new Actor(id, type, position, name, resigned, retired, holds, runsFor);
  }

  private List<Act> acts(Node node, String path) {
    if (node == null) {
      return null;
    }
    if (!(node instanceof ListNode list)) {
      problem(node, path, "expected a list of acts, found " + node.describe());
      return null;
    }
    List<Act> acts = new ArrayList<>();
    Map<String, Node> ids = new HashMap<>();
    for (int i = 0; i < list.items().size(); i++) {
      String p = path + "[" + i + "]";
      Node item = list.items().get(i);
      Act act = act(item, p, i);
      if (act != null) {
        Entry given = ((MapNode) item).entries().get("id");
        Node at = given == null ? item : given.value();
        Node first = ids.putIfAbsent(act.id(), at);
        if (first != null) {
          problem(at, p + ".id", "duplicate act id '" + act.id() + "'" + (given == null ? " (the default id of act "
              + (i + 1) + ")" : "") + ", first used at line " + first.line() + "; expected act ids unique in the scenario");
        }
        acts.add(act);
      }
    }
    return acts.size() == list.items().size() ? acts : null;
  }

  private Act act(Node node, String path, int index) {
    MapNode map = map(node, path);
    if (map == null) {
      return null;
    }
    int before = problems.size();
    ActType type = enumValue(required(map, path, "type", ONE_OF_ACT_TYPE), path, "type",
        ActType.class, "act type");
    if (type != null && !ACT_KEYS.get(type).containsAll(map.entries().keySet())) {
      Set<String> allowed = ACT_KEYS.get(type);
      Map<String, Entry> known = new LinkedHashMap<>();
      for (Entry e : map.entries().values()) {
        if (allowed.contains(e.key())) {
          known.put(e.key(), e);
        } else {
          problems.add(new Problem(file, e.line(), e.column(), join(path, e.key()),
              "unknown key '" + e.key() + "' for an act of type " + type + "; expected one of "
                  + ACT_KEYS_SORTED.get(type)));
        }
      }
      // a key that does not belong to the type is reported once, not once more for its value
      map = new MapNode(map.line(), map.column(), known);
    }
    String id = string(optional(map, "id"), path, "id");
    DateRange when = actDate(required(map, path, "date", ACT_DATE_RULE), join(path, "date"));
    LocalDate date = when == null ? null : when.from();
    Act.Builder b = Act.builder(type == null ? ActType.VOTING : type, date == null ? LocalDate.EPOCH : date)
        .id(id == null ? "a" + (index + 1) : id)
        .target(target(optional(map, "target"), path));
    if (when != null && !when.from().equals(when.to())) {
      b.period(when);
    }
    if (type == ActType.PARTY_MEMBERSHIP) {
      b.partyRole(enumValue(optional(map, "role"), path, "role", PartyRole.class, "party role"));
    } else if (type == ActType.CAMPAIGN_ROLE) {
      b.campaignRole(enumValue(optional(map, "role"), path, "role", CampaignRole.class, "campaign role"));
    }
    b.resigned(bool(map, path, "resigned"))
        .office(string(optional(map, "office"), path, "office"))
        .onLeave(bool(map, path, "onLeave"))
        .form(enumValue(optional(map, "form"), path, "form", SocialMediaForm.class, "form"))
        .partisanSymbol(bool(map, path, "partisanSymbol"))
        .publiclyAccessible(bool(map, path, "publiclyAccessible"))
        .activeSupport(bool(map, path, "activeSupport"))
        .usesPartyAttributes(bool(map, path, "usesPartyAttributes"))
        .usesCivilServantAttributes(bool(map, path, "usesCivilServantAttributes"))
        .mobilizesCivilServants(bool(map, path, "mobilizesCivilServants"))
        .usesStateFacilities(bool(map, path, "usesStateFacilities"))
        .audience(enumSet(optional(map, "audience"), path, "audience", Audience.class, "audience"))
        .effect(enumValue(optional(map, "effect"), path, "effect", Effect.class, "effect"))
        .involved(enumSet(optional(map, "involved"), path, "involved", ActorType.class, "actor type"))
        .officialAttributes(caseOf(map, path, "officialAttributes", "usesCivilServantAttributes"))
        .duringWorkingHours(bool(map, path, "duringWorkingHours"))
        .inOfficialCapacity(bool(map, path, "inOfficialCapacity"))
        .givesMoneyOrGoods(bool(map, path, "givesMoneyOrGoods"))
        .mobilizesOthers(caseOf(map, path, "mobilizesOthers", "mobilizesCivilServants"));
    if (problems.size() > before || type == null || date == null) {
      return null;
    }
    return b.build();
  }

  /**
   * The boolean at {@code general}, refusing it where {@code older} (a case of it, read on its own
   * by the caller) is given with a different value.
   */
  private Boolean caseOf(MapNode map, String path, String general, String older) {
    Node g = optional(map, general);
    Node o = optional(map, older);
    if (g instanceof Scalar gs && gs.kind() == Scalar.Kind.BOOLEAN && o instanceof Scalar os
        && os.kind() == Scalar.Kind.BOOLEAN && !gs.text().equals(os.text())) {
      problem(g, join(path, general), "'" + general + ": " + gs.text() + "' contradicts '" + older + ": " + os.text()
          + "' (line " + o.line() + "), which is a case of it; expected the same value, or only one of them");
      return null;
    }
    return bool(map, path, general);
  }

  /** An act's date: a day, a month (its first to its last day) or a range; a day gives from == to. */
  private DateRange actDate(Node node, String path) {
    if (node == null) {
      return null;
    }
    if (node instanceof MapNode) {
      DateRange r = range(node, path, true);
      if (r != null && r.from().isAfter(r.to())) {
        problem(node, path, "the range ends (" + r.to() + ") before it starts (" + r.from() + "); expected from <= to");
        return null;
      }
      return r;
    }
    if (node instanceof Scalar s && s.kind() == Scalar.Kind.STRING && isMonth(s.text())) {
      int year = digits(s.text(), 0, 4);
      int month = digits(s.text(), 5, 7);
      if (month < 1 || month > 12) {
        problem(node, path, "'" + s.text() + "' is not a month that exists (months run from 01 to 12); expected "
            + ACT_DATE_RULE);
        return null;
      }
      YearMonth ym = YearMonth.of(year, month);
      return new DateRange(ym.atDay(1), ym.atEndOfMonth());
    }
    if (node instanceof Scalar s && s.kind() == Scalar.Kind.STRING && isDate(s.text())) {
      LocalDate d = date(node, path, null);
      return d == null ? null : new DateRange(d, d);
    }
    problem(node, path, "expected " + ACT_DATE_RULE + ", found " + node.describe() + " " + text(node));
    return null;
  }

  /** Whether {@code t} is written as {@code dddd-dd} (ASCII digits). */
  private static boolean isMonth(String t) {
    if (t.length() != 7 || t.charAt(4) != '-') {
      return false;
    }
    for (int i = 0; i < 7; i++) {
      char c = t.charAt(i);
      if (i != 4 && (c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  private DecidedCase decidedCase(Node node, String path) {
    if (node == null) {
      return null;
    }
    MapNode map = map(node, path);
    if (map == null) {
      return null;
    }
    int before = problems.size();
    keys(map, path, CASE_KEYS);
    String source = string(required(map, path, "source", "the address (https://...) of the public report"), path,
        "source");
    if (source != null && !(source.startsWith("https://") || source.startsWith("http://"))) {
      problem(map.entries().get("source").value(), join(path, "source"), "'" + source
          + "' is not an address; expected the address (https://...) of the public report");
    }
    String decidedBy = string(optional(map, "decidedBy"), path, "decidedBy");
    LocalDate decided = date(optional(map, "decided"), path, "decided");
    CaseOutcome outcome = enumValue(required(map, path, "outcome", oneOf(CaseOutcome.class)), path, "outcome",
        CaseOutcome.class, "outcome");
    List<String> provisions = new ArrayList<>();
    Node ps = required(map, path, "provisions", "a list of provision ids such as [uu-7-2017/pasal-490]");
    if (ps instanceof ListNode list) {
      if (list.items().isEmpty()) {
        problem(ps, join(path, "provisions"), "the list is empty; expected the provisions the decision-maker applied");
      }
      for (int i = 0; i < list.items().size(); i++) {
        String id = string(list.items().get(i), path, "provisions[" + i + "]");
        if (id != null) {
          provisions.add(id);
        }
      }
    } else if (ps != null) {
      problem(ps, join(path, "provisions"), "expected a list of provision ids such as [uu-7-2017/pasal-490], found "
          + ps.describe() + " " + text(ps));
    }
    Sentence sentence = sentence(optional(map, "sentence"), join(path, "sentence"));
    if (sentence != null && outcome != null && outcome != CaseOutcome.CONVICTED) {
      problem(map.entries().get("sentence").value(), join(path, "sentence"), "a sentence is given for a case whose"
          + " outcome is " + outcome + "; expected a sentence only with outcome CONVICTED");
    }
    String knownGap = string(optional(map, "knownGap"), path, "knownGap");
    if (problems.size() > before || source == null || outcome == null) {
      return null;
    }
    return new DecidedCase(source, decidedBy, decided, outcome, provisions, sentence, knownGap);
  }

  private Sentence sentence(Node node, String path) {
    if (node == null) {
      return null;
    }
    MapNode map = map(node, path);
    if (map == null) {
      return null;
    }
    keys(map, path, SENTENCE_KEYS);
    String custody = choice(optional(map, "custody"), path, "custody", CUSTODY, "custody");
    Long months = count(optional(map, "custodyMonths"), join(path, "custodyMonths"), Integer.MAX_VALUE);
    Long fine = count(optional(map, "fine"), join(path, "fine"), Long.MAX_VALUE);
    Boolean suspended = bool(map, path, "suspended");
    Long probation = count(optional(map, "probationMonths"), join(path, "probationMonths"), Integer.MAX_VALUE);
    if (months != null && custody == null && optional(map, "custody") == null) {
      problem(map.entries().get("custodyMonths").value(), join(path, "custodyMonths"),
          "custodyMonths is given without custody; expected custody: PENJARA or KURUNGAN beside it");
    }
    return new Sentence(custody == null ? null : id.netral.core.Custody.valueOf(custody), months == null ? null : months.intValue(), fine, suspended,
        probation == null ? null : probation.intValue());
  }

  /** A whole number from 0 to {@code max}. */
  private Long count(Node node, String path, long max) {
    if (node == null) {
      return null;
    }
    if (node instanceof Scalar s && s.kind() == Scalar.Kind.INTEGER && s.number().signum() >= 0
        && s.number().compareTo(BigInteger.valueOf(max)) <= 0) {
      return s.number().longValue();
    }
    problem(node, path, "expected a whole number from 0 to " + max + ", found " + node.describe() + " " + text(node));
    return null;
  }

  private Target target(Node node, String parent) {
    if (node == null) {
      return null;
    }
    String path = join(parent, "target");
    MapNode map = map(node, path);
    if (map == null) {
      return null;
    }
    keys(map, path, TARGET_KEYS);
    TargetKind kind = enumValue(required(map, path, "kind", ONE_OF_TARGET_KIND), path, "kind",
        TargetKind.class, "target kind");
    String name = string(optional(map, "name"), path, "name");
    Office office = enumValue(optional(map, "office"), path, "office", Office.class, "office");
    Boolean independent = bool(map, path, "independent");
    Boolean spouse = bool(map, path, "spouse");
    return kind == null ? null : new Target(kind, name, office, independent, spouse);
  }

  private Expectation expect(Node node, String path) {
    if (node == null) {
      return null;
    }
    MapNode map = map(node, path);
    if (map == null) {
      return null;
    }
    keys(map, path, EXPECT_KEYS);
    String verdict = choice(optional(map, "verdict"), path, "verdict", VERDICTS, "verdict");
    String match = choice(optional(map, "match"), path, "match", MATCH, "match");
    List<ExpectedFinding> findings = new ArrayList<>();
    Node fs = optional(map, "findings");
    if (fs != null) {
      if (fs instanceof ListNode list) {
        for (int i = 0; i < list.items().size(); i++) {
          ExpectedFinding f = expectedFinding(list.items().get(i), join(path, "findings") + "[" + i + "]");
          if (f != null) {
            findings.add(f);
          }
        }
      } else {
        problem(fs, join(path, "findings"), "expected a list of findings, found " + fs.describe());
      }
    }
    List<String> questions = null;
    Node qs = optional(map, "openQuestions");
    if (qs != null) {
      if (qs instanceof ListNode list) {
        questions = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
          String q = string(list.items().get(i), path, "openQuestions" + "[" + i + "]");
          if (q != null) {
            questions.add(q);
          }
        }
      } else {
        problem(qs, join(path, "openQuestions"), "expected a list of fact names, found " + qs.describe());
      }
    }
    return new Expectation(verdict, findings, "includes".equals(match), questions);
  }

  private ExpectedFinding expectedFinding(Node node, String path) {
    MapNode map = map(node, path);
    if (map == null) {
      return null;
    }
    keys(map, path, EXPECTED_FINDING_KEYS);
    String type = choice(required(map, path, "type", ONE_OF_FINDING_TYPE), path, "type", FINDING_TYPES,
        "finding type");
    String basis = string(required(map, path, "basis", "a provision id such as uu-7-2017/pasal-494"), path, "basis");
    String act = string(optional(map, "act"), path, "act");
    Map<String, Object> sanction = new LinkedHashMap<>();
    Node s = optional(map, "sanction");
    if (s != null) {
      MapNode sm = map(s, join(path, "sanction"));
      if (sm != null) {
        for (Entry e : sm.entries().values()) {
          if (e.value() instanceof Scalar sc && sc.kind() == Scalar.Kind.INTEGER
              && sc.number().bitLength() >= Long.SIZE) {
            problems.add(new Problem(file, e.value().line(), e.value().column(), join(join(path, "sanction"), e.key()),
                "the number " + sc.text() + " is too large; expected at most " + Long.MAX_VALUE));
          } else if (!SANCTION_KEYS.contains(e.key().startsWith("later.") ? e.key().substring(6) : e.key())) {
            problems.add(new Problem(file, e.value().line(), e.value().column(),
                join(join(path, "sanction"), e.key()), "unknown sanction key '" + e.key() + "'; expected one of "
                + String.join(", ", SANCTION_KEYS) + " (or later.<key> for the later law's penalty)"));
          } else if (e.value() instanceof Scalar sc && sc.kind() != Scalar.Kind.NULL) {
            sanction.put(e.key(), switch (sc.kind()) {
              case INTEGER -> sc.number().longValue();
              case BOOLEAN -> Boolean.parseBoolean(sc.text());
              default -> sc.text();
            });
          } else {
            problems.add(new Problem(file, e.value().line(), e.value().column(), join(join(path, "sanction"), e.key()),
                "expected a single value, found " + e.value().describe()));
          }
        }
      }
    }
    return type == null || basis == null ? null : new ExpectedFinding(type, basis, act, sanction);
  }

  // ---- helpers

  private MapNode map(Node node, String path) {
    if (node instanceof MapNode m) {
      return m;
    }
    problem(node, path, ("expected a mapping, found " + node.describe() + " " + text(node)).strip());
    return null;
  }

  private void keys(MapNode map, String path, Set<String> allowed) {
    for (Entry e : map.entries().values()) {
      if (!allowed.contains(e.key())) {
        problems.add(new Problem(file, e.line(), e.column(), join(path, e.key()),
            "unknown key '" + e.key() + "'; expected one of " + String.join(", ", new TreeSet<>(allowed))));
      }
    }
  }

  /** The value of a required key; when absent or null, a problem that says what {@code expected} it to be. */
  private Node required(MapNode map, String path, String key, String expected) {
    Entry e = map.entries().get(key);
    if (e == null || (e.value() instanceof Scalar s && s.kind() == Scalar.Kind.NULL)) {
      Node at = e == null ? map : e.value();
      problems.add(new Problem(file, at.line(), at.column(), join(path, key),
          "missing required key '" + key + "'; expected " + expected));
      return null;
    }
    return e.value();
  }

  private static Node optional(MapNode map, String key) {
    Entry e = map.entries().get(key);
    if (e == null || (e.value() instanceof Scalar s && s.kind() == Scalar.Kind.NULL)) {
      return null;
    }
    return e.value();
  }

  /** The string at {@code parent.key} (or at {@code parent} when {@code key} is null). */
  private String string(Node node, String parent, String key) {
    if (node == null) {
      return null;
    }
    if (node instanceof Scalar s && s.kind() != Scalar.Kind.NULL) {
      return s.text();
    }
    problem(node, path(parent, key), "expected a string, found " + node.describe());
    return null;
  }

  private Boolean bool(MapNode map, String path, String key) {
    Node node = optional(map, key);
    if (node == null) {
      return null;
    }
    if (node instanceof Scalar s && s.kind() == Scalar.Kind.BOOLEAN) {
      return Boolean.parseBoolean(s.text());
    }
    problem(node, join(path, key), "expected true or false, found " + node.describe() + " " + text(node));
    return null;
  }

  private LocalDate date(Node node, String parent, String key) {
    if (node == null) {
      return null;
    }
    if (node instanceof Scalar s && s.kind() == Scalar.Kind.STRING && isDate(s.text())) {
      String t = s.text();
      int year = digits(t, 0, 4);
      int month = digits(t, 5, 7);
      int day = digits(t, 8, 10);
      try {
        return LocalDate.of(year, month, day);
      } catch (DateTimeException e) {
        String why = month < 1 || month > 12 ? "months run from 01 to 12"
            : YearMonth.of(year, month) + " has " + YearMonth.of(year, month).lengthOfMonth() + " days";
        problem(node, path(parent, key), "'" + t + "' is not a date that exists (" + why + "); expected " + DATE_RULE);
        return null;
      }
    }
    problem(node, path(parent, key), "expected " + DATE_RULE + ", found " + node.describe() + " " + text(node));
    return null;
  }

  /** Whether {@code t} is written as {@code dddd-dd-dd} (ASCII digits). */
  private static boolean isDate(String t) {
    if (t.length() != 10 || t.charAt(4) != '-' || t.charAt(7) != '-') {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      char c = t.charAt(i);
      if (i != 4 && i != 7 && (c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  private static int digits(String t, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n = n * 10 + (t.charAt(i) - '0');
    }
    return n;
  }

  private <E extends Enum<E>> E enumValue(Node node, String parent, String key, Class<E> type, String what) {
    return enumValue(node, parent, key, -1, type, what);
  }

  /** The constant named at {@code parent.key} (item {@code index} of it when not -1). */
  private <E extends Enum<E>> E enumValue(Node node, String parent, String key, int index, Class<E> type,
      String what) {
    if (node == null) {
      return null;
    }
    if (node instanceof Scalar s && s.kind() == Scalar.Kind.STRING) {
      E e = constant(type, s.text());
      if (e != null) {
        return e;
      }
      problem(node, path(parent, key, index), "unknown " + what + " '" + s.text() + "'; expected " + oneOf(type));
      return null;
    }
    problem(node, path(parent, key, index), "expected " + what + " as a name, " + oneOf(type) + "; found "
        + node.describe() + " " + text(node));
    return null;
  }

  /** The constant of {@code type} named {@code name} exactly, or null; without exceptions or copies. */
  private static <E extends Enum<E>> E constant(Class<E> type, String name) {
    @SuppressWarnings("unchecked")
    Map<String, E> byName = (Map<String, E>) CONSTANTS.get(type);
    return byName.get(name);
  }

  private static final ClassValue<Map<String, ?>> CONSTANTS = new ClassValue<>() {
    @Override
    protected Map<String, ?> computeValue(Class<?> type) {
      Map<String, Object> out = new HashMap<>();
      for (Object e : type.getEnumConstants()) {
        out.put(((Enum<?>) e).name(), e);
      }
      return Map.copyOf(out);
    }
  };

  private <E extends Enum<E>> Set<E> enumSet(Node node, String parent, String key, Class<E> type, String what) {
    if (node == null) {
      return null;
    }
    if (!(node instanceof ListNode list)) {
      String example = node instanceof Scalar s && s.kind() == Scalar.Kind.STRING ? " (write [" + s.text() + "])" : "";
      problem(node, path(parent, key), "expected a list of " + what + " names, each " + oneOf(type) + "; found "
          + node.describe() + " " + text(node) + example);
      return null;
    }
    Set<E> out = EnumSet.noneOf(type);
    for (int i = 0; i < list.items().size(); i++) {
      E e = enumValue(list.items().get(i), parent, key, i, type, what);
      if (e != null) {
        out.add(e);
      }
    }
    return out;
  }

  private String choice(Node node, String parent, String key, Set<String> allowed, String what) {
    if (node == null) {
      return null;
    }
    String s = node instanceof Scalar sc && sc.kind() == Scalar.Kind.STRING ? sc.text() : null;
    if (s == null || !allowed.contains(s)) {
      problem(node, path(parent, key), "unknown " + what + " " + (s == null ? text(node) : "'" + s + "'") + "; expected one of "
          + String.join(", ", new TreeSet<>(allowed)));
      return null;
    }
    return s;
  }

  private static <E extends Enum<E>> String oneOf(Class<E> type) {
    return "one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }

  /** What an election may be, for messages. */
  static String electionChoice(Map<String, Election> elections) {
    return "one of " + String.join(", ", new TreeSet<>(elections.keySet())) + ", or an inline calendar";
  }

  private static String text(Node node) {
    if (node instanceof Scalar s) {
      return s.text() == null ? "" : "'" + s.text() + "'";
    }
    return "";
  }

  private void problem(Node at, String path, String message) {
    problems.add(new Problem(file, at.line(), at.column(), path, message.strip()));
  }

  private static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** The path of {@code key} under {@code parent}; {@code parent} itself when {@code key} is null. Built only for problems. */
  private static String path(String parent, String key) {
    return key == null ? parent : join(parent, key);
  }

  private static String path(String parent, String key, int index) {
    return index < 0 ? path(parent, key) : path(parent, key) + "[" + index + "]";
  }
}
