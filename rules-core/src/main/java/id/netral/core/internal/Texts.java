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
import id.netral.core.model.ActType;
import id.netral.core.model.CandidateStatus;
import id.netral.core.model.ElectionKind;
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

  /** {@code day} as written in {@code lang}: "17 Oktober 2023", "17 October 2023". */
  static String date(java.time.LocalDate day, Language lang) {
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

  /**
   * Who acted: the kind of actor, then the name and id ("Kepala desa kades-11", "PNS Budi (asn-1)").
   * A name that already says the kind ("Kepala Desa Sukamaju") is not preceded by it again in
   * Indonesian; English keeps its noun, which the Indonesian name does not give an English reader.
   */
  static String actor(ActFact f, Language lang) {
    ActorType type = f.getDeclaredActorType();
    String name = f.getActor().name();
    if (name == null) {
      return ACTORS.get(type).in(lang) + " " + f.getActor().id();
    }
    String named = name + " (" + f.getActor().id() + ")";
    return lang == Language.ID && names(name, type) ? named : ACTORS.get(type).in(lang) + " " + named;
  }

  /** The words an Indonesian text names each kind of actor by (lower case, whole words). */
  private static final Map<ActorType, java.util.regex.Pattern> NAMED_BY = new EnumMap<>(ActorType.class);

  static {
    named(ActorType.PNS, "pns", "pegawai negeri sipil");
    named(ActorType.PPPK, "pppk", "pegawai pemerintah dengan perjanjian kerja");
    named(ActorType.TNI, "tni", "prajurit");
    named(ActorType.POLRI, "polri", "kepolisian");
    named(ActorType.VILLAGE_HEAD, "kepala desa", "kades");
    named(ActorType.VILLAGE_OFFICIAL, "perangkat desa");
    named(ActorType.VILLAGE_COUNCIL_MEMBER, "bpd", "badan permusyawaratan desa");
    named(ActorType.LURAH, "lurah");
    named(ActorType.KELURAHAN_OFFICIAL, "perangkat kelurahan");
    named(ActorType.STATE_OFFICIAL, "pejabat negara");
    named(ActorType.REGIONAL_OFFICIAL, "pejabat daerah");
    named(ActorType.STATE_ENTERPRISE_STAFF, "bumn", "bumd");
    named(ActorType.JUDGE, "hakim");
    named(ActorType.AUDIT_BOARD_MEMBER, "bpk");
    named(ActorType.CENTRAL_BANK_OFFICIAL, "bank indonesia");
    named(ActorType.CAMPAIGN_TEAM, "tim kampanye", "pelaksana kampanye");
    named(ActorType.CANDIDATE, "calon");
  }

  private static void named(ActorType type, String... words) {
    NAMED_BY.put(type, java.util.regex.Pattern.compile("\\b(" + String.join("|", words) + ")\\b",
        java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE));
  }

  /**
   * Whether the Indonesian {@code text} names {@code type} ("Kepala Desa Sukamaju" a village head;
   * "PNS dilarang ..." a PNS). "ASN" names both kinds of ASN employee, PNS and PPPK.
   */
  static boolean names(String text, ActorType type) {
    if ((type == ActorType.PNS || type == ActorType.PPPK) && ASN.matcher(text).find()) {
      return true;
    }
    java.util.regex.Pattern p = NAMED_BY.get(type);
    return p != null && p.matcher(text).find();
  }

  private static final java.util.regex.Pattern ASN =
      java.util.regex.Pattern.compile("\\b(ASN|aparatur sipil negara)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

  /**
   * The sentence that says how a provision written for another kind of actor reaches {@code type}:
   * "Bagi PPPK, ketentuan itu berlaku melalui Pasal 52 ayat (3) PP 49/2018: ...".
   */
  static String reaches(ActorType type, LegalBasis via, LocalizedText paraphrase, Language lang) {
    String text = paraphrase.in(lang);
    return (lang == Language.ID
        ? "Bagi " + INVOLVED.get(type).indonesian() + ", ketentuan itu berlaku melalui " + via.citation() + ": "
        : "For " + INVOLVED.get(type).english() + " it applies through " + via.citation() + ": ")
        + text + (text.endsWith(".") ? "" : ".");
  }

  /** The election and its stage on the day of the act (over its period, where they differ); or that there is none. */
  static String stage(ActFact f, Language lang) {
    if (f.getElection() == null) {
      return lang == Language.ID ? "tanpa pemilihan yang disebut" : "no election named";
    }
    String election = f.getElection().id() != null ? f.getElection().id()
        : f.getElectionKind() == ElectionKind.PILKADA ? "Pilkada" : "Pemilu";
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
      // the statute's words: "kegiatan yang mengarah kepada keberpihakan terhadap ... meliputi
      // pertemuan, ajakan, himbauan, seruan, atau pemberian barang" (PP 94/2021 Pasal 5 huruf n angka 6)
      case PARTISAN_ACTIVITY -> (id ? "mengadakan kegiatan yang mengarah kepada keberpihakan" + object(f, true, " terhadap ")
          + ", berupa pertemuan, ajakan, imbauan, seruan atau pemberian barang"
          : "held an activity leaning towards" + object(f, false, " ", "a party or candidate")
          + ": a meeting, invitation, appeal, call or gift") + audience(a, id);
      // "membuat keputusan dan/atau melakukan tindakan yang menguntungkan atau merugikan salah satu
      // peserta Pemilu" (UU 7/2017 Pasal 282; UU 10/2016 Pasal 71 ayat (1): "... salah satu pasangan calon")
      case FAVORING_DECISION -> id
          ? "membuat keputusan dan/atau melakukan tindakan yang " + (a.effect() == null ? "menguntungkan atau merugikan"
              : a.effect().name().equals("BENEFITS") ? "menguntungkan" : "merugikan") + object(f, true, " ")
          : "made a decision or took an action that " + (a.effect() == null ? "benefits or harms"
              : a.effect().name().equals("BENEFITS") ? "benefits" : "harms") + object(f, false, " ");
      case SUPPORT_LETTER -> id ? "memberikan surat dukungan disertai fotokopi KTP" : "gave a letter of support with a copy of an identity card";
      case SPOUSE_CAMPAIGN -> id ? "mengikuti deklarasi atau kampanye suami/istri yang menjadi calon" : "took part in the declaration or campaign of a spouse who is a candidate";
      case VOTING -> id ? "menggunakan hak pilih" : "voted";
      // "mengikutsertakan" in UU 7/2017 Pasal 280 ayat (2); "melibatkan" in UU 1/2015 Pasal 70 ayat (1)
      case INVOLVING_APPARATUS -> (id ? (f.getElectionKind() == ElectionKind.PILKADA ? "melibatkan " : "mengikutsertakan ")
          : "involved ")
          + (a.involved().isEmpty() ? (id ? "aparat" : "the apparatus")
              : join(a.involved().stream().sorted().map(t -> INVOLVED.get(t).in(lang)).toList(), lang))
          + (id ? (f.getElectionKind() == ElectionKind.PILKADA ? " dalam kampanye" : " dalam kegiatan kampanye")
              : " in campaign activities");
    };
    // the acts whose phrase names whom they favour as their object
    boolean named = a.type() == ActType.FAVORING_DECISION || a.type() == ActType.PARTISAN_ACTIVITY;
    return named ? phrase : phrase + target(f, id);
  }

  /**
   * Whom the act favours, as the object of its verb: {@code before} and "calon \"X\"" / "the
   * candidate \"X\"", or "partai politik" / "the party"; with no target, the statute's "salah satu
   * peserta Pemilu" (a Pilkada: "salah satu pasangan calon") / "an election participant".
   */
  private static String object(ActFact f, boolean id, String before) {
    return object(f, id, before, "an election participant");
  }

  private static String object(ActFact f, boolean id, String before, String noneEn) {
    var target = f.getAct().target();
    if (target == null || target.kind() == TargetKind.NONE) {
      return before + (id ? (f.getElectionKind() == ElectionKind.PILKADA ? "salah satu pasangan calon" : "salah satu peserta Pemilu")
          : noneEn);
    }
    String name = target.name() == null ? "" : " \"" + target.name() + "\"";
    if (target.kind() == TargetKind.PARTY) {
      return before + (id ? "partai politik" : "the party") + name;
    }
    boolean bakal = f.getCandidateStatus() == CandidateStatus.BAKAL_CALON;
    return before + (id ? (bakal ? "bakal calon" : "calon") : bakal ? "the prospective candidate" : "the candidate") + name;
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
    String list = join(a.audience().stream().sorted().map(x -> audience(x, id)).toList(), id ? Language.ID : Language.EN);
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
          // "Hukuman Disiplin berat" (PP 94/2021 Pasal 8 ayat (1); PP 53/2010 Pasal 7 ayat (1))
          : id ? "hukuman disiplin " + lower(s.level().name()) : lower(level(s.level().name())) + " disciplinary penalty")
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
        + " hanya dijatuhkan satu jenis hukuman disiplin, yang terberat: hukuman disiplin " + lower(level) + "."
        : "This act breaches " + findings + " disciplinary provisions at once; under " + rule.citation()
        + " one disciplinary penalty only is imposed, the heaviest: a " + lower(level(level)) + " disciplinary penalty.";
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
