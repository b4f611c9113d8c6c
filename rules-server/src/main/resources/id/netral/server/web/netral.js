// netral serve: the web page. Plain JavaScript, no library, no request but to this server.
//
// The vocabulary of the form (actor types, act types and the fields of each, the circumstances,
// offices, elections) is read from scenario.schema.json, the schema of rules-core copied here at
// build time, and the calendars from GET /v1/elections: a value added to the schema shows up here
// without a change to this file. What lives here is how each value is said, in Indonesian and in
// English; a value with no label here is shown with the schema's own description.
'use strict';

(function () {
  // ---------------------------------------------------------------- labels: [Indonesian, English]
  const UI = {
    'page.title': ['netral: penilaian netralitas aparatur negara', 'netral: assessing the neutrality of state apparatus'],
    'skip': ['Langsung ke isi', 'Skip to content'],
    'tagline': ['Penilaian netralitas aparatur negara dalam pemilihan', 'The neutrality of the state apparatus in elections'],
    'lang.other': ['English', 'Bahasa Indonesia'],
    'lang.switched': ['Bahasa: Indonesia', 'Language: English'],
    'memo.head': ['Memo penilaian netralitas', 'Neutrality assessment memo'],
    'page.h1': ['Menilai perbuatan aparatur negara', 'Assess what a member of the state apparatus did'],
    'page.lead': ['Isi formulir tentang pelaku dan perbuatannya, atau tempel dokumen skenario. netral menunjukkan ketentuan yang tampaknya dilanggar, sanksinya, siapa yang memutus, dan fakta yang masih perlu dipastikan.',
      'Fill in the form about the actor and the acts, or paste a scenario document. netral shows which provisions the facts appear to breach, the sanction, who decides, and which facts still need to be established.'],
    'page.disclaimer': ['Ini bukan nasihat hukum: hasilnya untuk orang yang berwenang memutus.', 'This is not legal advice: the result is for a person with the authority to decide.'],
    'examples.h': ['Contoh', 'Examples'],
    'examples.p': ['Muat salah satu berkas contoh ke kotak dokumen di bawah, lalu nilai.', 'Load one of the example files into the document box below, then assess it.'],
    'examples.label': ['Berkas contoh', 'Example file'],
    'examples.load': ['Muat contoh', 'Load example'],
    'examples.loaded': ['Contoh {0} dimuat ke kotak dokumen.', 'Example {0} loaded into the document box.'],
    'form.h': ['Isi formulir', 'Fill in the form'],
    'form.p': ['Kosongkan yang tidak diketahui: fakta yang tidak diisi berarti belum dipastikan, bukan "tidak".', 'Leave out what is not known: a fact left empty is not established, which is not the same as "no".'],
    'form.scenario': ['Skenario', 'Scenario'],
    'scenario.id': ['Kode skenario', 'Scenario id'],
    'scenario.id.hint': ['Huruf kecil, angka dan tanda hubung, misalnya kades-unggah-kampanye.', 'Lower-case letters, digits and hyphens, e.g. village-head-campaign-post.'],
    'scenario.title': ['Judul (opsional)', 'Title (optional)'],
    'scenario.election': ['Pemilihan', 'Election'],
    'election.none': ['(tidak terkait pemilihan tertentu)', '(no particular election)'],
    'election.cal': ['Penetapan calon: {0}. Masa kampanye: {1}. Masa tenang: {2}. Pemungutan suara: {3}.', 'Candidates determined: {0}. Campaign: {1}. Quiet period: {2}. Voting day: {3}.'],
    'form.actor': ['Pelaku', 'Actor'],
    'actor.more': ['Jabatan dan status lain (opsional)', 'Office and other status (optional)'],
    'act.legend': ['Perbuatan {0}', 'Act {0}'],
    'act.add': ['Tambah perbuatan', 'Add an act'],
    'act.remove': ['Hapus perbuatan {0}', 'Remove act {0}'],
    'act.removed': ['Perbuatan dihapus.', 'Act removed.'],
    'act.date': ['Tanggal', 'Date'],
    'act.date.hint': ['TTTT-BB-HH, atau TTTT-BB bila hanya bulannya diketahui, misalnya 2024-01-10.', 'YYYY-MM-DD, or YYYY-MM when only the month is known, e.g. 2024-01-10.'],
    'act.dateTo': ['Sampai tanggal (opsional, untuk rentang)', 'Until (optional, for a range)'],
    'act.own': ['Keterangan perbuatan ini', 'About this act'],
    'act.target': ['Sasaran: siapa yang diuntungkan', 'Target: whom the act favours'],
    'act.circumstances': ['Keadaan lain (opsional)', 'Other circumstances (optional)'],
    'choose': ['— pilih —', '— choose —'],
    'none': ['— tidak diisi —', '— not given —'],
    'fact.unknown': ['belum diketahui', 'not established'],
    'fact.yes': ['ya', 'yes'],
    'fact.no': ['tidak', 'no'],
    'form.submit': ['Nilai isian formulir', 'Assess the form'],
    'form.invalid': ['Formulir belum lengkap:', 'The form is not complete:'],
    'v.required': ['{0}: wajib diisi', '{0}: required'],
    'v.id': ['{0}: hanya huruf kecil, angka dan tanda hubung', '{0}: lower-case letters, digits and hyphens only'],
    'v.date': ['{0}: tulis sebagai TTTT-BB-HH atau TTTT-BB', '{0}: write it as YYYY-MM-DD or YYYY-MM'],
    'v.day': ['{0}: tulis sebagai TTTT-BB-HH', '{0}: write it as YYYY-MM-DD'],
    'v.range': ['{0}: rentang memakai tanggal lengkap (TTTT-BB-HH) di kedua ujungnya', '{0}: a range takes full dates (YYYY-MM-DD) at both ends'],
    'v.target': ['{0}: pilih jenis sasaran bila sasaran diisi', '{0}: choose the kind of target when the target is given'],
    'doc.h': ['Tempel atau unggah dokumen skenario', 'Paste or upload a scenario document'],
    'doc.label': ['Dokumen skenario (YAML atau JSON)', 'Scenario document (YAML or JSON)'],
    'doc.hint': ['Formatnya sama dengan berkas untuk netral eval (docs/scenario-format.md). Contoh di atas dapat dimuat ke sini.', 'The format of the files netral eval reads (docs/scenario-format.md). The examples above load here.'],
    'doc.upload': ['Atau unggah berkas', 'Or upload a file'],
    'doc.uploaded': ['Berkas {0} dimuat ke kotak dokumen.', 'File {0} loaded into the document box.'],
    'doc.submit': ['Nilai dokumen', 'Assess the document'],
    'doc.empty': ['Kotak dokumen masih kosong.', 'The document box is empty.'],
    'status.busy': ['Sedang menilai…', 'Assessing…'],
    'status.done': ['Penilaian selesai: {0} skenario, {1} temuan, {2} pertanyaan terbuka.', 'Assessment done: {0} scenarios, {1} findings, {2} open questions.'],
    'status.refused': ['Dokumen ditolak: {0} masalah. Tidak ada yang dinilai.', 'The document was refused: {0} problems. Nothing was assessed.'],
    'status.error': ['Gagal: {0}', 'Failed: {0}'],
    'status.offline': ['Server netral tidak dapat dihubungi.', 'The netral server cannot be reached.'],
    'load.error': ['Kosakata formulir tidak dapat dimuat dari server; kotak dokumen tetap dapat dipakai.', 'The form vocabulary could not be loaded from the server; the document box still works.'],
    'results.h': ['Hasil penilaian', 'Assessment'],
    'results.print': ['Cetak sebagai memo', 'Print as a memo'],
    'result.scenario': ['Skenario', 'Scenario'],
    'result.summary': ['Ringkasan', 'Summary'],
    'result.verdict': ['Kesimpulan', 'Verdict'],
    'result.findings': ['Temuan', 'Findings'],
    'result.noFindings': ['Tidak ada temuan.', 'No findings.'],
    'result.finding': ['Temuan {0}: {1}', 'Finding {0}: {1}'],
    'result.questions': ['Pertanyaan yang perlu dijawab', 'Questions to answer'],
    'result.combined': ['Satu hukuman untuk beberapa pelanggaran disiplin', 'One penalty for several disciplinary breaches'],
    'result.notices': ['Catatan', 'Notices'],
    'f.act': ['Perbuatan', 'Act'],
    'f.basis': ['Dasar hukum', 'Legal basis'],
    'f.sanction': ['Sanksi', 'Sanction'],
    'f.authority': ['Yang memutus', 'Who decides'],
    'f.explanation': ['Penjelasan', 'Explanation'],
    'f.fact': ['Fakta yang ditanyakan', 'Fact asked for'],
    'f.dependsOn': ['Ketentuan yang bergantung padanya', 'Provisions that turn on it'],
    'f.level': ['Tingkat', 'Level'],
    'verdict.VIOLATION': ['Ada pelanggaran', 'Violation'],
    'verdict.NO_VIOLATION': ['Tidak ditemukan pelanggaran', 'No violation found'],
    'verdict.NEEDS_ASSESSMENT': ['Perlu dinilai', 'Needs assessment'],
    'verdictHelp.VIOLATION': ['Fakta yang diberikan tampaknya memenuhi setidaknya satu ketentuan di bawah.', 'The facts given appear to engage at least one provision below.'],
    'verdictHelp.NO_VIOLATION': ['Tidak ada aturan netral yang menemukan pelanggaran dalam fakta yang diberikan. Ini tidak berarti tidak ada hukum yang dilanggar.', 'No rule of netral finds a breach in the facts given. This does not mean no law was broken.'],
    'verdictHelp.NEEDS_ASSESSMENT': ['Belum ada yang dapat disimpulkan sampai pertanyaan di bawah dijawab.', 'Nothing can be concluded until the questions below are answered.'],
    'track.ETHICS': ['Kode etik', 'Ethics'],
    'track.DISCIPLINE': ['Disiplin', 'Discipline'],
    'track.ADMINISTRATIVE': ['Administratif', 'Administrative'],
    'track.CRIMINAL': ['Pidana', 'Criminal'],
    'kind.CRIMINAL_PENALTY': ['Pidana', 'Criminal penalty'],
    'kind.DISCIPLINARY': ['Hukuman disiplin', 'Disciplinary penalty'],
    'kind.MORAL': ['Sanksi moral', 'Moral sanction'],
    'kind.DISMISSAL': ['Pemberhentian', 'Dismissal'],
    'kind.ADMINISTRATIVE': ['Sanksi administratif', 'Administrative sanction'],
    'kind.NONE': ['Tanpa sanksi tersendiri', 'No sanction of its own'],
    'custody.PENJARA': ['pidana penjara', 'imprisonment (penjara)'],
    'custody.KURUNGAN': ['pidana kurungan', 'confinement (kurungan)'],
    's.minMonths': ['paling singkat {0} bulan', 'of at least {0} months'],
    's.maxMonths': ['paling lama {0} bulan', 'of at most {0} months'],
    's.fine': ['denda', 'a fine'],
    's.minFine': ['paling sedikit {0}', 'of at least {0}'],
    's.maxFine': ['paling banyak {0}', 'of at most {0}'],
    's.category': ['kategori {0}', 'category {0}'],
    's.and': [' dan ', ' and '],
    's.andOr': [' dan/atau ', ' and/or '],
    's.or': ['atau', 'or'],
    's.level': ['tingkat {0}', 'level {0}'],
    's.dismissal': ['pemberhentian: {0}', 'dismissal: {0}'],
    's.later': ['Menurut undang-undang yang berlaku kemudian ({0}):', 'Under the later law ({0}):'],
    's.laterRule': ['Pengadilan menerapkan yang paling menguntungkan bagi pelaku ({0}).', 'The court applies whichever is more favourable to the offender ({0}).'],
    'level.RINGAN': ['ringan', 'light (ringan)'],
    'level.SEDANG': ['sedang', 'moderate (sedang)'],
    'level.BERAT': ['berat', 'severe (berat)'],
    'problems.h': ['Dokumen ditolak', 'The document was refused'],
    'problems.p': ['Tidak ada yang dinilai. Perbaiki masalah berikut; setiap masalah menyebut baris dan kolom dokumen.', 'Nothing was assessed. Fix the problems below; each names the line and column of the document.'],
    'problems.at': ['Baris {0}, kolom {1}', 'Line {0}, column {1}'],
    'problems.go': ['Ke baris {0}, kolom {1} di kotak dokumen', 'Go to line {0}, column {1} in the document box'],
    'problems.inForm': ['Dokumen ini dibuat dari formulir; lihat skenario di bawah.', 'This document was made from the form; see the scenario below.'],
    'produced.h': ['Skenario yang dibuat formulir', 'The scenario the form produced'],
    'produced.p': ['Simpan berkas ini untuk menilai lagi nanti, dengan netral eval atau di halaman ini.', 'Keep this file to assess again later, with netral eval or on this page.'],
    'produced.download': ['Unduh skenario (.yaml)', 'Download the scenario (.yaml)'],
    'produced.edit': ['Salin ke kotak dokumen', 'Copy to the document box'],
    'produced.copied': ['Skenario disalin ke kotak dokumen.', 'Scenario copied to the document box.'],
    'assessed.h': ['Dokumen yang dinilai', 'The document assessed'],
    'receipt': ['Dinilai dengan netral {0}, katalog {1} ({2}), {3}.', 'Assessed with netral {0}, catalog {1} ({2}), {3}.']
  };

  // Field labels, by where the field is: actor.*, act.*, target.*.
  const FIELDS = {
    'actor.id': ['Kode pelaku', 'Actor id'],
    'actor.type': ['Jenis pelaku', 'Actor type'],
    'actor.position': ['Jenis jabatan ASN', 'ASN position'],
    'actor.name': ['Nama (opsional)', 'Name (optional)'],
    'actor.resignedOn': ['Berhenti sejak (TTTT-BB-HH)', 'Resigned on (YYYY-MM-DD)'],
    'actor.retiredOn': ['Pensiun sejak (TTTT-BB-HH)', 'Retired on (YYYY-MM-DD)'],
    'actor.holds': ['Jabatan yang dipegang', 'Office held'],
    'actor.runsFor': ['Mencalonkan diri lagi sebagai', 'Stands again for'],
    'act.type': ['Jenis perbuatan', 'Act type'],
    'act.role': ['Peran', 'Role'],
    'act.resigned': ['Sudah mengundurkan diri', 'Had resigned'],
    'act.office': ['Jabatan yang dicalonkan', 'Office sought'],
    'act.onLeave': ['Cuti di luar tanggungan negara', 'On leave outside the state\'s cost'],
    'act.form': ['Bentuk keterlibatan', 'Form of engagement'],
    'act.partisanSymbol': ['Foto menunjukkan simbol keberpihakan', 'The photo shows a partisan symbol'],
    'act.publiclyAccessible': ['Dapat dilihat publik', 'Publicly accessible'],
    'act.activeSupport': ['Menunjukkan dukungan secara aktif', 'Actively showed support'],
    'act.usesPartyAttributes': ['Memakai atribut partai', 'Used party attributes'],
    'act.usesCivilServantAttributes': ['Memakai atribut PNS', 'Used civil-servant attributes'],
    'act.mobilizesCivilServants': ['Mengerahkan PNS', 'Mobilised civil servants'],
    'act.involved': ['Aparat yang diikutsertakan', 'Apparatus involved'],
    'act.effect': ['Akibat bagi peserta pemilihan', 'Effect on a participant'],
    'act.audience': ['Ditujukan kepada', 'Directed at'],
    'act.usesStateFacilities': ['Memakai fasilitas negara (gedung, kendaraan, anggaran)', 'Used state facilities (buildings, vehicles, budget)'],
    'act.officialAttributes': ['Memakai seragam dinas atau atribut jabatan', 'Used an official uniform or attributes'],
    'act.duringWorkingHours': ['Pada jam kerja', 'During working hours'],
    'act.inOfficialCapacity': ['Dalam kapasitas jabatan (misalnya acara dinas)', 'In official capacity (e.g. an official event)'],
    'act.givesMoneyOrGoods': ['Memberikan uang atau barang', 'Handed out money or goods'],
    'act.mobilizesOthers': ['Mengerahkan warga, bawahan atau pejabat lain', 'Mobilised residents, subordinates or other officials'],
    'target.kind': ['Jenis sasaran', 'Kind of target'],
    'target.name': ['Nama calon atau partai (opsional)', 'Name of the candidate or party (optional)'],
    'target.office': ['Calon untuk jabatan', 'Candidate for'],
    'target.independent': ['Calon perseorangan (tanpa partai)', 'Independent candidate (no party)'],
    'target.spouse': ['Calon adalah suami/istri pelaku', 'The candidate is the actor\'s spouse'],
    'fact.election': ['Pemilihan', 'Election'],
    'fact.date': ['Tanggal', 'Date']
  };

  // Values of the closed vocabularies, by family.
  const VALUES = {
    'actorType.PNS': ['PNS (pegawai negeri sipil)', 'PNS (civil servant)'],
    'actorType.PPPK': ['PPPK (pegawai pemerintah dengan perjanjian kerja)', 'PPPK (civil servant with a work agreement)'],
    'actorType.TNI': ['Anggota TNI', 'Armed forces (TNI)'],
    'actorType.POLRI': ['Anggota Polri', 'Police (Polri)'],
    'actorType.VILLAGE_HEAD': ['Kepala desa', 'Village head (kepala desa)'],
    'actorType.VILLAGE_OFFICIAL': ['Perangkat desa', 'Village official (perangkat desa)'],
    'actorType.VILLAGE_COUNCIL_MEMBER': ['Anggota BPD', 'Village council member (BPD)'],
    'actorType.LURAH': ['Lurah', 'Head of a kelurahan (lurah)'],
    'actorType.KELURAHAN_OFFICIAL': ['Perangkat kelurahan', 'Kelurahan official'],
    'actorType.STATE_OFFICIAL': ['Pejabat negara', 'State official (pejabat negara)'],
    'actorType.REGIONAL_OFFICIAL': ['Pejabat daerah', 'Regional official (pejabat daerah)'],
    'actorType.STATE_ENTERPRISE_STAFF': ['Direksi, komisaris, dewan pengawas atau karyawan BUMN/BUMD', 'Director, commissioner, supervisor or employee of a BUMN/BUMD'],
    'actorType.JUDGE': ['Hakim', 'Judge (hakim)'],
    'actorType.AUDIT_BOARD_MEMBER': ['Anggota BPK', 'Audit board member (BPK)'],
    'actorType.CENTRAL_BANK_OFFICIAL': ['Pejabat Bank Indonesia', 'Bank Indonesia official'],
    'actorType.CAMPAIGN_TEAM': ['Pelaksana atau tim kampanye', 'Campaign executor or team'],
    'actorType.CANDIDATE': ['Calon atau pasangan calon', 'Candidate or candidate pair'],
    'position.SENIOR_EXECUTIVE': ['Jabatan pimpinan tinggi (JPT)', 'Senior executive (JPT)'],
    'position.STRUCTURAL': ['Administrator atau pengawas', 'Structural (administrator, supervisor)'],
    'position.FUNCTIONAL': ['Jabatan fungsional', 'Functional'],
    'position.EXECUTIVE': ['Jabatan pelaksana', 'Executive (pelaksana)'],
    'holds.PRESIDENT': ['Presiden', 'President'],
    'holds.VICE_PRESIDENT': ['Wakil presiden', 'Vice-president'],
    'holds.MINISTER': ['Menteri', 'Minister'],
    'holds.GOVERNOR': ['Gubernur', 'Governor'],
    'holds.VICE_GOVERNOR': ['Wakil gubernur', 'Vice-governor'],
    'holds.REGENT': ['Bupati', 'Regent (bupati)'],
    'holds.VICE_REGENT': ['Wakil bupati', 'Vice-regent'],
    'holds.MAYOR': ['Wali kota', 'Mayor (wali kota)'],
    'holds.VICE_MAYOR': ['Wakil wali kota', 'Vice-mayor'],
    'holds.ACTING_REGIONAL_HEAD': ['Penjabat kepala daerah (Pj)', 'Acting regional head (Pj)'],
    'holds.REGIONAL_SECRETARY': ['Sekretaris daerah', 'Regional secretary (sekda)'],
    'holds.CAMAT': ['Camat', 'Camat (head of a district)'],
    'office.PRESIDENT': ['Presiden dan wakil presiden', 'President and vice-president'],
    'office.DPR': ['Anggota DPR', 'Member of the DPR'],
    'office.DPD': ['Anggota DPD', 'Member of the DPD'],
    'office.DPRD_PROVINCE': ['Anggota DPRD provinsi', 'Member of a provincial DPRD'],
    'office.DPRD_REGENCY': ['Anggota DPRD kabupaten/kota', 'Member of a regency or city DPRD'],
    'office.GOVERNOR': ['Gubernur dan wakil gubernur', 'Governor and vice-governor'],
    'office.REGENT': ['Bupati dan wakil bupati', 'Regent and vice-regent'],
    'office.MAYOR': ['Wali kota dan wakil wali kota', 'Mayor and vice-mayor'],
    'actType.PARTY_MEMBERSHIP': ['Menjadi anggota atau pengurus partai politik', 'Party membership or office'],
    'actType.CANDIDACY': ['Mencalonkan diri atau dicalonkan', 'Standing as a candidate'],
    'actType.PARTY_APPROACH': ['Pendekatan ke partai atau masyarakat sebagai bakal calon', 'Approaching a party or the public as a prospective candidate'],
    'actType.CAMPAIGN_PROPS': ['Memasang spanduk, baliho atau alat peraga', 'Putting up banners, billboards or campaign props'],
    'actType.ONLINE_CAMPAIGN': ['Sosialisasi atau kampanye di media sosial atau daring', 'Campaigning online or on social media'],
    'actType.SOCIAL_MEDIA_ENGAGEMENT': ['Mengunggah, mengomentari, membagikan, menyukai, mengikuti atau bergabung di media sosial', 'Posting, commenting, sharing, liking, following or joining on social media'],
    'actType.PARTISAN_PHOTO': ['Mengunggah foto bersama calon, tim sukses atau alat peraga', 'Posting a photo with a candidate, campaign team or props'],
    'actType.CAMPAIGN_ATTENDANCE': ['Menghadiri deklarasi, kampanye atau sosialisasi', 'Attending a declaration, campaign event or rally'],
    'actType.CAMPAIGN_ROLE': ['Menjadi pelaksana, tim kampanye, tim ahli, tim pemenangan atau konsultan', 'Serving as campaign executor, team member, expert, winning team or consultant'],
    'actType.PARTISAN_ACTIVITY': ['Pertemuan, ajakan, imbauan, seruan atau pemberian barang', 'Meetings, calls, appeals or gifts'],
    'actType.FAVORING_DECISION': ['Keputusan atau tindakan yang menguntungkan atau merugikan', 'A decision or action that benefits or harms a participant'],
    'actType.SUPPORT_LETTER': ['Surat dukungan disertai fotokopi KTP', 'A letter of support with a copy of an identity card'],
    'actType.SPOUSE_CAMPAIGN': ['Mengikuti deklarasi atau kampanye suami/istri yang menjadi calon', 'Joining a spouse\'s declaration or campaign'],
    'actType.VOTING': ['Menggunakan hak pilih', 'Voting'],
    'actType.INVOLVING_APPARATUS': ['Mengikutsertakan aparat dalam kampanye', 'Involving state apparatus in a campaign'],
    'targetKind.CANDIDATE': ['Calon, bakal calon atau pasangan calon', 'A candidate, prospective candidate or pair'],
    'targetKind.PARTY': ['Partai politik', 'A political party'],
    'targetKind.NONE': ['Bukan peserta pemilihan', 'No election participant'],
    'form.POST': ['Membuat unggahan', 'Post'],
    'form.COMMENT': ['Komentar', 'Comment'],
    'form.SHARE': ['Membagikan', 'Share'],
    'form.LIKE': ['Menyukai', 'Like'],
    'form.FOLLOW': ['Mengikuti akun', 'Follow'],
    'form.JOIN_GROUP': ['Bergabung dalam grup', 'Join a group'],
    'role.MEMBER': ['Anggota', 'Member'],
    'role.OFFICER': ['Pengurus', 'Officer'],
    'role.EXECUTOR': ['Pelaksana kampanye', 'Campaign executor'],
    'role.TEAM_MEMBER': ['Tim kampanye', 'Campaign team member'],
    'role.EXPERT': ['Tim ahli', 'Expert team'],
    'role.WINNING_TEAM': ['Tim pemenangan atau tim sukses', 'Winning team'],
    'role.CONSULTANT': ['Konsultan', 'Consultant'],
    'effect.BENEFITS': ['Menguntungkan', 'Benefits'],
    'effect.HARMS': ['Merugikan', 'Harms'],
    'audience.SUBORDINATES': ['ASN di unit kerjanya', 'Subordinates (ASN in the unit)'],
    'audience.FAMILY': ['Keluarga', 'Family'],
    'audience.PUBLIC': ['Masyarakat', 'The public']
  };

  // Which family a field's values belong to, where it is not the field's own name.
  const FAMILY = {'actor.type': 'actorType', 'act.involved': 'actorType', 'actor.runsFor': 'office',
    'target.office': 'office', 'act.type': 'actType', 'target.kind': 'targetKind'};
  // Shown first in the actor's fieldset; the rest of the actor's keys go under "more".
  const ACTOR_FIRST = ['type', 'position', 'id', 'name'];

  // ------------------------------------------------------------------------------- state
  let lang = 'id';
  let vocab = null; // from the schema
  let elections = []; // from /v1/elections
  let actSeq = 0;
  let last = null; // {doc, source, json, lang}
  const descs = {}; // family.value -> description from the schema, for values with no label here

  const $ = (id) => document.getElementById(id);
  const L = () => (lang === 'en' ? 1 : 0);

  function fmt(s, args) {
    return s.replace(/\{(\d)\}/g, (m, i) => (args[i] === undefined ? m : String(args[i])));
  }
  function t(key, ...args) {
    const pair = UI[key];
    return fmt(pair ? pair[L()] : key, args);
  }
  function fieldLabel(where, key) {
    const pair = FIELDS[where + '.' + key];
    return pair ? pair[L()] : key;
  }
  function valueLabel(family, value) {
    const pair = VALUES[family + '.' + value];
    if (pair) return pair[L()];
    const d = descs[family + '.' + value];
    return d ? d + ' (' + value + ')' : value;
  }

  // Builds an element: h('p', {class: 'x'}, 'text', child, ...).
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'text') el.textContent = v;
      else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children) {
      if (c === null || c === undefined || c === false) continue;
      el.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return el;
  }
  // A label that follows the language: kind is ui, field or value.
  function say(el, kind, a, b, ...args) {
    el.dataset.say = JSON.stringify([kind, a, b, ...args]);
    el.textContent = render(kind, a, b, args);
    return el;
  }
  function render(kind, a, b, args) {
    if (kind === 'ui') return t(a, ...(b === undefined ? [] : [b]).concat(args || []));
    if (kind === 'field') return fieldLabel(a, b);
    return valueLabel(a, b);
  }
  function relabel() {
    document.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
    document.querySelectorAll('[data-say]').forEach((el) => {
      const [kind, a, b, ...args] = JSON.parse(el.dataset.say);
      el.textContent = render(kind, a, b, args);
    });
    labelExamples();
  }

  // ---------------------------------------------------------------- the vocabulary, from the schema
  function strip(values) { return (values || []).filter((v) => v !== null); }

  // Remembers the descriptions in "One of: X (what it is); Y (...)." for values with no label here.
  function learn(family, spec) {
    const m = /One of: (.*)\.$/s.exec((spec && spec.description) || '');
    if (!m) return;
    for (const part of m[1].split('; ')) {
      const p = /^([A-Z_]+) \((.*)\)$/s.exec(part);
      if (p && !descs[family + '.' + p[1]]) descs[family + '.' + p[1]] = p[2];
    }
  }

  function vocabulary(schema) {
    const defs = schema.$defs;
    const resolve = (ref) => defs[ref.replace('#/$defs/', '')] || {};
    function field(where, key, spec) {
      const family = FAMILY[where + '.' + key] || key;
      spec = spec || {};
      if (spec.$ref === '#/$defs/fact') return {key, kind: 'fact'};
      if (spec.$ref === '#/$defs/date' || spec.$ref === '#/$defs/optionalDate') return {key, kind: 'day'};
      if (spec.enum) { learn(family, spec); return {key, kind: 'enum', family, values: strip(spec.enum)}; }
      const types = [].concat(spec.type || []);
      if (types.includes('array') && spec.items && spec.items.enum) {
        learn(family, spec.items);
        return {key, kind: 'list', family, values: strip(spec.items.enum)};
      }
      if (spec.anyOf) {
        const ref = spec.anyOf.find((x) => x.$ref);
        const r = ref ? resolve(ref.$ref) : {};
        if (r.enum) { learn(family, r); return {key, kind: 'enum', family, values: strip(r.enum)}; }
      }
      return {key, kind: 'text'};
    }
    const act = defs.act;
    const actTypes = strip(act.properties.type.enum);
    learn('actType', act.properties.type);
    const perType = {};
    for (const c of act.allOf || []) {
      const tp = c.if && c.if.properties && c.if.properties.type && c.if.properties.type.const;
      if (tp && c.then && c.then.properties) perType[tp] = c.then.properties;
    }
    const keySets = actTypes.map((tp) => Object.keys(perType[tp] || {}));
    const common = keySets.length ? keySets[0].filter((k) => keySets.every((s) => s.includes(k))) : [];
    const base = ['id', 'type', 'date', 'target'];
    const own = {};
    for (const tp of actTypes) {
      own[tp] = Object.keys(perType[tp] || {}).filter((k) => !common.includes(k))
        .map((k) => field('act', k, perType[tp][k] === true ? act.properties[k] : perType[tp][k]));
    }
    const actor = Object.entries(defs.actor.properties).map(([k, s]) => field('actor', k, s));
    const electionSpec = defs.scenario.properties.election.anyOf.find((x) => x.enum);
    return {
      actor,
      actorRequired: defs.actor.required || [],
      actTypes,
      own,
      circumstances: common.filter((k) => !base.includes(k)).map((k) => field('act', k, act.properties[k])),
      target: Object.entries(defs.target.properties).map(([k, s]) => field('target', k, s)),
      elections: electionSpec ? strip(electionSpec.enum) : []
    };
  }

  // ---------------------------------------------------------------- building the form
  function control(where, f, idBase, required) {
    const id = idBase + '-' + f.key;
    const lab = say(h('label', {for: id}), 'field', where, f.key);
    let input;
    if (f.kind === 'list') {
      const fs = h('fieldset', {class: 'field wide', 'data-key': f.key, 'data-kind': 'list'});
      fs.append(say(h('legend'), 'field', where, f.key));
      const box = h('div', {class: 'checks'});
      f.values.forEach((v, i) => {
        const cid = id + '-' + i;
        box.append(h('span', {}, h('input', {type: 'checkbox', id: cid, value: v}), ' ',
          say(h('label', {for: cid}), 'value', f.family, v)));
      });
      fs.append(box);
      return fs;
    }
    if (f.kind === 'enum' || f.kind === 'fact') {
      input = h('select', {id, 'data-key': f.key, 'data-kind': f.kind, required: required || null});
      if (f.kind === 'fact') {
        input.append(say(h('option', {value: ''}), 'ui', 'fact.unknown'),
          say(h('option', {value: 'true'}), 'ui', 'fact.yes'), say(h('option', {value: 'false'}), 'ui', 'fact.no'));
      } else {
        input.append(say(h('option', {value: ''}), 'ui', required ? 'choose' : 'none'));
        for (const v of f.values) input.append(say(h('option', {value: v}), 'value', f.family, v));
      }
    } else {
      input = h('input', {id, 'data-key': f.key, 'data-kind': f.kind, autocomplete: 'off', required: required || null,
        inputmode: f.kind === 'day' ? 'numeric' : null, placeholder: f.kind === 'day' ? '2024-01-10' : null});
    }
    return h('div', {class: 'field'}, lab, input);
  }

  function buildActor() {
    const box = $('actor-fields');
    box.textContent = '';
    const more = h('div', {class: 'grid'});
    const first = vocab.actor.filter((f) => ACTOR_FIRST.includes(f.key))
      .sort((a, b) => ACTOR_FIRST.indexOf(a.key) - ACTOR_FIRST.indexOf(b.key));
    for (const f of first) box.append(control('actor', f, 'actor', vocab.actorRequired.includes(f.key)));
    for (const f of vocab.actor.filter((x) => !ACTOR_FIRST.includes(x.key))) {
      more.append(control('actor', f, 'actor', vocab.actorRequired.includes(f.key)));
    }
    const idInput = box.querySelector('[data-key="id"]');
    if (idInput && !idInput.value) idInput.value = 'pelaku-1';
    box.append(h('details', {class: 'field wide'}, say(h('summary'), 'ui', 'actor.more'), more));
  }

  function buildElections() {
    const sel = $('s-election');
    sel.textContent = '';
    sel.append(say(h('option', {value: ''}), 'ui', 'election.none'));
    const ids = elections.length ? elections.map((e) => e.id) : vocab.elections;
    for (const id of ids) sel.append(h('option', {value: id, text: id}));
    showCalendar();
  }

  function period(r) { return r && r.from ? (r.from === r.to ? r.from : r.from + ' – ' + r.to) : '–'; }
  function showCalendar() {
    const e = elections.find((x) => x.id === $('s-election').value);
    const p = $('s-election-cal');
    if (!e) { p.textContent = ''; delete p.dataset.say; return; }
    const cd = typeof e.candidatesDetermined === 'string' ? e.candidatesDetermined
      : Object.entries(e.candidatesDetermined || {}).map(([o, d]) => o + ' ' + d).join(', ');
    say(p, 'ui', 'election.cal', cd, period(e.campaign), period(e.quietPeriod), e.votingDay);
  }

  function addAct(focus) {
    const n = ++actSeq;
    const base = 'act' + n;
    const fs = h('fieldset', {class: 'act', id: base, 'data-act': n});
    const legend = h('legend');
    fs.append(legend);
    const typeField = control('act', {key: 'type', kind: 'enum', family: 'actType', values: vocab.actTypes}, base, true);
    const date = h('div', {class: 'field'}, say(h('label', {for: base + '-date'}), 'ui', 'act.date'),
      h('input', {id: base + '-date', 'data-key': 'date', required: true, inputmode: 'numeric', placeholder: '2024-01-10',
        autocomplete: 'off', 'aria-describedby': base + '-date-hint'}),
      say(h('p', {id: base + '-date-hint', class: 'hint'}), 'ui', 'act.date.hint'));
    const dateTo = h('div', {class: 'field'}, say(h('label', {for: base + '-dateTo'}), 'ui', 'act.dateTo'),
      h('input', {id: base + '-dateTo', 'data-key': 'dateTo', inputmode: 'numeric', placeholder: '2024-01-15', autocomplete: 'off'}));
    fs.append(h('div', {class: 'grid'}, typeField, date, dateTo));
    const own = h('div', {class: 'own'});
    fs.append(own);
    const target = h('fieldset', {class: 'target'}, say(h('legend'), 'ui', 'act.target'),
      h('div', {class: 'grid'}, ...vocab.target.map((f) => control('target', f, base + '-target', false))));
    fs.append(target);
    const circ = h('details', {}, say(h('summary'), 'ui', 'act.circumstances'),
      h('div', {class: 'grid circumstances'}, ...vocab.circumstances.map((f) => control('act', f, base + '-c', false))));
    fs.append(circ);
    const remove = h('button', {type: 'button', class: 'remove', onclick: () => removeAct(fs)});
    fs.append(h('p', {}, remove));
    const typeSelect = typeField.querySelector('select');
    typeSelect.addEventListener('change', () => buildOwn(fs, typeSelect.value));
    $('acts').append(fs);
    numberActs();
    if (focus) typeSelect.focus();
    updateProduced();
  }

  function buildOwn(fs, type) {
    const own = fs.querySelector('.own');
    own.textContent = '';
    const fields = (vocab.own[type] || []);
    if (!fields.length) return;
    own.append(h('fieldset', {}, say(h('legend'), 'ui', 'act.own'),
      h('div', {class: 'grid'}, ...fields.map((f) => control('act', f, fs.id + '-own', false)))));
  }

  function numberActs() {
    const acts = [...document.querySelectorAll('#acts fieldset.act')];
    acts.forEach((fs, i) => {
      say(fs.querySelector('legend'), 'ui', 'act.legend', i + 1);
      say(fs.querySelector('button.remove'), 'ui', 'act.remove', i + 1);
    });
  }

  function removeAct(fs) {
    fs.remove();
    numberActs();
    status(t('act.removed'));
    $('act-add').focus();
    updateProduced();
  }

  // ---------------------------------------------------------------- the form as a scenario document
  function valueOf(el) {
    const kind = el.dataset.kind;
    if (kind === 'list') {
      const v = [...el.querySelectorAll('input:checked')].map((c) => c.value);
      return v.length ? v : undefined;
    }
    const raw = el.value.trim();
    if (raw === '') return undefined;
    if (kind === 'fact') return raw === 'true';
    return raw;
  }
  function collect(container, out) {
    for (const el of container.querySelectorAll(':scope [data-key]')) {
      if (el.closest('fieldset.target') && !container.matches('fieldset.target')) continue;
      if (el.tagName === 'INPUT' && el.type === 'checkbox') continue;
      const v = valueOf(el);
      if (v !== undefined) out[el.dataset.key] = v;
    }
    return out;
  }

  // The document, and the problems found before it is sent ([message, element]).
  function fromForm() {
    const problems = [];
    const need = (el, ok, msg) => { if (!ok) problems.push([msg, el]); el.setAttribute('aria-invalid', ok ? 'false' : 'true'); };
    const sid = $('s-id');
    const idText = sid.value.trim();
    need(sid, /^[a-z0-9][a-z0-9-]*$/.test(idText), idText ? t('v.id', t('scenario.id')) : t('v.required', t('scenario.id')));
    const scenario = {id: idText};
    if ($('s-title').value.trim()) scenario.title = $('s-title').value.trim();
    if ($('s-election').value) scenario.election = $('s-election').value;
    const actor = collect($('actor-fields'), {});
    for (const k of vocab.actorRequired) {
      const el = $('actor-fields').querySelector('[data-key="' + k + '"]');
      if (el) need(el, actor[k] !== undefined, t('v.required', fieldLabel('actor', k)));
    }
    for (const k of ['resignedOn', 'retiredOn']) {
      const el = $('actor-fields').querySelector('[data-key="' + k + '"]');
      if (el && actor[k] !== undefined) need(el, /^\d{4}-\d{2}-\d{2}$/.test(actor[k]), t('v.day', fieldLabel('actor', k)));
    }
    scenario.actor = actor;
    scenario.acts = [];
    document.querySelectorAll('#acts fieldset.act').forEach((fs, i) => {
      const name = t('act.legend', i + 1);
      const act = {};
      const typeEl = fs.querySelector('[data-key="type"]');
      need(typeEl, !!typeEl.value, t('v.required', name + ', ' + fieldLabel('act', 'type')));
      if (typeEl.value) act.type = typeEl.value;
      const from = fs.querySelector('[data-key="date"]');
      const to = fs.querySelector('[data-key="dateTo"]');
      const f = from.value.trim();
      const tv = to.value.trim();
      if (!f) need(from, false, t('v.required', name + ', ' + t('act.date')));
      else if (tv) {
        const day = /^\d{4}-\d{2}-\d{2}$/;
        need(from, day.test(f), t('v.range', name + ', ' + t('act.date')));
        need(to, day.test(tv), t('v.range', name + ', ' + t('act.dateTo')));
        act.date = {from: f, to: tv};
      } else {
        need(from, /^\d{4}-\d{2}(-\d{2})?$/.test(f), t('v.date', name + ', ' + t('act.date')));
        to.setAttribute('aria-invalid', 'false');
        act.date = f;
      }
      for (const el of fs.querySelectorAll('.own [data-key], .circumstances [data-key]')) {
        const v = valueOf(el);
        if (v !== undefined) act[el.dataset.key] = v;
      }
      const targetBox = fs.querySelector('fieldset.target');
      const target = collect(targetBox, {});
      if (Object.keys(target).length) {
        const kindEl = targetBox.querySelector('[data-key="kind"]');
        need(kindEl, target.kind !== undefined, t('v.target', name));
        act.target = target;
      }
      scenario.acts.push(act);
    });
    return {doc: {version: 1, scenarios: [scenario]}, problems};
  }

  // YAML as a person would write it: block style, plain scalars where they read the same.
  const PLAIN = /^(?:[A-Za-z_][A-Za-z0-9_-]*|\d{4}-\d{2}(?:-\d{2})?)$/;
  const RESERVED = /^(?:true|false|null|yes|no|on|off|y|n|~)$/i;
  function scalar(v) {
    if (typeof v === 'boolean' || typeof v === 'number') return String(v);
    return PLAIN.test(v) && !RESERVED.test(v) ? v : JSON.stringify(v);
  }
  function yaml(value, indent) {
    const pad = ' '.repeat(indent);
    const lines = [];
    for (const [k, v] of Object.entries(value)) {
      if (Array.isArray(v)) {
        if (!v.length) lines.push(pad + k + ': []');
        else if (v.every((x) => typeof x !== 'object')) lines.push(pad + k + ': [' + v.map(scalar).join(', ') + ']');
        else {
          lines.push(pad + k + ':');
          for (const item of v) {
            if (!Object.keys(item).length) { lines.push(pad + '  - {}'); continue; }
            const body = yaml(item, indent + 4);
            lines.push(pad + '  - ' + body.slice(indent + 4));
          }
        }
      } else if (v && typeof v === 'object' && !Object.keys(v).length) {
        lines.push(pad + k + ': {}');
      } else if (v && typeof v === 'object') {
        lines.push(pad + k + ':');
        lines.push(yaml(v, indent + 2));
      } else {
        lines.push(pad + k + ': ' + scalar(v));
      }
    }
    return lines.join('\n');
  }

  let produced = '';
  function updateProduced() {
    if (!vocab) return;
    const {doc} = fromForm();
    document.querySelectorAll('#scenario-form [aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
    produced = '# ' + t('produced.h') + ' (netral)\n' + yaml(doc, 0) + '\n';
    $('produced-yaml').textContent = produced;
    $('produced').hidden = false;
  }

  function download() {
    const id = (/^\s+- id: (.+)$/m.exec(produced) || [])[1] || 'skenario';
    const blob = new Blob([produced], {type: 'application/yaml'});
    const a = h('a', {href: URL.createObjectURL(blob), download: id.replace(/[^a-z0-9-]/g, '') + '.yaml'});
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  }

  // ---------------------------------------------------------------- assessing
  function status(msg) { $('status').textContent = msg; }

  async function assess(doc, source, focus = true) {
    const useLang = lang;
    status(t('status.busy'));
    $('results').setAttribute('aria-busy', 'true');
    let res;
    try {
      res = await fetch('v1/assess?lang=' + useLang, {method: 'POST', headers: {'Content-Type': 'application/yaml'}, body: doc});
    } catch (e) {
      status(t('status.offline'));
      $('results').removeAttribute('aria-busy');
      return;
    }
    let json = null;
    try { json = await res.json(); } catch (e) { json = null; }
    $('results').removeAttribute('aria-busy');
    last = {doc, source, json, lang: useLang, ok: res.ok && json && Array.isArray(json.results)};
    // the memo prints the scenario assessed: the form's, or the document's
    document.body.classList.toggle('from-doc', source === 'doc');
    if (res.status === 400 && json && Array.isArray(json.problems)) {
      showProblems(json.problems, source, focus);
    } else if (!last.ok) {
      $('results').hidden = true;
      $('problems').hidden = true;
      status(t('status.error', (json && json.error) || ('HTTP ' + res.status)));
    } else {
      showResults(focus);
    }
  }

  function showProblems(problems, source, focus) {
    $('results').hidden = true;
    const list = $('problems-list');
    list.textContent = '';
    for (const p of problems) {
      const where = t('problems.at', p.line, p.column);
      const li = h('li', {});
      if (source === 'doc') {
        li.append(h('button', {type: 'button', class: 'link', 'aria-label': t('problems.go', p.line, p.column),
          onclick: () => goTo(p.line, p.column)}, h('span', {class: 'loc', text: where})));
      } else {
        li.append(h('span', {class: 'loc', text: where}));
      }
      li.append(': ', h('code', {text: p.path || ''}), (p.path ? ': ' : ''), p.message || p.text || '');
      li.title = p.text || '';
      list.append(li);
    }
    if (source === 'form') list.append(h('li', {text: t('problems.inForm')}));
    $('problems').hidden = false;
    status(t('status.refused', problems.length));
    if (focus) $('problems-h').focus();
  }

  // Puts the caret of the document box at a line and column (both from 1).
  function goTo(line, column) {
    const ta = $('doc-text');
    const lines = ta.value.split('\n');
    let at = 0;
    for (let i = 0; i < Math.min(line - 1, lines.length); i++) at += lines[i].length + 1;
    at += Math.max(0, column - 1);
    ta.focus();
    ta.setSelectionRange(at, at);
  }

  function money(n) {
    return 'Rp' + new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'id-ID').format(n);
  }
  function cite(b) { return b ? b.citation : ''; }

  function sanctionText(s) {
    const parts = [];
    if (s.custody || s.minCustodyMonths || s.maxCustodyMonths) {
      let c = s.custody ? t('custody.' + s.custody) : '';
      if (s.minCustodyMonths) c += ' ' + t('s.minMonths', s.minCustodyMonths);
      if (s.maxCustodyMonths) c += ' ' + t('s.maxMonths', s.maxCustodyMonths);
      parts.push(c.trim());
    }
    if (s.minFine || s.maxFine) {
      let f = t('s.fine');
      if (s.minFine) f += ' ' + t('s.minFine', money(s.minFine));
      if (s.maxFine) f += ' ' + t('s.maxFine', s.fineCategory ? t('s.category', s.fineCategory) + ' (' + money(s.maxFine) + ')' : money(s.maxFine));
      parts.push(f);
    }
    let text = parts.join(s.cumulative ? t('s.and') : t('s.andOr'));
    if (s.level) text = (text ? text + '; ' : '') + t('s.level', t('level.' + s.level));
    if (s.dismissal) text = (text ? text + '; ' : '') + t('s.dismissal', s.dismissal);
    return text;
  }

  function sanctionNode(s) {
    const box = h('div', {});
    const kind = UI['kind.' + s.kind] ? t('kind.' + s.kind) : s.kind;
    const text = sanctionText(s);
    box.append(h('p', {}, h('strong', {text: kind}), text ? ': ' + text : '', s.basis ? ' (' + cite(s.basis) + ')' : ''));
    const options = (lang === 'en' && s.optionsEn) ? s.optionsEn : s.options;
    if (options && options.length) {
      const ul = h('ul', {});
      options.forEach((o, i) => ul.append(h('li', {}, (i ? t('s.or') + ' ' : ''), o)));
      box.append(ul);
    }
    if (s.later) {
      box.append(h('p', {}, t('s.later', cite(s.later.basis))));
      box.append(sanctionNode(Object.assign({}, s.later, {basis: null})));
      if (s.laterRule) box.append(h('p', {text: t('s.laterRule', cite(s.laterRule))}));
    }
    return box;
  }

  function basisList(list) {
    const ul = h('ul', {});
    for (const b of list || []) ul.append(h('li', {}, b.citation, ' ', h('span', {class: 'pid', text: b.id})));
    return ul;
  }
  function row(dl, label, value) {
    dl.append(h('dt', {text: label}), value instanceof Node ? h('dd', {}, value) : h('dd', {text: value}));
  }
  function pick(text) { return text ? (text[lang] || text.id || text.en || '') : ''; }

  // A table of the scenarios with their verdicts and counts, each a link to its result.
  function summary(results) {
    const table = h('table', {class: 'summary'}, h('caption', {text: t('result.summary')}));
    const head = h('tr', {});
    for (const k of ['result.scenario', 'result.verdict', 'result.findings', 'result.questions']) {
      head.append(h('th', {scope: 'col', text: t(k)}));
    }
    table.append(h('thead', {}, head));
    const rows = h('tbody', {});
    for (const r of results) {
      rows.append(h('tr', {},
        h('th', {scope: 'row'}, h('a', {href: '#r-' + r.scenario, text: r.scenario})),
        h('td', {}, h('span', {class: 'verdict ' + r.verdict, text: t('verdict.' + r.verdict)})),
        h('td', {class: 'num', text: r.findings.length}),
        h('td', {class: 'num', text: r.openQuestions.length})));
    }
    table.append(rows);
    return table;
  }

  function showResults(focus) {
    const json = last.json;
    $('problems').hidden = true;
    const body = $('results-body');
    body.textContent = '';
    let findings = 0;
    let questions = 0;
    if (json.results.length > 1) body.append(summary(json.results));
    for (const r of json.results) {
      findings += r.findings.length;
      questions += r.openQuestions.length;
      const art = h('article', {class: 'result', 'aria-labelledby': 'r-' + r.scenario});
      art.append(h('h3', {id: 'r-' + r.scenario, text: r.title || r.scenario}));
      const dl = h('dl', {class: 'facts'});
      row(dl, t('result.scenario'), h('code', {text: r.scenario}));
      row(dl, t('result.verdict'), h('span', {class: 'verdict ' + r.verdict, text: t('verdict.' + r.verdict)}));
      art.append(dl, h('p', {text: t('verdictHelp.' + r.verdict)}));
      art.append(h('h4', {text: t('result.findings') + ' (' + r.findings.length + ')'}));
      if (!r.findings.length) art.append(h('p', {text: t('result.noFindings')}));
      r.findings.forEach((f, i) => {
        const main = (f.basis || []).find((b) => b.id === f.rule) || (f.basis || [])[0];
        const sec = h('section', {class: 'finding', 'aria-label': t('result.finding', i + 1, t('track.' + f.type))});
        sec.append(h('p', {class: 'track', text: t('track.' + f.type)}));
        sec.append(h('h5', {class: 'finding-title', text: t('result.finding', i + 1, main ? main.citation : f.rule)}));
        const fd = h('dl', {class: 'facts'});
        row(fd, t('f.act'), h('code', {text: f.act}));
        row(fd, t('f.basis'), basisList(f.basis));
        if (f.sanction) row(fd, t('f.sanction'), sanctionNode(f.sanction));
        if (f.authority) row(fd, t('f.authority'), f.authority);
        row(fd, t('f.explanation'), pick(f.explanation));
        sec.append(fd);
        art.append(sec);
      });
      if (r.openQuestions.length) {
        art.append(h('h4', {text: t('result.questions') + ' (' + r.openQuestions.length + ')'}));
        const ol = h('ol', {class: 'questions'});
        for (const q of r.openQuestions) {
          const li = h('li', {class: 'question'});
          li.append(h('p', {}, h('strong', {class: 'q', text: pick(q.question)})));
          const qd = h('dl', {class: 'facts'});
          row(qd, t('f.act'), h('code', {text: q.act}));
          const known = FIELDS['act.' + q.fact] || FIELDS['fact.' + q.fact] || FIELDS['target.' + q.fact];
          row(qd, t('f.fact'), h('span', {}, known ? known[L()] + ' ' : '', h('code', {text: q.fact})));
          row(qd, t('f.dependsOn'), basisList(q.basis));
          li.append(qd);
          ol.append(li);
        }
        art.append(ol);
      }
      if (r.combinedPenalties && r.combinedPenalties.length) {
        art.append(h('h4', {text: t('result.combined')}));
        for (const c of r.combinedPenalties) {
          art.append(h('div', {class: 'combined'}, h('p', {text: pick(c.explanation)}),
            h('p', {}, t('f.level') + ': ' + t('level.' + c.level) + ' (' + cite(c.basis) + ')')));
        }
      }
      if (r.notices && r.notices.length) {
        art.append(h('h4', {text: t('result.notices')}));
        for (const n of r.notices) art.append(h('div', {class: 'notice'}, h('p', {text: pick(n.text)})));
      }
      body.append(art);
    }
    if (last.source === 'doc') {
      body.append(h('section', {class: 'memo-only assessed'}, h('h3', {text: t('assessed.h')}), h('pre', {text: last.doc})));
    }
    const rc = json.receipt || {};
    $('receipt').textContent = t('receipt', rc.netral, rc.catalog, rc.catalogDigest, new Date().toISOString().slice(0, 10));
    $('results').hidden = false;
    status(t('status.done', json.results.length, findings, questions));
    if (focus) $('results-h').focus();
  }

  // ---------------------------------------------------------------- language
  function setLang(next, announce) {
    lang = next === 'en' ? 'en' : 'id';
    document.documentElement.lang = lang;
    const b = $('lang-switch');
    b.textContent = t('lang.other');
    b.lang = lang === 'id' ? 'en' : 'id';
    try { localStorage.setItem('netral.lang', lang); } catch (e) { /* storage may be off */ }
    relabel();
    if (vocab) updateProduced();
    if (last && last.ok) {
      // who decides comes in the language asked for: ask again, then show
      if (last.lang !== lang) assess(last.doc, last.source, false).then(() => announce && status(t('lang.switched')));
      else showResults(false);
    } else if (last && last.json && last.json.problems) {
      showProblems(last.json.problems, last.source, false);
    }
    if (announce && !(last && last.ok && last.lang !== lang)) status(t('lang.switched'));
  }

  // ---------------------------------------------------------------- start
  async function loadJson(url) {
    const r = await fetch(url);
    if (!r.ok) throw new Error(url + ': HTTP ' + r.status);
    return r.json();
  }

  async function start() {
    let initial = 'id';
    try { initial = localStorage.getItem('netral.lang') || 'id'; } catch (e) { /* storage may be off */ }
    const q = /[?&]lang=(id|en)\b/.exec(location.search);
    if (q) initial = q[1];
    setLang(initial, false);
    $('lang-switch').addEventListener('click', () => setLang(lang === 'id' ? 'en' : 'id', true));
    $('print').addEventListener('click', () => window.print());
    $('produced-download').addEventListener('click', download);
    $('produced-edit').addEventListener('click', () => {
      $('doc-text').value = produced;
      $('doc-text').focus();
      status(t('produced.copied'));
    });
    $('doc-upload').addEventListener('change', (e) => {
      const file = e.target.files[0];
      if (!file) return;
      const reader = new FileReader();
      reader.onload = () => { $('doc-text').value = reader.result; status(t('doc.uploaded', file.name)); };
      reader.readAsText(file);
    });
    $('doc-form').addEventListener('submit', (e) => {
      e.preventDefault();
      const text = $('doc-text').value;
      if (!text.trim()) { status(t('doc.empty')); $('doc-text').focus(); return; }
      assess(text, 'doc');
    });
    $('scenario-form').addEventListener('submit', (e) => {
      e.preventDefault();
      const {doc, problems} = fromForm();
      const box = $('form-error');
      box.textContent = '';
      if (problems.length) {
        box.append(h('span', {text: t('form.invalid')}));
        const ul = h('ul', {});
        for (const [msg, el] of problems) ul.append(h('li', {}, h('a', {href: '#' + el.id, onclick: (ev) => { ev.preventDefault(); el.focus(); }}, msg)));
        box.append(ul);
        box.hidden = false;
        problems[0][1].focus();
        return;
      }
      box.hidden = true;
      produced = '# ' + t('produced.h') + ' (netral)\n' + yaml(doc, 0) + '\n';
      $('produced-yaml').textContent = produced;
      assess(produced, 'form');
    });
    $('scenario-form').addEventListener('input', updateProduced);
    $('scenario-form').addEventListener('change', updateProduced);
    $('s-election').addEventListener('change', showCalendar);
    $('act-add').addEventListener('click', () => addAct(true));
    $('example-load').addEventListener('click', async () => {
      const file = $('example-file').value;
      if (!file) return;
      try {
        const r = await fetch('examples/' + encodeURIComponent(file));
        if (!r.ok) throw new Error('HTTP ' + r.status);
        $('doc-text').value = await r.text();
        status(t('examples.loaded', file));
        $('doc-text').focus();
      } catch (err) {
        status(t('status.error', err.message));
      }
    });

    try {
      const index = await loadJson('examples/index.json');
      const sel = $('example-file');
      for (const ex of index.examples || []) {
        const o = h('option', {value: ex.file});
        o.dataset.titles = JSON.stringify(ex.title || {});
        sel.append(o);
      }
      labelExamples();
    } catch (err) {
      $('examples').hidden = true;
    }
    try {
      const [schema, el] = await Promise.all([loadJson('scenario.schema.json'),
        loadJson('v1/elections').catch(() => ({elections: []}))]);
      vocab = vocabulary(schema);
      elections = el.elections || [];
      buildElections();
      buildActor();
      addAct(false);
      relabel();
      updateProduced();
    } catch (err) {
      const p = $('load-error');
      say(p, 'ui', 'load.error');
      p.hidden = false;
      $('form-section').hidden = true;
    }
    document.body.dataset.ready = 'true';
  }

  function labelExamples() {
    for (const o of $('example-file').options) {
      const titles = JSON.parse(o.dataset.titles || '{}');
      o.textContent = o.value + (titles[lang] ? ': ' + titles[lang] : '');
    }
  }
  document.addEventListener('DOMContentLoaded', start);
})();
