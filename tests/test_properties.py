"""Hypothesis properties of the whole pipeline (DESIGN.md, "Invariants worth a property test").

* Generative round trip: random interviews rendered as publishers render them (tests/strategies.py)
  parse back to the pairs, list items, intro and boilerplate the generator put in.
* Lossless accounting: every non-empty paragraph of a text input lands in exactly one place.
* Totality: any ``str`` or ``bytes`` gives an Interview or a ParseError subclass, nothing else.
* Determinism: the same input gives the same output, in this process and in another one with a
  different hash seed.
* Serialisation round trips: ``from_dict(to_dict())``, JSON and pickle.
* Not an interview in, no pairs out.

The number of examples comes from the profile in conftest.py ("dev" locally, "ci" in CI).
"""

from __future__ import annotations

import json
import os
import pickle
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import interviewparse as ip
from strategies import (
    GeneratedDoc,
    html_documents,
    html_soup,
    interviews,
    mangled_documents,
    news_documents,
    text_documents,
    unlabelled_texts,
)

#: Which boilerplate kinds are an acceptable reading of each kind of box the generator emits.
ACCEPTED_KINDS = {
    ip.BoilerplateKind.CAPTION: {ip.BoilerplateKind.CAPTION, ip.BoilerplateKind.CREDIT},
    ip.BoilerplateKind.NEWSLETTER: {ip.BoilerplateKind.NEWSLETTER, ip.BoilerplateKind.PROMO},
    ip.BoilerplateKind.RELATED: {
        ip.BoilerplateKind.RELATED,
        ip.BoilerplateKind.NAVIGATION,
        ip.BoilerplateKind.PROMO,
    },
}


def norm(text: str) -> str:
    """Whitespace-normalise as the readers do (narrow no-break spaces included)."""
    return " ".join(text.split())


#: A list marker at the start of a paragraph. A list item that lands outside an answer (in the
#: intro of a page judged no interview, say) keeps its marker in its text, as written; inside an
#: answer the marker is a field of its own. Accounting compares the words, not that choice.
_MARKER = re.compile(r"^(?:\d{1,3}[.)]|[a-z][.)]|[•·*–—-])\s+")


def accounting_key(text: str) -> str:
    return _MARKER.sub("", norm(text), count=1)


def output_texts(iv: ip.Interview) -> list[str]:
    """Every text block of an Interview, each once, in no particular order."""
    texts = [iv.title] if iv.title else []
    texts += [p.text for p in iv.intro]
    for pair in iv.pairs:
        texts += list(pair.question.paragraphs)
        texts += [block.text for block in pair.answer.blocks]
    texts += [p.text for p in iv.outro]
    texts += [b.text for b in iv.boilerplate]
    return [accounting_key(t) for t in texts]


def _describe(doc: GeneratedDoc, iv: ip.Interview) -> str:
    got = [(p.question.text, [b.to_dict() for b in p.answer.blocks]) for p in iv.pairs]
    return (
        f"\nlayout={doc.layout} lang={doc.language} fmt={doc.fmt}\n--- source ---\n{doc.source}"
        f"\n--- parsed pairs ---\n{json.dumps(got, ensure_ascii=False, indent=1)}"
        f"\n--- boilerplate ---\n{[(b.kind.value, b.text) for b in iv.boilerplate]}"
        f"\n--- intro ---\n{[p.text for p in iv.intro]}"
    )


def recovery_problems(doc: GeneratedDoc, iv: ip.Interview) -> list[str]:
    """What the parsed interview got wrong about the generated one (empty when all is right)."""
    problems: list[str] = []
    if len(iv.pairs) != len(doc.pairs):
        problems.append(f"{len(iv.pairs)} pairs, expected {len(doc.pairs)}")
    for n, (got, want) in enumerate(zip(iv.pairs, doc.pairs, strict=False)):
        got_q = [norm(p) for p in got.question.paragraphs]
        if got_q != [norm(p) for p in want.question]:
            problems.append(f"pair {n}: question {got_q} != {list(want.question)}")
        got_blocks = [(type(b).__name__, norm(b.text)) for b in got.answer.blocks]
        want_blocks = [(type(b).__name__, norm(b.text)) for b in want.answer]
        if got_blocks != want_blocks:
            problems.append(f"pair {n}: answer blocks {got_blocks} != {want_blocks}")
        elif doc.list_style == "ol":
            got_markers = [b.marker for b in got.answer.list_items]
            want_markers = [b.marker for b in want.answer if isinstance(b, ip.ListItem)]
            if got_markers != want_markers:
                problems.append(f"pair {n}: list markers {got_markers} != {want_markers}")
    got_intro = [norm(p.text) for p in iv.intro]
    if got_intro != [norm(p) for p in doc.intro]:
        problems.append(f"intro {got_intro} != {list(doc.intro)}")
    if iv.outro:
        problems.append(f"unexpected outro {[p.text for p in iv.outro]}")
    found = {norm(b.text): b.kind for b in iv.boilerplate}
    for box in doc.boilerplate:
        for text in box.texts:
            if norm(text) not in found:
                problems.append(f"boilerplate {text!r} not recognised")
            elif found[norm(text)] not in ACCEPTED_KINDS[box.kind]:
                problems.append(f"boilerplate {text!r} is {found[norm(text)]}, not {box.kind}")
    if iv.title is None or norm(iv.title) != norm(doc.title):
        problems.append(f"title {iv.title!r} != {doc.title!r}")
    return problems


def assert_recovers(doc: GeneratedDoc, iv: ip.Interview) -> None:
    """The parsed interview holds exactly what the generator put in, where it put it."""
    problems = recovery_problems(doc, iv)
    assert not problems, "\n".join(problems) + _describe(doc, iv)


# -- generative round trip ------------------------------------------------------------------------


def assert_serialises(iv: ip.Interview) -> None:
    assert ip.Interview.from_dict(iv.to_dict()) == iv
    assert ip.Interview.from_json(iv.to_json()) == iv
    assert pickle.loads(pickle.dumps(iv)) == iv


@given(text_documents())
def test_text_interviews_round_trip(doc: GeneratedDoc) -> None:
    iv = ip.parse(doc.source.encode("utf-8"))  # bytes, format detected: the most general path
    assert iv.source_format == "text"
    assert_serialises(iv)
    assert_recovers(doc, iv)


@given(html_documents())
def test_html_interviews_round_trip(doc: GeneratedDoc) -> None:
    iv = ip.parse(doc.source.encode("utf-8"))
    assert iv.source_format == "html"
    assert_serialises(iv)
    assert_recovers(doc, iv)


# -- lossless accounting --------------------------------------------------------------------------


@given(text_documents())
def test_text_accounting_is_lossless(doc: GeneratedDoc) -> None:
    iv = ip.parse_text(doc.source)
    assert Counter(output_texts(iv)) == Counter(accounting_key(t) for t in doc.content_texts), (
        _describe(doc, iv)
    )


@given(unlabelled_texts())
def test_unlabelled_text_accounting_is_lossless(case: tuple[str, list[str]]) -> None:
    source, paragraphs = case
    iv = ip.parse_text(source)
    assert Counter(output_texts(iv)) == Counter(accounting_key(p) for p in paragraphs), source


# -- totality and determinism ---------------------------------------------------------------------

_ANY_INPUT = st.one_of(
    st.text(max_size=400),
    # lone surrogates, letters, spaces, punctuation: a str built from broken UTF-16
    st.text(st.characters(categories=["Cs", "Lu", "Ll", "Zs", "Po", "Cc"]), max_size=200),
    st.binary(max_size=400),
    html_soup(),
    mangled_documents(),
    st.lists(st.sampled_from(("Q: ", "A: ", "Why?", "Yes.", "\n", "\n\n", "– ", "1. ", "<p>"))).map(
        "".join
    ),
)


def _parse_or_error(function: object, data: str | bytes) -> ip.Interview | ip.ParseError:
    assert callable(function)
    try:
        result = function(data)
    except ip.ParseError as exc:
        assert str(exc) and "\n" not in str(exc)
        return exc
    assert isinstance(result, ip.Interview)
    return result


@given(_ANY_INPUT)
def test_parse_is_total_and_deterministic(data: str | bytes) -> None:
    for function in (ip.parse, ip.parse_text, ip.parse_html):
        first = _parse_or_error(function, data)
        second = _parse_or_error(function, data)
        assert type(first) is type(second)
        if isinstance(first, ip.Interview):
            assert isinstance(second, ip.Interview)
            assert first.to_dict() == second.to_dict()
            assert ip.Interview.from_dict(first.to_dict()) == first
        else:
            assert first == second


_PARSE_SCRIPT = """
import json, sys
import interviewparse as ip
sources = json.load(open(sys.argv[1], encoding="utf-8"))
print(json.dumps([ip.parse(s).to_dict() for s in sources], ensure_ascii=False))
"""


@settings(max_examples=2)
@given(st.lists(st.one_of(text_documents(), html_documents()), min_size=25, max_size=25))
def test_output_does_not_depend_on_the_hash_seed(docs: list[GeneratedDoc]) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "sources.json"
        path.write_text(json.dumps([d.source for d in docs]), encoding="utf-8")
        outputs = []
        for seed in ("1", "2"):
            result = subprocess.run(
                [sys.executable, "-c", _PARSE_SCRIPT, str(path)],
                capture_output=True,
                timeout=300,
                check=True,
                env={**os.environ, "PYTHONHASHSEED": seed},
            )
            outputs.append(result.stdout)
    assert outputs[0] == outputs[1]


# -- serialisation --------------------------------------------------------------------------------


@given(interviews())
def test_models_round_trip(iv: ip.Interview) -> None:
    assert_serialises(iv)


# -- not an interview -----------------------------------------------------------------------------


@given(st.one_of(news_documents("text"), news_documents("html")))
def test_news_is_not_an_interview(case: tuple[str, list[str]]) -> None:
    source, _ = case
    iv = ip.parse(source)
    assert iv.pairs == (), source
    assert not iv.is_interview
