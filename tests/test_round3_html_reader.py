"""Round 3, HTML reader: labels in a table cell of their own (full-width colons included), a
question marked only by its class, the standfirst in the article header outside the body, and
the reading-time line under the headline. Every page here is invented for the test."""

from __future__ import annotations

import pytest

import interviewparse as ip
from interviewparse import BoilerplateKind
from interviewparse.readers._hints import text_hint
from interviewparse.readers.html import read_html

# -- labels in cells of their own ---------------------------------------------------------------

_ZH_ROWS = (
    ("您为什么开始做陶艺？", "小时候外婆家旁边就有一座窑，我常常在那里玩泥巴，长大后就离不开了。"),
    ("一件作品要做多久？", "从拉坯到烧成，快的一个月，慢的要半年，釉色不满意就得重来。"),
    ("最难的是哪一步？", "是烧窑。温度差几十度，颜色就完全不一样，只能靠经验和运气。"),
)


def _zh_table_page(last_answer_list: bool = False) -> str:
    rows = []
    for question, answer in _ZH_ROWS:
        rows.append(f'<tr><td class="who"><b>问：</b></td><td><b>{question}</b></td></tr>')
        rows.append(f'<tr><td class="who">答：</td><td><p>{answer}</p></td></tr>')
    if last_answer_list:
        rows.append(
            '<tr><td class="who"><b>问：</b></td><td><b>您对初学者有什么建议？</b></td></tr>'
        )
        rows.append(
            '<tr><td class="who">答：</td><td><p>有三点：</p><ul><li>每天练习拉坯。</li>'
            "<li>多看老师傅做。</li><li>不要怕失败。</li></ul><p>坚持下去就好。</p></td></tr>"
        )
    return (
        "<html><head><title>陶艺师访谈</title></head><body><article><h1>陶艺师访谈</h1>"
        "<p>在城郊的一间工作室里，陶艺师每天工作十个小时。记者和她聊了聊她的手艺。</p>"
        f"<table>{''.join(rows)}</table></article></body></html>"
    )


def test_label_cells_with_full_width_colons_become_the_labels() -> None:
    iv = ip.parse(_zh_table_page())
    assert [p.question.text for p in iv.pairs] == [q for q, _ in _ZH_ROWS]
    assert [p.answer.text for p in iv.pairs] == [a for _, a in _ZH_ROWS]
    assert all(p.question.label == "问" and p.question.speaker is None for p in iv.pairs)


def test_a_line_ending_in_a_colon_before_a_list_is_no_label() -> None:
    iv = ip.parse(_zh_table_page(last_answer_list=True))
    assert len(iv.pairs) == 4
    last = iv.pairs[-1]
    assert last.question.text == "您对初学者有什么建议？"
    assert last.answer.label == "答"
    assert last.answer.text.startswith("有三点：")
    assert len(last.answer.list_items) == 3


def test_bold_label_with_a_full_width_colon_is_split_off() -> None:
    doc = read_html(
        "<html><body><article><h1>T</h1><p><b>问：</b>您好吗？</p><p><b>答：</b>很好，谢谢。</p>"
        "</article></body></html>"
    )
    labelled = [(b.label, b.text) for b in doc.blocks if b.label]
    assert labelled == [("问", "您好吗？"), ("答", "很好，谢谢。")]


def test_a_colon_inside_a_chinese_answer_sentence_is_no_label() -> None:
    # A fully bold sentence holding a colon, not a label and its text.
    doc = read_html(
        "<html><body><article><h1>T</h1><p><b>我们有一句老话：慢工出细活，急不得。</b></p>"
        "</article></body></html>"
    )
    assert all(b.label is None for b in doc.blocks)


# -- a question marked by its class ------------------------------------------------------------

_CLASS_QA = (
    ("Why did you start building clocks?", "My grandfather left me his tools and a box of gears."),
    (
        "You once said a clock is never finished.",
        "It is true. Every spring needs a look each winter, and I like that.",
    ),
    (
        "What is the oldest clock you repaired?",
        "A tower clock from a village church, made in 1790.",
    ),
    ("What comes next?", "A clock for my daughter, with a moon dial she chose herself."),
)


def _class_page(question_class: str) -> str:
    turns = "".join(
        f'<p class="{question_class}">{q}</p><p class="body-text">{a} '
        "I have done this for a long time now and I still enjoy it every single day.</p>"
        for q, a in _CLASS_QA
    )
    return (
        "<html><head><title>The clockmaker</title></head><body><article><h1>The clockmaker</h1>"
        "<p>Ada Varga repairs clocks in a small workshop by the river. We visited her there.</p>"
        f"{turns}</article></body></html>"
    )


@pytest.mark.parametrize(
    "question_class", ["question", "interview__question", "qa-question", "interviewQuestion"]
)
def test_a_question_class_is_as_strong_as_bold(question_class: str) -> None:
    iv = ip.parse(_class_page(question_class))
    assert [p.question.text for p in iv.pairs] == [q for q, _ in _CLASS_QA]
    assert iv.question_style == "bold"


@pytest.mark.parametrize(
    "other_class", ["faq-question", "question-answer", "questionnaire", "quiz-question", "ab q"]
)
def test_other_classes_with_question_words_are_no_question_mark(other_class: str) -> None:
    doc = read_html(_class_page(other_class))
    statement = next(b for b in doc.blocks if b.text.startswith("You once said"))
    assert statement.emphasis == 0.0


def test_a_container_classed_question_holding_the_interview_is_not_bold() -> None:
    long_answer = "I answer at length here, with many words about my work and my life. " * 12
    doc = read_html(
        '<html><body><article><h1>T</h1><div class="question-block"><p>Why?</p>'
        f"<p>{long_answer}</p></div></article></body></html>"
    )
    assert all(b.emphasis == 0.0 for b in doc.blocks if b.text.startswith("I answer"))


# -- the standfirst in the article header ---------------------------------------------------------

_BODY = "".join(
    f"<p><b>{q}</b></p><p>{a} It took years to learn and I am still learning now.</p>"
    for q, a in _CLASS_QA
)


def _header_page(header_extra: str, body_extra: str = "") -> str:
    return (
        "<html><head><title>The clockmaker</title></head><body>"
        '<header class="site-header"><a href="/">Tick Weekly</a><nav><a href="/a">Home</a></nav>'
        "</header><main><article>"
        f'<header class="post-header"><h1>The clockmaker of the river</h1>{header_extra}'
        '<div class="byline">By Olek Brandt</div></header>'
        f'<div class="post-body">{body_extra}'
        "<p>Ada Varga repairs clocks in a small workshop by the river. We visited her there on "
        "a rainy Tuesday and stayed until the evening.</p>"
        f"{_BODY}</div></article></main></body></html>"
    )


_DEK = "Ada Varga has mended clocks for forty years. She told us why she never hurries."


@pytest.mark.parametrize(
    "element",
    [
        f'<p class="post-excerpt">{_DEK}</p>',
        f'<h2 class="article-subheadline">{_DEK}</h2>',
        f'<div class="standfirst"><p>{_DEK}</p></div>',
        f'<span class="sommario">{_DEK}</span>',
        f'<p class="chapo">{_DEK}</p>',
    ],
)
def test_the_standfirst_under_the_headline_opens_the_intro(element: str) -> None:
    iv = ip.parse(_header_page(element))
    assert [p.text for p in iv.intro][:2] == [
        _DEK,
        "Ada Varga repairs clocks in a small workshop by the river. We visited her there on "
        "a rainy Tuesday and stayed until the evening.",
    ]
    assert len(iv.pairs) == 4  # the standfirst is no question


def test_a_standfirst_the_body_repeats_is_read_once() -> None:
    iv = ip.parse(_header_page(f'<p class="dek">{_DEK}</p>', body_extra=f"<p>{_DEK}</p>"))
    assert [p.text for p in iv.intro].count(_DEK) == 1


@pytest.mark.parametrize(
    "element",
    [
        # a note on the series, set in italics
        '<p class="dek"><em>This story is part of our series on old crafts, told by the people '
        "who keep them alive.</em></p>",
        # the name of a series: title case, no sentence mark
        '<h3 class="subtitle">The Tick Weekly Podcast Episode Transcript And Show Notes</h3>',
        # the lead image's caption
        '<div class="lead-media"><img src="a.jpg"><p class="intro">Ada Varga at her bench, '
        "with a clock from 1850 in pieces.</p></div>",
        # a kicker, too short to be a standfirst
        '<p class="intro">Interview</p>',
        # a share bar
        '<div class="intro share">Share this article with your friends on every network</div>',
    ],
)
def test_header_lookalikes_stay_out_of_the_intro(element: str) -> None:
    iv = ip.parse(_header_page(element))
    assert iv.intro[0].text.startswith("Ada Varga repairs clocks")
    assert len(iv.pairs) == 4


def test_nothing_before_the_headline_is_a_standfirst() -> None:
    page = _header_page("").replace(
        '<header class="site-header">',
        f'<header class="site-header"><p class="summary">{_DEK}</p>',
    )
    iv = ip.parse(page)
    assert _DEK not in [p.text for p in iv.intro]


def test_a_standfirst_beside_a_news_report_makes_no_pairs() -> None:
    report = "".join(
        f"<p>The council met on {day} and agreed on the budget for the next year, "
        "said the mayor, who spoke to reporters after the meeting.</p>"
        for day in ("Monday", "Tuesday", "Wednesday", "Thursday")
    )
    page = (
        "<html><body><main><article><header><h1>Budget agreed</h1>"
        '<p class="dek">Why did the council wait so long? The mayor says the numbers were late.</p>'
        f'</header><div class="post-body">{report}</div></article></main></body></html>'
    )
    iv = ip.parse(page)
    assert iv.pairs == ()
    assert iv.intro[0].text.startswith("Why did the council wait so long?")


# -- the reading-time line ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "7 min read·Mar 30, 2026",
        "5 min read",
        "Reading time: 12 minutes",
        "Lesezeit: 4 Minuten",
        "Lecture : 8 min",
        "6 min de lectura",
        "3 min di lettura",
        "6 دقائق للقراءة",
        "阅读时间 5 分钟",
        "読了時間：3分",
    ],
)
def test_a_reading_time_line_is_a_dateline(line: str) -> None:
    hint = text_hint(line, 0.0)
    assert hint is not None and hint[0] is BoilerplateKind.DATELINE


@pytest.mark.parametrize(
    "line",
    [
        "It took me 5 minutes to read it.",
        "Lectura: 3 libros al mes.",
        "I read 20 books a year.",
    ],
)
def test_sentences_about_reading_are_no_reading_time_line(line: str) -> None:
    assert text_hint(line, 0.0) is None


# -- an intro paragraph beside the container of the questions and answers -------------------------


def _table_region_page(before: str) -> str:
    rows = "".join(
        f"<tr><td><b>Q:</b></td><td><b>{q}</b></td></tr><tr><td>A:</td><td><p>{a} It is a long "
        "story, and I tell it often to the young people who come to the workshop.</p></td></tr>"
        for q, a in _CLASS_QA
    )
    return (
        '<html><body><div class="head"><h1>The clockmaker of the river</h1></div>'
        f'<div class="body">{before}<table class="qa">{rows}</table></div></body></html>'
    )


_INTRO = "Ada Varga repairs clocks in a small workshop by the river. We visited her there."


def test_an_intro_paragraph_before_a_qa_table_opens_the_intro() -> None:
    iv = ip.parse(_table_region_page(f"<p>{_INTRO}</p>"))
    assert [p.text for p in iv.intro] == [_INTRO]
    assert len(iv.pairs) == 4


@pytest.mark.parametrize(
    "before",
    [
        f'<p class="share-line">{_INTRO}</p>',  # a box, by its class
        f"<p>{_INTRO}</p><div>Sponsored content</div>",  # not right before the table
        "<p>Short kicker</p>",  # too short for an intro
    ],
)
def test_only_plain_paragraphs_right_before_the_table_join_the_intro(before: str) -> None:
    iv = ip.parse(_table_region_page(before))
    assert _INTRO not in [p.text for p in iv.intro]
    assert "Short kicker" not in [p.text for p in iv.intro]
