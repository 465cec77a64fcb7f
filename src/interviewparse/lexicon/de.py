"""German."""

from __future__ import annotations

from ._model import Lexicon

LEXICON = Lexicon(
    code="de",
    name="German",
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
        r"das\s+gespräch\s+führte",
        r"(?:wir\s+)?(?:fragten|trafen)",
        r"haben\s+(?:\w+\s+){0,3}(?:gefragt|getroffen)",
        r"mit\s+[^.]{3,60}?\s+sprach(?:en)?",
        r"interview(?:s|t)?",
        r"im\s+gespräch(?:\s+mit)?",
        r"gespräch\s+mit",
        r"sprach(?:en)?\s+mit",
        r"(?:\d+|drei|fünf|zehn)\s+fragen\s+an",
        r"nachgefragt",
        r"doppelinterview",
    ),
    # not_interview_phrases
    not_interview_phrases=(
        r"ratgeber",
        r"anleitung",
        r"erklärt",
        r"erklärstück",
        r"faq",
        r"häufige\s+fragen",
        r"fragen\s+und\s+antworten",
        r"was\s+sie\s+wissen\s+müssen",
        r"tipps",
        r"im\s+test",
        r"testbericht",
        r"rezension",
        r"kritik",
        r"kommentar",
        r"meinung",
        r"kolumne",
        r"leitartikel",
        r"gastbeitrag",
        r"so\s+geht",
        r"liveblog",
        r"ticker",
    ),
    # closing_phrases
    closing_phrases=(),
    # boilerplate_phrases
    boilerplate_phrases={},
)
