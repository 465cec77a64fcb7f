"""German."""

from __future__ import annotations

from ._model import Lexicon, w

LEXICON = Lexicon(
    code="de",
    name="German",
    question_labels=w("f frage interviewer journalist"),
    answer_labels=w("a antwort"),
    interrogatives=w(
        """
        was warum wie wann wo wer wen wem wessen welche welcher welches weshalb wieso woher
        wohin ist sind haben hat können kann könnten würden wird werden sollte sollten gibt
        glauben
        """
    ),
    request_verbs=w("erzählen erzähl beschreiben schildern erklären nennen"),
    address_pronouns=w("sie ihr ihre ihren ihrem ihrer ihnen du dich dir dein deine"),
    first_person=w("ich mich mir mein meine meinen wir uns unser unsere"),
    third_person=w("er sie"),
    stopwords=w(
        """
        der die das und ist nicht sie ich mit sich auf auch es ein eine dem den des von wir zu
        im für dass aber wie noch nach bei wird werden sind hat haben oder
        """
    ),
    months=(
        w("januar jänner jän jan"),
        w("februar feb"),
        w("märz maerz mär mar"),
        w("april apr"),
        w("mai"),
        w("juni jun"),
        w("juli jul"),
        w("august aug"),
        w("september sep sept"),
        w("oktober okt"),
        w("november nov"),
        w("dezember dez"),
    ),
    weekdays=(
        w("montag mo"),
        w("dienstag di"),
        w("mittwoch mi"),
        w("donnerstag do"),
        w("freitag fr"),
        w("samstag sa"),
        w("sonntag so"),
    ),
    dateline_phrases=(
        r"veröffentlicht(?:\s+am)?",
        r"aktualisiert(?:\s+am)?",
        r"erschienen(?:\s+am)?",
        "stand",
    ),
    byline_phrases=(
        "von",
        r"geschrieben\s+von",
        r"alle\s+(?:beiträge|artikel)\s+von",
    ),
    job_titles=w(
        """
        präsident professor professorin prof dr minister ministerin kanzler kanzlerin senator
        senatorin bürgermeister bürgermeisterin gründer gründerin künstler künstlerin direktor
        direktorin chef chefin autor autorin trainer kapitän forscher forscherin legende
        kandidat kandidatin vorsitzende vorsitzender sprecher sprecherin manager journalist
        journalistin moderator moderatorin philosoph publizist ökonom historiker historikerin
        biograf biografin dichter dichterin poetin komponist komponistin soziologe soziologin
        psychologe psychologin physiker physikerin analyst analystin diplomat diplomatin
        experte expertin regisseur regisseurin fotograf fotografin chemiker chemikerin
        mathematiker mathematikerin chirurg chirurgin psychiater psychiaterin ökologe ökologin
        klimaforscher klimaforscherin astronaut astronautin aktivist aktivistin unternehmer
        unternehmerin investor investorin kurator kuratorin dirigent dirigentin musiker
        musikerin tänzerin filmemacher filmemacherin gastgeber gastgeberin interviewerin
        hebamme ärztin arzt hausärztin hausarzt tierärztin tierarzt pfarrer pfarrerin lehrerin
        winzerin winzer försterin richterin anwältin schauspielerin schauspieler sängerin
        sänger schriftstellerin schriftsteller imkerin imker bäuerin landwirtin landwirt köchin
        pflegerin krankenschwester designer
        """
    ),
    honorifics=w("herr frau dr prof professor präsident mag ing"),
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
    closing_phrases=(
        (
            r"(?:dieses|das)\s+(?:interview|"
            r"gespräch)\s+wurde\s+(?:\w+\s+){0,3}(?:gekürzt|redigiert|bearbeitet|"
            "autorisiert)"
        ),
    ),
    boilerplate_phrases={
        "related": (
            "lesen sie (?:auch|mehr|hier)",
            "mehr zum thema",
            "auch interessant",
            "meistgelesen(?:e artikel)?",
            "am meisten gelesen",
        ),
        "newsletter": ("newsletters?",),
        "credit": (
            "fot(?:ó|o(?:s|grafie|grafia|grafía)?)",
            "bild(?:er)?",
            r"redigiert von [^\W\d_][\w.'’ -]{1,40}",
            "redaktion",
        ),
        "advertisement": (
            "anzeige",
            "werbung",
            "weiter nach der (?:anzeige|werbung)",
        ),
        "share": (
            "teilen",
            "link kopieren",
        ),
        "comments": ("kommentare?",),
        "promo": ("video",),
        "tags": (
            "themen",
            "schlagw(?:orte|örter)",
            "abgelegt unter",
        ),
        "author_bio": ("über (?:den autor|die autorin)",),
        "other": (r"(?:fakten|zur person|steckbrief)(?=\s*:)",),
        "footer": (
            "(?:alle )?rechte vorbehalten",
            "impressum",
            "datenschutz(?:erklärung)?",
        ),
        "editorial_note": (
            "anmerkung der redaktion",
            "korrektur",
        ),
    },
    role_labels=w(
        "interviewerin journalistin moderator moderatorin moderation redaktion sprecher publikum"
    ),
    question_class_words=w("frage"),
    answer_class_words=w("antwort"),
    journalist_titles=w(
        "redakteur redakteurin korrespondent korrespondentin reporterin autor autorin"
    ),
    host_roles=w(
        "moderator moderatorin moderation interviewerin journalistin gastgeber gastgeberin"
    ),
    guest_roles=w("gast gäste"),
    title_endings=w(
        """
        chef chefin leiter leiterin präsident präsidentin minister ministerin sprecher
        sprecherin forscher forscherin direktor direktorin kanzler kanzlerin vorsitzende
        vorsitzender experte expertin trainer trainerin manager managerin hauptmann
        wissenschaftler wissenschaftlerin
        """
    ),
    not_name_words=w(
        """
        der die das den dem des ein eine und oder aber im am um zu mit von für bei nach wie was
        wer wo warum wenn als auch sie er es wir ich ihr sein seine diese dieser dieses jeder
        jede jedes alle viele mein meine unser unsere kein keine manche einige mehrere beide
        solche welche jene andere weitere über unter vor hinter neben zwischen durch gegen ohne
        seit aus ab bis gespräch exklusiv foto bild
        """
    ),
    organisation_words=w(
        """
        universität institut akademie stiftung verein gmbh ag gruppe bank partei ministerium
        regierung nachrichten magazin zeitung zeitschrift presse agentur fernsehen straße
        strasse platz republik europäische liga theater vereinigte nationen vereinte redaktion
        """
    ),
    name_particles=w("von der den zu"),
    articles=w("der die das den dem des ein eine einem einen"),
    boilerplate_prompts={
        "newsletter": (
            "newsletter abonnieren",
            r"(?:jetzt )?(?:kostenlos )?abonnieren\b",
            r"abonnieren sie\b",
            "melden sie sich (?:jetzt )?für (?:unseren|den) newsletter",
        ),
        "share": (
            (
                "teilen (?:auf|via) (?:facebook|twitter|x|linkedin|whatsapp|telegram|"
                r"e-?mail|correo)\b"
            ),
            "diesen artikel teilen",
        ),
        "comments": (
            "schreiben sie einen kommentar",
            "kommentar schreiben",
        ),
        "promo": (
            "(?:artikel|beitrag) (?:anhören|vorlesen lassen)",
            r"folgen sie uns\b",
            (
                "(?:hat|gefällt) ihnen (?:dieses|das|der|dieser) (?:interview|artikel|text|"
                "beitrag|gespräch)"
            ),
            (
                r"(?:unterstütze|unterstützen sie)\b[^.!?]{0,60}\b(?:patreon|steady|ko-fi|buy"
                r" me a coffee|tipeee|liberapay|memberful)\b"
            ),
            r"werde(?:n sie)? (?:mitglied|unterstützer(?:in)?)\b",
            r"hören sie (?:das|hier|den)\b",
        ),
        "sponsor": (
            r"gesponsert von\b",
            r"präsentiert von\b",
        ),
    },
    rule_phrases={
        "html.reading-time.about": (r"ca\.?",),
        "boilerplate.affiliate-disclosure.link-kind": (
            r"affiliate-\s?links?",
            r"partner-?\s?links?",
        ),
        "html.author-bio": ("redakteur", "redakteurin", "journalistin", "autor", "autorin"),
        "cue.named-host.lead": ("im",),
        "cue.named-host": ("gespräch",),
        "cue.article-particle": ("der", "den"),
        "html.byline.credit": ("text", "autor"),
        "html.poll-count.voted": ("abgestimmt", "stimme"),
        "html.poll-count": ("haben", "stimmen"),
        "boilerplate.agency-credit.desk": ("red", "Red"),
        "boilerplate.section-label": (
            "meinung",
            "kommentar",
            "analyse",
            "gespräch",
            "porträt",
            "reportage",
            "ratgeber",
            "interview",
        ),
        "boilerplate.donation-appeal.now": (r"(?:jetzt|now)\s+spenden",),
        "boilerplate.masthead-byline.credit": ("gespräch", "interview", "text"),
        "boilerplate.credit-line.photo-by": ("von",),
        "boilerplate.credit-line.photo": ("foto", "bild"),
        "cue.told-capitals": ("sagte", "sagt", "gegenüber"),
        "cue.rights-reserved": ("alle rechte",),
        "cue.interviewee-after": (
            r"interview\s+mit",
            r"gespräch\s+mit",
            r"Fragen\s+an",
            r"unterh(?:ielt|ält)(?:en)?\s+sich\s+mit",
        ),
        "cue.interviewee-after.prefilter": ("interview", "gespräch", "fragen", "unterh"),
        "cue.interviewee-before": (
            r"im\s+Gespräch",
            "spricht",
            "sprach",
            "erklärt",
            r"über\s+(?:die|den|das|seine|ihre)",
        ),
        "cue.interviewee-before.prefilter": ("gespräch", "spricht", "sprach", "erklärt", "über"),
        "cue.interviewer-after": (
            r"interview\s+von",
            r"interview\s+führte",
            r"im\s+Gespräch\s+mit",
            r"Gespräch\s+führte",
            r"Fragen\s+stellte",
        ),
        "cue.interviewer-after.prefilter": ("interview", "gespräch", "fragen"),
        "cue.interviewer-after.comma-by": ("von",),
        "cue.interviewer-after.guest-first": ("im",),
        "cue.talk": (r"sprach(?:en)?\s+mit",),
        "cue.talk.prefilter": ("sprach",),
        "cue.talk-verb": ("sprach",),
        "cue.interviewed": ("interviewte",),
        "cue.interviewed.prefilter": ("interview",),
        "cue.with-spoke": ("sprach(?:en)?",),
        "cue.with-spoke.with": ("[Mm]it",),
        "cue.with-spoke.prefilter": ("sprach",),
        "cue.topic": ("über", "zum", "zur"),
        "cue.teaser-topic": ("über",),
        "cue.headline-verb": ("über", "spricht", "erklärt"),
        "cue.role-line.our": ("unser", "unsere"),
        "cue.address-title": ("Herr", "Frau"),
        "cue.photo-credit": ("fotos?", "bild"),
        "boilerplate.maintenance-notice": (
            "dieser artikel (?:bedarf|erfordert|ist nicht hinreichend mit belegen)\\b",
            "diese seite wurde zuletzt am\\b",
            "artikel zuletzt (?:geändert|bearbeitet)\\s*:",
        ),
        "cue.thanks": (
            "danke",
            r"vielen\s+dank",
        ),
        "cue.thanks.to": (
            "an",
            "dem",
            "der",
        ),
        "cue.genre-title": (
            "ratgeber",
            "erklärstück",
            "erklärt",
            "anleitung",
            r"häufige\s+fragen",
            r"was\s+sie\s+wissen\s+müssen",
        ),
        "cue.genre-intro": (r"dieser?\s+(?:ratgeber|leitfaden|erklärstück)",),
        "segment.genre-kicker": (
            "meinung",
            "kommentar",
            "kolumne",
            "gastbeitrag",
            "leitartikel",
            "ratgeber",
            "standpunkt",
        ),
        "cue.reportage": (
            "sagte",
            "sagten",
            "erklärte",
            "kündigte",
        ),
        "cue.reported": (
            "sagt",
            "sagte",
            "erklärt",
            "erklärte",
        ),
        "cue.others-say": (
            "sagen",
            "sagt",
            "kritisieren",
            "beklagen",
            "behaupten",
            "klagen",
        ),
        "cue.points-back": (
            "das",
            "dies",
            "damit",
            "dagegen",
            "darauf",
        ),
        "cue.speech-tag": (
            "sagt",
            "sagte",
            "erzählt",
            "erzählte",
            "erklärt",
            "erklärte",
            "meint",
            "meinte",
        ),
        "cue.speech-tag.pronouns": (
            "sie",
            "er",
        ),
        "html.related-heading": (
            "lesen sie (?:auch|mehr|hier)",
            "mehr zum thema",
            "mehr dazu",
            "auch interessant",
            "das könnte sie (?:auch )?interessieren",
            "weitere (?:inhalte|artikel|themen)(?: zu(?:m)? (?:diesem|dem) thema)?",
            "zum thema",
        ),
        "boilerplate.newsletter-prompt": (
            r"newsletter\s+abonnieren\b",
            r"jetzt\s+abonnieren\b",
        ),
        "boilerplate.signup-close": (r"jetzt\s+(?:kostenlos\s+)?(?:anmelden|registrieren)",),
        "boilerplate.media-runtime": (
            "hören",
            "anhören",
            "ansehen",
        ),
        "boilerplate.media-runtime.units": ("minuten",),
        "boilerplate.programme-line": (
            "programm",
            "sendung",
        ),
        "boilerplate.donation-appeal.when": (
            "heute",
            "jetzt",
            "hier",
        ),
        "boilerplate.donation-appeal": (r"spenden(?:\s+sie)?",),
        "boilerplate.donation-appeal.support": (r"unterstützen\s+sie",),
        "boilerplate.source-line": ("quelle",),
        "boilerplate.copyright-line": (r"alle\s+rechte\s+vorbehalten",),
        "boilerplate.copyright-line.prefilter": ("vorbehalt",),
        "boilerplate.dateline.relative-time": (r"vor\s+\d{1,3}\s+(?:minuten|stunden|tagen)",),
        "boilerplate.dateline.reading-time.units": ("minuten",),
        "boilerplate.dateline.reading-time.after": ("lesezeit",),
        "boilerplate.dateline.reading-time.before": (
            "lesezeit",
            "lesedauer",
        ),
        "boilerplate.photo-credit-line": (
            "foto",
            "fotos",
            "bild",
        ),
        "boilerplate.related-heading": (
            r"lesen\s+sie\s+(?:auch|mehr)",
            r"mehr\s+zum\s+thema",
        ),
        "boilerplate.also-appeared": (
            r"dieser\s+(?:text|beitrag|artikel)\s+(?:erscheint|erschien)\s+auch",
        ),
        "boilerplate.podcast-promo": (r"hören\s+sie\s+(?:das|hier)",),
        "boilerplate.interview-credit": (r"(?:das\s+)?(?:interview|gespräch)\s+führten?",),
        "boilerplate.reprint-note": (
            r"^\W{0,3}nachdruck\s+(?:nur\s+)?mit\s+(?:freundlicher\s+)?genehmigung",
        ),
        "boilerplate.reprint-note.prefilter": ("nachdruck",),
        "html.related-link-line": (
            "lesen sie auch",
            "mehr zum thema",
        ),
        "html.share-button": (
            "teilen",
            "artikel teilen",
            "drucken",
            "link kopieren",
        ),
        "html.newsletter-prompt": (
            "newsletter",
            "jetzt (?:abonnieren|anmelden)",
            "abonnieren sie",
        ),
        "html.advertisement-label": (
            "anzeige",
            "werbung",
        ),
        "html.photo-credit": (
            "foto",
            "fotos",
            "bild",
            "bilder",
            "titelbild",
            "titelfoto",
            "quelle",
        ),
        "html.photo-credit.by": ("von",),
        "html.comments-prompt.count": ("kommentare?",),
        "html.comments-prompt": (
            "kommentieren",
            "schreiben sie einen kommentar",
        ),
        "html.tag-list": (
            "themen",
            "schlagworte",
            "schlagwörter",
            "mehr über",
        ),
        "html.tag-list-heading": ("themen",),
        "html.navigation-link": (
            "zurück",
            "startseite",
            r"passwort vergessen\??",
            "anmelden",
            "registrieren",
            "jetzt anmelden.*",
        ),
        "html.author-box-heading": (
            "über den autor",
            "über die autorin",
            r"autor\*?innen",
            "autoren",
        ),
        "html.promo-line": (
            "jetzt lesen",
            "weiterlesen",
            "jetzt anmelden & lesen",
        ),
        "html.editors-note": ("anm(?:erkung)? d(?:er)? red(?:aktion)?",),
        "html.editors-note.disclaimer": (
            "(?:die )?äußerungen (?:unserer|der) (?:gesprächs|interview)partner",
        ),
        "html.reading-time.units": ("minuten",),
        "html.reading-time.after": (
            "lesezeit",
            "lesedauer",
        ),
        "html.reading-time.before": (
            "lesezeit",
            "lesedauer",
        ),
        "html.fact-box-heading": (
            r".{0,60}\bin zahlen",
            "zur person",
            "steckbrief",
        ),
        "segment.recalled-words": (
            (
                r"sie\s+(?:haben\s+(?:\w+\s+){0,2}(?:gesagt|geschrieben|erwähnt|erzählt)|"
                "sagten|schrieben|erwähnten)"
            ),
        ),
        "boilerplate.follow-prompt": (
            "folgen",
            "folge",
            "abonnieren",
            "abonniere",
            "besuchen",
            "lesen",
        ),
        "boilerplate.follow-prompt.where": (
            "auf",
            "bei",
            r"unser\w*",
        ),
        "boilerplate.masthead-publication-word": (
            "zeitung",
            "zeitschrift",
            "anzeiger",
            "rundschau",
            "kurier",
            "tagblatt",
            "tageblatt",
            "nachrichten",
            "bote",
            "echo",
            "magazin",
        ),
        "boilerplate.share-button": (
            "drucken",
            r"link\s+kopieren",
        ),
        "boilerplate.credit-line": (
            "autor(?:in|a|es|en)?",
            "gespräch",
            "moderat(?:or|orin|ion)",
            "fotos?",
        ),
        "cue.write-to-us": (r"schreib(?:en\s+sie|t)?\s+uns",),
        "cue.author-voice": (
            r"lass(?:en\s+sie)?\s+uns",
            r"schauen\s+wir",
            r"hier\s+(?:ist|sind)",
        ),
        "boilerplate.comments-header": ("(?:leser)?kommentare?",),
        "boilerplate.comments-header.prompt": (r"kommentar\s+schreiben",),
        "boilerplate.sponsor-disclosure": (
            r"gesponsert\b",
            "^anzeige$",
            "^werbung$",
        ),
        "boilerplate.sponsor-disclosure.prefilter": (
            "gesponsert",
            "anzeige",
            "werbung",
        ),
        "boilerplate.transcript-note": (
            r"transkript\s+wurde\s+(?:automatisch|maschinell)\s+erstellt\b",
        ),
        "boilerplate.transcript-note.prefilter": ("transkri",),
        "boilerplate.affiliate-disclosure.modal": ("wir",),
        "boilerplate.affiliate-disclosure.earn": ("erhalten",),
        "boilerplate.affiliate-disclosure.commission": ("provision",),
        "boilerplate.affiliate-disclosure.route": (r"über\s+(?:diese|unsere|die)\s+links?",),
        "boilerplate.affiliate-disclosure.contains": ("enthält",),
        "boilerplate.affiliate-disclosure.prefilter": (
            "provision",
            "affiliat",
        ),
        "boilerplate.dateline.time-at": ("um",),
        "boilerplate.dateline.time-suffix": ("uhr",),
        "cue.told-publication": (
            r"sagte\s+(?:der|dem)",
            r"sagt\s+(?:der|dem)",
            r"gegenüber\s+(?:der|dem)",
        ),
        "cue.announces": (r"ist\s+erschienen",),
        "cue.announces.until": (r"bis(?:\s+zum)?",),
        "cue.announces.pages": ("seiten",),
        "boilerplate.caption-credit-tail.bracket": (
            "foto",
            "bild",
        ),
        "boilerplate.caption-credit-tail.paren": (
            "foto",
            "bild",
        ),
        "boilerplate.caption-credit-tail": (
            "foto",
            "bild",
        ),
        "boilerplate.follow-prompt.us": (
            "uns",
            r"unser\w*",
        ),
        "boilerplate.author-bio.verb": (
            "ist",
            "war",
        ),
    },
    not_label_words=w(
        """
        foto fotos bild bilder quelle lesen mehr exklusiv anzeige werbung titel datum siehe
        hinweis korrektur achtung tipp info kontakt telefon ort stand fazit beispiel wichtig aber
        und jetzt heute aktualisiert veröffentlicht autor von bildquelle
        """
    ),
    object_pronouns=w("ihr ihm ihnen"),
    and_words=w("und"),
    definite_articles=w("der die das"),
)
