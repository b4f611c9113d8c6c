package id.netral.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import id.netral.core.NeutralityEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The web page at {@code /} in a real browser: headless Chromium, driven through chromedriver over
 * the W3C WebDriver protocol, against the real server started in this process on a free loopback
 * port. A person fills the form for a village head's campaign post and reads the findings, pastes a
 * broken document and reads where it is broken, and switches to English and back.
 *
 * <p>Needs Debian's {@code chromium} and {@code chromium-driver} ({@code .ci/run} installs them).
 * Without them the test is skipped with a message, except in CI (the environment variable {@code CI}
 * is set), where it fails: CI must really run it.
 *
 * <p>It saves the page with findings as {@code rules-server/target/serve-page.png}, and as
 * {@code docs/serve-page.png} (shown in the README) when that file is missing or with
 * {@code -Dscreenshot.update=true}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebPageBrowserTest {
  private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
  private static final boolean UPDATE = Boolean.getBoolean("screenshot.update");

  static final String BROKEN = """
      version: 1
      scenarios:
        - id: kades-unggah
          actor: {id: kades-01, type: KADES}
          acts:
            - {type: ONLINE_CAMPAIGN, date: 2024-02-30}
      """;

  private NetralServer server;
  private WebDriverClient browser;
  private String skipped;

  @BeforeAll
  void start() throws Exception {
    Optional<Path> chromium = WebDriverClient.onPath("chromium", "chromium-browser", "google-chrome");
    Optional<Path> driver = WebDriverClient.onPath("chromedriver");
    if (chromium.isEmpty() || driver.isEmpty()) {
      String missing = "the browser test needs Chromium and chromedriver on the PATH (Debian: apt-get install chromium"
          + " chromium-driver); found " + (chromium.isEmpty() ? "no chromium" : "chromium") + " and "
          + (driver.isEmpty() ? "no chromedriver" : "chromedriver");
      if (System.getenv("CI") != null) {
        fail(missing + ". In CI (CI is set) the test must run: .ci/run installs them.");
      }
      // each test is then reported skipped with this reason (an abort here would hide it)
      skipped = missing + ". Skipped outside CI.";
      System.err.println("WebPageBrowserTest: " + skipped);
      return;
    }
    server = NetralServer.start(NeutralityEngine.withBundledRules(), NetralServer.Options.DEFAULT.withPort(0));
    browser = WebDriverClient.start(driver.get(), chromium.get(), 1280, 1400);
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @BeforeEach
  void openThePage() {
    Assumptions.assumeTrue(skipped == null, () -> skipped);
    // every test starts in Indonesian, whatever the one before chose
    browser.open(server.uri());
    browser.script("localStorage.clear();");
    browser.open(server.uri());
    WebDriverClient.await("the page to be ready", () -> browser.findAll("body[data-ready=true]").isEmpty() ? null : true);
  }

  @Test
  void form_villageHeadCampaignPostInTheCampaignPeriod_showsTheFindingsOfTheVillageLawAndTheElectionLaw() throws IOException {
    // given: the page opens in Indonesian, with a form built from the vocabulary
    assertThat(browser.script("return document.documentElement.lang;").asText()).isEqualTo("id");
    assertThat(browser.text("h1")).isEqualTo("Menilai perbuatan aparatur negara");
    assertThat(browser.findAll("#actor-type option")).hasSizeGreaterThan(15);

    // when: a person fills the form for a village head's post during the campaign of Pemilu 2024
    browser.clear("#s-id");
    browser.type("#s-id", "kades-unggah-kampanye");
    browser.type("#s-title", "Kepala desa mengunggah ajakan memilih calon di media sosial pada masa kampanye");
    browser.choose("#s-election", "pemilu-2024");
    browser.choose("#actor-type", "VILLAGE_HEAD");
    browser.clear("#actor-id");
    browser.type("#actor-id", "kades-01");
    browser.type("#actor-name", "Kepala Desa Sukamaju");
    browser.choose("#act1-type", "ONLINE_CAMPAIGN");
    browser.type("#act1-date", "2024-01-10");
    browser.choose("#act1-target-kind", "CANDIDATE");
    browser.type("#act1-target-name", "Pasangan calon 2");
    browser.click("#form-submit");

    // then: the findings, as a person reads them, and the focus on them
    awaitFindings();
    assertThat(browser.focused()).isEqualTo("results-h");
    assertThat(browser.text("#status")).startsWith("Penilaian selesai: 1 skenario, 2 temuan");
    assertThat(browser.text("#results .verdict")).isEqualTo("Ada pelanggaran");
    String results = browser.text("#results-body");
    assertThat(results)
        .contains("Temuan 1: Pasal 29 huruf j UU 6/2014", "Pasal 30 ayat (1) UU 6/2014", "teguran tertulis",
            "Bupati/wali kota, atas rekomendasi Bawaslu")
        .contains("Pasal 490 UU 7/2017", "pidana penjara paling lama 12 bulan dan denda paling banyak Rp12.000.000")
        .contains("Kepala Desa Sukamaju (kades-01) melakukan sosialisasi atau kampanye di media sosial");
    List<String> tracks = browser.findAll("#results .finding .track").stream()
        .map(e -> browser.script("return arguments[0].textContent;", element(e)).asText()).toList();
    assertThat(tracks).containsExactly("Administratif", "Pidana");

    // and: the scenario the form produced, ready to download
    assertThat(browser.text("#produced-yaml"))
        .contains("  - id: kades-unggah-kampanye", "    election: pemilu-2024", "      type: VILLAGE_HEAD",
            "      - type: ONLINE_CAMPAIGN", "        date: 2024-01-10", "          kind: CANDIDATE");
    assertThat(browser.text("#produced-download")).isEqualTo("Unduh skenario (.yaml)");
    screenshot();

    // when: the person downloads the scenario
    Path downloads = Files.createDirectories(Path.of("target", "downloads").toAbsolutePath());
    Files.deleteIfExists(downloads.resolve("kades-unggah-kampanye.yaml"));
    browser.devtools("Browser.setDownloadBehavior",
        WebDriverClient.object().put("behavior", "allow").put("downloadPath", downloads.toString()));
    browser.click("#produced-download");

    // then: a file named after the scenario, which is the scenario the form produced
    Path saved = downloads.resolve("kades-unggah-kampanye.yaml");
    WebDriverClient.await("the downloaded " + saved, () -> Files.isRegularFile(saved) && saved.toFile().length() > 0 ? true : null);
    assertThat(Files.readString(saved)).isEqualTo(browser.property("#produced-yaml", "textContent"));

    // when: the page is printed
    browser.devtools("Emulation.setEmulatedMedia", WebDriverClient.object().put("media", "print"));

    // then: a case memo: the findings and the scenario, no form and no buttons
    assertThat(display("#form-section")).isEqualTo("none");
    assertThat(display("#doc-section")).isEqualTo("none");
    assertThat(display("#print")).isEqualTo("none");
    assertThat(display(".memo-head")).isEqualTo("block");
    assertThat(display("#results")).isEqualTo("block");
    assertThat(display("#produced")).isEqualTo("block");
    save("serve-page-print.png", "main");
    browser.devtools("Emulation.setEmulatedMedia", WebDriverClient.object().put("media", ""));
  }

  @Test
  void keyboard_addingAndRemovingAnAct_movesTheFocusWhereThePersonIs() {
    // when: a person presses Enter on "add an act"
    browser.script("document.getElementById('act-add').focus();");
    browser.type("#act-add", "\uE007");

    // then: a second act, its type chosen next
    assertThat(browser.focused()).isEqualTo("act2-type");
    assertThat(browser.text("#act2 legend")).isEqualTo("Perbuatan 2");

    // when: the person removes it again with the keyboard
    browser.script("document.querySelector('#act2 button.remove').focus();");
    browser.type("#act2 button.remove", "\uE007");

    // then: back on "add an act", and the status line says so
    assertThat(browser.findAll("#act2")).isEmpty();
    assertThat(browser.focused()).isEqualTo("act-add");
    assertThat(browser.text("#status")).isEqualTo("Perbuatan dihapus.");
  }

  @Test
  void form_incomplete_listsWhatIsMissingAndSendsNothing() {
    // when: the person submits without choosing an actor type, an act type or a date
    browser.click("#form-submit");

    // then: the problems above the button, the focus on the first field missing
    assertThat(browser.text("#form-error")).contains("Formulir belum lengkap:", "Jenis pelaku: wajib diisi",
        "Perbuatan 1, Jenis perbuatan: wajib diisi", "Perbuatan 1, Tanggal: wajib diisi");
    assertThat(browser.focused()).isEqualTo("actor-type");
    assertThat(browser.property("#actor-type", "ariaInvalid")).isEqualTo("true");
    assertThat(browser.property("#results", "hidden")).isEqualTo("true");
  }

  @Test
  void documentBox_brokenScenario_showsEachProblemWithItsLineAndColumn() {
    // when: a person pastes a document with an unknown actor type and a day that does not exist
    browser.type("#doc-text", BROKEN);
    browser.click("#doc-submit");

    // then: nothing assessed, each problem located, the focus on them
    WebDriverClient.await("the problems", () -> browser.property("#problems", "hidden").equals("false") ? true : null);
    assertThat(browser.focused()).isEqualTo("problems-h");
    assertThat(browser.property("#results", "hidden")).isEqualTo("true");
    assertThat(browser.text("#status")).isEqualTo("Dokumen ditolak: 2 masalah. Tidak ada yang dinilai.");
    List<String> items = browser.findAll("#problems-list li");
    assertThat(items).hasSize(2);
    assertThat(browser.text("#problems-list li:nth-child(1)"))
        .startsWith("Baris 4, kolom 33: scenarios[0].actor.type: unknown actor type 'KADES'");
    assertThat(browser.text("#problems-list li:nth-child(2)"))
        .startsWith("Baris 6, kolom 39: scenarios[0].acts[0].date: '2024-02-30' is not a date that exists");

    // when: the person follows the first problem
    browser.click("#problems-list li:nth-child(1) button");

    // then: the caret stands at line 4, column 33 of the document box, on KADES
    assertThat(browser.focused()).isEqualTo("doc-text");
    assertThat(Integer.parseInt(browser.property("#doc-text", "selectionStart"))).isEqualTo(BROKEN.indexOf("KADES"));
    save("serve-page-problems.png", "problems");
  }

  @Test
  void languageSwitch_afterAnExampleIsAssessed_showsLabelsAndFindingsInEnglishAndBack() {
    // given: the example file of Pemilu 2024, loaded and assessed in Indonesian
    browser.choose("#example-file", "pemilu-2024.yaml");
    browser.click("#example-load");
    WebDriverClient.await("the example in the document box",
        () -> browser.property("#doc-text", "value").contains("kepala-desa-tim-kampanye") ? true : null);
    browser.click("#doc-submit");
    awaitFindings();
    assertThat(browser.text("#results-body")).contains("Bupati/wali kota, atas rekomendasi Bawaslu");
    assertThat(browser.findAll("#results table.summary tbody tr"))
        .hasSize(browser.findAll("#results article.result").size())
        .hasSizeGreaterThan(1);

    // when: the person switches to English
    assertThat(browser.text("#lang-switch")).isEqualTo("English");
    browser.click("#lang-switch");

    // then: labels, verdicts and who decides in English, the focus where it was
    WebDriverClient.await("who decides in English", () -> browser.text("#results-body")
        .contains("The regent or mayor, on the recommendation of the election supervisors (Bawaslu)") ? true : null);
    assertThat(browser.script("return document.documentElement.lang;").asText()).isEqualTo("en");
    assertThat(browser.text("h1")).isEqualTo("Assess what a member of the state apparatus did");
    assertThat(browser.text("label[for=actor-type]")).isEqualTo("Actor type");
    assertThat(browser.text("#results table.summary caption")).isEqualTo("Summary");
    assertThat(browser.text("#results .verdict")).isEqualTo("Violation");
    assertThat(browser.text("#results-body")).contains("Finding 1:", "Legal basis", "Who decides",
        "Village head Kepala Desa Sukamaju (kades-03) served on a campaign team");
    assertThat(browser.text("#lang-switch")).isEqualTo("Bahasa Indonesia");
    assertThat(browser.focused()).isEqualTo("lang-switch");
    save("serve-page-en.png", "results");

    // when: and back
    browser.click("#lang-switch");

    // then
    WebDriverClient.await("who decides in Indonesian",
        () -> browser.text("#results-body").contains("Bupati/wali kota, atas rekomendasi Bawaslu") ? true : null);
    assertThat(browser.text("h1")).isEqualTo("Menilai perbuatan aparatur negara");
    assertThat(browser.text("label[for=actor-type]")).isEqualTo("Jenis pelaku");
  }

  private String display(String css) {
    return browser.script("return getComputedStyle(document.querySelector(arguments[0])).display;", css).asText();
  }

  private void awaitFindings() {
    WebDriverClient.await("the findings", () -> browser.property("#results", "hidden").equals("false")
        && !browser.findAll("#results .finding").isEmpty() && browser.property("#results", "ariaBusy") == null ? true : null);
  }

  private static java.util.Map<String, String> element(String id) {
    return java.util.Map.of("element-6066-11e4-a52e-4f735466cecf", id);
  }

  /** The page with findings, from the results heading down. */
  private void screenshot() throws IOException {
    byte[] png = save("serve-page.png", "results");
    Path docs = REPO.resolve("docs/serve-page.png");
    if (UPDATE || !Files.exists(docs)) {
      Files.write(docs, png);
    }
  }

  /** A picture of the page from the element {@code id} down, in target/ for a person to look at. */
  private byte[] save(String name, String id) {
    browser.script("document.getElementById(arguments[0]).scrollIntoView({block: 'start'});", id);
    byte[] png = browser.screenshot();
    assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    try {
      Path target = Path.of("target", name);
      Files.createDirectories(target.getParent());
      Files.write(target, png);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return png;
  }
}
