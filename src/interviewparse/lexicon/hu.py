"""Hungarian."""

from __future__ import annotations

from ._model import Lexicon, w

LEXICON = Lexicon(
    code="hu",
    name="Hungarian",
    question_labels=w("kérdés"),
    answer_labels=w("válasz"),
    # not "mi" (Spanish and Italian "my") nor "mit" (German "with"), nor "hogy" ("that")
    interrogatives=w(
        "miért hogyan mikor hol hová honnan kit kinek milyen melyik mennyi mekkora mire "
        "mivel miben miről kik mennyire"
    ),
    request_verbs=w("meséljen mesélj mondja magyarázza"),
    address_pronouns=w("ön önt önnek öné önök önöket önöknek maga magát magának te téged neked"),
    first_person=w("én engem nekem nekünk minket mienk vagyok vagyunk"),
    stopwords=w(
        "és az ami mert mint hogy egy volt már csak ezt azt amely amit még vagy pedig "
        "szerint között kell"
    ),
    months=(
        w("január"),
        w("február"),
        w("március"),
        w("április"),
        w("május"),
        w("június"),
        w("július"),
        w("augusztus"),
        w("szeptember"),
        w("október"),
        w("november"),
        w("december"),
    ),
    weekdays=(
        w("hétfő"),
        w("kedd"),
        w("szerda"),
        w("csütörtök"),
        w("péntek"),
        w("szombat"),
        w("vasárnap"),
    ),
    not_name_words=w("interjú"),
    rule_phrases={
        "boilerplate.masthead-byline.credit": ("interviú",),
    },
    interview_phrases=(r"interjú\w*", r"beszélgetés\w*"),
    not_interview_phrases=(
        r"faqs?",
        r"recept\w*",
        r"kritika",
        r"útmutató",
        r"tippek",
        r"gyakori\s+kérdések",
        r"vélemény",
    ),
    closing_phrases=(r"köszönöm\s+a\s+beszélgetést",),
)
