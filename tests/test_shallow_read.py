"""The shallow read: an HTML page whose article shows no sign of a question-and-answer turn is
read as plain paragraphs, before the costly walk, and leaves the pipeline with no pairs.

The pre-check counts the signs :func:`interviewparse.evidence.worth_segmenting` counts, as upper
bounds, so the properties here are: a page read shallowly would have left at
``worth_segmenting`` had it been walked, and its result is the one the full read gives."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interviewparse import api, lexicon, parse
from interviewparse.blocks import BlockKind
from interviewparse.boilerplate import label_boilerplate
from interviewparse.evidence import worth_segmenting
from interviewparse.language import normalise_language
from interviewparse.readers import parse_page, read_tree
from shared_pages import crawl_pages, known_pages

NEWS = (
    "<html lang='en'><head><title>Bridge approved | Town Post</title>"
    "<meta property='og:site_name' content='Town Post'>"
    "<meta property='article:published_time' content='2024-03-05T10:00:00Z'></head><body>"
    "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><h1>Bridge approved</h1>"
    "<p>The town council approved a new footbridge over the river on Tuesday evening.</p>"
    "<figure><img src='b.jpg'><figcaption>The old crossing, seen from the east bank.</figcaption>"
    "</figure><p>Construction starts in spring and should take a little over a year.</p>"
    "<ul><li>Length: 80 metres</li><li>Cost: 4 million</li></ul>"
    "<p>Residents had asked for a crossing for more than a decade.</p></article></body></html>"
)

INTERVIEW = (
    "<html><head><title>Interview: Ada Weiss</title></head><body><article>"
    "<h1>Interview: Ada Weiss</h1><p>The beekeeper talks about her hives.</p>"
    "<p><b>How did you start?</b></p><p>My grandmother kept bees in the garden.</p>"
    "<p><b>What is hardest?</b></p><p>The winters, and the wasps in late summer.</p>"
    "</article></body></html>"
)


def _read(html: str, *, shallow: bool) -> api.Trace:
    doc = read_tree(parse_page(html), shallow=shallow)
    return api.trace(doc)


def test_a_page_without_turns_is_read_shallowly() -> None:
    run = api.trace_source(NEWS)
    assert run.doc.shallow is not None and "no sign of a turn" in run.doc.shallow
    interview = run.interview
    assert interview.pairs == () and not interview.is_interview
    assert [e.name for e in interview.evidence] == ["prior", "no_turns"]
    # nothing is lost: the article's paragraphs are the intro, the caption is boilerplate
    intro = [p.text for p in interview.intro]
    assert "The town council approved a new footbridge over the river on Tuesday evening." in intro
    assert "• Length: 80 metres" in intro
    assert "Residents had asked for a crossing for more than a decade." in intro
    assert [b.text for b in interview.boilerplate] == ["The old crossing, seen from the east bank."]
    assert interview.title == "Bridge approved"
    assert interview.publisher == "Town Post"
    assert interview.published is not None and interview.published.startswith("2024-03-05")
    assert interview.language == "en"


def test_the_shallow_result_is_the_full_reads() -> None:
    shallow, full = _read(NEWS, shallow=True), _read(NEWS, shallow=False)
    assert shallow.doc.shallow is not None and full.doc.shallow is None
    assert shallow.interview == full.interview


def test_an_interview_is_walked() -> None:
    run = api.trace_source(INTERVIEW)
    assert run.doc.shallow is None
    assert len(run.interview.pairs) == 2


@pytest.mark.parametrize(
    "body",
    [
        "<p>Why now?</p><p>Because.</p><p>And then?</p><p>Later.</p>",
        "<p><b>Ada:</b> Hello there.</p><p><b>Ben:</b> Good morning.</p>",
        "<p>– Do you sing</p><p>– Only in the shower</p>",
        "<p>Q. Where</p><p>A. Here</p><p>Q. When</p><p>A. Now</p>",
        "<p>ADA WEISS</p><p>Hello.</p><p>BEN KOHL</p><p>Hi.</p>"
        "<p>ADA WEISS</p><p>Bye.</p><p>BEN KOHL</p><p>Bye.</p>",
        "<p>One question only?</p><p><b>A bold line</b></p><p><i>An italic line</i></p>",
    ],
)
def test_a_sign_of_turns_keeps_the_full_read(body: str) -> None:
    doc = read_tree(parse_page(f"<html><body><article>{body}</article></body></html>"))
    assert doc.shallow is None


KNOWN = known_pages(".html", ".htm")


@pytest.mark.parametrize("path", KNOWN, ids=lambda p: p.name)
def test_a_page_read_shallowly_would_have_left_before_segmenting(path: Path) -> None:
    data = path.read_bytes()
    try:
        doc, _ = api.read_document(data)
    except Exception:  # unusable input is the input tests' business
        pytest.skip("unreadable")
    if doc.shallow is None:
        return
    full = read_tree(parse_page(data.decode("utf-8", "replace")), shallow=False)
    assert not worth_segmenting(full, label_boilerplate(full))
    assert parse(data) == api.trace(full).interview


_LINES = st.sampled_from(
    [
        "The council met on Tuesday.",
        "Why now?",
        "<b>Ada Weiss:</b> We start in spring.",
        "Ada Weiss: we start in spring.",
        "Ben Kohl: not before May.",
        "– We start in spring.",
        "— Not before May",
        "Q. Where is it",
        "AD Sure, we start.",
        "JB Not before May.",
        "A. By the river",
        "ADA WEISS",
        "<b>A bold line</b>",
        "<em>An italic aside</em>",
        "Is it? <a class='more' href='/x'>Read more</a>",
        "Note: the meeting was public.",
        "10:30: doors open.",
        "<b>Tell us about your first hive.</b> It was a gift from my grandmother long ago.",
        "<b>The winter</b> Two colonies died in one cold week in March, the rest lived.",
        "<b>Ada:</b>",
        "Is it far?",
    ]
)
_WRAPS = st.sampled_from(
    [
        "<p>{}</p>",
        "<div>{}</div>",
        "<li>{}</li>",
        "{}<br>",
        "<h2>{}</h2>",
        # boxes the walk labels as boilerplate, and a hidden line
        "<div class='related-stories'><p>{}</p></div>",
        "<figure><figcaption>{}</figcaption></figure>",
        "<p>See <a class='teaser' href='/t'>{}</a> then more text after it.</p>",
        "<aside>{}</aside>",
        "<p style='display:none'>{}</p>",
        "<div class='comments'><p>{}</p><p>{}</p></div>",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(_WRAPS, _LINES), min_size=1, max_size=8))
def test_shallow_reads_are_pages_without_turns(lines: list[tuple[str, str]]) -> None:
    body = "".join(wrap.format(line, line) for wrap, line in lines)
    html = f"<html><body><h1>A headline</h1><article>{body}</article></body></html>"
    doc = read_tree(parse_page(html))
    full = read_tree(parse_page(html), shallow=False)
    if doc.shallow is not None:
        assert not worth_segmenting(full, label_boilerplate(full))
        assert api.trace(doc).interview.pairs == ()


def _assert_worth_the_full_read(body: str) -> None:
    """The article ``body``, walked in full, is worth segmenting, and the reader walks it."""
    html = f"<html><body><article>{body}</article></body></html>"
    full = read_tree(parse_page(html), shallow=False)
    assert worth_segmenting(full, label_boilerplate(full))
    assert read_tree(parse_page(html)).shallow is None


def test_initials_opening_turns_keep_the_full_read() -> None:
    body = (
        "<p>Ayla Duran runs the bakery; Jon Berg asked her about it.</p>"
        "<p>JB How did it start</p><p>AD Sure, it started with bread.</p>"
        "<p>JB And now</p><p>AD Now we bake cakes too.</p>"
    )
    doc = read_tree(parse_page(f"<html><body><article>{body}</article></body></html>"))
    assert doc.shallow is None


def test_questions_ending_in_a_particle_keep_the_full_read() -> None:
    """A question written without a mark, ending in a question particle (Japanese "か"):
    the count reads it as the segmenter's cues do."""
    body = (
        "<h3>停戦は近いのか</h3><p>交渉は続く。</p><h3>合意はあるのか</h3><p>まだ分からない。</p>"
    )
    _assert_worth_the_full_read(body)


def test_control_characters_beside_a_box_keep_the_full_read() -> None:
    """Text lxml takes from a page but refuses to be given (a control character after a
    box) cannot be marked for the shallow read, nor can the box stand aside for the count:
    the page is walked, and parsed like any other."""
    html = "<html><body><aside></aside>\x1f<p>Why now?</p><p>Why here?</p></body></html>"
    assert read_tree(parse_page(html)).shallow is None
    assert parse(html).pairs == ()


def test_signs_in_boxes_the_walk_labels_are_not_counted() -> None:
    """Questions in a related-stories box, a caption and a comment block are boilerplate for
    the walk, so they cannot make the page worth segmenting: it is read shallowly, and the
    boxes carry the walk's verdicts."""
    body = (
        "<h1>Bridge approved</h1><p>The council approved a footbridge on Tuesday.</p>"
        "<figure><img src='b.jpg'><figcaption>Is this the old crossing?</figcaption></figure>"
        "<div class='related-stories'><ul><li><a href='/a'>Who pays for the bridge?</a></li>"
        "<li><a href='/b'>Will the ferry stop?</a></li></ul></div>"
        "<p>Construction starts in spring and should take a year.</p>"
        "<div class='comments'><p>Why so late?</p><p>Who asked us?</p></div>"
    )
    html = f"<html><body><article>{body}</article></body></html>"
    doc = read_tree(parse_page(html))
    assert doc.shallow is not None
    full = read_tree(parse_page(html), shallow=False)
    assert not worth_segmenting(full, label_boilerplate(full))
    shallow_run, full_run = api.trace(doc), api.trace(full)
    assert [p.text for p in shallow_run.interview.intro] == [
        p.text for p in full_run.interview.intro
    ]
    kinds = {b.text: b.kind for b in shallow_run.interview.boilerplate}
    assert kinds == {b.text: b.kind for b in full_run.interview.boilerplate}
    assert "• Who pays for the bridge?" in kinds or "Who pays for the bridge?" in kinds


def test_a_box_ending_in_a_label_still_counts() -> None:
    """A label alone at the end of a box opens the turn after it (the walk carries it over):
    that box's text is counted."""
    body = (
        "<p>Ada Weiss and Ben Kohl met in the garden.</p>"
        "<div class='related-box'><p><b>Ada:</b></p></div><p>Hello there, Ben.</p>"
        "<p><b>Ben:</b> Good morning, Ada.</p>"
    )
    _assert_worth_the_full_read(body)


def test_bold_leads_the_walk_splits_off_keep_the_full_read() -> None:
    """Two paragraphs opening with a bold request ("Tell us about ...") are split by the walk
    into a line set apart and its answer: with one question elsewhere, the page is worth
    segmenting, though the bold share of each paragraph is small."""
    body = (
        "<p>Ada Weiss keeps bees. Why would anyone do that?</p>"
        "<p><b>Tell us about your first hive.</b> It was a gift from my grandmother.</p>"
        "<p><b>Describe your worst winter for us.</b> Two colonies died in one week.</p>"
    )
    _assert_worth_the_full_read(body)


def test_crawl_pages_read_shallowly_would_have_left_before_segmenting() -> None:
    """Over every page of the shared crawl: a page read shallowly fails the full gate when
    walked, and none of its text is lost (every block is the title, intro or boilerplate)."""
    crawl = crawl_pages()
    if not crawl:
        pytest.skip("../shared/crawl is absent")
    wrong: list[str] = []
    shallow = 0
    for name, data in crawl:
        doc, _ = api.read_document(data)
        if doc.shallow is None:
            continue
        shallow += 1
        full = read_tree(parse_page(*api._read_input(data, None)), shallow=False)
        with lexicon.reading(lexicon.languages_of(normalise_language(full.meta.language))):
            worth = worth_segmenting(full, label_boilerplate(full))
        interview = api.trace(doc).interview
        kept = [p.text for p in interview.intro] + [b.text for b in interview.boilerplate]
        told = sum(1 for block in doc.blocks if block.kind is not BlockKind.TITLE)
        if worth or interview.pairs or len(kept) != told:
            wrong.append(name)
    assert shallow > len(crawl) // 3
    assert wrong == []
