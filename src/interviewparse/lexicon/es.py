"""Spanish."""

from __future__ import annotations

from ._model import Lexicon, w

LEXICON = Lexicon(
    code="es",
    name="Spanish",
    question_labels=w("p pregunta entrevistador periodista"),
    answer_labels=w("r respuesta"),
    interrogatives=w(
        """
        qué que por cómo como cuándo cuando dónde donde quién quien quiénes cuál cuáles cuánto
        cuántos hay puede podría es son ha han
        """
    ),
    request_verbs=w("cuéntenos cuéntanos cuente háblenos explíquenos describa díganos"),
    address_pronouns=w("usted ustedes tú tu te ti tus su sus puede pueden podría"),
    first_person=w("yo me mi mis nos nosotros nosotras nuestro nuestra nuestros"),
    third_person=w("él ella ellos ellas"),
    stopwords=w(
        """
        el los las del que es por con para una se su lo como más pero sus le ya muy fue han
        está son también sobre hay esta entre cuando
        """
    ),
    months=(
        w("enero ene"),
        w("febrero feb"),
        w("marzo mar"),
        w("abril abr"),
        w("mayo"),
        w("junio jun"),
        w("julio jul"),
        w("agosto ago"),
        w("septiembre setiembre sep sept"),
        w("octubre oct"),
        w("noviembre nov"),
        w("diciembre dic"),
    ),
    weekdays=(
        w("lunes lun"),
        w("martes mar"),
        w("miércoles mié"),
        w("jueves jue"),
        w("viernes vie"),
        w("sábado sáb"),
        w("domingo dom"),
    ),
    dateline_phrases=(
        r"publicado(?:\s+(?:el|em|a\s+las))?",
        r"actualizado(?:\s+el)?",
    ),
    byline_phrases=(
        "por",
        r"escrito\s+por",
        r"ver\s+todas\s+las\s+entradas\s+de",
    ),
    job_titles=w(
        """
        presidente profesor profesora alcalde alcaldesa fundador director directora autor
        candidato candidata investigadora investigador historiador historiadora biógrafo
        biógrafa novelista poeta compositor compositora sociólogo psicólogo psicóloga físico
        física analista diplomático diplomática fotógrafo fotógrafa activista empresario
        empresaria músico música bailarín bailarina presentadora presentador médica médico
        enfermera enfermero arquitecta arquitecto cocinera cocinero escritora escritor actriz
        abogada abogado periodista doctora agricultora educadora educador remadora remador
        """
    ),
    honorifics=w("sr sra srta señor señora don doña presidente"),
    interview_phrases=(
        r"le\s+preguntamos",
        r"(?:nos\s+)?reunimos\s+con",
        r"conversó\s+con",
        r"(?:la|esta|una)\s+conversación",
        r"recibió\s+a\s+este\s+(?:diario|medio|periódico)",
        r"respondió\s+(?:a\s+)?(?:las\s+)?preguntas",
        r"entrevista(?:do|da|mos)?",
        r"conversamos\s+con",
        r"habló\s+con",
        r"preguntas\s+a",
        r"charla(?:mos)?\s+con",
        r"diálogo\s+con",
    ),
    not_interview_phrases=(
        r"guía",
        r"preguntas\s+frecuentes",
        r"claves",
        r"(?:lo\s+)?que\s+hay\s+que\s+saber",
        r"consejos",
        r"trucos",
        r"reseña",
        r"crítica",
        r"opinión",
        r"columna",
        r"tribuna",
        r"análisis",
        r"receta",
        r"en\s+directo",
        r"paso\s+a\s+paso",
    ),
    closing_phrases=(
        (
            r"(?:esta|la)\s+entrevista\s+(?:ha\s+sido|fue)\s+(?:\w+\s+){0,2}(?:editada|"
            "condensada)"
        ),
    ),
    boilerplate_phrases={
        "related": (
            "lee también",
            "lea también",
            "leer más",
            "te puede interesar",
            "noticias relacionadas",
            "(?:lee|lea|leer) (?:también|además)",
            "ver también",
            "lo más (?:leído|visto)",
            "(?:las )?más leídas",
        ),
        "newsletter": ("newsletters?",),
        "credit": (
            "fot(?:ó|o(?:s|grafie|grafia|grafía)?)",
            "imagen",
            "crédito",
        ),
        "advertisement": (
            "publicidad",
            "sigue leyendo (?:debajo|abajo)",
        ),
        "share": ("compartir",),
        "comments": ("comentarios?",),
        "promo": (
            "video",
            "vídeo",
        ),
        "tags": (
            "etiquetas",
            "temas",
            "archivado en",
        ),
        "author_bio": ("sobre (?:el|la|o|a) autor(?:a)?",),
        "other": (r"ficha(?: técnica)?(?=\s*:)",),
        "footer": (
            "aviso legal",
            "política de privacidad",
        ),
        "editorial_note": (
            "nota (?:del editor|de la redacción)",
            "fe de erratas",
        ),
    },
    role_labels=w("redacción redaccion"),
    question_class_words=w("pregunta"),
    answer_class_words=w("respuesta"),
    journalist_titles=w("periodista redactor redactora corresponsal"),
    host_roles=w("presentador presentadora"),
    guest_roles=w("invitado invitada"),
    not_name_words=w(
        """
        el la los las un una y o pero en con por para del al es su sus qué cómo sobre sin desde
        hasta hacia tras bajo entrevista exclusiva exclusivo foto
        """
    ),
    organisation_words=w(
        "universidad instituto centro república estados unidos naciones unidas liga redacción"
    ),
    name_particles=w("de del la"),
    articles=w("el la los las un una"),
    boilerplate_prompts={
        "newsletter": (
            r"suscr[ií]bete\b",
            r"suscríbase\b",
            "recibe (?:nuestra|la) newsletter",
            (
                "(?:recibe|reciba|apúntate a|suscríbete a) (?:nuestra|la|el|nuestro) "
                "(?:newsletter|boletín)"
            ),
        ),
        "share": (
            (
                "compartir (?:en|por|via) (?:facebook|twitter|x|linkedin|whatsapp|telegram|"
                r"e-?mail|correo)\b"
            ),
            "comparte (?:esta|este) (?:noticia|artículo)",
        ),
        "comments": ("deja (?:un|tu) comentario",),
        "promo": (
            "escuchar? (?:este|el) artículo",
            r"síguenos\b",
            "(?:te|le) ha gustado (?:esta|este) (?:entrevista|artículo)",
            (
                r"(?:apoya|apóyanos)\b[^.!?]{0,60}\b(?:patreon|steady|ko-fi|buy me a coffee|"
                r"tipeee|liberapay|memberful)\b"
            ),
            r"hazte (?:socio|socia|mecenas|miembro)\b",
            "escucha (?:la|el) (?:entrevista|episodio|podcast)",
        ),
        "sponsor": (
            "contenido patrocinado",
            r"patrocinado por\b",
        ),
    },
    rule_phrases={
        "html.author-bio": ("periodista", "redactor", "redactora"),
        "html.newsletter-prompt.prefilter": ("suscr",),
        "cue.article-particle": ("la",),
        "html.byline.credit": ("texto", "autor"),
        "html.poll-count.voted": ("votado",),
        "html.poll-count": ("personas",),
        "boilerplate.section-label": ("opinión", "análisis", "entrevista", "reportaje"),
        "boilerplate.masthead-byline.credit": ("entrevista", "texto"),
        "boilerplate.credit-line.photo-by": ("de", "por"),
        "cue.told-capitals": (r"declar[óo]\s+a",),
        "cue.rights-reserved": ("todos los derechos",),
        "cue.interviewee-after": (
            r"conversación\s+con",
            r"charla\s+con",
            "considera",
            "sostiene",
            "asegura",
            "afirma",
            "advierte",
            r"entrevista\s+con",
            r"plática\s+con",
        ),
        "cue.interviewee-after.prefilter": (
            "entrevista",
            "conversación",
            "charla",
            "plática",
            "sostiene",
            "asegura",
            "afirma",
            "advierte",
            "considera",
        ),
        "cue.interviewee-before": ("habla", "explica", "responde"),
        "cue.interviewee-before.prefilter": ("habla", "responde", "expl"),
        "cue.interviewer-after": (r"entrevista\s+(?:de|por|realizada\s+por)", "entrevista:"),
        "cue.interviewer-after.prefilter": ("entrevista",),
        "cue.interviewer-after.comma-by": ("por",),
        "cue.talk": (r"habl[óo]\s+con", r"convers[óo]\s+con"),
        "cue.talk.prefilter": ("habl", "convers"),
        "cue.talk-verb": ("habl", "convers"),
        "cue.interviewed": (r"entrevistó\s+a",),
        "cue.interviewed.prefilter": ("entrevistó",),
        "cue.topic": ("sobre",),
        "cue.teaser-topic": ("sobre",),
        "cue.headline-verb": ("sobre", "habla"),
        "cue.role-line.our": ("nuestro", "nuestra"),
        "cue.address-title": ("Señor", "Señora"),
        "cue.photo-credit": ("fotos?", "imagen"),
        "cue.pro-drop-talk": ("Habló", "Conversó"),
        "boilerplate.maintenance-notice": (
            "este artículo (?:requiere|necesita|es un esbozo|no cita)\\b",
            "esta página se editó por última vez\\b",
        ),
        "cue.thanks": ("gracias",),
        "cue.thanks.to": (
            "a",
            "al",
        ),
        "cue.genre-title": (
            "guía",
            r"preguntas\s+frecuentes",
        ),
        "cue.genre-intro": (r"esta\s+guía",),
        "segment.genre-kicker": (
            "opinión",
            "tribuna",
            "columna",
            "guía",
        ),
        "cue.reportage": (
            "dijo",
            "dijeron",
            "afirmó",
            "anunció",
        ),
        "cue.reported": (
            "dice",
            "dijo",
            "explica",
        ),
        "cue.others-say": (
            "dicen",
            "critican",
            "quejan",
        ),
        "cue.points-back": (
            "eso",
            "esto",
            "ello",
        ),
        "cue.speech-tag": (
            "dice",
            "dijo",
            "explica",
            "cuenta",
            "afirma",
            "asegura",
            "añade",
            "comenta",
            "responde",
            "señala",
        ),
        "cue.speech-tag.pronouns": (
            "ella",
            "él",
        ),
        "html.related-heading": (
            "te puede interesar",
            "también te puede interesar",
            "lee también",
            "lea también",
            "le puede interesar",
            "noticias relacionadas",
            "relacionad[oa]s?",
        ),
        "boilerplate.newsletter-prompt": (r"suscr[ií]bete\b",),
        "boilerplate.signup-close": (
            r"regístrate\s+(?:aquí|ahora)",
            r"suscríbete\s+(?:aquí|ahora)",
        ),
        "boilerplate.media-runtime": (
            "escucha",
            "escuchar",
        ),
        "boilerplate.media-runtime.units": ("minutos",),
        "boilerplate.programme-line": ("programa",),
        "boilerplate.donation-appeal.when": (
            "hoy",
            "ahora",
            "aquí",
        ),
        "boilerplate.donation-appeal": (r"haz\s+(?:una\s+donación|un\s+donativo)",),
        "boilerplate.donation-appeal.support": (
            "apoya",
            "apoye",
        ),
        "boilerplate.source-line": ("fuente",),
        "boilerplate.copyright-line": (r"todos\s+los\s+derechos\s+reservados",),
        "boilerplate.copyright-line.prefilter": ("reserv",),
        "boilerplate.dateline.relative-time": (r"hace\s+\d{1,3}\s+(?:minutos?|horas?|días?)",),
        "boilerplate.dateline.reading-time.units": ("minutos",),
        "boilerplate.dateline.reading-time.after": (r"de\s+lectura",),
        "boilerplate.dateline.reading-time.before": (r"tiempo\s+de\s+lectura",),
        "boilerplate.photo-credit-line": (
            "foto",
            "fotos",
            "imagen",
            "crédito",
        ),
        "boilerplate.related-heading": (
            r"te\s+puede\s+interesar",
            r"lee\s+también",
            r"leer\s+más",
        ),
        "boilerplate.also-appeared": (r"este\s+(?:artículo|texto)\s+(?:fue\s+publicado|apareció)",),
        "boilerplate.interview-credit": (r"entrevista\s+(?:realizada\s+)?por",),
        "html.related-link-line": (
            "te puede interesar",
            "lee también",
        ),
        "html.share-button": ("compartir",),
        "html.newsletter-prompt": ("suscr[ií]bete",),
        "html.advertisement-label": ("publicidad",),
        "html.photo-credit": (
            "foto",
            "fotos",
            "fuente",
            "crédito",
            "créditos",
            "imagen",
        ),
        "html.photo-credit.by": (
            "de",
            "por",
        ),
        "html.comments-prompt.count": ("comentarios?",),
        "html.comments-prompt": ("deja tu comentario",),
        "html.tag-list": (
            "temas",
            "etiquetas",
        ),
        "html.tag-list-heading": ("temas",),
        "html.author-box-heading": ("sobre el autor",),
        "html.editors-note": ("nota del editor",),
        "html.editors-note.disclaimer": ("las opiniones expresadas",),
        "html.reading-time.units": ("minutos",),
        "html.reading-time.after": ("de lectura",),
        "html.reading-time.before": (
            "tiempo de lectura",
            "lectura",
        ),
        "html.fact-box-heading": (r".{0,60}\ben cifras",),
        "segment.recalled-words": (
            r"usted\s+(?:dijo|ha\s+dicho|escribió|mencionó)",
            r"(?:dijo|ha\s+dicho)\s+usted",
            r"(?:has\s+dicho|dijiste|escribiste)",
        ),
        "boilerplate.follow-prompt": (
            "síguenos",
            "sigue",
            "siga",
            "síganos",
            "únete",
            "suscríbete",
            "lee",
        ),
        "boilerplate.follow-prompt.where": (
            "en",
            r"nuestr\w*",
        ),
        "boilerplate.masthead-publication-word": (
            "diario",
            "periódico",
            "correo",
            "heraldo",
            "semanario",
            "voz",
        ),
        "boilerplate.share-button": (
            "imprimir",
            r"copiar\s+(?:enlace|link)",
        ),
        "boilerplate.credit-line": (
            "entrevista",
            "moderación",
            "presentador[a]?",
        ),
        "cue.write-to-us": (
            "escr[íi]b(?:e|a)nos",
            "escr[íi]banos",
        ),
        "cue.author-voice": (
            "veamos",
            r"vamos\s+a",
            r"aquí\s+(?:está|están)",
        ),
        "boilerplate.comments-header": ("comentarios?",),
        "boilerplate.comments-header.prompt": (r"deja\s+un\s+comentario",),
        "boilerplate.sponsor-disclosure": (r"contenido\s+patrocinado\b",),
        "boilerplate.sponsor-disclosure.prefilter": ("patrocinado",),
        "boilerplate.affiliate-disclosure.modal": ("podemos",),
        "boilerplate.affiliate-disclosure.earn": (
            "recibir",
            "ganar",
        ),
        "boilerplate.affiliate-disclosure.commission": ("comisi[oó]n",),
        "boilerplate.affiliate-disclosure.route": (
            r"(?:a\s+través\s+de|mediante)\s+(?:estos|nuestros|los)\s+enlaces",
        ),
        "boilerplate.affiliate-disclosure.contains": ("contiene",),
        "boilerplate.affiliate-disclosure": (r"enlaces?\s+de\s+afiliad[oa]s?",),
        "boilerplate.affiliate-disclosure.prefilter": (
            "comisi",
            "affiliat",
        ),
        "boilerplate.dateline.time-at": (r"a\s+las",),
        "cue.told-publication": (r"declar[óo]\s+a",),
        "cue.announces": (r"a\s+la\s+venta",),
        "cue.announces.until": (r"hasta\s+el",),
        "cue.announces.pages": ("páginas",),
        "boilerplate.caption-credit-tail.bracket": (
            "foto",
            "imagen",
        ),
        "boilerplate.caption-credit-tail.paren": (
            "foto",
            "imagen",
        ),
        "boilerplate.caption-credit-tail": (
            "foto",
            "fotografía",
            "imagen",
        ),
        "boilerplate.follow-prompt.us": (
            "nosotros",
            r"nuestr\w*",
        ),
        "boilerplate.author-bio.verb": (
            "es",
            "era",
        ),
    },
    not_label_words=w("foto fotos fuente nota ver fecha ejemplo por leyenda"),
    label_joiners=w("y"),
    object_pronouns=w("él ella"),
    and_words=w("y"),
    date_joiners=w("de del"),
    definite_articles=w("el"),
)
