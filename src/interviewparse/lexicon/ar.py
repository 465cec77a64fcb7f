"""Arabic."""

from __future__ import annotations

from ._model import Lexicon, w

LEXICON = Lexicon(
    code="ar",
    name="Arabic",
    # question_labels
    question_labels=w("سؤال س"),
    # answer_labels
    answer_labels=w("جواب ج"),
    # interrogatives
    interrogatives=w("ما ماذا لماذا كيف متى أين هل كم أي"),
    # request_verbs
    request_verbs=(),
    # address_pronouns
    address_pronouns=w("أنت أنتم أنتِ"),
    # first_person
    first_person=w("أنا نحن"),
    # third_person
    third_person=(),
    # stopwords
    stopwords=w("في من على إلى عن مع بين بعد قبل حول عند هل لماذا كيف ما"),
    # months
    months=(
        w("يناير"),
        w("فبراير"),
        w("مارس"),
        w("أبريل ابريل"),
        w("مايو"),
        w("يونيو"),
        w("يوليو"),
        w("أغسطس"),
        w("سبتمبر"),
        w("أكتوبر"),
        w("نوفمبر"),
        w("ديسمبر"),
    ),
    # weekdays
    weekdays=(
        w("الاثنين"),
        w("الثلاثاء"),
        w("الأربعاء"),
        w("الخميس"),
        w("الجمعة"),
        w("السبت"),
        w("الأحد"),
    ),
    # dateline_phrases
    dateline_phrases=(
        r"نشر\s+في",
        r"تاريخ\s+النشر",
        r"آخر\s+تحديث",
    ),
    # byline_phrases
    byline_phrases=(),
    # job_titles
    job_titles=(),
    # honorifics
    honorifics=(),
    # interview_phrases
    interview_phrases=(
        r"التقينا",
        r"و?سألنا(?:ه|ها|هم)?",
        r"تحدثنا\s+(?:إلى|مع)",
        r"حوار",
        r"مقابلة",
        r"لقاء\s+مع",
        r"حاوره",
        r"حاورته",
    ),
    # not_interview_phrases
    not_interview_phrases=(
        r"دليل",
        r"أسئلة\s+شائعة",
        r"نصائح",
        r"مقال\s+رأي",
        r"رأي",
        r"مراجعة",
    ),
    # closing_phrases
    closing_phrases=(),
    # boilerplate_phrases
    boilerplate_phrases={
        "related": (
            "[اأإ]قر[أا] [أإا]يض(?:اً?|ًا)",
            "[اأإ]قر[أا] المزيد",
            "مواضيع ذات صلة",
            "الأكثر قراءة",
        ),
        "newsletter": ("النشرة البريدية",),
        "credit": (
            "صورة",
            "تصوير",
            "الصورة",
            "تحرير",
        ),
        "advertisement": ("إعلان",),
        "share": ("شارك",),
        "comments": ("التعليقات",),
        "promo": ("فيديو",),
        "tags": ("الوسوم",),
        "author_bio": ("عن الكاتب",),
        "editorial_note": (
            "ملاحظة المحرر",
            "تصحيح",
        ),
    },
    # role_labels
    role_labels=w("المحاور الصحفي"),
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
    name_particles=w("bin ibn al el"),
    # articles
    articles=(),
    # boilerplate_prompts
    boilerplate_prompts={
        "newsletter": (
            r"اشترك(?:وا)?\b",
            "اشترك في",
        ),
        "comments": ("أضف تعليق",),
        "promo": (
            r"تابعونا\b",
            "استمع (?:إلى|الى) (?:المقابلة|الحلقة|البودكاست|الحوار)",
        ),
        "sponsor": (
            "محتوى (?:مدعوم|ممول)",
            "برعاية",
        ),
    },
    # rule_phrases
    rule_phrases={
        "cue.thanks": ("شكر[اًا]?",),
        "cue.reportage.inside-words": (
            "قال",
            "قالت",
            "أعلن",
        ),
        "cue.others-say.inside-words": (
            "يقول",
            "يقولون",
            "ينتقد",
            "يشتكي",
        ),
        "cue.points-back.inside-words": (
            "هذا",
            "ذلك",
        ),
        "boilerplate.media-runtime": (
            "استمع",
            "شاهد",
        ),
        "boilerplate.media-runtime.units": (
            "دقائق",
            "دقيقة",
        ),
        "boilerplate.source-line": ("المصدر",),
        "boilerplate.copyright-line": (r"جميع\s+الحقوق\s+محفوظة",),
        "boilerplate.copyright-line.prefilter": ("محفوظة",),
        "html.reading-time.units": (
            "دقائق",
            "دقيقة",
        ),
        "html.reading-time.after": ("للقراءة",),
        "html.reading-time.before": ("مدة القراءة",),
        "html.reading-time.short-units": (
            "دقائق",
            "دقيقة",
            "دقيقتان",
        ),
        "boilerplate.masthead-publication-word": (
            "صحيفة",
            "جريدة",
            "مجلة",
            "إذاعة",
        ),
        "cue.announces.inside-words": (r"(?:يستمر|تستمر|يتواصل|يقام|تقام)\s.*\sحتى\s",),
        "boilerplate.caption-credit-tail.after-cjk": (
            "صورة",
            "تصوير",
        ),
    },
)
