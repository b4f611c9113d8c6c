package id.netral.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import id.netral.core.FindingType;
import id.netral.core.Verdict;
import id.netral.core.model.ActType;
import id.netral.core.model.ActorType;
import id.netral.core.model.Audience;
import id.netral.core.model.CampaignRole;
import id.netral.core.model.Effect;
import id.netral.core.model.CaseOutcome;
import id.netral.core.model.ElectionKind;
import id.netral.core.model.HeldOffice;
import id.netral.core.model.Office;
import id.netral.core.model.PartyRole;
import id.netral.core.model.Position;
import id.netral.core.model.SocialMediaForm;
import id.netral.core.model.TargetKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScenarioSchemaTest {
  private static final String RESOURCE = "/id/netral/core/scenario.schema.json";
  /** Folders of valid scenario files, relative to the rules-core module; a missing one is skipped. */
  private static final List<Path> VALID_FOLDERS = List.of(
      Path.of("../rules-catalog/src/test/resources/scenarios"),
      Path.of("../examples/scenarios"),
      Path.of("src/test/resources/valid"));
  private static final YAMLMapper YAML = new YAMLMapper();
  private static final JsonNode SCHEMA_NODE = schemaNode();
  private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
      .getSchema(SCHEMA_NODE, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());

  static Stream<Path> validFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path folder : VALID_FOLDERS) {
      if (Files.isDirectory(folder)) {
        try (Stream<Path> walk = Files.walk(folder)) {
          walk.filter(f -> f.toString().endsWith(".yaml")).sorted().forEach(files::add);
        }
      }
    }
    return files.stream();
  }

  @Test
  void validFolders_catalogSuitesAndOwnFixture_arePresent() throws IOException {
    // given / when
    List<Path> files = validFiles().toList();

    // then: a wrong relative path would make the validation below pass vacuously
    assertThat(files).anyMatch(f -> f.startsWith(VALID_FOLDERS.get(0)));
    assertThat(files).anyMatch(f -> f.startsWith(VALID_FOLDERS.get(2)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validFiles")
  void schema_validScenarioFile_hasNoErrorsAndTheReaderAgrees(Path file) throws IOException {
    // given
    JsonNode document = YAML.readTree(file.toFile());

    // when
    Set<ValidationMessage> errors = SCHEMA.validate(document);

    // then
    assertThat(errors).isEmpty();
    assertThat(new ScenarioReader(TestElections.BUILT_IN).read(file).problems()).isEmpty();
  }

  static Stream<Arguments> malformedRejected() {
    return Stream.of(
        Arguments.of("unknown-top-level-key.yaml", "property 'author' is not defined"),
        Arguments.of("unknown-act-key.yaml", "/scenarios/0/acts/0: property 'form' is not defined"),
        Arguments.of("unknown-act-type.yaml", "/scenarios/0/acts/0/type"),
        Arguments.of("unknown-actor-type.yaml", "/scenarios/0/actor/type"),
        Arguments.of("unknown-enum-form.yaml", "/scenarios/0/acts/0/form"),
        Arguments.of("unknown-election.yaml", "/scenarios/0/election"),
        Arguments.of("missing-actor-type.yaml", "/scenarios/0/actor: required property 'type' not found"),
        Arguments.of("missing-act-date.yaml", "/scenarios/0/acts/0: required property 'date' not found"),
        Arguments.of("missing-version.yaml", "required property 'version' not found"),
        Arguments.of("unsupported-version.yaml", "/version"),
        Arguments.of("wrong-type-boolean.yaml", "/scenarios/0/acts/0/activeSupport"),
        Arguments.of("wrong-type-list.yaml", "/scenarios/0/acts/0/audience"),
        Arguments.of("invalid-scenario-id.yaml", "/scenarios/0/id"),
        Arguments.of("date-wrong-format.yaml", "/scenarios/0/acts/0/date"),
        Arguments.of("date-not-exists.yaml", "/scenarios/0/acts/0/date"),
        Arguments.of("empty-scenarios.yaml", "/scenarios"),
        Arguments.of("expect-unknown-verdict.yaml", "/scenarios/0/expect/verdict"),
        Arguments.of("expect-unknown-finding-type.yaml", "/scenarios/0/expect/findings/0/type"),
        Arguments.of("circumstance-wrong-type.yaml", "/scenarios/0/acts/0/givesMoneyOrGoods"),
        Arguments.of("act-month-not-exists.yaml", "/scenarios/0/acts/0/date"),
        Arguments.of("act-range-missing-end.yaml", "/scenarios/0/acts/0/date"),
        Arguments.of("unknown-target-office.yaml", "/scenarios/0/acts/0/target/office"),
        Arguments.of("unknown-actor-holds.yaml", "/scenarios/0/actor/holds"),
        Arguments.of("election-determined-unknown-office.yaml", "/scenarios/0/election"),
        Arguments.of("case-missing-source.yaml", "/scenarios/0/case: required property 'source' not found"),
        Arguments.of("case-unknown-outcome.yaml", "/scenarios/0/case/outcome"),
        Arguments.of("case-sentence-unknown-key.yaml", "property 'denda' is not defined"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedRejected")
  void schema_malformedFixture_isRejectedAtTheOffendingKey(String fixture, String named) throws IOException {
    // given
    JsonNode document = YAML.readTree(Path.of("src/test/resources/malformed", fixture).toFile());

    // when
    Set<ValidationMessage> errors = SCHEMA.validate(document);

    // then
    assertThat(errors).isNotEmpty();
    assertThat(errors).map(ValidationMessage::getMessage).anyMatch(m -> m.contains(named));
  }

  @Test
  void schema_itself_isValidDraft202012() {
    // given
    JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

    // when
    Set<ValidationMessage> errors = meta.validate(SCHEMA_NODE);

    // then
    assertThat(errors).isEmpty();
  }

  @Test
  void schema_enums_areSpelledAsTheJavaEnums() {
    // given
    JsonNode defs = SCHEMA_NODE.get("$defs");
    JsonNode act = defs.get("act").get("properties");

    // when / then
    assertThat(names(defs.get("actor").get("properties").get("type"))).isEqualTo(names(ActorType.class));
    assertThat(names(defs.get("actor").get("properties").get("position"))).isEqualTo(names(Position.class));
    assertThat(names(act.get("type"))).isEqualTo(names(ActType.class));
    assertThat(names(act.get("form"))).isEqualTo(names(SocialMediaForm.class));
    assertThat(names(act.get("audience").get("items"))).isEqualTo(names(Audience.class));
    assertThat(names(act.get("effect"))).isEqualTo(names(Effect.class));
    assertThat(names(act.get("involved").get("items"))).isEqualTo(names(ActorType.class));
    assertThat(names(defs.get("target").get("properties").get("kind"))).isEqualTo(names(TargetKind.class));
    assertThat(names(defs.get("office"))).isEqualTo(names(Office.class));
    assertThat(names(defs.get("actor").get("properties").get("holds"))).isEqualTo(names(HeldOffice.class));
    assertThat(names(defs.get("case").get("properties").get("outcome"))).isEqualTo(names(CaseOutcome.class));
    assertThat(names(defs.get("election").get("properties").get("kind"))).isEqualTo(names(ElectionKind.class));
    assertThat(names(defs.get("expect").get("properties").get("verdict"))).isEqualTo(names(Verdict.class));
    assertThat(names(defs.get("expectedFinding").get("properties").get("type"))).isEqualTo(names(FindingType.class));
    assertThat(names(roleOf(ActType.PARTY_MEMBERSHIP))).isEqualTo(names(PartyRole.class));
    assertThat(names(roleOf(ActType.CAMPAIGN_ROLE))).isEqualTo(names(CampaignRole.class));
    assertThat(names(defs.get("scenario").get("properties").get("election").get("anyOf").get(0)))
        .isEqualTo(new TreeSet<>(TestElections.BUILT_IN.keySet()));
  }

  @Test
  void schema_keysOfEachActType_areTheCommonFieldsAndThoseOfTheType() {
    // given
    JsonNode rules = SCHEMA_NODE.get("$defs").get("act").get("allOf");

    for (ActType type : ActType.values()) {
      // when
      Set<String> keys = fieldNames(thenOf(rules, type).get("properties"));

      // then
      Set<String> expected = new HashSet<>(ActType.COMMON_FIELDS);
      expected.addAll(ActType.CIRCUMSTANCES);
      expected.addAll(type.fields());
      assertThat(keys).as(type.name()).isEqualTo(expected);
      assertThat(thenOf(rules, type).get("additionalProperties").asBoolean(true)).as(type.name()).isFalse();
    }
    assertThat(rules).hasSize(ActType.values().length);
  }

  @Test
  void schema_keysOfEachBlock_areTheKeysTheBinderAccepts() {
    // given
    JsonNode defs = SCHEMA_NODE.get("$defs");

    // when / then
    assertThat(fieldNames(SCHEMA_NODE.get("properties"))).containsExactlyInAnyOrder("version", "scenarios");
    assertThat(fieldNames(defs.get("scenario").get("properties")))
        .containsExactlyInAnyOrder("id", "title", "election", "actor", "acts", "expect", "case");
    assertThat(fieldNames(defs.get("actor").get("properties")))
        .containsExactlyInAnyOrder("id", "type", "position", "name", "resignedOn", "retiredOn", "holds", "runsFor");
    assertThat(fieldNames(defs.get("case").get("properties")))
        .containsExactlyInAnyOrder("source", "decidedBy", "decided", "outcome", "provisions", "sentence", "knownGap");
    assertThat(fieldNames(defs.get("sentence").get("properties")))
        .containsExactlyInAnyOrder("custody", "custodyMonths", "fine", "suspended", "probationMonths");
    assertThat(fieldNames(defs.get("election").get("properties")))
        .containsExactlyInAnyOrder("kind", "candidatesDetermined", "campaign", "quietPeriod", "votingDay");
    assertThat(fieldNames(defs.get("target").get("properties")))
        .containsExactlyInAnyOrder("kind", "name", "office", "independent", "spouse");
    assertThat(fieldNames(defs.get("expect").get("properties")))
        .containsExactlyInAnyOrder("verdict", "findings", "match", "openQuestions");
    assertThat(fieldNames(defs.get("expectedFinding").get("properties")))
        .containsExactlyInAnyOrder("type", "basis", "act", "sanction");
    Set<String> everyActKey = new HashSet<>(ActType.COMMON_FIELDS);
    everyActKey.addAll(ActType.CIRCUMSTANCES);
    Arrays.stream(ActType.values()).forEach(t -> everyActKey.addAll(t.fields()));
    assertThat(fieldNames(defs.get("act").get("properties"))).isEqualTo(everyActKey);
  }

  // ---- helpers

  private static JsonNode thenOf(JsonNode rules, ActType type) {
    for (JsonNode rule : rules) {
      if (rule.at("/if/properties/type/const").asText().equals(type.name())) {
        return rule.get("then");
      }
    }
    throw new AssertionError("no if/then for act type " + type);
  }

  private static JsonNode roleOf(ActType type) {
    return thenOf(SCHEMA_NODE.get("$defs").get("act").get("allOf"), type).get("properties").get("role");
  }

  private static Set<String> names(JsonNode withEnum) {
    Set<String> out = new TreeSet<>();
    withEnum.get("enum").forEach(n -> {
      if (!n.isNull()) {
        out.add(n.asText());
      }
    });
    return out;
  }

  private static <E extends Enum<E>> Set<String> names(Class<E> type) {
    Set<String> out = new TreeSet<>();
    for (E e : type.getEnumConstants()) {
      out.add(e.name());
    }
    return out;
  }

  private static Set<String> fieldNames(JsonNode object) {
    Set<String> out = new TreeSet<>();
    StreamSupport.stream(((Iterable<String>) object::fieldNames).spliterator(), false).forEach(out::add);
    return out;
  }

  private static JsonNode schemaNode() {
    try (InputStream in = ScenarioSchemaTest.class.getResourceAsStream(RESOURCE)) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
