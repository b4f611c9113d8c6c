package id.netral.core.internal;

import id.netral.core.Assessment;
import id.netral.core.Finding;
import id.netral.core.Language;
import id.netral.core.LegalBasis;
import id.netral.core.LocalizedText;
import id.netral.core.OpenQuestion;
import id.netral.core.Sanction;
import id.netral.core.Verdict;
import id.netral.core.catalog.Authority;
import id.netral.core.catalog.Catalog;
import id.netral.core.catalog.Provision;
import id.netral.core.catalog.SanctionTemplate;
import id.netral.core.model.Act;
import id.netral.core.model.Scenario;
import id.netral.core.rules.ActFact;
import id.netral.core.rules.Conclusions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Assesses scenarios against one {@link RuleSetRuntime}. Each thread gets its own KieSession,
 * reused across assessments: the facts of one scenario are deleted before the next is inserted.
 */
public final class Evaluator {
  private final RuleSetRuntime runtime;
  private final ThreadLocal<Worker> workers;
  private final Map<String, Compiled> compiled = new java.util.HashMap<>();

  /** What a rule's findings carry that does not depend on the act: read once, at load. */
  private record Compiled(RuleSpec spec, LegalBasis[] basis, id.netral.core.model.DateRange[] inForce,
      Provision primary, Sanction sanction, List<Authority> authority) {}

  /** An evaluator for {@code runtime}. */
  public Evaluator(RuleSetRuntime runtime) {
    this.runtime = runtime;
    this.workers = ThreadLocal.withInitial(() -> new Worker(runtime));
    Catalog catalog = runtime.catalog();
    for (RuleSpec spec : runtime.rules().values()) {
      LegalBasis[] basis = new LegalBasis[spec.basis().size()];
      id.netral.core.model.DateRange[] ranges = new id.netral.core.model.DateRange[basis.length];
      for (int i = 0; i < basis.length; i++) {
        Provision p = catalog.provision(spec.basis().get(i)).orElseThrow();
        basis[i] = new LegalBasis(p.id(), p.citation());
        ranges[i] = p.inForce();
      }
      Sanction sanction = null;
      List<Authority> authority = List.of();
      if (spec.sanction() != null) {
        Provision p = catalog.provision(spec.sanction()).orElseThrow();
        sanction = sanction(p, catalog);
        authority = p.authority();
      }
      compiled.put(spec.name(), new Compiled(spec, basis, ranges,
          catalog.provision(spec.basis().get(0)).orElseThrow(), sanction, authority));
    }
  }

  /** The rule set. */
  public RuleSetRuntime runtime() {
    return runtime;
  }

  /** Assesses {@code scenario}. */
  public Assessment assess(Scenario scenario) {
    Worker worker = workers.get();
    List<Hit> hits;
    try {
      hits = worker.run(scenario);
    } catch (RuntimeException e) {
      workers.remove();
      throw new IllegalStateException("scenario '" + scenario.id() + "': a rule failed: " + e.getMessage(), e);
    }
    return assemble(scenario, hits);
  }

  private record Hit(String rule, ActFact act, boolean question) {}

  private static final class Worker implements Conclusions {
    private final RuleSetRuntime runtime;
    private final KieSession session;
    private final List<Hit> hits = new ArrayList<>();
    private final List<FactHandle> handles = new ArrayList<>();

    Worker(RuleSetRuntime runtime) {
      this.runtime = runtime;
      this.session = runtime.kieBase().newKieSession();
      if (runtime.hasGlobal()) {
        session.setGlobal("conclude", this);
      }
    }

    List<Hit> run(Scenario scenario) {
      hits.clear();
      handles.clear();
      Catalog catalog = runtime.catalog();
      try {
        List<Act> acts = scenario.acts();
        for (int i = 0; i < acts.size(); i++) {
          handles.add(session.insert(new ActFact(scenario.actor(), acts.get(i), scenario.election(), i, catalog)));
        }
        session.fireAllRules();
        return List.copyOf(hits);
      } finally {
        for (FactHandle h : handles) {
          session.delete(h);
        }
        handles.clear();
        hits.clear();
      }
    }

    @Override
    public void finding(String rule, ActFact act) {
      hits.add(new Hit(rule, act, false));
    }

    @Override
    public void ask(String rule, ActFact act) {
      hits.add(new Hit(rule, act, true));
    }
  }

  private Assessment assemble(Scenario scenario, List<Hit> hits) {
    Catalog catalog = runtime.catalog();
    List<Finding> findings = new ArrayList<>(hits.size());
    Map<String, QuestionBuilder> questions = new LinkedHashMap<>();
    // in the order findings are listed: by act, then track, then rule id (questions have no track)
    List<Hit> sorted = new ArrayList<>(hits);
    sorted.sort(Comparator.comparingInt((Hit h) -> h.act().getIndex())
        .thenComparing(h -> compiled(h).spec().track(), Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(h -> compiled(h).spec().id()));
    // an act's part of the explanation is the same for each of its findings: written once per act
    // (the hits are sorted by act, so an act's findings follow each other)
    Head head = null;
    for (Hit hit : sorted) {
      Compiled c = compiled(hit);
      List<LegalBasis> basis = basis(c, hit.act().getDate());
      if (hit.question()) {
        questions.computeIfAbsent(hit.act().getAct().id() + "\u0000" + c.spec().asks(),
                k -> new QuestionBuilder(hit.act().getIndex(), hit.act().getAct().id(), c.spec().asks()))
            .basis.addAll(basis);
      } else {
        if (head == null || head.act != hit.act()) {
          head = new Head(hit.act());
        }
        findings.add(finding(c, hit.act(), basis, head));
      }
    }
    List<OpenQuestion> open = questions.values().stream()
        .sorted(Comparator.comparingInt((QuestionBuilder q) -> q.index).thenComparing(q -> q.fact))
        .map(q -> new OpenQuestion(q.act, q.fact, catalog.questions().get(q.fact), List.copyOf(q.basis)))
        .toList();
    Verdict verdict = !findings.isEmpty() ? Verdict.VIOLATION
        : !open.isEmpty() ? Verdict.NEEDS_ASSESSMENT : Verdict.NO_VIOLATION;
    return new Assessment(scenario.id(), verdict, findings, open, runtime.receipt());
  }

  private Compiled compiled(Hit hit) {
    Compiled c = compiled.get(hit.rule());
    if (c == null) {
      throw new IllegalStateException("rule \"" + hit.rule() + "\" concluded but is not known to the engine");
    }
    return c;
  }


  private static final class QuestionBuilder {
    final int index;
    final String act;
    final String fact;
    final Set<LegalBasis> basis = new LinkedHashSet<>();

    QuestionBuilder(int index, String act, String fact) {
      this.index = index;
      this.act = act;
      this.fact = fact;
    }
  }

  /** The rule's basis provisions: the primary always, the others where in force on {@code day}. */
  private static List<LegalBasis> basis(Compiled c, LocalDate day) {
    List<LegalBasis> out = new ArrayList<>(c.basis().length);
    for (int i = 0; i < c.basis().length; i++) {
      if (i == 0 || c.inForce()[i].contains(day)) {
        out.add(c.basis()[i]);
      }
    }
    return out;
  }

  /** The act's part of an explanation in each language, written when first asked for. */
  private static final class Head {
    private final ActFact act;
    // racy but safe: Strings are immutable, and two threads at worst write the same text twice
    private String id;
    private String en;

    Head(ActFact act) {
      this.act = act;
    }

    String in(Language lang) {
      if (lang == Language.ID) {
        String s = id;
        return s != null ? s : (id = Evaluator.head(act, lang));
      }
      String s = en;
      return s != null ? s : (en = Evaluator.head(act, lang));
    }
  }

  private Finding finding(Compiled c, ActFact act, List<LegalBasis> basis, Head actPart) {
    LocalizedText authority = null;
    for (Authority a : c.authority()) {
      if (a.appliesOn(act.getDate())) {
        authority = a.text();
        break;
      }
    }
    LocalizedText who = authority;
    return new Finding(act.getAct().id(), c.spec().track(), c.spec().id(), basis, c.sanction(), authority,
        new ExplanationParts() {
          @Override
          public String head(Language lang) {
            return actPart.in(lang);
          }

          @Override
          public String tail(Language lang) {
            return tails.computeIfAbsent(java.util.Arrays.asList(c.spec().name(), basis, who, lang),
                k -> Evaluator.tail(c.spec(), basis, c.primary(), c.sanction(), who, lang));
          }
        });
  }

  private static Sanction sanction(Provision p, Catalog catalog) {
    SanctionTemplate t = p.sanction();
    Provision listing = p;
    List<LocalizedText> options = t.options();
    if (t.optionsFrom() != null) {
      listing = catalog.provision(t.optionsFrom()).orElseThrow();
      options = listing.penalties();
    }
    return new Sanction(t.kind(), t.custody(), t.minCustodyMonths(), t.maxCustodyMonths(), t.minFine(),
        t.maxFine(), t.cumulative(), t.level(), t.dismissal(), options,
        new LegalBasis(listing.id(), listing.citation()));
  }

  /**
   * The part of an explanation that depends only on the rule, the provisions in force and the
   * authority (not on who, what and when): the same for many findings, so written once and kept.
   */
  private final java.util.concurrent.ConcurrentHashMap<List<Object>, String> tails =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** What the act was: who, what, when, which stage. */
  private static String head(ActFact act, Language lang) {
    boolean id = lang == Language.ID;
    StringBuilder b = new StringBuilder(256);
    b.append(Texts.actor(act, lang)).append(' ').append(Texts.act(act, lang))
        .append(id ? " pada " : " on ").append(Texts.date(act, lang))
        .append(" (").append(Texts.stage(act, lang)).append("). ");
    return b.toString();
  }

  private static String tail(RuleSpec spec, List<LegalBasis> basis, Provision primary, Sanction sanction,
      LocalizedText authority, Language lang) {
    boolean id = lang == Language.ID;
    StringBuilder b = new StringBuilder(512);
    b.append(id ? "Menurut " : "Under ")
        .append(Texts.join(basis.stream().map(LegalBasis::citation).toList(), lang)).append(": ")
        .append(primary.paraphrase().in(lang));
    if (!primary.paraphrase().in(lang).endsWith(".")) {
      b.append('.');
    }
    b.append(' ').append(Texts.track(spec.track(), lang));
    if (sanction != null) {
      b.append(id ? " Sanksi: " : " Sanction: ").append(Texts.sanction(sanction, lang))
          .append(" (").append(sanction.basis().citation()).append(").");
    }
    if (authority != null) {
      b.append(id ? " Yang memutus: " : " Decided by: ").append(authority.in(lang)).append('.');
    }
    return b.toString();
  }
}
