"""Romanian."""

from __future__ import annotations

from ._model import Lexicon, w

LEXICON = Lexicon(
    code="ro",
    name="Romanian",
    question_labels=w("întrebare"),
    answer_labels=w("răspuns"),
    interrogatives=w("cum când unde cine cât câte câți câtă încotro"),
    request_verbs=w("spuneți povestiți descrieți explicați"),
    address_pronouns=w("dumneavoastră dumneavoastra dvs voi vouă tu ție"),
    # not "eu" (French "had", as in "j'ai eu")
    first_person=w("mie mine noi nouă meu mea mei mele nostru noastră"),
    stopwords=w(
        "și şi că este sunt pentru această aceasta acest fost fiind către dintre însă foarte sau "
        "despre în pe cu din mai acum"
    ),
    months=(
        w("ianuarie"),
        w("februarie"),
        w("martie"),
        w("aprilie"),
        w("mai"),
        w("iunie"),
        w("iulie"),
        w("august"),
        w("septembrie"),
        w("octombrie"),
        w("noiembrie"),
        w("decembrie"),
    ),
    weekdays=(
        w("luni"),
        w("marți marti"),
        w("miercuri"),
        w("joi"),
        w("vineri"),
        w("sâmbătă sambata"),
        w("duminică duminica"),
    ),
    interview_phrases=(r"interviu\w*", r"de\s+vorbă\s+cu", r"în\s+dialog\s+cu"),
    not_interview_phrases=(
        r"faqs?",
        r"recenzie",
        r"ghid",
        r"rețet\w+",
        r"sfaturi",
        r"întrebări\s+frecvente",
        r"editorial",
    ),
    closing_phrases=(r"vă\s+mulțum(?:esc|im)\s+pentru",),
)
