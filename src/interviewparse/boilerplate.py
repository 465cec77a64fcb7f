"""Label the blocks that are publisher clutter, not the interview. Nothing is dropped: each
verdict names a :class:`~interviewparse.BoilerplateKind` and the rule that fired.

The rules here look at a block's text (and, for runs, its neighbours), so they apply to blocks
of any format; a reader's own hint (an HTML ``<figcaption>``, a front-matter line) comes first.
Each rule is narrow on purpose — a phrase that only clutter uses, a short block, a position — so
that real answer text is never eaten: a false "boilerplate" loses interview text, which is worse
than a caption left in the intro.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import attrs

from ._phrases import phrase_kind
from .blocks import Block, BlockKind, Document
from .models import BoilerplateKind

__all__ = ["Verdict", "label_boilerplate"]


@attrs.frozen
class Verdict:
    """Why a block is boilerplate: its kind, the reason for a person, and the id of the rule that
    fired (:mod:`interviewparse.rules`), which is what code compares."""

    kind: BoilerplateKind
    reason: str
    rule: str = attrs.field(kw_only=True)


_I = re.IGNORECASE
_WORDS = re.compile(r"\w+")

_CAPTION_TAIL = re.compile(
    r"(?:\[[^\[\]]{0,30}\b(?:photo|foto|image|picture|bild|imagen|illustration|фото)\b[^\[\]]{0,30}\]"
    r"|[(（]\s*(?:photo|photograph|foto|image|picture|bild|imagen|фото|摄影|攝影|撮影|写真|图片|圖片)"
    r"\s*[:：][^()（）]{1,80}[)）]"
    r"|\((?-i:[A-Z]|dpa|afp|epa|ap)[^()/]{0,40}/\s?(?-i:[A-Z])[^()/]{0,40}\)"
    r"|\((?:reuters|ap|afp|dpa|epa|getty(?:\s+images)?|ap\s+photo|keystone|imago)\)"
    # "... at the harbour. Photo: AP" - an unbracketed credit after the caption's last sentence
    r"|(?<=[.!?।])\s(?:photo|photograph|foto|fotografía|fotografia|image|picture|bild|imagen|фото"
    r"|світлина|फोटो|तस्वीर)(?:\s?credit)?\s?:\s?[^.:()]{1,60}"
    # "图为……。摄影：王磊", "……。写真：山田": a CJK/Arabic credit after the caption
    r"|(?<=[。．.!?！？])\s*(?:摄影|攝影|图|圖|图片|圖片|供图|写真|撮影|صورة|تصوير)\s?[:：]\s?[^。.:：()]{1,30}"
    # "... in her vineyard. © Lucas Martin": a copyright credit after the caption's sentence
    r"|(?<=[.!?])\s(?:©|ⓒ)\s?[^.©ⓒ]{1,60}"
    # "……。（本报记者 陈浩 摄）": a bracketed CJK credit that closes with "摄" (photographed by)
    r"|[（(][^（）()]{1,40}(?:摄|攝|摄影|攝影)\s?[)）])"
    r"\s*$",
    _I,
)
_CAPTION_HEAD = re.compile(
    r"^(?:photo|foto|fotos|image|picture|bild|imagen|photograph|credit|crédit|crédito|фото)"
    r"\s*(?:credit\s*)?:\s*\S"
    # the abbreviations that open a Polish or Czech caption without a colon: "Fot. Jan Nowak"
    r"|^(?:fot|zdj|rys)\.\s*\S",
    _I,
)
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "januar|jänner|februar|märz|mai|juni|juli|oktober|dezember|"
    "janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|"
    "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"
)
_WEEKDAYS = (
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
    "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    "lunes|martes|miércoles|jueves|viernes|sábado|domingo"
)
_DATELINE = re.compile(
    rf"^(?:(?:{_WEEKDAYS}),?\s+)?(?:"
    rf"(?:{_MONTHS})\s+\d{{1,2}},?\s+\d{{4}}"
    rf"|\d{{1,2}}\.?\s+(?:de\s+)?(?:{_MONTHS})\s+(?:de\s+)?\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?"
    r"|\d{1,2}[./]\d{1,2}[./]\d{2,4}"
    r")\.?$",
    _I,
)
#: Month names and their short forms in the languages of the phrase tables and a few more (SV,
#: DA/NO, PL and RU/UK genitives, TR, ID, HI, AR), for the broader dateline below.
_MONTH_WORDS = (
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    "jän mär okt dez janv févr avr juil sept déc ene abr ago dic gen mag giu lug set ott "
    "fev out dez mei mrt maj agu agt ags des "
    "januari februari maart mars april juni juli augustus augusti oktober "
    "januar februar märz marts mai juni juli august oktober desember dezember "
    "janvier février avril juin juillet août septembre octobre novembre décembre "
    "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre "
    "diciembre gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre "
    "janeiro fevereiro março maio junho julho setembro outubro novembro dezembro "
    "maret agustus "
    "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada "
    "grudnia января февраля марта апреля мая июня июля августа сентября октября ноября декабря "
    "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня "
    "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık "
    "जनवरी फ़रवरी फरवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर सितम्बर अक्टूबर अक्तूबर नवंबर "
    "नवम्बर दिसंबर दिसम्बर يناير فبراير مارس أبريل ابريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر "
    "نوفمبر ديسمبر "
    "january february march may june july august september october november december"
)
_MONTH_WORD = "|".join(sorted(set(_MONTH_WORDS.split()), key=len, reverse=True))
#: A calendar date, in figures or with the month's name (as :mod:`.dates` reads them).
_DATE_CORE = re.compile(
    r"(?<!\w)(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./](?:\d{4}|\d{2})"
    r"|\d{4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日|\d{4}년\s?\d{1,2}월\s?\d{1,2}일"
    rf"|\d{{1,2}}(?:\.|st|nd|rd|th|er)?\s+(?:de\s+)?(?:{_MONTH_WORD})\.?,?\s+(?:de\s+|del\s+)?\d{{4}}"
    rf"|(?:{_MONTH_WORD})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    r")(?!\w)",
    _I,
)
_WEEKDAY_WORDS = (
    "mon tue tues wed thu thur thurs fri sat sun mo di mi do fr sa so lun mar mer jeu ven sam dim "
    "mié jue vie sáb dom "
    "måndag tisdag onsdag torsdag fredag lördag söndag mandag tirsdag torsdag lørdag søndag "
    "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag lunedì martedì mercoledì giovedì "
    "venerdì sabato domenica segunda-feira terça-feira quarta-feira quinta-feira sexta-feira "
    "poniedziałek wtorek środa czwartek piątek sobota niedziela понедельник вторник среда "
    "четверг пятница суббота воскресенье понеділок вівторок середа четвер п'ятниця субота неділя "
    "pazartesi salı çarşamba perşembe cuma cumartesi pazar senin selasa rabu kamis jumat jum'at "
    "sabtu minggu ahad सोमवार मंगलवार बुधवार गुरुवार शुक्रवार शनिवार रविवार الاثنين الثلاثاء "
    "الأربعاء الخميس الجمعة السبت الأحد"
)
_WEEKDAY_WORD = "|".join(
    sorted(set(_WEEKDAY_WORDS.split()) | set(_WEEKDAYS.split("|")), key=len, reverse=True)
)
#: What may stand beside the date on a date line: the word for "published" or "updated" (and
#: its preposition), a weekday, a time and its zone, a reading time, a place before a dash.
_DATELINE_LABEL = (
    r"(?:(?:first\s+|last\s+)?(?:published|updated|posted|modified)(?:\s+(?:on|at))?"
    r"|veröffentlicht(?:\s+am)?|aktualisiert(?:\s+am)?|erschienen(?:\s+am)?|stand"
    r"|publié(?:\s+le)?|mis\s+à\s+jour(?:\s+le)?|publicado(?:\s+(?:el|em|a\s+las))?"
    r"|actualizado(?:\s+el)?|atualizado(?:\s+em)?|pubblicato(?:\s+il)?|aggiornato(?:\s+il)?"
    r"|gepubliceerd(?:\s+op)?|bijgewerkt(?:\s+op)?|publicerad|uppdaterad|udgivet|opdateret"
    r"|publisert|oppdatert|julkaistu|päivitetty|opublikowano|zaktualizowano|aktualizacja"
    r"|опубликовано|обновлено|опубліковано|оновлено|ефір(?:\s+від)?|эфир(?:\s+от)?"
    r"|yayınlanma(?:\s+tarihi)?|güncelleme|güncellendi|diterbitkan|dipublikasikan|diperbarui"
    r"|terbit|प्रकाशित|अपडेट(?:ेड)?|发布时间|發佈時間|发布于|发表于|更新时间|更新時間|公開日|更新日"
    r"|投稿日|配信日|입력|수정|نشر\s+في|تاريخ\s+النشر|آخر\s+تحديث)"
)
#: A time that is not a calendar date: "3 hours ago", "vor 2 Stunden", "il y a 5 minutes"
#: (a date line only beside the word for "published" or "updated"), and a reading time: "4 min
#: read", "Lesezeit: 4 Min.".
_RELATIVE_TIME = re.compile(
    r"(?<!\w)(?:\d{1,3}\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago"
    r"|vor\s+\d{1,3}\s+(?:minuten|stunden|tagen)|il\s+y\s+a\s+\d{1,3}\s+(?:minutes?|heures?|jours?)"
    r"|hace\s+\d{1,3}\s+(?:minutos?|horas?|días?)|há\s+\d{1,3}\s+(?:minutos?|horas?|dias?))(?!\w)",
    _I,
)
_READING_TIME = re.compile(
    r"(?<!\w)(?:\d{1,3}\s?(?:min(?:ute)?s?|minuten|minutos|minuti)\.?\s+(?:read|lesezeit"
    r"|de\s+lecture|de\s+lectura|di\s+lettura|leestijd|czytania|läsning|чтения|читання|baca"
    r"|okuma)|(?:reading\s+time|lesezeit|lesedauer|temps\s+de\s+lecture|tiempo\s+de\s+lectura"
    r"|tempo\s+di\s+lettura|leestijd|czas\s+czytania|время\s+чтения|okuma\s+süresi)\s*:?\s*"
    r"\d{1,3}\s?(?:min(?:ute)?s?|minuten|minutos|minuti)?\.?)(?!\w)",
    _I,
)
_DATELINE_EXTRAS = re.compile(
    rf"(?<!\w)(?:{_DATELINE_LABEL}"
    rf"|(?:{_WEEKDAY_WORD})\.?"
    r"|(?:(?:at|um|à|a\s+las|às|alle|om|kl\.?|klo|o|в|о)\s+)?(?:\d{1,2}[:.]\d{2}(?:[:.]\d{2})?"
    r"(?:\s*(?:am|pm|a\.\s?m\.|p\.\s?m\.|uhr|h|hrs))?|\d{1,2}\s?h\s?\d{2}|\d{1,2}h)"
    r"|(?:utc|gmt)?\s?[+-]\d{1,2}(?::?\d{2})?"
    r"|utc|gmt|bst|cet|cest|eet|eest|wet|west|msk|ist|jst|kst|wib|wita|wit|est|edt|cst|cdt|mst"
    r"|mdt|pst|pdt|et|pt|aest|aedt|hkt|sgt|brt|trt|sast)(?!\w)",
    _I,
)
_DATELINE_LABEL_ALONE = re.compile(rf"(?<!\w){_DATELINE_LABEL}(?!\w)", _I)
#: A place before the date: "Sevilla - 28 JUN 2026", "BERLIN, 3. Juni 2026".
_DATELINE_PLACE = re.compile(
    r"^(?!(?i:by|von|por|par|door|av|af|oleh|przez)\s)"
    r"(?-i:[A-ZÀ-ÞА-ЯЁІЇЄ])[\w'’.-]*(?:\s(?-i:[A-ZÀ-ÞА-ЯЁІЇЄ])[\w'’.-]*){0,2}"
    r"(?:,\s|\s[-–—|·]\s)"
)
_DATELINE_MAX_CHARS = 90
_DIGIT = re.compile(r"\d")


def _dateline(text: str) -> bool:
    """The block is a date line: a date, and beside it only what date lines carry (the word for
    "published" or "updated", a weekday, a time and its zone, a reading time, a place before a
    dash): "Erschienen am 03.06.2026", "Tue 19 May 2026 07.00 BST", "7 min read·Mar 30, 2026",
    "Sevilla - 28 JUN 2026 - 05:40 CEST". A sentence with a date in it ("On 3 June 2026 we
    left.") keeps words of its own and is not one."""
    if len(text) > _DATELINE_MAX_CHARS or _DIGIT.search(text) is None:
        return False
    if _DATELINE.search(text):
        return True
    rest, dates = _DATE_CORE.subn(" ", text)
    rest, readings = _READING_TIME.subn(" ", rest)
    if not dates and not readings:
        # "Updated 3 hours ago": a relative time only beside the word for "updated"
        if _DATELINE_LABEL_ALONE.search(rest) is None:
            return False
        rest, dates = _RELATIVE_TIME.subn(" ", rest)
        if not dates:
            return False
    rest = _DATELINE_PLACE.sub(" ", _DATELINE_EXTRAS.sub(" ", rest))
    return not any(c.isalnum() for c in rest)


# One leading \b for all the alternatives (^anzeige$ and ^werbung$ start at a word boundary
# anyway): positions inside words then fail at once instead of once per alternative, which made
# this the slowest rule on long paragraphs. The lookahead on the alternatives' first letters
# (Cyrillic п and н last) passes over most word starts too.
_SPONSOR = re.compile(
    r"\b(?=[tspegawcпн])(?:(?:this|the)\s+(?:stakeholder|article|content|series|story|report|project|page|coverage)"
    r"\s+(?:supports|is\s+supported|is\s+sponsored|is\s+funded|was\s+produced\s+with|"
    r"is\s+produced\s+in\s+partnership)"
    r"|sponsored\s+(?:by|content)\b|paid\s+(?:content|partnership|post)\b"
    r"|editorial\s+content\s+is\s+independent\b|gesponsert\b|^anzeige$|^werbung$"
    r"|contenido\s+patrocinado\b|contenu\s+sponsoris|при\s+поддержке\b"
    r"|на\s+правах\s+рекламы\b)",
    _I,
)
# As _SPONSOR: one \b and a lookahead on the first letters (Cyrillic п last) for all alternatives.
_NEWSLETTER = re.compile(
    r"\b(?=[snjaigп])"
    r"(?:subscribe\s+to\s+(?:our|the)\s+\w*\s*newsletters?\b|sign\s+up\s+(?:for|to)\s+(?:our|the)\b"
    r"|newsletter\s+abonnieren\b|jetzt\s+abonnieren\b|abonnez-vous\b"
    r"|inscrivez-vous\b|suscr[ií]bete\b|подпишитесь\b|get\s+our\s+newsletter\b)",
    _I,
)
#: A call to sign up that closes the block after a dash or a full stop: "Mehr ... in unserem
#: Newsletter – jetzt anmelden.", "... in our weekly email. Sign up now" (in mid-sentence the
#: same words are someone's answer).
_SIGNUP_CLOSE = re.compile(
    r"(?:^|[–—-]\s*|[.!:]\s+)(?:jetzt\s+(?:kostenlos\s+)?(?:anmelden|registrieren)"
    r"|(?:sign\s+up|register|subscribe)\s+(?:now|today|here)|inscrivez-vous\s+(?:ici|maintenant)"
    r"|regístrate\s+(?:aquí|ahora)|suscríbete\s+(?:aquí|ahora)|iscriviti\s+(?:ora|qui)"
    r"|zapisz\s+się\s+(?:teraz|tutaj))\s*[.!]?\s*$",
    _I,
)
_RELATED = re.compile(
    r"^(?:press\s+room|related(?:\s+(?:articles?|stories|news|content|posts?))?|read\s+(?:more|also)"
    r"|see\s+also|lesen\s+sie\s+(?:auch|mehr)|mehr\s+zum\s+thema|(?:à\s+)?lire\s+aussi|voir\s+aussi"
    r"|te\s+puede\s+interesar|lee\s+también|leer\s+más|читайте\s+также|recommended(?:\s+for\s+you)?"
    r"|you\s+may\s+also\s+like|more\s+from\s+\w+)\b"
    # then a colon, an arrow or the end, or a link title: "Read more books" is advice
    r"(?=\s*(?:[:：›»>|–—…-]|$)|\s+[^\w\s]|\s+(?-i:[A-ZÀ-ÞА-ЯЁ0-9]))",
    _I,
)
_ALSO_APPEARS = re.compile(
    r"^(?:dieser\s+(?:text|beitrag|artikel)\s+(?:erscheint|erschien)\s+auch"
    r"|this\s+(?:article|interview|story|piece)\s+(?:first\s+|originally\s+|also\s+)?"
    r"(?:appeared|appears|was\s+(?:first\s+|originally\s+)?published)"
    r"|cet\s+(?:article|entretien)\s+a\s+(?:d'abord\s+)?été\s+publié"
    r"|este\s+(?:artículo|texto)\s+(?:fue\s+publicado|apareció))",
    _I,
)
_PODCAST = re.compile(
    # ("Podcast enregistré le …", not "Podcast ? Non, …"; "Écoutez l'émission", not the
    # answer's "Écoutez, je ne sais pas")
    r"^(?:podcast\b(?!\s*[?？])|retrouvez\s+cette\s+(?:interview|émission)"
    r"|écoutez\s+(?:l['’]\s?|le\s+|la\s+|notre\s+|cet\s+|ce\s+|nos\s+)(?:\w+\s+)?"
    r"(?:interview|entretien|émission|épisode|podcast|intégralité|chronique|reportage|débat)"
    r"|listen\s+to\s+(?:this|the|our)\s+(?:interview|episode|podcast)|hören\s+sie\s+(?:das|hier)"
    r"|subscribe\s+to\s+(?:the|our)\s+podcast)",
    _I,
)
_INTERVIEW_CREDIT = re.compile(
    r"^(?:propos\s+recueillis\s+par|interview(?:ed)?\s+(?:by|conducted\s+by)"
    r"|(?:das\s+)?(?:interview|gespräch)\s+führten?|entrevista\s+(?:realizada\s+)?por"
    r"|беседовал[аи]?)\b",
    _I,
)
#: A disclosure that the publisher is paid for purchases through its links, in a few languages
#: (a commission and the way to it: a purchase "when you buy", "through links"):
#: "We may earn a commission when you buy through links on our site.", "Dieser Artikel enthält
#: Affiliate-Links", "... une commission sur les achats effectués via ces liens".
_AFFILIATE_ROUTE = (
    r"(?:(?:when|if)\s+you\s+(?:buy|shop|click|purchase|make\s+a\s+purchase)"
    r"|(?:through|via|from|using)\s+(?:the\s+|our\s+|these\s+|affiliate\s+)?links?"
    r"|über\s+(?:diese|unsere|die)\s+links?|(?:via|par)\s+(?:ces|nos|les)\s+liens"
    r"|(?:a\s+través\s+de|mediante)\s+(?:estos|nuestros|los)\s+enlaces"
    r"|tramite\s+(?:questi|i\s+nostri)\s+link)"
)
_AFFILIATE = re.compile(
    r"\b(?:may|might|can|could|we|wir|nous|podemos|possiamo)\s+(?:\w+\s+){0,2}?"
    r"(?:earn|receive|get|erhalten|percevoir|recevoir|toucher|recibir|ganar|ricevere)\s+"
    r"(?:\w+\s+){0,3}?(?:commissions?|provision|comisi[oó]n|commissione)\b[^.!?]{0,80}?"
    rf"\b{_AFFILIATE_ROUTE}"
    rf"|\b{_AFFILIATE_ROUTE}[^.!?]{{0,80}}\b(?:commissions?|provision|comisi[oó]n|commissione)\b"
    r"|\b(?:contains?|includes?|enthält|contient|contiene|zawiera)\s+(?:\w+\s+)?"
    r"(?:affiliate|affiliate-|partner-?)\s?links?\b"
    r"|\b(?:liens?\s+d['’]affiliation|enlaces?\s+de\s+afiliad[oa]s?|link\s+di\s+affiliazione)",
    _I,
)
_AFFILIATE_WORDS = ("commissi", "provision", "comisi", "affiliat")


def _affiliate(text: str) -> bool:
    """Holds an affiliate disclosure (:data:`_AFFILIATE`); searched only when one of its words
    is there."""
    lowered = text.lower()
    return any(map(lowered.__contains__, _AFFILIATE_WORDS)) and bool(_AFFILIATE.search(text))


_TIME_WORDS = (
    r"(?:today|now|here|monthly|heute|jetzt|hier|aujourd['’]hui|maintenant|hoy|ahora|aquí|oggi"
    r"|ora|hoje|agora|vandaag|nu|dziś|teraz|сегодня|сейчас|bugün|şimdi)"
)
_DONATE_VERBS = (
    r"(?:donate|give|make\s+a\s+(?:donation|gift)|spenden(?:\s+sie)?|faites\s+un\s+don|donnez"
    r"|dona|haz\s+(?:una\s+donación|un\s+donativo)|doe|doneer|wpłać|przekaż\s+darowiznę"
    r"|пожертвуйте|bağış\s+yapın)"
)
_SUPPORT_VERBS = (
    r"(?:support|back|unterstützen\s+sie|soutenez|apoya|apoye|apoie|sostieni|steun|wesprzyj"
    r"|поддержите|destekleyin)"
)
#: A donation appeal: "Donate today", "Jetzt spenden", "Support <the station>: donate now".
_DONATE = re.compile(
    rf"^\W{{0,3}}(?:{_DONATE_VERBS}\s+{_TIME_WORDS}|(?:jetzt|now)\s+spenden)\b\W*$"
    rf"|^\W{{0,3}}{_SUPPORT_VERBS}\b[^.!?:]{{0,60}}[:–—-]\s*{_DONATE_VERBS}\b[^.!?]{{0,40}}[.!]?$",
    _I,
)
#: A link to the audio or video of the piece with its running time: "Listen to this segment
#: (8 min)", "Listen (5 min)", "Watch the interview [12:30]", "Hören (4 Min.)".
_MEDIA_RUNTIME = re.compile(
    r"^\W{0,3}(?:(?:listen|watch|hear|escucha|escuchar|écouter|écoutez|regarder|regardez|hören"
    r"|anhören|ansehen|ascolta|guarda|ouça|ouvir|assista|luister|kijk|posłuchaj|obejrzyj"
    r"|слушать|слушайте|смотреть|смотрите|слухати|слухайте|дивитися|дивіться|dinle|dinleyin|izle"
    r"|izleyin|lyssna|titta|dengarkan|tonton|استمع|شاهد)\b|सुनें|देखें"
    r"|收听|收聽|观看|觀看)"
    r"[^.!?]{0,60}?[(\[（]\s*\d{1,3}(?:[:.]\d{2}){0,2}\s*(?:min(?:utes?|uten|utos|uti|\.)?|mins"
    r"|h|hrs?|hours?|s|secs?|seconds|minut|минут[аы]?|мин\.?|dk|dakika|分钟|分鐘|分|دقائق|دقيقة)?"
    r"\s*[)\]）]\s*$",
    _I,
)
#: A broadcaster's note on how its transcripts are made: "<Station> transcripts are created on a
#: rush deadline", "Accuracy and availability may vary", "This transcript was machine-generated".
_TRANSCRIPT_NOTE = re.compile(
    r"\btranscripts?\s+(?:is|are)\s+(?:created|produced|prepared|generated|made)\s+(?:on\s+a\s+rush"
    r"\s+deadline|by\s+(?:an?\s+)?(?:contractor|vendor|third|machine|computer|automated|software)"
    r"|automatically)"
    r"|\baccuracy\s+and\s+availability\s+may\s+vary\b"
    r"|\bthis\s+transcript\s+(?:was|has\s+been|is)\s+(?:automatically\s+|machine[- ])generated\b"
    r"|\btranskript\s+wurde\s+(?:automatisch|maschinell)\s+erstellt\b"
    # "Розшифровку підготувала редакція. Текст скорочено.", "Расшифровка: ...; текст сокращён"
    r"|\b(?:розшифровк|расшифровк)\w*\s+(?:\w+\s+)?(?:підготува|зроби|подготови|сдела)\w*"
    r"|\bтекст\s+(?:скорочено|скорочений|сокращ[её]н)",
    _I,
)
#: An agency's or the desk's credit: "(APA)", "(red)", "(dpa/lnw, 18.9.2015)", "dpa/lnw", "APA".
#: Bare, the agency is alone or followed by a separator and no word of four small letters: "Red
#: wine, mostly." and "AP style is dead." are answers.
_AGENCY = re.compile(
    r"^\((?:APA|dpa|AFP|AP|Reuters|sda|SDA|KNA|epd|EFE|ANSA|TASS|red|Red)\b[^()]{0,40}\)?\.?$"
    r"|^(?:APA|dpa|AFP|AP|Reuters|sda|SDA|KNA|epd|EFE|ANSA|TASS)"
    r"(?:\s*[/,;–-]\s*(?:(?![a-zà-ÿ]{4})[^()])*)?\.?$"
)
_SOURCE = re.compile(
    r"^(?:source|quelle|fuente|fonte|bron|źródło|kaynak|sumber|источник|джерело|स्रोत|出典|출처"
    r"|المصدر)\s*[:：]\s*\S",
    _I,
)
#: A copyright line: "© 2026 X. All rights reserved.", "Copyright © 2026 X", "© X 2026", or a
#: short line that reserves the rights ("… Wszelkie prawa zastrzeżone.", "版权所有") beside a
#: "©" or a year. An answer that talks about copyright ("Copyright law is a mess.") has neither.
_COPYRIGHT_OPENS = re.compile(
    r"^\W{0,3}(?:copyright\s*(?:©|ⓒ|\(c\)|(?:19|20)\d\d)|©|ⓒ|\(c\)\s*\d{4})", _I
)
_RIGHTS_RESERVED = re.compile(
    r"(?<!\w)(?:all\s+rights\s+reserved|alle\s+rechte\s+vorbehalten|tous\s+droits\s+réservés"
    r"|todos\s+los\s+derechos\s+reservados|tutti\s+i\s+diritti\s+riservati"
    r"|todos\s+os\s+direitos\s+reservados|alle\s+rechten\s+voorbehouden"
    r"|wszelkie\s+prawa\s+zastrzeżone|все\s+права\s+защищены|усі\s+права\s+захищені?"
    r"|всі\s+права\s+захищені|tüm\s+hakları\s+saklıdır|hak\s+cipta\s+dilindungi"
    r"|alla\s+rättigheter\s+förbehållna|सर्वाधिकार\s+सुरक्षित|版权所有|版權所有|無断転載"
    r"|جميع\s+الحقوق\s+محفوظة|무단\s*전재)",
    _I,
)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


#: Every phrase :data:`_RIGHTS_RESERVED` knows holds one of these (lower-cased).
_RIGHTS_WORDS = (
    "reserv",
    "vorbehalt",
    "riservat",
    "voorbehoud",
    "zastrzeż",
    "защищ",
    "захищ",
    "saklı",
    "cipta",
    "förbehåll",
    "सुरक्षित",
    "版权",
    "版權",
    "無断",
    "محفوظة",
    "전재",
)


def _copyright(text: str) -> bool:
    """A copyright line (:data:`_COPYRIGHT_OPENS`, or :data:`_RIGHTS_RESERVED` beside "©" or a
    year); the phrases are searched only in a text that holds one of their words."""
    if _COPYRIGHT_OPENS.match(text):
        return True
    lowered = text.lower()
    if not any(map(lowered.__contains__, _RIGHTS_WORDS)):
        return False
    marked = "©" in text or "ⓒ" in text or _YEAR.search(text) is not None
    return marked and bool(_RIGHTS_RESERVED.search(text))


#: A note on reprinting: "（本文为……原创稿件，转载请注明出处）", "未经授权不得转载",
#: "無断転載を禁じます", "This article was republished from ...", "Nachdruck nur mit Genehmigung".
_REPRINT = re.compile(
    r"(?:转载|轉載|転載)[^。]{0,20}?(?:注明|註明|授权|授權|许可|許可|禁止|不得|禁じ)"
    r"|(?:未经|未經|禁止|不得|無断)[^。]{0,20}?(?:转载|轉載|転載)"
    r"|^\W{0,3}(?:this\s+(?:article|interview|story|piece)\s+(?:is|was|has\s+been)\s+)?"
    r"(?:reprinted|republished)\b"
    r"|^\W{0,3}nachdruck\s+(?:nur\s+)?mit\s+(?:freundlicher\s+)?genehmigung"
    r"|무단\s*(?:전재|복제)",
    _I,
)
_REPRINT_WORDS = ("转载", "轉載", "転載", "reprint", "republish", "nachdruck", "무단")


def _reprint(text: str) -> bool:
    """A note on reprinting (:data:`_REPRINT`), searched only when one of its words is there."""
    lowered = text.lower()
    return any(map(lowered.__contains__, _REPRINT_WORDS)) and bool(_REPRINT.search(text))


#: The desk's initials closing an agency report: "(rzp/ags)", "(ant/dwi)".
_DESK_INITIALS = re.compile(r"^\(\s*[a-z]{2,5}(?:\s*/\s*[a-z]{2,5})+\s*\)\.?$")
#: "Programme «Morning talk»", "Sendung: „Am Morgen“": the broadcast a transcript comes from.
_PROGRAMME = re.compile(
    r"^(?:programme|program|programa|programm|programma|sendung|émission|trasmissione|програма"
    r"|программа|передача|audycja|podcast|show)\s*[:–—-]?\s*[«\"„“‚‹'][^«»\"“”„‹›]{1,60}"
    r"[»\"“”›']\s*$",
    _I,
)
#: The role words of a credit line under the headline: "Autor: Karolina Nowak", "作者：何佳慧",
#: "文：森田亮 写真：石川葵", "Ведучий — Олена Ткачук"; and "By Jane Doe" before the name.
_CREDIT_ROLE = (
    r"(?:author|authors|autor(?:in|a|es|en)?|auteure?|autore|autrice"
    r"|(?:text|texte|texto|testo|tekst)(?:\s+(?:und|and|&|et|y|e|i)\s+(?:fotos?|photos?|bilder))?"
    r"|interview|interviews|entrevista|entretien|intervista|wywiad|интервью|інтерв['’]ю|gespräch"
    r"|röportaj|wawancara|인터뷰|采访|採訪|聞き手|構成|取材|撰稿|通讯员|图|圖|illustrations?"
    r"|автор(?:ка)?|penulis|reporter|wartawan|pewarta|लेखक|रिपोर्टर|संवाददाता|作者|文|撰文|采写"
    r"|記者|记者|기자|host|presenter|moderat(?:or|orin|ion)|moderación|presentador[a]?"
    r"|présentation|ведучий|ведуча|ведущий|ведущая|prowadzący|prowadząca|photos?|fotos?|写真"
    r"|撮影|摄影|攝影|사진|фото)"
)
_CREDIT_LINE = re.compile(
    rf"^\W{{0,2}}(?:{_CREDIT_ROLE}(?:\s*[・&、]\s*{_CREDIT_ROLE})*\s*(?:[:：=＝/]|\s[–—-]\s)"
    r"|(?:photo|photograph|image|picture|illustration|foto|bild)s?\s+(?:by|von|de|por|di|par)\s"
    r"|(?P<by>by|von|por|par|door|av|af|oleh|przez|di)\s)\s*",
    _I,
)
#: A Korean reporter's byline: "홍길동 기자", "홍길동 기자 hong@example.com".
_KOREAN_BYLINE = re.compile(r"^[가-힣]{2,4}\s?(?:기자|특파원|논설위원)(?:\s*[\w.+-]+@[\w.-]+)?$")
_CREDIT_ROLE_ALONE = re.compile(rf"^{_CREDIT_ROLE}$", _I)
_CREDIT_NAME_TOKEN = re.compile(r"[^\s:：,、;/&|·・=＝–—-]+")
#: Words a list of names may hold in lower case: "and", and the particles of names ("Ursula
#: von der Leyen", "Juan de la Cruz"), and "on"/"via" before a picture agency.
_CONNECTOR_WORDS = (
    "and und y et e i и і та dan और & von der den van de la del da do dos di du le al el bin on via"
)
_CONNECTORS = frozenset(_CONNECTOR_WORDS.split())
_CREDIT_MAX_WORDS = 12


def _credit_line(text: str) -> bool:
    """A credit line that gives only names after its role word, maybe a second credit and the
    date beside it: "Autor: Karolina Nowak", "By Jane Doe · April 22, 2026", "作者：何佳慧".

    What follows the role must read as names: every word capitalised (or in a script without
    capitals), no sentence ending, no figures but a date's; "By bus, mostly." and "Text: we
    wrote it together." are sentences, not credits. After "By" two names at least ("By
    Christmas" is a time)."""
    if text[:1] in "(（" and text[-1:] in ")）":
        text = text[1:-1].strip()  # "（聞き手・構成：山田花子）"
    if _KOREAN_BYLINE.match(text):
        return True
    match = _CREDIT_LINE.match(text)
    if match is None:
        return False
    rest = _DATE_CORE.sub(" ", text[match.end() :])
    rest = _DATELINE_EXTRAS.sub(" ", _RELATIVE_TIME.sub(" ", rest))
    if re.search(r"[!?。！？\d]|[^\W\d_]{2,}\.(?!\w)", rest):
        return False
    names = 0
    for token in _CREDIT_NAME_TOKEN.findall(rest):
        if token.lower() in _CONNECTORS or _CREDIT_ROLE_ALONE.match(token):
            continue
        first = token[0]
        if first.islower() or not (first.isalpha() or first in "(«“\"'"):
            return False
        names += 1
    return names >= (2 if match["by"] else 1)


#: A prompt to follow the publisher on a channel: "Follow us on Instagram", "Підписуйтеся на …
#: у Telegram", "Join our WhatsApp channel". An imperative opens it and a channel is named after
#: a preposition or "our"; an answer that names a platform ("Follow your instinct, not
#: Instagram.") has neither shape.
_FOLLOW_VERB = (
    r"(?:follow|join|subscribe|find\s+us|get|read|download|simak|ikuti|gabung|bergabung(?:lah)?"
    r"|dapatkan|baca|підписуйте?(?:ся|сь)|підпишіться|приєднуйтеся|долучайтеся|стежте|слідкуйте"
    r"|читайте|дивіться|подписывайтесь|подпишитесь|присоединяйтесь|следите|смотрите|folgen"
    r"|folge|abonnieren|abonniere|besuchen|lesen|suivez|rejoignez|abonnez-vous|retrouvez|lisez"
    r"|síguenos|sigue|siga|sigam|síganos|únete|suscríbete|lee|seguici|segui|seguite|unisciti"
    r"|iscriviti|leggi|acompanhe|inscreva-se|leia|volg|abonneer|lees|obserwuj|dołącz|śledź"
    r"|czytaj|takip\s+edin|katılın|abone\s+olun|följ|gå\s+med|prenumerera|läs|हमें|फॉलो|जुड़ें)"
)
_CHANNEL = (
    r"(?:telegram|whatsapp|google\s+news|youtube|instagram|facebook|tiktok|twitter|linkedin"
    r"|threads|bluesky|mastodon|wechat|weibo|viber|pinterest|spotify|apple\s+podcasts"
    r"|फेसबुक|ट्विटर|यूट्यूब|इंस्टाग्राम|व्हाट्सएप|微信|微博)"
)
_FOLLOW_PROMPT = re.compile(
    rf"^\W{{0,3}}{_FOLLOW_VERB}(?!\w)[^.!?]{{0,80}}?(?<!\w)(?:on|in|at|via|di|ke|auf|bei|sur"
    r"|en|su|no|na|op|w|på|em|у|в|на|से|पर|our|unser\w*|notre|nos|nuestr\w*|noss\w*|nostr\w*"
    rf"|наш\w*|nasz\w*|kami)\s+(?:[^\s.!?]+\s+){{0,3}}?{_CHANNEL}(?!\w)",
    _I,
)
_US = re.compile(
    r"(?<!\w)(?:us|our|uns|unser\w*|nous|notre|nos|nosotros|nuestr\w*|noi|nostr\w*|nós|noss\w*"
    r"|ons|onze|nas|nasz\w*|нас|наш\w*|bizi|kami|हमें|हमारे)(?!\w)",
    _I,
)


def _follow_prompt(text: str) -> bool:
    """A prompt to follow on a channel (:data:`_FOLLOW_PROMPT`) that says "us"/"our" or is an
    unpunctuated button line; never a question."""
    if "?" in text or not _FOLLOW_PROMPT.search(text):
        return False
    return bool(_US.search(text)) or text.rstrip()[-1:] not in ".!…"


#: The invitation under an opinion piece to write a letter: "If you would like to submit a
#: response … for publication in our letters section".
_LETTERS_PROMPT = re.compile(
    r"\b(?:submit|send)\s+(?:a|your)\s+(?:response|letter|reply)\b[^.!?]{0,120}"
    r"\b(?:publication|letters?\s+(?:section|page))"
    r"|^\W{0,3}(?:do|did)\s+you\s+have\s+(?:an?\s+)?(?:opinion|view|thoughts)\s+on\s+(?:the\s+issues?"
    r"|this\s+(?:article|story|piece))\b[^.!?]{0,60}\?\s*(?:if\s+you|email|write|send|submit)",
    _I,
)


def _letters_prompt(text: str) -> bool:
    """An invitation to write a letter (:data:`_LETTERS_PROMPT`); every form of it says
    "letter" or "opinion", "view", "thoughts"."""
    lowered = text.lower()
    return any(map(lowered.__contains__, ("letter", "opinion", "view", "thought"))) and bool(
        _LETTERS_PROMPT.search(text)
    )


#: The separators of a row of topics or links: "Urbanismo · Cambio climático · Sevilla".
_LIST_SEPARATORS = (" · ", " | ", " • ", " ｜ ")
_LIST_ITEM_MAX_WORDS = 4


def _separated_list(text: str) -> bool:
    """A row of three or more short items (topics, sections) set apart by "·", "|" or "•",
    each opening with a capital (or in a script without capitals), none of them a sentence, a
    list of its own or a label."""
    for sep in _LIST_SEPARATORS:
        if text.count(sep) < 2:
            continue
        items = [item.strip() for item in text.split(sep)]
        return all(
            item
            and _words(item) <= _LIST_ITEM_MAX_WORDS
            and item[-1] not in ".!?:;…"
            and not any(mark in item for mark in ":,;")
            and not item[0].islower()
            for item in items
        )
    return False


_COMMENTS_HEAD = re.compile(
    r"^(?:\d+\s+)?(?:leser)?(?:kommentare?|comments?|commentaires?|comentarios?|комментари\w*)"
    r"\b\s*(?:\(\d+\))?\s*(?:</\w+>)?\s*$"
    r"|^(?:leave\s+a\s+(?:comment|reply)|kommentar\s+schreiben|laisser\s+un\s+commentaire"
    r"|deja\s+un\s+comentario)\b",
    _I,
)
_PULL_QUOTE = re.compile(
    r"""^["“„«].{10,400}["”“»]\s*[—–-]\s*\W?\s*[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,5}"""
    r"""(?:,[^.!?]{0,100})?$"""
)
_NAME_ONLY = re.compile(r"^\W?\s*[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,4}$")
_TERMINAL = re.compile(r"""[.!?…:;,"'“”»)\]]\s*$""")


#: No rule looks at blocks of more words than this (a sponsor note, a pull quote).
_MOST_WORDS = 80
#: A space that no word character follows (punctuation, another space or the end follows).
_SPACE_NOT_BEFORE_WORD = re.compile(r" (?!\w)")


def _words(text: str) -> int:
    # subn counts the matches without building a string for each
    return _WORDS.subn("", text)[1]


def _fewest_words(text: str) -> int:
    """At least how many words ``text`` has: one for each space a word character follows, and
    one if it opens with a word character (each starts a different word).

    Spaces are found by a fast scan for one character, two to three times cheaper than matching
    every character of every word, and in prose nearly every word follows a space: enough to
    rule out the rules a block is too long for without counting its words."""
    starts = text.count(" ") - len(_SPACE_NOT_BEFORE_WORD.findall(text))
    return starts + (text[:1].isalnum() or text[:1] == "_")


#: Every sponsor disclosure :data:`_SPONSOR` knows holds one of these words (in any case).
_SPONSOR_WORDS = (
    "sponsor",
    "gesponsert",
    "support",
    "funded",
    "produced",
    "paid",
    "editorial",
    "anzeige",
    "werbung",
    "patrocinado",
    "поддержке",
    "рекламы",
)
#: The letters that IGNORECASE matching takes for a letter of those words but that ``str.lower``
#: does not lower to it: dotted and dotless i, long s, and two old Cyrillic letter forms
#: (tests/test_speed_segment_equivalence.py derives them from ``re`` itself).
_CASE_ODDITIES = ("\u0130", "\u0131", "\u017f", "\u1c81", "\u1c82")


def _sponsor(text: str) -> bool:
    """Holds a sponsor disclosure (:data:`_SPONSOR`).

    The pattern is searched only in a text that holds one of its words: lower-casing the text
    and looking for a few words is several times cheaper than trying the pattern at every word,
    and the pattern runs on most blocks of a page."""
    # (map over the bound __contains__ keeps the loop in C: this runs on most blocks)
    lowered = text.lower()
    if not any(map(lowered.__contains__, _SPONSOR_WORDS)) and not any(
        map(text.__contains__, _CASE_ODDITIES)
    ):
        return False
    return _SPONSOR.search(text) is not None


#: A photographer's name in capitals closing a caption, after its sentence: "… en la plaza de
#: Sevilla. PACO ROMERO", "… in Leeds. JANE DOE / AGENCY".
_CAPS_CREDIT_TAIL = re.compile(
    r"(?<=[.!?。])\s+"
    r"(?-i:[A-ZÀ-ÞÑА-ЯЁ][A-ZÀ-ÞÑА-ЯЁ'’.-]+(?:[ -][A-ZÀ-ÞÑА-ЯЁ][A-ZÀ-ÞÑА-ЯЁ'’.-]*){1,3})"
    r"(?:\s?/\s?[^\s/]+(?:\s[^\s/]+){0,2})?\s*$"
)


def _caps_credit_tail(text: str) -> bool:
    """Ends with a name in capitals after the caption's sentence (:data:`_CAPS_CREDIT_TAIL`);
    only a text whose last letter is a capital is searched, and only its last characters."""
    last = text.rstrip()[-1:]
    if not last.isupper():
        return False
    return _CAPS_CREDIT_TAIL.search(text, max(0, len(text) - 60)) is not None


def _caption_tail(text: str) -> bool:
    """Ends with a photo credit (:data:`_CAPTION_TAIL`).

    Every credit the pattern knows ends the text with "]", ")" or "）", or follows a colon or
    "©" ("Photo: AP", "摄影：王磊", "© Lucas Martin") at most 61 characters from the end; a text
    with neither is not
    searched (searching from every position of a long paragraph made this the costliest rule)."""
    core = text.rstrip()
    tail = core[-64:]
    if core[-1:] not in ("]", ")", "）") and not any(
        mark in tail for mark in (":", "：", "©", "ⓒ")
    ):
        return False
    return _CAPTION_TAIL.search(text) is not None


_TRANSCRIPT_WORDS = ("transcri", "transkri", "accuracy", "розшифр", "расшифр", "текст")


def _transcript_note(text: str) -> bool:
    """Holds a note on how transcripts are made (:data:`_TRANSCRIPT_NOTE`); every form of it
    holds "transcri", "transkri" or "accuracy", so the pattern is searched only then."""
    lowered = text.lower()
    return any(map(lowered.__contains__, _TRANSCRIPT_WORDS)) and bool(_TRANSCRIPT_NOTE.search(text))


def _signup_close(text: str) -> bool:
    """Closes with a call to sign up (:data:`_SIGNUP_CLOSE`); only the last characters can hold
    it, so only they are searched ("^" does not match at the later start position)."""
    return _SIGNUP_CLOSE.search(text, max(0, len(text.rstrip()) - 60)) is not None


def _short(limit: int) -> Callable[[str], bool]:
    return lambda text: _words(text) <= limit


#: The longest kicker and pull-quote attribution lines, in words.
_KICKER_MAX_WORDS = 10
_ATTRIBUTION_MAX_WORDS = 6


def _kicker(block: Block, words: int) -> bool:
    """A short line in capitals with no sentence punctuation: a kicker or section label.

    ``words`` is the block's word count, counted once by the caller; the cheap tests run
    before the per-character one, which only short lines reach."""
    text = block.text
    if words > _KICKER_MAX_WORDS or block.label or _TERMINAL.search(text):
        return False
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 6:
        return False
    return sum(c.isupper() for c in letters) / len(letters) >= 0.8


def _attribution(block: Block, words: int) -> bool:
    """A dash followed by a name and nothing else: the attribution line of a pull quote.

    A name has no full stop after it and, alone, is a full name: in a dialogue-dash interview
    "– Oui." and "– Jamais" are answers."""
    text = block.text.rstrip()
    return (
        bool(block.dash)
        and 2 <= words <= _ATTRIBUTION_MAX_WORDS
        and text[-1:] not in ".!?…"
        and bool(_NAME_ONLY.match(text))
        and (all(w[:1].isupper() for w in text.split()))
    )


#: A rule on a block's own text: (rule id, kind, reason, test, most words).
_TextRule = tuple[str, BoilerplateKind, str, Callable[[str], object], int]
#: (rule id, kind, reason, test, most words): a block of at most that many words for which the
#: test finds something is that kind of clutter. The tests are the patterns' ``search``, and
#: for the photo credit and the sponsor note a cheaper check before it.
_TEXT_RULES: tuple[_TextRule, ...] = (
    (
        "boilerplate.caption-credit-tail",
        BoilerplateKind.CAPTION,
        "caption: ends with a photo credit",
        _caption_tail,
        40,
    ),
    (
        "boilerplate.caption-name-in-capitals",
        BoilerplateKind.CAPTION,
        "caption: ends with a name in capitals",
        _caps_credit_tail,
        40,
    ),
    (
        "boilerplate.photo-credit-line",
        BoilerplateKind.CREDIT,
        "photo credit line",
        _CAPTION_HEAD.search,
        25,
    ),
    (
        "boilerplate.dateline",
        BoilerplateKind.DATELINE,
        "dateline: the block is only a date",
        _dateline,
        14,
    ),
    ("boilerplate.sponsor-disclosure", BoilerplateKind.SPONSOR, "sponsor disclosure", _sponsor, 80),
    (
        "boilerplate.newsletter-prompt",
        BoilerplateKind.NEWSLETTER,
        "newsletter prompt",
        _NEWSLETTER.search,
        30,
    ),
    (
        "boilerplate.signup-close",
        BoilerplateKind.NEWSLETTER,
        "call to sign up closes the block",
        _signup_close,
        30,
    ),
    (
        "boilerplate.affiliate-disclosure",
        BoilerplateKind.SPONSOR,
        "affiliate disclosure",
        _affiliate,
        60,
    ),
    ("boilerplate.donation-appeal", BoilerplateKind.PROMO, "donation appeal", _DONATE.search, 15),
    (
        "boilerplate.media-runtime",
        BoilerplateKind.PROMO,
        "listen/watch link with a running time",
        _MEDIA_RUNTIME.search,
        12,
    ),
    (
        "boilerplate.transcript-note",
        BoilerplateKind.EDITORIAL_NOTE,
        "note on how transcripts are made",
        _transcript_note,
        40,
    ),
    (
        "boilerplate.related-heading",
        BoilerplateKind.RELATED,
        "related-links / press-room heading",
        _RELATED.search,
        12,
    ),
    (
        "boilerplate.also-appeared",
        BoilerplateKind.EDITORIAL_NOTE,
        "note that the text also appeared elsewhere",
        _ALSO_APPEARS.search,
        40,
    ),
    ("boilerplate.podcast-promo", BoilerplateKind.PROMO, "podcast promotion", _PODCAST.search, 40),
    (
        "boilerplate.interview-credit",
        BoilerplateKind.CREDIT,
        "interview credit line",
        _INTERVIEW_CREDIT.search,
        12,
    ),
    ("boilerplate.agency-credit", BoilerplateKind.CREDIT, "agency credit", _AGENCY.search, 10),
    ("boilerplate.source-line", BoilerplateKind.CREDIT, "source line", _SOURCE.search, 12),
    (
        "boilerplate.pull-quote",
        BoilerplateKind.PULL_QUOTE,
        "pull quote with attribution",
        _PULL_QUOTE.search,
        80,
    ),
    ("boilerplate.copyright-line", BoilerplateKind.FOOTER, "copyright line", _copyright, 25),
    (
        "boilerplate.reprint-note",
        BoilerplateKind.EDITORIAL_NOTE,
        "note on reprinting",
        _reprint,
        60,
    ),
    (
        "boilerplate.desk-initials",
        BoilerplateKind.CREDIT,
        "desk initials",
        _DESK_INITIALS.search,
        6,
    ),
    (
        "boilerplate.programme-line",
        BoilerplateKind.HEADING,
        "programme line",
        _PROGRAMME.search,
        10,
    ),
    (
        "boilerplate.credit-line",
        BoilerplateKind.CREDIT,
        "credit line: a role and names",
        _credit_line,
        _CREDIT_MAX_WORDS,
    ),
    (
        "boilerplate.follow-prompt",
        BoilerplateKind.PROMO,
        "prompt to follow on a channel",
        _follow_prompt,
        25,
    ),
    (
        "boilerplate.letters-prompt",
        BoilerplateKind.PROMO,
        "invitation to write a letter",
        _letters_prompt,
        80,
    ),
    (
        "boilerplate.topic-row",
        BoilerplateKind.TAGS,
        "row of topics set apart by separators",
        _separated_list,
        20,
    ),
)
#: For each word count up to :data:`_MOST_WORDS` (the largest limit above), the rules whose limit
#: is at least that count, in the table's order; a longer block is tested with none.
_RULES_FOR_WORDS: tuple[tuple[_TextRule, ...], ...] = tuple(
    tuple(rule for rule in _TEXT_RULES if words <= rule[4]) for words in range(_MOST_WORDS + 1)
)


#: Blocks longer than this are never judged by their opening phrase (see :mod:`._phrases`).
_PHRASE_MAX_WORDS = 40


#: Kinds of phrase that may have been read as a speaker label ("Baca Juga: …", "Läs också: …"
#: look like "Name: …"): they never name a speaker.
_LABEL_PHRASE_KINDS = frozenset({BoilerplateKind.RELATED, BoilerplateKind.TAGS})


def _label_phrase(block: Block) -> Verdict | None:
    """A block whose "speaker label" is a related-links or tags phrase ("Baca Juga: <title>")
    is that clutter, not a turn."""
    label = (block.label or "").strip()
    if not label or _fewest_words(block.text) > _PHRASE_MAX_WORDS:
        return None
    kind = phrase_kind(f"{label}: {block.text.strip()}")
    if kind is not None and kind in _LABEL_PHRASE_KINDS and _words(block.text) <= _PHRASE_MAX_WORDS:
        return Verdict(
            kind, f"{kind.value} phrase read as a label", rule="boilerplate.label-phrase"
        )
    return None


def _text_rule(block: Block) -> Verdict | None:
    text = block.text.strip()
    if block.label:
        return _label_phrase(block) if text else None
    if not text:
        return None
    # Every test below is capped by the number of words, but counting them is the costliest step
    # for most blocks: a cheap lower bound rules out the tests a block is too long for, and the
    # words are counted only when a test fires or for the shortest lines (attribution, kicker).
    least = _fewest_words(text)
    if least > _MOST_WORDS:
        return None
    words: int | None = None
    for rule, kind, reason, test, most in _RULES_FOR_WORDS[least]:
        if test(text):
            if words is None:
                words = _words(text)
            if words <= most:
                return Verdict(kind, reason, rule=rule)
    if least > _PHRASE_MAX_WORDS:
        return None
    phrase = phrase_kind(text)
    if phrase is not None:
        if words is None:
            words = _words(text)
        if words <= _PHRASE_MAX_WORDS:
            return Verdict(
                phrase,
                f"{phrase.value} phrase opens a short block",
                rule="boilerplate.opening-phrase",
            )
    if least > max(_KICKER_MAX_WORDS, _ATTRIBUTION_MAX_WORDS):
        return None
    if words is None:
        words = _words(text)
    if _attribution(block, words):
        return Verdict(
            BoilerplateKind.PULL_QUOTE,
            "pull-quote attribution line",
            rule="boilerplate.pull-quote-attribution",
        )
    if block.kind is not BlockKind.TITLE and _kicker(block, words):
        return Verdict(
            BoilerplateKind.HEADING, "kicker: short line in capitals", rule="boilerplate.kicker"
        )
    return None


def _reader_hint(block: Block) -> Verdict | None:
    if block.hint is not None:
        return Verdict(
            block.hint,
            block.hint_reason or "reader hint",
            rule=block.hint_rule or "boilerplate.reader-hint",
        )
    return None


_TAIL_KINDS = frozenset(
    {
        BoilerplateKind.SPONSOR,
        BoilerplateKind.NEWSLETTER,
        BoilerplateKind.RELATED,
        BoilerplateKind.TAGS,
        BoilerplateKind.FOOTER,
    }
)


def _link_line(block: Block, linked_page: bool) -> bool:
    """How a link title or partner name looks: short, unpunctuated, nobody's turn — not an
    answer ("Yes.") or a question. On a page whose blocks carry link information (HTML), a
    line must also mostly be link text: a short unlinked line there is someone's short answer."""
    text = block.text.rstrip()
    if block.label or block.dash or block.marked_question or _words(text) > 25 or not text:
        return False
    if linked_page and block.link_density < 0.5:
        return False
    return text[-1] not in ".!?…:;"


#: The run of link lines must close the article: at most this many blocks after the prompt.
_MAX_TAIL_RUN = 15


def _tail_run(
    blocks: Sequence[Block], verdicts: list[Verdict | None], linked_page: bool = False
) -> None:
    """After a sponsor note, newsletter prompt or press-room heading that closes the article,
    the short link lines that follow (link titles, partner names) are the same clutter.

    A prompt in the middle of the article is not such a closing: the run must be short, sit in
    the second half of the document, and hold no question (what follows a question is an
    answer, however short)."""
    n = len(blocks)
    for m in range(max(n // 2, n - 40), n):
        verdict = verdicts[m]
        if verdict is None or verdict.kind not in _TAIL_KINDS:
            continue
        rest = range(m + 1, n)
        if sum(1 for j in rest if verdicts[j] is None) > _MAX_TAIL_RUN:
            continue
        if all(verdicts[j] is not None or _link_line(blocks[j], linked_page) for j in rest):
            run = (
                Verdict(
                    BoilerplateKind.TAGS,
                    "run of topic lines after the tags heading",
                    rule="boilerplate.tag-run",
                )
                if verdict.kind is BoilerplateKind.TAGS
                else Verdict(
                    BoilerplateKind.RELATED,
                    "run of link lines after the article",
                    rule="boilerplate.link-run",
                )
            )
            for j in rest:
                if verdicts[j] is None:
                    verdicts[j] = run
            return


def _comment_zone(blocks: Sequence[Block], verdicts: list[Verdict | None]) -> None:
    """Everything after a reader-comments header ("4 Kommentare") is reader comments."""
    for m, block in enumerate(blocks):
        if m < len(blocks) // 3 or not _COMMENTS_HEAD.match(block.text.strip()):
            continue
        verdicts[m] = Verdict(
            BoilerplateKind.COMMENTS, "reader-comments header", rule="boilerplate.comments-header"
        )
        for j in range(m + 1, len(blocks)):
            verdict = verdicts[j]
            if verdict is None or verdict.rule == "text.markup-line":
                verdicts[j] = Verdict(
                    BoilerplateKind.COMMENTS,
                    "reader comment (after the comments header)",
                    rule="boilerplate.reader-comment",
                )
        return


#: The rules of the text reader that take a line for an image ("![alt](src)").
_IMAGE_RULES = frozenset({"text.image-link", "text.image-line"})
_CAPTION_MAX_WORDS = 40


def _image_captions(blocks: Sequence[Block], verdicts: list[Verdict | None]) -> None:
    """A line set in italics right under an image (a Markdown export's "![alt](src)" then
    "*Yeast cells under the microscope.*") is the image's caption, wherever it sits."""
    for i in range(1, len(blocks)):
        above = verdicts[i - 1]
        block = blocks[i]
        text = block.text.strip()
        if (
            verdicts[i] is not None
            or above is None
            or above.rule not in _IMAGE_RULES
            or not blocks[i - 1].text.lstrip().startswith("!")
            or block.italic < 0.8
            or block.label
            or block.dash
            or block.marker
            or block.marked_question
            or not text
            or text[-1] in "?？؟"
            or _words(text) > _CAPTION_MAX_WORDS
        ):
            continue
        verdicts[i] = Verdict(
            BoilerplateKind.CAPTION, "italic line under an image", rule="boilerplate.image-caption"
        )


#: The words of a share bar's buttons: "Tweet", "ポスト", "LINEで送る", "E-Mail", "Print".
_SHARE_BUTTON = re.compile(
    r"^\W{0,2}(?:tweet|post|ポスト|ツイート|e-?mail|whatsapp|facebook|twitter|linkedin|telegram"
    r"|pinterest|reddit|messenger|line(?:で送る)?|print|drucken|imprimir|imprimer|stampa|drukuj"
    r"|печать|друк|copy\s+link|link\s+kopieren|copiar\s+(?:enlace|link)|copier\s+le\s+lien"
    r"|微信|微博|qq|bluesky|threads|mastodon|x)\W{0,2}$",
    _I,
)


def _share_buttons(blocks: Sequence[Block], verdicts: list[Verdict | None]) -> None:
    """The buttons of a share bar, each on its line ("この記事をシェア", "ポスト", "LINEで送る"),
    next to a line already known as a share prompt: alone, "Post" or "Facebook" may be an
    answer."""
    n = len(blocks)
    for i in range(n):
        verdict = verdicts[i]
        if verdict is None or verdict.kind is not BoilerplateKind.SHARE:
            continue
        for step in (1, -1):
            j = i + step
            while 0 <= j < n and verdicts[j] is None and not blocks[j].label:
                if not _SHARE_BUTTON.match(blocks[j].text.strip()):
                    break
                verdicts[j] = Verdict(
                    BoilerplateKind.SHARE,
                    "share button beside a share prompt",
                    rule="boilerplate.share-button",
                )
                j += step


#: Section and genre labels set above an article ("Opinion", "Poradnik", "Interview"), in the
#: languages of the phrase tables and a few more.
_SECTION_LABEL_WORDS = """
    opinion comment commentary analysis interview interviews q&a feature features essay column
    meinung kommentar analyse gespräch porträt reportage ratgeber tribune entretien portrait
    opinión análisis entrevista reportaje intervista opinione commento wywiad poradnik opinia
    felieton reportaż rozmowa интервью мнение колонка репортаж інтерв'ю інтерв’ю думка колонка
    görüş röportaj söyleşi wawancara opini साक्षात्कार इंटरव्यू 专访 访谈 專訪 訪談 インタビュー
    인터뷰 مقابلة حوار intervju åsikt krönika porträttet reportasje mening"""
_SECTION_LABELS = frozenset(_SECTION_LABEL_WORDS.split())
#: How far into the page such a label may stand (in blocks), and how long the article's first
#: paragraph is at least (the label stands above it).
_SECTION_LABEL_BLOCKS = 6
_ARTICLE_WORDS = 25


def _section_label(blocks: Sequence[Block], verdicts: list[Verdict | None]) -> None:
    """A lone section or genre word above the article ("Opinion", "Poradnik") is a label of the
    page, not its intro."""
    for i, block in enumerate(blocks[:_SECTION_LABEL_BLOCKS]):
        text = block.text.strip()
        if _fewest_words(text) > _ARTICLE_WORDS:
            return
        if (
            verdicts[i] is None
            and block.kind in (BlockKind.PARAGRAPH, BlockKind.HEADING)
            and not block.label
            and not block.marker
            and text.lower() in _SECTION_LABELS
        ):
            verdicts[i] = Verdict(
                BoilerplateKind.HEADING,
                "section label above the article",
                rule="boilerplate.section-label",
            )


#: How far into the page a byline may stand (in blocks), and how long a lone name may be.
_BYLINE_BLOCKS = 8
_CREDIT_NAME = re.compile(
    r"(?-i:[A-ZÀ-ÞА-ЯЁІЇЄŁŚŻ])[\w'’.-]+(?:[ -](?-i:[A-ZÀ-ÞА-ЯЁІЇЄŁŚŻ])[\w'’.-]+){1,3}"
)
_LONE_NAME = re.compile(rf"^{_CREDIT_NAME.pattern}$")
#: "is", "was" in the languages of the phrase tables: the verb of a bio's first sentence.
_BIO_VERB = (
    r"(?:is|was|ist|war|est|était|es|era|è|é|foi|is|jest|był|była|är|var|er|on|adalah|merupakan"
    r"|—|–)"
)
_BIO_MAX_WORDS = 60


def _byline_names(
    blocks: Sequence[Block], verdicts: Sequence[Verdict | None]
) -> dict[str, int | None]:
    """The names the page's byline gives, each with the position of the lone name line that
    gives it (None for a credit line's names: "By Jane Doe")."""
    names: dict[str, int | None] = {}
    for i, block in enumerate(blocks[:_BYLINE_BLOCKS]):
        text = block.text.strip()
        verdict = verdicts[i]
        credit = _CREDIT_LINE.match(text)
        if verdict is not None and verdict.rule == "boilerplate.credit-line" and credit is not None:
            names.update(dict.fromkeys(_CREDIT_NAME.findall(text[credit.end() :])))
        elif verdict is None and block.kind is BlockKind.PARAGRAPH and _LONE_NAME.match(text):
            names.setdefault(text, i)
    return names


def _author_bio(blocks: Sequence[Block], verdicts: list[Verdict | None]) -> None:
    """After the article, a sentence that opens with the byline's name and "is" ("Jane Doe is a
    professor of …") is the author's bio, when nothing but clutter follows it; the lone name
    under the headline it repeats is then the byline."""
    names = _byline_names(blocks, verdicts)
    if not names:
        return
    n = len(blocks)
    for i in range(n - 1, n // 2, -1):
        if verdicts[i] is not None:
            continue
        text = blocks[i].text.strip()
        if _fewest_words(text) > _BIO_MAX_WORDS:
            return
        for name, line in names.items():
            if re.match(rf"{re.escape(name)}\s+{_BIO_VERB}\s", text, _I):
                verdicts[i] = Verdict(
                    BoilerplateKind.AUTHOR_BIO,
                    "bio of the byline's author",
                    rule="boilerplate.author-bio",
                )
                if line is not None:
                    verdicts[line] = Verdict(
                        BoilerplateKind.CREDIT,
                        "byline: the bio's author",
                        rule="boilerplate.bio-byline",
                    )
                return
        return


#: The rules that take the line under the headline for a masthead; :func:`masthead_publication`
#: reads the publication's name from the line one of them labelled.
MASTHEAD_RULES = frozenset(
    {
        "boilerplate.masthead-byline",
        "boilerplate.masthead-publication-word",
        "boilerplate.masthead-recurs",
        "boilerplate.masthead-beside-publication",
    }
)
#: A masthead line under the headline is short: the publication's name, maybe a byline.
_MASTHEAD_MAX_WORDS = 8
_MASTHEAD_MAX_CHARS = 80
#: How many labelled blocks (a dateline, a caption) may sit between the headline and it.
_MASTHEAD_SKIP = 2
#: The forms of a byline: "<Paper> | Interview: <Name>", "<Zeitung> – Von <Name>",
#: "By <Name>, <Paper>", "Text: <Name>".
_BYLINE_FORM = re.compile(
    r"\s[|｜]\s"
    r"|^(?:by|von|por|par|door)\s+(?-i:[A-ZÀ-ÞА-Я])"
    r"|\s[–—-]\s*(?:von|by|por|par|di|door|od|от|av|af)\s+[^\W\d_]"
    r"|(?:^|\s)(?:interview|interviú|entrevista|entretien|intervista|wywiad|интервью|röportaj"
    r"|gespräch|text|texto|testo|tekst|текст)\s*:\s*[^\W\d_]",
    _I,
)
#: Words that name a newspaper, magazine or station in a dozen languages ("Nordheider Zeitung",
#: "Northern Echo", "Северный вестник", "صحيفة ..."), and the characters that close a Chinese or
#: Japanese paper's name ("……生活报", "……新聞").
_PUBLICATION_WORD = re.compile(
    r"(?<!\w)(?:zeitung|zeitschrift|anzeiger|rundschau|kurier|tagblatt|tageblatt|nachrichten|bote"
    r"|echo|écho|gazette|gazeta|gazetesi|gazzetta|times|herald|tribune|journal|courier|courrier"
    r"|chronicle|observer|weekly|daily|monthly|news|radio|magazine|magazin|revue|review|dispatch"
    r"|telegraph|examiner|sentinel|bulletin|diario|diário|periódico|correo|heraldo|semanario|voz"
    r"|giornale|corriere|jornal|folha|dagblad|krant|courant|weekblad|dziennik|tygodnik|вестник"
    r"|газета|известия|новости|ведомости|haber|habercisi|صحيفة|جريدة|مجلة|إذاعة)(?!\w)"
    r"|(?:报|報|日报|日報|晚报|晚報|时报|時報|周刊|週刊|新闻|新聞|杂志|雜誌|新聞社)$",
    _I,
)
_LATIN = re.compile(r"[A-Za-zÀ-ɏ]")
#: Clutter kinds whose wording names the publisher ("Support X: donate today", "Subscribe to X",
#: "X may earn a commission"); captions, credits and related links name people and places too.
_PUBLISHER_KINDS = frozenset(
    {
        BoilerplateKind.SPONSOR,
        BoilerplateKind.NEWSLETTER,
        BoilerplateKind.PROMO,
        BoilerplateKind.EDITORIAL_NOTE,
        BoilerplateKind.FOOTER,
    }
)


def _title_case(text: str) -> bool:
    """Every word of four letters or more opens with a capital (a name, not a sentence)."""
    return all(w[:1].isupper() for w in _WORDS.findall(text) if len(w) >= 4 and w.isalpha())


def _named_as_publisher(
    name: str, blocks: Sequence[Block], verdicts: Sequence[Verdict | None], start: int
) -> bool:
    """Does ``name`` recur after ``start`` where a page names its publisher: in a photo credit
    ("© X", "(X / Name)", "... / X"), as the one spoken to ("spoke to X", "told X"), or in a
    sponsor note, newsletter prompt or appeal?"""
    x = re.escape(name)
    credit = re.compile(
        rf"©\s*{x}|\(\s*{x}\s*[/)]|[/|]\s*{x}\s*[)\]]?\s*$"
        rf"|\b(?:spoke|talked|speaking|talking|told|tells)\s+(?:to\s+|with\s+)?{x}(?!\w)"
    )
    for j in range(start, len(blocks)):
        text = blocks[j].text
        if name not in text:
            continue
        verdict = verdicts[j]
        if verdict is not None and verdict.kind in _PUBLISHER_KINDS:
            return True
        if credit.search(text):
            return True
    return False


_NAME_SEPARATOR = re.compile(r"\s[|｜–—-]\s|,\s")
_MIN_PUBLICATION_CHARS = 4


def _publication_part(
    text: str, blocks: Sequence[Block], verdicts: Sequence[Verdict | None], start: int
) -> str | None:
    """In a byline of two parts ("Dewi Lestari - Harbour News", "Jane Doe | Harbour News"),
    the part that recurs after ``start`` where the page names its publisher (a copyright line,
    a subscribe prompt)."""
    parts = _NAME_SEPARATOR.split(text)
    if len(parts) != 2:
        return None
    for part in reversed(parts):
        part = part.strip()
        if len(part) >= _MIN_PUBLICATION_CHARS and _named_as_publisher(
            part, blocks, verdicts, start
        ):
            return part
    return None


def _masthead(blocks: Sequence[Block], verdicts: list[Verdict | None]) -> None:
    """The short line right under the headline of a copied page that names the publication
    ("Harbour Weekly", "<Paper> | Interview: <Name>") is a masthead, not the intro.

    A short unpunctuated line there may also be a deck, so one more sign is needed: a byline's
    form, a word that names a newspaper or station (in a line set as a name), or the same words
    recurring later as the publisher (a photo credit, "spoke to X", a subscribe prompt)."""
    title = next((i for i, b in enumerate(blocks[:3]) if b.kind is BlockKind.TITLE), None)
    if title is None:
        return
    candidate = None
    for j in range(title + 1, min(len(blocks), title + 2 + _MASTHEAD_SKIP)):
        # a byline ("By Lena Marsh, Riverside Courier") may also be the masthead line
        verdict = verdicts[j]
        if verdict is None or verdict.rule == "boilerplate.credit-line":
            candidate = j
            break
    if candidate is None:
        return
    block = blocks[candidate]
    text = block.text.strip()
    if (
        block.kind not in (BlockKind.PARAGRAPH, BlockKind.HEADING)
        or block.label
        or block.dash
        or block.marker
        or block.marked_question
        or not text
        or len(text) > _MASTHEAD_MAX_CHARS
        or _words(text) > _MASTHEAD_MAX_WORDS
        or text[-1] in ".!?…;,:。！？；，：»”\"'"
        or any(mark in text for mark in ("?", "？", ". ", "。"))
    ):
        return
    if _BYLINE_FORM.search(text):
        rule, reason = "boilerplate.masthead-byline", "publication and byline under the headline"
    elif _PUBLICATION_WORD.search(text) and (not _LATIN.search(text) or _title_case(text)):
        rule = "boilerplate.masthead-publication-word"
        reason = "a publication's name under the headline"
    elif len(text) >= 4 and _named_as_publisher(text, blocks, verdicts, candidate + 1):
        rule = "boilerplate.masthead-recurs"
        reason = "the line under the headline recurs as the publisher"
    elif _publication_part(text, blocks, verdicts, candidate + 1) is not None:
        rule = "boilerplate.masthead-beside-publication"
        reason = "a byline beside a publication that recurs as the publisher"
    else:
        return
    verdicts[candidate] = Verdict(BoilerplateKind.CREDIT, f"masthead: {reason}", rule=rule)


# The byline beside the publication's name: "| Interview: X", "– Von X", "By X, ".
_MASTHEAD_BYLINE = re.compile(
    r"\s*[|｜]\s.*$"
    r"|\s*[–—-]\s*(?:von|by|por|par|di|door|od|от|av|af)\s+[^\W\d_].*$"
    r"|^(?:by|von|por|par|door)\s+[^,]+,\s*"
    r"|(?:^|\s)(?:interview|interviú|entrevista|entretien|intervista|wywiad|интервью|röportaj"
    r"|gespräch|text|texto|testo|tekst|текст)\s*:.*$",
    _I,
)


def masthead_publication(blocks: Sequence[Block], verdicts: Sequence[Verdict | None]) -> str | None:
    """The publication a masthead line under the headline names ("Harbour Weekly | Interview:
    Ada Weiss" → "Harbour Weekly"), or None when the document has no such line."""
    for i, (block, verdict) in enumerate(zip(blocks, verdicts, strict=True)):
        if verdict is not None and verdict.rule in MASTHEAD_RULES:
            if verdict.rule == "boilerplate.masthead-beside-publication":
                part = _publication_part(block.text.strip(), blocks, verdicts, i + 1)
                return _SOURCE_WORD.sub("", part) or part if part else None
            name = _MASTHEAD_BYLINE.sub("", block.text.strip()).strip(" |｜–—-,")
            if len(name) < 2 or _BYLINE_FORM.search(name):
                return None
            return _SOURCE_WORD.sub("", name) or name  # "来源：海滨周刊" → "海滨周刊"
    return None


# A credit word before a copied page's source line: "来源：海滨周刊", "Quelle: Nordblick".
_SOURCE_WORD = re.compile(
    r"^\s*(?:来源|來源|出处|出處|出典|(?i:source|quelle|fuente|fonte|źródło|источник|джерело"
    r"|kaynak))\s*[:：]\s*"
)


def _profile_question_verdict(block: Block) -> Verdict | None:
    """A block a publisher profile's ``question_selector`` marked is a question: the site's
    own markup outranks the generic wording rules (a question in capitals is no kicker, one
    opening "Related:" no link line). Only the profile's own boilerplate selectors still win."""
    if block.hint is not None and block.hint_rule == "profile.boilerplate-selector":
        return _reader_hint(block)
    return None


def label_boilerplate(doc: Document, profile: object | None = None) -> tuple[Verdict | None, ...]:
    """One verdict per block: ``None`` for content, a :class:`Verdict` for clutter."""
    blocks: Sequence[Block] = doc.blocks
    verdicts: list[Verdict | None] = [
        _profile_question_verdict(block)
        if block.marked_question
        else _reader_hint(block) or (None if block.kind is BlockKind.TITLE else _text_rule(block))
        for block in blocks
    ]
    _image_captions(blocks, verdicts)
    _share_buttons(blocks, verdicts)
    _tail_run(blocks, verdicts, linked_page=doc.format == "html")
    _masthead(blocks, verdicts)
    _section_label(blocks, verdicts)
    _author_bio(blocks, verdicts)
    _comment_zone(blocks, verdicts)
    return tuple(verdicts)
