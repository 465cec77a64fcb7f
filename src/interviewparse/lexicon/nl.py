"""Dutch."""

from __future__ import annotations

from ._model import Lexicon, w

LEXICON = Lexicon(
    code="nl",
    name="Dutch",
    question_labels=w("v vraag interviewer journalist"),
    answer_labels=w("a antwoord"),
    interrogatives=w(
        """
        wat waarom hoe wanneer waar wie welke welk hoeveel heeft hebt hebben kunt kan zou zijn
        is
        """
    ),
    request_verbs=w("vertel beschrijf"),
    address_pronouns=w("jij jou jouw uw jullie"),
    first_person=w("ik me mij mijn wij we ons onze"),
    third_person=w("hij zij"),
    stopwords=w(
        """
        de het een van en is dat niet op zijn met voor ook maar aan er wij ze bij naar dan
        wordt worden heeft hebben nog geen
        """
    ),
    months=(
        w("januari jan"),
        w("februari feb"),
        w("maart mrt"),
        w("april apr"),
        w("mei"),
        w("juni jun"),
        w("juli jul"),
        w("augustus aug"),
        w("september sep sept"),
        w("oktober okt"),
        w("november nov"),
        w("december dec"),
    ),
    weekdays=(
        w("maandag"),
        w("dinsdag"),
        w("woensdag"),
        w("donderdag"),
        w("vrijdag"),
        w("zaterdag"),
        w("zondag"),
    ),
    dateline_phrases=(
        r"gepubliceerd(?:\s+op)?",
        r"bijgewerkt(?:\s+op)?",
    ),
    byline_phrases=("door",),
    job_titles=w(
        "onderzoeker verpleegkundige schrijfster schrijver zangeres burgemeester dokter dirigent"
    ),
    interview_phrases=(
        r"vroegen",
        r"spraken",
        r"(?:we|wij)\s+(?:ontmoetten|zochten\s+\w+\s+op)",
        r"interview",
        r"in\s+gesprek\s+met",
        r"gesprek\s+met",
        r"sprak\s+met",
        r"vragen\s+aan",
    ),
    not_interview_phrases=(
        r"gids",
        r"handleiding",
        r"veelgestelde\s+vragen",
        r"tips",
        r"recensie",
        r"column",
        r"opinie",
        r"commentaar",
        r"recept",
        r"liveblog",
    ),
    closing_phrases=(
        (
            r"(?:dit|het)\s+(?:interview|gesprek)\s+is\s+(?:\w+\s+){0,2}(?:ingekort|"
            "geredigeerd)"
        ),
    ),
    boilerplate_phrases={
        "related": (
            "lees (?:ook|meer)",
            "zie ook",
            "gerelateerd(?:e artikelen)?",
            "meest gelezen",
        ),
        "newsletter": ("nieuwsbrief",),
        "credit": ("fot(?:ó|o(?:s|grafie|grafia|grafía)?)",),
        "advertisement": ("advertentie",),
        "share": ("delen",),
        "comments": ("reacties",),
        "promo": ("video",),
        "tags": ("onderwerpen",),
        "author_bio": ("over de auteur",),
        "editorial_note": (
            "noot van de redactie",
            "correctie",
        ),
    },
    question_class_words=w("vraag"),
    not_name_words=w("het een en maar met voor van op hij zij"),
    organisation_words=w("redactie"),
    name_particles=w("van der den de ter ten"),
    articles=w("het de een"),
    boilerplate_prompts={
        "newsletter": (
            r"abonneer (?:je|u)\b",
            r"meld je aan voor\b",
            r"schrijf je in voor\b",
        ),
        "share": ("deel dit artikel",),
        "comments": ("laat een reactie achter",),
        "promo": (
            r"volg ons\b",
            "luister (?:naar )?(?:het|de) (?:interview|aflevering|podcast)",
        ),
        "sponsor": (r"gesponsord door\b",),
    },
    rule_phrases={
        "cue.interviewee-after": (r"interview\s+met", r"gesprek\s+met"),
        "cue.interviewee-after.prefilter": ("interview", "gesprek"),
        "cue.interviewee-before": ("antwoordt", "beantwoordt"),
        "cue.interviewee-before.prefilter": ("antwoordt",),
        "cue.talk": (r"sprak\s+met",),
        "cue.talk.prefilter": ("sprak",),
        "boilerplate.maintenance-notice": (
            "dit artikel (?:vereist|heeft bronnen nodig|is een beginnetje)\\b",
            "deze pagina is voor het laatst bewerkt\\b",
        ),
        "cue.thanks": (
            "bedankt",
            r"dank\s+je(?:wel)?",
            r"dank\s+u",
        ),
        "segment.genre-kicker": (
            "opinie",
            "commentaar",
        ),
        "cue.reportage": (
            "zei",
            "zeiden",
            "verklaarde",
        ),
        "cue.others-say": (
            "zeggen",
            "klagen",
        ),
        "cue.points-back": (
            "dit",
            "dat",
            "daarover",
        ),
        "cue.speech-tag": (
            "zegt",
            "zei",
            "vertelt",
            "vertelde",
        ),
        "cue.speech-tag.pronouns": (
            "ze",
            "zij",
            "hij",
        ),
        "boilerplate.media-runtime": (
            "luister",
            "kijk",
        ),
        "boilerplate.donation-appeal.when": (
            "vandaag",
            "nu",
        ),
        "boilerplate.donation-appeal": ("doneer",),
        "boilerplate.donation-appeal.support": ("steun",),
        "boilerplate.source-line": ("bron",),
        "boilerplate.copyright-line": (r"alle\s+rechten\s+voorbehouden",),
        "boilerplate.copyright-line.prefilter": ("voorbehoud",),
        "boilerplate.dateline.reading-time.after": ("leestijd",),
        "boilerplate.dateline.reading-time.before": ("leestijd",),
        "boilerplate.photo-credit-line": ("foto",),
        "html.reading-time.after": ("leestijd",),
        "html.reading-time.before": ("leestijd",),
        "segment.recalled-words": (r"(?:u|je)\s+(?:zei|schreef|hebt\s+gezegd)",),
        "boilerplate.follow-prompt": (
            "volg",
            "abonneer",
            "lees",
        ),
        "boilerplate.follow-prompt.where": ("op",),
        "boilerplate.masthead-publication-word": (
            "dagblad",
            "krant",
            "courant",
            "weekblad",
        ),
        "cue.write-to-us": (r"schrijf\s+ons",),
        "boilerplate.dateline.time-at": ("om",),
        "cue.announces.until": (r"tot\s+en\s+met",),
        "boilerplate.follow-prompt.us": (
            "ons",
            "onze",
        ),
        "boilerplate.author-bio.verb": (
            "is",
            "was",
        ),
    },
    object_pronouns=w("hem haar"),
    and_words=w("en"),
)
