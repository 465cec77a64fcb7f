"""The lexicon: one module per language, the same slots in each, and the only home of words.

Three things are checked here: the lexicon's shape (every language module listed, loading, and
filling the core slots a language with a written alphabet can fill), that rules and lexicon agree
(a date line's month is read by :mod:`interviewparse.dates` and labelled by the boilerplate rules
from the one table), and that a language added as one file parses: Swedish, with an invented
interview in ``tests/fixtures/languages`` (text and HTML, each beside its gold file).

A guard keeps word tables from growing back in the rule modules: a module-level table of five
or more strings, or one string of eight or more words, outside ``lexicon/`` must be named in
:data:`REMAINING_TABLES` (tables not yet moved, which may only shrink).
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

#: Word tables not yet moved into the lexicon, by module: this list may only shrink.
REMAINING_TABLES: dict[str, set[str]] = {
    # bytes, code points, file extensions and field names, not words
    "_input.py": {"_MAGIC", "SURROGATE_FREE", "_BOMS", "_DOCUMENT_EXTENSIONS"},
    "evidence.py": {"FEATURES"},  # feature names
    "segment_score.py": {"WEIGHTS", "MARKER_EXPLICIT"},  # feature and convention names
    "_people.py": {
        "_TOPIC_WORDS",
        "_INTERVIEWER_AFTER_CUE",
        "_INTERVIEWEE_BEFORE_CUE",
        "_TALK_CUE",
    },
    "boilerplate.py": {
        "_TEXT_RULES",
        "_CASE_ODDITIES",
    },
    "integrations/dask.py": {"RECORD_COLUMNS", "WARC_RECORD_COLUMNS"},  # column names
    # language codes, and the Unicode ranges of the scripts (letters, not words)
    "language.py": {"_GUESSED", "_SCRIPTS", "_SCRIPT_LANGUAGE"},
    "metadata.py": {"_SHOW_WORDS", "_PLACEHOLDER_HOLDERS"},
    "profiles.py": {"EXAMPLE_PROFILE", "_PROFILE_FIELDS"},
    "rules.py": {"RULES"},  # the rule registry: ids and descriptions
    "readers/_content.py": {
        "CHROME_WORDS",
        "_NOT_STANDFIRST_WORDS",
        "_PROSE_TAGS",
        "_LEAF_BLOCKS",
        "_CHROME_TAGS",
        "_MEDIA_TAGS",
        "_HOLDERS",
        "_BLOCK_TAGS",  # HTML tag names
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
    "readers/_labels.py": {"_PARTICLES"},
    "readers/_page.py": {"JUNK_TAGS", "_ARTICLE_TYPES", "_BYLINE_SKIP"},
    "readers/_soup.py": {"KEPT_ATTRIBUTES"},
    "readers/_walk.py": {"BLOCK_TAGS", "_ROMAN", "_BOLD_CLASSES"},
    "readers/text.py": {"_LEAD_KEYS"},
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
        module: names - REMAINING_TABLES.get(module, set())
        for module, names in _word_tables().items()
        if names - REMAINING_TABLES.get(module, set())
    }
    assert new == {}, "words belong in src/interviewparse/lexicon/<language>.py"


def test_remaining_tables_list_only_tables_that_still_exist() -> None:
    found = _word_tables()
    gone = {
        module: names - found.get(module, set())
        for module, names in REMAINING_TABLES.items()
        if names - found.get(module, set())
    }
    assert gone == {}, "a table moved into the lexicon: strike it from REMAINING_TABLES"


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
    source = "\n".join(p.read_text(encoding="utf-8") for p in PACKAGE.rglob("*.py"))
    for key in lexicon.phrases_by_kind("rule_phrases"):
        rule = ".".join(key.split(".")[:2])
        # the segmenter's wording cues weigh evidence for several rules: keyed "cue.<name>"
        assert rule in ids or rule.startswith("cue."), key
        assert f"'{key}'" in source or f'"{key}"' in source, f"no rule reads {key}"
