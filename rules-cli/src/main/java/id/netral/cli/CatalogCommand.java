package id.netral.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.netral.core.NeutralityEngine;
import id.netral.core.catalog.Catalog;
import id.netral.core.catalog.Provision;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code netral catalog}. */
@Command(
    name = "catalog",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the provisions of the rule set: id, citation, paraphrase in Indonesian and English, the",
      "days of acts it applies to, how well its text was verified (confidence), and the rules that",
      "cite it."
    })
final class CatalogCommand implements Callable<Integer> {
  enum Format { text, json }

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Mixin
  Common common;

  @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
      description = "text or json. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    NeutralityEngine engine = common.engine();
    Catalog catalog = engine.catalog();
    List<Provision> provisions = catalog.provisions();
    if (format == Format.json) {
      // the document GET /v1/catalog answers: one writer for both
      ObjectNode doc = id.netral.server.CatalogJson.catalog(engine);
      out.println(doc.toPrettyString());
      out.flush();
      return 0;
    }
    out.println("netral catalog " + catalog.version() + " (" + catalog.digest() + ")");
    out.println();
    for (Provision p : provisions) {
      out.println(p.id() + "  [" + p.confidence() + (p.encoded() ? ", encoded" : "") + "]");
      out.println("    " + p.citation() + ", for acts " + range(p));
      out.println("    id: " + p.paraphrase().id());
      out.println("    en: " + p.paraphrase().en());
      List<String> rules = engine.rulesCiting(p.id());
      if (!rules.isEmpty()) {
        out.println("    rules: " + String.join(", ", rules));
      }
    }
    out.println();
    out.println(provisions.size() + " provisions, " + provisions.stream().filter(Provision::encoded).count() + " encoded");
    out.flush();
    return 0;
  }

  private static String range(Provision p) {
    String from = p.inForce().from() == null ? "any day" : "from " + p.inForce().from();
    return p.inForce().to() == null ? from : from + " to " + p.inForce().to();
  }
}
