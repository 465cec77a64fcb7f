"""Names that are the same in every language: news and photo agencies, platforms, company forms,
time zones.

They are not words of a language (a German page credits "dpa" and an English one "Reuters", and
each may credit both), so no language module holds them; but they are knowledge all the same,
and each has one home here instead of a copy in every rule that reads it. Entries are regular
expression fragments (``getty(?:\\s+images)?``), matched as each rule's comment says
(case-sensitive where an agency's own spelling tells it from a word: "AP", "dpa").
"""

from __future__ import annotations

__all__ = [
    "COMPANY_SUFFIXES",
    "EMBED_PLATFORMS",
    "NEWS_AGENCIES",
    "PHOTO_AGENCIES",
    "PLATFORMS",
    "STOCK_PHOTO_CREDITS",
    "TIME_ZONES",
]

#: News agencies as they sign a story, in their own spelling ("(APA)", "dpa/AFP").
NEWS_AGENCIES: tuple[str, ...] = (
    "APA", "dpa", "AFP", "AP", "Reuters", "sda", "SDA", "KNA", "epd", "EFE", "ANSA", "TASS",
)  # fmt: skip
#: Agencies a photo caption credits in brackets at its end ("(AP Photo)", "(Getty Images)").
PHOTO_AGENCIES: tuple[str, ...] = (
    "reuters", "ap", "afp", "dpa", "epa", r"getty(?:\s+images)?", r"ap\s+photo", "keystone",
    "imago",
)  # fmt: skip
#: Photo agencies and stock libraries whose name alone marks a credit line, anywhere in it:
#: only names that are no word of running text ("AP" is left out).
STOCK_PHOTO_CREDITS: tuple[str, ...] = (
    "getty images", "picture[- ]alliance", "imago", "reuters", "dpa", "afp", "ap photo",
    "shutterstock", "istock",
)  # fmt: skip
#: Platforms a page asks readers to follow it on, as written in any script.
PLATFORMS: tuple[str, ...] = (
    "telegram", "whatsapp", r"google\s+news", "youtube", "instagram", "facebook", "tiktok",
    "twitter", "linkedin", "threads", "bluesky", "mastodon", "wechat", "weibo", "viber",
    "pinterest", "spotify", r"apple\s+podcasts", "फेसबुक", "ट्विटर", "यूट्यूब", "इंस्टाग्राम",
    "व्हाट्सएप", "微信", "微博",
)  # fmt: skip
#: Platforms whose posts a page embeds, as the embed's line names them ("View this post on
#: Instagram"): capitalised, in their own spelling.
EMBED_PLATFORMS: tuple[str, ...] = (
    "Instagram", "Twitter", "TikTok", "Facebook", "YouTube", "Threads", "Bluesky",
)  # fmt: skip
#: The legal forms a company name ends with ("Ltd", "GmbH", "S.p.A.", "Sp. z o.o.").
COMPANY_SUFFIXES: tuple[str, ...] = (
    "Ltd", "Limited", "GmbH", "Inc", "LLC", "plc", "AG", "SAS", r"S\.?L", r"S\.?A", r"S\.?p\.?A",
    r"B\.?V", "Oy", "AB", "A/S", r"Sp\. z o\.o",
)  # fmt: skip
#: Time zone abbreviations a date line writes after the time.
TIME_ZONES: tuple[str, ...] = (
    "utc", "gmt", "bst", "cet", "cest", "eet", "eest", "wet", "west", "msk", "ist", "jst", "kst",
    "wib", "wita", "wit", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "et", "pt",
    "aest", "aedt", "hkt", "sgt", "brt", "trt", "sast",
)  # fmt: skip
