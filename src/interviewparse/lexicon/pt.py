"""Portuguese."""

from __future__ import annotations

from ._model import Lexicon, w

LEXICON = Lexicon(
    code="pt",
    name="Portuguese",
    question_labels=w("p pergunta entrevistador"),
    answer_labels=w("r resposta"),
    interrogatives=w("que como quando onde quem qual quais quanto quantos quantas por será existe"),
    request_verbs=w("conte fale explique descreva"),
    address_pronouns=w("você vocês senhor senhora tu te teu tua seus suas"),
    first_person=w("me meu minha nós nosso nossa"),
    third_person=w("ele ela eles elas"),
    stopwords=w(
        """
        o os da do das dos que não uma com para por mais como mas foi ao pelo pela são também
        ela ele está isso muito já nos
        """
    ),
    months=(
        w("janeiro jan"),
        w("fevereiro fev"),
        w("março mar"),
        w("abril abr"),
        w("maio mai"),
        w("junho jun"),
        w("julho jul"),
        w("agosto ago"),
        w("setembro set"),
        w("outubro out"),
        w("novembro nov"),
        w("dezembro dez"),
    ),
    weekdays=(
        w("segunda-feira"),
        w("terça-feira"),
        w("quarta-feira"),
        w("quinta-feira"),
        w("sexta-feira"),
        w("sábado"),
        w("domingo"),
    ),
    dateline_phrases=(
        r"publicado(?:\s+em)?",
        r"atualizado(?:\s+em)?",
    ),
    byline_phrases=(
        "por",
        r"escrito\s+por",
        r"ver\s+todos\s+os\s+(?:posts|artigos)\s+de",
    ),
    job_titles=w(
        """
        presidente autor pesquisadora pesquisador historiador historiadora biógrafo poeta
        compositor compositora psicólogo psicóloga físico física analista fotógrafo fotógrafa
        músico música educadora educador remadora remador enfermeira enfermeiro arquiteta
        arquiteto cantora atriz advogada advogado prefeita prefeito cozinheira cozinheiro
        jornalista escritora escritor
        """
    ),
    honorifics=w("sr sra dona presidente"),
    interview_phrases=(
        r"pergunt[áa]mos",
        r"encontr[áa]mos",
        r"convers[áa]mos",
        r"(?:a|esta|uma)\s+conversa",
        r"respondeu\s+(?:às|as)\s+perguntas",
        r"entrevista(?:do|da)?",
        r"conversou\s+com",
        r"conversamos\s+com",
        r"perguntas\s+a",
        r"bate-papo",
    ),
    not_interview_phrases=(
        r"guia",
        r"perguntas\s+frequentes",
        r"o\s+que\s+saber",
        r"dicas",
        r"resenha",
        r"crítica",
        r"opinião",
        r"coluna",
        r"análise",
        r"receita",
        r"ao\s+vivo",
    ),
    closing_phrases=(r"(?:esta|a)\s+entrevista\s+foi\s+(?:\w+\s+){0,2}(?:editada|condensada)",),
    boilerplate_phrases={
        "related": (
            "leia (?:também|mais)",
            "veja também",
            "saiba mais",
            "notícias relacionadas",
            "(?:as )?mais lidas",
        ),
        "newsletter": ("newsletters?",),
        "credit": (
            "fot(?:ó|o(?:s|grafie|grafia|grafía)?)",
            "crédito",
        ),
        "advertisement": ("publicidade",),
        "share": (
            "compartilhe",
            "compartilhar",
        ),
        "comments": ("comentários?",),
        "promo": (
            "video",
            "vídeo",
        ),
        "tags": ("arquivado em",),
        "author_bio": ("sobre (?:el|la|o|a) autor(?:a)?",),
        "editorial_note": (
            "nota (?:do editor|da redação)",
            "errata",
        ),
    },
    question_class_words=w("pergunta"),
    answer_class_words=w("resposta"),
    journalist_titles=w("repórter redator redatora correspondente"),
    host_roles=w("apresentador apresentadora"),
    guest_roles=w("convidado convidada"),
    not_name_words=w("o os as um uma com por para que não ela ele elas eles entrevista foto"),
    organisation_words=w("universidade instituto centro são redação"),
    name_particles=w("da de do dos das"),
    boilerplate_prompts={
        "newsletter": (
            r"assine (?:a|nossa|o)\b",
            r"inscreva-se\b",
            "receba (?:a|nossa) newsletter",
        ),
        "share": (
            (
                "compartilhar (?:no|por|via) (?:facebook|twitter|x|linkedin|whatsapp|"
                r"telegram|e-?mail|correo)\b"
            ),
            r"compartilhe (?:esta|este)\b",
        ),
        "comments": ("deixe (?:um|seu) comentário",),
        "promo": (
            "ouvir (?:este|o) artigo",
            r"siga-nos\b",
            (
                r"apoie\b[^.!?]{0,60}\b(?:patreon|steady|ko-fi|buy me a coffee|tipeee|"
                r"liberapay|memberful)\b"
            ),
            "ouça (?:a|o) (?:entrevista|episódio|podcast)",
        ),
        "sponsor": (
            r"patrocinado por\b",
            "conteúdo patrocinado",
        ),
    },
    rule_phrases={
        "boilerplate.masthead-byline.credit": ("entrevista", "texto"),
        "cue.rights-reserved": ("todos os direitos",),
        "cue.interviewee-after": (r"entrevista\s+(?:com|a)",),
        "cue.interviewee-after.prefilter": ("entrevista",),
        "cue.interviewee-before": ("responde", "respondeu"),
        "cue.interviewee-before.prefilter": ("responde",),
        "cue.talk": (r"conversou\s+com", r"convers[oa]u\s+com"),
        "cue.talk.prefilter": ("convers",),
        "cue.photo-credit": ("fotos?",),
        "cue.pro-drop-talk": ("Conversou",),
        "boilerplate.maintenance-notice": (
            "este artigo (?:requer|necessita|é um esboço|não cita)\\b",
            "esta página foi editada pela última vez\\b",
        ),
        "cue.thanks": ("obrigad[oa]",),
        "cue.thanks.to": (
            "ao",
            "a",
            "do",
        ),
        "segment.genre-kicker": (
            "opinião",
            "coluna",
            "artigo",
        ),
        "cue.reportage": (
            "disse",
            "disseram",
            "afirmou",
            "anunciou",
        ),
        "cue.others-say": (
            "dizem",
            "reclamam",
            "criticam",
        ),
        "cue.points-back": (
            "isso",
            "isto",
            "disso",
        ),
        "cue.speech-tag": (
            "diz",
            "disse",
            "conta",
        ),
        "cue.speech-tag.pronouns": (
            "ela",
            "ele",
        ),
        "html.related-heading": (
            "leia também",
            "relacionad[oa]s?",
        ),
        "boilerplate.media-runtime": (
            "ouça",
            "ouvir",
            "assista",
        ),
        "boilerplate.media-runtime.units": ("minutos",),
        "boilerplate.programme-line": ("programa",),
        "boilerplate.donation-appeal.when": (
            "hoje",
            "agora",
        ),
        "boilerplate.donation-appeal": ("doe",),
        "boilerplate.donation-appeal.support": ("apoie",),
        "boilerplate.source-line": ("fonte",),
        "boilerplate.copyright-line": (r"todos\s+os\s+direitos\s+reservados",),
        "boilerplate.copyright-line.prefilter": ("reserv",),
        "boilerplate.dateline.relative-time": (r"há\s+\d{1,3}\s+(?:minutos?|horas?|dias?)",),
        "boilerplate.dateline.reading-time.units": ("minutos",),
        "boilerplate.photo-credit-line": (
            "foto",
            "crédito",
        ),
        "html.photo-credit.by": (
            "de",
            "por",
        ),
        "html.tag-list": ("temas",),
        "html.tag-list-heading": ("temas",),
        "html.reading-time.units": ("minutos",),
        "html.reading-time.after": ("de leitura",),
        "html.reading-time.before": ("tempo de leitura",),
        "segment.recalled-words": (r"(?:você|o\s+senhor|a\s+senhora)\s+(?:disse|escreveu|falou)",),
        "boilerplate.follow-prompt": (
            "siga",
            "sigam",
            "acompanhe",
            "inscreva-se",
            "leia",
        ),
        "boilerplate.follow-prompt.where": (
            "no",
            "em",
            r"noss\w*",
        ),
        "boilerplate.masthead-publication-word": (
            "diário",
            "jornal",
            "folha",
        ),
        "boilerplate.share-button": ("imprimir",),
        "boilerplate.credit-line": ("entrevista",),
        "cue.write-to-us": ("escreva-nos",),
        "boilerplate.dateline.time-at": ("às",),
        "cue.announces": (r"à\s+venda",),
        "cue.announces.until": (r"até\s+(?:o\s+)?dia",),
        "cue.announces.pages": ("páginas",),
        "boilerplate.caption-credit-tail": (
            "foto",
            "fotografia",
        ),
        "boilerplate.follow-prompt.us": (
            "nós",
            r"noss\w*",
        ),
        "boilerplate.author-bio.verb": (
            "é",
            "foi",
        ),
    },
    label_joiners=w("e"),
    object_pronouns=w("ele ela"),
    and_words=w("e"),
    date_joiners=w("de"),
)
