package id.netral.catalog;

import id.netral.core.NeutralityEngine;

/** The bundled rules with one interpretation choice overridden, for tests. */
final class Bundled {
  private static final NeutralityEngine ENGINE = NeutralityEngine.withBundledRules();

  private Bundled() {}

  /** An engine of the bundled rules, with interpretation {@code id} set to {@code choice}, through the public API. */
  static NeutralityEngine withChoice(String id, String choice) {
    return ENGINE.withInterpretation(id, choice);
  }
}
