"""Italian."""

from __future__ import annotations

from ._model import Lexicon, w

LEXICON = Lexicon(
    code="it",
    name="Italian",
    question_labels=w("d domanda"),
    answer_labels=w("r risposta"),
    interrogatives=w(
        "che cosa perché come quando dove chi quale quali quanto quanta quanti quante"
    ),
    request_verbs=w("raccontaci racconti descriva spieghi"),
    address_pronouns=w("voi vostro vostra vostri tu ti te tuo tua tuoi"),
    first_person=w("io mi me noi mio mia miei nostro nostra"),
    third_person=w("lui lei"),
    stopwords=w(
        """
        il gli della che di è per non una sono con del nella alla anche come più ma questo
        hanno essere stato molto delle degli
        """
    ),
    months=(
        w("gennaio gen"),
        w("febbraio feb"),
        w("marzo mar"),
        w("aprile apr"),
        w("maggio mag"),
        w("giugno giu"),
        w("luglio lug"),
        w("agosto ago"),
        w("settembre set"),
        w("ottobre ott"),
        w("novembre nov"),
        w("dicembre dic"),
    ),
    weekdays=(
        w("lunedì"),
        w("martedì"),
        w("mercoledì"),
        w("giovedì"),
        w("venerdì"),
        w("sabato"),
        w("domenica"),
    ),
    dateline_phrases=(
        r"pubblicato(?:\s+il)?",
        r"aggiornato(?:\s+il)?",
    ),
    byline_phrases=(
        "di",
        r"scritto\s+da",
        r"tutti\s+gli\s+articoli\s+di",
    ),
    job_titles=w(
        """
        presidente direttrice direttore ricercatrice ricercatore storico storica biografo
        biografa poeta sociologa psicologo psicologa fisico analista candidato candidata
        conduttore conduttrice presentatore presentatrice liutaio infermiera infermiere
        architetta architetto scrittrice scrittore attrice attore avvocata sindaco sindaca
        cuoca cuoco
        """
    ),
    honorifics=w(
        """
        signor signora signore dott dottor dottore dottoressa ing professore professoressa
        avvocato ingegnere maestro maestra presidente
        """
    ),
    interview_phrases=(
        r"(?:gli|le)\s+abbiamo\s+chiesto",
        r"(?:l['’])?abbiamo\s+incontrat[oa]",
        r"(?:la|questa|una)\s+conversazione",
        r"ha\s+risposto\s+alle\s+(?:nostre\s+)?domande",
        r"intervista(?:to|ta)?",
        r"a\s+colloquio\s+con",
        r"abbiamo\s+parlato\s+con",
        r"domande\s+a",
        r"conversazione\s+con",
    ),
    not_interview_phrases=(
        r"guida",
        r"domande\s+frequenti",
        r"cosa\s+sapere",
        r"consigli",
        r"recensione",
        r"opinione",
        r"commento",
        r"editoriale",
        r"rubrica",
        r"ricetta",
        r"in\s+diretta",
    ),
    closing_phrases=(
        (
            r"(?:questa|l['’])\s*intervista\s+è\s+stata\s+(?:\w+\s+){0,2}(?:editata|"
            "modificata)"
        ),
    ),
    boilerplate_phrases={
        "related": (
            "leggi anche",
            "leggi (?:l'|l’)?(?:articolo|altro)",
            "potrebbe interessarti",
            "articoli correlati",
            "i più (?:letti|visti)",
        ),
        "newsletter": ("newsletters?",),
        "credit": ("fot(?:ó|o(?:s|grafie|grafia|grafía)?)",),
        "advertisement": ("pubblicità",),
        "share": ("condividi",),
        "comments": ("commenti",),
        "promo": ("video",),
        "tags": (
            "argomenti",
            "tag",
            "archiviato (?:in|sotto)",
        ),
        "author_bio": ("l[’']autore",),
        "other": (r"scheda(?=\s*:)",),
        "editorial_note": (
            "nota della redazione",
            "rettifica",
            "errata",
        ),
    },
    question_class_words=w("domanda"),
    answer_class_words=w("risposta"),
    journalist_titles=w("giornalista redattore redattrice corrispondente"),
    host_roles=w("conduttore conduttrice moderatrice"),
    guest_roles=w("ospite"),
    not_name_words=w("il lo gli e ma nel con per che intervista esclusiva foto"),
    organisation_words=w("centro redazione"),
    name_particles=w("di da del della dei"),
    articles=w("il lo la un una"),
    boilerplate_prompts={
        "newsletter": (
            r"iscriviti (?:alla|alle|al|gratis)\b",
            r"abbonati (?:ora|subito|oggi|qui|gratis|alla newsletter|al nostro)\b",
        ),
        "share": (
            (
                "condividi (?:su|via) (?:facebook|twitter|x|linkedin|whatsapp|telegram|"
                r"e-?mail|correo)\b"
            ),
            r"condividi (?:questo|su)\b",
        ),
        "comments": ("lascia un commento",),
        "promo": (
            r"ascolta (?:questo|l['’])\s?articolo",
            r"seguici\b",
            (
                r"sostieni\b[^.!?]{0,60}\b(?:patreon|steady|ko-fi|buy me a coffee|tipeee|"
                r"liberapay|memberful)\b"
            ),
            "ascolta (?:l'|l’)?(?:intervista|episodio|podcast)",
        ),
        "sponsor": (
            "contenuto sponsorizzato",
            r"sponsorizzato da\b",
        ),
    },
    rule_phrases={
        "boilerplate.section-label": ("intervista", "opinione", "commento"),
        "boilerplate.masthead-byline.credit": ("intervista", "testo"),
        "boilerplate.credit-line.photo-by": ("di",),
        "cue.rights-reserved": ("tutti i diritti",),
        "cue.interviewee-after": (r"intervista\s+(?:a|con)",),
        "cue.interviewee-after.prefilter": ("intervista",),
        "cue.interviewee-before": ("risponde", r"ha\s+risposto"),
        "cue.interviewee-before.prefilter": ("risponde", "risposto"),
        "cue.interviewer-after": (r"intervista\s+di",),
        "cue.interviewer-after.prefilter": ("intervista",),
        "cue.talk": (r"(?:ha\s+)?parlato\s+con",),
        "cue.talk.prefilter": ("parl",),
        "cue.interviewed": ("intervistato",),
        "cue.interviewed.prefilter": ("intervistato",),
        "cue.photo-credit": ("fotos?", "immagine", r"foto\s+di"),
        "cue.pro-drop-talk": (r"Ha\s+parlato",),
        "boilerplate.maintenance-notice": (
            "questa voce (?:o sezione )?(?:necessita|è da controllare|non è neutrale)\\b",
            "questa pagina è stata modificata per l'ultima volta\b",
        ),
        "cue.thanks": ("grazie",),
        "cue.thanks.to": (
            "a",
            "alla",
        ),
        "segment.genre-kicker": (
            "opinione",
            "commento",
            "editoriale",
            "rubrica",
        ),
        "cue.reportage": (
            r"ha\s+(?:detto|dichiarato|annunciato)",
            r"hanno\s+(?:detto|annunciato)",
        ),
        "cue.others-say": (
            "dicono",
            "lamentano",
            "criticano",
        ),
        "cue.points-back": (
            "questo",
            "ciò",
        ),
        "cue.speech-tag": (
            "dice",
            "racconta",
            "spiega",
            "aggiunge",
            "afferma",
        ),
        "cue.speech-tag.pronouns": (
            "lei",
            "lui",
        ),
        "html.related-heading": (
            "leggi anche",
            "potrebbe interessarti",
        ),
        "boilerplate.signup-close": (r"iscriviti\s+(?:ora|qui)",),
        "boilerplate.media-runtime": (
            "ascolta",
            "guarda",
        ),
        "boilerplate.media-runtime.units": ("minuti",),
        "boilerplate.programme-line": (
            "programma",
            "trasmissione",
        ),
        "boilerplate.donation-appeal.when": (
            "oggi",
            "ora",
        ),
        "boilerplate.donation-appeal": ("dona",),
        "boilerplate.donation-appeal.support": ("sostieni",),
        "boilerplate.source-line": ("fonte",),
        "boilerplate.copyright-line": (r"tutti\s+i\s+diritti\s+riservati",),
        "boilerplate.copyright-line.prefilter": ("riservat",),
        "boilerplate.dateline.reading-time.units": ("minuti",),
        "boilerplate.dateline.reading-time.after": (r"di\s+lettura",),
        "boilerplate.dateline.reading-time.before": (r"tempo\s+di\s+lettura",),
        "boilerplate.photo-credit-line": ("foto",),
        "html.related-link-line": ("leggi anche",),
        "html.share-button": ("condividi",),
        "html.comments-prompt.count": ("commenti",),
        "html.reading-time.units": ("minuti",),
        "html.reading-time.after": ("di lettura",),
        "html.reading-time.before": (
            "tempo di lettura",
            "lettura",
        ),
        "segment.recalled-words": (r"hai\s+(?:detto|scritto)",),
        "boilerplate.follow-prompt": (
            "seguici",
            "segui",
            "seguite",
            "unisciti",
            "iscriviti",
            "leggi",
        ),
        "boilerplate.follow-prompt.where": (
            "su",
            r"nostr\w*",
        ),
        "boilerplate.masthead-publication-word": (
            "gazzetta",
            "giornale",
            "corriere",
        ),
        "boilerplate.share-button": ("stampa",),
        "boilerplate.credit-line": (
            "autore",
            "autrice",
            "intervista",
        ),
        "cue.write-to-us": ("scriv(?:ici|eteci)",),
        "boilerplate.affiliate-disclosure.modal": ("possiamo",),
        "boilerplate.affiliate-disclosure.earn": ("ricevere",),
        "boilerplate.affiliate-disclosure.commission": ("commissione",),
        "boilerplate.affiliate-disclosure.route": (r"tramite\s+(?:questi|i\s+nostri)\s+link",),
        "boilerplate.affiliate-disclosure.contains": ("contiene",),
        "boilerplate.affiliate-disclosure": (r"link\s+di\s+affiliazione",),
        "boilerplate.affiliate-disclosure.prefilter": (
            "commissi",
            "affiliat",
        ),
        "boilerplate.dateline.time-at": ("alle",),
        "cue.announces": (
            r"in\s+programma",
            r"in\s+vendita",
        ),
        "cue.announces.until": (r"fino\s+al",),
        "cue.announces.pages": ("pagine",),
        "boilerplate.caption-credit-tail": (
            "foto",
            "fotografia",
        ),
        "boilerplate.follow-prompt.us": (
            "noi",
            r"nostr\w*",
        ),
        "boilerplate.author-bio.verb": (
            "è",
            "era",
        ),
    },
    and_words=w("e"),
    definite_articles=w("il"),
)
