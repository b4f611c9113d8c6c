package id.netral.core.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.netral.core.Assessment;
import id.netral.core.CombinedPenalty;
import id.netral.core.Finding;
import id.netral.core.Language;
import id.netral.core.LegalBasis;
import id.netral.core.LocalizedText;
import id.netral.core.OpenQuestion;
import id.netral.core.Receipt;
import id.netral.core.Sanction;
import id.netral.core.model.Scenario;
import id.netral.core.scenario.Problem;
import java.util.List;

/**
 * Results as JSON, in the shape of section 2 of the scenario contract ({@code docs/results.md}):
 * the one writer behind {@code netral eval --format json|ndjson}, the HTTP service and embedders.
 *
 * <pre>{@code
 * Assessment a = engine.assess(scenario);
 * String json = ResultJson.document(scenario, a, Language.ID); // {"receipt": ..., "results": [...]}
 * }</pre>
 *
 * <p>Every method is thread-safe. The trees returned are new and belong to the caller.
 */
public final class ResultJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ResultJson() {}

  /**
   * How much of a result is written: the contract's full result ({@link #FULL}, the default of every
   * method without options), or a lean form for machine consumers of a stream. A lean result is the
   * full result with keys left out, never renamed or retyped, so a reader of the full form reads it
   * too.
   *
   * <pre>{@code
   * ResultJson.Options lean = ResultJson.Options.FULL
   *     .explain(ResultJson.Options.Explain.NONE)      // no texts for people
   *     .citations(ResultJson.Options.Citations.ID);   // {"id": ...}; citations from `netral catalog --format json`
   * byte[] line = ResultJson.lineBytes("complaint-17.yaml", scenario, assessment, Language.EN, lean);
   * }</pre>
   *
   * <p>Immutable and thread-safe; the {@code explain} and {@code citations} methods return new
   * options.
   */
  public static final class Options {
    /** Which languages of the texts written for people a result carries. */
    public enum Explain {
      /** None: no {@code explanation}, open-question {@code question}, notice {@code text} or sanction options. */
      NONE,
      /** Indonesian only: the {@code id} half of each text, and a sanction's {@code options}. */
      ID,
      /** English only: the {@code en} half of each text, and a sanction's {@code optionsEn}. */
      EN,
      /** Both languages, as the contract writes them (the default). */
      BOTH
    }

    /** How a provision is written wherever a result cites one. */
    public enum Citations {
      /** {@code {"id": ..., "citation": ...}}, as the contract writes it (the default). */
      FULL,
      /** {@code {"id": ...}} only: the citation of every id is in the catalog ({@code netral catalog --format json}). */
      ID
    }

    /** The contract's full result: both languages, every citation. */
    public static final Options FULL = new Options(Explain.BOTH, Citations.FULL);
    /** The leanest result: no texts for people, provisions by id. */
    public static final Options LEAN = new Options(Explain.NONE, Citations.ID);

    private final Explain explain;
    private final Citations citations;

    private Options(Explain explain, Citations citations) {
      this.explain = java.util.Objects.requireNonNull(explain, "explain");
      this.citations = java.util.Objects.requireNonNull(citations, "citations");
    }

    /** @return which languages of the texts for people are written */
    public Explain explain() {
      return explain;
    }

    /** @return how provisions are cited */
    public Citations citations() {
      return citations;
    }

    /**
     * @param explain which languages of the texts for people to write
     * @return these options with {@code explain}
     */
    public Options explain(Explain explain) {
      return new Options(explain, citations);
    }

    /**
     * @param citations how to cite provisions
     * @return these options with {@code citations}
     */
    public Options citations(Citations citations) {
      return new Options(explain, citations);
    }

    boolean writesId() {
      return explain == Explain.ID || explain == Explain.BOTH;
    }

    boolean writesEn() {
      return explain == Explain.EN || explain == Explain.BOTH;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Options other && other.explain == explain && other.citations == citations;
    }

    @Override
    public int hashCode() {
      return explain.hashCode() * 31 + citations.hashCode();
    }

    @Override
    public String toString() {
      return "Options[explain=" + explain + ", citations=" + citations + "]";
    }
  }

  /**
   * The whole result document for one assessed scenario: its receipt and a one-element
   * {@code results} array, pretty-printed as {@code netral eval --format json} prints it.
   *
   * @param scenario the scenario assessed
   * @param assessment its assessment
   * @param lang the language of the authority's name (explanations carry both languages)
   * @return the JSON text
   */
  public static String document(Scenario scenario, Assessment assessment, Language lang) {
    return document(scenario, assessment, lang, Options.FULL);
  }

  /**
   * The whole result document for one assessed scenario, as much of it as {@code options} asks for.
   *
   * @param scenario the scenario assessed
   * @param assessment its assessment
   * @param lang the language of the authority's name
   * @param options which texts and citations to write
   * @return the JSON text
   */
  public static String document(Scenario scenario, Assessment assessment, Language lang, Options options) {
    ArrayNode results = MAPPER.createArrayNode();
    results.add(result(null, scenario, assessment, lang, options));
    return document(assessment.receipt(), results, MAPPER.createArrayNode()).toPrettyString();
  }

  /**
   * The result document for scenarios assessed together, as compact UTF-8 JSON written straight
   * from the assessments, with no intermediate tree: the receipt and one result per scenario, in
   * order, without {@code file}. The same document as {@link #document(Receipt, ArrayNode, ArrayNode)}
   * of {@link #result}s, at a fraction of the cost: what the HTTP service answers.
   *
   * @param receipt what produced the results
   * @param scenarios the scenarios
   * @param assessments their assessments, in the same order
   * @param lang the language of the authority's name
   * @return the document's bytes
   * @throws IllegalArgumentException when the two lists differ in length
   */
  public static byte[] documentBytes(Receipt receipt, List<Scenario> scenarios, List<Assessment> assessments,
      Language lang) {
    return documentBytes(receipt, scenarios, assessments, lang, Options.FULL);
  }

  /**
   * The result document as {@link #documentBytes(Receipt, List, List, Language)} writes it, with
   * {@code options} for a lean result.
   *
   * @param receipt what produced the results
   * @param scenarios the scenarios
   * @param assessments their assessments, in the same order
   * @param lang the language of the authority's name
   * @param options what each result leaves out
   * @return the document's bytes
   * @throws IllegalArgumentException when the two lists differ in length
   */
  public static byte[] documentBytes(Receipt receipt, List<Scenario> scenarios, List<Assessment> assessments,
      Language lang, Options options) {
    if (scenarios.size() != assessments.size()) {
      throw new IllegalArgumentException(scenarios.size() + " scenarios but " + assessments.size() + " assessments");
    }
    Buffer buffer = BUFFERS.get();
    buffer.reset();
    try (com.fasterxml.jackson.core.JsonGenerator g = FACTORY.createGenerator(buffer)) {
      g.writeStartObject();
      g.writeObjectFieldStart("receipt");
      g.writeStringField("netral", receipt.netral());
      g.writeStringField("catalog", receipt.catalog());
      g.writeStringField("catalogDigest", receipt.catalogDigest());
      g.writeEndObject();
      g.writeArrayFieldStart("results");
      for (int i = 0; i < scenarios.size(); i++) {
        write(g, null, scenarios.get(i), assessments.get(i), lang, false, options);
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return buffer.toByteArray();
  }

  /**
   * The result document from parts: the receipt, the results, and the refused files when there are
   * any (the key is left out otherwise).
   *
   * @param receipt what produced the results
   * @param results result objects from {@link #result}
   * @param refused objects from {@link #refused}, possibly empty
   * @return a new document tree
   */
  public static ObjectNode document(Receipt receipt, ArrayNode results, ArrayNode refused) {
    ObjectNode doc = MAPPER.createObjectNode();
    doc.set("receipt", receipt(receipt));
    doc.set("results", results);
    if (!refused.isEmpty()) {
      doc.set("refused", refused);
    }
    return doc;
  }

  /** @return a new, empty JSON object, for documents built around these results */
  public static ObjectNode newObject() {
    return MAPPER.createObjectNode();
  }

  /** @return a new, empty JSON array */
  public static ArrayNode newArray() {
    return MAPPER.createArrayNode();
  }

  /**
   * Reads JSON text into a tree (for tests and callers that compare documents).
   *
   * @param json the text
   * @return the tree
   * @throws java.io.UncheckedIOException when the text is not JSON
   */
  public static com.fasterxml.jackson.databind.JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * @param r a receipt
   * @return it as the contract's {@code receipt} object
   */
  public static ObjectNode receipt(Receipt r) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("netral", r.netral());
    n.put("catalog", r.catalog());
    n.put("catalogDigest", r.catalogDigest());
    return n;
  }

  /**
   * One result as a JSON tree, in the shape of section 2 of the contract.
   *
   * @param file the file the scenario came from, or null to leave {@code file} out
   * @param s the scenario
   * @param a its assessment
   * @param lang the language of the authority's name
   * @return a new tree
   */
  public static ObjectNode result(String file, Scenario s, Assessment a, Language lang) {
    return result(file, s, a, lang, Options.FULL);
  }

  /**
   * One result as a JSON tree, as much of it as {@code options} asks for.
   *
   * @param file the file the scenario came from, or null to leave {@code file} out
   * @param s the scenario
   * @param a its assessment
   * @param lang the language of the authority's name
   * @param options which texts and citations to write
   * @return a new tree
   */
  public static ObjectNode result(String file, Scenario s, Assessment a, Language lang, Options options) {
    try {
      return (ObjectNode) MAPPER.readTree(write(file, s, a, lang, false, options));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * One NDJSON result line: the result with its receipt, without the line break.
   *
   * @param file the file the scenario came from, or null
   * @param s the scenario
   * @param a its assessment
   * @param lang the language of the authority's name
   * @return the line
   */
  public static String line(String file, Scenario s, Assessment a, Language lang) {
    return line(file, s, a, lang, Options.FULL);
  }

  /**
   * One NDJSON result line, as much of it as {@code options} asks for, without the line break.
   *
   * @param file the file the scenario came from, or null
   * @param s the scenario
   * @param a its assessment
   * @param lang the language of the authority's name
   * @param options which texts and citations to write
   * @return the line
   */
  public static String line(String file, Scenario s, Assessment a, Language lang, Options options) {
    return new String(lineBytes(file, s, a, lang, options), java.nio.charset.StandardCharsets.UTF_8);
  }

  /** A byte buffer each batch thread reuses. */
  private static final class Buffer extends java.io.ByteArrayOutputStream {
    Buffer() {
      super(8192);
    }
  }

  private static final ThreadLocal<Buffer> BUFFERS = ThreadLocal.withInitial(Buffer::new);

  /**
   * One NDJSON result line as UTF-8 bytes, without the line break: the batch path, written
   * straight to a buffer each thread reuses.
   *
   * @param file the file the scenario came from, or null
   * @param s the scenario
   * @param a its assessment
   * @param lang the language of the authority's name
   * @return the line's bytes
   */
  public static byte[] lineBytes(String file, Scenario s, Assessment a, Language lang) {
    return lineBytes(file, s, a, lang, Options.FULL);
  }

  /**
   * One NDJSON result line as UTF-8 bytes, as much of it as {@code options} asks for, without the
   * line break.
   *
   * @param file the file the scenario came from, or null
   * @param s the scenario
   * @param a its assessment
   * @param lang the language of the authority's name
   * @param options which texts and citations to write
   * @return the line's bytes
   */
  public static byte[] lineBytes(String file, Scenario s, Assessment a, Language lang, Options options) {
    Buffer buffer = BUFFERS.get();
    buffer.reset();
    try (com.fasterxml.jackson.core.JsonGenerator g = FACTORY.createGenerator(buffer)) {
      write(g, file, s, a, lang, true, options);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return buffer.toByteArray();
  }

  /**
   * What a finding carries that depends only on its rule, the provisions in force and the
   * authority: basis, sanction and authority, written once as JSON and kept.
   */
  private static final java.util.concurrent.ConcurrentHashMap<List<Object>, com.fasterxml.jackson.core.io.SerializedString>
      FRAGMENTS = new java.util.concurrent.ConcurrentHashMap<>();

  private static com.fasterxml.jackson.core.io.SerializedString fragment(Finding f, Language lang, Options o) {
    return FRAGMENTS.computeIfAbsent(java.util.Arrays.asList(f.rule(), f.basis(), f.sanction(), f.authority(), lang, o), k -> {
      java.io.StringWriter w = new java.io.StringWriter(512);
      try (com.fasterxml.jackson.core.JsonGenerator g = FACTORY.createGenerator(w)) {
        g.writeStartObject();
        writeFragment(g, f, lang, o);
        g.writeEndObject();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      String object = w.toString();
      // a comma, then the fields without the braces: written raw, with its UTF-8 bytes kept
      return new com.fasterxml.jackson.core.io.SerializedString("," + object.substring(1, object.length() - 1));
    });
  }

  private static final com.fasterxml.jackson.core.JsonFactory FACTORY = MAPPER.getFactory();

  /** Writes one result as a string. */
  private static String write(String file, Scenario s, Assessment a, Language lang, boolean withReceipt,
      Options o) {
    java.io.StringWriter w = new java.io.StringWriter(2048);
    try (com.fasterxml.jackson.core.JsonGenerator g = FACTORY.createGenerator(w)) {
      write(g, file, s, a, lang, withReceipt, o);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return w.toString();
  }

  /** Writes one result straight to a generator (no intermediate tree). */
  private static void write(com.fasterxml.jackson.core.JsonGenerator g, String file, Scenario s, Assessment a,
      Language lang, boolean withReceipt, Options o) throws java.io.IOException {
    {
      g.writeStartObject();
      g.writeStringField("scenario", a.scenario());
      if (s.title() != null) {
        g.writeStringField("title", s.title());
      }
      if (file != null) {
        g.writeStringField("file", file);
      }
      g.writeStringField("verdict", a.verdict().name());
      g.writeArrayFieldStart("findings");
      for (Finding f : a.findings()) {
        g.writeStartObject();
        g.writeStringField("act", f.act());
        g.writeStringField("type", f.type().name());
        g.writeStringField("rule", f.rule());
        g.writeRaw(fragment(f, lang, o));
        if (o.explain != Options.Explain.NONE) {
          g.writeObjectFieldStart("explanation");
          if (o.writesId()) {
            g.writeFieldName("id");
            writeExplanation(g, f, Language.ID);
          }
          if (o.writesEn()) {
            g.writeFieldName("en");
            writeExplanation(g, f, Language.EN);
          }
          g.writeEndObject();
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("openQuestions");
      for (OpenQuestion q : a.openQuestions()) {
        g.writeStartObject();
        g.writeStringField("act", q.act());
        g.writeStringField("fact", q.fact());
        writeText(g, "question", q.question(), o);
        g.writeArrayFieldStart("basis");
        for (LegalBasis b : q.basis()) {
          writeBasis(g, b, o);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      if (!a.combinedPenalties().isEmpty()) {
        g.writeArrayFieldStart("combinedPenalties");
        for (CombinedPenalty c : a.combinedPenalties()) {
          g.writeStartObject();
          g.writeStringField("act", c.act());
          g.writeStringField("type", c.type().name());
          g.writeStringField("level", c.level().name());
          g.writeFieldName("basis");
          writeBasis(g, c.basis(), o);
          g.writeArrayFieldStart("rules");
          for (String r : c.rules()) {
            g.writeString(r);
          }
          g.writeEndArray();
          writeText(g, "explanation", c.explanation(), o);
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      if (!a.notices().isEmpty()) {
        // acts dated outside what the rule set covers (only when there are: most results have none)
        g.writeArrayFieldStart("notices");
        for (id.netral.core.Notice n : a.notices()) {
          g.writeStartObject();
          g.writeStringField("act", n.act());
          g.writeStringField("code", n.code());
          writeText(g, "text", n.text(), o);
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      if (withReceipt) {
        Receipt r = a.receipt();
        g.writeObjectFieldStart("receipt");
        g.writeStringField("netral", r.netral());
        g.writeStringField("catalog", r.catalog());
        g.writeStringField("catalogDigest", r.catalogDigest());
        g.writeEndObject();
      }
      g.writeEndObject();
    }
  }

  /** A text for people as {@code {"id": ..., "en": ...}}, with the languages {@code o} asks for; none, no key. */
  private static void writeText(com.fasterxml.jackson.core.JsonGenerator g, String key, LocalizedText t, Options o)
      throws java.io.IOException {
    if (o.explain == Options.Explain.NONE) {
      return;
    }
    g.writeObjectFieldStart(key);
    if (o.writesId()) {
      g.writeStringField("id", t.indonesian());
    }
    if (o.writesEn()) {
      g.writeStringField("en", t.english());
    }
    g.writeEndObject();
  }

  /** The JSON-escaped text of explanation tails, which repeat across findings of a rule. */
  private static final java.util.concurrent.ConcurrentHashMap<String, com.fasterxml.jackson.core.io.SerializedString>
      ESCAPED = new java.util.concurrent.ConcurrentHashMap<>();

  /** An explanation as a JSON string: the act's part escaped now, the rule's part escaped once and kept. */
  private static void writeExplanation(com.fasterxml.jackson.core.JsonGenerator g, Finding f, Language lang)
      throws java.io.IOException {
    List<String> parts = f.explanationParts(lang);
    if (parts.size() != 2) {
      g.writeString(String.join("", parts));
      return;
    }
    com.fasterxml.jackson.core.io.JsonStringEncoder encoder = com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance();
    g.writeRawValue("\"" + new String(encoder.quoteAsString(parts.get(0))));
    g.writeRaw(ESCAPED.computeIfAbsent(parts.get(1),
        tail -> new com.fasterxml.jackson.core.io.SerializedString(new String(encoder.quoteAsString(tail)) + "\"")));
  }

  private static void writeFragment(com.fasterxml.jackson.core.JsonGenerator g, Finding f, Language lang, Options o)
      throws java.io.IOException {
    g.writeArrayFieldStart("basis");
    for (LegalBasis b : f.basis()) {
      writeBasis(g, b, o);
    }
    g.writeEndArray();
    if (f.sanction() != null) {
      g.writeFieldName("sanction");
      writeSanction(g, f.sanction(), o);
    }
    if (f.authority() != null) {
      g.writeStringField("authority", f.authority().in(lang));
    }
  }

  /** A sanction object of the contract (section 2), with the later law's penalty under {@code later}. */
  private static void writeSanction(com.fasterxml.jackson.core.JsonGenerator g, Sanction sn, Options o)
      throws java.io.IOException {
    g.writeStartObject();
    g.writeStringField("kind", sn.kind().name());
    if (sn.custody() != null) {
      g.writeStringField("custody", sn.custody().name());
    }
    if (sn.maxCustodyMonths() != null) {
      g.writeNumberField("maxCustodyMonths", sn.maxCustodyMonths());
    }
    if (sn.minCustodyMonths() != null) {
      g.writeNumberField("minCustodyMonths", sn.minCustodyMonths());
    }
    if (sn.maxFine() != null) {
      g.writeNumberField("maxFine", sn.maxFine());
    }
    if (sn.minFine() != null) {
      g.writeNumberField("minFine", sn.minFine());
    }
    if (sn.fineCategory() != null) {
      g.writeStringField("fineCategory", sn.fineCategory());
    }
    if (sn.cumulative() != null) {
      g.writeBooleanField("cumulative", sn.cumulative());
    }
    if (sn.level() != null) {
      g.writeStringField("level", sn.level().name());
    }
    if (sn.dismissal() != null) {
      g.writeStringField("dismissal", sn.dismissal());
    }
    if (!sn.options().isEmpty() && o.writesId()) {
      g.writeArrayFieldStart("options");
      for (LocalizedText t : sn.options()) {
        g.writeString(t.indonesian());
      }
      g.writeEndArray();
    }
    if (!sn.options().isEmpty() && o.writesEn()) {
      g.writeArrayFieldStart("optionsEn");
      for (LocalizedText t : sn.options()) {
        g.writeString(t.english());
      }
      g.writeEndArray();
    }
    if (sn.basis() != null) {
      g.writeFieldName("basis");
      writeBasis(g, sn.basis(), o);
    }
    if (sn.later() != null) {
      g.writeFieldName("later");
      writeSanction(g, sn.later(), o);
      g.writeFieldName("laterRule");
      writeBasis(g, sn.laterRule(), o);
    }
    g.writeEndObject();
  }

  private static void writeBasis(com.fasterxml.jackson.core.JsonGenerator g, LegalBasis b, Options o)
      throws java.io.IOException {
    g.writeStartObject();
    g.writeStringField("id", b.id());
    if (o.citations == Options.Citations.FULL) {
      g.writeStringField("citation", b.citation());
    }
    g.writeEndObject();
  }

  /**
   * A refused file as the document's {@code refused} entry: its name and its located problems.
   *
   * @param file the file
   * @param problems why it was refused, each with line, column and key
   * @return a new tree
   */
  public static ObjectNode refused(String file, List<Problem> problems) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("file", file);
    ArrayNode list = n.putArray("problems");
    problems.forEach(p -> list.add(p.toString()));
    return n;
  }

}
