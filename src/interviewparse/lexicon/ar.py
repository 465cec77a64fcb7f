"""Arabic."""

from __future__ import annotations

from ._model import Lexicon

LEXICON = Lexicon(
    code="ar",
    name="Arabic",
    # question_labels
    question_labels=(),
    # answer_labels
    answer_labels=(),
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
    months=(),
    # weekdays
    weekdays=(),
    # dateline_phrases
    dateline_phrases=(),
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
    boilerplate_phrases={},
)
