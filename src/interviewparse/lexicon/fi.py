"""Finnish."""

from __future__ import annotations

from ._model import Lexicon, w

LEXICON = Lexicon(
    code="fi",
    name="Finnish",
    question_labels=w("kysymys"),
    answer_labels=w("vastaus"),
    interrogatives=w(
        "mitä miksi miten kuinka milloin missä mihin mistä kuka ketkä mikä mitkä millainen "
        "millaista kumpi onko oletko oletteko voiko voisitko voisitteko"
    ),
    request_verbs=w("kerro kertokaa kuvaile kuvailkaa"),
    # not "sun" (English)
    address_pronouns=w("te teidän teitä teille sinä sinun sinua sinulle sä"),
    first_person=w("minä minun minua minulle mä mun me meidän meitä meille olen olemme"),
    stopwords=w("että oli ovat mutta myös hän mukaan vielä joka sen kun tai jo niin kuin"),
    months=(
        w("tammikuu tammikuuta"),
        w("helmikuu helmikuuta"),
        w("maaliskuu maaliskuuta"),
        w("huhtikuu huhtikuuta"),
        w("toukokuu toukokuuta"),
        w("kesäkuu kesäkuuta"),
        w("heinäkuu heinäkuuta"),
        w("elokuu elokuuta"),
        w("syyskuu syyskuuta"),
        w("lokakuu lokakuuta"),
        w("marraskuu marraskuuta"),
        w("joulukuu joulukuuta"),
    ),
    weekdays=(
        w("maanantai maanantaina"),
        w("tiistai tiistaina"),
        w("keskiviikko keskiviikkona"),
        w("torstai torstaina"),
        w("perjantai perjantaina"),
        w("lauantai lauantaina"),
        w("sunnuntai sunnuntaina"),
    ),
    dateline_phrases=(
        "julkaistu",
        "päivitetty",
    ),
    boilerplate_phrases={
        "related": ("lue myös",),
        "tags": ("aiheet",),
    },
    not_name_words=w("haastattelu"),
    interview_phrases=(r"haastattelu\w*", r"haastatel\w*"),
    not_interview_phrases=(
        r"faqs?",
        r"arvostelu",
        r"opas",
        r"resepti",
        r"vinkit",
        r"usein\s+kysytyt",
        r"kolumni",
        r"pääkirjoitus",
    ),
    closing_phrases=(r"kiitos\s+haastattelusta",),
    rule_phrases={
        "cue.thanks": ("kiitos",),
        "cue.speech-tag": ("sanoo",),
        "boilerplate.dateline.time-at": ("klo",),
        "boilerplate.author-bio.verb": ("on",),
    },
)
