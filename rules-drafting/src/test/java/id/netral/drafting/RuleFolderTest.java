package id.netral.drafting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.netral.core.Assessment;
import id.netral.core.NeutralityEngine;
import id.netral.core.RuleSetException;
import id.netral.core.internal.RuleSetRuntime;
import id.netral.core.model.Act;
import id.netral.core.model.ActType;
import id.netral.core.model.Actor;
import id.netral.core.model.ActorType;
import id.netral.core.model.CampaignRole;
import id.netral.core.model.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleFolderTest {
  private static final String PASAL_494 = "rules/uu7_2017/pasal_494.drl";

  @TempDir
  Path dir;

  private Path exported() {
    RuleSetRuntime.exportBundled(getClass().getClassLoader(), dir);
    return dir;
  }

  private static Scenario pnsOnCampaignTeam(NeutralityEngine engine) {
    return new Scenario("s", null, engine.catalog().elections().get("pemilu-2024"),
        new Actor("asn-1", ActorType.PNS, null, null, null, null),
        List.of(Act.builder(ActType.CAMPAIGN_ROLE, LocalDate.of(2023, 12, 1)).campaignRole(CampaignRole.TEAM_MEMBER).build()),
        null);
  }

  @Test
  void exportedBundledRules_loadedAsAFolder_assessLikeTheBundledRules() {
    // given
    NeutralityEngine bundled = NeutralityEngine.withBundledRules();
    NeutralityEngine folder = NeutralityEngine.withRuleFolder(exported(), false);

    // when
    Assessment a = bundled.assess(pnsOnCampaignTeam(bundled));
    Assessment b = folder.assess(pnsOnCampaignTeam(folder));

    // then
    assertThat(b.findings()).isEqualTo(a.findings());
    assertThat(b.receipt().catalogDigest()).isEqualTo(a.receipt().catalogDigest());
  }

  @Test
  void changedSanctionInTheFolder_assessed_carriesTheNewSanction() throws IOException {
    // given
    Path folder = exported();
    Path yaml = folder.resolve("provisions/uu-7-2017.yaml");
    Files.writeString(yaml, Files.readString(yaml).replaceFirst(
        "(?s)(id: uu-7-2017/pasal-494\\n.*?maxCustodyMonths: )12", "$124"));
    NeutralityEngine engine = NeutralityEngine.withRuleFolder(folder, false);

    // when
    Assessment a = engine.assess(pnsOnCampaignTeam(engine));

    // then
    assertThat(a.findings().get(0).sanction().maxCustodyMonths()).isEqualTo(24);
  }

  @Test
  void drlSyntaxError_loaded_isReportedWithTheDrlFileLineAndColumn() throws IOException {
    // given
    Path folder = exported();
    Path drl = folder.resolve(PASAL_494);
    Files.writeString(drl, Files.readString(drl).replace("$act : ActFact( actType == ActType.CAMPAIGN_ROLE,",
        "$act : ActFact( actType == == ActType.CAMPAIGN_ROLE,"));

    // then
    assertThatThrownBy(() -> NeutralityEngine.withRuleFolder(folder, false))
        .isInstanceOf(RuleSetException.class)
        .hasMessageMatching("(?s)" + java.util.regex.Pattern.quote(folder.resolve(PASAL_494).toString()) + ":\\d+:\\d+: .*");
  }

  @Test
  void ruleCitingUnknownProvision_loaded_isReportedWithItsFileAndRule() throws IOException {
    // given
    Path folder = exported();
    Path drl = folder.resolve(PASAL_494);
    Files.writeString(drl, Files.readString(drl).replaceFirst("uu-7-2017/pasal-280/ayat-3, uu-7-2017/pasal-494\"\\)\n    @track",
        "uu-7-2017/pasal-280/ayat-3, uu-7-2017/pasal-999\")\n    @track"));

    // then
    assertThatThrownBy(() -> NeutralityEngine.withRuleFolder(folder, false))
        .isInstanceOf(RuleSetException.class)
        .hasMessage(folder.resolve(PASAL_494) + ": rule \"uu-7-2017/pasal-494 aparat menjadi pelaksana atau tim kampanye Pemilu\": "
            + "@basis cites 'uu-7-2017/pasal-999', which is not in the catalog");
  }

  @Test
  void drlFileNotInTheManifest_loaded_isRefusedByName() throws IOException {
    // given
    Path folder = exported();
    Files.writeString(folder.resolve("rules/uu7_2017/baru.drl"), "package id.netral.catalog.rules.uu7_2017;\n");

    // then
    assertThatThrownBy(() -> NeutralityEngine.withRuleFolder(folder, false))
        .hasMessageStartingWith(folder.resolve("rules/uu7_2017/baru.drl") + ": not listed in ");
  }

  @Test
  void drlReachingOutsideTheModel_loadedUntrusted_isRefusedAndTrustedIsLoaded() throws IOException {
    // given
    Path folder = exported();
    Path drl = folder.resolve(PASAL_494);
    Files.writeString(drl, Files.readString(drl).replace("import id.netral.core.rules.ActFact;",
        "import id.netral.core.rules.ActFact;\nimport java.io.File;"));

    // then
    assertThatThrownBy(() -> NeutralityEngine.withRuleFolder(folder, false))
        .hasMessageStartingWith(folder.resolve(PASAL_494) + ":7: import java.io.File reaches outside the netral model");
    assertThat(NeutralityEngine.withRuleFolder(folder, true).catalog().version()).isEqualTo("2026.1");
  }

  @Test
  void consequenceCallingSystemExit_loadedUntrusted_isRefused() throws IOException {
    // given
    Path folder = exported();
    Path drl = folder.resolve(PASAL_494);
    Files.writeString(drl, Files.readString(drl).replaceFirst("then\n", "then\n    System.exit(1);\n"));

    // then
    assertThatThrownBy(() -> NeutralityEngine.withRuleFolder(folder, false))
        .hasMessageContaining(PASAL_494).hasMessageContaining("System reaches outside the engine");
  }
}
