"""Arabic."""

from __future__ import annotations

from ._model import Lexicon, w

LEXICON = Lexicon(
    code="ar",
    name="Arabic",
    question_labels=w("سؤال س"),
    answer_labels=w("جواب ج"),
    interrogatives=w("ما ماذا لماذا كيف متى أين هل كم أي"),
    address_pronouns=w("أنت أنتم أنتِ"),
    first_person=w("أنا نحن"),
    stopwords=w("في من على إلى عن مع بين بعد قبل حول عند هل لماذا كيف ما"),
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
    weekdays=(
        w("الاثنين"),
        w("الثلاثاء"),
        w("الأربعاء"),
        w("الخميس"),
        w("الجمعة"),
        w("السبت"),
        w("الأحد"),
    ),
    dateline_phrases=(
        r"نشر\s+في",
        r"تاريخ\s+النشر",
        r"آخر\s+تحديث",
    ),
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
    not_interview_phrases=(
        r"faqs?",
        r"دليل",
        r"أسئلة\s+شائعة",
        r"نصائح",
        r"مقال\s+رأي",
        r"رأي",
        r"مراجعة",
    ),
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
    role_labels=w("المحاور الصحفي"),
    name_particles=w("bin ibn al el"),
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
