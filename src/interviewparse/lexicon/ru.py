"""Russian."""

from __future__ import annotations

from ._model import Lexicon, w

LEXICON = Lexicon(
    code="ru",
    name="Russian",
    question_labels=w("в вопрос журналист корреспондент"),
    answer_labels=w("о ответ"),
    interrogatives=w(
        "что почему как когда где кто какой какая какие зачем сколько чем ли можно есть"
    ),
    request_verbs=w("расскажите опишите объясните"),
    address_pronouns=w("вы вас вам ваш ваша ваше ваши вами ты тебя тебе твой"),
    first_person=w("я меня мне мой моя мы нас нам наш наша"),
    third_person=w("он она они"),
    months=(
        w("января"),
        w("февраля"),
        w("марта"),
        w("апреля"),
        w("мая"),
        w("июня"),
        w("июля"),
        w("августа"),
        w("сентября"),
        w("октября"),
        w("ноября"),
        w("декабря"),
    ),
    weekdays=(
        w("понедельник"),
        w("вторник"),
        w("среда"),
        w("четверг"),
        w("пятница"),
        w("суббота"),
        w("воскресенье"),
    ),
    dateline_phrases=(
        "опубликовано",
        "обновлено",
        r"эфир(?:\s+от)?",
    ),
    byline_phrases=(
        "автор:?",
        "от",
    ),
    job_titles=w("синоптик врач писатель писательница журналистка"),
    interview_phrases=(
        r"спросили",
        r"встретились\s+с",
        r"поговорили\s+с",
        r"ответил(?:а|и)?\s+на\s+вопросы",
        r"интервью",
        r"беседа",
        r"беседовал(?:а|и)?",
        r"в\s+беседе\s+с",
        r"разговор\s+с",
        r"вопросы\s+к",
    ),
    not_interview_phrases=(
        r"faqs?",
        r"часто\s+задаваемые\s+вопросы",
        r"инструкция",
        r"руководство",
        r"что\s+нужно\s+знать",
        r"советы",
        r"обзор",
        r"мнение",
        r"колонка",
        r"комментарий",
        r"рецепт",
        r"онлайн-трансляция",
    ),
    closing_phrases=(r"интервью\s+(?:было\s+)?(?:сокращено|отредактировано)",),
    boilerplate_phrases={
        "related": (
            "читайте (?:также|тоже)",
            "смотрите также",
            "по теме",
            "самое читаемое",
        ),
        "newsletter": ("рассылка",),
        "credit": (
            "фото(?:графия)?",
            "снимок",
            "редактор",
        ),
        "advertisement": ("реклама",),
        "share": (
            "поделиться",
            "(?:копировать|скопировать) ссылку",
        ),
        "comments": ("комментарии",),
        "promo": (
            "видео",
            "подкаст",
        ),
        "tags": (
            "теги",
            "темы",
        ),
        "author_bio": ("об авторе",),
        "other": (r"справка(?=\s*:)",),
        "editorial_note": (
            "от редакции",
            "поправка",
        ),
    },
    question_class_words=w("vopros"),
    answer_class_words=w("otvet"),
    host_roles=w("ведущий ведущая"),
    guest_roles=w("гость гостья"),
    not_name_words=w(
        "беседовал беседовала беседовали интервью записал записала подготовил подготовила"
    ),
    organisation_words=w("редакция"),
    boilerplate_prompts={
        "newsletter": (
            r"подпишитесь\b",
            r"подписывайтесь\b",
        ),
        "share": (r"поделитесь\b",),
        "comments": ("оставьте комментарий",),
        "promo": (
            r"следите за (?:нами|новостями)\b",
            (
                r"поддержите\b[^.!?]{0,60}\b(?:patreon|steady|ko-fi|buy me a coffee|tipeee|"
                r"liberapay|memberful)\b"
            ),
            (
                "слушайте (?:нас|подкаст|наш|выпуск|эфир|интервью|передачу|программу|"
                r"полную)\w*"
            ),
        ),
        "sponsor": (
            "на правах рекламы",
            r"при поддержке\b",
        ),
    },
    rule_phrases={
        "boilerplate.section-label": ("интервью", "мнение", "колонка", "репортаж"),
        "boilerplate.masthead-byline.credit": ("интервью", "текст"),
        "cue.rights-reserved": ("все права",),
        "cue.interviewee-after": (r"интервью\s+с", r"беседа\s+с"),
        "cue.interviewee-after.prefilter": ("интервью", "беседа"),
        "cue.interviewee-before": ("рассказал[а]?", "ответил[а]?"),
        "cue.interviewee-before.prefilter": ("рассказал", "ответил"),
        "cue.interviewer-after": (r"на\s+вопросы", "Беседовал[аи]?", r"Интервью\s+взял[аи]?"),
        "cue.interviewer-after.prefilter": ("вопросы", "беседовал", "интервью"),
        "cue.talk": (r"говорил[аи]?\s+с",),
        "cue.talk.prefilter": ("говорил",),
        "cue.role-line.our": ("наш", "наша"),
        "cue.patronymic": ("ович", "евич", "ьич", "ич", "овна", "евна", "ична", "инична"),
        "cue.photo-credit": ("фото",),
        "boilerplate.maintenance-notice": (
            (
                r"(?:эта|этой) стать[яи] (?:нуждается|требует|не содержит ссылок"
                r"|является заготовкой)"
            ),
            "эта страница в последний раз (?:была )?отредактирована\\b",
        ),
        "cue.thanks": (
            "спасибо",
            "благодарю",
        ),
        "cue.genre-title": (
            "руководство",
            "инструкция",
            r"что\s+нужно\s+знать",
        ),
        "segment.genre-kicker": (
            "мнение",
            "колонка",
            "комментарий",
        ),
        "cue.reportage": (
            "заявил[аи]?",
            "сообщил[аи]?",
            "сказал[аи]?",
        ),
        "cue.reported": (
            "сказал",
            "сказала",
            "говорит",
            "считает",
        ),
        "cue.others-say": (
            "жалуются",
            "говорят",
            "считают",
            "утверждают",
            "критикуют",
        ),
        "cue.points-back": (
            "это",
            "этим",
            "этому",
            "этом",
            "тем",
        ),
        "cue.speech-tag": (
            "говорит",
            "сказал",
            "сказала",
            "рассказывает",
            "объясняет",
            "добавляет",
        ),
        "cue.speech-tag.pronouns": (
            "она",
            "он",
        ),
        "html.related-heading": ("читайте также",),
        "boilerplate.newsletter-prompt": (r"подпишитесь\b",),
        "boilerplate.media-runtime": (
            "слушать",
            "слушайте",
            "смотреть",
            "смотрите",
        ),
        "boilerplate.media-runtime.units": (
            "минут[аы]?",
            r"мин\.?",
        ),
        "boilerplate.programme-line": (
            "программа",
            "передача",
        ),
        "boilerplate.donation-appeal.when": (
            "сегодня",
            "сейчас",
        ),
        "boilerplate.donation-appeal": ("пожертвуйте",),
        "boilerplate.donation-appeal.support": ("поддержите",),
        "boilerplate.source-line": ("источник",),
        "boilerplate.copyright-line": (r"все\s+права\s+защищены",),
        "boilerplate.copyright-line.prefilter": ("защищ",),
        "boilerplate.dateline.reading-time.after": ("чтения",),
        "boilerplate.dateline.reading-time.before": (r"время\s+чтения",),
        "boilerplate.photo-credit-line": ("фото",),
        "boilerplate.related-heading": (r"читайте\s+также",),
        "boilerplate.interview-credit": ("беседовал[аи]?",),
        "html.reading-time.units": (r"мин(?:ут[аы]?)?\.?",),
        "html.reading-time.after": ("чтения",),
        "html.reading-time.before": ("время чтения",),
        "html.reading-time.short-units": ("мин",),
        "segment.recalled-words": (r"вы\s+(?:[\w-]+\s+)?(?:сказали|говорили|писали|упомянули)",),
        "boilerplate.follow-prompt": (
            "подписывайтесь",
            "подпишитесь",
            "присоединяйтесь",
            "следите",
            "смотрите",
            "читайте",
        ),
        "boilerplate.follow-prompt.where": (
            "в",
            "на",
            r"наш\w*",
        ),
        "boilerplate.masthead-publication-word": (
            "вестник",
            "газета",
            "известия",
            "новости",
            "ведомости",
        ),
        "boilerplate.share-button": ("печать",),
        "boilerplate.credit-line": (
            "интервью",
            "автор(?:ка)?",
            "ведущий",
            "ведущая",
            "фото",
        ),
        "cue.write-to-us": (r"напишите\s+нам",),
        "boilerplate.comments-header": (r"комментари\w*",),
        "boilerplate.sponsor-disclosure": (
            r"при\s+поддержке\b",
            r"на\s+правах\s+рекламы\b",
        ),
        "boilerplate.sponsor-disclosure.prefilter": (
            "поддержке",
            "рекламы",
        ),
        "boilerplate.transcript-note": (
            r"расшифровк\w*\s+(?:\w+\s+)?(?:подготови|сдела)\w*",
            r"текст\s+сокращ[её]н",
        ),
        "boilerplate.transcript-note.prefilter": (
            "расшифр",
            "текст",
        ),
        "boilerplate.dateline.time-at": ("в",),
        "cue.announces.pages": (r"стр\.",),
        "boilerplate.caption-credit-tail.bracket": ("фото",),
        "boilerplate.caption-credit-tail.paren": ("фото",),
        "boilerplate.caption-credit-tail": ("фото",),
        "boilerplate.follow-prompt.us": (
            "нас",
            r"наш\w*",
        ),
    },
    object_pronouns=w("ним ней ними"),
    and_words=w("и"),
)
