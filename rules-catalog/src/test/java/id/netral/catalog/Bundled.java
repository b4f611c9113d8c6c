package id.netral.catalog;

import id.netral.core.catalog.Catalog;
import id.netral.core.catalog.Interpretation;
import id.netral.core.internal.Evaluator;
import id.netral.core.internal.RuleSetRuntime;
import id.netral.core.internal.RuleSource;
import java.util.List;

/** The bundled rule set, and the same rules with one interpretation choice overridden, for tests. */
final class Bundled {
  static final RuleSetRuntime RUNTIME = RuleSetRuntime.bundled(Bundled.class.getClassLoader());

  private Bundled() {}

  /** An evaluator of the bundled rules, with interpretation {@code id} set to {@code choice}. */
  static Evaluator withChoice(String id, String choice) {
    Catalog c = RUNTIME.catalog();
    List<Interpretation> changed = c.interpretations().stream()
        .map(i -> i.id().equals(id)
            ? new Interpretation(i.id(), i.question(), choice, i.options(), i.reasons(), i.sources(), i.rules())
            : i)
        .toList();
    Catalog overridden = new Catalog(c.version(), c.digest(), c.instruments(), c.provisions(), c.elections(),
        c.questions(), changed, c.consequences());
    return new Evaluator(RuleSetRuntime.of(overridden, RUNTIME.kieBase(),
        RuleSource.classpath(Bundled.class.getClassLoader(), "id/netral/catalog")));
  }
}
