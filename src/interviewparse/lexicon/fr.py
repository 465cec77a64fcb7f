"""French."""

from __future__ import annotations

from ._model import Lexicon, w

LEXICON = Lexicon(
    code="fr",
    name="French",
    question_labels=w("q question intervieweur journaliste"),
    answer_labels=w("r réponse reponse"),
    interrogatives=w(
        "que quoi pourquoi comment quand où qui quel quelle quels quelles est-ce combien"
    ),
    request_verbs=w("racontez raconte décrivez expliquez parlez dites"),
    address_pronouns=w("vous votre vos tu toi ton ta tes te"),
    first_person=w("je j moi mon ma mes nous notre nos me"),
    third_person=w("il elle ils elles"),
    stopwords=w(
        """
        le les des est une que qui dans pour pas sur au aux du ce cette sont avec nous vous ils
        mais ou leur elle être fait plus comme ont très
        """
    ),
    months=(
        w("janvier janv"),
        w("février fevrier févr"),
        w("mars mar"),
        w("avril avr"),
        w("mai"),
        w("juin"),
        w("juillet juil"),
        w("août aout"),
        w("septembre sept"),
        w("octobre oct"),
        w("novembre nov"),
        w("décembre decembre déc"),
    ),
    weekdays=(
        w("lundi lun"),
        w("mardi mar"),
        w("mercredi mer"),
        w("jeudi jeu"),
        w("vendredi ven"),
        w("samedi sam"),
        w("dimanche dim"),
    ),
    dateline_phrases=(
        r"publié(?:\s+le)?",
        r"mis\s+à\s+jour(?:\s+le)?",
    ),
    byline_phrases=(
        "par",
        r"écrit\s+par",
        r"voir\s+tous\s+les\s+articles\s+de",
    ),
    job_titles=w(
        """
        président professeur professeure prof ministre gouverneur maire fondateur auteur
        directeur directrice chef historien historienne biographe romancier romancière poète
        compositeur compositrice sociologue psychologue physicien physicienne analyste
        diplomate expert experte réalisateur réalisatrice photographe activiste entrepreneur
        entrepreneuse musicien musicienne danseur danseuse présentateur présentatrice animateur
        animatrice sage-femme médecin infirmière infirmier vigneronne vigneron agricultrice
        agriculteur écrivain écrivaine chanteuse chanteur comédienne comédien cartographe
        géographe avocate
        """
    ),
    honorifics=w("m mme mlle monsieur madame président"),
    interview_phrases=(
        r"(?:nous\s+)?(?:l['’]|lui\s+)avons\s+(?:rencontrée?|demandé|interrogée?)",
        r"(?:la|cette|une)\s+conversation",
        r"répond(?:u|ait)?\s+(?:à\s+nos|aux)\s+questions",
        r"interview",
        r"entretien",
        r"propos\s+recueillis",
        r"questions\s+à",
        r"rencontre\s+avec",
    ),
    not_interview_phrases=(
        r"guide",
        r"mode\s+d['’]emploi",
        r"faq",
        r"questions\s+fréquentes",
        r"ce\s+qu['’]il\s+faut\s+savoir",
        r"tout\s+savoir",
        r"conseils",
        r"astuces",
        r"critique",
        r"décryptage",
        r"explications",
        r"tribune",
        r"chronique",
        r"éditorial",
        r"opinion",
        r"en\s+direct",
        r"recette",
    ),
    closing_phrases=(
        (
            r"(?:cet|l['’])\s*(?:entretien|"
            r"interview)\s+a\s+été\s+(?:\w+\s+){0,2}(?:édité|condensé|raccourci|relu)"
        ),
    ),
    boilerplate_phrases={
        "related": (
            "(?:à )?lire aussi",
            "(?:à )?lire également",
            "voir aussi",
            "sur le même sujet",
            "les plus (?:lus|partagés)",
        ),
        "newsletter": ("newsletters?",),
        "credit": (
            "crédit(?:s)? photo",
            "crédit",
        ),
        "advertisement": (
            "publicité",
            "la suite après (?:la|cette) publicité",
        ),
        "share": ("partager",),
        "comments": ("commentaires?",),
        "promo": ("video",),
        "tags": (
            "mots-clés",
            "étiquettes",
            "class[ée] (?:dans|sous)",
        ),
        "author_bio": ("à propos de l[’']auteur",),
        "other": (r"en bref(?=\s*:)",),
        "footer": ("mentions légales",),
        "editorial_note": (
            "correction",
            "note de la rédaction",
            "rectificatif",
        ),
    },
    role_labels=w("rédaction"),
    journalist_titles=w("journaliste rédacteur rédactrice correspondant correspondante"),
    host_roles=w("présentateur présentatrice animateur animatrice"),
    guest_roles=w("invité invitée"),
    not_name_words=w(
        """
        le les une et ou mais dans avec pour par sur est il elle nous vous ce cette sous sans
        chez vers entre depuis pendant entretien entrevue photo
        """
    ),
    organisation_words=w(
        "université institut centre presse république unis états rédaction redaction"
    ),
    name_particles=w("de du des la le"),
    articles=w("le la les un une"),
    boilerplate_prompts={
        "newsletter": (
            r"abonnez-vous\b",
            "inscrivez-vous (?:à|a) (?:notre|la) newsletter",
            "recevez (?:notre|la) newsletter",
        ),
        "share": (
            (
                "partager (?:sur|via) (?:facebook|twitter|x|linkedin|whatsapp|telegram|"
                r"e-?mail|correo)\b"
            ),
            "partagez cet article",
        ),
        "comments": (
            "laisser un commentaire",
            "laissez un commentaire",
        ),
        "promo": (
            "(?:écouter|écoutez) cet article",
            r"suivez-nous\b",
            "(?:vous avez aimé|cet article vous a plu)",
            (
                r"soutenez\b[^.!?]{0,60}\b(?:patreon|steady|ko-fi|buy me a coffee|tipeee|"
                r"liberapay|memberful)\b"
            ),
            "écoutez (?:l'|l’)?(?:interview|entretien|émission|épisode)",
        ),
        "sponsor": (
            r"sponsorisé par\b",
            "contenu sponsorisé",
        ),
    },
    rule_phrases={
        "html.author-bio": ("journaliste",),
        "html.newsletter-prompt.prefilter": ("abonn", "inscri"),
        "cue.article-particle": ("la", "le"),
        "html.poll-count.voted": ("vote",),
        "html.poll-count": ("personnes", "votes"),
        "boilerplate.section-label": ("tribune", "entretien", "portrait", "analyse", "reportage"),
        "boilerplate.masthead-byline.credit": ("entretien",),
        "boilerplate.credit-line.photo-by": ("de", "par"),
        "cue.told-capitals": (r"a\s+dit\s+à",),
        "cue.rights-reserved": ("tous droits",),
        "cue.interviewee-after": (
            r"interview\s+de",
            r"conversation\s+avec",
            r"entretien\s+avec",
            r"entrevue\s+avec",
            r"rencontre\s+avec",
        ),
        "cue.interviewee-after.prefilter": (
            "interview",
            "conversation",
            "entretien",
            "entrevue",
            "rencontre",
        ),
        "cue.interviewee-before": (
            r"nous\s+parle",
            "explique",
            "répond",
            r"a\s+répondu",
            "raconta?",
        ),
        "cue.interviewee-before.prefilter": ("parle", "répond", "raconta", "expl"),
        "cue.interviewer-after": (
            r"questions\s+de",
            r"aux\s+questions\s+de",
            r"Propos\s+recueillis\s+par",
            r"entretien\s+réalisé\s+par",
        ),
        "cue.interviewer-after.prefilter": ("questions", "propos", "entretien"),
        "cue.interviewer-after.comma-by": ("par",),
        "cue.talk": (r"(?:a\s+)?parl[ée]\s+avec",),
        "cue.talk.prefilter": ("parl",),
        "cue.interviewed": (r"(?:a\s+)?interviewé",),
        "cue.interviewed.prefilter": ("interview",),
        "cue.topic": ("sur",),
        "cue.teaser-topic": ("sur",),
        "cue.headline-verb": ("sur", "parle"),
        "cue.role-line.our": ("notre",),
        "cue.address-title": ("Monsieur", "Madame"),
        "cue.photo-credit": ("crédit",),
        "boilerplate.maintenance-notice": (
            "cet article (?:nécessite|ne cite pas|est une ébauche)\\b",
            (
                r"(?:la dernière modification de )?cette page a été (?:modifiée|faite) "
                r"(?:pour la dernière fois )?le\b"
            ),
        ),
        "cue.thanks": ("merci",),
        "cue.thanks.to": ("à",),
        "cue.genre-title": (
            "guide",
            r"mode\s+d['’]emploi",
            r"questions\s+fréquentes",
            r"ce\s+qu['’]il\s+faut\s+savoir",
        ),
        "cue.genre-intro": (r"(?:cette|ce)\s+(?:guide|fiche\s+pratique)",),
        "segment.genre-kicker": (
            "tribune",
            "chronique",
            "éditorial",
            "édito",
            r"point\s+de\s+vue",
            "décryptage",
        ),
        "cue.reportage": (
            r"a\s+(?:déclaré|annoncé|indiqué)",
            r"ont\s+(?:déclaré|annoncé)",
        ),
        "cue.reported": (
            "selon",
            "affirme",
            "explique",
        ),
        "cue.others-say": (
            "disent",
            "affirment",
            "critiquent",
            "plaignent",
        ),
        "cue.points-back": (
            "cela",
            "ça",
        ),
        "cue.speech-tag": (
            "dit",
            "explique",
            "raconte",
            "confie",
            "ajoute",
            "lance",
            "répond",
            "affirme",
            "assure",
            "précise",
        ),
        "cue.speech-tag.pronouns": (
            "il",
            "elle",
            "ils",
            "elles",
        ),
        "html.related-heading": (
            "à lire aussi",
            "lire aussi",
            "pour approfondir",
            "sur le même sujet",
        ),
        "boilerplate.newsletter-prompt": (
            r"abonnez-vous\b",
            r"inscrivez-vous\b",
        ),
        "boilerplate.signup-close": (r"inscrivez-vous\s+(?:ici|maintenant)",),
        "boilerplate.media-runtime": (
            "écouter",
            "écoutez",
            "regarder",
            "regardez",
        ),
        "boilerplate.programme-line": ("émission",),
        "boilerplate.donation-appeal.when": (
            "aujourd['’]hui",
            "maintenant",
        ),
        "boilerplate.donation-appeal": (
            r"faites\s+un\s+don",
            "donnez",
        ),
        "boilerplate.donation-appeal.support": ("soutenez",),
        "boilerplate.copyright-line": (r"tous\s+droits\s+réservés",),
        "boilerplate.copyright-line.prefilter": ("reserv",),
        "boilerplate.dateline.relative-time": (
            r"il\s+y\s+a\s+\d{1,3}\s+(?:minutes?|heures?|jours?)",
        ),
        "boilerplate.dateline.reading-time.after": (r"de\s+lecture",),
        "boilerplate.dateline.reading-time.before": (r"temps\s+de\s+lecture",),
        "boilerplate.photo-credit-line": (
            "photo",
            "crédit",
        ),
        "boilerplate.related-heading": (
            r"(?:à\s+)?lire\s+aussi",
            r"voir\s+aussi",
        ),
        "boilerplate.also-appeared": (
            r"cet\s+(?:article|entretien)\s+a\s+(?:d'abord\s+)?été\s+publié",
        ),
        "boilerplate.podcast-promo": (
            r"retrouvez\s+cette\s+(?:interview|émission)",
            (
                r"écoutez\s+(?:l['’]\s?|le\s+|la\s+|notre\s+|cet\s+|ce\s+|"
                r"nos\s+)(?:\w+\s+)?(?:interview|entretien|émission|épisode|podcast|"
                "intégralité|chronique|reportage|débat)"
            ),
        ),
        "boilerplate.interview-credit": (r"propos\s+recueillis\s+par",),
        "html.related-link-line": (
            "lire aussi",
            "à lire aussi",
        ),
        "html.share-button": ("partager",),
        "html.newsletter-prompt": (
            "inscrivez-vous",
            "abonnez-vous",
        ),
        "html.advertisement-label": (
            "publicité",
            "pub",
        ),
        "html.photo-credit.by": (
            "de",
            "par",
        ),
        "html.comments-prompt.count": ("commentaires?",),
        "html.tag-list": ("mots-clés",),
        "html.author-box-heading": ("à propos de l'auteur",),
        "html.editors-note": (
            "note de la rédaction",
            r"n\.?\s?d\.?\s?r\.?",
        ),
        "html.reading-time.after": ("de lecture",),
        "html.reading-time.before": (
            "temps de lecture",
            "lecture",
        ),
        "html.fact-box-heading": (
            r".{0,60}\ben chiffres",
            "en bref",
        ),
        "segment.recalled-words": (
            r"vous\s+(?:avez\s+(?:\w+\s+)?(?:dit|écrit|évoqué|raconté)|disiez|écriviez)",
        ),
        "boilerplate.follow-prompt": (
            "suivez",
            "rejoignez",
            "abonnez-vous",
            "retrouvez",
            "lisez",
        ),
        "boilerplate.follow-prompt.where": (
            "sur",
            "notre",
            "nos",
        ),
        "boilerplate.masthead-publication-word": (
            "écho",
            "gazette",
            "courrier",
            "revue",
        ),
        "boilerplate.share-button": (
            "imprimer",
            r"copier\s+le\s+lien",
        ),
        "boilerplate.credit-line": (
            "auteure?",
            (
                r"(?:text|texte|texto|testo|tekst)(?:\s+(?:und|and|&|et|y|e|i)\s+(?:fotos?|"
                "photos?|bilder))?"
            ),
            "entretien",
            "présentation",
        ),
        "cue.write-to-us": (r"[ée]crivez[-\s]nous",),
        "cue.author-voice": (
            "voici",
            "voyons",
            "passons",
        ),
        "boilerplate.comments-header": ("commentaires?",),
        "boilerplate.comments-header.prompt": (r"laisser\s+un\s+commentaire",),
        "boilerplate.sponsor-disclosure": (r"contenu\s+sponsoris",),
        "boilerplate.sponsor-disclosure.prefilter": ("sponsor",),
        "boilerplate.affiliate-disclosure.modal": ("nous",),
        "boilerplate.affiliate-disclosure.earn": (
            "percevoir",
            "recevoir",
            "toucher",
        ),
        "boilerplate.affiliate-disclosure.commission": ("commissions?",),
        "boilerplate.affiliate-disclosure.route": (r"(?:via|par)\s+(?:ces|nos|les)\s+liens",),
        "boilerplate.affiliate-disclosure.contains": ("contient",),
        "boilerplate.affiliate-disclosure": (r"liens?\s+d['’]affiliation",),
        "boilerplate.affiliate-disclosure.prefilter": (
            "commissi",
            "affiliat",
        ),
        "boilerplate.dateline.time-at": ("à",),
        "boilerplate.dateline.time-suffix": ("h",),
        "cue.told-publication": (r"a\s+dit\s+à",),
        "cue.announces": (
            r"est\s+paru",
            r"en\s+vente",
        ),
        "cue.announces.until": ("jusqu['’](?:au|à)",),
        "boilerplate.follow-prompt.us": (
            "nous",
            "notre",
            "nos",
        ),
        "boilerplate.author-bio.verb": (
            "est",
            "était",
        ),
    },
    not_label_words=w("lire voir exemple remarque résumé par légende attention information"),
    object_pronouns=w("lui elle eux"),
    and_words=w("et"),
    ordinal_suffixes=w("er"),
    definite_articles=w("le la"),
)
