"""The explain stage (``interviewparse.explain``) and its HTML view (``--format html``): every
block of the page with the role it got, agreeing with the Interview; the view read back with
an HTML parser; and the view rendered in a real headless browser where one is installed."""

from __future__ import annotations

import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

import interviewparse as ip
from interviewparse.cli import main
from interviewparse.explanation import BlockRole
from interviewparse.render.html import KIND_COLOURS, ROLE_COLOURS

ROOT = Path(__file__).resolve().parent.parent
TEXT_EXAMPLE = ROOT / "examples" / "interview.txt"
HTML_EXAMPLE = ROOT / "examples" / "interview.html"

Capture = pytest.CaptureFixture[str]


@pytest.mark.parametrize("path", [HTML_EXAMPLE, TEXT_EXAMPLE], ids=["html", "text"])
def test_explanation_agrees_with_the_interview(path: Path) -> None:
    ex = ip.explain(path.read_bytes())
    iv = ip.parse(path.read_bytes())
    assert ex.interview == iv
    assert ip.explain(path).interview == iv  # a path is read as the file
    # the questions' blocks, grouped by pair, are the interview's questions
    questions: dict[int, list[str]] = {}
    for block in ex.by_role("question"):
        assert block.pair is not None and block.reason
        questions.setdefault(block.pair, []).append(block.text)
    assert len(questions) == len(iv.pairs)
    for i, pair in enumerate(iv.pairs):
        assert all(text in pair.question.text for text in questions[i])
        assert [b.text for b in ex.blocks if b.pair == i and b.role is BlockRole.ANSWER]
    # the boilerplate blocks are the interview's boilerplate, at the same positions
    assert [(b.text, b.kind, b.index, b.rule) for b in ex.by_role("boilerplate")] == [
        (item.text, item.kind, item.position, item.rule) for item in iv.boilerplate
    ]
    # every question and answer block carries its pair's rule id, as the models do
    for block in ex.by_role("question") + ex.by_role("answer"):
        assert block.pair is not None
        assert block.rule == iv.pairs[block.pair].question.rule is not None
    assert [b.index for b in ex.blocks] == list(range(len(ex.blocks)))
    assert ex.question_style == iv.question_style
    assert sum(ex.counts().values()) == len(ex.blocks)


def test_a_page_with_no_pairs_explains_its_blocks_as_text() -> None:
    page = (
        "Council votes to repair the harbour wall\n\n"
        "The council voted on Tuesday to repair the harbour wall.\n\n"
        "Work starts in October, the mayor said.\n"
    )
    ex = ip.explain(page)
    assert not ex.interview.is_interview
    assert not ex.by_role("question") and not ex.by_role("answer")
    assert ex.by_role("intro")


def test_pairs_turned_back_into_text_say_why() -> None:
    # a labelled FAQ: the segmenter finds questions and answers, the page is weighed no interview
    page = ROOT / "tests" / "fixtures" / "confidence" / "faq_labelled.html"
    ex = ip.explain(page)
    assert not ex.interview.is_interview
    said = [b.reason or "" for b in ex.by_role("intro")]
    assert any("judged no interview" in reason for reason in said)
    assert any(f"{ex.interview.confidence:.2f}" in reason for reason in said)


class _View(HTMLParser):
    """The explain view read back: its block items, and anything that would load or run."""

    def __init__(self) -> None:
        super().__init__()
        self.blocks: list[dict[str, str]] = []
        self.loads: list[str] = []
        self.csp = ""
        self.tags: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {key: value or "" for key, value in attrs}
        self.tags.add(tag)
        if tag == "li" and "block" in found.get("class", "").split():
            self.blocks.append(found)
        if tag in ("script", "img", "link", "iframe", "object", "embed") or "src" in found:
            self.loads.append(tag)
        if tag == "a" and found.get("href"):
            self.loads.append(found["href"])
        if found.get("http-equiv", "").lower() == "content-security-policy":
            self.csp = found.get("content", "")


def _view(path: Path, capsys: Capture) -> tuple[str, _View]:
    assert main([str(path), "--format", "html"]) == 0
    out = capsys.readouterr().out
    view = _View()
    view.feed(out)
    return out, view


@pytest.mark.parametrize("path", [HTML_EXAMPLE, TEXT_EXAMPLE], ids=["html", "text"])
def test_html_view_colours_every_block_by_role_with_its_reason(path: Path, capsys: Capture) -> None:
    _, view = _view(path, capsys)
    ex = ip.explain(path.read_bytes())
    assert len(view.blocks) == len(ex.blocks)
    for item, block in zip(view.blocks, ex.blocks, strict=True):
        role = item["data-role"]
        assert role == block.role.value
        assert f"role-{role}" in item["class"].split()
        colour = KIND_COLOURS[block.kind] if block.kind else ROLE_COLOURS[role]
        assert f"background:{colour}" in item["style"]
        # hover text: the role (and kind), the rule where there is one, the reason
        assert item["title"].startswith(role)
        assert block.reason and block.reason in item["title"]
        if block.kind:
            assert item["data-kind"] == block.kind.value
            assert f"kind-{block.kind.value}" in item["class"].split()
        if block.rule:
            assert block.rule in item["title"] and item["data-rule"] == block.rule
    # different roles get different colours
    roles = {item["data-role"] for item in view.blocks}
    assert {"intro", "question", "answer"} <= roles
    assert len({ROLE_COLOURS[r] for r in roles - {"boilerplate"}}) == len(roles - {"boilerplate"})


def test_html_view_is_self_contained(capsys: Capture) -> None:
    out, view = _view(HTML_EXAMPLE, capsys)
    assert view.loads == []  # no script, image, stylesheet link or outside address
    assert "default-src 'none'" in view.csp
    assert "style" in view.tags and "http://" not in out.split("<body>")[0]
    iv = ip.parse(HTML_EXAMPLE.read_bytes())
    assert f"{len(iv.pairs)} question/answer pairs" in out
    assert f"confidence {iv.confidence:.2f}" in out
    for item in iv.evidence:  # the evidence behind the confidence, each named
        assert f"<td>{item.name}</td>" in out or not item.contribution
        assert item.name in out
    assert f"Question style</dt><dd>{iv.question_style}" in out
    ex = ip.explain(HTML_EXAMPLE)
    assert ex.ranking and ex.ranking[0].style == iv.question_style
    if ex.runner_up is not None:  # the reading that came second, and by how much
        assert f"runner-up {ex.runner_up.style}" in out and f"margin {ex.margin:.2f}" in out
    for name in iv.interviewees:
        assert name in out


def _browser() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def test_html_view_renders_in_a_headless_browser(tmp_path: Path, capsys: Capture) -> None:
    browser = _browser()
    if browser is None:
        pytest.skip("no Chromium or Chrome installed")
    page = tmp_path / "explain.html"
    assert main([str(HTML_EXAMPLE), "--format", "html", "-o", str(page)]) == 0
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"]
    flags += [f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run(
        [browser, *flags, "--dump-dom", page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert dom.returncode == 0, dom.stderr[-2000:]
    view = _View()
    view.feed(dom.stdout)  # what the browser built from the file
    assert len(view.blocks) == len(ip.explain(HTML_EXAMPLE).blocks)
    shot = tmp_path / "explain.png"
    run = subprocess.run(
        [browser, *flags, "--window-size=1000,1400", f"--screenshot={shot}", page.as_uri()],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0 and shot.is_file()
    image = pytest.importorskip("matplotlib.image")
    pixels = image.imread(str(shot))
    # the question colour is on screen: the view was laid out and painted, not left blank
    question = tuple(int(ROLE_COLOURS["question"][i : i + 2], 16) / 255 for i in (1, 3, 5))
    near = (abs(pixels[:, :, :3] - question).max(axis=2) < 0.02).sum()
    assert near > 1000
