package id.netral.core.internal;

import java.util.List;
import org.kie.api.KieBase;

/**
 * Compiles the DRL files of a rule folder into a KieBase at load time. Provided by the module
 * {@code id.netral:rules-drafting} through {@link java.util.ServiceLoader}; an embedding system that
 * runs only the bundled, precompiled rules does not carry it, so the engine can never fall back to
 * compiling DRL without saying so.
 */
public interface RuleCompiler {

  /**
   * What in {@code drlFiles} reaches outside the netral model, one line each ({@code
   * file:line:column: ...}); empty when the files may be compiled without trusting their author.
   * Parses and checks; compiles nothing and runs nothing of the files.
   */
  List<String> untrusted(RuleSource source, List<String> drlFiles);

  /**
   * Compiles {@code drlFiles} (paths relative to the rule set's root, as the manifest lists them).
   *
   * @throws id.netral.core.RuleSetException naming {@code file:line:column} of the first errors
   */
  KieBase compile(RuleSource source, List<String> drlFiles);
}
