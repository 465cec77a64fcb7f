"""Ukrainian."""

from __future__ import annotations

from ._model import Lexicon, w

LEXICON = Lexicon(
    code="uk",
    name="Ukrainian",
    # question_labels
    question_labels=w("питання"),
    # answer_labels
    answer_labels=w("відповідь"),
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
        w("січня"),
        w("лютого"),
        w("березня"),
        w("квітня"),
        w("травня"),
        w("червня"),
        w("липня"),
        w("серпня"),
        w("вересня"),
        w("жовтня"),
        w("листопада"),
        w("грудня"),
    ),
    # weekdays
    weekdays=(
        w("понеділок"),
        w("вівторок"),
        w("середа"),
        w("четвер"),
        w("п'ятниця"),
        w("субота"),
        w("неділя"),
    ),
    # dateline_phrases
    dateline_phrases=(
        "опубліковано",
        "оновлено",
        r"ефір(?:\s+від)?",
    ),
    # byline_phrases
    byline_phrases=(),
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
        "related": (
            "читайте (?:також|теж)",
            "дивіться також",
            "найпопулярніше",
        ),
        "share": (
            "поділитися",
            "(?:копировать|скопировать|копіювати|скопіювати) посилання",
        ),
        "tags": ("теми",),
        "other": (r"довідка(?=\s*:)",),
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
    host_roles=w("ведучий ведуча"),
    # guest_roles
    guest_roles=w("гість гостя"),
    # title_endings
    title_endings=(),
    # not_name_words
    not_name_words=(),
    # organisation_words
    organisation_words=w("редакція"),
    # name_particles
    name_particles=(),
    # articles
    articles=(),
    # boilerplate_prompts
    boilerplate_prompts={
        "newsletter": (
            r"підписуйте?(?:ся|сь)\b",
            r"підпишіться\b",
        ),
        "promo": (
            r"(?:стежте|слідкуйте) за\b",
            (
                r"підтримайте\b[^.!?]{0,60}\b(?:patreon|steady|ko-fi|buy me a coffee|tipeee|"
                r"liberapay|memberful)\b"
            ),
        ),
    },
    # rule_phrases
    rule_phrases={
        "cue.thanks": ("дякую",),
        "cue.speech-tag": (
            "каже",
            "говорить",
            "розповідає",
        ),
        "cue.speech-tag.pronouns": (
            "вона",
            "він",
        ),
        "boilerplate.media-runtime": (
            "слухати",
            "слухайте",
            "дивитися",
            "дивіться",
        ),
        "boilerplate.programme-line": ("програма",),
        "boilerplate.source-line": ("джерело",),
        "boilerplate.copyright-line": (
            r"усі\s+права\s+захищені?",
            r"всі\s+права\s+захищені",
        ),
        "boilerplate.copyright-line.prefilter": ("захищ",),
        "boilerplate.dateline.reading-time.after": ("читання",),
        "boilerplate.follow-prompt": (
            "підписуйте?(?:ся|сь)",
            "підпишіться",
            "приєднуйтеся",
            "долучайтеся",
            "стежте",
            "слідкуйте",
            "читайте",
            "дивіться",
        ),
        "boilerplate.follow-prompt.where": (
            "у",
            "в",
            "на",
            r"наш\w*",
        ),
        "boilerplate.share-button": ("друк",),
        "boilerplate.credit-line": (
            "інтерв['’]ю",
            "ведучий",
            "ведуча",
        ),
        "boilerplate.transcript-note": (
            r"розшифровк\w*\s+(?:\w+\s+)?(?:підготува|зроби)\w*",
            r"текст\s+(?:скорочено|скорочений)",
        ),
        "boilerplate.transcript-note.prefilter": (
            "розшифр",
            "текст",
        ),
        "boilerplate.dateline.time-at": ("о",),
        "boilerplate.caption-credit-tail": ("світлина",),
        "boilerplate.follow-prompt.us": (
            "нас",
            r"наш\w*",
        ),
    },
)
