"""Norwegian (Bokmål)."""

from __future__ import annotations

from ._model import Lexicon, w

LEXICON = Lexicon(
    code="nb",
    name="Norwegian (Bokmål)",
    question_labels=w("spørsmål"),
    answer_labels=w("svar"),
    interrogatives=w("hva hvorfor hvordan hvem hvilken hvilke hvilket"),
    request_verbs=w("fortell beskriv forklar"),
    # first person not "vi" (Italian "you", "there") nor "min" (English "min")
    address_pronouns=w("du deg din ditt dine dere deres"),
    first_person=w("jeg meg mitt mine oss vår vårt våre"),
    stopwords=w("og ikke ble blir etter også noen mye hva jeg har være vært"),
    months=(
        w("januar jan"),
        w("februar feb"),
        w("mars mar"),
        w("april apr"),
        w("mai"),
        w("juni jun"),
        w("juli jul"),
        w("august aug"),
        w("september sep"),
        w("oktober okt"),
        w("november nov"),
        w("desember des"),
    ),
    weekdays=(
        w("mandag"),
        w("tirsdag"),
        w("onsdag"),
        w("torsdag"),
        w("fredag"),
        w("lørdag"),
        w("søndag"),
    ),
    dateline_phrases=(
        "publisert",
        "oppdatert",
    ),
    byline_phrases=("av",),
    boilerplate_phrases={
        "related": ("les også",),
        "tags": ("emner",),
        "other": (r"fakta(?=\s*:)",),
    },
    not_name_words=w("intervju"),
    interview_phrases=(r"intervju\w*", r"samtale\s+med", r"snakket\s+med"),
    not_interview_phrases=(
        r"faqs?",
        r"anmeldelse",
        r"guide",
        r"oppskrift",
        r"gode\s+råd",
        r"ofte\s+stilte\s+spørsmål",
        r"kronikk",
        r"kommentar",
    ),
    closing_phrases=(r"takk\s+for\s+(?:praten|samtalen|intervjuet)",),
    rule_phrases={
        "boilerplate.section-label": ("intervju", "reportasje", "mening"),
        "cue.thanks": ("takk",),
        "cue.thanks.to": ("vare",),
        "cue.speech-tag": (
            "sier",
            "forteller",
        ),
        "cue.speech-tag.pronouns": (
            "hun",
            "han",
        ),
        "html.advertisement-label": ("reklame",),
        "boilerplate.dateline.time-at": (r"kl\.?",),
        "boilerplate.author-bio.verb": (
            "er",
            "var",
        ),
    },
)
