"""Indonesian."""

from __future__ import annotations

from ._model import Lexicon, w

LEXICON = Lexicon(
    code="id",
    name="Indonesian",
    question_labels=w("pertanyaan tanya"),
    answer_labels=w("jawab jawaban"),
    interrogatives=w("apa apakah mengapa kenapa bagaimana kapan dimana siapa berapa bisakah"),
    request_verbs=w("ceritakan jelaskan"),
    address_pronouns=w("anda kamu kalian engkau"),
    first_person=w("saya aku kami kita"),
    stopwords=w(
        "yang dengan untuk tidak ini dari dalam akan pada juga karena tersebut sudah adalah "
        "bahwa atau"
    ),
    months=(
        w("januari jan"),
        w("februari feb"),
        w("maret mar"),
        w("april apr"),
        w("mei"),
        w("juni jun"),
        w("juli jul"),
        w("agustus agu agt ags"),
        w("september sep"),
        w("oktober okt"),
        w("november nov"),
        w("desember des"),
    ),
    weekdays=(
        w("senin"),
        w("selasa"),
        w("rabu"),
        w("kamis"),
        w("jumat jum'at"),
        w("sabtu"),
        w("minggu ahad"),
    ),
    dateline_phrases=(
        "diterbitkan",
        "dipublikasikan",
        "diperbarui",
        "terbit",
    ),
    byline_phrases=("oleh",),
    job_titles=w("petani dokter bidan penulis wartawan nelayan"),
    boilerplate_phrases={
        "related": (
            "baca (?:juga|selengkapnya)",
            "simak juga",
            "lihat juga",
            "terpopuler",
        ),
        "share": ("bagikan(?: artikel(?: ini)?)?",),
        "tags": ("topik",),
    },
    not_name_words=w("wawancara khusus eksklusif"),
    interview_phrases=(r"wawancara", r"berbincang", r"bincang-bincang"),
    not_interview_phrases=(r"faqs?", r"resep", r"ulasan", r"panduan", r"tips", r"opini"),
    closing_phrases=(r"terima\s+kasih\s+atas\s+waktu\w*",),
    boilerplate_prompts={
        "newsletter": ("(?:berlangganan|daftar|langganan) (?:newsletter|buletin)",),
        "promo": (
            r"ikuti (?:kami|kabar|berita|akun|media sosial)\b",
            (
                "(?:simak|dapatkan|baca) (?:berita|informasi|update|"
                r"artikel)[^.!?]{0,60}\b(?:di|via) (?:google news|whatsapp|telegram|"
                r"instagram|youtube|facebook)\b"
            ),
            (
                r"dukung\b[^.!?]{0,60}\b(?:patreon|steady|ko-fi|buy me a coffee|tipeee|"
                r"liberapay|memberful)\b"
            ),
        ),
    },
    rule_phrases={
        "cue.read-also.also": ("juga", "pula", "selengkapnya"),
        "cue.read-also": ("baca", "lihat", "simak"),
        "boilerplate.section-label": ("wawancara", "opini"),
        "cue.thanks": (r"terima\s+kasih",),
        "boilerplate.media-runtime": (
            "dengarkan",
            "tonton",
        ),
        "boilerplate.source-line": ("sumber",),
        "boilerplate.copyright-line": (r"hak\s+cipta\s+dilindungi",),
        "boilerplate.copyright-line.prefilter": ("cipta",),
        "boilerplate.dateline.reading-time.after": ("baca",),
        "boilerplate.follow-prompt": (
            "simak",
            "ikuti",
            "gabung",
            "bergabung(?:lah)?",
            "dapatkan",
            "baca",
        ),
        "boilerplate.follow-prompt.where": (
            "di",
            "ke",
            "kami",
        ),
        "boilerplate.credit-line": (
            "wawancara",
            "penulis",
            "wartawan",
            "pewarta",
        ),
        "boilerplate.follow-prompt.us": ("kami",),
        "boilerplate.author-bio.verb": (
            "adalah",
            "merupakan",
        ),
    },
    and_words=w("dan"),
)
