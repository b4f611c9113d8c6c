package id.netral.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The walk-through of examples/drafting/README.md, step by step. */
class DraftingWalkthroughTest {
  private static final String SCENARIOS = "../examples/drafting/scenarios";

  @TempDir
  Path tmp;

  @Test
  void walkthrough_amendPasal494_testPassesOnTheDraftFailsOnBundledAndDiffShowsTheChange() throws Exception {
    // given
    Path draft = tmp.resolve("draft");
    assertThat(Cli.run("rules", "export", draft.toString()).exit()).isZero();
    Process amend = new ProcessBuilder("bash", "../examples/drafting/amend-pasal-494.sh", draft.toString())
        .redirectErrorStream(true).start();
    assertThat(amend.waitFor()).as(new String(amend.getInputStream().readAllBytes())).isZero();

    // when
    Cli lint = Cli.run("lint", draft.toString());
    Cli onDraft = Cli.run("test", "--rules", draft.toString(), SCENARIOS);
    Cli onBundled = Cli.run("test", SCENARIOS);
    Cli diff = Cli.run("diff", "--base", "bundled", "--candidate", draft.toString(), SCENARIOS);

    // then
    assertThat(lint.exit()).as(lint.out()).isZero();
    assertThat(onDraft.exit()).as(onDraft.out()).isZero();
    assertThat(onDraft.out()).endsWith("2 passed, 0 failed\n");
    assertThat(onBundled.exit()).isEqualTo(1);
    assertThat(onBundled.out()).endsWith("1 passed, 1 failed\n");
    assertThat(diff.exit()).isEqualTo(1);
    assertThat(diff.out()).contains("uu-1-2026/lampiran-1/angka-124\n", "sanction, fine category: III \u2192 IV");
  }
}
