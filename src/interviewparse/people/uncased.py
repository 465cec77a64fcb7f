"""Interviewees' names in scripts without letter case (Chinese, Japanese, Arabic, ...).

:func:`~interviewparse.people.names.find_names` finds names by their capitals, which these
scripts do not have. Their interviews name the guest in other, equally regular ways, read here:

- a headline that opens with an interview word and the name before a colon: "专访陈晓明：...",
  "对话李娜：..." (Chinese names are two to four Han characters);
- a name with a Japanese honorific: "陶芸家・佐藤美咲さん", "山本健太氏", "松井さくらさん" (a
  given name in kana), only in text with kana
  (Chinese has "摄氏" and "记者李先生", where the same characters are no name) and not a role
  noun that takes the honorific too ("社長さん", "看護師さん", "息子さん");
- a "Name: quote" headline whose lead is two or three uncased words that the intro repeats
  right after a definite role noun: "سلمى حداد: ..." then "التقينا الكاتبة سلمى حداد ...". The
  repetition after a role word is what tells a name from a topic ("المكتبات العامة: ...", then
  "تحدثنا عن المكتبات العامة"), together with the Arabic article "ال" that opens nouns but
  rarely a first name. The role noun may stand in the headline itself ("النجار كريم ناصر:
  ..."), and then the name after it only has to recur in the intro;
- an answer label in such a script that the headline or intro also writes ("王海生：" answering,
  "王海生在舟山打鱼" in the intro): role labels ("记者", "答") are generic labels and never match;
- a role noun run into a Han name before the headline's colon ("陶艺师周雨桐：..."), when
  the intro writes the name on its own; a role noun and two words before a quoted speech in
  Devanagari or Arabic ("हॉकी कोच रीना वर्मा: "...""); a Korean role noun and name before
  the quote ("웹툰 작가 윤하린 "..."");
- the interviewer, from a credit line that is nothing but the credit word and the name:
  "聞き手：佐藤美咲", "采访：陈浩", "인터뷰=김민지", "记者 陈浩", "박지우 기자", "حاورته: ...".

Every pattern is anchored on a short fixed cue and reads a bounded window, so the cost grows
with the text at most linearly.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from .. import lexicon
from .names import GENERIC_LABELS

__all__ = ["uncased_guest", "uncased_interviewer", "uncased_label_guest"]


def _rule(rule: str) -> str:
    """The lexicon's phrases for ``rule`` (of the languages that write them), longest first."""
    return lexicon.alternation(lexicon.rule_phrases(rule))


_HAN = r"\u3400-\u4dbf\u4e00-\u9fff々"
_HANGUL = r"\uac00-\ud7a3"
# "专访陈晓明：", "独家专访 李娜:", "对话李娜：" at the head of a headline.
_INTERVIEW_HEADLINE = re.compile(
    rf"^\s*(?:{_rule('cue.headline-interview.lead')})?(?:{_rule('cue.headline-interview')})"
    rf"\s*(?P<name>[{_HAN}]{{2,4}})\s*[：:]"
)
# "陶芸家・佐藤美咲さん", "の山本健太さんに": Han characters right before a Japanese honorific,
# not glued to more Han characters in front (that would be a job title run into the name).
# A given name may be written in kana after a Han family name: "松井さくらさん", "森アキラ氏".
_HONORIFIC = re.compile(
    rf"(?<![{_HAN}])(?P<name>[{_HAN}]{{1,3}}(?:[\u3041-\u3096]{{2,4}}|[\u30a1-\u30fa]{{2,4}})"
    rf"|[{_HAN}]{{2,4}})(?:{_rule('cue.honorific-after')})"
)
_KANA = re.compile(r"[\u3041-\u309f\u30a0-\u30ff]")
# Han endings of role nouns that take さん like a name: 社長, 看護師, 運転手, 大工, 記者, 店員
_ROLE_ENDINGS = lexicon.words("title_endings", ("ja",))
_NOT_NAMES = lexicon.words("not_name_words", ("ja",))
_COLON = re.compile(r"\s*[:：]\s*")
_MAX_LEAD_WORDS = 3
_MIN_LEAD_WORDS = 2
_ARABIC_ARTICLE = lexicon.rule_phrases("cue.article-prefix")[0]
# Prepositions and conjunctions that open a topic, never a name: "في", "من", "على", ...
_ARABIC_FUNCTION_WORDS = lexicon.words("stopwords", ("ar",))
_ROLE_REACH = 40  # characters before a repeated lead where the role noun must stand


def _is_uncased_word(word: str) -> bool:
    """A word of letters that have no case (Arabic, Hebrew, Han, Thai, Devanagari, ...), with
    the vowel signs and marks these scripts write on their letters ("النجّار", "रीना")."""
    if not word or not word[0].isalpha():
        return False
    return all(
        (c.isalpha() and not (c.isupper() or c.islower()))
        or unicodedata.category(c).startswith("M")
        for c in word
    )


def _headline_lead(title: str, intro: str) -> str | None:
    """ "سلمى حداد: ...": two or three uncased words before the colon, repeated in the intro.

    A definite role noun may open the lead ("النجار كريم ناصر: ..."): it stands before the
    name as in the intro, so the name that follows it only has to recur there.
    """
    parts = _COLON.split(title, maxsplit=1)
    if len(parts) < 2:
        return None
    words = parts[0].split()
    after_role = _name_after_role(words, intro)
    if after_role is not None:
        return after_role
    if not _MIN_LEAD_WORDS <= len(words) <= _MAX_LEAD_WORDS:
        return None
    if not all(_is_uncased_word(w) for w in words) or words[0].startswith(_ARABIC_ARTICLE):
        return None
    lead = " ".join(words)
    at = intro.find(lead)
    while at >= 0:
        before = intro[max(0, at - _ROLE_REACH) : at].split()  # a bounded look back
        if before and _is_uncased_word(before[-1]) and before[-1].startswith(_ARABIC_ARTICLE):
            return lead  # "الكاتبة سلمى حداد": a definite role noun, then the name
        at = intro.find(lead, at + len(lead))
    return None


def _name_after_role(words: Sequence[str], intro: str) -> str | None:
    """ "النجار كريم ناصر": the name after a definite role noun, if the intro gives it too."""
    if len(words) <= _MIN_LEAD_WORDS or not all(_is_uncased_word(w) for w in words):
        return None
    role, rest = words[0], words[1:]
    if not role.startswith(_ARABIC_ARTICLE) or rest[0].startswith(_ARABIC_ARTICLE):
        return None
    if len(rest) > _MAX_LEAD_WORDS or rest[0] in _ARABIC_FUNCTION_WORDS:
        return None
    name = " ".join(rest)
    return name if name in intro else None


def _honorific_name(text: str) -> str | None:
    """ "陶芸家・佐藤美咲さん" → "佐藤美咲", in Japanese text only, skipping role nouns."""
    if _KANA.search(text) is None:
        return None
    for match in _HONORIFIC.finditer(text):
        name = match["name"]
        if name[-1] not in _ROLE_ENDINGS and name not in _NOT_NAMES:
            return name
    return None


def uncased_guest(title: str | None, front: Sequence[str]) -> str | None:
    """The interviewee named in uncased script by the headline or the intro, if any."""
    if title:
        match = _INTERVIEW_HEADLINE.match(title)
        if match is not None:
            return match["name"]
    for text in ([title] if title else []) + list(front):
        honorific = _honorific_name(text)
        if honorific is not None:
            return honorific
    if title:
        intro = "\n".join(text for text in front if text != title)
        return (
            _headline_lead(title, intro)
            or _han_role_lead(title, intro)
            or _role_name_quote(title, intro)
            or _korean_role_name(title, intro)
        )
    return None


# Han characters that end a role noun written right before a name: 修复师, 茶农, 作家, 运动员,
# 歌手, 校长, 匠人 (a headline "陶艺师周雨桐：..." runs the two together).
_HAN_ROLE_ENDINGS = lexicon.words("title_endings", ("zh",))
_HAN_LEAD = re.compile(rf"^\s*(?P<lead>[{_HAN}]{{3,12}})\s*[：:]")


def _han_role_lead(title: str, intro: str) -> str | None:
    """ "陶艺师周雨桐：...": the name after a role noun at the end of a Han headline lead,
    when the intro writes it on its own (not as the tail of the same longer word)."""
    match = _HAN_LEAD.match(title)
    if match is None:
        return None
    lead = match["lead"]
    for size in (3, 2, 4):
        if len(lead) <= size:
            continue
        name, role_end = lead[-size:], lead[-size - 1]
        if role_end not in _HAN_ROLE_ENDINGS:
            continue
        at = intro.find(name)
        while at >= 0:
            if at == 0 or intro[at - 1] != role_end:
                return name
            at = intro.find(name, at + 1)
    return None


_QUOTE_OPENERS = "\"“«„'‘「『"
# Hindi postpositions and conjunctions: a word before them is no role noun ("भारत में ...").
_DEVANAGARI_FUNCTION_WORDS = lexicon.words("stopwords", ("hi",))
_MAX_ROLE_LEAD_WORDS = 5


def _role_name_quote(title: str, intro: str) -> str | None:
    """ "हॉकी कोच रीना वर्मा: "..."": a headline that quotes its speaker, whose lead is a
    role noun and then two uncased words the intro writes again: those are the name."""
    parts = _COLON.split(title, maxsplit=1)
    if len(parts) < 2 or parts[1][:1] not in _QUOTE_OPENERS:
        return None
    words = parts[0].split()
    if not _MIN_LEAD_WORDS < len(words) <= _MAX_ROLE_LEAD_WORDS:
        return None
    if not all(_is_uncased_word(w) for w in words) or words[-3] in _DEVANAGARI_FUNCTION_WORDS:
        return None
    name = " ".join(words[-2:])
    if words[-2] in _ARABIC_FUNCTION_WORDS or words[-2].startswith(_ARABIC_ARTICLE):
        return None
    return name if name in intro or _ARABIC_ROLE_NAME.match(" ".join(words)) else None


# "الخطاط سامي النجّار": a definite role noun, then a name of two words (the headline quotes him).
_ARABIC_ROLE_NAME = re.compile(rf"^{_ARABIC_ARTICLE}\S+ (?!{_ARABIC_ARTICLE})\S+ \S+$")

# Korean role nouns that stand before a name in a headline ("웹툰 작가 윤하린 "...""): writer,
# director, professor, CEO, athlete, actor, singer, chef, researcher, designer.
_KOREAN_ROLES = lexicon.words("job_titles", ("ko",))
_KOREAN_ROLE_NAME = re.compile(
    rf"(?:^|\s)(?P<role>[{_HANGUL}]{{1,6}})\s+(?P<name>[{_HANGUL}]{{2,4}})\s*[\"“'‘「:：]"
)


def _korean_role_name(title: str, intro: str) -> str | None:
    """ "웹툰 작가 윤하린 "..."": the name after a role noun, right before the quote, if the
    intro names the person too. A role noun not in the short list counts when the intro turns
    the two round, as Korean prose does ("도예가 서하윤" in the headline, "서하윤 도예가를")."""
    match = _KOREAN_ROLE_NAME.search(title)
    if match is None or match["name"] not in intro:
        return None
    known_role = match["role"] in _KOREAN_ROLES
    if known_role or f"{match['name']} {match['role']}" in intro:
        return match["name"]
    return None


# A speaker label in Han characters: a Chinese name of two to four characters ("王海生：").
_HAN_LABEL = re.compile(rf"^[{_HAN}]{{2,4}}$")
_MAX_ARABIC_LABEL_WORDS = 3


def uncased_label_guest(labels: Sequence[str], front: Sequence[str]) -> str | None:
    """The answering side's label when it is a name in uncased script that the headline or
    intro also gives: "王海生：" answering, with "王海生在舟山打鱼" in the intro.

    A role label ("答", "嘉宾", "主持人") is skipped; a label the intro never writes is left
    alone, since in these scripts no letter case tells a name from a word.
    """
    text = "\n".join(front)
    for label in labels:
        label = label.strip()
        words = label.split()
        if not words or label in GENERIC_LABELS or not all(_is_uncased_word(w) for w in words):
            continue
        han = _HAN_LABEL.match(label) is not None
        arabic = 2 <= len(words) <= _MAX_ARABIC_LABEL_WORDS and not words[0].startswith(
            _ARABIC_ARTICLE
        )
        if (han or arabic) and label in text:
            return label
    return None


# A credit line naming who asked, whole: "聞き手：佐藤美咲", "取材・文／山本健太", "采访：陈浩",
# "记者：陈浩", "인터뷰·글=김민지". A question labelled "记者：" is a question block, never a
# credit line, and a name is two to five characters ending the line (a date may follow).
_INTERVIEWER_CREDIT = re.compile(
    rf"^\s*(?P<credit>(?:{_rule('cue.interviewer-credit')})"
    rf"(?:\s*[・·/／]\s*(?:{_rule('cue.interviewer-credit.second')}))?"
    rf"(?:\s*[:：=＝/／]\s*|\s+))?(?P<name>[{_HAN}]{{1,3}}\s?[{_HAN}]{{1,3}}|[{_HANGUL}]{{2,4}})"
    rf"(?P<reporter>\s*(?:{_rule('cue.interviewer-credit.reporter')}))?\s*(?:\d[\d./\-年月日 ]*)?$"
)
# "حاورته: ليلى الصبّاغ", "حوار: ...": the Arabic credit word, then a name of two or three words.
_ARABIC_CREDIT = re.compile(
    rf"^\s*(?:{_rule('cue.interviewer-credit.spaced')})\s*[:：]\s*(?P<name>\S+(?: \S+){{1,2}})\s*$"
)
_MAX_CREDIT_CHARS = 40
# "文：森田亮　写真：石川葵": credits of several people on one line, each opening with its word
_CREDIT_PIECES = re.compile(r"\s+(?=[^\s:：]{1,6}[:：])")


def uncased_interviewer(texts: Sequence[str]) -> str | None:
    """The interviewer a short credit line in Chinese, Japanese or Korean names, if any."""
    pieces = [piece for text in texts for piece in _CREDIT_PIECES.split(text)]
    for text in pieces:
        if len(text) <= _MAX_CREDIT_CHARS:
            match = _INTERVIEWER_CREDIT.match(text)
            # a bare name is a credit only with the reporter's title after it ("박지우 기자")
            if match is not None and (match["credit"] or match["reporter"]):
                return match["name"]
            arabic = _ARABIC_CREDIT.match(text)
            if arabic is not None and all(_is_uncased_word(w) for w in arabic["name"].split()):
                return arabic["name"]
    return None
