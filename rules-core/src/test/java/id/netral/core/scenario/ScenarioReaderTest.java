package id.netral.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import id.netral.core.Custody;
import id.netral.core.model.Act;
import id.netral.core.model.ActType;
import id.netral.core.model.Actor;
import id.netral.core.model.ActorType;
import id.netral.core.model.Audience;
import id.netral.core.model.CampaignRole;
import id.netral.core.model.CandidateStatus;
import id.netral.core.model.CaseOutcome;
import id.netral.core.model.DateRange;
import id.netral.core.model.DecidedCase;
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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScenarioReaderTest {
  private static final Path MALFORMED = Path.of("src/test/resources/malformed");
  private static final ScenarioReader READER = new ScenarioReader(TestElections.BUILT_IN);

  /** One row per fixture under {@code malformed/}: the file and every problem line, in file order. */
  static Stream<Arguments> malformedFixtures() {
    return Stream.of(
        arguments("unknown-top-level-key.yaml",
            "3:1: author: unknown key 'author'; expected one of scenarios, version"),
        arguments("unknown-act-key.yaml",
            "13:9: scenarios[0].acts[0].form: unknown key 'form' for an act of type VOTING;"
                + " expected one of audience, date, duringWorkingHours, effect, givesMoneyOrGoods, id,"
                + " inOfficialCapacity, mobilizesOthers, officialAttributes, target, type, usesStateFacilities"),
        arguments("wrong-type-boolean.yaml",
            "13:24: scenarios[0].acts[0].activeSupport: expected true or false, found a string 'ya'"),
        arguments("wrong-type-list.yaml",
            "13:19: scenarios[0].acts[0].audience: expected a list of audience names, each one of SUBORDINATES,"
                + " FAMILY, PUBLIC; found a string 'SUBORDINATES' (write [SUBORDINATES])"),
        arguments("unknown-act-type.yaml",
            "11:15: scenarios[0].acts[0].type: unknown act type 'SOCIAL_MEDIA_ENGAGMENT'; expected one of"
                + " PARTY_MEMBERSHIP, CANDIDACY, PARTY_APPROACH, CAMPAIGN_PROPS, ONLINE_CAMPAIGN,"
                + " SOCIAL_MEDIA_ENGAGEMENT, PARTISAN_PHOTO, CAMPAIGN_ATTENDANCE, CAMPAIGN_ROLE, PARTISAN_ACTIVITY,"
                + " FAVORING_DECISION, SUPPORT_LETTER, SPOUSE_CAMPAIGN, VOTING, INVOLVING_APPARATUS"),
        arguments("unknown-actor-type.yaml",
            "9:13: scenarios[0].actor.type: unknown actor type 'ASN'; expected one of PNS, PPPK, TNI, POLRI,"
                + " VILLAGE_HEAD, VILLAGE_OFFICIAL, VILLAGE_COUNCIL_MEMBER, LURAH, KELURAHAN_OFFICIAL, STATE_OFFICIAL,"
                + " REGIONAL_OFFICIAL, STATE_ENTERPRISE_STAFF, JUDGE, AUDIT_BOARD_MEMBER, CENTRAL_BANK_OFFICIAL,"
                + " CAMPAIGN_TEAM, CANDIDATE"),
        arguments("unknown-enum-form.yaml",
            "13:15: scenarios[0].acts[0].form: unknown form 'RETWEET'; expected one of POST, COMMENT, SHARE, LIKE,"
                + " FOLLOW, JOIN_GROUP"),
        arguments("unknown-election.yaml",
            "6:15: scenarios[0].election: unknown election 'pemilu-2029'; expected one of pemilu-2014-presiden,"
                + " pemilu-2019, pemilu-2024, pilkada-2015, pilkada-2017, pilkada-2018, pilkada-2020, pilkada-2024,"
                + " or an inline calendar"),
        arguments("missing-actor-type.yaml",
            "8:7: scenarios[0].actor.type: missing required key 'type'; expected one of PNS, PPPK, TNI, POLRI,"
                + " VILLAGE_HEAD, VILLAGE_OFFICIAL, VILLAGE_COUNCIL_MEMBER, LURAH, KELURAHAN_OFFICIAL, STATE_OFFICIAL,"
                + " REGIONAL_OFFICIAL, STATE_ENTERPRISE_STAFF, JUDGE, AUDIT_BOARD_MEMBER, CENTRAL_BANK_OFFICIAL,"
                + " CAMPAIGN_TEAM, CANDIDATE"),
        arguments("missing-act-date.yaml",
            "11:9: scenarios[0].acts[0].date: missing required key 'date'; expected a day as YYYY-MM-DD,"
                + " a month as YYYY-MM, or a range {from: YYYY-MM-DD, to: YYYY-MM-DD}"),
        arguments("missing-version.yaml",
            "2:1: version: missing required key 'version'; expected 'version: 1'"),
        arguments("unsupported-version.yaml",
            "2:10: version: unsupported version 2; expected 1"),
        arguments("duplicate-scenario-id.yaml",
            "9:9: scenarios[1].id: duplicate scenario id 'pns-like-unggahan-calon' (first used at line 4)"),
        arguments("duplicate-act-id.yaml",
            "9:14: scenarios[0].acts[1].id: duplicate act id 'like', first used at line 8;"
                + " expected act ids unique in the scenario"),
        arguments("duplicate-key.yaml",
            "9:7: scenarios[0].actor.type: duplicate key 'type' (first given at line 8)"),
        arguments("invalid-scenario-id.yaml",
            "4:9: scenarios[0].id: 'PNS Like Unggahan' is not a scenario id; expected lower-case letters, digits"
                + " and '-', starting with a letter or digit, e.g. pns-like-unggahan-calon"),
        arguments("date-not-exists.yaml",
            "12:15: scenarios[0].acts[0].date: '2023-02-30' is not a date that exists (2023-02 has 28 days);"
                + " expected a date as YYYY-MM-DD"),
        arguments("date-wrong-format.yaml",
            "12:15: scenarios[0].acts[0].date: expected a day as YYYY-MM-DD, a month as YYYY-MM, or a range"
                + " {from: YYYY-MM-DD, to: YYYY-MM-DD}, found a string '17-10-2023'"),
        arguments("inline-election-out-of-order.yaml",
            "8:17: scenarios[0].election.campaign: the campaign ends (2024-09-25) before it starts (2024-11-23);"
                + " expected from <= to"),
        arguments("empty-scenarios.yaml",
            "3:12: scenarios: the list is empty; a scenario file holds at least one scenario"),
        arguments("empty-file.yaml",
            "the file is empty; expected 'version: 1' and a list of 'scenarios'"),
        arguments("yaml-syntax-error.yaml",
            "9:1: not valid YAML: expected ',' or '}', but got <stream end>"
                + " (while parsing a flow mapping that starts at line 8, column 9)"),
        arguments("yaml-alias.yaml",
            "11:12: scenarios[1].actor: YAML aliases (*pns) are not accepted in scenario files; write the value out"),
        arguments("multiple-documents.yaml",
            "10:1: more than one YAML document; put every scenario under one 'scenarios' list"),
        arguments("expect-unknown-verdict.yaml",
            "15:16: scenarios[0].expect.verdict: unknown verdict 'GUILTY';"
                + " expected one of NEEDS_ASSESSMENT, NO_VIOLATION, VIOLATION"),
        arguments("expect-unknown-finding-type.yaml",
            "17:18: scenarios[0].expect.findings[0].type: unknown finding type 'PIDANA';"
                + " expected one of ADMINISTRATIVE, CRIMINAL, DISCIPLINE, ETHICS"),
        arguments("circumstance-contradicts-older-field.yaml",
            "11:29: scenarios[0].acts[0].officialAttributes: 'officialAttributes: false' contradicts"
                + " 'usesCivilServantAttributes: true' (line 10), which is a case of it; expected the same value,"
                + " or only one of them"),
        arguments("circumstance-wrong-type.yaml",
            "10:28: scenarios[0].acts[0].givesMoneyOrGoods: expected true or false, found a string 'ya'"),
        arguments("act-month-not-exists.yaml",
            "9:15: scenarios[0].acts[0].date: '2024-13' is not a month that exists (months run from 01 to"
                + " 12); expected a day as YYYY-MM-DD, a month as YYYY-MM, or a range {from: YYYY-MM-DD, to:"
                + " YYYY-MM-DD}"),
        arguments("act-range-reversed.yaml",
            "9:15: scenarios[0].acts[0].date: the range ends (2023-12-01) before it starts (2024-01-15);"
                + " expected from <= to"),
        arguments("act-range-missing-end.yaml",
            "9:15: scenarios[0].acts[0].date.to: missing required key 'to'; expected a date as YYYY-MM-DD"),
        arguments("unknown-target-office.yaml",
            "11:43: scenarios[0].acts[0].target.office: unknown office 'BUPATI'; expected one of PRESIDENT,"
                + " DPR, DPD, DPRD_PROVINCE, DPRD_REGENCY, GOVERNOR, REGENT, MAYOR"),
        arguments("unknown-actor-holds.yaml",
            "6:54: scenarios[0].actor.holds: unknown office 'KADES'; expected one of PRESIDENT,"
                + " VICE_PRESIDENT, MINISTER, GOVERNOR, VICE_GOVERNOR, REGENT, VICE_REGENT, MAYOR, VICE_MAYOR,"
                + " ACTING_REGIONAL_HEAD, REGIONAL_SECRETARY, CAMAT"),
        arguments("election-determined-unknown-office.yaml",
            "7:30: scenarios[0].election.candidatesDetermined.PRESIDEN: unknown office 'PRESIDEN'; expected"
                + " one of PRESIDENT, DPR, DPD, DPRD_PROVINCE, DPRD_REGENCY, GOVERNOR, REGENT, MAYOR"),
        arguments("case-missing-source.yaml",
            "10:7: scenarios[0].case.source: missing required key 'source'; expected the address"
                + " (https://...) of the public report"),
        arguments("case-unknown-outcome.yaml",
            "11:16: scenarios[0].case.outcome: unknown outcome 'DIVONIS'; expected one of CONVICTED,"
                + " SANCTIONED, NOT_PROSECUTED, ACQUITTED"),
        arguments("case-sentence-without-conviction.yaml",
            "13:17: scenarios[0].case.sentence: a sentence is given for a case whose outcome is"
                + " NOT_PROSECUTED; expected a sentence only with outcome CONVICTED"),
        arguments("case-sentence-unknown-key.yaml",
            "13:54: scenarios[0].case.sentence.denda: unknown key 'denda'; expected one of custody,"
                + " custodyMonths, fine, probationMonths, suspended"),
        arguments("several-problems.yaml",
            "9:17: scenarios[0].actor.position: unknown position 'ESELON_2'; expected one of SENIOR_EXECUTIVE,"
                + " STRUCTURAL, FUNCTIONAL, EXECUTIVE",
            "13:9: scenarios[0].acts[0].activeSuport: unknown key 'activeSuport' for an act of type"
                + " CAMPAIGN_ATTENDANCE; expected one of activeSupport, audience, date, duringWorkingHours, effect,"
                + " givesMoneyOrGoods, id, inOfficialCapacity, mobilizesCivilServants, mobilizesOthers,"
                + " officialAttributes, target, type, usesCivilServantAttributes, usesPartyAttributes,"
                + " usesStateFacilities",
            "15:15: scenarios[0].acts[1].date: '2024-02-31' is not a date that exists (2024-02 has 29 days);"
                + " expected a date as YYYY-MM-DD"));
  }

  private static Arguments arguments(String fixture, String... problems) {
    String name = "malformed/" + fixture;
    return Arguments.of(fixture, Stream.of(problems)
        .map(p -> p.startsWith("the file") ? name + ": " + p : name + ":" + p)
        .toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedFixtures")
  void read_malformedFixture_refusesWithOneLinePerProblem(String fixture, List<String> expected) {
    // given
    byte[] content = resource("malformed/" + fixture);

    // when
    ScenarioFile file = READER.read("malformed/" + fixture, content);

    // then
    assertThat(file.refused()).isTrue();
    assertThat(file.scenarios()).isEmpty();
    assertThat(file.problems()).map(Problem::toString).containsExactlyElementsOf(expected);
    assertThat(file.problems()).allSatisfy(p -> {
      assertThat(p.file()).isEqualTo("malformed/" + fixture);
      assertThat(p.message()).doesNotContain("\n", "\r", "Exception", "\tat ");
    });
  }

  @Test
  void malformedFolder_everyFixture_hasARowInTheTable() throws IOException {
    // given
    List<Object> tabled = malformedFixtures().map(a -> a.get()[0]).toList();

    // when
    List<String> files;
    try (Stream<Path> list = Files.list(MALFORMED)) {
      files = list.map(p -> p.getFileName().toString()).toList();
    }

    // then
    assertThat(files).containsExactlyInAnyOrderElementsOf(tabled.stream().map(String.class::cast).toList());
  }

  @Test
  void read_unknownActType_problemCarriesLineColumnPathAndAllowedValues() {
    // given
    byte[] content = resource("malformed/unknown-act-type.yaml");

    // when
    Problem problem = READER.read("x.yaml", content).problems().get(0);

    // then
    assertThat(problem.line()).isEqualTo(11);
    assertThat(problem.column()).isEqualTo(15);
    assertThat(problem.path()).isEqualTo("scenarios[0].acts[0].type");
    assertThat(problem.message())
        .startsWith("unknown act type 'SOCIAL_MEDIA_ENGAGMENT'; expected one of ")
        .contains("SOCIAL_MEDIA_ENGAGEMENT");
  }

  @Test
  void read_pathOfMalformedFile_namesTheFileAsGiven() {
    // given
    Path path = MALFORMED.resolve("unknown-election.yaml");

    // when
    ScenarioFile file = READER.read(path);

    // then
    assertThat(file.file()).isEqualTo(path.toString());
    assertThat(file.problems()).singleElement()
        .extracting(Problem::toString).asString()
        .startsWith(path + ":6:15: scenarios[0].election: unknown election 'pemilu-2029'");
  }

  @Test
  void read_missingFile_isRefusedWithoutStackTrace() {
    // given
    Path path = MALFORMED.resolve("does-not-exist.yaml");

    // when
    ScenarioFile file = READER.read(path);

    // then
    assertThat(file.refused()).isTrue();
    assertThat(file.problems()).singleElement().extracting(Problem::toString).asString()
        .isEqualTo(path + ": no such file");
  }

  @Test
  void read_sanctionNumberWithUnderscoresOrTooLarge_bindsOrReportsInsteadOfCrashing() {
    // given
    String yaml = """
        version: 1
        scenarios:
          - id: s1
            election: pemilu-2024
            actor: {id: asn-1, type: PNS}
            acts: [{type: VOTING, date: 2024-02-14}]
            expect:
              findings:
                - {type: CRIMINAL, basis: uu-7-2017/pasal-494, sanction: {maxFine: 12_000_000, minFine: 99999999999999999999}}
        """;

    // when
    ScenarioFile file = READER.read("x.yaml", yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8));

    // then
    assertThat(file.problems()).map(Problem::toString).containsExactly(
        "x.yaml:9:97: scenarios[0].expect.findings[0].sanction.minFine: the number 99999999999999999999"
            + " is too large; expected at most 9223372036854775807");
  }

  @Test
  void read_problemsInDifferentBlocks_areReportedInFileOrder() {
    // given: acts come before actor, but the binder checks actor first
    String yaml = """
        version: 1
        scenarios:
          - id: s1
            election: pemilu-2024
            acts: [{type: VOTING, date: 2024-02-30}]
            actor: {id: asn-1, type: ASN}
        """;

    // when
    ScenarioFile file = READER.read("x.yaml", yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8));

    // then
    assertThat(file.problems()).map(Problem::line).containsExactly(5, 6);
  }

  // ---- valid input

  @Test
  void read_everyFieldFixture_bindsEveryFieldIntoTheModel() {
    // given
    byte[] content = resource("valid/every-field.yaml");

    // when
    ScenarioFile file = READER.read("valid/every-field.yaml", content);

    // then
    assertThat(file.problems()).isEmpty();
    assertThat(file.scenarios()).hasSize(3);
    Scenario first = file.scenarios().get(0);
    assertThat(first.id()).isEqualTo("pns-semua-jenis-perbuatan");
    assertThat(first.title()).isEqualTo("PNS yang melakukan setiap jenis perbuatan yang dikenal format skenario");
    assertThat(first.election()).isSameAs(TestElections.PEMILU_2024);
    assertThat(first.actor()).isEqualTo(new Actor("asn-17", ActorType.PNS, Position.FUNCTIONAL, "Budi",
        LocalDate.of(2024, 6, 1), LocalDate.of(2025, 1, 31)));
    assertThat(first.acts()).containsExactly(
        act(ActType.PARTY_MEMBERSHIP, "a1", "2023-10-01").partyRole(PartyRole.OFFICER)
            .target(new Target(TargetKind.PARTY, "Partai X", null, null)).build(),
        act(ActType.CANDIDACY, "a2", "2023-10-02").resigned(false).office("DPRD Kabupaten").build(),
        act(ActType.PARTY_APPROACH, "pendekatan", "2023-10-03").onLeave(true).build(),
        act(ActType.CAMPAIGN_PROPS, "a4", "2023-12-04")
            .target(new Target(TargetKind.CANDIDATE, "Pasangan calon 1", false, false)).build(),
        act(ActType.ONLINE_CAMPAIGN, "a5", "2023-12-05").build(),
        act(ActType.SOCIAL_MEDIA_ENGAGEMENT, "a6", "2023-12-06").form(SocialMediaForm.JOIN_GROUP).build(),
        act(ActType.PARTISAN_PHOTO, "a7", "2023-12-07").partisanSymbol(true).publiclyAccessible(false).build(),
        act(ActType.CAMPAIGN_ATTENDANCE, "a8", "2023-12-08").activeSupport(true).usesPartyAttributes(false)
            .usesCivilServantAttributes(true).mobilizesCivilServants(false).usesStateFacilities(true).build(),
        act(ActType.CAMPAIGN_ROLE, "a9", "2023-12-09").campaignRole(CampaignRole.WINNING_TEAM).build(),
        act(ActType.PARTISAN_ACTIVITY, "a10", "2023-12-10")
            .audience(Set.of(Audience.SUBORDINATES, Audience.PUBLIC)).build(),
        act(ActType.FAVORING_DECISION, "a11", "2023-12-11").effect(Effect.HARMS).build(),
        act(ActType.SUPPORT_LETTER, "a12", "2023-12-12").build(),
        act(ActType.SPOUSE_CAMPAIGN, "a13", "2023-12-13").onLeave(false)
            .target(new Target(TargetKind.CANDIDATE, null, null, true)).build(),
        act(ActType.VOTING, "a14", "2024-02-14").build(),
        act(ActType.INVOLVING_APPARATUS, "a15", "2023-12-15")
            .involved(Set.of(ActorType.VILLAGE_HEAD, ActorType.TNI)).build());
    Map<String, Object> sanction = new LinkedHashMap<>();
    sanction.put("kind", "CRIMINAL_PENALTY");
    sanction.put("custody", "KURUNGAN");
    sanction.put("maxFine", 12_000_000L);
    sanction.put("cumulative", true);
    assertThat(first.expect()).isEqualTo(new Expectation("VIOLATION", List.of(
            new ExpectedFinding("ETHICS", "skb-2022/lampiran-2/kode-etik/4", "a6", Map.of()),
            new ExpectedFinding("CRIMINAL", "uu-7-2017/pasal-494", null, sanction)),
        true, List.of("target")));
  }

  @Test
  void read_actsWithoutBooleans_leaveThemNullNotFalse() {
    // given
    byte[] content = resource("valid/every-field.yaml");

    // when
    Scenario second = READER.read("valid/every-field.yaml", content).scenarios().get(1);

    // then
    Act attendance = second.acts().get(0);
    assertThat(attendance.activeSupport()).isNull();
    assertThat(attendance.usesPartyAttributes()).isNull();
    assertThat(attendance.usesCivilServantAttributes()).isNull();
    assertThat(attendance.mobilizesCivilServants()).isNull();
    assertThat(attendance.usesStateFacilities()).isNull();
    assertThat(attendance.target()).isNull();
    assertThat(second.acts().get(1).audience()).isEmpty();
    assertThat(second.actor()).isEqualTo(new Actor("pppk-02", ActorType.PPPK, null, null, null, null));
    assertThat(second.title()).isNotNull();
    assertThat(second.expect()).isNull();
  }

  @Test
  void read_inlineElectionWithoutQuietPeriod_derivesItFromCampaignAndVotingDay() {
    // given
    byte[] content = resource("valid/every-field.yaml");

    // when
    Election election = READER.read("valid/every-field.yaml", content).scenarios().get(1).election();

    // then
    assertThat(election).isEqualTo(new Election(null, ElectionKind.PILKADA, LocalDate.of(2024, 9, 22),
        new DateRange(LocalDate.of(2024, 9, 25), LocalDate.of(2024, 11, 23)),
        new DateRange(LocalDate.of(2024, 11, 24), LocalDate.of(2024, 11, 26)), LocalDate.of(2024, 11, 27)));
  }

  @Test
  void read_inlineElectionWithQuietPeriodAndNoActs_keepsThemAsGiven() {
    // given
    byte[] content = resource("valid/every-field.yaml");

    // when
    Scenario third = READER.read("valid/every-field.yaml", content).scenarios().get(2);

    // then
    assertThat(third.id()).isEqualTo("2019-masa-tenang-sendiri");
    assertThat(third.title()).isNull();
    assertThat(third.election().quietPeriod())
        .isEqualTo(new DateRange(LocalDate.of(2019, 4, 14), LocalDate.of(2019, 4, 15)));
    assertThat(third.election().kind()).isEqualTo(ElectionKind.PEMILU);
    assertThat(third.acts()).isEmpty();
    assertThat(third.expect()).isEqualTo(new Expectation("NO_VIOLATION", List.of(), false, null));
  }

  @Test
  void read_complaintFieldsFixture_bindsCircumstancesPeriodsOfficesAndCase() {
    // given
    byte[] content = resource("valid/complaint-fields.yaml");

    // when
    ScenarioFile file = READER.read("valid/complaint-fields.yaml", content);

    // then
    assertThat(file.problems()).isEmpty();
    Scenario first = file.scenarios().get(0);
    assertThat(first.actor()).isEqualTo(new Actor("kades-01", ActorType.VILLAGE_HEAD, null, null, null, null,
        HeldOffice.CAMAT, Office.DPRD_REGENCY));
    Act online = first.acts().get(0);
    assertThat(online.date()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(online.period()).isEqualTo(new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31)));
    assertThat(online.target()).isEqualTo(new Target(TargetKind.CANDIDATE, "Calon anggota DPR X", Office.DPR, null, null));
    assertThat(online.effect()).isEqualTo(Effect.BENEFITS);
    assertThat(online.audience()).containsExactly(Audience.PUBLIC);
    assertThat(online.usesStateFacilities()).isFalse();
    assertThat(online.officialAttributes()).isTrue();
    assertThat(online.duringWorkingHours()).isTrue();
    assertThat(online.inOfficialCapacity()).isFalse();
    assertThat(online.givesMoneyOrGoods()).isFalse();
    assertThat(online.mobilizesOthers()).isTrue();
    Act attendance = first.acts().get(1);
    assertThat(attendance.period()).isEqualTo(new DateRange(LocalDate.of(2023, 12, 1), LocalDate.of(2024, 1, 15)));
    assertThat(attendance.officialAttributesEstablished()).isTrue();
    assertThat(attendance.mobilizesOthersEstablished()).isFalse();
    assertThat(first.decidedCase()).isEqualTo(new DecidedCase("https://example.org/putusan/123-pid-sus-2024",
        "PN Contoh, putusan 123/Pid.Sus/2024/PN Ctt", LocalDate.of(2024, 5, 10), CaseOutcome.CONVICTED,
        List.of("uu-7-2017/pasal-490"), new Sentence(Custody.PENJARA, 3, 6_000_000L, true, 6),
        "the rules do not yet read 'effect' on an online campaign"));
    Scenario second = file.scenarios().get(1);
    assertThat(second.election()).isNull();
    assertThat(second.actor().type()).isEqualTo(ActorType.LURAH);
    assertThat(second.acts().get(0).period()).isNull();
    assertThat(second.decidedCase().outcome()).isEqualTo(CaseOutcome.NOT_PROSECUTED);
    Election byOffice = file.scenarios().get(2).election();
    assertThat(byOffice.candidatesDetermined()).isEqualTo(LocalDate.of(2023, 11, 13));
    assertThat(byOffice.candidatesDetermined(Office.DPR)).isEqualTo(LocalDate.of(2023, 11, 3));
    assertThat(byOffice.candidatesDetermined(Office.DPD)).isEqualTo(LocalDate.of(2023, 11, 13));
    assertThat(byOffice.candidateStatusOn(LocalDate.of(2023, 11, 5), Office.DPR)).isEqualTo(CandidateStatus.CALON);
    assertThat(byOffice.candidateStatusOn(LocalDate.of(2023, 11, 5), Office.PRESIDENT))
        .isEqualTo(CandidateStatus.BAKAL_CALON);
  }

  // ---- NDJSON

  @Test
  void readJsonLine_validScenario_bindsIt() {
    // given
    String line = "{\"id\":\"s1\",\"election\":\"pemilu-2024\",\"actor\":{\"id\":\"asn-1\",\"type\":\"PNS\"},"
        + "\"acts\":[{\"type\":\"SOCIAL_MEDIA_ENGAGEMENT\",\"date\":\"2023-10-17\",\"form\":\"LIKE\"}]}";

    // when
    ScenarioFile file = READER.readJsonLine("batch.ndjson", 3, line);

    // then
    assertThat(file.problems()).isEmpty();
    assertThat(file.scenarios()).containsExactly(new Scenario("s1", null, TestElections.PEMILU_2024,
        new Actor("asn-1", ActorType.PNS, null, null, null, null),
        List.of(act(ActType.SOCIAL_MEDIA_ENGAGEMENT, "a1", "2023-10-17").form(SocialMediaForm.LIKE).build()),
        null));
  }

  @Test
  void readJsonLine_unknownActorType_isRefusedAtTheLineOfTheStream() {
    // given
    String line = "{\"id\":\"s1\",\"election\":\"pemilu-2024\",\"actor\":{\"id\":\"asn-1\",\"type\":\"ASN\"},\"acts\":[]}";

    // when
    ScenarioFile file = READER.readJsonLine("batch.ndjson", 7, line);

    // then
    assertThat(file.scenarios()).isEmpty();
    assertThat(file.problems()).map(Problem::toString).containsExactly(
        "batch.ndjson:7:66: actor.type: unknown actor type 'ASN'; expected one of PNS, PPPK, TNI, POLRI,"
            + " VILLAGE_HEAD, VILLAGE_OFFICIAL, VILLAGE_COUNCIL_MEMBER, LURAH, KELURAHAN_OFFICIAL, STATE_OFFICIAL,"
            + " REGIONAL_OFFICIAL, STATE_ENTERPRISE_STAFF, JUDGE, AUDIT_BOARD_MEMBER, CENTRAL_BANK_OFFICIAL,"
            + " CAMPAIGN_TEAM, CANDIDATE");
  }

  @Test
  void readJsonLine_brokenJson_isOneLineSyntaxProblem() {
    // given
    String line = "{\"id\":\"s1\",";

    // when
    ScenarioFile file = READER.readJsonLine("batch.ndjson", 2, line);

    // then
    assertThat(file.scenarios()).isEmpty();
    assertThat(file.problems()).map(Problem::toString).containsExactly(
        "batch.ndjson:2:12: not valid JSON: Unexpected end-of-input within/between Object entries");
  }

  @Test
  void readJsonLine_emptyLine_isRefused() {
    // given
    String line = "";

    // when
    ScenarioFile file = READER.readJsonLine("batch.ndjson", 4, line);

    // then
    assertThat(file.problems()).map(Problem::toString)
        .containsExactly("batch.ndjson:4:1: empty line; expected one scenario as a JSON object");
  }

  // ---- helpers

  private static Act.Builder act(ActType type, String id, String date) {
    return Act.builder(type, LocalDate.parse(date)).id(id);
  }

  private static byte[] resource(String name) {
    try (InputStream in = ScenarioReaderTest.class.getResourceAsStream("/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
