"""Indonesian."""

from __future__ import annotations

from ._model import Lexicon, w

LEXICON = Lexicon(
    code="id",
    name="Indonesian",
    # question_labels
    question_labels=w("pertanyaan tanya"),
    # answer_labels
    answer_labels=w("jawab jawaban"),
    # interrogatives
    interrogatives=(),
    # request_verbs
    request_verbs=(),
    # address_pronouns
    address_pronouns=(),
    # first_person
    first_person=(),
    # third_person
    third_person=(),
    # stopwords
    stopwords=(),
    # months
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
    # weekdays
    weekdays=(
        w("senin"),
        w("selasa"),
        w("rabu"),
        w("kamis"),
        w("jumat jum'at"),
        w("sabtu"),
        w("minggu ahad"),
    ),
    # dateline_phrases
    dateline_phrases=(
        "diterbitkan",
        "dipublikasikan",
        "diperbarui",
        "terbit",
    ),
    # byline_phrases
    byline_phrases=("oleh",),
    # job_titles
    job_titles=w("petani dokter bidan penulis wartawan nelayan"),
    # honorifics
    honorifics=(),
    # interview_phrases
    interview_phrases=(),
    # not_interview_phrases
    not_interview_phrases=(),
    # closing_phrases
    closing_phrases=(),
    # boilerplate_phrases
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
    # role_labels
    role_labels=(),
    # question_class_words
    question_class_words=(),
    # answer_class_words
    answer_class_words=(),
    # journalist_titles
    journalist_titles=(),
    # host_roles
    host_roles=(),
    # guest_roles
    guest_roles=(),
    # title_endings
    title_endings=(),
    # not_name_words
    not_name_words=w("wawancara khusus eksklusif"),
    # organisation_words
    organisation_words=(),
    # name_particles
    name_particles=(),
    # articles
    articles=(),
    # boilerplate_prompts
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
    # rule_phrases
    rule_phrases={
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
)
