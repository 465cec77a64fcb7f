"""The HTML reader's block stream: one fixture per layout, each cue checked where it is made.

The fixtures under ``tests/fixtures/html`` are invented pages (no corpus text), each showing one
way publishers mark interviews up. The tests look at the reader's output (blocks and page
metadata) rather than the final pairs, so a failure points at the reader. Also: labels in a
table cell of their own (full-width colons included), a question marked only by its class, the
standfirst in the article header outside the body, and the reading-time line under the headline.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import interviewparse as ip
from interviewparse import BoilerplateKind
from interviewparse.blocks import Block, BlockKind, Document
from interviewparse.readers.html import read_html

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "html"


def read(name: str) -> Document:
    return read_html((FIXTURES / name).read_text(encoding="utf-8"))


def find(doc: Document, start: str) -> Block:
    """The one block whose text starts with ``start``."""
    found = [b for b in doc.blocks if b.text.startswith(start)]
    assert len(found) == 1, f"{start!r}: {[b.text for b in doc.blocks]}"
    return found[0]


def test_bold_questions_carry_emphasis_and_answers_do_not() -> None:
    doc = read("bold_questions.html")
    question = find(doc, "Mr Strand, why start programming")
    assert question.emphasis == 1.0
    assert question.kind is BlockKind.PARAGRAPH
    answer = find(doc, "Because the light no longer needed me.")
    # One bold word inside an answer is a small share, not a question cue.
    assert 0 < answer.emphasis < 0.1


def test_page_metadata_from_head_and_jsonld() -> None:
    meta = read("bold_questions.html").meta
    assert meta.title == "The lighthouse keeper who learned to code"
    assert meta.site_name == "Harbour Gazette"
    assert meta.published is not None and meta.published.startswith("2024-03-05")
    assert meta.authors == ("Mara Quill",)
    assert meta.language == "en"
    assert meta.url == "https://harbour.example/2024/lighthouse-keeper"
    assert meta.byline == "Mara Quill"
    assert meta.head_title == "The lighthouse keeper who learned to code | Harbour Gazette"


def test_title_without_site_suffix_when_only_head_title() -> None:
    doc = read("bold_br.html")
    assert doc.meta.title == "A conversation with a glassblower"
    assert doc.blocks[0].kind is BlockKind.TITLE


def test_site_chrome_outside_the_article_is_not_emitted() -> None:
    texts = " ".join(b.text for b in read("bold_questions.html").blocks)
    for chrome in ("We use cookies", "Home", "All rights reserved", "Privacy"):
        assert chrome not in texts


def test_bold_question_and_plain_answer_in_one_paragraph_split_at_br() -> None:
    doc = read("bold_br.html")
    question = find(doc, "How hot does the furnace get?")
    answer = find(doc, "About eleven hundred degrees.")
    assert question.emphasis == 1.0
    assert answer.emphasis == 0.0
    assert doc.blocks.index(answer) == doc.blocks.index(question) + 1
    assert find(doc, "What would you tell a beginner?").emphasis == 1.0
    assert find(doc, "Break things early.").emphasis == 0.0


def test_inline_elements_join_without_invented_spaces() -> None:
    doc = read("bold_br.html")
    assert find(doc, "It took Lena Vos").text.startswith("It took")  # I<span>t</span>
    assert "cup.1 I still" in find(doc, "A lopsided cup").text  # footnote <sup> stays glued


@pytest.mark.parametrize(
    ("start", "level"),
    [("Wie geht es den Bienen", 2), ("Was können Stadtbewohner", 3), ("Und wie schmeckt", 4)],
)
def test_heading_questions_keep_their_level(start: str, level: int) -> None:
    block = find(read("headings.html"), start)
    assert block.kind is BlockKind.HEADING
    assert block.level == level


def test_nested_bullets_inside_an_answer() -> None:
    doc = read("headings.html")
    items = [b for b in doc.blocks if b.kind is BlockKind.LIST_ITEM]
    assert [(b.text, b.level, b.marker) for b in items] == [
        ("Lavendel", 0, "•"),
        ("Thymian", 0, "•"),
        ("auch Zitronenthymian", 1, "•"),
    ]


def test_italic_questions() -> None:
    doc = read("italic.html")
    assert find(doc, "What is the strangest thing").italic == 1.0
    assert find(doc, "Do passengers talk to you?").italic == 1.0
    assert find(doc, "A man carrying a door.").italic == 0.0


def test_bold_speaker_labels_are_split_off() -> None:
    doc = read("labels.html")
    first = find(doc, "Good morning.")
    assert (first.label, first.label_emphasis) == ("Ana Ruiz", True)
    assert first.emphasis == 0.0  # the share counts the text without its label
    assert find(doc, "Should people near the banks").label == "Ruiz"
    assert find(doc, "Every hour, from six stations.").label == "A"
    q = find(doc, "How often do you measure")
    assert (q.label, q.emphasis) == ("Q", 1.0)


def test_label_on_its_own_line_and_recording_timestamps() -> None:
    doc = read("labels.html")
    # "<strong>Ana Ruiz (00:04:12):</strong><br>text": the timestamp is not part of the name.
    assert find(doc, "And the forecast for the weekend?").label == "Ana Ruiz"
    # A label alone in its <p> opens the next paragraph's turn.
    assert find(doc, "Dry, thankfully.").label == "Pieter Baan"
    # A bare timestamp continues the current speaker: no label, and no timestamp in the text.
    block = find(doc, "That is the good news.")
    assert block.label is None
    assert all("Pieter Baan (00" not in b.text for b in doc.blocks)


def test_plain_text_labels_are_split_when_they_are_the_convention() -> None:
    doc = read("qa_plain.html")
    question = find(doc, "What surprises people")
    assert (question.label, question.label_emphasis) == ("Q", False)
    assert find(doc, "That they are opinions.").label == "A"
    # A one-off prefix is not a convention: "Footnotes: ..." keeps its words.
    assert find(read("bold_br.html"), "Footnotes: 1.").label is None


def test_one_recurring_prefix_is_not_a_dialogue() -> None:
    html = (
        "<div class='body'><p><b>Where can people find you?</b></p><p>IG: @one</p>"
        "<p>IG: @two</p><p>Also at the market on Sundays, usually by the fountain.</p></div>"
    )
    blocks = read_html(html).blocks
    assert [b.text for b in blocks if b.text.startswith("IG:")] == ["IG: @one", "IG: @two"]


def test_headlines_shaped_like_turns_keep_their_name() -> None:
    html = (
        "<div class='body'><p>Lena: Hello there, and welcome.</p><p>Omar: Glad to be here.</p>"
        "<h3>Omar: the quiet one speaks</h3><p>Lena: How did it start?</p>"
        "<p>Omar: By accident.</p></div>"
    )
    doc = read_html(html)
    assert find(doc, "Omar: the quiet one speaks").label is None
    assert find(doc, "By accident.").label == "Omar"


def test_dialogue_dashes_are_moved_to_the_dash_field() -> None:
    doc = read("dash.html")
    assert find(doc, "¿A qué hora").dash == "—"
    assert find(doc, "¿Y qué pan").dash == "–"
    assert find(doc, "A las tres").dash is None


def test_ordered_lists_keep_their_numbering() -> None:
    doc = read("lists.html")
    items = [(b.text, b.marker, b.level) for b in doc.blocks if b.kind is BlockKind.LIST_ITEM]
    assert items == [
        ("a sharp knife", "c.", 0),
        ("a heavy pan", "d.", 0),
        ("cast iron", "1.", 1),
        ("or carbon steel", "2.", 1),
        ("patience", "e.", 0),
        ("and a timer", "•", 0),
        ("two", "2.", 0),
        ("one", "1.", 0),
    ]


def test_anchors_without_href_are_text_not_links() -> None:
    doc = read("anchors.html")
    for start in ("Where did the project start?", "Who paid for it?"):
        block = find(doc, start)
        assert block.link_density == 0.0
        assert block.emphasis == 1.0
        assert block.hint is None
    partly = find(doc, "Nobody, at first.")
    assert 0.1 < partly.link_density < 0.5


def test_sources_are_element_paths() -> None:
    doc = read("headings.html")
    block = find(doc, "Wie geht es den Bienen")
    assert block.source.endswith("h2[2]")
    assert ">" in block.source


def test_every_block_text_is_whitespace_normalised() -> None:
    for path in FIXTURES.glob("*.html"):
        for block in read_html(path.read_text(encoding="utf-8")).blocks:
            assert block.text == " ".join(block.text.split()), (path.name, block.text)
            assert block.text


@pytest.mark.parametrize(
    "html",
    [
        "",
        "   ",
        "<html></html>",
        "<?xml version='1.0' encoding='utf-8'?><html><body><p>Hi there?</p></body></html>",
        "<p>only a fragment</p>",
        "<html><body>" + "<div>" * 3000 + "<p><b>Deep?</b></p><p>Yes.</p>" + "</div>" * 3000,
        "<table><tr><td><b>Q?</b></td><td>A.</td></tr></table>",
        "<ol start='x' type='Z'><li value='y'>odd</li></ol>",
    ],
)
def test_odd_pages_do_not_break_the_reader(html: str) -> None:
    doc = read_html(html)
    assert isinstance(doc, Document)


def test_deep_nesting_keeps_the_text() -> None:
    html = "<html><body>" + "<div>" * 3000 + "<p><b>How deep?</b></p><p>Very.</p>" + "</div>" * 3000
    texts = [b.text for b in read_html(html).blocks]
    assert "How deep?" in texts and "Very." in texts


@given(st.text(max_size=300))
def test_reader_is_total_on_any_text(text: str) -> None:
    read_html(text)


@given(
    st.lists(
        st.sampled_from(
            [
                "<p>",
                "</p>",
                "<b>",
                "</b>",
                "<br>",
                "<li>",
                "<ol start=2>",
                "</ol>",
                "<h2>",
                "</h2>",
                "<div class='related'>",
                "</div>",
                "<a name=x>",
                "<a href=y>",
                "</a>",
                "Why?",
                "Yes.",
                "<em>",
                "</em>",
                "Name:",
                " ",
                "—",
                "<figure>",
                "<figcaption>",
                "<img>",
            ]
        ),
        max_size=60,
    )
)
def test_reader_is_total_on_tag_soup(parts: list[str]) -> None:
    doc = read_html("<html><body>" + "".join(parts) + "</body></html>")
    for block in doc.blocks:
        assert block.text
        assert 0.0 <= block.emphasis <= 1.0
        assert 0.0 <= block.italic <= 1.0
        assert 0.0 <= block.link_density <= 1.0


def test_parse_html_end_to_end_on_a_bold_layout() -> None:
    iv = ip.parse_html((FIXTURES / "bold_br.html").read_bytes())
    assert [p.question.text for p in iv.pairs][:2] == [
        "How hot does the furnace get?",
        "Do you remember your first piece?",
    ]
    assert iv.pairs[0].answer.text.startswith("About eleven hundred degrees.")


def test_not_an_interview_has_no_pairs() -> None:
    iv = ip.parse_html((FIXTURES / "not_interview.html").read_bytes())
    assert iv.pairs == ()


def test_hidden_widgets_go_but_folded_article_text_stays() -> None:
    answer = (
        "<p>" + "The tide came in twice a day and we learned its habits by heart. " * 6 + "</p>"
    )
    html = (
        "<html><body><div class='body'><p><b>How did the first winter go?</b></p>"
        f"{answer}<span style='display:none'>Tooltip: click to enlarge</span>"
        f"<div class='more' hidden><p><b>And the second winter?</b></p>{answer}{answer}</div>"
        "</div></body></html>"
    )
    texts = [b.text for b in read_html(html).blocks]
    assert "And the second winter?" in texts
    assert not any("Tooltip" in t for t in texts)


def test_jsonld_author_given_as_a_graph_reference_is_resolved() -> None:
    # SEO plugins write the article's author as {"@id": ...} pointing at a Person node elsewhere
    # in the @graph; the name lives only there.
    page = """<html lang="en"><head><script type="application/ld+json">
    {"@context": "https://schema.org", "@graph": [
      {"@type": "Article", "headline": "Spotlight: a harbour pilot",
       "author": {"@id": "https://example.org/#/person/1"},
       "publisher": {"@id": "https://example.org/#org"}},
      {"@type": "Person", "@id": "https://example.org/#/person/1", "name": "Mara Lindqvist"},
      {"@type": "Organization", "@id": "https://example.org/#org", "name": "Harbour Weekly"}
    ]}</script></head><body><article>
    <p>Our reporter met the pilot who has guided ships into the port for thirty years.</p>
    <p><b>How did you start?</b></p><p>By accident, on a foggy night in 1994.</p>
    </article></body></html>"""
    meta = read_html(page).meta
    assert meta.authors == ("Mara Lindqvist",)
    assert ip.parse_html(page).authors == ("Mara Lindqvist",)


def test_byline_marked_by_class_names_the_interviewer() -> None:
    # No rel="author": the theme marks the credit link by its class, and the credit says who
    # conducted the interview.
    page = """<html lang="de"><body><article>
    <h1>„Der Hafen schläft nie“</h1>
    <div class="author">
    <a href="/suche?author=x" class="author-link">Interview: Jonas Weber</a></div>
    <p>Die Lotsin Mara Lindqvist bringt seit dreißig Jahren Schiffe in den Hafen.</p>
    <p><b>Frau Lindqvist, wie sind Sie Lotsin geworden?</b></p>
    <p>Durch Zufall, in einer nebligen Nacht im Jahr 1994. Ich bin geblieben.</p>
    <p><b>Was ist das Schwierigste an Ihrer Arbeit?</b></p>
    <p>Der Nebel. Man sieht nichts und muss trotzdem entscheiden.</p>
    <p><b>Würden Sie den Beruf wieder wählen?</b></p>
    <p>Jederzeit, ohne zu zögern. Es gibt keinen schöneren Arbeitsplatz.</p>
    </article></body></html>"""
    assert read_html(page).meta.byline == "Interview: Jonas Weber"
    iv = ip.parse_html(page)
    assert iv.interviewers == ("Jonas Weber",)
    assert "Mara Lindqvist" in iv.interviewees


_PLAIN_BYLINE_PAGE = """<html lang="en"><body><header><nav><a href="/authors">Authors</a></nav>
<div class="author-box"><p>About the author: Pia Lund writes about rivers and roads.</p></div>
</header><article><h1>A ferry captain on forty winters</h1>
<div class="c-byline">{byline}</div>
<div class="story"><p>Tomas Berglund has steered the island ferry since 1986. We asked him
about the winters.</p>
<p><b>What changed the most?</b></p><p>The ice. It comes later and leaves earlier.</p>
<p><b>Do the passengers notice?</b></p><p>The old ones do. They ask me about it every spring.</p>
<p><b>Will you retire soon?</b></p><p>Next year, when my daughter takes the wheel.</p>
</div></article>
<section class="comments"><span class="comment-author">Reader One</span></section>
</body></html>"""


@pytest.mark.parametrize(
    ("byline", "credit", "interviewer"),
    [
        # the date beside the name is not part of the credit
        (
            'Interview by Signe Holm <time datetime="2026-01-02">2 Jan 2026</time>',
            "Interview by Signe Holm",
            "Signe Holm",
        ),
        ("Das Gespräch führte Signe Holm", "Das Gespräch führte Signe Holm", "Signe Holm"),
        (
            "Par <span>Signe Holm</span> | 2 janvier 2026",
            "Par Signe Holm | 2 janvier 2026",
            "Signe Holm",
        ),
    ],
)
def test_byline_set_as_plain_text_names_the_interviewer(
    byline: str, credit: str, interviewer: str
) -> None:
    # No link at all: the theme marks the credit line by its class; the author's box in the
    # header and the comment author are not bylines.
    page = _PLAIN_BYLINE_PAGE.format(byline=byline)
    assert read_html(page).meta.byline == credit
    iv = ip.parse_html(page)
    assert iv.interviewers == (interviewer,)
    assert iv.interviewees == ("Tomas Berglund",)


def test_author_box_and_comment_authors_are_not_bylines() -> None:
    page = _PLAIN_BYLINE_PAGE.replace('<div class="c-byline">{byline}</div>', "")
    assert read_html(page).meta.byline is None
    assert ip.parse_html(page).interviewers == ()


def test_bold_question_opening_a_plain_paragraph_is_its_own_turn() -> None:
    qa = [
        (
            "Why bake at night?",
            "Because the bread has to be fresh at six, and there is no other way.",
        ),
        ("Do you ever sleep?", "In the afternoon, four hours. My body got used to it long ago."),
        ("What about the rent?", "It doubled in five years. The neighbours keep us alive."),
    ]
    body = "".join(f"<p><strong>{q}</strong> {a}</p>" for q, a in qa)
    page = (
        "<html><body><article><h1>The night baker</h1><p>Maria Santos has run the city's only "
        f"night bakery for twenty years. We talked to her about bread.</p>{body}</article></body>"
        "</html>"
    )
    doc = read_html(page)
    question = find(doc, "Why bake at night?")
    assert question.text == "Why bake at night?" and question.emphasis == 1.0
    assert find(doc, "Because the bread").emphasis == 0.0
    iv = ip.parse_html(page)
    assert [p.question.text for p in iv.pairs] == [q for q, _ in qa]
    assert [p.answer.text for p in iv.pairs] == [a for _, a in qa]


@pytest.mark.parametrize(
    "paragraph",
    [
        "<p>We asked ourselves <b>why now?</b> and the answer was the rent, not the bread.</p>",
        "<p><b>Really?</b> Yes, really: we have never missed a single morning in twenty years.</p>",
        "<p><b>Why now?</b> Rent.</p>",
    ],
)
def test_a_bold_phrase_that_is_no_leading_question_does_not_split(paragraph: str) -> None:
    doc = read_html(f"<html><body><article>{paragraph}</article></body></html>")
    assert len([b for b in doc.blocks if b.kind is BlockKind.PARAGRAPH]) == 1


def test_bold_pseudo_label_inside_an_answer_stays_in_the_answer() -> None:
    # "<b>Short term:</b>" looks like a speaker label but names nobody in this interview: its
    # words belong to the answer, and the answer has no speaker.
    page = """<html><body><article><h1>A planner on the next ten years</h1>
    <p>Mara Lind plans the city's transport. We asked her what comes next.</p>
    <p><b>What changes next year?</b></p>
    <p><b>Short term:</b> nothing changes for the buses.</p>
    <p><b>Long term:</b> the trams come back.</p>
    <p><b>And the bikes?</b></p><p>More lanes, everywhere in the centre.</p>
    <p><b>Why now?</b></p><p>Because the money is finally there.</p>
    </article></body></html>"""
    iv = ip.parse_html(page)
    first = iv.pairs[0].answer
    assert (
        first.text == "Short term: nothing changes for the buses.\nLong term: the trams come back."
    )
    assert first.speaker is None and first.label is None
    assert [p.question.text for p in iv.pairs] == [
        "What changes next year?",
        "And the bikes?",
        "Why now?",
    ]


def test_speaker_labels_still_leave_the_answer_text() -> None:
    turns = "".join(
        f"<p><b>Q:</b> {q}</p><p><b>Mara Lind:</b> {a}</p>"
        for q, a in [
            ("What changes next year?", "Nothing changes for the buses."),
            ("And the bikes?", "More lanes, everywhere in the centre."),
            ("Why now?", "Because the money is finally there."),
        ]
    )
    iv = ip.parse_html(f"<html><body><article><h1>A planner</h1>{turns}</article></body></html>")
    assert iv.pairs[0].answer.text == "Nothing changes for the buses."
    assert {p.answer.label for p in iv.pairs} == {"Mara Lind"}


# Label cells, question classes, the standfirst and the reading-time line


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


def _line_under_the_headline(line: str) -> Block:
    """The reader's block for ``line`` set in its own paragraph under a page's headline."""
    doc = read_html(
        f"<html><body><article><h1>The clockmaker of the river</h1><p>{line}</p>"
        f"<p>{_DEK}</p></article></body></html>"
    )
    return find(doc, line)


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
    block = _line_under_the_headline(line)
    assert block.hint is BoilerplateKind.DATELINE


@pytest.mark.parametrize(
    "line",
    [
        "It took me 5 minutes to read it.",
        "Lectura: 3 libros al mes.",
        "I read 20 books a year.",
    ],
)
def test_sentences_about_reading_are_no_reading_time_line(line: str) -> None:
    assert _line_under_the_headline(line).hint is None


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


def _blog_page(post: str) -> str:
    """An invented blog page: a long archive list in the sidebar, the post set as <div>s."""
    months = "".join(
        f"<li><a href='/{y}/{m}'>► {m} {y}</a> ({n})</li>"
        for y in range(2010, 2020)
        for m, n in (("Januar", 21), ("Februar", 17), ("März", 30), ("April", 12))
    )
    titles = "".join(
        f"<li><a href='/p/{n}'>(Buchtipp) Ein langer Titel Nummer {n} von A. Autor</a></li>"
        for n in range(60)
    )
    return (
        "<html><body><div class='content'><div class='columns'>"
        f"<div class='main'><h3 class='post-title'>Drittes Blog-Interview</h3>{post}</div>"
        f"<div class='column-right'><div class='sidebar'><ul>{months}</ul><ul>{titles}</ul>"
        "</div></div></div></div></body></html>"
    )


_DIV_POST = (
    "<div class='post-body entry-content' itemprop='articleBody'>"
    "<div>Neulich durfte ich das erste Buch von Lene Falk lesen, und ich hatte noch Fragen.</div>"
    "<div><b>Blog:</b></div><div><i>Wie kamst du auf die Idee zu dieser Geschichte?</i></div>"
    "<div><b>Lene:</b></div><div><i>Aus einem Traum. Die Figur war zuerst da, der Rest kam "
    "danach, Stück für Stück, über zwei Winter.</i></div>"
    "<div><b>Blog:</b></div><div><i>Wie lange hast du am Buch geschrieben?</i></div>"
    "<div><b>Lene:</b></div><div><i>Fast drei Jahre, mit einer langen Pause dazwischen, "
    "weil das Studium vorging und ich erst danach wieder Zeit fand.</i></div>"
    "</div>"
)


def test_paragraphs_written_as_divs_in_the_article_body_win_over_a_sidebar_list() -> None:
    """Blog editors set paragraphs as <div>s; in the body the page marks as its article, they
    are prose, so a long archive list in the sidebar does not become the region."""
    doc = read_html(_blog_page(_DIV_POST))
    texts = [block.text for block in doc.blocks]
    assert any(text.startswith("Aus einem Traum") for text in texts)
    assert not any("Nummer 7 von" in text for text in texts)


def test_the_article_body_mark_is_read_in_any_case() -> None:
    """Class names are matched without regard to case ("Post-Body" marks the body as
    "post-body" does): the paragraphs written as <div>s still win over the sidebar."""
    post = _DIV_POST.replace(" class='post-body entry-content' itemprop='articleBody'", "")
    post = post.replace("<div>", "<div class='Post-Body'>", 1)
    texts = [block.text for block in read_html(_blog_page(post)).blocks]
    assert any(text.startswith("Aus einem Traum") for text in texts)
    assert not any("Nummer 7 von" in text for text in texts)


def test_divs_outside_a_marked_article_body_are_no_prose() -> None:
    """The same <div>s without the article-body mark are boxes: the sidebar list keeps the
    region (a shop's question widget or a price row must not pull the region to itself)."""
    post = _DIV_POST.replace(" class='post-body entry-content' itemprop='articleBody'", "")
    texts = [block.text for block in read_html(_blog_page(post)).blocks]
    assert not any(text.startswith("Aus einem Traum") for text in texts)


def test_opening_div_paragraphs_before_a_read_all_box_stay_in_the_region() -> None:
    """Opening paragraphs set beside a container of the rest of the article (same class of
    <div> paragraph inside and out) are kept: the region does not descend past them."""
    para = "<div class='body-paragraph'>{}</div>"
    opening = "".join(
        para.format(f"Opening paragraph {n} tells the reader what the long piece is about.")
        for n in range(3)
    )
    rest = "".join(
        para.format(f"Body paragraph {n} goes on with the story at some length, as bodies do.")
        for n in range(40)
    )
    page = (
        "<html><body><div class='article-body'><div class='container'>"
        f"{opening}<div class='read-all'>{rest}</div></div></div></body></html>"
    )
    texts = [block.text for block in read_html(page).blocks]
    assert texts[0].startswith("Opening paragraph 0")
    assert any(text.startswith("Body paragraph 39") for text in texts)
