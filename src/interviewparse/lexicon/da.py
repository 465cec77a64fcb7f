"""Danish."""

from __future__ import annotations

from ._model import Lexicon, w

LEXICON = Lexicon(
    code="da",
    name="Danish",
    # question_labels
    question_labels=w("spørgsmål"),
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
        w("marts mar"),
        w("april apr"),
        w("maj"),
        w("juni jun"),
        w("juli jul"),
        w("august aug"),
        w("september sep"),
        w("oktober okt"),
        w("november nov"),
        w("december dec"),
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
        "udgivet",
        "opdateret",
    ),
    # byline_phrases
    byline_phrases=("af",),
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
        "related": ("læs (?:også|mere?)",),
        "share": ("del artiklen",),
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
    not_name_words=(),
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
        "cue.speech-tag": (
            "siger",
            "sagde",
            "fortæller",
        ),
        "cue.speech-tag.pronouns": (
            "hun",
            "han",
            "de",
        ),
        "html.advertisement-label": ("reklame",),
        "boilerplate.dateline.time-at": (r"kl\.?",),
        "boilerplate.author-bio.verb": (
            "er",
            "var",
        ),
    },
)
