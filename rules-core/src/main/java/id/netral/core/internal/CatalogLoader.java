package id.netral.core.internal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.netral.core.LocalizedText;
import id.netral.core.RuleSetException;
import id.netral.core.catalog.Authority;
import id.netral.core.catalog.Catalog;
import id.netral.core.catalog.Consequence;
import id.netral.core.catalog.ConsequenceRow;
import id.netral.core.catalog.Instrument;
import id.netral.core.catalog.Interpretation;
import id.netral.core.catalog.Provision;
import id.netral.core.catalog.SanctionTemplate;
import id.netral.core.model.DateRange;
import id.netral.core.model.Election;
import id.netral.core.model.ElectionKind;
import id.netral.core.scenario.Problem;
import id.netral.core.scenario.ScenarioReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads a rule set's manifest, provision files, elections and questions into a {@link Catalog}. */
public final class CatalogLoader {

  /** The manifest at the root of every rule set. */
  public static final String MANIFEST = "catalog.yaml";

  private static final Pattern PROVISION_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)*");
  private static final Set<String> CONFIDENCE = Set.of("high", "medium", "low");
  private static final String SANCTION_KINDS = java.util.Arrays.toString(id.netral.core.SanctionKind.values());

  /** Checks a rule set's YAML files under the limits of scenario files. */
  private static final ScenarioReader LIMITS = new ScenarioReader(Map.of());

  private static final ObjectMapper YAML =
      YAMLMapper.builder()
          .addModule(new JavaTimeModule())
          .addMixIn(LocalizedText.class, LocalizedTextKeys.class)
          .addMixIn(Authority.class, AuthorityKeys.class)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .build();

  /** The catalog files' keys of a {@link LocalizedText}: {@code id} (Indonesian) and {@code en}. */
  abstract static class LocalizedTextKeys {
    @JsonCreator
    LocalizedTextKeys(@JsonProperty("id") String indonesian, @JsonProperty("en") String english) {}

    @JsonProperty("id")
    abstract String indonesian();

    @JsonProperty("en")
    abstract String english();
  }

  /** The catalog files' keys of an {@link Authority}: {@code id} (Indonesian) and {@code en}. */
  abstract static class AuthorityKeys {
    @JsonCreator
    AuthorityKeys(@JsonProperty("from") LocalDate from, @JsonProperty("to") LocalDate to,
        @JsonProperty("positions") List<id.netral.core.model.Position> positions,
        @JsonProperty("id") String indonesian, @JsonProperty("en") String english) {}

    @JsonProperty("id")
    abstract String indonesian();

    @JsonProperty("en")
    abstract String english();
  }

  /** The manifest: which files make up the rule set. */
  public record Manifest(
      String version,
      List<String> provisions,
      List<String> rules,
      String elections,
      String questions,
      String interpretations,
      String consequences) {
    /** Copies the lists. */
    public Manifest {
      provisions = provisions == null ? List.of() : List.copyOf(provisions);
      rules = rules == null ? List.of() : List.copyOf(rules);
    }
  }

  record InstrumentDto(
      String id, String citation, LocalizedText title, DateRange inForce, List<String> sources) {}

  record ProvisionDto(
      String id,
      String citation,
      LocalizedText paraphrase,
      DateRange inForce,
      String confidence,
      List<String> sources,
      Boolean encoded,
      String notes,
      SanctionTemplate sanction,
      List<Authority> authority,
      List<LocalizedText> penalties) {}

  record ProvisionFile(InstrumentDto instrument, List<ProvisionDto> provisions) {}

  record ElectionDto(
      String id,
      ElectionKind kind,
      LocalizedText name,
      LocalDate candidatesDetermined,
      DateRange campaign,
      DateRange quietPeriod,
      LocalDate votingDay,
      Map<id.netral.core.model.Office, LocalDate> candidatesDeterminedByOffice,
      List<String> sources) {}

  record ElectionsFile(List<ElectionDto> elections) {}

  record QuestionsFile(Map<String, LocalizedText> questions) {}

  record InterpretationsFile(List<Interpretation> interpretations) {}

  record FineCategoriesDto(String basis, Map<String, Long> amounts) {}

  record RowDto(
      List<id.netral.core.model.ActorType> actors,
      LocalDate from,
      LocalDate to,
      Map<id.netral.core.DisciplineLevel, String> levels,
      com.fasterxml.jackson.databind.JsonNode sanction,
      String basis,
      List<String> via,
      String laterFor,
      String heaviest,
      String authority) {}

  record ConsequenceDto(String id, LocalizedText title, List<RowDto> rows) {}

  record ConsequencesFile(FineCategoriesDto fineCategories, List<ConsequenceDto> consequences) {}

  private CatalogLoader() {}

  /** Reads the manifest of {@code source}. */
  public static Manifest manifest(RuleSource source) {
    Manifest m = parse(source, MANIFEST, Manifest.class);
    require(m.version() != null, source, MANIFEST, "version: missing");
    for (int i = 0; i < m.provisions().size(); i++) {
      requireInside(source, "provisions[" + i + "]", m.provisions().get(i));
    }
    for (int i = 0; i < m.rules().size(); i++) {
      requireInside(source, "rules[" + i + "]", m.rules().get(i));
    }
    for (String[] key : new String[][] {{"elections", m.elections()}, {"questions", m.questions()},
        {"interpretations", m.interpretations()}}) {
      if (key[1] != null) {
        requireInside(source, key[0], key[1]);
      }
    }
    return m;
  }

  /** Loads the catalog of {@code source} as its manifest lists it. */
  public static Catalog load(RuleSource source, Manifest manifest) {
    MessageDigest digest = sha256();
    update(digest, MANIFEST, source.read(MANIFEST));

    List<Instrument> instruments = new ArrayList<>();
    Map<String, Provision> provisions = new LinkedHashMap<>();
    for (String file : manifest.provisions()) {
      update(digest, file, source.read(file));
      ProvisionFile pf = parse(source, file, ProvisionFile.class);
      require(pf.instrument() != null, source, file, "instrument: missing");
      InstrumentDto in = pf.instrument();
      require(in.id() != null && in.citation() != null && in.title() != null && in.inForce() != null,
          source, file, "instrument: id, citation, title and inForce are required");
      instruments.add(new Instrument(in.id(), in.citation(), in.title(), in.inForce(), in.sources()));
      List<ProvisionDto> list = pf.provisions() == null ? List.of() : pf.provisions();
      for (int i = 0; i < list.size(); i++) {
        ProvisionDto p = list.get(i);
        String where = "provisions[" + i + "]";
        require(p.id() != null, source, file, where + ".id: missing");
        require(PROVISION_ID.matcher(p.id()).matches(), source, file,
            where + ".id: '" + p.id() + "' is not a provision id such as uu-7-2017/pasal-280/ayat-3");
        require(p.id().equals(in.id()) || p.id().startsWith(in.id() + "/"), source, file,
            where + ".id: '" + p.id() + "' does not start with the instrument id '" + in.id() + "'");
        require(!provisions.containsKey(p.id()), source, file, where + ".id: duplicate provision id '" + p.id() + "'");
        require(p.citation() != null, source, file, where + ".citation: missing");
        require(p.paraphrase() != null && p.paraphrase().indonesian() != null && p.paraphrase().english() != null,
            source, file, where + ".paraphrase: id and en are required");
        require(p.confidence() != null && CONFIDENCE.contains(p.confidence()), source, file,
            where + ".confidence: expected one of high, medium, low");
        require(p.sources() != null && !p.sources().isEmpty(), source, file, where + ".sources: at least one source is required");
        if (p.sanction() != null) {
          require(p.sanction().kind() != null, source, file,
              where + ".sanction.kind: missing; expected one of " + SANCTION_KINDS);
        }
        DateRange inForce = p.inForce() != null ? p.inForce() : in.inForce();
        provisions.put(p.id(), new Provision(p.id(), in.id(), p.citation(), p.paraphrase(), inForce,
            p.confidence(), p.sources(), Boolean.TRUE.equals(p.encoded()), p.notes(), p.sanction(),
            p.authority(), p.penalties()));
      }
    }
    for (Provision p : provisions.values()) {
      if (p.sanction() != null && p.sanction().optionsFrom() != null) {
        require(provisions.containsKey(p.sanction().optionsFrom()), source, fileOf(manifest, p),
            p.id() + ": sanction.optionsFrom names unknown provision '" + p.sanction().optionsFrom() + "'");
      }
    }

    Map<String, Election> elections = new LinkedHashMap<>();
    if (manifest.elections() != null) {
      update(digest, manifest.elections(), source.read(manifest.elections()));
      ElectionsFile ef = parse(source, manifest.elections(), ElectionsFile.class);
      for (ElectionDto e : ef.elections() == null ? List.<ElectionDto>of() : ef.elections()) {
        try {
          elections.put(e.id(), new Election(e.id(), e.kind(), e.candidatesDetermined(), e.campaign(),
              e.quietPeriod(), e.votingDay(), e.candidatesDeterminedByOffice()));
        } catch (NullPointerException ex) {
          throw new RuleSetException(source.describe(manifest.elections()) + ": election '" + e.id()
              + "': " + ex.getMessage() + " is missing");
        }
      }
    }
    Map<String, LocalizedText> questions = new LinkedHashMap<>();
    if (manifest.questions() != null) {
      update(digest, manifest.questions(), source.read(manifest.questions()));
      QuestionsFile qf = parse(source, manifest.questions(), QuestionsFile.class);
      if (qf.questions() != null) {
        questions.putAll(qf.questions());
      }
    }
    List<Interpretation> interpretations = new ArrayList<>();
    if (manifest.interpretations() != null) {
      String file = manifest.interpretations();
      update(digest, file, source.read(file));
      InterpretationsFile inf = parse(source, file, InterpretationsFile.class);
      Map<String, Interpretation> seen = new LinkedHashMap<>();
      List<Interpretation> list = inf.interpretations() == null ? List.of() : inf.interpretations();
      for (int i = 0; i < list.size(); i++) {
        Interpretation in = list.get(i);
        String where = "interpretations[" + i + "]";
        require(in.id() != null, source, file, where + ".id: missing");
        require(seen.put(in.id(), in) == null, source, file, where + ".id: duplicate interpretation '" + in.id() + "'");
        require(in.choice() != null && in.options().containsKey(in.choice()), source, file,
            where + ".choice: '" + in.choice() + "' is not one of its options " + new java.util.TreeSet<>(in.options().keySet()));
        require(in.reasons() != null && !in.reasons().isBlank(), source, file, where + ".reasons: missing");
      }
      interpretations.addAll(list);
    }
    List<Consequence> consequences = new ArrayList<>();
    if (manifest.consequences() != null) {
      String file = manifest.consequences();
      update(digest, file, source.read(file));
      consequences.addAll(consequences(source, file, parse(source, file, ConsequencesFile.class), provisions));
    }
    for (String rule : manifest.rules()) {
      update(digest, rule, source.read(rule));
    }
    String hex = "sha256:" + HexFormat.of().formatHex(digest.digest());
    return new Catalog(manifest.version(), hex, instruments, List.copyOf(provisions.values()),
        elections, questions, interpretations, consequences);
  }

  /** The consequence tables of {@code file}, checked against the provisions. */
  private static List<Consequence> consequences(RuleSource source, String file, ConsequencesFile cf,
      Map<String, Provision> provisions) {
    Map<String, Long> categories = new LinkedHashMap<>();
    if (cf.fineCategories() != null) {
      require(cf.fineCategories().basis() == null || provisions.containsKey(cf.fineCategories().basis()), source, file,
          "fineCategories.basis: unknown provision '" + cf.fineCategories().basis() + "'");
      if (cf.fineCategories().amounts() != null) {
        categories.putAll(cf.fineCategories().amounts());
      }
    }
    List<Consequence> out = new ArrayList<>();
    Set<String> ids = new java.util.HashSet<>();
    List<ConsequenceDto> list = cf.consequences() == null ? List.of() : cf.consequences();
    for (int i = 0; i < list.size(); i++) {
      ConsequenceDto c = list.get(i);
      String where = "consequences[" + i + "]";
      require(c.id() != null, source, file, where + ".id: missing");
      require(ids.add(c.id()), source, file, where + ".id: duplicate consequence '" + c.id() + "'");
      require(c.title() != null && c.title().indonesian() != null && c.title().english() != null, source, file,
          where + ".title: id and en are required");
      require(c.rows() != null && !c.rows().isEmpty(), source, file, where + ".rows: at least one row is required");
      List<ConsequenceRow> rows = new ArrayList<>();
      for (int r = 0; r < c.rows().size(); r++) {
        rows.add(row(source, file, where + ".rows[" + r + "]", c.rows().get(r), provisions, categories));
      }
      for (int a = 0; a < rows.size(); a++) {
        for (int b = a + 1; b < rows.size(); b++) {
          require(!overlap(rows.get(a), rows.get(b)), source, file, where + ".rows[" + b + "]: covers days of acts"
              + " that rows[" + a + "] covers for the same actors (" + c.id() + ")");
        }
      }
      out.add(new Consequence(c.id(), c.title(), rows));
    }
    return out;
  }

  private static ConsequenceRow row(RuleSource source, String file, String where, RowDto r,
      Map<String, Provision> provisions, Map<String, Long> categories) {
    require(r.from() == null || r.to() == null || !r.to().isBefore(r.from()), source, file,
        where + ": 'to' is before 'from'");
    Map<id.netral.core.DisciplineLevel, String> levels = r.levels() == null ? Map.of() : r.levels();
    String sanction = null;
    SanctionTemplate penalty = null;
    if (r.sanction() != null && r.sanction().isTextual()) {
      sanction = r.sanction().asText();
    } else if (r.sanction() != null && r.sanction().isObject()) {
      try {
        penalty = YAML.treeToValue(r.sanction(), SanctionTemplate.class);
      } catch (JacksonException e) {
        throw new RuleSetException(source.describe(file) + ": " + where + ".sanction: "
            + e.getOriginalMessage().lines().findFirst().orElse(""), e);
      }
      require(penalty.kind() != null, source, file,
          where + ".sanction.kind: missing; expected one of " + SANCTION_KINDS);
      require(r.basis() != null || penalty.kind() == id.netral.core.SanctionKind.NONE, source, file,
          where + ".basis: a penalty written in the row needs the provision that sets it");
      if (penalty.fineCategory() != null) {
        Long amount = categories.get(penalty.fineCategory());
        require(amount != null, source, file, where + ".sanction.fineCategory: '" + penalty.fineCategory()
            + "' is not one of the fineCategories " + categories.keySet());
        penalty = new SanctionTemplate(penalty.kind(), penalty.custody(), penalty.minCustodyMonths(),
            penalty.maxCustodyMonths(), penalty.minFine(), amount, penalty.fineCategory(), penalty.cumulative(),
            penalty.level(), penalty.dismissal(), penalty.options(), penalty.optionsFrom());
      }
    } else {
      require(r.sanction() == null, source, file, where + ".sanction: expected a provision id or a penalty");
    }
    int ways = (levels.isEmpty() ? 0 : 1) + (sanction == null ? 0 : 1) + (penalty == null ? 0 : 1);
    require(ways == 1, source, file, where + ": give exactly one of levels, sanction (a provision id) or sanction (a penalty)");
    for (Map.Entry<id.netral.core.DisciplineLevel, String> e : levels.entrySet()) {
      sanctioned(source, file, where + ".levels." + e.getKey(), e.getValue(), provisions);
    }
    if (sanction != null) {
      sanctioned(source, file, where + ".sanction", sanction, provisions);
    }
    for (String[] named : new String[][] {{"basis", r.basis()}, {"laterFor", r.laterFor()},
        {"heaviest", r.heaviest()}, {"authority", r.authority()}}) {
      require(named[1] == null || provisions.containsKey(named[1]), source, file,
          where + "." + named[0] + ": unknown provision '" + named[1] + "'");
    }
    for (String v : r.via() == null ? List.<String>of() : r.via()) {
      require(provisions.containsKey(v), source, file, where + ".via: unknown provision '" + v + "'");
    }
    return new ConsequenceRow(r.actors(), new DateRange(r.from(), r.to()), levels, sanction, penalty, r.basis(),
        r.via(), r.laterFor(), r.heaviest(), r.authority());
  }

  private static void sanctioned(RuleSource source, String file, String where, String id, Map<String, Provision> provisions) {
    Provision p = provisions.get(id);
    require(p != null, source, file, where + ": unknown provision '" + id + "'");
    require(p.sanction() != null, source, file, where + ": provision '" + id + "' sets no sanction");
  }

  /** Whether two rows cover a common day for a common actor class and level. */
  static boolean overlap(ConsequenceRow a, ConsequenceRow b) {
    boolean actors = a.actors().isEmpty() || b.actors().isEmpty()
        || a.actors().stream().anyMatch(b.actors()::contains);
    boolean levels = a.levels().isEmpty() || b.levels().isEmpty()
        || a.levels().keySet().stream().anyMatch(b.levels()::containsKey);
    DateRange x = a.period();
    DateRange y = b.period();
    boolean days = (x.to() == null || y.from() == null || !x.to().isBefore(y.from()))
        && (y.to() == null || x.from() == null || !y.to().isBefore(x.from()));
    return actors && levels && days;
  }

  private static String fileOf(Manifest manifest, Provision p) {
    return manifest.provisions().stream().filter(f -> f.contains(p.instrument())).findFirst()
        .orElse(MANIFEST);
  }

  static <T> T parse(RuleSource source, String file, Class<T> type) {
    byte[] bytes = source.read(file);
    // the limits of scenario files first: the binder below has none, and SnakeYAML takes time that
    // grows with the square of a token's length
    List<Problem> problems = LIMITS.checkLimits(source.describe(file), bytes);
    if (!problems.isEmpty()) {
      throw new RuleSetException(String.join("\n", problems.stream().map(Problem::toString).toList()));
    }
    try {
      T value = YAML.readValue(bytes, type);
      if (value == null) {
        throw new RuleSetException(source.describe(file) + ": the file is empty");
      }
      return value;
    } catch (JsonMappingException e) {
      JsonLocation loc = e.getLocation();
      String path = e.getPath().stream()
          .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
          .reduce("", (a, b) -> a.isEmpty() || b.startsWith("[") ? a + b : a + "." + b);
      throw new RuleSetException(source.describe(file) + where(loc) + ": " + path + ": "
          + e.getOriginalMessage().lines().findFirst().orElse(""), e);
    } catch (JacksonException e) {
      throw new RuleSetException(source.describe(file) + where(e.getLocation()) + ": "
          + e.getOriginalMessage().lines().findFirst().orElse(""), e);
    } catch (IOException e) {
      throw new RuleSetException(source.describe(file) + ": " + e.getMessage(), e);
    }
  }

  private static String where(JsonLocation loc) {
    return loc == null || loc.getLineNr() < 1 ? "" : ":" + loc.getLineNr() + ":" + loc.getColumnNr();
  }

  private static void requireInside(RuleSource source, String key, String path) {
    require(RuleSource.isInside(path), source, MANIFEST, key + ": '" + RuleSource.printable(String.valueOf(path))
        + "' is not a path inside the rule folder (relative, slash-separated, without '..')");
  }

  private static void require(boolean ok, RuleSource source, String file, String message) {
    if (!ok) {
      throw new RuleSetException(source.describe(file) + ": " + message);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void update(MessageDigest digest, String name, byte[] bytes) {
    digest.update(name.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
    digest.update(bytes);
    digest.update((byte) 0);
  }
}
