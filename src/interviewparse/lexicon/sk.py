"""Slovak."""

from __future__ import annotations

from ._model import Lexicon, w

LEXICON = Lexicon(
    code="sk",
    name="Slovak",
    question_labels=w("otázka"),
    answer_labels=w("odpoveď"),
    interrogatives=w(
        "čo prečo ako kedy kde kam kto ktorý ktorá ktoré koľko aký aká aké akú odkiaľ"
    ),
    request_verbs=w("povedzte opíšte vysvetlite"),
    address_pronouns=w("vy vás vám vami váš vaša vaše vaši vášho ty teba tebe tvoj tvoja"),
    # not "ja" (German and Dutch "yes") nor "sme" (English "SME")
    first_person=w("mňa mne mnou my nás nám nami môj moja moje náš naša naše"),
    stopwords=w("sú sme aj že ako ktorý ktorá ktoré bolo bola však podľa alebo môže ešte veľmi"),
    interview_phrases=(r"rozhovor\w*", r"interview"),
    not_interview_phrases=(
        r"faqs?",
        r"recenzia",
        r"návod",
        r"recept\w*",
        r"komentár",
        r"sprievodca",
        r"časté\s+otázky",
        r"tipy",
    ),
    closing_phrases=(r"ďakuj(?:em|eme)\s+za\s+rozhovor",),
)
