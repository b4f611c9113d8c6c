package id.netral.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.netral.core.Language;
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
    header = "Lists the provisions of the rule set.",
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
    boolean id = common.lang == Language.ID;
    out.println((id ? "katalog netral " : "netral catalog ") + catalog.version() + " (" + catalog.digest() + ")");
    out.println();
    for (Provision p : provisions) {
      if (id) {
        // Indonesian only: the English paraphrase is for readers of --lang en (and of the JSON)
        out.println(p.id() + "  [keyakinan " + confidence(p.confidence()) + (p.encoded() ? ", dikodekan" : "") + "]");
        out.println("    " + p.citation() + ", untuk perbuatan " + range(p, true));
        out.println("    parafrasa: " + p.paraphrase().indonesian());
      } else {
        out.println(p.id() + "  [" + p.confidence() + (p.encoded() ? ", encoded" : "") + "]");
        out.println("    " + p.citation() + ", for acts " + range(p, false));
        out.println("    id: " + p.paraphrase().indonesian());
        out.println("    en: " + p.paraphrase().english());
      }
      List<String> rules = engine.rulesCiting(p.id());
      if (!rules.isEmpty()) {
        out.println("    " + (id ? "aturan" : "rules") + ": " + String.join(", ", rules));
      }
    }
    out.println();
    long encoded = provisions.stream().filter(Provision::encoded).count();
    out.println(provisions.size() + (id ? " ketentuan, " + encoded + " dikodekan" : " provisions, " + encoded + " encoded"));
    out.flush();
    return 0;
  }

  /** The catalog's confidence (high, medium, low) in Indonesian. */
  private static String confidence(String confidence) {
    return switch (confidence == null ? "" : confidence) {
      case "high" -> "tinggi";
      case "medium" -> "sedang";
      case "low" -> "rendah";
      default -> String.valueOf(confidence);
    };
  }

  private static String range(Provision p, boolean id) {
    String from = p.inForce().from() == null ? (id ? "pada hari apa pun" : "any day")
        : (id ? "sejak " : "from ") + p.inForce().from();
    return p.inForce().to() == null ? from : from + (id ? " sampai " : " to ") + p.inForce().to();
  }
}
