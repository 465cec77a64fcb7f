"""Turkish."""

from __future__ import annotations

from ._model import Lexicon, w

LEXICON = Lexicon(
    code="tr",
    name="Turkish",
    question_labels=w("soru"),
    answer_labels=w("cevap yanıt"),
    interrogatives=w("ne neden niçin niye nasıl nerede nereye nereden kimin hangi kaç"),
    request_verbs=w("anlatın anlatır"),
    address_pronouns=w("siz sizin sizi sizce sen senin sana"),
    first_person=w("benim bana biz bizim"),
    stopwords=w("ve bir bu için ile olarak çok daha olan gibi ama değil kadar sonra şey ancak ise"),
    months=(
        w("ocak"),
        w("şubat"),
        w("mart"),
        w("nisan"),
        w("mayıs"),
        w("haziran"),
        w("temmuz"),
        w("ağustos"),
        w("eylül"),
        w("ekim"),
        w("kasım"),
        w("aralık"),
    ),
    weekdays=(
        w("pazartesi"),
        w("salı"),
        w("çarşamba"),
        w("perşembe"),
        w("cuma"),
        w("cumartesi"),
        w("pazar"),
    ),
    dateline_phrases=(
        r"yayınlanma(?:\s+tarihi)?",
        "güncelleme",
        "güncellendi",
    ),
    job_titles=w("araştırmacı hemşire yazar balıkçı"),
    interview_phrases=(
        r"sorduk",
        r"konuştuk",
        r"görüştük",
        r"röportaj",
        r"söyleşi",
        r"mülakat",
        r"sorularını\s+yanıtladı",
    ),
    not_interview_phrases=(
        r"faqs?",
        r"rehber",
        r"sıkça\s+sorulan\s+sorular",
        r"ipuçları",
        r"inceleme",
        r"görüş",
        r"köşe\s+yazısı",
        r"tarif",
        r"canlı\s+anlatım",
    ),
    boilerplate_phrases={
        "related": (
            r"ayrıca (?:okuyun|bakınız|bkz\.?)",
            "ilgili (?:haberler|haber|yazılar)",
            "bunlar da ilginizi çekebilir",
            "ilginizi çekebilir",
            "en çok okunan(?:lar)?",
        ),
        "newsletter": (
            "bülten",
            "e-?bülten",
        ),
        "credit": (
            "fotoğraf",
            "görsel",
            "editör",
        ),
        "advertisement": ("reklam",),
        "share": ("paylaş",),
        "comments": ("yorumlar",),
        "tags": (
            "etiketler",
            "konular",
        ),
        "author_bio": ("yazar hakkında",),
        "editorial_note": (
            "editörün notu",
            "düzeltme",
        ),
    },
    question_class_words=w("soru"),
    host_roles=w("sunucu"),
    guest_roles=w("konuk"),
    not_name_words=w("röportaj söyleşi"),
    boilerplate_prompts={
        "newsletter": (
            "abone ol",
            "bültenimize (?:abone|kaydol)",
        ),
        "share": ("haberi paylaş",),
        "comments": ("yorum yap",),
        "promo": (
            r"bizi takip edin\b",
            (
                r"destekleyin\b[^.!?]{0,60}\b(?:patreon|steady|ko-fi|buy me a coffee|tipeee|"
                r"liberapay|memberful)\b"
            ),
            r"dinleyin\s*[:：]",
        ),
        "sponsor": ("sponsorlu içerik",),
    },
    rule_phrases={
        "cue.thanks": (r"teşekkür(?:ler|\s+ederim)",),
        "segment.genre-kicker": (
            "görüş",
            r"köşe\s+yazısı",
            "rehber",
        ),
        "cue.reportage": (
            "dedi",
            "açıkladı",
            "söyledi",
        ),
        "cue.others-say": (
            "diyor",
            "diyorlar",
            r"şikayet\w*",
        ),
        "cue.points-back": (
            "bu",
            "buna",
            "bunu",
            "bununla",
        ),
        "boilerplate.media-runtime": (
            "dinle",
            "dinleyin",
            "izle",
            "izleyin",
        ),
        "boilerplate.media-runtime.units": (
            "dk",
            "dakika",
        ),
        "boilerplate.donation-appeal.when": (
            "bugün",
            "şimdi",
        ),
        "boilerplate.donation-appeal": (r"bağış\s+yapın",),
        "boilerplate.donation-appeal.support": ("destekleyin",),
        "boilerplate.source-line": ("kaynak",),
        "boilerplate.copyright-line": (r"tüm\s+hakları\s+saklıdır",),
        "boilerplate.copyright-line.prefilter": ("saklı",),
        "boilerplate.dateline.reading-time.after": ("okuma",),
        "boilerplate.dateline.reading-time.before": (r"okuma\s+süresi",),
        "html.reading-time.units": (r"dk\.?",),
        "html.reading-time.after": ("okuma",),
        "html.reading-time.before": ("okuma süresi",),
        "html.reading-time.short-units": ("dk",),
        "boilerplate.follow-prompt": (
            r"takip\s+edin",
            "katılın",
            r"abone\s+olun",
        ),
        "boilerplate.masthead-publication-word": (
            "gazetesi",
            "haber",
            "habercisi",
        ),
        "boilerplate.credit-line": ("röportaj",),
        "cue.write-to-us": (r"bize\s+yaz[ıi]n",),
        "boilerplate.follow-prompt.us": ("bizi",),
    },
)
