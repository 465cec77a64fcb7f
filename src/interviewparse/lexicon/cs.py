"""Czech."""

from __future__ import annotations

from ._model import Lexicon, w

LEXICON = Lexicon(
    code="cs",
    name="Czech",
    question_labels=w("otázka"),
    answer_labels=w("odpověď"),
    interrogatives=w(
        "co proč jak kdy kde kam kdo který která které kolik jaký jaká jaké jakou odkud čím myslíte"
    ),
    request_verbs=w("řekněte popište vysvětlete povězte přibližte"),
    address_pronouns=w("vy vás vám vámi váš vaše vaši vašeho vaší vašich ty tebe tobě tvůj tvoje"),
    first_person=w("já mě mně mnou my nás nám námi můj moje moji náš naše naši jsem jsme"),
    stopwords=w(
        "že jsou jsem jsme není také který která které bylo byla byl podle což když může mezi "
        "nebo jejich"
    ),
    months=(
        w("leden ledna"),
        w("únor února"),
        w("březen března"),
        w("duben dubna"),
        w("květen května"),
        w("červen června"),
        w("červenec července"),
        w("srpen srpna"),
        w("září"),
        w("říjen října"),
        w("listopad listopadu"),
        w("prosinec prosince"),
    ),
    weekdays=(
        w("pondělí"),
        w("úterý"),
        w("středa středu"),
        w("čtvrtek"),
        w("pátek"),
        w("sobota sobotu"),
        w("neděle neděli"),
    ),
    boilerplate_phrases={
        "related": ("čtěte (?:také|též)",),
    },
    not_name_words=w("rozhovor"),
    interview_phrases=(r"rozhovor\w*", r"zeptali\s+jsme\s+se", r"ptal[ai]?\s+se", r"interview"),
    not_interview_phrases=(
        r"faqs?",
        r"recenze",
        r"návod",
        r"recept\w*",
        r"komentář",
        r"průvodce",
        r"časté\s+dotazy",
        r"tipy",
    ),
    closing_phrases=(r"děkuj(?:i|eme)\s+za\s+rozhovor",),
    rule_phrases={
        "cue.speech-tag": ("říká",),
        "boilerplate.photo-credit-line.abbreviations": ("fot",),
    },
)
