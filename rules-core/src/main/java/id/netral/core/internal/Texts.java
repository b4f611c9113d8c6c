package id.netral.core.internal;

import id.netral.core.Custody;
import id.netral.core.FindingType;
import id.netral.core.Language;
import id.netral.core.LegalBasis;
import id.netral.core.LocalizedText;
import id.netral.core.Sanction;
import id.netral.core.model.Act;
import id.netral.core.model.ActorType;
import id.netral.core.model.Audience;
import id.netral.core.model.CandidateStatus;
import id.netral.core.model.ElectionStage;
import id.netral.core.model.TargetKind;
import id.netral.core.rules.ActFact;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The words netral explains findings with, in Indonesian and English. No law is stated here. */
public final class Texts {
  private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
  private static final DateTimeFormatter DATE_ID = DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIAN);
  private static final DateTimeFormatter DATE_EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private static final Map<ActorType, LocalizedText> ACTORS = new EnumMap<>(ActorType.class);
  private static final Map<ActorType, LocalizedText> INVOLVED = new EnumMap<>(ActorType.class);
  private static final Map<ElectionStage, LocalizedText> STAGES = new EnumMap<>(ElectionStage.class);
  private static final Map<FindingType, LocalizedText> TRACKS = new EnumMap<>(FindingType.class);

  static {
    ACTORS.put(ActorType.PNS, t("PNS", "Civil servant (PNS)"));
    ACTORS.put(ActorType.PPPK, t("PPPK", "Contract civil servant (PPPK)"));
    ACTORS.put(ActorType.TNI, t("Prajurit TNI", "TNI soldier"));
    ACTORS.put(ActorType.POLRI, t("Anggota Polri", "Police (Polri) member"));
    ACTORS.put(ActorType.VILLAGE_HEAD, t("Kepala desa", "Village head"));
    ACTORS.put(ActorType.VILLAGE_OFFICIAL, t("Perangkat desa", "Village official"));
    ACTORS.put(ActorType.VILLAGE_COUNCIL_MEMBER, t("Anggota BPD", "Village council (BPD) member"));
    ACTORS.put(ActorType.LURAH, t("Lurah", "Urban-village head (lurah)"));
    ACTORS.put(ActorType.KELURAHAN_OFFICIAL, t("Perangkat kelurahan", "Urban-village official"));
    ACTORS.put(ActorType.STATE_OFFICIAL, t("Pejabat negara", "State official"));
    ACTORS.put(ActorType.REGIONAL_OFFICIAL, t("Pejabat daerah", "Regional official"));
    ACTORS.put(ActorType.STATE_ENTERPRISE_STAFF, t("Direksi, komisaris, dewan pengawas atau karyawan BUMN/BUMD",
        "Director, commissioner or employee of a state- or region-owned enterprise"));
    ACTORS.put(ActorType.JUDGE, t("Hakim", "Judge"));
    ACTORS.put(ActorType.AUDIT_BOARD_MEMBER, t("Anggota BPK", "Audit Board (BPK) member"));
    ACTORS.put(ActorType.CENTRAL_BANK_OFFICIAL, t("Pejabat Bank Indonesia", "Bank Indonesia official"));
    ACTORS.put(ActorType.CAMPAIGN_TEAM, t("Pelaksana/tim kampanye", "Campaign executor/team"));
    ACTORS.put(ActorType.CANDIDATE, t("Calon", "Candidate"));

    INVOLVED.put(ActorType.PNS, t("PNS", "civil servants (PNS)"));
    INVOLVED.put(ActorType.PPPK, t("PPPK", "contract civil servants (PPPK)"));
    INVOLVED.put(ActorType.TNI, t("anggota TNI", "TNI soldiers"));
    INVOLVED.put(ActorType.POLRI, t("anggota Polri", "police (Polri) members"));
    INVOLVED.put(ActorType.VILLAGE_HEAD, t("kepala desa", "village heads"));
    INVOLVED.put(ActorType.VILLAGE_OFFICIAL, t("perangkat desa", "village officials"));
    INVOLVED.put(ActorType.VILLAGE_COUNCIL_MEMBER, t("anggota BPD", "village council (BPD) members"));
    INVOLVED.put(ActorType.LURAH, t("lurah", "urban-village heads (lurah)"));
    INVOLVED.put(ActorType.KELURAHAN_OFFICIAL, t("perangkat kelurahan", "urban-village officials"));
    INVOLVED.put(ActorType.STATE_OFFICIAL, t("pejabat negara", "state officials"));
    INVOLVED.put(ActorType.REGIONAL_OFFICIAL, t("pejabat daerah", "regional officials"));
    INVOLVED.put(ActorType.STATE_ENTERPRISE_STAFF, t("direksi, komisaris atau karyawan BUMN/BUMD",
        "staff of state- or region-owned enterprises"));
    INVOLVED.put(ActorType.JUDGE, t("hakim", "judges"));
    INVOLVED.put(ActorType.AUDIT_BOARD_MEMBER, t("anggota BPK", "Audit Board (BPK) members"));
    INVOLVED.put(ActorType.CENTRAL_BANK_OFFICIAL, t("pejabat Bank Indonesia", "Bank Indonesia officials"));
    INVOLVED.put(ActorType.CAMPAIGN_TEAM, t("pelaksana/tim kampanye", "campaign executors"));
    INVOLVED.put(ActorType.CANDIDATE, t("calon", "candidates"));
    STAGES.put(ElectionStage.BEFORE_DETERMINATION,
        t("sebelum penetapan calon, saat yang didukung masih bakal calon",
            "before candidates were determined, while those supported were prospective candidates"));
    STAGES.put(ElectionStage.BEFORE_CAMPAIGN,
        t("setelah penetapan calon, sebelum masa kampanye", "after candidates were determined, before the campaign period"));
    STAGES.put(ElectionStage.CAMPAIGN, t("masa kampanye", "the campaign period"));
    STAGES.put(ElectionStage.QUIET_PERIOD, t("masa tenang", "the quiet period"));
    STAGES.put(ElectionStage.VOTING_DAY, t("hari pemungutan suara", "voting day"));
    STAGES.put(ElectionStage.AFTER_VOTING, t("setelah hari pemungutan suara", "after voting day"));

    TRACKS.put(FindingType.ETHICS, t("Ini pelanggaran kode etik.", "This is a breach of the code of ethics."));
    TRACKS.put(FindingType.DISCIPLINE, t("Ini pelanggaran disiplin.", "This is a breach of discipline."));
    TRACKS.put(FindingType.ADMINISTRATIVE, t("Ini pelanggaran administratif.", "This is an administrative breach."));
    TRACKS.put(FindingType.CRIMINAL, t("Perbuatan ini diancam pidana.", "This act is a criminal offence."));
  }

  private Texts() {}

  static LocalizedText t(String id, String en) {
    return new LocalizedText(id, en);
  }

  /**
   * The day of the act, as it follows "pada"/"on"; for an act known only by a period, "suatu hari
   * antara 1 Desember 2023 dan 15 Januari 2024" / "a day between 1 December 2023 and 15 January 2024".
   */
  static String date(ActFact f, Language lang) {
    var period = f.getAct().period();
    if (period != null) {
      return lang == Language.ID
          ? "suatu hari antara " + date(period.from(), lang) + " dan " + date(period.to(), lang)
          : "a day between " + date(period.from(), lang) + " and " + date(period.to(), lang);
    }
    return date(f.getDate(), lang);
  }

  private static String date(java.time.LocalDate day, Language lang) {
    java.util.concurrent.ConcurrentHashMap<java.time.LocalDate, String> cache =
        lang == Language.ID ? DATES_ID : DATES_EN;
    String s = cache.get(day);
    if (s == null) {
      s = day.format(lang == Language.ID ? DATE_ID : DATE_EN);
      if (cache.size() < DATES_KEPT) {
        cache.put(day, s);
      }
    }
    return s;
  }

  /**
   * Dates as written, kept: a batch repeats few dates, and formatting one was a twentieth of
   * writing a result. Bounded, so an input of ever new dates does not grow it without end.
   */
  private static final int DATES_KEPT = 4096;
  private static final java.util.concurrent.ConcurrentHashMap<java.time.LocalDate, String> DATES_ID =
      new java.util.concurrent.ConcurrentHashMap<>();
  private static final java.util.concurrent.ConcurrentHashMap<java.time.LocalDate, String> DATES_EN =
      new java.util.concurrent.ConcurrentHashMap<>();

  static String actor(ActFact f, Language lang) {
    LocalizedText type = ACTORS.get(f.getDeclaredActorType());
    String name = f.getActor().name() != null ? f.getActor().name() + " (" + f.getActor().id() + ")" : f.getActor().id();
    return type.in(lang) + " " + name;
  }

  /** The election and its stage on the day of the act (over its period, where they differ); or that there is none. */
  static String stage(ActFact f, Language lang) {
    if (f.getElection() == null) {
      return lang == Language.ID ? "tanpa pemilihan yang disebut" : "no election named";
    }
    String election = f.getElection().id() != null ? f.getElection().id() : f.getElectionKind().name();
    if (f.getStage() == ElectionStage.AFTER_VOTING) {
      // no stage of the election covers the day: say so, rather than name one
      String voting = f.getElection().votingDay().format(lang == Language.ID ? DATE_ID : DATE_EN);
      return lang == Language.ID ? "di luar kalender " + election + ", setelah hari pemungutan suara " + voting
          : "outside the calendar of " + election + ", after its voting day, " + voting;
    }
    var period = f.getAct().period();
    if (period != null) {
      ElectionStage first = f.getElection().stageOn(period.from(), f.getTargetOffice());
      ElectionStage last = f.getElection().stageOn(period.to(), f.getTargetOffice());
      if (first != last) {
        return election + ", " + (lang == Language.ID ? "dari " : "from ") + STAGES.get(first).in(lang)
            + (lang == Language.ID ? " sampai " : " to ") + STAGES.get(last).in(lang);
      }
      return election + ", " + STAGES.get(first).in(lang);
    }
    return election + ", " + STAGES.get(f.getStage()).in(lang);
  }

  static String track(FindingType type, Language lang) {
    return TRACKS.get(type).in(lang);
  }

  /** What was done, as a verb phrase, with whom it favoured. */
  static String act(ActFact f, Language lang) {
    Act a = f.getAct();
    boolean id = lang == Language.ID;
    String phrase = switch (a.type()) {
      case PARTY_MEMBERSHIP -> id
          ? "menjadi " + (a.partyRole() == null ? "anggota/pengurus" : a.partyRole().name().equals("MEMBER") ? "anggota" : "pengurus") + " partai politik"
          : "became a party " + (a.partyRole() == null ? "member or officer" : a.partyRole().name().toLowerCase(Locale.ROOT));
      case CANDIDACY -> (id ? "mencalonkan diri atau dicalonkan" : "stood or was nominated as a candidate")
          + (a.office() == null ? "" : (id ? " sebagai " : " for ") + a.office());
      case PARTY_APPROACH -> id ? "melakukan pendekatan kepada partai politik atau masyarakat sebagai bakal calon"
          : "approached a party or the public as a prospective candidate";
      case CAMPAIGN_PROPS -> id ? "memasang spanduk, baliho atau alat peraga" : "put up banners, billboards or campaign props";
      case ONLINE_CAMPAIGN -> id ? "melakukan sosialisasi atau kampanye di media sosial atau daring" : "campaigned or socialised online or on social media";
      case SOCIAL_MEDIA_ENGAGEMENT -> socialMedia(a, id);
      case PARTISAN_PHOTO -> id ? "mengunggah foto bersama calon, tim sukses atau alat peraga" : "posted a photo with a candidate, a success team or campaign props";
      case CAMPAIGN_ATTENDANCE -> id ? "menghadiri deklarasi, kampanye atau sosialisasi" : "attended a declaration, campaign event or socialisation";
      case CAMPAIGN_ROLE -> campaignRole(a, id);
      case PARTISAN_ACTIVITY -> (id ? "mengadakan kegiatan yang menunjukkan keberpihakan (pertemuan, ajakan, imbauan, seruan atau pemberian barang)"
          : "held an activity showing partiality (a meeting, invitation, appeal, call or gift)") + audience(a, id);
      case FAVORING_DECISION -> id
          ? "membuat keputusan atau tindakan yang " + (a.effect() == null ? "menguntungkan atau merugikan" : a.effect().name().equals("BENEFITS") ? "menguntungkan" : "merugikan")
          : "made a decision or took an action that " + (a.effect() == null ? "benefits or harms" : a.effect().name().equals("BENEFITS") ? "benefits" : "harms");
      case SUPPORT_LETTER -> id ? "memberikan surat dukungan disertai fotokopi KTP" : "gave a letter of support with a copy of an identity card";
      case SPOUSE_CAMPAIGN -> id ? "mengikuti deklarasi atau kampanye suami/istri yang menjadi calon" : "took part in the declaration or campaign of a spouse who is a candidate";
      case VOTING -> id ? "menggunakan hak pilih" : "voted";
      case INVOLVING_APPARATUS -> (id ? "mengikutsertakan " : "involved ")
          + (a.involved().isEmpty() ? (id ? "aparat" : "the apparatus")
              : a.involved().stream().sorted().map(t -> INVOLVED.get(t).in(lang)).collect(Collectors.joining(", ")))
          + (id ? " dalam kegiatan kampanye" : " in campaign activities");
    };
    return phrase + target(f, id);
  }

  private static String socialMedia(Act a, boolean id) {
    String form = a.form() == null ? (id ? "berinteraksi dengan konten" : "engaged with content") : switch (a.form()) {
      case POST -> id ? "membuat unggahan" : "posted";
      case COMMENT -> id ? "mengomentari unggahan" : "commented on a post";
      case SHARE -> id ? "membagikan unggahan" : "shared a post";
      case LIKE -> id ? "menyukai unggahan" : "liked a post";
      case FOLLOW -> id ? "mengikuti akun" : "followed an account";
      case JOIN_GROUP -> id ? "bergabung dalam grup" : "joined a group";
    };
    return form + (id ? " di media sosial" : " on social media");
  }

  private static String campaignRole(Act a, boolean id) {
    if (a.campaignRole() == null) {
      return id ? "mengambil peran dalam kampanye" : "took a role in a campaign";
    }
    return switch (a.campaignRole()) {
      case EXECUTOR -> id ? "menjadi pelaksana kampanye" : "acted as a campaign executor";
      case TEAM_MEMBER -> id ? "menjadi anggota tim kampanye" : "served on a campaign team";
      case EXPERT -> id ? "menjadi tim ahli" : "served on an expert team";
      case WINNING_TEAM -> id ? "menjadi tim pemenangan" : "served on a winning team";
      case CONSULTANT -> id ? "menjadi konsultan" : "acted as a consultant";
    };
  }

  private static String audience(Act a, boolean id) {
    if (a.audience().isEmpty()) {
      return "";
    }
    String list = a.audience().stream().sorted().map(x -> audience(x, id)).collect(Collectors.joining(", "));
    return (id ? " kepada " : " directed at ") + list;
  }

  private static String audience(Audience x, boolean id) {
    return switch (x) {
      case SUBORDINATES -> id ? "ASN di unit kerjanya" : "civil servants in the work unit";
      case FAMILY -> id ? "anggota keluarga" : "family members";
      case PUBLIC -> id ? "masyarakat" : "the public";
    };
  }

  private static String target(ActFact f, boolean id) {
    var target = f.getAct().target();
    if (target == null || target.kind() == TargetKind.NONE) {
      return "";
    }
    String name = target.name() == null ? "" : " \"" + target.name() + "\"";
    if (target.kind() == TargetKind.PARTY) {
      return (id ? ", berpihak kepada partai politik" : ", favouring the party") + name;
    }
    boolean bakal = f.getCandidateStatus() == CandidateStatus.BAKAL_CALON;
    return id ? ", berpihak kepada " + (bakal ? "bakal calon" : "calon") + name
        : ", favouring the " + (bakal ? "prospective candidate" : "candidate") + name;
  }

  /** The sanction as a sentence fragment. */
  public static String sanction(Sanction s, Language lang) {
    boolean id = lang == Language.ID;
    String options = s.options().stream().map(o -> o.in(lang)).collect(Collectors.joining(id ? "; atau " : "; or "));
    return switch (s.kind().name()) {
      case "CRIMINAL_PENALTY" -> criminal(s, id);
      case "DISCIPLINARY" -> (s.level() == null ? (id ? "hukuman disiplin" : "disciplinary penalty")
          : id ? "hukuman disiplin tingkat " + lower(s.level().name()) : lower(level(s.level().name())) + " disciplinary penalty")
          + (options.isEmpty() ? "" : (id ? ", berupa salah satu dari: " : ", one of: ") + options);
      case "NONE" -> (id ? "tidak ada sanksi yang ditetapkan oleh ketentuan ini sendiri" : "no sanction set by this provision itself")
          + (options.isEmpty() ? "" : (id ? "; yang berlaku: " : "; what follows: ") + options);
      case "MORAL" -> (id ? "sanksi moral" : "moral sanction") + (options.isEmpty() ? "" : (id ? " berupa " : ": ") + options);
      case "DISMISSAL" -> (id ? "pemberhentian" : "dismissal") + (s.dismissal() == null ? "" : " (" + s.dismissal() + ")")
          + (options.isEmpty() ? "" : ": " + options);
      default -> options.isEmpty() ? (id ? "sanksi administratif" : "administrative sanction") : options;
    };
  }

  private static String level(String level) {
    if (level == null) {
      return "";
    }
    return switch (level) {
      case "RINGAN" -> "light (ringan)";
      case "SEDANG" -> "moderate (sedang)";
      case "BERAT" -> "heavy (berat)";
      default -> level;
    };
  }

  private static String lower(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }

  private static String criminal(Sanction s, boolean id) {
    StringBuilder b = new StringBuilder();
    if (s.custody() != null) {
      boolean kurungan = s.custody() == Custody.KURUNGAN;
      b.append(id ? (kurungan ? "pidana kurungan" : "pidana penjara") : (kurungan ? "confinement (kurungan)" : "imprisonment (penjara)"));
      b.append(range(months(s.minCustodyMonths(), id), months(s.maxCustodyMonths(), id), id, true));
    }
    if (s.maxFine() != null || s.minFine() != null) {
      if (b.length() > 0) {
        b.append(Boolean.FALSE.equals(s.cumulative()) ? (id ? " dan/atau " : " and/or ") : (id ? " dan " : " and "));
      }
      b.append(id ? (b.length() == 0 ? "pidana denda" : "denda") : "a fine");
      if (s.fineCategory() != null && s.minFine() == null) {
        b.append(id ? " paling banyak kategori " : " of at most category ").append(s.fineCategory())
            .append(" (").append(rupiah(s.maxFine(), id)).append(')');
      } else {
        b.append(range(rupiah(s.minFine(), id), rupiah(s.maxFine(), id), id, false));
      }
    }
    if (s.custody() == null && s.fineCategory() != null && !id) {
      b.append(", with no custody");
    } else if (s.custody() == null && s.fineCategory() != null) {
      b.append(", tanpa pidana badan");
    }
    return b.toString();
  }

  /**
   * What a finding's explanation says of the later law's penalty: both are shown, and the court
   * applies the more favourable.
   */
  static String later(Sanction s, Language lang) {
    boolean id = lang == Language.ID;
    Sanction later = s.later();
    return (id ? "Undang-undang yang berlaku kemudian mengubah ancaman pidananya menjadi "
        : "A later law changed the penalty to ")
        + sanction(later, lang) + " (" + later.basis().citation() + ")"
        + (id ? "; menurut " + s.laterRule().citation() + ", pengadilan menerapkan ketentuan yang paling menguntungkan"
            + " bagi pelaku di antara keduanya."
            : "; under " + s.laterRule().citation() + ", the court applies whichever of the two is more favourable"
            + " to the offender.");
  }

  /** The explanation of a combined penalty: several findings, one penalty, the heaviest. */
  static String combined(int findings, String level, LegalBasis rule, Language lang) {
    boolean id = lang == Language.ID;
    return id ? "Perbuatan ini melanggar " + findings + " ketentuan disiplin sekaligus; menurut " + rule.citation()
        + " hanya dijatuhkan satu hukuman disiplin, yang terberat: tingkat " + lower(level) + "."
        : "This act breaches " + findings + " disciplinary provisions at once; under " + rule.citation()
        + " one disciplinary penalty is imposed, the heaviest: " + lower(level(level)) + ".";
  }

  private static String range(String min, String max, boolean id, boolean time) {
    String least = id ? (time ? " paling singkat " : " paling sedikit ") : " of at least ";
    String most = id ? (time ? " paling lama " : " paling banyak ") : " of at most ";
    if (min != null && max != null) {
      return least + min + (id ? " dan" : " and") + (id ? most : " at most ") + max;
    }
    return min != null ? least + min : max != null ? most + max : "";
  }

  private static String months(Integer n, boolean id) {
    if (n == null) {
      return null;
    }
    return n + (id ? " bulan" : n == 1 ? " month" : " months");
  }

  private static String rupiah(Long amount, boolean id) {
    if (amount == null) {
      return null;
    }
    String digits = Long.toString(Math.abs(amount));
    StringBuilder b = new StringBuilder(digits.length() + 6).append(amount < 0 ? "-Rp" : "Rp");
    char separator = id ? '.' : ',';
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        b.append(separator);
      }
      b.append(digits.charAt(i));
    }
    return b.toString();
  }

  static String join(List<String> parts, Language lang) {
    if (parts.size() <= 1) {
      return String.join("", parts);
    }
    String last = parts.get(parts.size() - 1);
    return String.join(", ", parts.subList(0, parts.size() - 1)) + (lang == Language.ID ? " dan " : " and ") + last;
  }
}
