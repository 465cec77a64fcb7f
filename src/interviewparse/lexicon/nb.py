"""Norwegian (Bokmål)."""

from __future__ import annotations

from ._model import Lexicon, w

LEXICON = Lexicon(
    code="nb",
    name="Norwegian (Bokmål)",
    # question_labels
    question_labels=w("spørsmål"),
    # answer_labels
    answer_labels=w("svar"),
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
    # weekdays
    weekdays=(
        w("mandag"),
        w("tirsdag"),
        w("onsdag"),
        w("torsdag"),
        w("fredag"),
        w("lørdag"),
        w("søndag"),
    ),
    # dateline_phrases
    dateline_phrases=(
        "publisert",
        "oppdatert",
    ),
    # byline_phrases
    byline_phrases=("av",),
    # job_titles
    job_titles=(),
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
        "related": ("les også",),
        "tags": ("emner",),
        "other": (r"fakta(?=\s*:)",),
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
    not_name_words=w("intervju"),
    # organisation_words
    organisation_words=(),
    # name_particles
    name_particles=(),
    # articles
    articles=(),
    # boilerplate_prompts
    boilerplate_prompts={},
    # rule_phrases
    rule_phrases={
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
