package id.netral.cli;

import id.netral.core.NeutralityEngine;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --rules} and {@code --trust-rules}: which rules a command assesses with. */
final class RuleFolderOptions {
  @Option(names = "--rules", paramLabel = "DIR",
      description = "Use the rule folder DIR (as 'netral rules export' writes it) instead of the bundled rules. "
          + "DRL can run Java: loading a folder runs its author's code.")
  Path rules;

  @Option(names = "--trust-rules",
      description = "Compile the rule folder as it is, even when its DRL reaches outside the netral model: "
          + "it can then run any Java. Give it only for a folder whose author you trust.")
  boolean trustRules;

  /** The bundled rules, or the rule folder given, under the guard unless it is trusted. */
  NeutralityEngine engine() {
    return Common.load(rules == null ? "bundled" : rules.toString(), trustRules);
  }
}
