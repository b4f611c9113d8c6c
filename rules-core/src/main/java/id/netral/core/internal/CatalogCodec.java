package id.netral.core.internal;

import id.netral.core.LocalizedText;
import id.netral.core.RuleSetException;
import id.netral.core.catalog.Authority;
import id.netral.core.catalog.Catalog;
import id.netral.core.catalog.Consequence;
import id.netral.core.catalog.ConsequenceRow;
import id.netral.core.catalog.Instrument;
import id.netral.core.catalog.Interpretation;
import id.netral.core.catalog.Provision;
import id.netral.core.catalog.SanctionTemplate;
import id.netral.core.model.ActorType;
import id.netral.core.model.DateRange;
import id.netral.core.model.Election;
import id.netral.core.model.ElectionKind;
import id.netral.core.model.Position;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bundled catalog in a compact binary form, written when the rules jar is built
 * ({@code catalog.bin} beside {@code catalog.yaml}) so that a cold start does not parse and bind
 * YAML (about 300 ms of a one-file command). It carries the YAML files' digest; a test checks that
 * it decodes to the same catalog as the YAML.
 */
public final class CatalogCodec {
  /** The file name, beside the manifest. */
  public static final String FILE = "catalog.bin";
  private static final String MAGIC = "netral-catalog-2";

  private CatalogCodec() {}

  /** Reads the rule set at {@code args[0]} (a folder) and writes its catalog to {@code args[0]/catalog.bin}. */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    RuleSource source = RuleSource.folder(dir);
    Catalog catalog = CatalogLoader.load(source, CatalogLoader.manifest(source));
    Files.write(dir.resolve(FILE), encode(catalog));
  }

  /** The catalog as bytes. */
  public static byte[] encode(Catalog c) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 17);
    try (DataOutputStream o = new DataOutputStream(bytes)) {
      str(o, MAGIC);
      str(o, c.version());
      str(o, c.digest());
      o.writeInt(c.instruments().size());
      for (Instrument i : c.instruments()) {
        str(o, i.id());
        str(o, i.citation());
        text(o, i.title());
        range(o, i.inForce());
        strings(o, i.sources());
      }
      o.writeInt(c.provisions().size());
      for (Provision p : c.provisions()) {
        str(o, p.id());
        str(o, p.instrument());
        str(o, p.citation());
        text(o, p.paraphrase());
        range(o, p.inForce());
        str(o, p.confidence());
        strings(o, p.sources());
        o.writeBoolean(p.encoded());
        str(o, p.notes());
        sanction(o, p.sanction());
        o.writeInt(p.authority().size());
        for (Authority a : p.authority()) {
          date(o, a.from());
          date(o, a.to());
          strings(o, a.positions().stream().map(Enum::name).toList());
          str(o, a.indonesian());
          str(o, a.english());
        }
        texts(o, p.penalties());
      }
      o.writeInt(c.elections().size());
      for (Election e : c.elections().values()) {
        str(o, e.id());
        str(o, e.kind().name());
        date(o, e.candidatesDetermined());
        range(o, e.campaign());
        range(o, e.quietPeriod());
        date(o, e.votingDay());
        o.writeInt(e.candidatesDeterminedByOffice().size());
        for (Map.Entry<id.netral.core.model.Office, LocalDate> d : new java.util.TreeMap<>(e.candidatesDeterminedByOffice()).entrySet()) {
          str(o, d.getKey().name());
          date(o, d.getValue());
        }
      }
      o.writeInt(c.questions().size());
      for (Map.Entry<String, LocalizedText> q : c.questions().entrySet()) {
        str(o, q.getKey());
        text(o, q.getValue());
      }
      o.writeInt(c.interpretations().size());
      for (Interpretation i : c.interpretations()) {
        str(o, i.id());
        text(o, i.question());
        str(o, i.choice());
        o.writeInt(i.options().size());
        for (Map.Entry<String, LocalizedText> e : new java.util.TreeMap<>(i.options()).entrySet()) {
          str(o, e.getKey());
          text(o, e.getValue());
        }
        str(o, i.reasons());
        strings(o, i.sources());
        strings(o, i.rules());
      }
      o.writeInt(c.consequences().size());
      for (Consequence q : c.consequences()) {
        str(o, q.id());
        text(o, q.title());
        o.writeInt(q.rows().size());
        for (ConsequenceRow r : q.rows()) {
          strings(o, r.actors().stream().map(Enum::name).toList());
          range(o, r.period());
          o.writeInt(r.levels().size());
          for (Map.Entry<id.netral.core.DisciplineLevel, String> e : r.levels().entrySet()) {
            str(o, e.getKey().name());
            str(o, e.getValue());
          }
          str(o, r.sanction());
          sanction(o, r.penalty());
          str(o, r.basis());
          strings(o, r.via());
          str(o, r.laterFor());
          str(o, r.heaviest());
          str(o, r.authority());
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return bytes.toByteArray();
  }

  /** The catalog from bytes written by {@link #encode}. */
  public static Catalog decode(byte[] data) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
      if (!MAGIC.equals(str(in))) {
        throw new RuleSetException(FILE + ": not a netral catalog");
      }
      String version = str(in);
      String digest = str(in);
      List<Instrument> instruments = new ArrayList<>();
      for (int n = in.readInt(); n > 0; n--) {
        instruments.add(new Instrument(str(in), str(in), text(in), range(in), strings(in)));
      }
      List<Provision> provisions = new ArrayList<>();
      for (int n = in.readInt(); n > 0; n--) {
        String id = str(in);
        String instrument = str(in);
        String citation = str(in);
        LocalizedText paraphrase = text(in);
        DateRange inForce = range(in);
        String confidence = str(in);
        List<String> sources = strings(in);
        boolean encoded = in.readBoolean();
        String notes = str(in);
        SanctionTemplate sanction = sanction(in);
        List<Authority> authority = new ArrayList<>();
        for (int a = in.readInt(); a > 0; a--) {
          authority.add(new Authority(date(in), date(in),
              strings(in).stream().map(Position::valueOf).toList(), str(in), str(in)));
        }
        provisions.add(new Provision(id, instrument, citation, paraphrase, inForce, confidence, sources, encoded,
            notes, sanction, authority, texts(in)));
      }
      Map<String, Election> elections = new LinkedHashMap<>();
      for (int n = in.readInt(); n > 0; n--) {
        String eid = str(in);
        ElectionKind kind = ElectionKind.valueOf(str(in));
        LocalDate determined = date(in);
        id.netral.core.model.DateRange campaign = range(in);
        id.netral.core.model.DateRange quiet = range(in);
        LocalDate voting = date(in);
        Map<id.netral.core.model.Office, LocalDate> byOffice = new java.util.EnumMap<>(id.netral.core.model.Office.class);
        for (int k = in.readInt(); k > 0; k--) {
          byOffice.put(id.netral.core.model.Office.valueOf(str(in)), date(in));
        }
        Election e = new Election(eid, kind, determined, campaign, quiet, voting, byOffice);
        elections.put(e.id(), e);
      }
      Map<String, LocalizedText> questions = new LinkedHashMap<>();
      for (int n = in.readInt(); n > 0; n--) {
        questions.put(str(in), text(in));
      }
      List<Interpretation> interpretations = new ArrayList<>();
      for (int n = in.readInt(); n > 0; n--) {
        String id = str(in);
        LocalizedText question = text(in);
        String choice = str(in);
        Map<String, LocalizedText> options = new LinkedHashMap<>();
        for (int k = in.readInt(); k > 0; k--) {
          options.put(str(in), text(in));
        }
        interpretations.add(new Interpretation(id, question, choice, options, str(in), strings(in), strings(in)));
      }
      List<Consequence> consequences = new ArrayList<>();
      for (int n = in.readInt(); n > 0; n--) {
        String id = str(in);
        LocalizedText title = text(in);
        List<ConsequenceRow> rows = new ArrayList<>();
        for (int k = in.readInt(); k > 0; k--) {
          List<ActorType> actors = strings(in).stream().map(ActorType::valueOf).toList();
          DateRange period = range(in);
          Map<id.netral.core.DisciplineLevel, String> levels = new LinkedHashMap<>();
          for (int l = in.readInt(); l > 0; l--) {
            levels.put(named(id.netral.core.DisciplineLevel.class, str(in)), str(in));
          }
          rows.add(new ConsequenceRow(actors, period, levels, str(in), sanction(in), str(in), strings(in),
              str(in), str(in), str(in)));
        }
        consequences.add(new Consequence(id, title, rows));
      }
      return new Catalog(version, digest, instruments, provisions, elections, questions, interpretations,
          consequences);
    } catch (IOException | RuntimeException e) {
      if (e instanceof RuleSetException r) {
        throw r;
      }
      throw new RuleSetException(FILE + ": cannot be read: " + e, e);
    }
  }

  private static void sanction(DataOutputStream o, SanctionTemplate s) throws IOException {
    o.writeBoolean(s != null);
    if (s != null) {
      str(o, name(s.kind()));
      str(o, name(s.custody()));
      integer(o, s.minCustodyMonths());
      integer(o, s.maxCustodyMonths());
      longer(o, s.minFine());
      longer(o, s.maxFine());
      str(o, s.fineCategory());
      o.writeByte(s.cumulative() == null ? 2 : s.cumulative() ? 1 : 0);
      str(o, name(s.level()));
      str(o, s.dismissal());
      texts(o, s.options());
      str(o, s.optionsFrom());
    }
  }

  private static SanctionTemplate sanction(DataInputStream in) throws IOException {
    if (!in.readBoolean()) {
      return null;
    }
    id.netral.core.SanctionKind kind = named(id.netral.core.SanctionKind.class, str(in));
    id.netral.core.Custody custody = named(id.netral.core.Custody.class, str(in));
    Integer minMonths = integer(in);
    Integer maxMonths = integer(in);
    Long minFine = longer(in);
    Long maxFine = longer(in);
    String category = str(in);
    byte cumulative = in.readByte();
    return new SanctionTemplate(kind, custody, minMonths, maxMonths, minFine, maxFine, category,
        cumulative == 2 ? null : cumulative == 1, named(id.netral.core.DisciplineLevel.class, str(in)), str(in),
        texts(in), str(in));
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  private static <E extends Enum<E>> E named(Class<E> type, String name) {
    return name == null ? null : Enum.valueOf(type, name);
  }

  private static void str(DataOutputStream o, String s) throws IOException {
    if (s == null) {
      o.writeInt(-1);
      return;
    }
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    o.writeInt(b.length);
    o.write(b);
  }

  private static String str(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0) {
      return null;
    }
    byte[] b = new byte[n];
    in.readFully(b);
    return new String(b, StandardCharsets.UTF_8);
  }

  private static void text(DataOutputStream o, LocalizedText t) throws IOException {
    o.writeBoolean(t != null);
    if (t != null) {
      str(o, t.indonesian());
      str(o, t.english());
    }
  }

  private static LocalizedText text(DataInputStream in) throws IOException {
    return in.readBoolean() ? new LocalizedText(str(in), str(in)) : null;
  }

  private static void texts(DataOutputStream o, List<LocalizedText> list) throws IOException {
    o.writeInt(list.size());
    for (LocalizedText t : list) {
      text(o, t);
    }
  }

  private static List<LocalizedText> texts(DataInputStream in) throws IOException {
    List<LocalizedText> out = new ArrayList<>();
    for (int n = in.readInt(); n > 0; n--) {
      out.add(text(in));
    }
    return out;
  }

  private static void strings(DataOutputStream o, List<String> list) throws IOException {
    o.writeInt(list.size());
    for (String s : list) {
      str(o, s);
    }
  }

  private static List<String> strings(DataInputStream in) throws IOException {
    List<String> out = new ArrayList<>();
    for (int n = in.readInt(); n > 0; n--) {
      out.add(str(in));
    }
    return out;
  }

  private static void date(DataOutputStream o, LocalDate d) throws IOException {
    o.writeLong(d == null ? Long.MIN_VALUE : d.toEpochDay());
  }

  private static LocalDate date(DataInputStream in) throws IOException {
    long v = in.readLong();
    return v == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(v);
  }

  private static void range(DataOutputStream o, DateRange r) throws IOException {
    o.writeBoolean(r != null);
    if (r != null) {
      date(o, r.from());
      date(o, r.to());
    }
  }

  private static DateRange range(DataInputStream in) throws IOException {
    return in.readBoolean() ? new DateRange(date(in), date(in)) : null;
  }

  private static void integer(DataOutputStream o, Integer v) throws IOException {
    o.writeBoolean(v != null);
    if (v != null) {
      o.writeInt(v);
    }
  }

  private static Integer integer(DataInputStream in) throws IOException {
    return in.readBoolean() ? in.readInt() : null;
  }

  private static void longer(DataOutputStream o, Long v) throws IOException {
    o.writeBoolean(v != null);
    if (v != null) {
      o.writeLong(v);
    }
  }

  private static Long longer(DataInputStream in) throws IOException {
    return in.readBoolean() ? in.readLong() : null;
  }
}
