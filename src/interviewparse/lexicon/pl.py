"""Polish."""

from __future__ import annotations

from ._model import Lexicon, w

LEXICON = Lexicon(
    code="pl",
    name="Polish",
    question_labels=w("p pyt pytanie"),
    answer_labels=w("o odp odpowiedź"),
    interrogatives=w(
        "co dlaczego czemu jak kiedy gdzie kto jaki jaka jakie który która które ile czy"
    ),
    request_verbs=w("opowiedz proszę"),
    address_pronouns=w("pan pani panu panią pana państwo ciebie wy wam"),
    first_person=w("mnie mój moja moje my nas nasz nasza"),
    third_person=w("on ona oni"),
    stopwords=w(
        "się że jest nie jak ale przez było jego które który która tylko może oraz także będzie już"
    ),
    months=(
        w("stycznia"),
        w("lutego"),
        w("marca"),
        w("kwietnia"),
        w("maja"),
        w("czerwca"),
        w("lipca"),
        w("sierpnia"),
        w("września"),
        w("października"),
        w("listopada"),
        w("grudnia"),
    ),
    weekdays=(
        w("poniedziałek"),
        w("wtorek"),
        w("środa"),
        w("czwartek"),
        w("piątek"),
        w("sobota"),
        w("niedziela"),
    ),
    dateline_phrases=(
        "opublikowano",
        "zaktualizowano",
        "aktualizacja",
    ),
    byline_phrases=(
        "przez",
        "od",
    ),
    job_titles=w("badaczka badacz lekarka lekarz pielęgniarka pisarka pisarz doktor"),
    interview_phrases=(
        r"zapytali[śs]my",
        r"spotkali[śs]my\s+si[ęe]",
        r"rozmawiali[śs]my",
        r"wywiad(?:u|zie)?",
        r"rozmowa\s+z",
        r"rozmawia(?:ł|ła|my)?\s+z",
        r"pytania\s+do",
    ),
    not_interview_phrases=(
        r"faqs?",
        r"poradnik",
        r"najczęściej\s+zadawane\s+pytania",
        r"porady",
        r"recenzja",
        r"felieton",
        r"opinia",
        r"komentarz",
        r"przepis",
        r"relacja\s+na\s+żywo",
    ),
    boilerplate_phrases={
        "related": (
            "czytaj (?:też|także|również|więcej)",
            "zobacz (?:też|także|również)",
            "przeczytaj (?:też|także|również)",
            "najczęściej czytane",
        ),
        "newsletter": ("biuletyn",),
        "credit": (
            "zdjęcie",
            r"fot\.",
            "redakcja",
            "redaktor(?: prowadzący)?",
        ),
        "advertisement": ("reklama",),
        "share": ("udostępnij",),
        "comments": ("komentarze",),
        "promo": ("wideo",),
        "tags": (
            "tagi",
            "tematy",
        ),
        "author_bio": ("o autorze",),
        "editorial_note": (
            "od redakcji",
            "sprostowanie",
        ),
    },
    question_class_words=w("pytanie"),
    host_roles=w("prowadzący prowadząca"),
    guest_roles=w("gość"),
    not_name_words=w("ona oni wywiad"),
    organisation_words=w("redakcja"),
    boilerplate_prompts={
        "newsletter": (
            r"zapisz się (?:do|na) (?:newslett|nasz|bezpłatn)\w*",
            r"zasubskrybuj\b",
        ),
        "share": (r"udostępnij (?:ten|na)\b",),
        "comments": ("dodaj komentarz",),
        "promo": (
            r"obserwuj nas\b",
            (
                r"wesprzyj\b[^.!?]{0,60}\b(?:patreon|steady|ko-fi|buy me a coffee|tipeee|"
                r"liberapay|memberful)\b"
            ),
            r"posłuchaj (?:podcastu|rozmowy|wywiadu|audycji|odcinka|całej)\b",
        ),
        "sponsor": (
            "artykuł sponsorowany",
            "materiał sponsorowany",
        ),
    },
    rule_phrases={
        "boilerplate.section-label": (
            "wywiad",
            "poradnik",
            "opinia",
            "felieton",
            "reportaż",
            "rozmowa",
        ),
        "boilerplate.masthead-byline.credit": ("wywiad", "tekst"),
        "cue.rights-reserved": ("wszelkie prawa",),
        "cue.interviewee-before": ("odpowiada", "odpowiedział[a]?"),
        "cue.interviewee-before.prefilter": ("odpowiada", "odpowied"),
        "cue.interviewer-after": (
            r"rozmawia(?:ł|ła|li)?\s+z\s+(?:nim|nią|nimi)",
            "rozmawiał[ao]?:",
        ),
        "cue.interviewer-after.prefilter": ("rozmawia",),
        "cue.photo-credit": ("fot", "zdjęcie"),
        "boilerplate.maintenance-notice": (
            "ten artykuł (?:wymaga|jest zalążkiem|od \\d+ wymaga)\\b",
            "tę stronę ostatnio edytowano\\b",
        ),
        "cue.thanks": (
            "dziękuj[ęe]",
            "dzięki",
        ),
        "cue.thanks.to": (
            "od",
            "temu",
            "niemu",
            "tej",
            "tym",
        ),
        "segment.genre-kicker": (
            "opinia",
            "felieton",
            "komentarz",
            "poradnik",
        ),
        "cue.reportage": (
            "powiedział[aoy]?",
            "zapowiedział[aoy]?",
        ),
        "cue.others-say": (
            "mówią",
            "narzekają",
            "krytykują",
        ),
        "cue.points-back": (
            "to",
            "tym",
            "tego",
            "temu",
        ),
        "cue.speech-tag": (
            "mówi",
            "powiedział",
            "powiedziała",
            "dodaje",
            "opowiada",
        ),
        "cue.speech-tag.pronouns": (
            "ona",
            "on",
        ),
        "boilerplate.signup-close": (r"zapisz\s+się\s+(?:teraz|tutaj)",),
        "boilerplate.media-runtime": (
            "posłuchaj",
            "obejrzyj",
        ),
        "boilerplate.media-runtime.units": ("minut",),
        "boilerplate.programme-line": ("audycja",),
        "boilerplate.donation-appeal.when": (
            "dziś",
            "teraz",
        ),
        "boilerplate.donation-appeal": (
            "wpłać",
            r"przekaż\s+darowiznę",
        ),
        "boilerplate.donation-appeal.support": ("wesprzyj",),
        "boilerplate.source-line": ("źródło",),
        "boilerplate.copyright-line": (r"wszelkie\s+prawa\s+zastrzeżone",),
        "boilerplate.copyright-line.prefilter": ("zastrzeż",),
        "boilerplate.dateline.reading-time.after": ("czytania",),
        "boilerplate.dateline.reading-time.before": (r"czas\s+czytania",),
        "boilerplate.photo-credit-line.abbreviations": (
            "fot",
            "zdj",
            "rys",
        ),
        "html.reading-time.after": ("czytania",),
        "html.reading-time.before": ("czas czytania",),
        "segment.recalled-words": (r"pan(?:i)?\s+(?:powiedział(?:a)?|mówił(?:a)?|napisał(?:a)?)",),
        "boilerplate.follow-prompt": (
            "obserwuj",
            "dołącz",
            "śledź",
            "czytaj",
        ),
        "boilerplate.follow-prompt.where": (
            "na",
            "w",
            r"nasz\w*",
        ),
        "boilerplate.masthead-publication-word": (
            "gazeta",
            "dziennik",
            "tygodnik",
        ),
        "boilerplate.share-button": ("drukuj",),
        "boilerplate.credit-line": (
            "wywiad",
            "prowadzący",
            "prowadząca",
        ),
        "cue.write-to-us": (r"napisz(?:cie)?\s+do\s+nas",),
        "boilerplate.affiliate-disclosure.contains": ("zawiera",),
        "boilerplate.dateline.time-at": ("o",),
        "boilerplate.follow-prompt.us": (
            "nas",
            r"nasz\w*",
        ),
        "boilerplate.author-bio.verb": (
            "jest",
            "był",
            "była",
        ),
    },
    and_words=w("i"),
)
