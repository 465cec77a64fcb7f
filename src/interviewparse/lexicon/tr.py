"""Turkish."""

from __future__ import annotations

from ._model import Lexicon

LEXICON = Lexicon(
    code="tr",
    name="Turkish",
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
        r"sorduk",
        r"konuştuk",
        r"görüştük",
        r"röportaj",
        r"söyleşi",
        r"mülakat",
        r"sorularını\s+yanıtladı",
    ),
    # not_interview_phrases
    not_interview_phrases=(
        r"rehber",
        r"sıkça\s+sorulan\s+sorular",
        r"ipuçları",
        r"inceleme",
        r"görüş",
        r"köşe\s+yazısı",
        r"tarif",
        r"canlı\s+anlatım",
    ),
    # closing_phrases
    closing_phrases=(),
    # boilerplate_phrases
    boilerplate_phrases={},
)
