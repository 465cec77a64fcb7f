"""Swedish."""

from __future__ import annotations

from ._model import Lexicon, w

LEXICON = Lexicon(
    code="sv",
    name="Swedish",
    question_labels=w("fråga journalist"),
    answer_labels=w("svar"),
    interrogatives=w("vad varför hur när vem vilken vilket vilka"),
    request_verbs=w("berätta beskriv förklara"),
    # address_pronouns
    # left out while the rules read the union of all languages: "er" (German "he"), "ni" (Spanish
    # and French "nor"), "dig" (an English verb)
    address_pronouns=w("du din ditt dina"),
    # first_person
    # left out while the rules read the union of all languages: "vi" (Italian "you"), "min" (an
    # English abbreviation: "5 min"), "mig" (the aircraft "MiG" in English text)
    first_person=w("jag mej oss vår vårt våra"),
    # third_person
    # left out while the rules read the union: "han" (Spanish "they have"), "de" (Romance "of")
    third_person=w("hon"),
    stopwords=w(
        """
        och att det som är för inte jag ett också eller hade när vad måste sig mycket skulle
        efter
        """
    ),
    months=(
        w("januari jan"),
        w("februari feb"),
        w("mars mar"),
        w("april apr"),
        w("maj"),
        w("juni jun"),
        w("juli jul"),
        w("augusti aug"),
        w("september sep sept"),
        w("oktober okt"),
        w("november nov"),
        w("december dec"),
    ),
    weekdays=(
        w("måndag"),
        w("tisdag"),
        w("onsdag"),
        w("torsdag"),
        w("fredag"),
        w("lördag"),
        w("söndag"),
    ),
    dateline_phrases=(
        "publicerad",
        "uppdaterad",
    ),
    byline_phrases=(
        "av",
        r"skriven\s+av",
    ),
    job_titles=w("barnmorska läkare författare sångerska journalist"),
    honorifics=w("herr fru dr prof"),
    interview_phrases=(
        r"intervju(?:n|er)?",
        r"(?:i\s+)?samtal\s+med",
        r"(?:vi\s+)?(?:träffade|frågade)",
        r"(?:pratade|talade)\s+med",
        r"(?:\d+|tre|fem|tio)\s+frågor\s+till",
    ),
    not_interview_phrases=(
        r"guiden?",
        r"instruktion",
        r"vanliga\s+frågor",
        r"frågor\s+och\s+svar",
        r"tips",
        r"recension",
        r"krönika",
        r"ledare",
        r"debatt",
        r"kommentar",
        r"recept",
        r"liveblogg",
        r"så\s+gör\s+du",
    ),
    closing_phrases=(r"(?:intervjun|samtalet)\s+har\s+(?:\w+\s+){0,2}(?:redigerats|kortats)",),
    boilerplate_phrases={
        "related": ("läs (?:också|även|mer)",),
        "newsletter": (
            "newsletters?",
            "nyhetsbrev(?:et)?",
        ),
        "credit": (
            "fot(?:ó|o(?:s|grafie|grafia|grafía)?)",
            "bild(?:er)?",
        ),
        "share": ("dela(?: artikeln)?",),
        "promo": ("video",),
        "tags": (
            "ämnen",
            "taggar",
        ),
        "other": (r"fakta(?=\s*:)",),
        "comments": ("kommentarer",),
        "advertisement": ("annons",),
        "author_bio": ("om (?:författaren|skribenten)",),
        "editorial_note": ("rättelse",),
        "footer": ("alla rättigheter förbehållna",),
    },
    role_labels=w("programledare moderator publik redaktionen"),
    question_class_words=w("fraga"),
    answer_class_words=w("svar"),
    journalist_titles=w("reporter redaktör korrespondent journalist krönikör fotograf"),
    host_roles=w("programledare intervjuare"),
    guest_roles=w("gäst gäster"),
    title_endings=w("chef minister forskare ledare direktör ordförande"),
    not_name_words=w("intervju"),
    organisation_words=w(
        """
        universitet högskola tidning tidningen kommun region förening förbund myndighet
        departement riksdagen regeringen
        """
    ),
    name_particles=w("af von"),
    # articles
    # "en" and "den" are left out while the rules read the union of all languages: French and
    # Spanish "en" (in), and "den" before a name in Dutch and German ("van den Berg")
    articles=w("ett det"),
    boilerplate_prompts={
        "newsletter": (
            r"prenumerera på\b",
            "anmäl dig till (?:vårt|vår|nyhetsbrevet)",
        ),
        "promo": (r"följ oss\b",),
    },
    rule_phrases={
        "boilerplate.section-label": ("intervju", "åsikt", "krönika", "porträttet"),
        "boilerplate.maintenance-notice": (
            "denna artikel (?:behöver|är en stubbe|saknar källhänvisningar)\\b",
            "sidan redigerades senast\\b",
        ),
        "cue.thanks": ("tack",),
        "segment.genre-kicker": (
            "krönika",
            "ledare",
            "debatt",
            "åsikt",
        ),
        "cue.speech-tag": (
            "säger",
            "sa",
            "sade",
            "berättar",
            "förklarar",
            "menar",
            "svarar",
            "konstaterar",
            "tillägger",
        ),
        "cue.speech-tag.pronouns": (
            "hon",
            "han",
            "de",
        ),
        "html.related-heading": (
            "läs också",
            "relaterat",
            "mer om ämnet",
        ),
        "boilerplate.media-runtime": (
            "lyssna",
            "titta",
        ),
        "boilerplate.programme-line": ("program",),
        "boilerplate.source-line": ("källa",),
        "boilerplate.copyright-line": (r"alla\s+rättigheter\s+förbehållna",),
        "boilerplate.copyright-line.prefilter": ("förbehåll",),
        "boilerplate.dateline.reading-time.after": ("läsning",),
        "boilerplate.photo-credit-line": (
            "foto",
            "bild",
        ),
        "segment.recalled-words": (r"du\s+(?:har\s+)?(?:sa|sade|sagt|skrev|skrivit|berättade)",),
        "boilerplate.follow-prompt": (
            "följ",
            r"gå\s+med",
            "prenumerera",
            "läs",
        ),
        "boilerplate.follow-prompt.where": ("på",),
        "cue.write-to-us": (r"skriv\s+till\s+oss",),
        "boilerplate.comments-header.prompt": (r"skriv\s+en\s+kommentar",),
        "boilerplate.dateline.time-at": (r"kl\.?",),
        "boilerplate.author-bio.verb": (
            "är",
            "var",
        ),
    },
)
