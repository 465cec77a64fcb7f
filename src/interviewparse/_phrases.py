"""Multilingual boilerplate phrases, compiled into two anchored patterns.

Publishers in every language wrap interviews in the same clutter: "read also" links, newsletter
prompts, photo credits, sponsor labels, share bars, comment prompts, podcast/video promos, tag
lists, author boxes and editor's notes. The rules in :mod:`interviewparse.boilerplate` and the
HTML reader's hints know the wording of a few languages each; this module holds one table per
kind for EN, DE, FR, ES, IT, PT, NL, PL, RU, TR, ZH, JA and AR and compiles it into two
patterns, so that a block is tested with one anchored ``match`` instead of one search per
phrase.

Both patterns are anchored at the start of the block and the callers apply them only to short
blocks, because an answer may well *mention* a newsletter or a photo mid-sentence:

* :data:`HEAD` — a label phrase that is the whole block or is followed by a colon or an arrow
  ("Leia também: ...", "Foto: ...", "Tags: ...", "相关阅读", "اقرأ أيضا:").
* :data:`PROMPT` — an imperative that opens the block and may run on ("Iscriviti alla newsletter
  per ricevere ...", "Abone olun", "订阅我们的", "Suscríbete a ..."), narrow enough that
  it does not open an answer.

:func:`phrase_kind` returns the kind (a :class:`~interviewparse.BoilerplateKind`) or ``None``.
"""

from __future__ import annotations

import re

from .models import BoilerplateKind as K

__all__ = ["HEAD", "PROMPT", "phrase_kind"]

#: Label phrases per kind. Each must be followed by a colon/arrow or close the block.
_HEADS: dict[K, tuple[str, ...]] = {
    K.RELATED: (
        # en, de, fr, es, it, pt, nl, pl, ru, tr, zh, ja, ar
        r"read (?:also|more)",
        r"see also",
        r"related(?: (?:articles?|stories|news|content|posts?|reading|coverage))?",
        r"more on this(?: story| topic)?",
        r"lesen sie (?:auch|mehr|hier)",
        r"mehr zum thema",
        r"auch interessant",
        r"(?:à )?lire aussi",
        r"(?:à )?lire également",
        r"voir aussi",
        r"sur le même sujet",
        r"lee también",
        r"lea también",
        r"leer más",
        r"te puede interesar",
        r"noticias relacionadas",
        r"leggi anche",
        r"leggi (?:l'|l’)?(?:articolo|altro)",
        r"potrebbe interessarti",
        r"articoli correlati",
        r"leia (?:também|mais)",
        r"veja também",
        r"saiba mais",
        r"notícias relacionadas",
        r"lees (?:ook|meer)",
        r"zie ook",
        r"gerelateerd(?:e artikelen)?",
        r"czytaj (?:też|także|również|więcej)",
        r"zobacz (?:też|także|również)",
        r"читайте (?:также|тоже)",
        r"смотрите также",
        r"по теме",
        r"ayrıca (?:okuyun|bakınız|bkz\.?)",
        r"ilgili (?:haberler|haber|yazılar)",
        r"bunlar da ilginizi çekebilir",
        r"ilginizi çekebilir",
        r"相关阅读",
        r"相關閱讀",
        r"延伸阅读",
        r"延伸閱讀",
        r"推荐阅读",
        r"相关新闻",
        r"関連記事",
        r"あわせて読みたい",
        r"こちらもおすすめ",
        # "اقرأ أيضا", "اقرأ أيضاً", "اقرأ أيضًا", "إقرأ ايضا": with or without hamza and tanwin
        "[اأإ]قر[أا] [أإا]يض(?:ا\u064b?|\u064bا)",
        r"[اأإ]قر[أا] المزيد",
        r"مواضيع ذات صلة",
        # more languages: en, es, sv/da/no, fi, pl, uk, cs, id/ms, hi, ko, vi
        r"(?:also read|read next)",
        r"(?:lee|lea|leer) (?:también|además)",
        r"ver también",
        r"l[äæ]s (?:också|även|mer|også)",
        r"les også",
        r"lue myös",
        r"przeczytaj (?:też|także|również)",
        r"читайте (?:також|теж)",
        r"дивіться також",
        r"čtěte (?:také|též)",
        r"baca (?:juga|selengkapnya)",
        r"simak juga",
        r"lihat juga",
        r"(?:इसे|ये|यह) भी पढ़ें",
        r"और पढ़ें",
        r"관련 ?기사",
        r"함께 (?:읽|보)[^:：]{0,12}",
        r"(?:đọc|xem) thêm",
        # the lists of most-read stories under an article
        r"most (?:read|popular|viewed|shared)(?: (?:stories|articles|now|today))?",
        r"trending(?: now| stories)?",
        r"don[’']t miss",
        r"meistgelesen(?:e artikel)?",
        r"am meisten gelesen",
        r"les plus (?:lus|partagés)",
        r"lo más (?:leído|visto)",
        r"(?:las )?más leídas",
        r"i più (?:letti|visti)",
        r"(?:as )?mais lidas",
        r"meest gelezen",
        r"najczęściej czytane",
        r"самое читаемое",
        r"найпопулярніше",
        r"en çok okunan(?:lar)?",
        r"terpopuler",
        r"热门文章",
        r"熱門文章",
        r"人気記事",
        r"많이 본 뉴스",
        r"الأكثر قراءة",
    ),
    K.NEWSLETTER: (
        r"newsletters?",
        r"nieuwsbrief",
        r"biuletyn",
        r"рассылка",
        r"bülten",
        r"e-?bülten",
        r"ニュースレター",
        r"النشرة البريدية",
    ),
    K.CREDIT: (
        r"photos?",
        r"photograph(?:y|s)?",
        r"photo credits?",
        r"image(?: credit)?s?",
        r"picture",
        r"credits?",
        r"crédit(?:s)? photo",
        r"crédit",
        r"fot(?:ó|o(?:s|grafie|grafia|grafía)?)",
        r"bild(?:er)?",
        r"imagen",
        r"crédito",
        r"zdjęcie",
        r"fot\.",
        r"фото(?:графия)?",
        r"снимок",
        r"fotoğraf",
        r"görsel",
        r"摄影",
        r"攝影",
        r"图片来源",
        r"圖片來源",
        r"供图",
        r"写真",
        r"撮影",
        r"画像",
        r"صورة",
        r"تصوير",
        r"الصورة",
        # a caption labelled "图：" / "圖：" (picture), "配图"
        r"图",
        r"圖",
        r"配图",
        r"配圖",
        # editor and proofreader credits under an article: "责任编辑：…", "Redakcja: …"
        r"责任编辑",
        r"責任編輯",
        r"编辑",
        r"編輯",
        r"责编",
        r"責編",
        r"审核",
        r"審核",
        r"校对",
        r"校對",
        r"编审",
        r"編審",
        r"监制",
        r"監製",
        r"编集",
        r"編集",
        r"編集担当",
        r"edited by [^\W\d_][\w.'’ -]{1,40}",
        r"redigiert von [^\W\d_][\w.'’ -]{1,40}",
        r"redaktion",
        r"redakcja",
        r"redaktor(?: prowadzący)?",
        r"редактор",
        r"editör",
        r"تحرير",
    ),
    K.ADVERTISEMENT: (
        r"advertisement",
        r"anzeige",
        r"werbung",
        r"publicité",
        r"publicidad",
        r"pubblicità",
        r"publicidade",
        r"advertentie",
        r"reklama",
        r"реклама",
        r"reklam",
        r"广告",
        r"廣告",
        r"広告",
        r"إعلان",
        r"(?:skip|close) advertisement",
        r"(?:story|article) continues below(?: (?:advertisement|this ad))?",
        r"advertisement[ -]+(?:scroll|continue reading)(?: (?:to continue|below))?",
        r"continue reading (?:below|the main story)",
        r"weiter nach der (?:anzeige|werbung)",
        r"la suite après (?:la|cette) publicité",
        r"sigue leyendo (?:debajo|abajo)",
    ),
    K.SHARE: (
        r"share(?: this(?: article| story)?)?",
        r"teilen",
        r"partager",
        r"compartir",
        r"condividi",
        r"compartilhe",
        r"compartilhar",
        r"delen",
        r"udostępnij",
        r"поделиться",
        r"paylaş",
        r"分享",
        r"シェア",
        r"شارك",
        # "Dela artikeln", "Bagikan", "Поділитися", "この記事をシェア", "LINEで送る", "Copy link"
        r"dela(?: artikeln)?",
        r"del artiklen",
        r"bagikan(?: artikel(?: ini)?)?",
        r"поділитися",
        r"शेयर करें",
        r"この記事を(?:シェア|共有)(?:する)?",
        r"lineで送る",
        r"공유하기",
        r"(?:copy|copiar|copier|kopieren|copia|kopiuj|skopiuj|kopiera|salin) (?:the )?"
        r"(?:link|enlace|le lien|lien|tautan)",
        r"link kopieren",
        r"(?:копировать|скопировать|копіювати|скопіювати) посилання",
        r"(?:копировать|скопировать) ссылку",
        r"リンクをコピー",
        r"复制链接",
        r"複製連結",
    ),
    K.COMMENTS: (
        r"comments?",
        r"kommentare?",
        r"commentaires?",
        r"comentarios?",
        r"commenti",
        r"comentários?",
        r"reacties",
        r"komentarze",
        r"комментарии",
        r"yorumlar",
        r"评论",
        r"評論",
        r"コメント",
        r"التعليقات",
    ),
    K.PROMO: (
        r"podcast",
        r"video",
        r"vídeo",
        r"audio",
        r"watch",
        r"listen",
        r"wideo",
        r"видео",
        r"подкаст",
        r"视频",
        r"動画",
        r"فيديو",
    ),
    K.TAGS: (
        r"tags?",
        r"topics",
        r"themen",
        r"schlagw(?:orte|örter)",
        r"mots-clés",
        r"étiquettes",
        r"etiquetas",
        r"temas",
        r"argomenti",
        r"tag",
        r"onderwerpen",
        r"tagi",
        r"tematy",
        r"теги",
        r"темы",
        r"etiketler",
        r"konular",
        r"标签",
        r"標籤",
        r"タグ",
        r"الوسوم",
        # "Archivado en", "Filed under", "Explore more on these topics"
        r"(?:explore )?more on (?:these|this) topics?",
        r"filed (?:under|in)",
        r"archivado en",
        r"arquivado em",
        r"archiviato (?:in|sotto)",
        r"class[ée] (?:dans|sous)",
        r"abgelegt unter",
        r"ämnen",
        r"emner",
        r"aiheet",
        r"теми",
        r"topik",
        r"キーワード",
        r"关键词",
        r"關鍵詞",
    ),
    K.AUTHOR_BIO: (
        r"about the author",
        r"über (?:den autor|die autorin)",
        r"à propos de l[’']auteur",
        r"sobre (?:el|la|o|a) autor(?:a)?",
        r"l[’']autore",
        r"over de auteur",
        r"o autorze",
        r"об авторе",
        r"yazar hakkında",
        r"作者简介",
        r"作者簡介",
        r"著者紹介",
        r"عن الكاتب",
    ),
    K.OTHER: (
        # a fact box on the person, always with its colon: "Fakta: ...", "Zur Person: ..."
        r"(?:fakta|fakten|facts|fact ?(?:box|file)|key facts|zur person|steckbrief|en bref"
        r"|ficha(?: técnica)?|scheda|справка|довідка)(?=\s*:)",
    ),
    K.FOOTER: (
        r"reuse this content",
        r"print this (?:article|page)",
        r"(?:alle )?rechte vorbehalten",
        r"all rights reserved",
        r"impressum",
        r"datenschutz(?:erklärung)?",
        r"privacy policy",
        r"terms (?:of (?:use|service)|and conditions)",
        r"cookie (?:settings|policy|preferences)",
        r"mentions légales",
        r"aviso legal",
        r"política de privacidad",
    ),
    K.EDITORIAL_NOTE: (
        r"editor[’']s note",
        r"correction",
        r"anmerkung der redaktion",
        r"korrektur",
        r"note de la rédaction",
        r"rectificatif",
        r"nota (?:del editor|de la redacción|della redazione|do editor|da redação)",
        r"fe de erratas",
        r"rettifica",
        r"errata",
        r"noot van de redactie",
        r"correctie",
        r"od redakcji",
        r"sprostowanie",
        r"от редакции",
        r"поправка",
        r"editörün notu",
        r"düzeltme",
        r"编者按",
        r"編者按",
        r"更正",
        r"編集部注",
        r"訂正",
        r"ملاحظة المحرر",
        r"تصحيح",
    ),
}

#: Imperatives that open a block and may run on: ``(kind, phrases)``.
_PROMPTS: dict[K, tuple[str, ...]] = {
    K.NEWSLETTER: (
        r"subscribe to (?:our|the|this)\b",
        r"sign up (?:for|to) (?:our|the)\b",
        r"sign up here\b",
        r"get (?:our|the) [\w’' -]{0,30}newsletter",
        r"newsletter abonnieren",
        r"(?:jetzt )?(?:kostenlos )?abonnieren\b",
        r"abonnieren sie\b",
        r"melden sie sich (?:jetzt )?für (?:unseren|den) newsletter",
        r"abonnez-vous\b",
        r"inscrivez-vous (?:à|a) (?:notre|la) newsletter",
        r"recevez (?:notre|la) newsletter",
        r"suscr[ií]bete\b",
        r"suscríbase\b",
        r"recibe (?:nuestra|la) newsletter",
        r"iscriviti (?:alla|alle|al|gratis)\b",
        # (not "Abbonati e lettori ci chiedono …": the plural noun opens answers)
        r"abbonati (?:ora|subito|oggi|qui|gratis|alla newsletter|al nostro)\b",
        r"assine (?:a|nossa|o)\b",
        r"inscreva-se\b",
        r"receba (?:a|nossa) newsletter",
        r"abonneer (?:je|u)\b",
        r"meld je aan voor\b",
        r"schrijf je in voor\b",
        r"zapisz się (?:do|na) (?:newslett|nasz|bezpłatn)\w*",
        r"zasubskrybuj\b",
        r"подпишитесь\b",
        r"подписывайтесь\b",
        r"abone ol",
        r"bültenimize (?:abone|kaydol)",
        r"订阅",
        r"訂閱",
        r"关注我们",
        # "欢迎关注我们的公众号", "扫码关注", "長按二維碼關注": follow-the-account prompts
        r"(?:欢迎|歡迎|扫码|掃碼|长按[^，。]{0,10}|長按[^，。]{0,10})(?:关注|關注)",
        r"(?:关注|關注)(?:我们|我們|本报|本報|本号|本號|公众号|公眾號)",
        r"メルマガ",
        r"購読(?:する|はこちら|登録)",
        r"اشترك(?:وا)?\b",
        r"اشترك في",
        # "Sign up to <Weekly>: ...", "Recibe el boletín ...", "Підписуйтеся на ...",
        # "Prenumerera på vårt nyhetsbrev", "Berlangganan newsletter"
        r"sign up (?:for|to) [^.!?:]{1,50}:",
        r"(?:recibe|reciba|apúntate a|suscríbete a) (?:nuestra|la|el|nuestro)"
        r" (?:newsletter|boletín)",
        r"підписуйте?(?:ся|сь)\b",
        r"підпишіться\b",
        r"prenumerera på\b",
        r"anmäl dig till (?:vårt|vår|nyhetsbrevet)",
        r"(?:berlangganan|daftar|langganan) (?:newsletter|buletin)",
        r"सब्सक्राइब करें",
    ),
    K.SHARE: (
        r"share (?:this|on|via|to|by) (?:article|story|facebook|twitter|x|linkedin|whatsapp"
        r"|telegram|reddit|pinterest|bluesky|threads|e-?mail|messenger)\b",
        r"(?:compartir|compartilhar|partager|condividi|teilen) (?:en|no|sur|su|auf|via|por)"
        r" (?:facebook|twitter|x|linkedin|whatsapp|telegram|e-?mail|correo)\b",
        r"diesen artikel teilen",
        r"partagez cet article",
        r"comparte (?:esta|este) (?:noticia|artículo)",
        r"condividi (?:questo|su)\b",
        r"compartilhe (?:esta|este)\b",
        r"deel dit artikel",
        r"udostępnij (?:ten|na)\b",
        r"поделитесь\b",
        r"haberi paylaş",
        r"分享到",
    ),
    K.COMMENTS: (
        r"leave a (?:comment|reply)\b",
        r"join the (?:discussion|conversation)\b",
        r"schreiben sie einen kommentar",
        r"kommentar schreiben",
        r"laisser un commentaire",
        r"laissez un commentaire",
        r"deja (?:un|tu) comentario",
        r"lascia un commento",
        r"deixe (?:um|seu) comentário",
        r"laat een reactie achter",
        r"dodaj komentarz",
        r"оставьте комментарий",
        r"yorum yap",
        r"发表评论",
        r"コメントを書く",
        r"أضف تعليق",
    ),
    K.PROMO: (
        r"listen to (?:the|this|our) (?:full )?(?:interview|episode|podcast|segment|story"
        r"|conversation|show|programme|program|article)\b",
        r"(?:artikel|beitrag) (?:anhören|vorlesen lassen)",
        r"(?:écouter|écoutez) cet article",
        r"escuchar? (?:este|el) artículo",
        r"ascolta (?:questo|l['’])\s?articolo",
        r"ouvir (?:este|o) artigo",
        r"follow us (?:on|@)",
        r"folgen sie uns\b",
        r"suivez-nous\b",
        r"síguenos\b",
        r"seguici\b",
        r"siga-nos\b",
        r"volg ons\b",
        r"obserwuj nas\b",
        r"bizi takip edin\b",
        r"تابعونا\b",
        r"(?:हमें )?फॉलो करें",
        r"ikuti (?:kami|kabar|berita|akun|media sosial)\b",
        r"(?:simak|dapatkan|baca) (?:berita|informasi|update|artikel)[^.!?]{0,60}\b(?:di|via) "
        r"(?:google news|whatsapp|telegram|instagram|youtube|facebook)\b",
        r"следите за (?:нами|новостями)\b",
        r"(?:стежте|слідкуйте) за\b",
        r"följ oss\b",
        r"(?:enjoyed|liked|did you (?:enjoy|like)) this (?:interview|article|story|piece|post"
        r"|conversation|episode|newsletter)\b",
        r"(?:hat|gefällt) ihnen (?:dieses|das|der|dieser)"
        r" (?:interview|artikel|text|beitrag|gespräch)",
        r"(?:vous avez aimé|cet article vous a plu)",
        r"(?:te|le) ha gustado (?:esta|este) (?:entrevista|artículo)",
        # support on a membership platform: "Apoya <Podcast> en Patreon", "Support us on Ko-fi"
        r"(?:support|apoya|apóyanos|unterstütze|unterstützen sie|soutenez|sostieni|apoie|wesprzyj"
        r"|поддержите|підтримайте|dukung|destekleyin)\b[^.!?]{0,60}\b(?:patreon|steady|ko-fi"
        r"|buy me a coffee|tipeee|liberapay|memberful)\b",
        r"become a (?:member|patron|paid subscriber|supporter)\b",
        r"hazte (?:socio|socia|mecenas|miembro)\b",
        r"werde(?:n sie)? (?:mitglied|unterstützer(?:in)?)\b",
        r"watch the (?:full )?(?:interview|video)\b",
        r"hören sie (?:das|hier|den)\b",
        r"écoutez (?:l'|l’)?(?:interview|entretien|émission|épisode)",
        r"escucha (?:la|el) (?:entrevista|episodio|podcast)",
        r"ascolta (?:l'|l’)?(?:intervista|episodio|podcast)",
        r"ouça (?:a|o) (?:entrevista|episódio|podcast)",
        r"luister (?:naar )?(?:het|de) (?:interview|aflevering|podcast)",
        # what to listen to is named: "Слушайте, я не знаю" and "Posłuchaj, …" open answers
        r"posłuchaj (?:podcastu|rozmowy|wywiadu|audycji|odcinka|całej)\b",
        r"слушайте (?:нас|подкаст|наш|выпуск|эфир|интервью|передачу|программу|полную)\w*",
        r"dinleyin\s*[:：]",
        r"收听(?:节目|完整|本期|播客|音频)",
        r"(?:ポッドキャスト|音声|番組|インタビュー)を(?:聴く|聞く)",
        r"استمع (?:إلى|الى) (?:المقابلة|الحلقة|البودكاست|الحوار)",
    ),
    K.SPONSOR: (
        r"sponsored by\b",
        r"presented by\b",
        r"in partnership with\b",
        r"gesponsert von\b",
        r"präsentiert von\b",
        r"sponsorisé par\b",
        r"contenu sponsorisé",
        r"contenido patrocinado",
        r"patrocinado por\b",
        r"contenuto sponsorizzato",
        r"sponsorizzato da\b",
        r"conteúdo patrocinado",
        r"gesponsord door\b",
        r"artykuł sponsorowany",
        r"materiał sponsorowany",
        r"на правах рекламы",
        r"при поддержке\b",
        r"sponsorlu içerik",
        r"(?:赞助|贊助)(?:商|单位|單位)?\s*[:：]",
        r"提供：",
        r"スポンサー(?:リンク|\s*[:：])",
        r"محتوى (?:مدعوم|ممول)",
        r"برعاية",
    ),
}


def _alternatives(table: dict[K, tuple[str, ...]]) -> str:
    """One named group per kind (``g0``, ``g1``, ...), in the table's order."""
    return "|".join(f"(?P<g{i}>{'|'.join(words)})" for i, words in enumerate(table.values()))


#: Up to three leading marks ("» ", "▶ ", "* ", "— ") may precede the phrase.
_LEAD = r"^[^\w\s]{0,3}\s*"

HEAD = re.compile(
    _LEAD + r"(?:" + _alternatives(_HEADS) + r")"
    r"(?:\s*\(\d+\))?"  # a count: "Kommentare (12)"
    # a colon or arrow, then anything; or only closing punctuation to the end of the block
    r"(?:\s*[:：›»>|–—]|\s*[.…!»›>:：]*\s*$)",
    re.IGNORECASE,
)
PROMPT = re.compile(_LEAD + r"(?:" + _alternatives(_PROMPTS) + r")", re.IGNORECASE)
_HEAD_KINDS = tuple(_HEADS)
_PROMPT_KINDS = tuple(_PROMPTS)

#: The longest block (in characters) a head label may open: "Foto: ..." captions run long.
HEAD_MAX_CHARS = 240
#: The longest block a prompt may open: a newsletter box's sentence or two.
PROMPT_MAX_CHARS = 260


def phrase_kind(text: str) -> K | None:
    """The boilerplate kind whose label or prompt opens ``text``, or ``None``.

    Only short blocks qualify; a long paragraph that opens "Photo:" or "Subscribe to our ..." is
    someone's answer (or a page the caller handles otherwise)."""
    size = len(text)
    if size <= HEAD_MAX_CHARS:
        match = HEAD.match(text)
        if match is not None and match.lastgroup is not None:
            return _HEAD_KINDS[int(match.lastgroup[1:])]
    if size <= PROMPT_MAX_CHARS:
        match = PROMPT.match(text)
        if match is not None and match.lastgroup is not None:
            return _PROMPT_KINDS[int(match.lastgroup[1:])]
    return None
