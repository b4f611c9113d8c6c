package id.netral.cli;

import id.netral.core.json.ResultJson;
import id.netral.core.json.ResultJson.Options.Citations;
import id.netral.core.json.ResultJson.Options.Explain;
import picocli.CommandLine.Option;

/**
 * How much of each result {@code eval --format json|ndjson} writes: the contract's full result by
 * default, or a lean one for machines reading a stream ({@code --explain none --citations id}).
 */
final class ResultOptions {
  @Option(names = "--explain", defaultValue = "both", paramLabel = "none|id|en|both",
      description = "json/ndjson: the texts for people each result carries (explanations, questions, notices,"
          + " sanction options): none, id (Indonesian), en (English) or both. Default: ${DEFAULT-VALUE}.")
  Explain explain = Explain.BOTH;

  @Option(names = "--citations", defaultValue = "full", paramLabel = "full|id",
      description = "json/ndjson: cite provisions as {id, citation} (full) or {id} only (id; the citations are in"
          + " 'netral catalog --format json'). Default: ${DEFAULT-VALUE}.")
  Citations citations = Citations.FULL;

  ResultJson.Options options() {
    return ResultJson.Options.FULL.explain(explain).citations(citations);
  }
}
