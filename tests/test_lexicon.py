"""The lexicon: one module per language, the same slots in each, and the only home of words.

Three things are checked here: the lexicon's shape (every language module listed, loading, and
filling the core slots a language with a written alphabet can fill), that rules and lexicon agree
(a date line's month is read by :mod:`interviewparse.dates` and labelled by the boilerplate rules
from the one table), and that a language added as one file parses: Swedish, with an invented
interview in ``tests/fixtures/languages`` (text and HTML, each beside its gold file).

Two guards keep words from growing back in the rule modules: a module-level table of five or
more strings, or one string of eight or more words, outside ``lexicon/`` must be named in
:data:`LANGUAGE_FREE_TABLES` (tables of markup, codes and names, with the reason); and a regular
expression outside ``lexicon/`` may hold only the words of :data:`LANGUAGE_FREE_WORDS` (HTML,
CSS, URL and field vocabulary), every other word being asked of the lexicon.
"""

from __future__ import annotations

import ast
import contextlib
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import interviewparse as ip
from interviewparse import lexicon
from interviewparse.dates import find_date
from interviewparse.lexicon.__main__ import main as print_coverage

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "interviewparse"
FIXTURES = Path(__file__).parent / "fixtures" / "languages"

#: The languages the parser supports in full fill every core slot (save the exemptions below).
FULL = lexicon.SUPPORTED
CORE_SLOTS = (
    "question_labels",
    "answer_labels",
    "interrogatives",
    "address_pronouns",
    "interview_phrases",
    "not_interview_phrases",
    "first_person",
    "months",
    "weekdays",
    "dateline_phrases",
    "boilerplate_phrases",
)
#: Slots a full language leaves empty, and why.
EXEMPT = {
    # no spaces between words: the question mark carries the cue alone
    ("ja", "interrogatives"),
    ("ja", "address_pronouns"),
    ("ja", "first_person"),
    ("zh", "interrogatives"),
    ("zh", "address_pronouns"),
    ("zh", "first_person"),
    # dates are written in figures (2025年5月5日), weekdays too (月曜日 is read by no rule yet)
    ("ja", "months"),
    ("ja", "weekdays"),
    ("zh", "months"),
    ("zh", "weekdays"),
}


def test_every_language_module_is_listed_and_loads() -> None:
    modules = {p.stem for p in (PACKAGE / "lexicon").glob("*.py") if not p.stem.startswith("_")}
    assert modules == set(lexicon.LANGUAGES)
    for code in lexicon.LANGUAGES:
        lex = lexicon.get(code)
        assert lex.code == code and lex.name
        assert len(lex.months) in (0, 12), code
        assert len(lex.weekdays) in (0, 7), code


def test_full_languages_fill_the_core_slots() -> None:
    missing = [
        (code, slot)
        for code in FULL
        for slot in CORE_SLOTS
        if not getattr(lexicon.get(code), slot) and (code, slot) not in EXEMPT
    ]
    assert missing == []


def test_an_unknown_language_has_an_empty_lexicon() -> None:
    assert lexicon.get("xx").question_labels == ()
    assert lexicon.words("question_labels", ("xx",)) == frozenset()
    assert lexicon.pattern("dateline_phrases", ("xx",)) is None


def test_union_and_per_language_lookups_agree() -> None:
    union = lexicon.words("question_labels")
    per_language = set().union(*(lexicon.words("question_labels", (c,)) for c in lexicon.LANGUAGES))
    assert union == per_language
    assert "fråga" in lexicon.words("question_labels", ("sv",))
    assert "fråga" not in lexicon.words("question_labels", ("de",))


def test_a_month_has_one_number_in_every_language() -> None:
    seen: dict[str, int] = {}
    for code in lexicon.LANGUAGES:
        for number, spellings in enumerate(lexicon.get(code).months, start=1):
            for spelling in spellings:
                assert seen.setdefault(spelling.casefold(), number) == number, (code, spelling)
    assert lexicon.month_numbers()["maja"] == 5
    assert lexicon.month_numbers()["augusti"] == 8


def test_per_kind_slots_name_only_boilerplate_kinds() -> None:
    kinds = {kind.value for kind in ip.BoilerplateKind}
    for slot in ("boilerplate_phrases", "boilerplate_prompts"):
        assert set(lexicon.phrases_by_kind(slot)) <= kinds
    with pytest.raises(ValueError, match="per-kind slot"):
        lexicon.phrases_by_kind("months")


def test_every_phrase_compiles() -> None:
    for slot in ("dateline_phrases", "byline_phrases"):
        for phrase in lexicon.phrases(slot):
            re.compile(phrase)
    for slot in ("boilerplate_phrases", "boilerplate_prompts"):
        for phrases in lexicon.phrases_by_kind(slot).values():
            for phrase in phrases:
                re.compile(phrase)


# -- dates and boilerplate read one table --------------------------------------------------------

_POLISH = """Rozmowa z pszczelarką

Opublikowano: 5 maja 2025

Anna Nowak prowadzi pasiekę od dwudziestu lat.
"""


def test_dates_and_boilerplate_agree_on_a_dateline() -> None:
    assert find_date("Opublikowano: 5 maja 2025") == "2025-05-05"
    iv = ip.parse_text(_POLISH)
    assert iv.published == "2025-05-05"
    assert [(b.kind, b.text) for b in iv.boilerplate] == [
        (ip.BoilerplateKind.DATELINE, "Opublikowano: 5 maja 2025")
    ]


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Publicerad 14 augusti 2025", "2025-08-14"),
        ("Veröffentlicht am 3. März 2024", "2024-03-03"),
        ("Publicado el 7 de octubre de 2023", "2023-10-07"),
        ("Опубликовано 12 апреля 2022", "2022-04-12"),
    ],
)
def test_a_dateline_in_any_language_is_a_date(line: str, day: str) -> None:
    assert find_date(line) == day


# -- the coverage table --------------------------------------------------------------------------


def _coverage_table() -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        print_coverage()
    return out.getvalue()


def test_coverage_table_lists_every_language() -> None:
    rows = [line for line in _coverage_table().splitlines() if line.startswith("| ")][1:]
    assert len(rows) == len(lexicon.LANGUAGES) >= 14
    assert any(row.startswith("| sv Swedish |") for row in rows)


def test_docs_show_the_current_coverage_table() -> None:
    page = (ROOT / "docs" / "languages.md").read_text(encoding="utf-8")
    begin, end = "<!-- coverage:begin -->\n", "<!-- coverage:end -->"
    assert begin in page and end in page, "docs/languages.md lost its coverage markers"
    shown = page.split(begin, 1)[1].split(end, 1)[0]
    assert shown == _coverage_table(), (
        "docs/languages.md is out of date: paste the output of `python -m interviewparse.lexicon`"
    )


# -- the lexicon is the only home of words -------------------------------------------------------

#: Tables of strings outside the lexicon that hold no language's words, by module, and why.
LANGUAGE_FREE_TABLES: dict[str, set[str]] = {
    # bytes, code points, file extensions and field names, not words
    "_input.py": {"_MAGIC", "SURROGATE_FREE", "_BOMS", "_DOCUMENT_EXTENSIONS"},
    "evidence.py": {"FEATURES"},  # feature names
    "segment/scoring.py": {"WEIGHTS", "MARKER_EXPLICIT"},  # feature and convention names
    # the rule table (ids and human reasons), code points whose lower case is unusual, and the
    # photo credits' pattern pieces (built from the lexicon's rule phrases and agency names)
    "boilerplate/block.py": {"_TEXT_RULES", "_CASE_ODDITIES", "_CAPTION_CREDITS"},
    "integrations/dask.py": {"RECORD_COLUMNS", "WARC_RECORD_COLUMNS"},  # column names
    # language codes, and the Unicode ranges of the scripts (letters, not words)
    "language.py": {"_GUESSED", "_SCRIPTS", "_SCRIPT_LANGUAGE"},
    "profiles.py": {"EXAMPLE_PROFILE", "_PROFILE_FIELDS"},
    "rules.py": {"RULES"},  # the rule registry: ids and descriptions
    # HTML tags, ARIA roles and class-name vocabulary: markup, not a language's words
    "readers/_content.py": {
        "CHROME_WORDS",
        "_NOT_STANDFIRST_WORDS",
        "_PROSE_TAGS",
        "_LEAF_BLOCKS",
        "_CHROME_TAGS",
        "_MEDIA_TAGS",
        "_HOLDERS",
        "_BLOCK_TAGS",  # HTML tag names
        "_CHROME_ROLES",  # ARIA roles
    },
    # the HTML class vocabulary of the reader's hints is structure, not a language's words
    "readers/_hints.py": {
        "_WORD_HINTS",
        "_TEXT_RULES",
        "_PAIR_HINTS",
        "_TAG_HINTS",
        "STANDFIRST_WORDS",
        # embed codes, collapsible boxes and screen-reader text, as class names spell them
        "_PLATFORMS",
        "_EMBED_WORDS",
        "_COLLAPSIBLE_WORDS",
        "_HIDDEN_PAIRS",
    },
    # tags, schema.org types
    "readers/_page.py": {"JUNK_TAGS", "_ARTICLE_TYPES", "_BYLINE_SKIP", "_GATHERED"},
    "readers/_soup.py": {"KEPT_ATTRIBUTES"},
    # tags, numerals, classes
    "readers/_walk.py": {"BLOCK_TAGS", "_OWN_CONTEXT", "_ROMAN", "_BOLD_CLASSES"},
    "readers/text.py": {"_LEAD_KEYS"},  # front-matter field names
    # not words: the referee's typographic-quote map, and the explain view's colours and tags
    "evaluation.py": {"_QUOTES"},
    "render/html.py": {"ROLE_COLOURS", "KIND_COLOURS", "_TAGS"},
}


def _strings(node: ast.AST) -> list[str]:
    """The string literals under ``node``; an f-string's pieces are one literal's, not a table's."""
    if isinstance(node, ast.JoinedStr):
        return []
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id == "lexicon"
    ):
        return []  # a question to the lexicon: slot names and language codes
    if isinstance(node, ast.Constant):
        return [node.value] if isinstance(node.value, str) else []
    return [s for child in ast.iter_child_nodes(node) for s in _strings(child)]


def _is_word_table(value: ast.AST) -> bool:
    """Five or more strings, or one string of eight or more plain words (``_wordset("a b c")``).
    A single regular expression is not counted: its alternatives are one literal."""
    if isinstance(value, ast.Constant | ast.JoinedStr):
        return False
    strings = _strings(value)
    if len(strings) >= 5:
        return True
    return any(len(s.split()) >= 8 and re.fullmatch(r"[\w\s'’-]+", s) for s in strings)


def _word_tables() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        if rel.startswith("lexicon/"):
            continue
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                target, value = node.targets[0], node.value
            elif isinstance(node, ast.AnnAssign) and node.value is not None:
                target, value = node.target, node.value
            else:
                continue
            name = target.id if isinstance(target, ast.Name) else ""
            if name and name != "__all__" and _is_word_table(value):
                found.setdefault(rel, set()).add(name)
    return found


def test_no_new_word_tables_outside_the_lexicon() -> None:
    new = {
        module: names - LANGUAGE_FREE_TABLES.get(module, set())
        for module, names in _word_tables().items()
        if names - LANGUAGE_FREE_TABLES.get(module, set())
    }
    assert new == {}, (
        "words belong in src/interviewparse/lexicon/<language>.py (names no language owns in "
        "lexicon/_shared.py); a table of markup or codes goes in LANGUAGE_FREE_TABLES"
    )


def test_remaining_tables_list_only_tables_that_still_exist() -> None:
    found = _word_tables()
    gone = {
        module: names - found.get(module, set())
        for module, names in LANGUAGE_FREE_TABLES.items()
        if names - found.get(module, set())
    }
    assert gone == {}, "a table is gone: strike it from LANGUAGE_FREE_TABLES"


#: The words a regular expression outside the lexicon may hold: the vocabulary of markup and of
#: the web (HTML tags, CSS, class-name fragments, URL parts, the field names of front matter and
#: schema.org), which belongs to no language. Anything else is a language's word and belongs in
#: ``lexicon/<code>.py`` (or, for a name no language owns, ``lexicon/_shared.py``).
_LANGUAGE_FREE = """
    about archive article aside author authors avatar blockquote body bold bolder box br byline
    card center charset co com comment comments date dd desc description display div dl dt em fi
    file follow font footer ftp head header hidden hr html image img italic li lighter link list
    main meta more name nav none normal noscript oblique ol page photo pic picture publication
    published publisher rep script section site social span status strong style table tbody td
    template th thead title tr twitter ul visibility weight www xml doctype https details fieldset
    figure form summary bio reply articlebody content entry post story
    type faqpage qapage question discussionforumposting howto
    utc gmt copyright
    """
# The next to last line: schema.org's JSON-LD key and the type names the evidence reads; the last:
# written the same in every language ("© Copyright 2026", "12:00 GMT").
LANGUAGE_FREE_WORDS = frozenset(_LANGUAGE_FREE.split())
#: Escapes, character classes and group syntax: what is left of a pattern are its words.
_REGEX_SYNTAX = re.compile(
    r"\\.|\[[^\]]*\]|\(\?(?:P<\w+>|P=\w+\)|[a-zA-Z]*[:=!<-]?[=!]?)|\{[\d,]*\}"
)
_REGEX_WORD = re.compile(r"[^\W\d_]{2,}")
#: Helpers that ask the lexicon for a rule's phrases: what they are given is a rule id.
_LEXICON_HELPERS = {
    "_rule",
    "_first_letters",
    "_alternatives",
    "_alternation",
    "_grouped",
    "_prefilter",
}


def _pattern_text(node: ast.AST) -> str:
    """The literal text of a pattern expression, a question to the lexicon left out."""
    if isinstance(node, ast.Constant):
        return node.value if isinstance(node.value, str) else ""
    if isinstance(node, ast.Call):
        func = node.func
        if isinstance(func, ast.Attribute) and getattr(func.value, "id", "") == "lexicon":
            return " "
        if isinstance(func, ast.Name) and func.id in _LEXICON_HELPERS:
            return " "
    if isinstance(node, ast.FormattedValue):
        return _pattern_text(node.value) or " "
    return " ".join(_pattern_text(child) for child in ast.iter_child_nodes(node))


def _regex_words() -> dict[str, set[str]]:
    """``{"module.py:line": words}`` for every ``re.compile`` outside the lexicon."""
    found: dict[str, set[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        if rel.startswith("lexicon/"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            func = node.func if isinstance(node, ast.Call) else None
            if not (
                isinstance(node, ast.Call)
                and isinstance(func, ast.Attribute)
                and func.attr == "compile"
                and getattr(func.value, "id", "") == "re"
                and node.args
            ):
                continue
            text = _REGEX_SYNTAX.sub(" ", _pattern_text(node.args[0]))
            words = {w.lower() for w in _REGEX_WORD.findall(text)}
            if words:
                found[f"{rel}:{node.lineno}"] = words
    return found


def test_no_language_words_in_patterns_outside_the_lexicon() -> None:
    foreign = {
        where: sorted(words - LANGUAGE_FREE_WORDS)
        for where, words in _regex_words().items()
        if words - LANGUAGE_FREE_WORDS
    }
    assert foreign == {}, "words belong in src/interviewparse/lexicon/<language>.py"


def test_the_pattern_guard_sees_words() -> None:
    """The guard reads the words of a pattern and nothing of its syntax or of a rule id."""
    source = 're.compile(rf"(?:\\bvorwort|[a-z]{2,}\\w+)(?P<x>{_rule(RULE)})\\s+")'
    call = ast.parse(source).body[0]
    assert isinstance(call, ast.Expr) and isinstance(call.value, ast.Call)
    text = _REGEX_SYNTAX.sub(" ", _pattern_text(call.value.args[0]))
    assert _REGEX_WORD.findall(text) == ["vorwort"]


# -- a language added as one file: Swedish --------------------------------------------------------


def _fixture(fmt: str) -> tuple[dict[str, Any], ip.Interview]:
    folder = FIXTURES / fmt
    gold = json.loads((folder / "sv-biodlare-rattvik.gold.json").read_text(encoding="utf-8"))
    document = next(p for p in folder.glob("sv-biodlare-rattvik.*") if "gold" not in p.name)
    return gold, ip.parse(document.read_bytes())


@pytest.mark.parametrize("fmt", ["text", "html"])
def test_a_swedish_interview_parses(fmt: str) -> None:
    gold, iv = _fixture(fmt)
    assert iv.is_interview and iv.language == "sv"
    assert [(p.question.text, p.answer.text) for p in iv.pairs] == [
        (p["question"], p["answer"]) for p in gold["pairs"]
    ]
    assert [b.text for b in iv.intro] == gold["intro"]
    assert list(iv.interviewers) == gold["interviewers"]
    assert list(iv.interviewees) == gold["interviewees"]
    assert iv.published is not None and iv.published.startswith("2025-08-14")
    assert {b.text for b in iv.boilerplate} >= set(gold["boilerplate"]) - {
        # the HTML reader leaves a figure's caption out of the blocks altogether
        "Karin Holmqvist vid sina kupor utanför Rättvik. Foto: Lena Ek"
    }


def test_swedish_boilerplate_is_read_by_its_kind() -> None:
    _gold, iv = _fixture("text")
    kinds = {b.text.split(":")[0].split()[0]: b.kind for b in iv.boilerplate}
    assert kinds["Prenumerera"] == ip.BoilerplateKind.NEWSLETTER
    assert kinds["Foto"] == ip.BoilerplateKind.CREDIT
    assert kinds["Läs"] == ip.BoilerplateKind.RELATED
    assert kinds["Ämnen"] == ip.BoilerplateKind.TAGS
    assert kinds["Publicerad"] == ip.BoilerplateKind.DATELINE


# -- rule phrases are keyed by the rule that reads them ----------------------------------------


def test_rule_phrases_are_keyed_by_a_rule_id_and_read_by_their_rule() -> None:
    from interviewparse.rules import RULES

    ids = {rule.id for rule in RULES}
    source = "\n".join(
        p.read_text(encoding="utf-8")
        for p in PACKAGE.rglob("*.py")
        if not p.relative_to(PACKAGE).as_posix().startswith("lexicon/")
    )
    for key in lexicon.phrases_by_kind("rule_phrases"):
        rule = ".".join(key.split(".")[:2])
        # the segmenter's wording cues weigh evidence for several rules: keyed "cue.<name>"
        assert rule in ids or rule.startswith("cue."), key
        assert f"'{key}'" in source or f'"{key}"' in source, f"no rule reads {key}"


# -- rules read the document's language ------------------------------------------------------------


def test_wording_cues_read_the_documents_language() -> None:
    from interviewparse import cues

    # German "du" in a French question, Italian "I" (an article) opening an answer: words of
    # another language that the union of every language takes for a cue
    french = "Quelles sont les limites du vélo cargo ?"
    italian = "I giovani arrivano ogni estate per la vendemmia."
    assert cues.addresses_listener(french) and cues.first_person(italian)
    with lexicon.reading(lexicon.languages_of("fr")):
        assert not cues.addresses_listener(french)
        assert cues.addresses_listener("Que conseillez-vous à une ville ?")
    with lexicon.reading(lexicon.languages_of("it")):
        assert not cues.first_person(italian)
    with lexicon.reading(lexicon.languages_of("xx")):  # no lexicon: every language
        assert cues.addresses_listener(french)
    assert lexicon.languages_of("xx") is None and lexicon.languages_of("sv") == ("sv",)


_PHRASES = (
    "talk(?:ed)?\\s+to",
    "tell",
    "ask(?:ed)?",
    "q\\s?&\\s?a",
    "интервью\\s+с",
    "(?:a\\s+)?parlé",
)


@given(
    st.lists(st.sampled_from(_PHRASES), min_size=1, unique=True),
    st.text(alphabet="tālkedoqs&aиинтервью сparlé", max_size=30),
)
def test_grouped_alternation_finds_what_the_plain_one_finds(phrases: list[str], text: str) -> None:
    plain = re.compile(rf"\b(?:{'|'.join(phrases)})\b", re.IGNORECASE)
    grouped = re.compile(rf"\b(?:{lexicon.grouped(tuple(phrases))})\b", re.IGNORECASE)
    found = plain.search(text)
    assert (found and found.span()) == ((m := grouped.search(text)) and m.span())
