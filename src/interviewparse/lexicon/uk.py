"""Ukrainian."""

from __future__ import annotations

from ._model import Lexicon, w

LEXICON = Lexicon(
    code="uk",
    name="Ukrainian",
    question_labels=w("питання"),
    answer_labels=w("відповідь"),
    interrogatives=w(
        "що чому як коли де куди звідки хто який яка яке які якою скільки навіщо чи хіба невже"
    ),
    request_verbs=w("розкажіть розкажи поясніть опишіть"),
    address_pronouns=w(
        "ви вас вам вами ваш ваша ваше ваші вашої вашого вашим ти тебе тобі тобою твій твоя "
        "твоє твої"
    ),
    first_person=w("я мене мені мною ми нас нам нами мій моя моє мої наш наша наше наші"),
    third_person=w("він вона вони його її їх їм йому"),
    stopwords=w(
        "і та що не на це як але від про для вже також які який був була було були є його її "
        "щоб тому"
    ),
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
    weekdays=(
        w("понеділок"),
        w("вівторок"),
        w("середа"),
        w("четвер"),
        w("п'ятниця"),
        w("субота"),
        w("неділя"),
    ),
    dateline_phrases=(
        "опубліковано",
        "оновлено",
        r"ефір(?:\s+від)?",
    ),
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
    host_roles=w("ведучий ведуча"),
    guest_roles=w("гість гостя"),
    organisation_words=w("редакція"),
    interview_phrases=(r"інтерв['’ʼ]?ю", r"розмов\w*\s+з", r"бесід\w*", r"запитали", r"розпитали"),
    not_interview_phrases=(
        r"faqs?",
        r"огляд",
        r"рецепт\w*",
        r"поради",
        r"порадник",
        r"путівник",
        r"поширені\s+запитання",
        r"колонка",
        r"онлайн-трансляція",
    ),
    closing_phrases=(r"дяку(?:ю|ємо)\s+за\s+(?:розмову|інтерв['’ʼ]?ю)",),
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
    rule_phrases={
        "boilerplate.section-label": ("інтерв'ю", "інтерв’ю", "думка", "колонка"),
        "cue.rights-reserved": ("усі права",),
        "cue.patronymic": ("ович", "евич", "ич", "івна", "ївна"),
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
    and_words=w("і та"),
)
