package id.netral.cli;

import id.netral.core.Finding;
import id.netral.core.FindingType;
import id.netral.core.Language;
import id.netral.core.LegalBasis;
import id.netral.core.Sanction;
import id.netral.core.Verdict;
import id.netral.core.catalog.Catalog;
import id.netral.core.catalog.Provision;
import id.netral.core.model.Expectation.ExpectedFinding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Findings and sanctions as a drafter reads them in {@code netral test} and {@code netral diff}:
 * type, provisions with their citations, the sanction in words, and each part of a sanction by
 * name, in English or Indonesian.
 */
final class Readable {
  private Readable() {}

  /** The parts of a sanction an expectation can name, in the order they are shown. */
  static final List<String> KEYS = List.of("kind", "custody", "minCustodyMonths", "maxCustodyMonths", "fineCategory",
      "minFine", "maxFine", "cumulative", "level", "dismissal", "options", "basis", "later");

  static String verdict(Verdict v, Language lang) {
    return verdict(v.name(), lang);
  }

  /** A verdict given by name, in the words of {@link Verdict#label(Language)}; an unknown name as it is. */
  static String verdict(String v, Language lang) {
    for (Verdict known : Verdict.values()) {
      if (known.name().equals(v)) {
        return known.label(lang);
      }
    }
    return v;
  }

  static String type(FindingType t, Language lang) {
    return type(t.name(), lang);
  }

  /** A finding type given by name, in the words of {@link FindingType#label(Language)}; an unknown name as it is. */
  static String type(String t, Language lang) {
    for (FindingType known : FindingType.values()) {
      if (known.name().equals(t)) {
        return known.label(lang);
      }
    }
    return t;
  }

  /** {@code [a1] CRIMINAL uu-7-2017/pasal-494}: the act, the type and the rule's id. */
  static String head(Finding f, Language lang) {
    return "[" + f.act() + "] " + type(f.type(), lang) + " " + f.rule();
  }

  /** The citations of the provisions, joined by "; ". */
  static String citations(List<LegalBasis> basis) {
    return basis.stream().map(LegalBasis::citation).collect(Collectors.joining("; "));
  }

  /** {@code [a1] CRIMINAL uu-7-2017/pasal-494 (citations); sanction: in words}. */
  static String finding(Finding f, Language lang) {
    boolean id = lang == Language.ID;
    return head(f, lang) + " (" + citations(f.basis()) + "); " + (id ? "sanksi: " : "sanction: ")
        + (f.sanction() == null ? (id ? "tidak ada" : "none") : f.sanction().describe(lang));
  }

  /** {@code CRIMINAL uu-7-2017/pasal-494 (citation) on act a1; sanction: the keys in words}. */
  static String expected(ExpectedFinding e, Catalog catalog, Language lang) {
    boolean id = lang == Language.ID;
    String citation = catalog.provision(e.basis()).map(Provision::citation).orElse(null);
    StringBuilder b = new StringBuilder();
    b.append(type(e.type(), lang)).append(' ').append(e.basis());
    if (citation != null) {
      b.append(" (").append(citation).append(')');
    }
    if (e.act() != null) {
      b.append(id ? " pada perbuatan " : " on act ").append(e.act());
    }
    if (!e.sanction().isEmpty()) {
      b.append(id ? "; sanksi: " : "; sanction: ").append(expectedSanction(e.sanction(), lang));
    }
    return b.toString();
  }

  /** The keys of an expected sanction in words, in a fixed order. */
  static String expectedSanction(Map<String, Object> keys, Language lang) {
    List<String> parts = new ArrayList<>();
    for (String k : ordered(keys.keySet())) {
      parts.add(part(k, keys.get(k), lang));
    }
    return String.join(", ", parts);
  }

  /** {@code keys} in the order of {@link #KEYS}, {@code later.} keys after the others. */
  static List<String> ordered(java.util.Collection<String> keys) {
    List<String> out = new ArrayList<>(keys);
    out.sort(java.util.Comparator.comparing((String k) -> k.startsWith("later.") ? 1 : 0)
        .thenComparing(k -> {
          int i = KEYS.indexOf(k.startsWith("later.") ? k.substring(6) : k);
          return i < 0 ? KEYS.size() : i;
        }).thenComparing(k -> k));
    return out;
  }

  /** One part of a sanction with its value, in words: "fine category IV", "denda kategori IV". */
  static String part(String key, Object value, Language lang) {
    boolean id = lang == Language.ID;
    if (key.startsWith("later.")) {
      return (id ? "ancaman undang-undang yang lebih baru: " : "later law's penalty: ") + part(key.substring(6), value, lang);
    }
    String v = String.valueOf(value);
    return switch (key) {
      case "kind" -> kind(v, lang);
      case "custody" -> custody(v, lang);
      case "later" -> "NONE".equals(v) ? (id ? "tanpa ancaman undang-undang yang lebih baru" : "no later law's penalty")
          : (id ? "dengan ancaman undang-undang yang lebih baru di sampingnya" : "the later law's penalty beside it");
      case "cumulative" -> Boolean.parseBoolean(v) ? (id ? "pidana badan dan denda" : "custody and a fine")
          : (id ? "pidana badan dan/atau denda" : "custody and/or a fine");
      default -> label(key, lang) + " " + value(key, value, lang);
    };
  }

  /** The name of a part of a sanction: "maximum fine", "denda paling banyak". */
  static String label(String key, Language lang) {
    boolean id = lang == Language.ID;
    if (key.startsWith("later.")) {
      return (id ? "ancaman undang-undang yang lebih baru, " : "later law's penalty, ") + label(key.substring(6), lang);
    }
    return switch (key) {
      case "kind" -> id ? "jenis sanksi" : "kind of sanction";
      case "custody" -> id ? "pidana badan" : "custody";
      case "minCustodyMonths" -> id ? "pidana badan paling singkat" : "minimum custody";
      case "maxCustodyMonths" -> id ? "pidana badan paling lama" : "maximum custody";
      case "minFine" -> id ? "denda paling sedikit" : "minimum fine";
      case "maxFine" -> id ? "denda paling banyak" : "maximum fine";
      case "fineCategory" -> id ? "denda kategori" : "fine category";
      case "cumulative" -> id ? "pidana badan dan denda bersama-sama" : "custody and fine together";
      case "level" -> id ? "tingkat" : "level";
      case "dismissal" -> id ? "pemberhentian" : "dismissal";
      case "options" -> id ? "pilihan sanksi" : "options";
      case "basis" -> id ? "dasar sanksi" : "basis of the sanction";
      case "later" -> id ? "ancaman undang-undang yang lebih baru" : "later law's penalty";
      default -> key;
    };
  }

  /** A value of a part of a sanction in words; "none" for null. */
  static String value(String key, Object value, Language lang) {
    boolean id = lang == Language.ID;
    if (value == null) {
      return id ? "tidak ada" : "none";
    }
    String k = key.startsWith("later.") ? key.substring(6) : key;
    String v = String.valueOf(value);
    return switch (k) {
      case "kind" -> kind(v, lang);
      case "custody" -> custody(v, lang);
      case "minFine", "maxFine" -> value instanceof Number n ? rupiah(n.longValue(), lang) : v;
      case "minCustodyMonths", "maxCustodyMonths" -> v + (id ? " bulan" : " months");
      case "level" -> id ? v.toLowerCase(java.util.Locale.ROOT) : v;
      case "cumulative" -> Boolean.parseBoolean(v) ? (id ? "ya" : "yes") : (id ? "tidak" : "no");
      case "later" -> "NONE".equals(v) ? (id ? "tidak ada" : "none") : v;
      default -> v;
    };
  }

  private static String kind(String v, Language lang) {
    boolean id = lang == Language.ID;
    return switch (v) {
      case "CRIMINAL_PENALTY" -> id ? "pidana" : "criminal penalty";
      case "DISCIPLINARY" -> id ? "hukuman disiplin" : "disciplinary penalty";
      case "MORAL" -> id ? "sanksi moral" : "moral sanction";
      case "DISMISSAL" -> id ? "pemberhentian" : "dismissal";
      case "ADMINISTRATIVE" -> id ? "sanksi administratif" : "administrative sanction";
      case "NONE" -> id ? "tanpa sanksi" : "no sanction";
      default -> v;
    };
  }

  private static String custody(String v, Language lang) {
    boolean id = lang == Language.ID;
    return switch (v) {
      case "NONE" -> id ? "tanpa pidana badan" : "no custody";
      case "KURUNGAN" -> id ? "pidana kurungan" : "confinement (kurungan)";
      case "PENJARA" -> id ? "pidana penjara" : "imprisonment (penjara)";
      default -> v;
    };
  }

  /** Rp200,000,000 in English, Rp200.000.000 in Indonesian. */
  static String rupiah(long amount, Language lang) {
    String s = String.format(java.util.Locale.ROOT, "%,d", amount);
    return "Rp" + (lang == Language.ID ? s.replace(',', '.') : s);
  }

  /**
   * The value of the part {@code key} of {@code s}, as an expectation compares it: enums and
   * strings as text, months and fines as numbers, {@code later} as NONE or PRESENT.
   */
  static Object value(Sanction s, String key) {
    if (s == null) {
      return null;
    }
    if (key.startsWith("later.")) {
      return value(s.later(), key.substring(6));
    }
    return switch (key) {
      case "kind" -> text(s.kind());
      case "custody" -> s.custody() == null ? "NONE" : text(s.custody());
      case "fineCategory" -> text(s.fineCategory());
      case "later" -> s.later() == null ? "NONE" : "PRESENT";
      case "minCustodyMonths" -> s.minCustodyMonths() == null ? null : s.minCustodyMonths().longValue();
      case "maxCustodyMonths" -> s.maxCustodyMonths() == null ? null : s.maxCustodyMonths().longValue();
      case "minFine" -> s.minFine();
      case "maxFine" -> s.maxFine();
      case "cumulative" -> s.cumulative();
      case "level" -> text(s.level());
      case "dismissal" -> text(s.dismissal());
      case "options" -> s.options().isEmpty() ? null : s.options().size();
      case "basis" -> s.basis() == null ? null : s.basis().id();
      default -> null;
    };
  }

  /** An enum or a string as its text (the model's vocabularies may be either). */
  private static String text(Object o) {
    return o == null ? null : o instanceof Enum<?> e ? e.name() : String.valueOf(o);
  }

  /** Whether an expected value and a found one are the same (numbers compared as numbers). */
  static boolean same(Object expected, Object found) {
    if (expected instanceof Number a && found instanceof Number b) {
      return a.longValue() == b.longValue();
    }
    if ("NONE".equals(String.valueOf(expected)) && found == null) {
      return true;
    }
    return Objects.equals(expected == null ? null : String.valueOf(expected), found == null ? null : String.valueOf(found));
  }

  /**
   * The parts of two sanctions that differ, {@code later.} parts included: each {@code {key, before,
   * after}}.
   */
  static List<Object[]> differences(Sanction before, Sanction after) {
    List<Object[]> out = new ArrayList<>();
    for (String k : KEYS) {
      if (k.equals("later")) {
        continue;
      }
      Object a = value(before, k);
      Object b = value(after, k);
      if (!Objects.equals(a, b)) {
        out.add(new Object[] {k, a, b});
      }
    }
    Sanction la = before == null ? null : before.later();
    Sanction lb = after == null ? null : after.later();
    if ((la == null) != (lb == null)) {
      out.add(new Object[] {"later", la == null ? "NONE" : "PRESENT", lb == null ? "NONE" : "PRESENT"});
    } else if (la != null) {
      for (Object[] d : differences(la, lb)) {
        out.add(new Object[] {"later." + d[0], d[1], d[2]});
      }
    }
    return out;
  }
}
