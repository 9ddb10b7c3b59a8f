"""Officials named with a rank: rank normalised, degrees dropped, post attached."""

from __future__ import annotations

import re
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from arsip_core.model import Official
from arsip_extract.alternation import finditer_from
from arsip_extract.lead import (
    compile_ahead,
    compile_led,
    compile_scan,
    lead,
    literal_prefixes,
)

# "Jenderal" as pages spell it: "Jendral", "Jenederal".
_JEN = r"Jen(?:deral|dral|ederal)"
# "Polisi" after a rank written out: "Pol.", or in brackets "(Pol)" / "(Polisi)".
_POL = r"(?:\(\s*Pol(?:isi)?\.?\s*\)|Pol(?:isi|\.|\b))"


def _abbr_next(abbr: str) -> str:
    """A rank written out without "Polisi" when its short form follows in brackets:
    "Inspektur Satu (Iptu) X", "Brigadir Kepala (Bripka) Polisi X"."""
    return rf"(?=\s*\(\s*{abbr}\s*\))"


# (spellings, normalised rank); longest spellings are tried first.
RANKS: tuple[tuple[str, str], ...] = (
    (rf"{_JEN}\s+Polisi|{_JEN}\s+Pol\.?", "Jenderal Pol"),
    # (the police ranks written out may leave "Polisi" off: "Ajun Komisaris Besar X",
    # "Inspektur Satu X", "Brigadir Kepala X")
    (rf"Komisaris\s+{_JEN}(?:\s+{_POL})?|Komjen\s*Pol\.?|Komjen", "Komjen Pol"),
    (rf"Inspektur\s+{_JEN}(?:\s+{_POL})?|Irjen\s*Pol\.?|Irjen", "Irjen Pol"),
    (rf"Brigadir\s+{_JEN}\s+{_POL}|Brigjend?\s*Pol\.?", "Brigjen Pol"),
    (rf"Komisaris\s+Besar(?:\s+{_POL})?|Kombes\s*Pol\.?|Kombes", "Kombes Pol"),
    (rf"Ajun\s+Komisaris\s+Besar(?:\s+{_POL})?|AKBP", "AKBP"),
    # (bare, "Komisaris X" is read as Kompol only with a police post: a company's
    # "Komisaris" is none)
    (rf"Komisaris(?:\s+{_POL}|{_abbr_next('Kompol')})?|Kompol", "Kompol"),
    (rf"Ajun\s+Komisaris(?:\s+{_POL})?|AKP", "AKP"),
    (
        r"Ajun\s+Inspektur\s+(?:Polisi\s+Satu|Satu(?:\s+Polisi)?)|Aiptu",
        "Aiptu",
    ),
    (
        r"Ajun\s+Inspektur\s+(?:Polisi\s+Dua|Dua(?:\s+Polisi)?)|Aipda",
        "Aipda",
    ),
    (
        r"Inspektur\s+(?:Polisi\s+Satu|Satu(?:\s+Polisi)?)|Iptu",
        "Iptu",
    ),
    (
        r"Inspektur\s+(?:Polisi\s+Dua|Dua(?:\s+Polisi)?)|Ipda",
        "Ipda",
    ),
    (
        r"Brigadir\s+(?:Polisi\s+Kepala|Kepala(?:\s+Polisi)?)|Bripka",
        "Bripka",
    ),
    (
        r"Brigadir\s+(?:Polisi\s+Satu|Satu(?:\s+Polisi)?)|Briptu",
        "Briptu",
    ),
    (
        r"Brigadir\s+(?:Polisi\s+Dua|Dua(?:\s+Polisi)?)|Bripda",
        "Bripda",
    ),
    # ("Brigadir Mobil (Brimob)": the corps, "Brigade" misspelt, no officer)
    (rf"Brigadir\s+Polisi|Brigpol|Brigadir(?!\s+(?:{_JEN}|Mobil\b))", "Brigpol"),
    # the force's privates, written short or out ("Bhayangkara Dua X", "Ajun
    # Brigadir Polisi Satu X"; "Bhayangkara Pembina ..." is a post's long form)
    (r"Ajun\s+Brigadir\s+(?:Polisi\s+Satu|Satu(?:\s+Polisi)?)|Abriptu", "Abriptu"),
    (r"Ajun\s+Brigadir\s+(?:Polisi\s+Dua|Dua(?:\s+Polisi)?)|Abripda", "Abripda"),
    (r"Ajun\s+Brigadir(?:\s+Polisi)?|Abrip", "Abrip"),
    (r"Bhayangkara\s+Kepala|Bharaka", "Bharaka"),
    (r"Bhayangkara\s+Satu|Bharatu", "Bharatu"),
    (r"Bhayangkara\s+Dua|Bharada", "Bharada"),
    # TNI
    (rf"{_JEN}\s+TNI", "Jenderal TNI"),
    # ("Letjend", "Mayjend", "Brigjend": the short forms with their "d")
    (rf"Letnan\s+{_JEN}\s+TNI|Letjend?\s+TNI|Letjend?", "Letjen TNI"),
    (rf"Mayor\s+{_JEN}\s+TNI|Mayjend?\s+TNI|Mayjend?", "Mayjen TNI"),
    (rf"Brigadir\s+{_JEN}\s+TNI|Brigjend?\s+TNI", "Brigjen TNI"),
    (r"Laksamana\s+Muda\s+TNI|Laksda\s+TNI|Laksda", "Laksda TNI"),
    (r"Laksamana\s+Pertama\s+TNI|Laksma\s+TNI|Laksma", "Laksma TNI"),
    (r"Marsekal\s+Muda\s+TNI|Marsda\s+TNI|Marsda", "Marsda TNI"),
    (r"Marsekal\s+Pertama\s+TNI|Marsma\s+TNI|Marsma", "Marsma TNI"),
    # the four-star air and naval ranks: "Marsekal TNI X", or "Marsekal X" as written
    (r"Marsekal\s+TNI", "Marsekal TNI"),
    (r"Laksamana\s+TNI", "Laksamana TNI"),
    (r"Marsekal(?!\s+(?:Muda|Pertama)\b)", "Marsekal"),
    (r"Letnan\s+Kolonel|Letkol", "Letkol"),
    (r"Kolonel|Kol(?=\.\s*(?:[A-Z][a-z]{1,3}\.?\s+)?[A-Z])", "Kolonel"),
    (rf"Mayor(?!\s+{_JEN})", "Mayor"),
    (r"Kapten|Kapt(?=\.)", "Kapten"),
    (r"Letnan\s+Satu|Lettu", "Lettu"),
    (r"Letnan\s+Dua|Letda", "Letda"),
    # NCOs and privates written out ("Kopral Dua (Kopda) X", "Sersan Kepala X")
    (r"Pembantu\s+Letnan\s+Satu", "Peltu"),
    (r"Pembantu\s+Letnan\s+Dua", "Pelda"),
    (r"Sersan\s+Mayor", "Serma"),
    (r"Sersan\s+Kepala", "Serka"),
    (r"Sersan\s+Satu", "Sertu"),
    (r"Sersan\s+Dua", "Serda"),
    (r"Kopral\s+Kepala", "Kopka"),
    (r"Kopral\s+Satu", "Koptu"),
    (r"Kopral\s+Dua", "Kopda"),
    (r"Prajurit\s+Kepala", "Praka"),
    (r"Prajurit\s+Satu", "Pratu"),
    (r"Prajurit\s+Dua", "Prada"),
    (r"Peltu|Pelda|Serma|Serka|Sertu|Serda|Kopka|Koptu|Kopda|Praka|Pratu|Prada", ""),
    # A bare "Brigjen" may be either force; a fuller mention of the same name wins.
    (rf"Brigjend?|Brigadir\s+{_JEN}", "Brigjen"),
    # A bare "Jenderal" needs its force from the text or the post (Kapolri).
    (_JEN, "Jenderal"),
)
# Ranks that name no force; "(Pol)", "TNI" or the post completes them.
_FORCELESS = {"Brigjen", "Jenderal"}
_CORPS_NAMES = (
    r"Inf|Kav|Arm|Nav|Czi|Cpn|Cba|Ckm|Chb|Cpl|Cpm|Ctp|Caj|Chk|Cku|Arh|Pnb|Lek|Kal|Sus"
    r"|Adm|Tek|Kes|Mar|Pas|Psk|Cke"
)
# A corps may stand in brackets: "Letkol (Inf)", navy "Kolonel Laut (P)" (or
# "Kapten Laut X", its branch left off).
_CORPS = (
    rf"(?:{_CORPS_NAMES}|\(\s*(?:{_CORPS_NAMES})\s*\)"
    r"|Laut(?:\s*\((?:PM|KH|[PKTESM])\))?|\((?:PM|KH|[PKTESM])\))"
)
# Ranks are read in any case ("KOMBES POL"), but must start with a capital letter:
# the lookahead stays case-sensitive outside the (?i:...) group.
_CORPS_WORDS = {
    "Infanteri": "Inf", "Infantri": "Inf", "Kavaleri": "Kav", "Marinir": "Mar",
}  # fmt: skip
# A rank's short form, as a text gives it after the rank written out.
_RANK_ABBRS = (
    "AKBP|AKP|Kompol|Kombes|Komjen|Irjen|Brigjen|Iptu|Ipda|Aiptu|Aipda|Bripka"
    "|Briptu|Bripda|Brigpol|Abriptu|Abripda|Abrip|Bharaka|Bharatu|Bharada|Letjen"
    "|Mayjen|Letkol|Lettu|Letda"
)
# After the rank: its force ("Irjen. Pol.", "Kombes (Pol)"), "(Purn)", a corps
# ("Letkol Arh.", "Letnan Kolonel Infantri") and the rank abbreviated in brackets
# ("Ajun Komisaris Polisi (AKP)").
_RANK_BODY = (
    # A rank may follow a stop glued to the sentence before ("Sanggau.AKBP X").
    r"(?:(?<![\w.])|(?<=[a-z]{2}\.))(?=[A-Z])(?i:"
    + "|".join(f"(?P<r{i}>{spelling})" for i, (spelling, _) in enumerate(RANKS))
    + r")"
    # the short form in brackets before the force: "Komisaris Besar (Kombes) Polisi
    # (Pol) X", "Ajun Komisaris Besar (AKBP) Polisi X", "Inspektur Satu (Iptu) X"
    + rf"(?:\s*\((?P<abbr_first>(?:{_RANK_ABBRS})(?:\s+Pol\.?)?)\)"
    r"(?:\s+(?=Pol(?:isi)?\b))?)?"
    r"(?:\.?\s*(?P<force>\(\s*(?:Pol|Polisi|TNI)\.?\s*\)"
    r"|(?<=[\s.])(?:Pol|TNI)\b\.?|(?<=\)\s)Polisi\b(?:\s*\(\s*Pol\.?\s*\))?))?"
    r"(?P<purn>\s*\(Purn\.?\))?"
    + rf"(?:(?:\.\s*|\s+)(?P<corps>(?i:{_CORPS}|{'|'.join(_CORPS_WORDS)}))"
    r"(?:\b|(?<=\)))\.?)?"
    # "(Purn)" after the corps: "Kolonel Inf (Purn) X"
    r"(?P<purn_after>\s*\(Purn\.?\))?"
    r"(?:\s*\((?P<abbr>[A-Z][A-Za-z]{1,6}(?:\s+Pol\.?)?)\))?"
    # or after "atau": "Ajun Komisaris Besar Polisi atau AKBP Sabil"
    rf"(?:(?<=[a-z])\s+atau\s+(?:{_RANK_ABBRS})\b(?:\s*Pol\b\.?)?)?"
    r"(?=[\s,.]|(?<=\.))"
)
# A rank starts with a capital: only the capitals of the derived lead are kept, so
# the many lower-case letters of a text fail at once.
_RANK_RE = compile_scan(
    f"(?=[{''.join(sorted(set(re.findall('[A-Z]', lead(_RANK_BODY)))))}])"
    f"(?:{_RANK_BODY})"
)


def _rank_scout() -> re.Pattern[str]:
    """Where a rank may start in a text: the capital of one of its spellings, the
    letters after it as the spelling goes on (read from _RANK_BODY, so a new spelling
    is never missed). It opens with a consumed literal: ``re`` skips ahead to those
    capitals; _RANK_RE is then matched only there (``finditer_from``)."""
    prefixes = literal_prefixes(_RANK_BODY, most=100, length=4)
    if not prefixes:  # (cannot happen while every spelling opens with letters)
        return compile_scan(r"[A-Z]")
    rests: dict[str, set[str]] = {}
    for prefix in prefixes:
        rests.setdefault(prefix[0].upper(), set()).add(re.escape(prefix[1:]))
    return compile_scan(
        "|".join(
            f"{head}(?=(?i:{'|'.join(sorted(rest, key=len, reverse=True))}))"
            for head, rest in sorted(rests.items())
        )
    )


_RANK_START = _rank_scout()
# Streets and venues named after a hero: "Jalan Jenderal Sudirman", "Lapangan
# Kolonel Sugiono", "Taman Makam Pahlawan Mayor Alianyang", "Gang Kapten Marsan"
# ("Taman" alone is also a place: "Kapolsek Nanga Taman Iptu Rudi").
_STREET = compile_scan(
    # ("Perwira Pengamanan Lapangan" is a post, not a venue)
    r"\b(?:[Jj]alan|[Jj]l|[Jj]ln|Gang|Gg|(?<!Pengamanan )(?<!Perwira )Lapangan"
    r"|Bandara|Stadion|Gedung|Makam\s+Pahlawan|TMP"
    r"|Monumen"
    r"|Museum|Universitas|Asrama|Wisma|Komplek|Kompleks|Perumahan)\.?\s*$"
)
_DEGREE_CAPS = {
    "SH", "SIK", "MSI", "MH", "MM", "SE", "ST", "MT", "MSC", "SSOS", "SPD", "MPD",
    "SKOM", "MAP", "MBA", "MKN", "SAG", "MAG", "SIP", "MIP", "PHD", "STK", "MHUM",
    "MHAN", "CPHR", "SI", "SPSI", "MPSI", "MTR", "SSTMK", "SSI", "MSOS",
    # Magister Ilmu Kepolisian, the police's own master's degree ("S.I.K., M.I.K.")
    "MIK",
}  # fmt: skip
_HONORIFICS = {
    "Drs.", "Dr.", "Ir.", "H.", "Hj.", "Prof.", "Drs", "Dr", "Ir", "Dra.", "Hj",
    # a physician's or dentist's title, written in lower case ("Kompol dr. Anisa")
    "dr.", "drg.", "dr", "drg",
}  # fmt: skip
# Words that are never part of a person's name; a name ends before them.
_NOT_NAME = {
    "Pol", "Pol.", "Polisi", "TNI", "Polri", "Polda", "Polres", "Polresta", "Polsek",
    "Kodam", "Korem", "Kodim", "Koramil", "Yonif", "Lanal", "Lanud",
    "KPU", "Bawaslu", "Humas", "Selaku", "Melalui", "Bersama", "Didampingi", "Saat",
    "Dalam", "Pada", "Di", "Yang", "Dan", "Kapolda", "Kapolres", "Kapolresta",
    "Wakapolda", "Kabidhumas", "Kabid", "Kasi", "Kasat", "Kasatgas", "Mengatakan",
    # headline words after a name: "AKBP X Jelang Pilkada", "AKBP X Apel Gelar ..."
    "Apel", "Jelang", "Soal", "Terkait", "Usai", "Untuk", "Ke", "Dari", "Kepada",
    "Tentang", "Akan", "Juga", "Telah", "Sudah", "Ini", "Itu", "Beserta",
}  # fmt: skip
_PROVINCE_CODES = {"Kalbar", "Kalteng", "Kalsel", "Kaltim", "Kaltara"}
# A rank typed with a lower-case "l" for its capital "I" ("lrjen", "lptu", "lpda").
_LOWER_L = compile_scan(r"l(?<![\w-]l)(?=(?:rjen|ptu|pda)\s)")
# Ranks pages mistype ("ABKP", "Komber Pol", "Letko Kav"): one letter dropped,
# swapped with its neighbour or typed wrong, never the first. Not the short ranks
# ("Serda" would read "Sekda", "AKP" "APK", "Letjen" the name "Letjon") and only
# spellings that are no rank themselves ("Bripka"/"Bripda").
_TYPED_RANKS = (
    "Kompol", "Kombes", "Letkol", "Kolonel", "Kapten", "Brigpol", "Bripka",
    "Briptu", "Bripda", "Aiptu", "Aipda",
)  # fmt: skip


def _rank_typos() -> dict[str, str]:
    """Each mistyped spelling (lower case) -> the rank it stands for."""
    ranks = {r.lower() for r in (*_TYPED_RANKS, "AKBP", "AKP", "Iptu", "Ipda")}
    typos = {"abkp": "AKBP", "akpb": "AKBP", "kabp": "AKBP"}
    letters = "abcdefghijklmnopqrstuvwxyz"
    for rank in _TYPED_RANKS:
        word = rank.lower()
        spelt = set()
        for i in range(1, len(word)):
            spelt.add(word[:i] + word[i + 1 :])  # a letter dropped
            spelt.update(word[:i] + c + word[i + 1 :] for c in letters)  # typed wrong
            if i < len(word) - 1:  # swapped with the next
                spelt.add(word[:i] + word[i + 1] + word[i] + word[i + 2 :])
        typos.update((s, rank) for s in spelt if s not in ranks and len(s) > 3)
    return {s: r for s, r in typos.items() if s not in _NEAR_RANK_WORDS}


# Words and names one letter from a rank: "Kompor", "Kompos", "Aida", "Kalten(g)".
_NEAR_RANK_WORDS = frozenset({"kompor", "kompos", "aida", "kalten", "kapen"})


def _typed_ranks(text: str) -> str:
    """``text`` with a mistyped rank before a name spelt right ("Kapolres Kotim
    ABKP Hendra" -> "AKBP Hendra"); a word after a rank is a name ("Kompol Letjon")."""
    fixed, at = [], 0
    for match in _TYPED_RANK.finditer(text):
        rank = _RANK_TYPOS.get(match[0].lower())
        if rank is None:
            continue
        before = text[max(0, match.start() - 12) : match.start()].split()
        if before and _RANK_RE.match(before[-1] + " "):
            continue
        fixed += [text[at : match.start()], rank]
        at = match.end()
    return "".join(fixed) + text[at:] if fixed else text


_RANK_TYPOS = _rank_typos()
# A word that may be a mistyped rank: what stands after it is a name (a corps or
# the force between).
# (It opens with the capitals the ranks start with: ``re`` skips ahead to them.)
_TYPED_RANK = compile_scan(
    r"[AKBL](?<![\w.][AKBL])[A-Za-z]{3,6}"
    r"(?=\.?\s+(?:(?:Pol|TNI|Inf|Kav|Arh|Arm|Czi|Cpn)\.?\s+)?[A-Z][a-z])"
)
# A name's own abbreviations end with a stop that does not end the sentence.
# "Drs.Djoko", "H.Ahmad": an honorific glued to the name by its stop.
# ("Dr.I.Nyoman": also before an initial glued on in turn)
_GLUED_HONORIFIC = compile_scan(
    r"\s*(?:Drs|Dra|Dr|dr|drg|Ir|Prof)\.(?=[A-Z][a-z]|[A-Z]\.[A-Z])"
)
# ("H." and "Hj.", the pilgrim's titles, are no degrees: the name keeps them, as the
# real-set guideline keeps all but degrees: "AKP H. Simalango")
_NAME_ABBR = {
    "Moch.", "Moh.", "Muh.", "Mhd.", "Muhd.", "Mochd.", "Abd.", "Ach.", "Md.", "H.",
    "Hj.",
}  # fmt: skip
# Headlines glue a Title Case verb to the name ("AKBP Tommy Beber Kesiapan ..."):
# these words, and Title Case words ending in -kan ("Pastikan"), end a name. Words
# that are also given names (Yakin, Puji, Jamin) are left out.
_VERBS = {
    "Ajak", "Akui", "Apresiasi", "Bantah", "Beber", "Beberkan", "Beri", "Buka",
    "Cek", "Dukung", "Gelar", "Hadiri", "Harap", "Himbau", "Imbau", "Ingatkan",
    "Kawal", "Klaim", "Kukuhkan", "Kunjungi", "Lantik", "Larang", "Lepas",
    "Minta", "Pantau", "Periksa", "Pimpin", "Resmikan", "Sambangi", "Sambut",
    "Sapa", "Sebut", "Soroti", "Tanggapi", "Tegas", "Temui", "Terima", "Tinjau",
    "Ungkap", "Warning", "Bicara", "Jawab", "Pesan", "Janji", "Turun", "Datangi",
    "Siap", "Siaga", "Sidak", "Terjun", "Bahas", "Bagi", "Dorong", "Ikut", "Hadir",
    "Raih",
    "Monitoring", "Patroli", "Jaga", "Sosialisasi", "Silaturahmi", "Nilai",
    "Optimis", "Dampingi", "Pastikan", "Respon", "Respons", "Tekankan", "Awasi",
    "Amati", "Sisir", "Kirim", "Tutup", "Evaluasi", "Berpesan", "Berharap", "Berjaga",
    "Bertemu", "Berkunjung", "Berdialog", "Bersilaturahmi", "Berkoordinasi",
    "Bersinergi", "Berbagi", "Bentuk", "Rapat", "Jadi", "Dinilai", "Diapresiasi",
    "Disambut", "Dilantik", "Diganti", "Dimutasi", "Dipercaya", "Diminta", "Dijabat",
    "Diberi", "Dianugerahi", "Dipuji", "Ditunjuk", "Dikunjungi", "Diwakili",
    # more headline verbs of police news ("AKBP X Semangati Personel Pengamanan")
    "Semangati", "Motivasi", "Undang", "Bantu", "Santuni", "Layani", "Catat", "Rilis",
    "Jenguk", "Pamit", "Perketat", "Perkuat", "Antisipasi", "Razia", "Geledah",
    "Waspadai", "Kunker", "Wanti-wanti", "Wanti-Wanti", "Ikuti", "Jalin", "Lihat",
    "Tengok", "Atensi", "Tindak", "Tebar", "Sikapi", "Ultimatum", "Ancam",
    "Monitor", "Kontrol", "Prediksi", "Rangkul", "Gandeng", "Cegah", "Susun",
    "Rancang", "Launching",
}  # fmt: skip
# Verbs with a meN- prefix ("Meninjau", "Mengecek", "Memimpin", "Menyapa").
_ME_VERB = compile_scan(r"^Me(?:m[bpaeiu]|ng|ny|n[aeioucdjt])[a-z]{3,}$")
_NAME_WORD = compile_scan(r"^(?:[A-Z][a-zA-Z'’`-]*|[A-Z]\.)$")
_POSITION_WORD = compile_ahead(
    r"^(?:(?:Waka|Ka)(?:polda|polres|polresta|polrestabes|polsek|polri|bid|binda|sat|sub|"
    r"bag|ops|spkt|den|ur|pus|biro|pos|nit|dis|pol|sdim|srem|sdam|div|kor|pen|hub|"
    r"baharkam|bareskrim|baintelkam|lemdiklat)\w*"
    # posts that begin like given names (Kasim, Karomah, Katimin): whole words only
    r"|(?:Waka|Ka)(?:si(?:humas|um|propam|was|keu|dokkes|tipol|intel|ops|log|kum|tik"
    r"|ter|pers)?"
    # "Karendal Ops" (planning and control of operations), "Kasetops OMB"
    r"|rendal\w*|setops\w*"
    r"|ro(?:ops|penmas|sdm|log|rena)?|tim)|Waka"
    r"|(?:Wa[Dd]|D)an(?:sat|yon|sektor|subsektor|ki|ton|rem|dim|ramil|lanal|lanud|pomdam|rindam|brimob|pos"
    r"|lantamal|brigif|denpom|subden|sub|den|kor|pus|ru|pleton)\w*|Wadan|Pangko\w+|Irwas\w*"
    r"|Bhabin\w*"
    # the army's, navy's and air force's chiefs of staff; a Kodam's inspector and
    # its chief of staff's assistants ("Asops Kasdam VI/Mlw")
    r"|KSAD|KSAL|KSAU|Kasad|Kasal|Kasau|Irdam|Asops|Aspers|Asintel|Aster|Aslog"
    r"|(?:Wa)?Dir(?:samapta|lantas|reskrim|resnarkoba|intelkam|binmas|pamobvit|polair|"
    r"tahti|sabhara|krim|narkoba|ressiber|siber)\w*|Wadir|Direktur|Pangdam|Panglima|Irwasda|Ketua|Kepala|Komandan|Wakil|"
    # "Dir Samapta Polda Kalsel": the directorate apart; "staf Bidhumas": a staff
    # post; "Perwira Pengendali Lapangan (Pangdal)": a field controller
    r"Dir|Staf|Pangdal|KaSPKT|KSPKT|Ka|Pawas|Koordinator|"
    r"Perwira|Padal\w*|Pasi(?:ops|ter|intel|log|pers|min)?(?:dim|rem)?|Pasintel|Paur\w*"
    r"|Panit\w*|Provos|"
    r"Bhabinkamtibmas|Babinsa|"
    # a Koramil's or Kodim's staff NCOs: "Batuud Koramil Kapuas", "Batiwanwil"
    r"Batuud|Batiuud|Batituud|Batiwanwil|Batiter|Batiops|Bamin\w*|"
    r"KBO|Pamin\w*|Pamatwil\w*|Banit\w*|Pabung|Bupati|Walikota|Wali|Gubernur|"
    r"Pj\.?|Penjabat|Camat|Kasatgashumas|Kaopsda|Kaopsres)$"
)
# "Plt. Kabag Ops", "Ps. Kasubbagminops", "PS Kasi Humas", "Plh Kapolres": acting
# posts keep their prefix, as written.
# (A consumed "P" first, so that `re` skips ahead to it.)
_ACTING = compile_scan(
    # ("Pgs", "Pymt": a stand-in's post, as TNI and some Polres write it)
    # (not across a line break: "bersama Plh" ending a line is no prefix)
    r"(P(?<!\wP)(?:lt|lh|js|gs|ymt|j|J|s|S|LT|LH|GS|YMT))(\.?)"
    r"(?:[ \t]|(?<=\.))(?=[A-Z])"
)


def _acting(match: re.Match[str]) -> str:
    """The acting prefix marked to stay with its post; "PJ." is written "Pj"."""
    if match[1] in ("Pj", "PJ"):
        return "Pj§ "
    return f"{match[1]}{match[2]}§ "


# (The stop is consumed first and what stands before it checked after: lookbehinds
# first were tried at every position of every window.)
_BOUNDARY = compile_led(
    # (a region's name shortened with a stop is no end: "Bhabinkamtibmas Ds. X",
    # "Kapolsek Kec. Y")
    r"(?:[;:(\"“”](?:\s|$)|,\s|\n"
    r"|\.(?<!\bKab\.)(?<!\bKec\.)(?<!\bKel\.)(?<!\bDs\.)(?<!\bProv\.)(?:\s|$)"
    # Pasted paragraphs lose the space after a full stop ("tiba dengan
    # baik.Kapolda Kalsel Irjen ..."): a stop between a lower-case word and a
    # capital ends the sentence too, unless it shortens a word ("Kab.Sambas").
    r"|\.(?<=[a-z]{3}\.)(?<!\bKab\.)(?<!\bKec\.)(?<!\bKel\.)(?<!\bProv\.)(?=[A-Z][a-z]|[A-Z]{3,}\b)"
    r"|\b(?i:melalui|dan|bersama|didampingi|oleh|kata|ujar|"
    r"ucap|tutur|jelas|menurut|yakni|yaitu|selaku|sebagai|mengatakan|menyampaikan|"
    r"mewakili|dipimpin|dihadiri)(?:\s|$))"
)
# Long forms of posts, as records write them short ("Kepala Kepolisian Resor" is
# "Kapolres", guidelines of tests/fixtures/real/README.md).
_POLICE_HEAD = compile_scan(
    # ("Kepala Polisi Resor X": the force's name said short, as "Polres" is)
    r"\b(?P<wakil>[Ww]akil\s+)?[Kk]epala\s+(?:(?:Kepolisian|Polisi)\s+(?P<kind>Daerah|Resor\s+Kota"
    r"\s+Besar|Resor\s+Kota|Resor|Sektor|(?:Negara\s+)?Republik\s+Indonesia)\b"
    r"|(?P<unit>Polda|Polrestabes|Polresta|Polres|Polsek|Polri)\b)"
)
_POLICE_KIND = {
    "daerah": "polda", "resor kota besar": "polrestabes", "resor kota": "polresta",
    "resor": "polres", "sektor": "polsek", "republik indonesia": "polri",
    "negara republik indonesia": "polri",
}  # fmt: skip
# A Polda's directorates as posts write them short after "Direktur".
_DIRECTORATES = (
    "Intelkam", "Reskrimum", "Reskrimsus", "Resnarkoba", "Lantas", "Samapta",
    "Binmas", "Pamobvit", "Polairud", "Tahti", "Sabhara",
)  # fmt: skip
# (Each with its first word, in lower case: a window without it needs no search.)
_LONG_POSTS = tuple(
    (compile_scan(rf"\b{long}\b", re.IGNORECASE), short, long.split("\\")[0].lower())
    for long, short in (
        (r"Kepala\s+Satuan\s+Reserse\s+Kriminal", "Kasat Reskrim"),
        (r"Kepala\s+Satuan\s+Reserse\s+Narkoba", "Kasat Resnarkoba"),
        (r"Kepala\s+Satuan\s+Intel(?:ijen)?\s+Keamanan", "Kasat Intelkam"),
        (r"Kepala\s+Satuan\s+Lalu\s+Lintas", "Kasat Lantas"),
        (r"Kepala\s+Satuan\s+Samapta", "Kasat Samapta"),
        (r"Kepala\s+Satuan\s+Pembinaan\s+Masyarakat", "Kasat Binmas"),
        (r"Direktur\s+Reserse\s+Kriminal\s+Umum", "Dirreskrimum"),
        (r"Direktur\s+Reserse\s+Kriminal\s+Khusus", "Dirreskrimsus"),
        (r"Direktur\s+Reserse\s+Narkoba", "Dirresnarkoba"),
        (r"Direktur\s+Lalu\s+Lintas", "Dirlantas"),
        (r"Direktur\s+Samapta", "Dirsamapta"),
        (r"Direktur\s+Intel(?:ijen)?\s+Keamanan", "Dirintelkam"),
        (r"Direktur\s+Pembinaan\s+Masyarakat", "Dirbinmas"),
        (r"Direktur\s+Pengamanan\s+Objek\s+Vital", "Dirpamobvit"),
        (r"Direktur\s+Polisi\s+(?:Perairan|Air)\s+dan\s+Udara", "Dirpolairud"),
        (r"Direktur\s+Tahanan\s+dan\s+Barang\s+Bukti", "Dirtahti"),
        (r"Inspektur\s+Pengawas(?:an)?\s+Daerah", "Irwasda"),
        (r"Kepala\s+Pos\s+Polisi", "Kapospol"),
        # "Direktur Intelkam", "Wakil Direktur Samapta": the directorate already
        # short ("Dirintelkam", "Wadir Samapta").
        *((rf"Wakil\s+Direktur\s+{d}", f"Wadir {d}") for d in _DIRECTORATES),
        *((rf"Direktur\s+{d}", f"Dir{d.lower()}") for d in _DIRECTORATES),
        (r"Kepala\s+Bidang\s+(?:Hubungan\s+Masyarakat|Humas)", "Kabidhumas"),
        (r"Kepala\s+Bagian\s+Operasi(?:onal)?", "Kabag Ops"),
        (r"Kepala\s+Biro\s+Operasi(?:onal)?", "Karo Ops"),
        (r"Perwira\s+Pengendali\s+Pengamanan", "Padalpam"),
        # ("Perwira Pengendali Lapangan (Pangdal)": the short form given wins)
        (r"Perwira\s+Pengendali(?!\s+[A-Z]\w*\s*\()", "Padal"),
        # ("Komandan Sat Brimob", "Komandan Satbrimobda": the unit written short)
        (r"Komandan\s+(?:Satuan\s+|Sat\s*)Brimob(?:da)?", "Dansat Brimob"),
        # TNI commanders ("Komandan Kodim 0911/Nunukan" is "Dandim 0911/Nunukan").
        # ("Komandan Distrik Militer": "Komando" may be left out)
        (r"Panglima\s+(?:(?:Komando\s+)?Daerah\s+Militer|Kodam)", "Pangdam"),
        (r"Komandan\s+(?:(?:Komando\s+)?Resor\s+Militer|Korem)", "Danrem"),
        (r"Komandan\s+(?:(?:Komando\s+)?Distrik\s+Militer|Kodim)", "Dandim"),
        (r"Komandan\s+(?:(?:Komando\s+)?Rayon\s+Militer|Koramil)", "Danramil"),
        # a command's chief of staff, its section officers, its village NCO
        (r"Kepala\s+Staf\s+(?:(?:Komando\s+)?Distrik\s+Militer|Kodim)", "Kasdim"),
        (r"Kepala\s+Staf\s+(?:(?:Komando\s+)?Resor\s+Militer|Korem)", "Kasrem"),
        (r"Kepala\s+Staf\s+(?:(?:Komando\s+)?Daerah\s+Militer|Kodam)", "Kasdam"),
        (r"Kepala\s+Staf\s+Angkatan\s+Darat", "KSAD"),
        (r"Kepala\s+Staf\s+Angkatan\s+Laut", "KSAL"),
        (r"Kepala\s+Staf\s+Angkatan\s+Udara", "KSAU"),
        (r"Panglima\s+Tentara\s+Nasional\s+Indonesia", "Panglima TNI"),
        (r"Perwira\s+Seksi\s+Teritorial", "Pasiter"),
        (r"Perwira\s+Seksi\s+Operasi", "Pasiops"),
        (r"Perwira\s+Seksi\s+Intel(?:ijen)?", "Pasintel"),
        (r"Perwira\s+Seksi\s+Logistik", "Pasilog"),
        (r"Bintara\s+Pembina\s+Desa", "Babinsa"),
        (
            r"Bhayangkara\s+Pembina\s+Keamanan\s+dan\s+Ketertiban\s+Masyarakat",
            "Bhabinkamtibmas",
        ),
        (
            r"Komandan\s+(?:Pangkalan\s+(?:TNI\s+)?(?:Angkatan\s+Laut|AL)|Lanal)",
            "Danlanal",
        ),
        (
            r"Komandan\s+(?:Pangkalan\s+(?:TNI\s+)?(?:Angkatan\s+Udara|AU)|Lanud)",
            "Danlanud",
        ),
        (r"Komandan\s+Lantamal", "Danlantamal"),
        (r"Komandan\s+Satrad", "Dansatrad"),
        (r"Komandan\s+(?:Batalyon\s+Infanteri|Yonif)", "Danyonif"),
        (r"Komandan\s+(?:Batalyon|Yon)", "Danyon"),
        (r"Komandan\s+(?:Brigade\s+Infanteri|Brigif)", "Danbrigif"),
        (r"Komandan\s+Kompi", "Danki"),
        # a Brimob or Samapta company's parts: "Komandan Peleton 3 Kompi 2 ..."
        (r"Komandan\s+(?:Peleton|Pleton)", "Danton"),
        (r"Komandan\s+Subden", "Dansubden"),
        (r"Komandan\s+Detasemen", "Danden"),
        (r"Komandan\s+(?:Polisi\s+Militer|Pomdam)", "Danpomdam"),
        (r"Komandan\s+Denpom", "Dandenpom"),
    )
)
# "Komandan Batalyon (Danyon) B Pelopor": the short form the text gives wins.
_LONG_WITH_SHORT = compile_scan(
    r"\b(?P<head>(?:Wakil\s+)?(?:Kepala|Komandan|Panglima|Direktur|Perwira))\b[^()]*?"
    r"\(\s*(?P<abbr>[A-Z][\w/]*(?:\s+[A-Z][\w/]*)?)\s*\)"
)
# The same in a sentence: the long form within its clause, in any case after its head.
_LONG_BEFORE_SHORT = compile_scan(
    r"\b(?P<head>(?:Wakil\s+)?(?:Kepala|Komandan|Panglima|Direktur|Perwira))\b"
    r"[^()\n.,;:\"“”]{0,60}?\(\s*(?P<abbr>[A-Z][\w/]*(?:\s+[A-Z][\w/]*)?)\s*\)"
)
# A parent written after a Polres-level unit: "Kapolres Pulang Pisau Kalimantan
# Tengah", "Kapolres Bengkayang Polda Kalbar".
_PARENT = compile_ahead(
    r"(?<=[\w)])(?:\s*,)?\s+(?:(?:Provinsi\s+)?Kalimantan\s+(?:Barat|Tengah|Selatan|Timur|Utara)"
    r"|(?:[Jj]ajaran\s+)?[Pp]olda\s+Kal\w+(?:\s+(?:Barat|Tengah|Selatan|Timur|Utara))?)"
    r"(?:\s*\(Kal\w+\))?\s*,?$"
)
# A sector's Polres written after it: "Kapolsek Sungai Ambawang Polres Kubu Raya".
_SECTOR_PARENT = compile_ahead(
    r"(?<=\w)(?:\s*,)?\s+(?:[Jj]ajaran\s+)?Pol(?:res|resta)\s+[A-Z][\w-]*"
    r"(?:\s+[A-Z][\w-]*){0,2}\s*,?$"
)
_SECTOR_LEVEL = compile_scan(r"(?i)\b(?:waka|ka)?polsek\b")
_POLRES_LEVEL = compile_scan(r"(?i)\b(?:waka|ka)?pol(?:res|resta|restabes|sek)\b")
_FULL_POLDA = compile_scan(
    r"\b((?:Waka|Ka)?[Pp]olda) Kalimantan (Barat|Tengah|Selatan|Timur|Utara)"
    r"(?:\s*\((?:Kal\w+)\))?"
)
_POLDA_ABBR = {
    "Barat": "Kalbar", "Tengah": "Kalteng", "Selatan": "Kalsel", "Timur": "Kaltim",
    "Utara": "Kaltara",
}  # fmt: skip


# English pages (a national agency's English service) write the ranks and the
# Kapolda's post in English: "West Kalimantan Police Chief Inspector General X",
# "Head of Public Relations of the Central Kalimantan Police, Kombes Pol X".
_ENGLISH_PROVINCE = {
    "West": "Kalbar", "Central": "Kalteng", "South": "Kalsel", "East": "Kaltim",
    "North": "Kaltara",
}  # fmt: skip
_ENGLISH_POLDA = (
    r"(?:(?:West|Central|South|East|North)\s+Kalimantan"
    # ("North Kalimantan (Kaltara) Police Chief": the code in brackets)
    r"(?:\s+\((?:Kalbar|Kalteng|Kalsel|Kaltim|Kaltara)\))?"
    r"|Kalbar|Kalteng|Kalsel|Kaltim|Kaltara)\s+(?:Regional\s+)?Police"
)
_ENGLISH_POSTS = compile_scan(
    rf"\b(?:(?P<chief>{_ENGLISH_POLDA}\s+Chief)"
    r"|(?P<humas>Head\s+of\s+(?:the\s+)?Public\s+Relations\s+(?:Division\s+)?of\s+"
    rf"(?:the\s+)?{_ENGLISH_POLDA})"
    # "The Head of Tarakan Police": a regency's or city's police chief
    r"|(?:Head|Chief)\s+of\s+(?!(?:the\s+)?(?:West|Central|South|East|North|Kal)"
    r"|(?:the\s+)?Public\b)(?:the\s+)?(?P<polres>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
    r"\s+(?:Resort\s+|City\s+)?Police(?!\s+(?:Chief|Station|Sector|Department))"
    r"|(?P<irjen>(?:Police\s+)?Inspector\s+General)"
    r"|(?P<brigjen>Police\s+Brigadier\s+General)"
    r"|(?P<kombes>(?:Police\s+)?(?:Senior|Grand)\s+Commissioner)"
    r"|(?P<akbp>(?:Police\s+)?Adjunct\s+Senior\s+Commissioner))\b"
)
_ENGLISH_SIDE = compile_scan(r"(West|Central|South|East|North)\s|(Kal[a-z]+)")


def _english_post(match: re.Match[str]) -> str:
    if match["chief"] or match["humas"]:
        side = _ENGLISH_SIDE.search(match[0])
        province = side[2] or _ENGLISH_PROVINCE[side[1]]
        return (
            f"Kabid Humas Polda {province}" if match["humas"] else f"Kapolda {province}"
        )
    if match["polres"]:
        return f"Kapolres {match['polres']}"
    if match["irjen"]:
        return "Irjen Pol"
    if match["brigjen"]:
        return "Brigjen Pol"
    return "Kombes Pol" if match["kombes"] else "AKBP"


# Small patterns of the name readers, compiled once: ``re.fullmatch(str, ...)`` looks
# each up in ``re``'s cache on every call, and these run for every token of a name.
_INITIALS = compile_scan(r"(?:[A-Z]\.){2,}[A-Z]?")
_CAPITAL = compile_scan(r"[A-Z]")
_INITIAL = compile_scan(r"[A-Z]\.")
_NONSPACE = compile_scan(r"\S+")
_GLUED_COMMA = compile_scan(r",(?=[A-Za-z])")
_GLUED_STOP = compile_scan(r"([A-Z][\w'’-]*)\.([A-Z]\S*)")
_STOP_BEFORE_NAME = compile_scan(r"\.[A-Z][a-z]")
_LOWER_END = compile_scan(r"[a-z]$")
_LOWER_NEXT = compile_scan(r"[\s,]*\w+ [a-z]")
_BRACKETED = compile_scan(r"\s*\(([^()\n]{4,80})\)")


def _is_initials(token: str) -> bool:
    """``W.P.`` in ``Novendra W.P.``: letters with stops that are not a degree."""
    bare = token.rstrip(",;:")
    return bool(_INITIALS.fullmatch(bare.rstrip(".") + ".")) and (
        bare.replace(".", "").upper() not in _DEGREE_CAPS
    )


_RUN_TOGETHER_DEGREE = compile_scan(r"[SM][A-Z][a-z]{1,3}")


def _is_degree(token: str) -> bool:
    bare = token.strip(",.;:")
    if not bare or _is_initials(token):
        return False
    if "." in bare and not _CAPITAL.fullmatch(bare):
        return True  # S.IK, M.Si, S.H
    return bare.replace(".", "").upper() in _DEGREE_CAPS and (
        bare.isupper()
        or bare in ("MSi", "Msi", "MSc", "SIk", "PhD", "Sik")
        # "SSos", "SPd", "MKom": a degree's letters run together
        or _RUN_TOGETHER_DEGREE.fullmatch(bare) is not None
    )


_DOTTED_NAME = compile_scan(r"([A-Z][a-z]{2,})\.([A-Z][a-z]{2,})\.(\S+)")


# Two or three initials glued to the word they open: "R.S.Handoyo", "M.A.Rahman,".
_GLUED_INITIALS = compile_scan(r"((?:[A-Z]\.){2,3})([A-Z][a-z]{2,}\W*)")


def _read_name(text: str, start: int) -> tuple[str, int]:
    """The person's name that starts at ``start`` and where it ends."""
    words: list[str] = []
    end = start
    # A name never runs on to the next line ("kata Wakapolres Kompol Budi\nDapil
    # 1 meliputi ...": the next paragraph).
    stop = text.find("\n", start, start + 120)
    if stop == -1 or not text[start:stop].strip():
        stop = start + 120
    tokens = list(_NONSPACE.finditer(text[start:stop]))
    for i, match in enumerate(tokens):
        raw = match.group().strip("\"“”'‘’")
        if _GLUED_COMMA.search(raw):
            raw = raw[: raw.index(",") + 1]  # "Sarpani,S.I.K.,M.M": degrees glued on
        glued = _GLUED_STOP.fullmatch(raw)
        shift = 0  # where the token starts in the word ("Moch.Noor": at "Noor")
        initials = _GLUED_INITIALS.fullmatch(raw)
        if (
            initials
            and words
            and (
                len(initials[2].rstrip(",.;:)")) < 5
                or initials[1].replace(".", "") in _DEGREE_CAPS
            )
        ):
            initials = None  # "Budi S.I.Kom", "Budi S.H.Menurut": a degree
        if initials and (initials[1] + initials[2]).upper() not in _DEGREE_CAPS:
            # "Kombes Pol R.S.Handoyo", "Letkol Jhon B.C.Simarmata": initials glued
            # to the name they open
            words.append(initials[1])
            raw, shift = initials[2], len(initials[1])
            glued = None
        dotted = glued and _DOTTED_NAME.fullmatch(raw)
        if dotted and _is_degree(dotted[3]) and raw.count(".") >= 2:
            # "Joko.Prasetyo.S.H": a name's words and its degree joined by stops
            words.append(dotted[1])
            raw, shift = dotted[2] + ",", len(dotted[1]) + 1
            glued = None
        if glued and len(glued[1]) == 1 and words and _is_degree(raw):
            break  # "Santoso S.Tr.K": a degree, its stops all glued
        if glued and (
            glued[1] + "." in _NAME_ABBR
            # "Iptu M.Rizky Aditya": an initial glued to the name it opens
            or not words
            and len(glued[1]) == 1
            and re.fullmatch(r"[A-Z][a-z]{2,}", glued[2])
            and (glued[1] + glued[2]).upper() not in _DEGREE_CAPS
        ):
            words.append(glued[1] + ".")  # "Moch.Noor": the abbreviation glued on
            raw, shift = glued[2], len(glued[1]) + 1
        elif glued and _is_degree(glued[2]):
            raw = glued[1] + ","  # "Santoso.SIK": a degree glued on by a stop
        elif (
            glued
            and words
            and len(glued[1]) > 3
            and glued[1] + "." not in _NAME_ABBR | _HONORIFICS
        ):
            raw = glued[1] + "."  # "Poerwanto.Menurutnya": the next sentence glued
        if not words and (
            raw in _HONORIFICS and raw not in _NAME_ABBR or raw in {".", ","}
        ):
            end = start + match.end()
            continue
        token = raw.rstrip(",;:)")
        if token.endswith(")."):
            token = token[:-2]  # "(Ipda Andi).": the bracket closes the name
        if words and _split_degree(token, tokens[i + 1 : i + 2]):
            break  # "Wijaya S. IK., M. M.": a degree typed with a space in it
        if _is_initials(token) or token in _NAME_ABBR:
            words.append(token)
            end = start + match.start() + shift + len(token)
            if raw != token:
                break
            continue
        sentence_end = token.endswith(".") and not _INITIAL.fullmatch(token)
        token = token.rstrip(".") if sentence_end else token
        # A headline in capitals ("AKBP DWI PRASETYO MEMIMPIN APEL"): its words are
        # checked as they would be written in Title Case.
        word = token.title() if token.isupper() and len(token) > 2 else token
        if (
            not token
            or _is_degree(raw)
            or word in _NOT_NAME
            or word in _VERBS
            or (words and len(word) > 5 and word.endswith("kan"))
            or (words and _ME_VERB.match(word))
            or _POSITION_WORD.match(word)
            or not _NAME_WORD.match(token)
        ):
            rest = _lower_case_name_rest(tokens[i:]) if words else []
            if rest:  # "Mayor Lek Ahmi sazli joenez S.I.P.": typed in lower case
                words += [t.group().rstrip(",") for t in rest]
                end = start + rest[-1].start() + len(rest[-1].group().rstrip(","))
            break
        words.append(token)
        end = start + match.start() + shift + len(token)
        if raw != token or len(words) == 5:
            break  # a comma or full stop closes the name
    # "SUGENG RIYADI" is shouted, "Jupri JHP Tampubolon" has initials: only a name
    # written wholly in capitals is recased.
    if all(w.isupper() for w in words if len(w) > 2):
        words = [w.title() if len(w) > 2 else w for w in words]
    return " ".join(_without_pilgrims_title(words)), end


def _without_pilgrims_title(words: list[str]) -> list[str]:
    """The name without the pilgrim's title: ``Hj.`` before a name, ``H.`` before a
    name of two or more words (``H. Simalango`` alone keeps its initial)."""
    if len(words) >= 2 and words[0] in ("Hj.", "Hj", "HJ."):
        return words[1:]
    if len(words) >= 3 and words[0] in ("H.", "H"):
        return words[1:]
    return words


def _glued_di(name: str, text: str) -> str:
    """``Suprianto`` for ``Supriantodi Bengkayang``: "di" glued to the name and a
    place after it, when the story writes the name alone elsewhere."""
    words = name.split()
    for i, word in enumerate(words[:-1]):
        if len(word) > 6 and word.endswith("di"):
            if re.search(rf"(?<![\w-]){re.escape(word[:-2])}(?![\w-])", text):
                return " ".join([*words[:i], word[:-2]])
    return name


def _split_degree(token: str, following: list[re.Match[str]]) -> bool:
    """Whether ``S.`` and the next word (``IK.,``) are a degree written with a
    space (``S. IK``, ``M. Si``, ``S. H``), not an initial before a name."""
    if not _INITIAL.fullmatch(token) or not following:
        return False
    rest = following[0].group().strip("\"“”'‘’,;:")
    if not re.fullmatch(r"[A-Z][A-Za-z.]{0,4}", rest):
        return False
    return (token[0] + rest.replace(".", "")).upper() in _DEGREE_CAPS


def _lower_case_name_rest(tokens: list[re.Match[str]]) -> list[re.Match[str]]:
    """One or two words typed in lower case that a degree follows: the rest of the
    name ("Ahmi sazli joenez S.I.P."), since degrees come right after a name."""
    rest: list[re.Match[str]] = []
    # "Jhon b.c simarmata": initials in lower case mark a name as well as degrees do
    initials = bool(tokens) and _LOWER_INITIALS.fullmatch(tokens[0].group())
    if initials:
        rest, tokens = [tokens[0]], tokens[1:]
    for token in tokens[:3]:
        word = token.group()
        bare = word.rstrip(",")
        if (
            re.fullmatch(r"[a-z][a-z'’-]{2,}", bare)
            and len(rest) < 2
            and bare not in _LOWER_WORDS
            and not _ME_VERB.match(bare.title())
            and not bare.endswith(("kan", "nya"))
        ):
            rest.append(token)
            if initials:
                return rest
            continue
        return rest if rest and _looks_like_degrees(word) else []
    return []


_LOWER_INITIALS = compile_scan(r"[a-z](?:\.[a-z])+\.?")


def _looks_like_degrees(word: str) -> bool:
    """``S.I.P.,M.SI,`` or ``SH``: short degree abbreviations, not a site's address
    (``TribunKaltara.com``)."""
    parts = [p for p in word.strip(",.;:").split(",") if p]
    return bool(parts) and all(
        re.fullmatch(r"[A-Z][A-Za-z]{0,4}(?:\.[A-Za-z]{1,5})*\.?", p)
        and _is_degree(p)
        and not _is_initials(p)
        for p in parts
    )


_LOWER_WORDS = {
    "yang", "dan", "di", "ke", "dari", "saat", "selaku", "sebagai", "bersama", "untuk",
    "pada", "dalam", "ini", "itu", "juga", "serta", "atau", "hadir", "tiba", "kata",
    "ujar", "jelas", "tegas", "ungkap", "tutur", "usai", "sambil", "ketika", "tadi",
    "kepada", "oleh",
}  # fmt: skip


# "Kepala <office> <subject>" in any case is written "<Ka-office> <subject>":
# "kepala bagian operasional" -> "Kabag Ops", "Kepala Seksi Hubungan Masyarakat" ->
# "Kasi Humas", "Wakil Kepala Satuan Reskrim" -> "Wakasat Reskrim".
_OFFICE_HEADS = {
    "satuan": "Kasat", "seksi": "Kasi", "bagian": "Kabag", "bidang": "Kabid",
    "biro": "Karo", "unit": "Kanit", "urusan": "Kaur", "subbagian": "Kasubbag",
    "subseksi": "Kasubsi", "subdirektorat": "Kasubdit", "subunit": "Kasubnit",
    "subbidang": "Kasubbid", "detasemen": "Kaden",
}  # fmt: skip
_SUBJECTS = {
    "operasi": "Ops", "operasional": "Ops", "ops": "Ops", "humas": "Humas",
    "hubungan masyarakat": "Humas", "reserse kriminal": "Reskrim",
    "reskrim": "Reskrim", "reserse narkoba": "Resnarkoba", "resnarkoba": "Resnarkoba",
    "lalu lintas": "Lantas", "lantas": "Lantas", "intelijen keamanan": "Intelkam",
    "intel keamanan": "Intelkam", "intelkam": "Intelkam", "binmas": "Binmas",
    "pembinaan masyarakat": "Binmas", "samapta": "Samapta", "sabhara": "Sabhara",
    "profesi dan pengamanan": "Propam", "propam": "Propam", "perencanaan": "Ren",
    "sumber daya manusia": "SDM", "sdm": "SDM", "logistik": "Log",
    "kedokteran dan kesehatan": "Dokkes", "dokkes": "Dokkes",
    "tahanan dan barang bukti": "Tahti", "tahti": "Tahti", "polairud": "Polairud",
    "polisi perairan dan udara": "Polairud", "polisi air dan udara": "Polairud",
    "samapta bhayangkara": "Samapta", "sumber daya": "Sumda", "polair": "Polair",
    "perencanaan umum dan anggaran": "Rena", "pengamanan objek vital": "Pamobvit",
    "pamobvit": "Pamobvit", "umum": "Um", "keuangan": "Keu", "hukum": "Kum",
    "pengawasan": "Was", "teknologi informasi dan komunikasi": "TIK", "tik": "TIK",
    "penerangan masyarakat": "Penmas", "penmas": "Penmas",
    "pembinaan operasional": "Binops", "binops": "Binops",
}  # fmt: skip
_SUBJECT_ALT = "|".join(
    r"\s+".join(s.split()) for s in sorted(_SUBJECTS, key=len, reverse=True)
)
_OFFICE_HEAD = compile_scan(
    r"(?i)\b(?P<wakil>wakil\s+)?kepala\s+(?P<office>sub\s*(?:bagian|seksi|direktorat|unit"
    rf"|bidang)|satuan|seksi|bagian|bidang|biro|unit|urusan|detasemen)\b(?:\s+(?P<subject>{_SUBJECT_ALT})\b)?"
)
# A short post with its subject in lower case: "Kabag ops", "kasat reskrim".
_SHORT_HEADS = {
    h.lower(): h
    for h in (
        "Kabag", "Kasi", "Kasat", "Karo", "Kadis", "Kabid", "Kanit", "Kaur", "KBO",
        "Pamin", "Paur", "Wakasat", "Kasubbag", "Kasubsi", "Kasubdit", "Kasubnit",
    )
}  # fmt: skip
_LOWER_SUBJECT = compile_led(
    rf"\b(?P<head>{'|'.join(_SHORT_HEADS)})\s+(?P<subject>{_SUBJECT_ALT})\b",
    re.IGNORECASE,
)
# "Wakil Kasat Reskrim" is "Wakasat Reskrim".
_WAKIL_KA = compile_scan(r"\b[Ww]akil\s+Ka(?=[a-z]{3,}\b)")
_DAN_APART = compile_scan(
    r"\bDan (Sat\s?brimob|Sat|Yon|Yonif|Ki|Ton|Rem|Dim|Ramil|Lanal|Lanud|Den|Subden)\b"
)
# "Waka Polres Tarakan" is "Wakapolres Tarakan".
_WAKA_UNIT = compile_scan(r"\bWaka\s+Pol(?=da\b|res\b|resta\b|sek\b)")
# "Wapolda Kalbar", "Wapolres Sanggau": the deputy's post written short.
_WA_UNIT = compile_scan(r"\bWapol(?=da\b|res\b|resta\b|sek\b)")


def _subject(words: str) -> str:
    return _SUBJECTS[" ".join(words.lower().split())]


def _office_head(match: re.Match[str]) -> str:
    office = re.sub(r"\s+", "", match["office"].lower())
    head = _OFFICE_HEADS[office]
    if match["wakil"]:
        head = "Waka" + head[2:]
    return f"{head} {_subject(match['subject'])}" if match["subject"] else head


# Cheap screens: most windows hold no long form, no lower-case subject, no brackets.
_LONG_HEAD = compile_led(
    r"\b(?:kepala|komandan|direktur|panglima|perwira|inspektur|bintara"
    r"|bhayangkara)\b",
    re.IGNORECASE,
)
_ABBR_IN_BRACKETS = compile_scan(r"\(\s*[A-Z][\w/ ]{1,23}\)")


def _short_forms(text: str) -> str:
    """Long or lower-case forms of posts written short, anywhere in ``text``."""
    if _LONG_HEAD.search(text):
        if "(" in text:
            # "Kepala Kepolisian Daerah Kalimantan tengah (Kapolda Kalteng)",
            # "Kepala Satuan Intelijen dan Keamanan (Kasat Intelkam)": the short
            # form the text gives wins, whatever words the long one holds
            text = _LONG_BEFORE_SHORT.sub(_given_short, text)
        low = text.lower()
        for long, short, head in _LONG_POSTS:
            if head in low:
                text = long.sub(short, text)
        text = _OFFICE_HEAD.sub(_office_head, text)
    # "Kepala Satuan (Kasat) Tahanan dan Barang Bukti (Tahti)" is now "Kasat (Kasat)
    # Tahanan ...": the head once, so that its subject is read after it.
    if _ABBR_IN_BRACKETS.search(text):
        text = _REPEATED_ABBR.sub(_drop_repeat, text)
    text = _LOWER_SUBJECT.sub(
        lambda m: f"{_SHORT_HEADS[m['head'].lower()]} {_subject(m['subject'])}", text
    )
    if "akil" in text:
        text = _WAKIL_KA.sub("Waka", text)
    if "Dan " in text:
        # "Dan Satbrimob", "Dan Yon": a commander's post written apart
        text = _DAN_APART.sub(lambda m: "Dan" + m[1].lower(), text)
    if "Waka " in text:
        text = _WAKA_UNIT.sub("Wakapol", text)
    if "Wapol" in text:
        text = _WA_UNIT.sub("Wakapol", text)
    # "Kepala Biro Operasi (Karoops)" is now "Karo Ops (Karoops)": once is enough.
    if _ABBR_IN_BRACKETS.search(text):
        text = _REPEATED_ABBR.sub(_drop_repeat, text)
    return text


_REPEATED_ABBR = compile_scan(
    r"\b(?P<post>[A-Z][\w/]*(?:\s+[A-Z][\w/]*){0,2})\s*\((?P<abbr>[^()\n]{2,24})\)"
)


def _drop_repeat(match: re.Match[str]) -> str:
    squash = [re.sub(r"\W+", "", g).lower() for g in (match["post"], match["abbr"])]
    # the short form the text gives wins
    return match["abbr"].strip() if squash[0] == squash[1] else match[0]


def _given_short(match: re.Match[str]) -> str:
    """The short form in brackets after a long post, when it is a post's."""
    abbr = match["abbr"]
    if re.fullmatch(r"Pol(?:da|res|resta|restabes|sek|ri)", abbr):
        return ("Waka" if "Wakil" in match["head"] else "Ka") + abbr.lower()
    return abbr if _POSITION_WORD.match(abbr.split()[0]) else match[0]


def _shorten(raw: str) -> str:
    """Long forms of posts in their short form: ``Kepala Polda`` -> ``Kapolda``."""

    def police_head(match: re.Match[str]) -> str:
        kind = match["unit"] or match["kind"]
        kind = _POLICE_KIND.get(" ".join(kind.lower().split()), kind.lower())
        return ("Waka" if match["wakil"] else "Ka") + kind

    text = _POLICE_HEAD.sub(police_head, _LONG_WITH_SHORT.sub(_given_short, raw))
    return _short_forms(text)


_ROMAN = compile_scan(r"[IVXLC]+(?=/|$)")
_ACRONYMS = {
    "TNI", "AL", "AU", "AD", "KPU", "OMB", "OMP", "PAM", "TPS", "PPK", "KSAD", "KSAL",
    "KSAU", "KSPKT", "SPKT", "KBO",
}  # fmt: skip


def _recase(raw: str) -> str:
    """A post written in capitals (``KAPOLRES SINTANG``) in Title Case; Roman
    numerals (``XII/TANJUNGPURA``) and acronyms keep theirs. In a run of words the
    post in capitals ends it ("Dikatakan KAPOLRES KAYONG UTARA"); a paragraph's
    first word in capitals is the post alone ("KAPOLDA Kalsel, Irjen ...")."""
    if not raw.isupper():
        words = raw.split()
        for i, word in enumerate(words):
            if len(word) > 3 and word.isupper() and _POSITION_WORD.match(word.title()):
                if " ".join(words[i:]).isupper():
                    return " ".join([*words[:i], _recase(" ".join(words[i:]))])
                words[i] = word.title()
        return " ".join(words) if words != raw.split() else raw
    words = []
    for word in raw.split():
        roman = _ROMAN.match(word)
        if word in _ACRONYMS:
            words.append(word)
        elif roman:
            words.append(roman[0] + word[roman.end() :].title())
        else:
            words.append(word.title())
    return " ".join(words)


# A dateline in capitals glued to the post by its dash: "PONTIANAK-Kabid Humas ...".
_GLUED_DATELINE = compile_scan(
    r"(?<![^\s])[A-Z][A-Z.]{2,}\s?[–-](?=(?:Waka|Ka|Wadan|Dan|Pang|Dir)[a-z])"
)
# A command's post glued to its number: "Dandim1013/Muara Teweh", "Danyon641".
_GLUED_NUMBER = compile_scan(r"((?:Wa)?Dan(?:dim|rem|ramil|yon|ki|ton|lanal))(?=\d)")


# Older or longer forms of a unit inside a post: "Kapolsekta" (a city's sector) is
# "Kapolsek", "Satbrimobda" is "Satbrimob"; a controller's post ends before the
# guard he controls ("Padal Pengamanan Gudang Logistik" is "Padal").
_POST_FORMS = compile_scan(
    r"(?<=[Pp]olsek)ta\b|(?<=Satbrimob)da\b|(?<=^Padal) (?:Pengamanan|PAM|Pam)\b.*"
    r"|(?<=^Padalpam) Pengamanan\b.*"
    # "Kapolsek Kecamatan Gambut": the sector is named by its kecamatan alone
    r"|(?<=[Pp]olsek) (?:Kecamatan|Kec\.)(?= [A-Z])"
    # "Kepala Polda Kalimantan Selatan (Kepala Polda Kalsel)": the post once
    r"|\s*\((?:[Ww]aka|[Kk]a)pol[^()]*\)$"
)


# A unit written out inside a post ("Kasi Humas Kepolisian Resor Sintang"); a
# commander's long post ("Kepala Kepolisian Resor") is shortened before, by _shorten.
_LONG_UNIT_NAME = compile_scan(
    r"\bKepolisian\s+(Daerah|Resor\s+Kota\s+Besar|Resor\s+Kota|Resor|Sektor)"
    r"(?=\s+[A-Z])"
)


def _unit_said_short(match: re.Match[str]) -> str:
    return _POLICE_KIND[" ".join(match[1].lower().split())].capitalize()


_DIR_KRIM = compile_scan(r"\bDir\s?(?:[Rr]es\s?)?[Kk]rim\s?(um|sus)\b")
_OPERATION_AFTER = compile_scan(
    r"^((?:Wa)?Ka(?:sub)?satgas [A-Z][a-z]+) (?:Operasi|Ops|OPs|OPS) [A-Z].*"
)


# A run of words read as a post, kept: an officer's windows (trimmed of a parent or
# not) end in the same run, and posts recur across stories (441 distinct runs in
# 3,336 calls over 800 articles).
@lru_cache(maxsize=4096)
def _clean_position(raw: str) -> str | None:
    raw = _GLUED_NUMBER.sub(r"\1 ", raw) if "Dan" in raw else raw
    raw = _GLUED_DATELINE.sub("", raw) if "-" in raw or "–" in raw else raw
    words = _shorten(_recase(raw.strip(" ,"))).split()
    for i, word in enumerate(words):
        if _POSITION_WORD.match(word) or _press_officer(words, i):
            if i and words[i - 1].endswith("§"):
                i -= 1
            position = " ".join(words[i:]).replace("§", "")
            position = re.sub(r"\bKabid\s+Humas\b", "Kabidhumas", position)
            position = _PARENS.sub("", position)
            if position == "Staf":
                return None  # "staf" alone: a member of the staff, no post
            position = _POST_FORMS.sub("", position)
            if "Kepolisian " in position:
                # "Kabidhumas Kepolisian Daerah Kalimantan Barat": the unit written
                # out, its short form "Polda Kalimantan Barat" normalised below
                position = _LONG_UNIT_NAME.sub(_unit_said_short, position)
            if "pel " in position or "cara " in position:
                # "Komandan Apel Danyon X": the parade's role, then the post
                role = _CEREMONY_ROLE.match(position)
                rest = position[role.end() :] if role else ""
                if rest and _POSITION_WORD.match(rest.split()[0]):
                    position = rest
            if "Ds." in position:  # "Bhabinkamtibmas Ds. X": a village's post
                position = position.replace("Ds. ", "Desa ")
            if position.startswith(("Ketua Tim ", "Kepala Tim ")):
                # "Ketua Tim Dirlantas Polda X": a team's lead, the office after it
                rest = position.split(" ", 2)[2]
                office = rest.split()[0]
                if _POSITION_WORD.match(office) and office not in ("Ketua", "Kepala"):
                    position = rest
            if "rim" in position:
                # "Dir Krimum", "Dirkrimsus": the directorate of Reserse Kriminal
                position = _DIR_KRIM.sub(r"Dirreskrim\1", position)
            if "satgas" in position:
                # "Kasatgas Humas Operasi Lilin Kapuas 2025": the task force's post,
                # without the operation it serves in
                position = _OPERATION_AFTER.sub(r"\1", position)
            if _POLRES_LEVEL.search(position):
                position = _PARENT.sub("", position)
            if _SECTOR_LEVEL.search(position):
                position = _SECTOR_PARENT.sub("", position)
            if "Ko" in position:
                position = _without_tni_parents(position)
            position = _FULL_POLDA.sub(
                lambda m: f"{m[1]} {_POLDA_ABBR[m[2]]}", position
            )
            half, odd = divmod(len(parts := position.split()), 2)
            if not odd and parts[:half] == parts[half:]:
                position = " ".join(parts[:half])  # "Kapolda X Kapolda X": pasted twice
            # A post is a run of names and codes; a lowercase word means prose, and
            # a rank means the words are a person ("kata Kapolres X AKBP Y.").
            if any(w[0].islower() for w in position.split()) or _RANK_RE.search(
                position + " "
            ):
                return None
            return position or None
    return None


# A command's own unit in a post ("Dandim 1009/Tanah Laut", "Babinsa Koramil X"),
# then the commands above it ("Korem 101/Antasari Kodam VI/Mulawarman"): parents.
_TNI_OWN_UNIT = compile_scan(r"\b(?:Dan(?:dim|ramil|rem)|Koramil|Kodim|Korem)\b")
_TNI_PARENT = compile_scan(r"\s+(?:Kodim|Korem|Kodam)\b")


def _without_tni_parents(post: str) -> str:
    """``post`` without the commands written after its own unit."""
    own = _TNI_OWN_UNIT.search(post)
    parent = _TNI_PARENT.search(post, own.end()) if own else None
    return post[: parent.start()] if parent else post


# A parade's or ceremony's role: "Komandan Apel", "Inspektur Upacara".
_CEREMONY_ROLE = compile_scan(
    r"(?:Komandan|Inspektur|Perwira|Pemimpin|Pimpinan)\s+(?:Apel|Upacara)\s+"
)
_FORMER = {"mantan", "eks", "bekas"}
_UNIT_WORD = compile_scan(r"Pol(?:da|res|resta|restabes|sek)$")
# "Bidang Humas Polda X" is the office, not a post.
_OFFICE_WORDS = {"Bidang", "Bid", "Seksi", "Si", "Subbag", "Subbagian", "Bagian", "Tim"}


def _post_run(segment: str) -> str:
    """The words after the segment's last lowercase word (``kepala`` is a post).

    A former post ("mantan Kapolda Kalbar") is none: the run is then empty.
    """
    words = segment.split()
    for i in range(len(words) - 1, -1, -1):
        low = words[i].lower()
        if low in _FORMER:
            return ""
        if words[i][0].islower() and low not in ("kepala", "wakil"):
            if low in _LOWER_POSTS or _lower_post_word(low):
                continue  # "humas polresta Samarinda, Akp X": typed in lower case
            if i == len(words) - 1 and low in ("upacara", "apel") and i:
                # "Kemudian, komandan upacara Iptu X": the ceremony's role in lower
                # case, written as the guidelines keep it ("Komandan Upacara")
                role = f"{words[i - 1].capitalize()} {words[i].capitalize()} "
                if _CEREMONY_ROLE.fullmatch(role):
                    return role.rstrip()
            return _recase_posts(words[i + 1 :])
    return _recase_posts(words)


# The short forms of posts pages type in lower case: "pangdam VI/Mulawarman",
# "dandim 1207/Pontianak", "kasatgas Humas" ("Ka-", "Dan-", "Pang-", "Dir-" words).
_LOWER_POST_HEAD = compile_scan(r"(?:waka|ka|wadan|dan|pang|wadir|dir)[a-z]{3,}")


def _lower_post_word(word: str) -> bool:
    """Whether a lower-case ``word`` is a post's short form typed in lower case."""
    return bool(
        _LOWER_POST_HEAD.fullmatch(word) and _POSITION_WORD.match(word.capitalize())
    )


# Police posts and units that pages type in lower case before an officer.
_LOWER_POSTS = {
    "kapolda", "kapolres", "kapolresta", "kapolsek", "wakapolda", "wakapolres",
    "wakapolresta", "wakapolsek", "kabidhumas", "kasihumas", "humas", "polda",
    "polres", "polresta", "polsek", "staf",
}  # fmt: skip


def _press_officer(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` starts a unit's press officer: "Humas Polresta X"."""
    return (
        words[i] == "Humas"
        and _UNIT_WORD.match(" ".join(words[i + 1 : i + 2])) is not None
        and (not i or words[i - 1] not in _OFFICE_WORDS)
    )


_LOWER_POST_WORD = compile_scan(rf"\b(?:{'|'.join(sorted(_LOWER_POSTS))})\b")


def _recase_posts(words: list[str]) -> str:
    """The run's words, a post typed in lower case capitalised (``Kapolres``)."""
    return " ".join(
        w.capitalize() if w in _LOWER_POSTS or _lower_post_word(w) else w for w in words
    )


def _position_before(
    text: str, rank_start: int, across_stop: bool = False
) -> str | None:
    window = text[max(0, rank_start - 160) : rank_start].rstrip()
    gap = text[max(0, rank_start - 160) + len(window) : rank_start]
    if window.endswith(",") and "\n" in gap:
        return None  # a list, one "name, post," a line: that post is the line's own
    if "\n" in gap and _is_headline(window[window.rfind("\n") + 1 :]):
        # "Kapolres Sintang Kerahkan 52 Personel ...\nAKBP X, Kapolres Sintang, ...":
        # a headline above the line the officer opens is no post of his; a line
        # broken between a post and the rank ("ujar Kapolres Barito Kuala\nAKBP X")
        # ends with the post and its unit alone.
        if not _ends_with_post(window[window.rfind("\n") + 1 :]):
            return None
    window = _short_forms(_ACTING.sub(_acting, window))
    tail = window[-60:]
    if _LOWER_END.search(tail.rstrip(" ,")):  # "Kapolres lamandau, AKBP X"
        window = window[: len(window) - len(tail)] + _recase_lower_unit(
            tail, text, at_end=True
        )
    if across_stop:  # "ujar Kapolres Sanggau. AKBP Suparno ..." in one paragraph
        if not window.endswith(".") or "\n" in gap:
            return None
        window = window[:-1]
    if window.endswith(",") and _stood_in_for(window):
        return None  # "Mewakili Kapolres Sintang, Kompol X": not X's own post
    window = window[:-1].rstrip() if window.endswith(",") else window
    if window.endswith((" -", " –", " —")):
        window = window[:-2].rstrip()  # "Kapolres Sintang – AKBP X": a dash between
    elif window.endswith(":"):
        window = window[:-1].rstrip()  # "Kapolres Sintang : AKBP X": a label's colon
    # "Kapolresta Palangka Raya, Jajaran Polda Kalteng, Kombes ...": the parent
    # between the post and the rank is skipped.
    # (A parent holds "Kal", a sector's Polres "Polres": most windows hold neither.)
    trimmed = _PARENT.sub("", window) if "Kal" in window else window
    if trimmed != window:
        position = _last_post(trimmed)
        if position and _POLRES_LEVEL.search(position):
            return position
    # "Kapolsek Sungai Ambawang, Polres Kubu Raya, AKP ...": likewise for a sector.
    trimmed = _SECTOR_PARENT.sub("", window) if "Polres" in window else window
    if trimmed != window:
        position = _last_post(trimmed)
        if position and _SECTOR_LEVEL.search(position):
            return position
    position = _last_post(window)
    if position and "selaku " in window[-60:] and not _HAS_UNIT.search(position):
        office = _office_before_role(window)
        if office:
            return office
    if position is None:
        mended = _mended_post_word(window)
        if mended:
            return _last_post(mended)
    if position is None and " di " in window[-60:]:
        # "Pangdal di Pos Pengamanan gudang logistik, Ipda X": the post, then
        # where the officer serves, then his rank
        station = _AT_STATION.search(window, max(0, len(window) - 60))
        if station:
            return _last_post(window[: station.start()])
    return position


# "Kabag Ops Polres X selaku Karendalops AKP Y": an office with its unit, then the
# role its holder plays in the operation.
_HAS_UNIT = compile_scan(r"(?i)pol(?:da|res|resta|restabes|sek)\b")
_SELAKU_ROLE = compile_scan(r"\sselaku\s+[^,.;:\n]{2,40}$")


def _office_before_role(window: str) -> str | None:
    """The office written with its unit before "selaku <role>", which the officer
    holds; None when the words before name no such office."""
    role = _SELAKU_ROLE.search(window)
    if not role:
        return None
    office = _last_post(window[: role.start()])
    return office if office and _HAS_UNIT.search(office) else None


# Commanders' posts pages type a letter wrong ("Panglim TNI", "Panglma TNI",
# "Kapoldaa"): long ones only, so that no given name is taken for one ("Dandi").
_TYPED_POST_HEADS = (
    "Panglima", "Pangdam", "Komandan", "Kapolda", "Kapolres", "Kapolresta",
    "Kapolsek", "Wakapolda", "Wakapolres", "Wakapolresta", "Wakapolsek",
)  # fmt: skip


def _mended_post_word(window: str) -> str | None:
    """``window`` with one of its last words, a commander's post typed a letter
    wrong, written right; None when none is."""
    words = window[-40:].split()[-4:]
    for word in reversed(words):
        bare = word.strip(",.")
        if len(bare) < 6 or not bare[0].isupper() or _POSITION_WORD.match(bare):
            continue
        for head in _TYPED_POST_HEADS:
            if head[0] == bare[0] and _one_edit(bare, head):
                at = window.rindex(bare)
                return window[:at] + head + window[at + len(bare) :]
    return None


# "Mewakili Kapolres Sintang, Kompol X ...", "Atas nama Kapolda, AKBP X ...": the
# post of the one the officer stands in for, then the officer, the sentence's subject.
_STOOD_IN_FOR = compile_scan(
    r"\b(?:[Mm]ewakili|[Aa]tas\s+[Nn]ama)\s+[^,.;:\n()]{3,80},$"
)


def _stood_in_for(window: str) -> bool:
    """Whether ``window`` (ending with a comma, before a rank) ends with the post of
    the one the next officer stands in for. When an officer opens the sentence
    ("Kompol X mewakili Kapolres Sintang, AKBP Y, ..."), the rank after the comma
    is the post's own holder, set beside it."""
    if "akili" not in window and "ama " not in window:
        return False
    match = _STOOD_IN_FOR.search(window)
    if not match:
        return False
    opening = max(
        window.rfind("\n", 0, match.start()), window.rfind(". ", 0, match.start())
    )
    return not _RANK_RE.search(window, opening + 1, match.start())


# A commander's post with its unit's name typed in lower case: "Kapolres lamandau,
# AKBP X", "AKBP X, kapolsek nanga pinoh, ...". The words are the unit's name when
# the page writes them capitalised elsewhere (its headline, its unit "Polres
# Lamandau"); "Kapolres setempat, AKBP X" gains no unit "Setempat".
_LOWER_UNIT_AFTER = compile_scan(
    r"(?i:\b(?:wa)?(?:kapolres(?:ta)?|kapolsek|kapolda)|\bdan(?:dim|ramil|yon)"
    r"|\bpol(?:res(?:ta)?|sek))"
    r"((?:\s+[a-z][a-z-]{2,}){1,3})"
)


def _recase_lower_unit(segment: str, text: str, at_end: bool) -> str:
    """``segment`` with the lower-case unit name after its post (the one ending it,
    or the one opening it) written as the page capitalises it elsewhere."""
    for match in _LOWER_UNIT_AFTER.finditer(segment):
        rest = segment[match.end() :]
        if at_end and rest.strip(" ,"):
            continue
        if not at_end and match.start() > 0 and segment[: match.start()].strip(" ,"):
            break
        words = match[1].split()
        for n in range(len(words), 0, -1):
            name = " ".join(w.capitalize() for w in words[:n])
            if re.search(rf"\b{re.escape(name)}\b", text):
                cut = match.start(1) + len(match[1]) - len(match[1].lstrip())
                tail = " ".join(words[:n])
                end = segment.index(tail, cut) + len(tail)
                return segment[:cut] + name + segment[end:]
    return segment


def _ends_with_post(line: str) -> bool:
    """Whether ``line`` ends with a post and its unit, and nothing else after them
    ("Sementara itu Kabag Ops Polresta Balikpapan"), not a headline's verb or
    figure ("Kapolres Sintang Kerahkan 52 Personel")."""
    words = line.split()
    for i in range(len(words) - 1, max(-1, len(words) - 6), -1):
        if _POSITION_WORD.match(words[i]):
            return all(
                _NAME_WORD.match(w) or re.fullmatch(r"[\dIVX]+(?:/[\w-]+)?", w)
                for w in words[i + 1 :]
            ) and not any(
                w in _VERBS or _HEADLINE_VERB.match(w) for w in words[i + 1 :]
            )
    return False


# "... di Pos Pengamanan gudang logistik": a place after a post, no other clause.
_AT_STATION = compile_scan(
    r" di (?:(?!\b(?:dan|bersama|serta|melalui|yang|kata|ujar)\b)"
    r"[^,.;:\n()\"“”]){3,50}$"
)


# Where the last boundary is first looked for: the words after the last space this
# many characters or more before a window's end.
_LAST_CUT_TAIL = 40


def _last_cut(window: str) -> re.Match[str] | None:
    """The last match ``_BOUNDARY.finditer(window)`` gives.

    A boundary holds a space only as its last character, so none runs across a
    space: the matches a scan from the start finds after a space are the ones a scan
    from that space finds. The tail is scanned first, the whole window only when the
    tail holds none.
    """
    space = window.rfind(" ", 0, len(window) - _LAST_CUT_TAIL)
    last = deque(_BOUNDARY.finditer(window, space + 1) if space >= 0 else (), 1)
    if not last:
        last = deque(_BOUNDARY.finditer(window), 1)
    return last[0] if last else None


def _last_post(window: str) -> str | None:
    """The post that ends ``window``, if any."""
    cut = _last_cut(window)
    # A stop glued to the post ("S.E, .Komandan Satrad 225") is no part of it.
    segment = _post_run(window[cut.end() :] if cut else window).lstrip(".,")
    position = _clean_position(segment) if len(segment.split()) <= 12 else None
    if position is None and cut and cut[0] == "\n":
        # A hard-wrapped paragraph breaks its lines anywhere ("oleh Plt. Kabag\nOps
        # Polres Sanggau AKP ..."): a long line, or one ending in a post, runs on.
        line = window[: cut.start()].rsplit("\n", 1)[-1]
        last = line.split()[-1] if line.split() else ""
        if line[-1:].isalnum() and (len(line) >= 60 or _POSITION_WORD.match(last)):
            start = cut.start()
            return _last_post(window[:start] + " " + window[start + 1 :])
    return position


# ("yang baru / saat ini / kini menjabat (sebagai)", "dalam kapasitasnya sebagai":
# the post said with its tense or role)
_AFTER = compile_scan(
    r"^\s*(?:,|\s[–—-])?\s*(?:selaku|sebagai|yang\s+merupakan|yang\s+(?:juga\s+|baru\s+"
    r"|saat\s+ini\s+|kini\s+|sekarang\s+)?menjabat(?:\s+sebagai)?"
    r"|yang\s+juga(?:\s+sebagai)?|dalam\s+kapasitas(?:nya)?\s+sebagai)?\s*"
    r"(?P<pos>(?:(?:[Ww]akil\s+)?kepala\s+)?[A-Z][\w/.-]*(?:\s+(?:[A-Z0-9][\w/.()-]*))*)"
)


_PARENS = compile_scan(r"\s*\([A-Za-z]{2,8}\)")  # "Kapolres Hulu Sungai Utara (HSU)"
# A full stop inside the words after a name ends the post, unless it is an acting
# prefix's ("Plt. Kabag"), an abbreviation's ("Kab. Sambas") or a number's ("1.205").
_STOP_IN_POST = compile_scan(
    r"(?<!\bPlt)(?<!\bPlh)(?<!\bPjs)(?<!\bPs)(?<!\bKab)(?<!\bKec)(?<!\bKel)(?<!\bSei)(?<!\bDs)"
    r"(?<!\bProv)(?<!\bNo)\.(?=\s|$|[A-Z][a-z])"
)
_TOKEN = compile_scan(r"[\s,]*([^\s,]+)")
_LETTER_STOP = compile_scan(r"(?:[A-Z]\.){1,4}")  # "S. I. K.", "C.F.E."


def _position_after(text: str, name_end: int) -> str | None:
    after = text[name_end : name_end + 160]
    # A line ending with a stop ends the sentence: the next line's post is the next
    # officer's ("AKP Budi, S.H.\nKapolres Sintang, AKBP Joko ..."). A line broken
    # inside a sentence (after a comma or a word) reads on.
    line_end = after.find("\n")
    if line_end >= 0 and after[:line_end].rstrip().endswith((".", "!", "?", '"', "”")):
        after = after[:line_end]
    # Skip the degrees that may sit between the name and the post.
    for token in _TOKEN.finditer(after):
        # "S. I. K.": a degree typed with spaces leaves letters with stops
        if not _is_degree(token[1]) and not _LETTER_STOP.fullmatch(token[1]):
            after = after[token.start() :]
            break
    # "AKBP X, kapolres Kukar": a post typed in lower case.
    after = _LOWER_POST_WORD.sub(lambda m: m[0].capitalize(), after)
    if _LOWER_NEXT.match(after):  # "AKBP X, Kapolres lamandau, ..."
        after = _recase_lower_unit(after, text, at_end=False)
    # "Iptu Andi Saputra (Kapolsek Sungai Raya) dan ...": the post in brackets.
    bracket = _BRACKETED.match(after)
    match = _AFTER.match(_short_forms(bracket[1] if bracket else after))
    if not match:
        return None
    post = _STOP_IN_POST.split(match["pos"], maxsplit=1)[0]
    if _RANK_RE.search(post):
        # "Ka Spkt Aipda X, Panit Intelkam Bripka Y": a post with a rank after it
        # is that next officer's, written before his rank
        return None
    post = _shorten(post)
    words = post.split()
    acting = _ACTING.match(post)
    if acting and len(words) > 1 and _POSITION_WORD.match(words[1]):
        # "X, selaku PS Kanit 2 Subdit ...": an acting post keeps its prefix
        position = _clean_position(" ".join(words[1:8]))
        return position and _acting(acting).replace("§ ", " ") + position
    if not words or not (_POSITION_WORD.match(words[0]) or _press_officer(words, 0)):
        return None
    return _clean_position(" ".join(words[:7]))


def _rank_of(match: re.Match[str]) -> str:
    for i, (_, rank) in enumerate(RANKS):
        if match[f"r{i}"]:
            base = rank or match[f"r{i}"]
            force = match["force"] or ""
            if base in _FORCELESS and force:
                base += " TNI" if "TNI" in force.upper() else " Pol"
            if match["purn"]:
                base += " (Purn)"
            if match["corps"]:
                corps = match["corps"].title()  # "INF", "lek": "Inf", "Lek"
                # a navy corps keeps its capitals: "Laut (PM)"
                corps = re.sub(r"\((\w{2})\)$", lambda m: m[0].upper(), corps)
                if re.fullmatch(r"\(\s*\w{2,}\s*\)", corps):
                    corps = corps.strip("( )")  # "(Inf)": "Inf"
                base += " " + _CORPS_WORDS.get(corps, corps)
            if match["purn_after"]:
                base += " (Purn)"
            return base
    return match[0]


def _force_from_post(rank: str, position: str | None) -> str:
    """``Jenderal`` reading ``Kapolri`` is ``Jenderal Pol``; ``Brigjen`` likewise."""
    if rank not in _FORCELESS or not position:
        return rank
    if re.search(r"(?i)pol(?:ri|da|res|sek)|brimob|reskrim|humas", position):
        return f"{rank} Pol"
    if re.search(r"(?i)\bTNI\b|kodam|korem|kodim|pangdam|danrem|dandim", position):
        return f"{rank} TNI"
    return rank


_POLICE_POST = compile_scan(
    r"(?i)pol(?:ri|da|res|resta|restabes|sek)\b|brimob|reskrim|humas|samapta|sabhara"
    r"|lantas|intelkam|propam|bhabinkamtibmas|pamatwil|\bpadal|\bkasat\b|\bkabag"
    r"|\bkanit|\bkabid|\bkaro\b|\bdir(?!ut)|\bpolair|\bbagops"
)
_TNI_POST = compile_scan(
    r"(?i)\bTNI\b|kodam|korem|kodim|koramil|\bpangdam|\bdan(?:rem|dim|ramil|yon|lanal"
    r"|lanud|satrad|lantamal|denpom|pomdam|brigif|kodaeral)|yonif|batalyon|lanal\b"
    r"|lanud\b|lantamal|\bpasi|babinsa|\bpabung|satrad|\bkas(?:dim|rem|dam)\b"
    r"|denpom|pomdam|brigif|marinir|kostrad"
)
_CIVIL_POST = compile_scan(
    r"(?i)\b(?:bupati|wali\s*kota|walikota|gubernur|ketua|camat|lurah|sekda|kajari"
    r"|kajati|kadis|kepala\s+(?:dinas|BPBD|badan|desa|kantor)|pj|penjabat|KPU|Bawaslu"
    r"|DPRD)\b"
)
_TNI_RANKS = {
    "Letkol", "Kolonel", "Mayor", "Kapten", "Lettu", "Letda", "Peltu", "Pelda",
    "Serma", "Serka", "Sertu", "Serda", "Kopka", "Koptu", "Kopda", "Praka", "Pratu",
    "Prada", "Marsekal",
}  # fmt: skip


def _rank_force(rank: str) -> str | None:
    """``pol`` or ``tni``: the force a rank belongs to (``Brigjen`` alone: none)."""
    if "TNI" in rank or rank.split()[0] in _TNI_RANKS:
        return "tni"
    return None if rank in _FORCELESS else "pol"


def _post_force(post: str) -> str:
    """``pol``, ``tni`` or ``other`` (a civil office or no telling) for a post."""
    if _TNI_POST.search(post):
        return "tni"
    if _POLICE_POST.search(post) and not _CIVIL_POST.search(post):
        return "pol"
    return "other"


def _post_before_or_after(
    text: str, rank_start: int, name_end: int, rank: str, before: str | None
) -> str | None:
    """The officer's post: the one before the rank, or the one after the name.

    Of both, the one of the rank's own force wins: in a list of guests written
    name first ("dihadiri Pj Bupati X, AKBP Y, Kapolres Z, ...") the post before
    is the previous guest's; on a tie the post before stands, and so does a post
    before that no force owns and no civilian holds ("Kabinda X, Marsma TNI Y,
    Danlantamal Z, Laksamana TNI W": the agency's head, then the next guest's).
    """
    if before is None:
        return _position_after(text, name_end)
    force = _rank_force(rank)
    before_force = _post_force(before)
    if force is None or before_force == force:
        return before
    if before_force == "other" and not _CIVIL_POST.search(before):
        return before  # no force's and no civilian's: not the previous guest's
    after = _position_after(text, name_end)
    if after and _post_force(after) == force:
        return after
    return before


# The Prophet's name, which opens many names, spelt as pages spell it (written out:
# "M." is an initial, read by _name_said_in_part).
_MUHAMMAD = frozenset(
    ("muhammad", "muhamad", "mohammad", "mohamad", "mohammed", "muhammed",
     "mochammad", "mochamad", "mohamed", "mokhamad", "muchammad", "muchamad",
     "moch", "moh", "muh", "mhd", "mohd", "muhd")
)  # fmt: skip


def _spelt_alike(words: list[str]) -> list[str]:
    """The name's words, its opening "Muhammad" spelt one way."""
    return ["muhammad", *words[1:]] if words and words[0] in _MUHAMMAD else words


def _same_person(a: str, b: str) -> bool:
    if _squashed(a) == _squashed(b):
        return True  # "Aditya Jaya" and "Adityajaya": one name, spaced two ways
    ta, tb = a.lower().replace(".", "").split(), b.lower().replace(".", "").split()
    if ta[0] != tb[0] and len(ta) > 1 and len(tb) > 1:
        # "Mochamad Rizal" and "Muhammad Rizal Fauzi": one name, spelt two ways
        ta, tb = _spelt_alike(ta), _spelt_alike(tb)
    short, long = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if long[: len(short)] == short or long[-len(short) :] == short:
        return True
    if len(ta) == len(tb) and _one_word_cut_short(ta, tb):
        return True
    # "Choky Meliala" is "Choky Sentosa Meliala": same first and last word.
    words = iter(long)
    return (
        len(short) > 1
        and short[0] == long[0]
        and short[-1] == long[-1]
        and all(w in words for w in short)
    )


def _squashed(name: str) -> str:
    """The name without its spaces and stops, in lower case."""
    return name.replace(" ", "").replace(".", "").lower()


def _ranks_agree(a: str, b: str) -> bool:
    """Whether two ranks may be one person's: the same, or one the other with its
    force or corps added ("Brigjen", "Brigjen Pol"); a Bripda is no AKBP."""
    return a.startswith(b) or b.startswith(a)


def _one_word_differs(a: str, b: str) -> bool:
    """Whether two names of as many words differ in one word (a typo, not a part)."""
    ta, tb = a.lower().split(), b.lower().split()
    return len(ta) == len(tb) and ta != tb


def _one_word_cut_short(ta: list[str], tb: list[str]) -> bool:
    """``Wuryanto`` for ``Wuryantono``: one word differs, written with its last
    letters (at most three) left off."""
    differ = [(x, y) for x, y in zip(ta, tb, strict=True) if x != y]
    if len(differ) != 1:
        return False
    x, y = sorted(differ[0], key=len)
    return len(x) >= 5 and y.startswith(x) and len(y) - len(x) <= 3


_ROLE_WORD = compile_scan(
    r"^\s*(?:selaku|sebagai|yang\s+(?:juga\s+)?menjabat(?:\s+sebagai)?)\s+(?=[A-Z])"
)


def _guest_after(gap: str) -> bool:
    """Whether ``gap``, between an officer's name and the next rank, is that
    officer's degrees and post, ended by a comma (", S.I.K., Kapolres Sintang, "):
    a guest list written name first. The post may be said with its role word
    ("AKP X selaku Kapolsek Y, Aipda Z ...")."""
    if "laku " in gap or "agai " in gap or "abat " in gap:
        gap = _ROLE_WORD.sub(", ", gap, count=1)
    parts = [p.strip() for p in gap.split(",")]
    if len(parts) < 3 or parts[0] or parts[-1]:
        return False
    *degrees, post = parts[1:-1]
    post = _ACTING.sub("", post)  # "AKBP X, Plt. Kapolres Y, Kompol Z, ..."
    if "\n" in post or _STOP_IN_POST.search(post):
        # "..., kata AKP X, Kasat Lantas Polres Y.\nKapolres Y, AKBP Z": the
        # sentence ended after the first officer's post; the next one opens with
        # the next officer's own (a guest list is one sentence)
        return False
    words = post.split()
    return (
        # each word a degree ("S. I. K." typed with spaces is three): a part that
        # ends one sentence and opens the next is no degree for its stop
        all(
            d.split()
            and all(_is_degree(w) or _LETTER_STOP.fullmatch(w) for w in d.split())
            for d in degrees
        )
        and 0 < len(words) <= 6
        and bool(_POSITION_WORD.match(words[0]))
        and not any(w[0].islower() for w in words)
    )


def find_officials(
    text: str,
    normalise: Callable[[str], str] | None = None,
    dateline: str | None = None,
) -> tuple[Official, ...]:
    """Ranked officials in order of first mention, each person once.

    ``normalise`` rewrites the unit names inside a post (``Kapolres Kotim`` ->
    ``Kapolres Kotawaringin Timur``); that needs the gazetteer, this module does not.
    ``dateline`` is the dateline the reader took off the body ("Polres Sintang –"):
    a unit it names is one the text names, for a bare post ("Kapolres AKBP X").
    """
    people: list[Official] = []
    titled: list[bool] = []  # whether each person's name was read in a headline
    last_end: int | None = None  # where the last officer's name ends
    if "lrjen" in text or "lptu" in text or "lpda" in text:
        text = _LOWER_L.sub("I", text)  # "lrjen Daniel": an "l" typed for the "I"
    text = _typed_ranks(text)
    if "Police" in text or "General" in text or "Commissioner" in text:
        text = _ENGLISH_POSTS.sub(_english_post, text)  # an English page's words
    keywords = _keyword_lines(text)
    for match in finditer_from(_RANK_RE, _RANK_START, text):
        if _STREET.search(text, max(0, match.start() - 20), match.start()):
            continue  # "Jalan Mayor Alianyang", "Jl. Jenderal Sudirman"
        if keywords and any(a <= match.start() < b for a, b in keywords):
            continue  # a page's keyword line names people, it reports nothing
        name_start = match.end()
        if match["corps"] and text.startswith(",", name_start):
            name_start += 1  # "Letnan Kolonel Infantri, Muhammad Tandri"
        elif _STOP_BEFORE_NAME.match(text, name_start, name_start + 3):
            name_start += 1  # "AKBP.Budi Santoso": the stop glued to the name
        honorific = _GLUED_HONORIFIC.match(text, name_start)
        if honorific:
            name_start = honorific.end()  # "Irjen Pol Drs.Djoko": "Drs." glued on
        name, end = _read_name(text, name_start)
        if not name or name in _PROVINCE_CODES:
            continue  # "Karo Rena Kombespol Kalsel": a unit's province, no person
        if "di " in name:
            name = _glued_di(name, text)
        rank = _rank_of(match)
        # A post set beside the officer ("Kapolres Mempawah yang dijabat AKBP X, ",
        # "Kapolres Sintang (AKBP X)") is his post before the rank: it outranks
        # what follows his name (the next guest's post, a role "selaku ...").
        before = _position_before(text, match.start()) or _post_in_apposition(
            text, match.start()
        )
        if (
            before
            and last_end is not None
            and _guest_after(text[last_end : match.start()])
        ):
            # "AKBP X, Kapolres Sintang, Kompol Y, Wakapolres Sintang": guests
            # listed name first; the post before the rank is the previous guest's.
            position = _position_after(text, end)
        else:
            position = _post_before_or_after(
                text, match.start(), end, rank, before
            ) or (_position_before(text, match.start(), across_stop=True))
        # The next rank may be of a list written name first only when this
        # officer's post was not written before the rank.
        last_end = end if position and position != before else None
        position = (
            position
            or _post_in_apposition(text, match.start())
            or _head_of_speaking_unit(text, match.start())
        )
        if position and normalise:
            position = _PARENS.sub("", normalise(position))
        rank = _force_from_post(rank, position)
        if rank == "Jenderal":
            continue  # no force, no post: a street or a title, not an officer
        if (
            match[0].lower().endswith("komisaris")
            and _post_force(position or "") != "pol"
        ):
            continue  # "Komisaris PT X", "Komisaris Utama": a company's, no officer
        headline = _in_title_case_line(text, match.start())
        for i, known in enumerate(people):
            if (
                (
                    _same_person(known.name, name)
                    and (known.rank == rank or not _one_word_differs(known.name, name))
                    and _ranks_agree(known.rank, rank)
                )
                or (
                    known.rank == rank
                    and _one_letter_typo(known.name, name)
                    and (
                        _same_post_kind(known.position, position)
                        # "AKBP Budi Hartono, Kapolres X ... AKBP Budi Hartino
                        # meminta": one mention with no post of its own (a
                        # headline's may come first)
                        or (
                            (position is None) != (known.position is None)
                            and " " in name
                        )
                    )
                )
                or (
                    # "Aipda Antonius Susilo, Kanit ... 'Aipda Anton dan ...'": a later
                    # mention by the first name said short, with no post of its own
                    known.rank == rank
                    and _first_name_said_short(known.name, name)
                    and (position is None or _same_post_kind(known.position, position))
                )
                or (
                    # "Kombes Pol Raden Petit Wijaya ... kata Kombes Petit": a later
                    # mention by a middle name; "AKBP Gede Pasek M" for "AKBP Gede
                    # Pasek Muliadnyana": a word cut to its initial
                    known.rank == rank
                    and _name_said_in_part(known.name, name)
                    and (position is None or _same_post_kind(known.position, position))
                )
            ):
                people[i] = Official(
                    rank=max((known.rank, rank), key=lambda r: len(r or "")),
                    name=_better_name(known.name, titled[i], name, headline, text),
                    position=_fuller_post(known.position, position),
                )
                titled[i] = titled[i] and headline
                break
        else:
            people.append(Official(rank=rank, name=name, position=position))
            titled.append(headline)
    named = f"{dateline}\n{text}" if dateline and "Pol" in dateline else text
    return tuple(_with_unit(person, named, normalise) for person in people)


def _keyword_lines(text: str) -> list[tuple[int, int]]:
    """Where the page's keyword lines stand: six or more short items in Title Case
    set apart by commas, no sentence ("Polres Lamandau, Kapolres Lamandau, AKBP X,
    Polda Kalteng, Kapolda Kalteng, Irjen Pol Y, Kabupaten Lamandau"), the tags a
    site lists under a story without a "Tags:" label."""
    if text.count(",") < 5:
        return []
    spans, at = [], 0
    for line in text.split("\n"):
        start, at = at, at + len(line) + 1
        if line.count(",") < 5 or line.rstrip().endswith((".", '"', "”")):
            continue
        items = [item.split() for item in line.split(",")]
        if all(
            0 < len(words) <= 4 and all(w[0].isupper() or w[0].isdigit() for w in words)
            for words in items
        ):
            spans.append((start, start + len(line)))
    return spans


def with_caption_officials(
    officials: tuple[Official, ...],
    captions: list[str],
    normalise: Callable[[str], str] | None = None,
) -> tuple[Official, ...]:
    """The body's officers, then those only a photo caption names ("Kapolda Kalsel
    Irjen Pol X mengecek kesiapan personel ..."): the reader keeps captions apart,
    but the officer in the photo of the reported deed is one of the story's."""
    extra: list[Official] = []
    body = list(officials)
    for caption in captions:
        for person in find_officials(caption, normalise):
            same = [i for i, o in enumerate(body) if _same_person(person.name, o.name)]
            if same:
                # A post the body never gives its officer, the caption may:
                # "Kapolres HST, AKBP X ketika ditemui" under the photo.
                i = same[0]
                if body[i].position is None and person.position:
                    body[i] = replace(body[i], position=person.position)
            elif not any(_same_person(person.name, o.name) for o in extra):
                extra.append(person)
    return (*body, *extra)


# A post, then the officer in apposition: "Kapolres Sintang (AKBP X)", "Kapolres
# Sintang, yakni AKBP X", "Kapolres Sintang yang dijabat AKBP X".
# ("Kapolres Sintang sendiri, AKBP X", "..., dalam hal ini AKBP X", "Kapolres
# Sintang yang baru, AKBP X": the post, a word on it, then the officer)
_APPOSITION = compile_scan(
    r"(?:\s*\(|,?\s+(?:yakni|yaitu|ialah|adalah|(?:yang\s+)?(?:kini\s+|saat\s+ini\s+)?"
    r"dijabat(?:\s+oleh)?|saat\s+ini|kini|sendiri|dalam\s+hal\s+ini|yang\s+baru)"
    r"\s*,?)\s*$"
)
_MANY = {"para", "seluruh", "semua", "sejumlah", "masing-masing"}


def _post_in_apposition(text: str, rank_start: int) -> str | None:
    """The post an officer is set beside: the one post before the linking words, not
    a plural ("para Kapolsek, yakni ...")."""
    window = text[max(0, rank_start - 120) : rank_start]
    link = _APPOSITION.search(window)
    if not link:
        return None
    before = window[: link.start()]
    position = _last_post(before)
    if not position:
        return None
    head = before[: before.rfind(position.split()[0])].split()
    if head and head[-1].lower() in _MANY:
        return None
    return position


# "jelas Polres Kotim AKBP Resky ...": a unit does not speak; its head does, the "Ka"
# left out. Read so only when the story names that head elsewhere ("terang Kapolres").
_SPEAKING_UNIT = compile_scan(
    r"\b(?:kata|ujar|jelas|ucap|tutur|terang|ungkap|tegas|papar)(?:nya)?\s+"
    r"(?P<unit>[Pp]ol(?P<kind>res|resta|da|sek)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})"
    r"\s*,?\s*$"
)


def _head_of_speaking_unit(text: str, rank_start: int) -> str | None:
    """``Kapolres Kotim`` for ``jelas Polres Kotim AKBP X`` when the story names the
    Kapolres elsewhere."""
    match = _SPEAKING_UNIT.search(text, max(0, rank_start - 70), rank_start)
    named = rf"(?i)\b(?:kapol|kepala\s+pol){match['kind']}\b" if match else ""
    if not match or not re.search(named, text):
        return None
    words = match["unit"].split()
    for i, word in enumerate(words[1:], 1):  # "Polres Kotim Resky": the unit ends
        if _RANK_RE.match(word + " ") or word in _NOT_NAME:
            words = words[:i]
            break
    return "Ka" + " ".join(words)[0].lower() + " ".join(words)[1:]


def _in_title_case_line(text: str, at: int) -> bool:
    """Whether the line holding ``at`` is a headline: every longer word capitalised."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return _is_headline(text[start : end if end >= 0 else len(text)])


def _is_headline(line: str) -> bool:
    """Whether ``line`` is a headline: four or more longer words, all capitalised."""
    words = [w for w in line.split() if len(w) > 3]
    return len(words) >= 4 and all(w[0].isupper() or not w[0].isalpha() for w in words)


def _better_name(
    first: str, first_titled: bool, later: str, later_titled: bool, text: str
) -> str:
    """The fuller of two spellings of one name, unless the fuller one was read in a
    headline and runs on past the name written in a sentence ("AKBP Ricky
    Hadiyanto Awasi Pergeseran" against "AKBP Ricky Hadiyanto mengatakan") with
    a word the story never writes in a sentence."""
    if first != later and _squashed(first) == _squashed(later):
        # spaced two ways: the spelling the story writes more often, else the one
        # with fewer words (a name split to be read more easily, not one run on)
        return max((first, later), key=lambda n: (text.count(n), -len(n.split())))
    (short, short_titled), (long, long_titled) = sorted(
        ((first, first_titled), (later, later_titled)), key=lambda n: len(n[0])
    )
    if long_titled and not short_titled and long.startswith(short + " "):
        extra = long[len(short) + 1 :].split()[0]
        pattern = rf"(?<![\w-]){re.escape(extra)}(?![\w-])"
        if not any(
            not _in_title_case_line(text, m.start()) for m in re.finditer(pattern, text)
        ):
            return short
    if len(first) == len(later):
        # a letter apart ("Harry" / "Herry"): a sentence's spelling over a headline's
        return later if first_titled and not later_titled else first
    return long


def _same_post_kind(a: str | None, b: str | None) -> bool:
    """Whether two names a letter apart are one person's: both written with the same
    post ("Hendra" and "Hendri" of the same rank without posts may be two men)."""
    return bool(a) and _without_acting(a) == _without_acting(b)


# "Plh. Kapolres Sintang", "PS Kasi Humas", "Pj Bupati": a stand-in's prefix.
_ACTING_PREFIX = compile_scan(r"^(?:Plt|Plh|Pjs|Ps|PS|Pgs|Pymt|Pj|PLT|PLH)\.?\s+")


def _without_acting(post: str | None) -> str | None:
    """The post without a stand-in's prefix."""
    return _ACTING_PREFIX.sub("", post) if post else post


def _first_name_said_short(a: str, b: str) -> bool:
    """``Anton`` for ``Antonius Susilo``: a later mention by one word, the first
    name cut short (three letters at most left off, four or more kept)."""
    short, long = sorted((a.split(), b.split()), key=len)
    if len(short) != 1 or len(long) < 2 or len(short[0]) < 4:
        return False
    first = long[0]
    return (
        first != short[0]
        and first.startswith(short[0])
        and len(first) - len(short[0]) <= 3
    )


def _name_said_in_part(a: str, b: str) -> bool:
    """``Petit`` for ``Raden Petit Wijaya`` (one middle word of a name of three or
    more, four letters or more), or ``Gede Pasek M`` for ``Gede Pasek Muliadnyana``
    (as many words, one written as its initial, the others the same)."""
    short, long = sorted((a.split(), b.split()), key=len)
    if len(short) == 1:
        word = short[0]
        return len(long) >= 3 and len(word) >= 4 and word in long[1:-1]
    if len(short) != len(long):
        return False
    cut = 0
    for x, y in zip(short, long, strict=True):
        if x == y:
            continue
        x, y = sorted((x.rstrip("."), y.rstrip(".")), key=len)
        if len(x) != 1 or len(y) < 3 or not y.startswith(x):
            return False
        cut += 1
    return cut == 1


def _one_letter_typo(a: str, b: str) -> bool:
    """``Viddy`` / ``Diddy``, ``Lestyanto`` / ``Lestianto``: names of as many words
    that differ in one letter of one word of five letters or more."""
    ta, tb = a.lower().split(), b.lower().split()
    if len(ta) != len(tb):
        return False
    differ = [(x, y) for x, y in zip(ta, tb, strict=True) if x != y]
    if len(differ) != 1:
        return False
    x, y = differ[0]
    return min(len(x), len(y)) >= 5 and _one_edit(x, y)


_UNIT_IN_POST = compile_scan(r"(?i)\bpol(?:da|res|resta|restabes|sek)\b")


def _fuller_post(first: str | None, later: str | None) -> str | None:
    """The first post, unless a later mention writes it, or a post of its own, with
    the unit the first one lacks."""
    if first and later and later.startswith(first + " "):
        return later
    # "Plh. Kapolres Sintang" once, "Kapolres Sintang" after: the stand-in's post
    # as written (the story shortens it), with the fuller unit of the two.
    acting = next((p for p in (first, later) if p and _ACTING_PREFIX.match(p)), None)
    if (
        acting
        and first
        and later
        and not (_ACTING_PREFIX.match(first) and _ACTING_PREFIX.match(later))
    ):
        bases = sorted((_without_acting(first), _without_acting(later)), key=len)
        if bases[0] == bases[1] or bases[1].startswith(bases[0] + " "):
            prefix = _ACTING_PREFIX.match(acting)[0]
            return prefix + bases[1]
    if (
        first
        and later
        and not _UNIT_IN_POST.search(first)
        and _UNIT_IN_POST.search(later)
    ):
        return later  # two posts: the one written with its unit tells more
    return first or later


# "Kapolres", or a staff post written with its unit's kind alone ("Kasi Humas Polres").
_BARE_POST = compile_scan(
    r"(?:Waka|Ka)(polda|polres|polresta|polrestabes|polsek)"
    r"|(?:Plt\.? |Plh\.? |PS\.? )?[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)? "
    r"Pol(da|res|resta|restabes|sek)"
)


# A headline's verb after a unit's name: "Amankan", "Laksanakan", "Mengamankan",
# "Diturunkan" (the words that end a name in _read_name).
_HEADLINE_VERB = compile_scan(
    r"^(?:[A-Z][a-z]{3,}kan|Me(?:m[bpaeiu]|ng|ny|n[aeioucdjt])[a-z]{3,})$"
)
# First words of ranks written out ("Kapolres Ajun Komisaris Besar Polisi X"): no
# unit's name goes on into them.
_RANK_OPENERS = {"Ajun", "Komisaris", "Inspektur", "Letnan", "Laksamana", "Marsekal"}


_LONG_UNIT = {
    "polda": r"Kepolisian\s+Daerah",
    "polres": r"Kepolisian\s+Resor(?!\s+Kota\b)",
    "polresta": r"Kepolisian\s+Resor\s+Kota(?!\s+Besar\b)",
    "polsek": r"Kepolisian\s+Sektor",
}


def _with_unit(
    person: Official, text: str, normalise: Callable[[str], str] | None
) -> Official:
    """A bare ``Kapolda`` takes the one Polda the text names (same for Polres)."""
    post = person.position
    bare = _BARE_POST.fullmatch(post or "")
    if not post:
        return person
    if not bare:
        return _with_written_unit(person, text, normalise)
    kind = bare[1] or "pol" + bare[2]
    own = set(person.name.split())
    units: Counter[str] = Counter()
    tail = len(text.rstrip())
    # The unit by its long name too: "Kepolisian Resor Sintang ... Kapolres AKBP X".
    named = rf"[Pp]{kind[1:]}\)?"
    if kind in _LONG_UNIT:
        named += "|" + _LONG_UNIT[kind]
    for match in re.finditer(rf"(?:{named})\s+(?=[A-Z])", text):
        if re.match(r"\w+$", text[match.end() : tail]):
            continue  # a page cut off mid-word ("... pesan Kapolres Memp")
        words = []
        headline: bool | None = None  # read only when a verb may have to end it
        for word in text[match.end() : match.end() + 60].split()[:3]:
            bare_word = word.rstrip('.,;:)”"')
            if (
                not _NAME_WORD.match(bare_word)
                or bare_word in _NOT_NAME
                or bare_word in _VERBS
                or bare_word == "Jajaran"  # "Polres X Jajaran": its ranks
                or _POSITION_WORD.match(bare_word)
                or _RANK_RE.match(bare_word + " ")
                or bare_word in _RANK_OPENERS
            ):
                break
            if words and _HEADLINE_VERB.match(bare_word):
                # "Polres Tabalong Amankan Pemilu", a headline: its verb, Title
                # Case like the unit's name, ends the name as it ends a person's
                if headline is None:
                    headline = _in_title_case_line(text, match.start())
                if headline:
                    break
            words.append(bare_word)
            if bare_word != word or kind == "polda" and words[0] != "Kalimantan":
                break
        if words and words[0] in own:
            continue  # "Kapolres Hendrik Eka ...": the chief's own name, no unit
        if words:
            unit = _FULL_POLDA.sub(
                lambda m: f"{m[1]} {_POLDA_ABBR[m[2]]}", f"{post} {' '.join(words)}"
            )
            units[_PARENS.sub("", normalise(unit)) if normalise else unit] += 1
    # "Polres Banjarbaru Siaga Amankan ..." in a headline is Polres Banjarbaru: of
    # two units, one running on past the other, the one written more often wins
    # ("Polres Kayong" once beside "Polres Kayong Utara" often), the shorter on a tie.
    kept = {
        u
        for u in units
        if not any(u.startswith(v + " ") and units[u] <= units[v] for v in units)
        and not any(v.startswith(u + " ") and units[v] > units[u] for v in units)
    }
    if len(kept) != 1:
        return person
    return Official(rank=person.rank, name=person.name, position=kept.pop())


# "Kabag Ops polres Sanggau": the unit's kind may be typed in lower case.
_UNIT_KIND = r"[Pp]ol(?:da|res|resta|restabes|sek)"
_UNITLESS = compile_scan(r"(?:Plt\. )?[A-Z][a-z]+(?: [A-Z][a-z]+)?")


def _with_written_unit(
    person: Official, text: str, normalise: Callable[[str], str] | None
) -> Official:
    """A post without its unit (``Kabag Ops``) takes the one unit the text writes
    with that post elsewhere (``Kabag ops Polres Sanggau ini …``)."""
    post = person.position or ""
    if not _UNITLESS.fullmatch(post) or re.search(_UNIT_KIND, post, re.I):
        return person
    # ("Kabidhumas" and "Kabid Humas" are one post, spaced two ways)
    words = r"\s*".join(re.escape(c) for c in post.replace(" ", ""))
    units = set()
    for match in re.finditer(rf"(?i:\b{words})\s+({_UNIT_KIND}\s+[A-Z][\w-]*)", text):
        head = match[1].split()
        head[0] = head[0].capitalize()
        rest = text[match.end() : match.end() + 40].split()[:2]
        for word in rest:  # "Polres Kutai Kartanegara": a second capitalised word
            if not _NAME_WORD.match(word) or _RANK_RE.match(word + " "):
                break
            if word in _NOT_NAME or _POSITION_WORD.match(word):
                break
            head.append(word)
        # "Kabag Ops Polres Melawi AKP Yudi": that post is another officer's.
        after = text[match.end() : match.end() + 80].lstrip(" ,")
        for word in head[1:]:
            after = after.removeprefix(word).lstrip(" ,")
        rank = _RANK_RE.match(after)
        if rank:
            other = _read_name(after, rank.end())[0]
            if other and not _same_person(other, person.name):
                continue
        unit = f"{post} {' '.join(head)}".rstrip(".,;:")
        units.add(_PARENS.sub("", normalise(unit)) if normalise else unit)
    if len(units) != 1:
        return person
    return Official(rank=person.rank, name=person.name, position=units.pop())


# The place that ends a post of a regency's unit: "Dandim 1206/Putussibau",
# "Dandim 1206 Putussibau", "Kapolres Kapuas Hulu", "Kasat Samapta Polres Melawi".
_REGENCY_PLACE = compile_scan(
    r"(?:\b(?:Dandim|Kasdim)\s+\d{4}\s*[/ ]\s*|\b(?:Waka|Ka)?[Pp]olres(?:ta)?\s+)"
    r"(?P<place>[A-Z][a-z]{5,}(?: [A-Z][a-z]{2,})?)$"
)


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one letter typed wrong, added or left out."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def mend_place_typos(
    officials: tuple[Official, ...], places: frozenset[str]
) -> tuple[Official, ...]:
    """Posts whose regency or seat the page typed with one letter wrong ("Dandim 1206
    Putusdibau", "Putussibaau"), written as the gazetteer ``places`` name it: the one
    known name a letter away; an unknown name with none or two stays as written."""
    mended = []
    for person in officials:
        match = _REGENCY_PLACE.search(person.position or "")
        if match and match["place"] not in places:
            near = [p for p in places if p[0] == match["place"][0]]
            near = [p for p in near if _one_edit(p, match["place"])]
            if len(near) == 1:
                position = person.position[: match.start("place")] + near[0]
                person = replace(person, position=position)
        mended.append(person)
    return tuple(mended)
