/**
 * netral's model, scenario reader and engine API.
 *
 * <p>Exported: {@code id.netral.core} (engine and results), {@code id.netral.core.model} (facts),
 * {@code id.netral.core.scenario} (scenario files), {@code id.netral.core.catalog} (the provision
 * catalog), {@code id.netral.core.json} (the result JSON) and {@code id.netral.core.rules} (the
 * vocabulary the rules are written in). {@code id.netral.core.internal} is the Drools wiring, shared
 * only with netral's own modules and free to change in any release.
 *
 * <p>Drools 10 ships no module descriptors, only {@code Automatic-Module-Name} entries, so its jars
 * are required here as automatic modules; {@code rules-drafting} and the command are automatic
 * modules named in their manifests ({@code id.netral.drafting}, {@code id.netral.cli}).
 */
@SuppressWarnings({"module", "requires-automatic", "requires-transitive-automatic"})
module id.netral.core {
  requires transitive com.fasterxml.jackson.databind; // ResultJson returns Jackson nodes
  requires com.fasterxml.jackson.dataformat.yaml;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires org.yaml.snakeyaml;
  requires org.kie.api;
  requires org.drools.base;
  requires org.drools.canonicalmodel;
  requires org.drools.core;
  requires org.drools.modelcompiler;

  exports id.netral.core;
  exports id.netral.core.catalog;
  exports id.netral.core.json;
  exports id.netral.core.model;
  exports id.netral.core.rules;
  exports id.netral.core.scenario;
  exports id.netral.core.internal to id.netral.drafting, id.netral.cli;
  // the catalog's YAML (a rule folder's, or the bundled one without its binary form) is bound to
  // records of the internal package
  opens id.netral.core.internal to com.fasterxml.jackson.databind;

  uses id.netral.core.internal.RuleCompiler;
}
