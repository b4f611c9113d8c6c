package id.netral.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import id.netral.core.Assessment;
import id.netral.core.Finding;
import id.netral.core.LegalBasis;
import id.netral.core.model.Scenario;
import id.netral.core.scenario.ScenarioFile;
import id.netral.core.scenario.ScenarioReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The issue's own examples of conduct reaching the provisions through the characterisation layer:
 * a village head's WhatsApp campaign, the same by a lurah, and a PNS's party membership with no
 * election in the file.
 */
class ConductReachesProvisionsTest {

  private static Assessment assess(String yaml) {
    ScenarioFile file = new ScenarioReader(Suites.ENGINE.catalog().elections())
        .read("inline.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    assertThat(file.problems()).isEmpty();
    Scenario scenario = file.scenarios().get(0);
    return Suites.ENGINE.assess(scenario);
  }

  private static List<String> basisIds(Assessment a) {
    return a.findings().stream().map(Finding::basis).flatMap(List::stream).map(LegalBasis::id).toList();
  }

  private static String whatsApp(String actorType, String election, String date) {
    return """
        version: 1
        scenarios:
          - id: kampanye-grup-wa
            election: %s
            actor: {id: x, type: %s}
            acts:
              - {type: ONLINE_CAMPAIGN, date: %s, target: {kind: CANDIDATE, name: Calon X}}
        """.formatted(election, actorType, date);
  }

  @Test
  void villageHeadWhatsAppCampaign_pemiluCampaign_raisesPasal490AndVillageLaw() {
    // when
    Assessment a = assess(whatsApp("VILLAGE_HEAD", "pemilu-2024", "2024-01-10"));

    // then
    assertThat(basisIds(a)).contains("uu-7-2017/pasal-490", "uu-6-2014/pasal-29/huruf-j");
  }

  @Test
  void villageHeadWhatsAppCampaign_pilkadaCampaign_raisesPasal71And188() {
    // when
    Assessment a = assess(whatsApp("VILLAGE_HEAD", "pilkada-2024", "2024-10-10"));

    // then
    assertThat(basisIds(a)).contains("uu-1-2015/pasal-71/ayat-1", "uu-1-2015/pasal-188", "uu-6-2014/pasal-29/huruf-j");
  }

  @Test
  void villageHeadWhatsAppCampaign_twoWaysToTakePart_oneFindingPerRule() {
    // when: campaigning online is both a campaign role and a benefiting act in the campaign period
    Assessment a = assess(whatsApp("VILLAGE_HEAD", "pilkada-2024", "2024-10-10"));

    // then
    assertThat(a.findings()).extracting(Finding::rule).doesNotHaveDuplicates();
  }

  @Test
  void lurahWhatsAppCampaign_pilkadaCampaign_raisesPasal188AndNoVillageLaw() {
    // when
    Assessment a = assess(whatsApp("LURAH", "pilkada-2024", "2024-10-10"));

    // then
    assertThat(basisIds(a)).contains("uu-1-2015/pasal-188").noneMatch(id -> id.startsWith("uu-6-2014/"));
  }

  @Test
  void lurahWhatsAppCampaign_pemiluCampaign_noPasal490() {
    // when
    Assessment a = assess(whatsApp("LURAH", "pemilu-2024", "2024-01-10"));

    // then
    assertThat(basisIds(a)).doesNotContain("uu-7-2017/pasal-490").noneMatch(id -> id.startsWith("uu-6-2014/"));
  }

  @Test
  void pnsJoinsPartyIn2022_noElectionInTheFile_getsUu5Of2014Pasal87() {
    // when
    Assessment a = assess("""
        version: 1
        scenarios:
          - id: pns-parpol-2022
            actor: {id: x, type: PNS}
            acts:
              - {type: PARTY_MEMBERSHIP, date: 2022-03-01, role: MEMBER}
        """);

    // then
    assertThat(basisIds(a)).anyMatch(id -> id.startsWith("uu-5-2014/pasal-87"));
  }
}
