package id.netral.core.internal;

import id.netral.core.Assessment;
import id.netral.core.CombinedPenalty;
import id.netral.core.Finding;
import id.netral.core.Language;
import id.netral.core.LegalBasis;
import id.netral.core.LocalizedText;
import id.netral.core.Notice;
import id.netral.core.OpenQuestion;
import id.netral.core.RuleFailedException;
import id.netral.core.Sanction;
import id.netral.core.Verdict;
import id.netral.core.catalog.Authority;
import id.netral.core.catalog.Catalog;
import id.netral.core.catalog.ConsequenceRow;
import id.netral.core.catalog.Provision;
import id.netral.core.catalog.SanctionTemplate;
import id.netral.core.model.Act;
import id.netral.core.model.ActorType;
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
 * Assesses scenarios against one {@link RuleSetRuntime}. KieSessions are reused across assessments
 * (the facts of one scenario are deleted before the next is inserted) from a bounded pool: an
 * assessment takes an idle session or makes one, and gives it back after; sessions beyond {@link
 * #maxIdle} are disposed. A thread that ends keeps none (a session per thread kept in a ThreadLocal
 * leaked with thread-per-request servers and retiring pools: 20,000 threads held 118 MB).
 */
public final class Evaluator {
  /** Firings every assessment may make, whatever its number of acts. */
  static final int FIRING_FLOOR = 10_000;
  /** Firings each act adds to the limit, at least; more for a rule set of more than 200 rules. */
  static final int FIRINGS_PER_ACT = 1_000;

  private final RuleSetRuntime runtime;
  /** Idle sessions; {@link #idleCount} counts them (ConcurrentLinkedQueue.size() is linear). */
  private final java.util.concurrent.ConcurrentLinkedQueue<Worker> idle = new java.util.concurrent.ConcurrentLinkedQueue<>();
  private final java.util.concurrent.atomic.AtomicInteger idleCount = new java.util.concurrent.atomic.AtomicInteger();
  /** Sessions made and not yet disposed: idle or in use. */
  private final java.util.concurrent.atomic.AtomicInteger open = new java.util.concurrent.atomic.AtomicInteger();
  private final int maxIdle = Math.max(2, 2 * Runtime.getRuntime().availableProcessors());
  /**
   * Firings each act adds to the limit: without a rule that changes a fact, a rule fires at most
   * once per act, so five times the number of rules is never reached but by a loop.
   */
  private final int perAct;
  /** The earliest day an encoded provision is in force; null when one has no beginning. */
  private final LocalDate earliestLaw;
  private final Map<String, Compiled> compiled = new java.util.HashMap<>();
  /** The days on which the law in force may change, for acts known only by a period: see {@link #boundaries(Catalog)}. */
  private final java.util.NavigableSet<LocalDate> lawBoundaries;

  /** What a rule's findings carry that does not depend on the act: read once, at load. */
  private record Compiled(RuleSpec spec, LegalBasis[] basis, id.netral.core.model.DateRange[] inForce,
      Provision primary, Row[] rows) {

    /** The row of the rule's consequence that binds {@code act}'s actor on the day of the act; null if none. */
    Row row(ActFact act) {
      for (Row r : rows) {
        if (r.row().period().contains(act.getDate()) && r.row().binds(act.getActorType())) {
          return r;
        }
      }
      return null;
    }
  }

  /**
   * A row of a rule's consequence table, resolved for the rule's level: the sanction (with the
   * later law's penalty where one applies), who decides, the provisions through which the regime
   * binds the actor, and the rule that combines several penalties into one.
   */
  private record Row(int index, ConsequenceRow row, Sanction sanction, List<Authority> authority,
      LegalBasis[] via, id.netral.core.model.DateRange[] viaInForce, LegalBasis heaviest, LocalizedText[] reaches) {}

  /** An evaluator for {@code runtime}. */
  public Evaluator(RuleSetRuntime runtime) {
    this.runtime = runtime;
    this.perAct = Math.max(FIRINGS_PER_ACT, 5 * runtime.rules().size());
    LocalDate earliest = null;
    boolean unbounded = false;
    for (Provision p : runtime.catalog().provisions()) {
      if (p.encoded()) {
        LocalDate from = p.inForce() == null ? null : p.inForce().from();
        unbounded |= from == null;
        if (from != null && (earliest == null || from.isBefore(earliest))) {
          earliest = from;
        }
      }
    }
    this.earliestLaw = unbounded ? null : earliest;
    Catalog catalog = runtime.catalog();
    for (RuleSpec spec : runtime.rules().values()) {
      LegalBasis[] basis = new LegalBasis[spec.basis().size()];
      id.netral.core.model.DateRange[] ranges = new id.netral.core.model.DateRange[basis.length];
      for (int i = 0; i < basis.length; i++) {
        Provision p = catalog.provision(spec.basis().get(i)).orElseThrow();
        basis[i] = basis(p);
        ranges[i] = p.inForce();
      }
      Row[] rows = spec.consequence() == null ? new Row[0] : rows(catalog, spec);
      compiled.put(spec.name(), new Compiled(spec, basis, ranges,
          catalog.provision(spec.basis().get(0)).orElseThrow(), rows));
    }
    this.lawBoundaries = boundaries(catalog);
  }

  /**
   * The days on which what the catalog says may change: the first day a provision is in force, and
   * the day after its last. An act known only by a period is assessed on its first day and on each
   * of these days within it. Consequence tables that change by date add their days here.
   */
  static java.util.NavigableSet<LocalDate> boundaries(Catalog catalog) {
    java.util.TreeSet<LocalDate> out = new java.util.TreeSet<>();
    for (Provision p : catalog.provisions()) {
      if (p.inForce() != null) {
        addBoundary(out, p.inForce().from(), false);
        addBoundary(out, p.inForce().to(), true);
      }
      for (Authority a : p.authority()) {
        addBoundary(out, a.from(), false);
        addBoundary(out, a.to(), true);
      }
    }
    for (id.netral.core.catalog.Consequence c : catalog.consequences()) {
      for (ConsequenceRow r : c.rows()) {
        addBoundary(out, r.period().from(), false);
        addBoundary(out, r.period().to(), true);
      }
    }
    return java.util.Collections.unmodifiableNavigableSet(out);
  }

  private static void addBoundary(java.util.Set<LocalDate> out, LocalDate day, boolean lastDay) {
    if (day != null && !(lastDay && day.equals(LocalDate.MAX))) {
      out.add(lastDay ? day.plusDays(1) : day);
    }
  }

  /**
   * The days each act is assessed on: null when no act has a period (the plain path); otherwise,
   * per act, null for an act on one day, or its first day and every day within its period on which
   * the law in force, the election's stage, its candidates' status or the actor's status changes.
   */
  private LocalDate[][] samples(Scenario scenario) {
    List<Act> acts = scenario.acts();
    LocalDate[][] out = null;
    for (int i = 0; i < acts.size(); i++) {
      id.netral.core.model.DateRange period = acts.get(i).period();
      if (period == null) {
        continue;
      }
      if (out == null) {
        out = new LocalDate[acts.size()][];
      }
      java.util.TreeSet<LocalDate> days = new java.util.TreeSet<>();
      days.add(period.from());
      days.addAll(lawBoundaries.subSet(period.from(), false, period.to(), true));
      java.util.List<LocalDate> other = new ArrayList<>();
      id.netral.core.model.Election e = scenario.election();
      if (e != null) {
        other.add(e.candidatesDetermined());
        other.addAll(e.candidatesDeterminedByOffice().values());
        other.add(e.campaign().from());
        other.add(e.campaign().to().plusDays(1));
        other.add(e.votingDay());
        other.add(e.votingDay().plusDays(1));
      }
      other.add(scenario.actor().resignedOn());
      other.add(scenario.actor().retiredOn());
      for (LocalDate d : other) {
        if (d != null && d.isAfter(period.from()) && !d.isAfter(period.to())) {
          days.add(d);
        }
      }
      out[i] = days.toArray(new LocalDate[0]);
    }
    return out;
  }

  private static LegalBasis basis(Provision p) {
    return new LegalBasis(p.id(), p.citation());
  }

  /** The rows of {@code spec}'s consequence, resolved for its level; each with the later law's penalty where one applies. */
  private static Row[] rows(Catalog catalog, RuleSpec spec) {
    List<ConsequenceRow> table = catalog.consequence(spec.consequence()).orElseThrow().rows();
    Row[] rows = new Row[table.size()];
    for (int i = 0; i < rows.length; i++) {
      ConsequenceRow r = table.get(i);
      // a row with no sanction of its own (kind NONE) and no basis rests on the rule's own provision
      Provision setter = r.penalty() != null
          ? catalog.provision(r.basis() != null ? r.basis() : spec.basis().get(0)).orElseThrow()
          : catalog.provision(r.levels().isEmpty() ? r.sanction() : r.levels().get(spec.level())).orElseThrow();
      Sanction sanction = r.penalty() != null ? sanction(r.penalty(), setter, catalog) : sanction(setter, catalog);
      List<Authority> authority = r.authority() != null
          ? catalog.provision(r.authority()).orElseThrow().authority() : setter.authority();
      LegalBasis[] via = new LegalBasis[r.via().size()];
      id.netral.core.model.DateRange[] viaInForce = new id.netral.core.model.DateRange[via.length];
      for (int v = 0; v < via.length; v++) {
        Provision p = catalog.provision(r.via().get(v)).orElseThrow();
        via[v] = basis(p);
        viaInForce[v] = p.inForce();
      }
      LegalBasis heaviest = r.heaviest() == null ? null : basis(catalog.provision(r.heaviest()).orElseThrow());
      // a provision through which the regime reaches actors its own text does not name ("PNS
      // dilarang ..." for a PPPK) is quoted after it, so the explanation says how it applies
      Provision primary = catalog.provision(spec.basis().get(0)).orElseThrow();
      LocalizedText[] reaches = new LocalizedText[via.length];
      for (int v = 0; v < via.length; v++) {
        boolean named = r.actors().isEmpty()
            || r.actors().stream().anyMatch(t -> Texts.names(primary.paraphrase().indonesian(), t));
        reaches[v] = named ? null : catalog.provision(r.via().get(v)).orElseThrow().paraphrase();
      }
      rows[i] = new Row(i, r, sanction, authority, via, viaInForce, heaviest, reaches);
    }
    // an act before a later law that changed its penalty: the later penalty beside it (the court
    // weighs the two and applies the more favourable)
    for (int i = 0; i < rows.length; i++) {
      Row earlier = rows[i];
      Row later = null;
      for (Row r : rows) {
        if (r.row().laterFor() != null && earlier.row().period().to() != null && r.row().period().from() != null
            && r.row().period().from().isAfter(earlier.row().period().to()) && sameClass(earlier.row(), r.row())
            && (later == null || r.row().period().from().isAfter(later.row().period().from()))) {
          later = r;
        }
      }
      if (later != null && !later.sanction().equals(earlier.sanction())) {
        rows[i] = new Row(earlier.index(), earlier.row(), earlier.sanction().withLater(later.sanction(),
            basis(catalog.provision(later.row().laterFor()).orElseThrow())), earlier.authority(), earlier.via(),
            earlier.viaInForce(), earlier.heaviest(), earlier.reaches());
      }
    }
    return rows;
  }

  private static boolean sameClass(ConsequenceRow a, ConsequenceRow b) {
    return a.actors().isEmpty() || b.actors().isEmpty() || a.actors().stream().anyMatch(b.actors()::contains);
  }

  /** The rule set. */
  public RuleSetRuntime runtime() {
    return runtime;
  }

  /**
   * Assesses {@code scenario}.
   *
   * @throws RuleFailedException when a rule throws, or fires more than {@link #firingLimit} times
   */
  public Assessment assess(Scenario scenario) {
    Worker worker = idle.poll();
    if (worker == null) {
      worker = new Worker(runtime);
      open.incrementAndGet();
    } else {
      idleCount.decrementAndGet();
    }
    List<Hit> hits;
    try {
      LocalDate[][] samples = samples(scenario);
      long limit = firingLimit(scenario);
      hits = samples == null ? worker.run(scenario, null, 0, limit) : overPeriods(scenario, worker, samples, limit);
    } catch (RuntimeException | StackOverflowError e) {
      // the session may be left in any state: not reused
      dispose(worker);
      throw failure(scenario, e);
    }
    if (idleCount.incrementAndGet() <= maxIdle) {
      idle.offer(worker);
    } else {
      idleCount.decrementAndGet();
      dispose(worker);
    }
    return assemble(scenario, hits);
  }

  /** The tracer, made when a trace is first asked for. */
  private volatile Tracer tracer;

  /**
   * Traces {@code scenario}: the rules considered for each act, what each concluded and, for one
   * that did not match, which of its conditions failed. Runs the rules on a session of its own
   * (an act known by a period on its first day); {@link #assess} is not affected.
   */
  public id.netral.core.Trace trace(Scenario scenario) {
    Tracer t = tracer;
    if (t == null) {
      synchronized (this) {
        t = tracer;
        if (t == null) {
          t = new Tracer(runtime);
          tracer = t;
        }
      }
    }
    Worker worker = new Worker(runtime);
    worker.tracedActs = new ArrayList<>();
    worker.tracedCharacterisations = new ArrayList<>();
    List<Hit> hits;
    try {
      hits = worker.run(scenario, null, 0, firingLimit(scenario));
    } catch (RuntimeException | StackOverflowError e) {
      throw failure(scenario, e);
    } finally {
      try {
        worker.session.dispose();
      } catch (RuntimeException e) {
        // nothing more to release
      }
    }
    List<Tracer.Conclusion> conclusions = new ArrayList<>();
    for (Hit h : hits) {
      Compiled c = compiled(h);
      id.netral.core.Trace.Outcome outcome = h.question() ? id.netral.core.Trace.Outcome.ASKED
          : c.row(h.act()) == null ? id.netral.core.Trace.Outcome.NO_CONSEQUENCE : id.netral.core.Trace.Outcome.FIRED;
      conclusions.add(new Tracer.Conclusion(h.rule(), h.act().getIndex(), outcome));
    }
    return t.trace(scenario, worker.tracedActs, conclusions, worker.tracedCharacterisations);
  }

  /**
   * A rule's conclusion about an act; {@code onSomeDays}: a finding that arose on some of the days
   * of the act's period only, which becomes the open question {@code date}.
   */
  private record Hit(String rule, ActFact act, boolean question, boolean onSomeDays) {
    Hit(String rule, ActFact act, boolean question) {
      this(rule, act, question, false);
    }
  }

  private void dispose(Worker worker) {
    open.decrementAndGet();
    try {
      worker.session.dispose();
    } catch (RuntimeException e) {
      // nothing more to release
    }
  }

  /**
   * Assesses a scenario with acts known only by a period: in round {@code r}, each such act is seen
   * on its {@code r}-th sampled day (its last, once it has no more). A finding that arises on every
   * sampled day of its act is kept once (its explanation gives the period); one that arises on some
   * days only becomes the open question {@code date}, with the finding's provisions as its basis.
   * Questions are kept once, whichever day raised them.
   */
  private static List<Hit> overPeriods(Scenario scenario, Worker worker, LocalDate[][] samples, long limit) {
    int rounds = 1;
    for (LocalDate[] days : samples) {
      if (days != null) {
        rounds = Math.max(rounds, days.length);
      }
    }
    Map<List<Object>, Hit> first = new LinkedHashMap<>();
    Map<List<Object>, Set<LocalDate>> days = new java.util.HashMap<>();
    for (int r = 0; r < rounds; r++) {
      for (Hit h : worker.run(scenario, samples, r, limit)) {
        List<Object> key = List.of(h.rule(), h.act().getIndex(), h.question());
        first.putIfAbsent(key, h);
        days.computeIfAbsent(key, k -> new java.util.HashSet<>()).add(h.act().getDate());
      }
    }
    List<Hit> out = new ArrayList<>(first.size());
    for (Map.Entry<List<Object>, Hit> e : first.entrySet()) {
      Hit h = e.getValue();
      LocalDate[] sampled = samples[h.act().getIndex()];
      if (h.question() || sampled == null || days.get(e.getKey()).size() == sampled.length) {
        out.add(h);
      } else {
        out.add(new Hit(h.rule(), h.act(), true, true));
      }
    }
    return out;
  }

  /**
   * The most firings one assessment of {@code scenario} may make: {@link #FIRING_FLOOR}, and {@link
   * #perAct} for each act. A rule fires at most once per act (no bundled rule changes a fact); the
   * bundled suites need at most 4 per act (measured), the limit is 250 times that. It stops a
   * rule that updates the fact it matched, which would fire for ever.
   */
  long firingLimit(Scenario scenario) {
    return FIRING_FLOOR + (long) perAct * scenario.acts().size();
  }

  /** Sessions kept idle for reuse now: at most twice the number of cores. */
  public int idleSessions() {
    return idleCount.get();
  }

  /** Sessions made and not disposed (idle, or assessing now). */
  public int openSessions() {
    return open.get();
  }

  /** The most sessions kept idle. */
  public int maxIdleSessions() {
    return maxIdle;
  }

  private RuleFailedException failure(Scenario scenario, Throwable e) {
    if (e instanceof FiringLimit limit) {
      return new RuleFailedException(scenario.id(), limit.rule, "fired more than " + limit.limit
          + " times: does it update the fact it matched? (a firing limit per assessment)", null);
    }
    String rule = null;
    Throwable cause = e;
    if (e instanceof org.kie.api.runtime.rule.ConsequenceException c) {
      rule = c.getMatch() == null ? null : c.getMatch().getRule().getName();
      cause = c.getCause() != null ? c.getCause() : c;
    }
    String what = cause instanceof StackOverflowError ? "overflowed the stack"
        : "threw " + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": "
            + cause.getMessage().lines().findFirst().orElse(""));
    return new RuleFailedException(scenario.id(), rule, what, cause);
  }

  /** The firing limit was reached; {@code rule} is the rule that fired last. */
  private static final class FiringLimit extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient String rule;
    final long limit;

    FiringLimit(String rule, long limit) {
      super(null, null, false, false);
      this.rule = rule;
      this.limit = limit;
    }
  }


  private static final class Worker implements Conclusions {
    private final RuleSetRuntime runtime;
    private final KieSession session;
    private final List<Hit> hits = new ArrayList<>();
    private final List<FactHandle> handles = new ArrayList<>();
    /** When tracing: the facts of the act and the characterisations the rules derived, kept before they are deleted. */
    private List<ActFact> tracedActs;
    private List<id.netral.core.rules.Characterisation> tracedCharacterisations;

    Worker(RuleSetRuntime runtime) {
      this.runtime = runtime;
      this.session = runtime.kieBase().newKieSession();
      if (runtime.hasGlobal()) {
        session.setGlobal("conclude", this);
      }
    }

    /** Runs the rules once; an act with a period is seen on day {@code round} of {@code samples}. */
    List<Hit> run(Scenario scenario, LocalDate[][] samples, int round, long limit) {
      hits.clear();
      handles.clear();
      Catalog catalog = runtime.catalog();
      try {
        List<Act> acts = scenario.acts();
        for (int i = 0; i < acts.size(); i++) {
          LocalDate[] days = samples == null ? null : samples[i];
          handles.add(session.insert(days == null
              ? new ActFact(scenario.actor(), acts.get(i), scenario.election(), i, catalog)
              : new ActFact(scenario.actor(), acts.get(i), scenario.election(), i, catalog,
                  days[Math.min(round, days.length - 1)])));
        }
        int max = (int) Math.min(Integer.MAX_VALUE - 1, limit);
        if (session.fireAllRules(max + 1) > max) {
          throw new FiringLimit(culprit(), max);
        }
        return List.copyOf(hits);
      } finally {
        if (tracedActs != null) {
          for (FactHandle h : handles) {
            tracedActs.add((ActFact) session.getObject(h));
          }
          for (Object derived : session.getObjects(o -> o instanceof id.netral.core.rules.Characterisation)) {
            tracedCharacterisations.add((id.netral.core.rules.Characterisation) derived);
          }
        }
        for (FactHandle h : handles) {
          session.delete(h);
        }
        handles.clear();
        hits.clear();
      }
    }

    /**
     * The rule that keeps the session firing, seen over a few more firings (the session is disposed
     * after): the one that updates facts most (an update restarts the matching), else the one that
     * inserts facts most, else the one that fires most.
     */
    private String culprit() {
      Map<String, Integer> updates = new java.util.HashMap<>();
      Map<String, Integer> inserts = new java.util.HashMap<>();
      Map<String, Integer> firings = new java.util.HashMap<>();
      session.addEventListener(new org.kie.api.event.rule.DefaultRuleRuntimeEventListener() {
        @Override
        public void objectUpdated(org.kie.api.event.rule.ObjectUpdatedEvent event) {
          if (event.getRule() != null) {
            updates.merge(event.getRule().getName(), 1, Integer::sum);
          }
        }

        @Override
        public void objectInserted(org.kie.api.event.rule.ObjectInsertedEvent event) {
          if (event.getRule() != null) {
            inserts.merge(event.getRule().getName(), 1, Integer::sum);
          }
        }
      });
      session.addEventListener(new org.kie.api.event.rule.DefaultAgendaEventListener() {
        @Override
        public void beforeMatchFired(org.kie.api.event.rule.BeforeMatchFiredEvent event) {
          firings.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
        }
      });
      session.fireAllRules(100);
      // a rule that updates a fact restarts the matching: it is the cause, and the rules that
      // insert derived facts (characterisations) only follow it
      Map<String, Integer> counts = !updates.isEmpty() ? updates : !inserts.isEmpty() ? inserts : firings;
      return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    // a rule may match one act through several derived facts (two characterisations of one kind):
    // it concludes once per act
    @Override
    public void finding(String rule, ActFact act) {
      add(new Hit(rule, act, false));
    }

    @Override
    public void ask(String rule, ActFact act) {
      add(new Hit(rule, act, true));
    }

    private void add(Hit hit) {
      if (!hits.contains(hit)) {
        hits.add(hit);
      }
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
    List<Row> findingRows = new ArrayList<>(hits.size());
    for (Hit hit : sorted) {
      Compiled c = compiled(hit);
      Row row = hit.question() ? null : c.row(hit.act());
      if (!hit.question() && row == null) {
        continue; // the consequence binds no one of this class on that day: no finding (lint reports gaps)
      }
      List<LegalBasis> basis = basis(c, row, hit.act().getDate());
      if (hit.question()) {
        String fact = hit.onSomeDays() ? DATE : c.spec().asks();
        questions.computeIfAbsent(hit.act().getAct().id() + "\u0000" + fact,
                k -> new QuestionBuilder(hit.act().getIndex(), hit.act().getAct().id(), fact))
            .add(basis, c.spec().id());
      } else {
        if (head == null || head.act != hit.act()) {
          head = new Head(hit.act());
        }
        findings.add(finding(c, row, hit.act(), basis, head));
        findingRows.add(row);
      }
    }
    List<OpenQuestion> open = questions.values().stream()
        .sorted(Comparator.comparingInt((QuestionBuilder q) -> q.index).thenComparing(q -> q.fact))
        .map(q -> new OpenQuestion(q.act, q.fact, catalog.questions().get(q.fact), List.copyOf(q.basis),
            List.copyOf(q.rules)))
        .toList();
    Verdict verdict = !findings.isEmpty() ? Verdict.VIOLATION
        : !open.isEmpty() ? Verdict.NEEDS_ASSESSMENT : Verdict.NO_VIOLATION;
    return new Assessment(scenario.id(), verdict, findings, open, runtime.receipt(), combined(findings, findingRows),
        notices(scenario));
  }

  /** The acts dated outside what the rule set covers: before every encoded provision, after the election. */
  private List<Notice> notices(Scenario scenario) {
    List<Notice> out = null;
    for (Act act : scenario.acts()) {
      LocalDate day = act.date();
      Notice n = null;
      if (earliestLaw != null && day.isBefore(earliestLaw)) {
        n = new Notice(act.id(), Notice.BEFORE_ENCODED_LAW, new LocalizedText(
            "Tanggal perbuatan (" + Texts.date(day, Language.ID) + ") mendahului setiap ketentuan yang dikodekan"
                + " (yang paling awal berlaku sejak " + Texts.date(earliestLaw, Language.ID) + "): tidak ada aturan"
                + " netral yang menilai hukum yang berlaku pada hari itu.",
            "The act's date (" + Texts.date(day, Language.EN) + ") is before every encoded provision (the earliest is"
                + " in force from " + Texts.date(earliestLaw, Language.EN) + "): no rule of netral assesses the law"
                + " of that day."));
      } else if (scenario.election() != null && day.isAfter(scenario.election().votingDay())) {
        String election = scenario.election().id() != null ? scenario.election().id()
            : scenario.election().kind() == id.netral.core.model.ElectionKind.PILKADA ? "Pilkada" : "Pemilu";
        LocalDate voting = scenario.election().votingDay();
        n = new Notice(act.id(), Notice.AFTER_ELECTION_CALENDAR, new LocalizedText(
            "Tanggal perbuatan (" + Texts.date(day, Language.ID) + ") jatuh setelah hari pemungutan suara " + election
                + " (" + Texts.date(voting, Language.ID) + "), di luar kalendernya: tahapan pemilihan ini tidak"
                + " berlaku; sebutkan pemilihan yang sesuai dengan tanggal perbuatan.",
            "The act's date (" + Texts.date(day, Language.EN) + ") is after the voting day of " + election + " ("
                + Texts.date(voting, Language.EN) + "), outside its calendar: the stages of this election do not"
                + " apply; give the election the act belongs to."));
      }
      if (n != null) {
        if (out == null) {
          out = new ArrayList<>();
        }
        out.add(n);
      }
    }
    return out == null ? List.of() : out;
  }

  /**
   * For each act with several findings of one track whose rows name a rule of one penalty, the
   * heaviest: that penalty. Findings are sorted by act, then track, so those of one act and track
   * follow each other.
   */
  private static List<CombinedPenalty> combined(List<Finding> findings, List<Row> rows) {
    List<CombinedPenalty> out = null;
    int i = 0;
    while (i < findings.size()) {
      int j = i + 1;
      while (j < findings.size() && findings.get(j).act().equals(findings.get(i).act())
          && findings.get(j).type() == findings.get(i).type()) {
        j++;
      }
      if (j - i > 1) {
        LegalBasis rule = null;
        id.netral.core.DisciplineLevel level = null;
        List<String> rules = new ArrayList<>();
        for (int k = i; k < j; k++) {
          Row r = rows.get(k);
          Sanction s = findings.get(k).sanction();
          if (r.heaviest() == null || s == null || s.level() == null) {
            continue;
          }
          rule = rule == null ? r.heaviest() : rule;
          rules.add(findings.get(k).rule());
          if (level == null || s.level().compareTo(level) > 0) {
            level = s.level();
          }
        }
        if (rules.size() > 1) {
          if (out == null) {
            out = new ArrayList<>();
          }
          out.add(new CombinedPenalty(findings.get(i).act(), findings.get(i).type(), level, rule, rules,
              new LocalizedText(Texts.combined(rules.size(), level.name(), rule, Language.ID),
                  Texts.combined(rules.size(), level.name(), rule, Language.EN))));
        }
      }
      i = j;
    }
    return out == null ? List.of() : out;
  }

  /** The open question of an act known by a period, on which days of which a finding turns. */
  static final String DATE = "date";

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
    final Set<String> rules = new java.util.TreeSet<>();

    void add(List<LegalBasis> more, String rule) {
      basis.addAll(more);
      rules.add(rule);
    }

    QuestionBuilder(int index, String act, String fact) {
      this.index = index;
      this.act = act;
      this.fact = fact;
    }
  }

  /**
   * The rule's basis provisions: the primary always, then those through which the consequence row
   * binds the actor, then the rule's others, each where in force on {@code day}.
   */
  private static List<LegalBasis> basis(Compiled c, Row row, LocalDate day) {
    int via = row == null ? 0 : row.via().length;
    List<LegalBasis> out = new ArrayList<>(c.basis().length + via);
    out.add(c.basis()[0]);
    for (int v = 0; v < via; v++) {
      if (row.viaInForce()[v].contains(day) && !out.contains(row.via()[v])) {
        out.add(row.via()[v]);
      }
    }
    for (int i = 1; i < c.basis().length; i++) {
      if (c.inForce()[i].contains(day) && (via == 0 || !out.contains(c.basis()[i]))) {
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

  private Finding finding(Compiled c, Row row, ActFact act, List<LegalBasis> basis, Head actPart) {
    LocalizedText authority = null;
    for (Authority a : row.authority()) {
      if (a.appliesTo(act.getDate(), act.getPosition())) {
        authority = a.text();
        break;
      }
    }
    LocalizedText who = authority;
    return new Finding(act.getAct().id(), c.spec().track(), c.spec().id(), basis, row.sanction(), authority,
        new ExplanationParts() {
          @Override
          public String head(Language lang) {
            return actPart.in(lang);
          }

          @Override
          public String tail(Language lang) {
            ActorType actor = act.getDeclaredActorType();
            return tails.computeIfAbsent(java.util.Arrays.asList(c.spec().name(), row.index(), basis, who, actor, lang),
                k -> Evaluator.tail(c.spec(), basis, c.primary(), row, actor, who, lang));
          }
        });
  }

  private static Sanction sanction(Provision p, Catalog catalog) {
    return sanction(p.sanction(), p, catalog);
  }

  /** The sanction {@code t} sets, with {@code setter} the provision that sets it. */
  private static Sanction sanction(SanctionTemplate t, Provision setter, Catalog catalog) {
    Provision listing = setter;
    List<LocalizedText> options = t.options();
    if (t.optionsFrom() != null) {
      listing = catalog.provision(t.optionsFrom()).orElseThrow();
      options = listing.penalties();
    }
    return new Sanction(t.kind(), t.custody(), t.minCustodyMonths(), t.maxCustodyMonths(), t.minFine(),
        t.maxFine(), t.fineCategory(), t.cumulative(), t.level(), t.dismissal(), options,
        new LegalBasis(listing.id(), listing.citation()), null, null);
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

  private static String tail(RuleSpec spec, List<LegalBasis> basis, Provision primary, Row row, ActorType actor,
      LocalizedText authority, Language lang) {
    boolean id = lang == Language.ID;
    Sanction sanction = row.sanction();
    StringBuilder b = new StringBuilder(512);
    b.append(id ? "Menurut " : "Under ")
        .append(Texts.join(basis.stream().map(LegalBasis::citation).toList(), lang)).append(": ")
        .append(primary.paraphrase().in(lang));
    if (!primary.paraphrase().in(lang).endsWith(".")) {
      b.append('.');
    }
    for (int v = 0; v < row.via().length; v++) {
      if (row.reaches()[v] != null && basis.contains(row.via()[v])) {
        b.append(' ').append(Texts.reaches(actor, row.via()[v], row.reaches()[v], lang));
      }
    }
    b.append(' ').append(Texts.track(spec.track(), lang));
    if (sanction != null) {
      b.append(id ? " Sanksi: " : " Sanction: ").append(Texts.sanction(sanction, lang))
          .append(" (").append(sanction.basis().citation()).append(").");
      if (sanction.later() != null) {
        b.append(' ').append(Texts.later(sanction, lang));
      }
    }
    if (authority != null) {
      b.append(id ? " Yang memutus: " : " Decided by: ").append(authority.in(lang)).append('.');
    }
    return b.toString();
  }
}
