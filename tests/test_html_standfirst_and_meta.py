"""Two slips real pages make that the HTML reader forgives (invented pages throughout).

* ``<meta name="og:site_name" value="…">``: the value in ``value=`` instead of ``content=``.
  Browsers and crawlers read it; so does the reader, for every meta key.
* A stand-first whose class also says "teaser" (``lede-feature-teaser``): on most pages a
  "teaser" box holds links to other stories, but on a paragraph, or beside a standfirst word
  (lede, standfirst, summary...), it is the article's own summary and belongs in the intro.
"""

from __future__ import annotations

import pytest

import interviewparse as ip

_QA = """
<p><b>How do you cross in fog?</b></p><p>Slowly, and by ear. And with the radio on all the time.</p>
<p><b>Were you ever lost?</b></p><p>Once, in 1998, for an hour. We ended up at the lighthouse.</p>
<p><b>Do you still like the job?</b></p><p>More than ever. No crossing is like the one before.</p>
"""
_STANDFIRST = "Piet Moll has steered the ferry across the bay for twenty years, in every weather."


def _page(head: str = "", splash: str = "", lead: str = "", related: str = "") -> str:
    return (
        f"<html><head>{head}<title>A ferryman on fog</title></head><body>{splash}"
        f"<article><h1>A ferryman on fog</h1>{lead}{_QA}{related}</article></body></html>"
    )


@pytest.mark.parametrize("attribute", ["content", "value"])
def test_a_meta_value_attribute_counts_like_content(attribute: str) -> None:
    head = f'<meta property="og:site_name" {attribute}="The Harbour Gazette">'
    assert ip.parse(_page(head=head)).publisher == "The Harbour Gazette"


@pytest.mark.parametrize(
    "classes", ["lede-feature-teaser", "article-teaser", "standfirst teaser", "summaryTeaser"]
)
def test_a_teaser_paragraph_is_the_articles_own_standfirst(classes: str) -> None:
    iv = ip.parse(_page(lead=f'<p class="{classes}">{_STANDFIRST}</p>'))
    assert [p.text for p in iv.intro] == [_STANDFIRST]
    assert not any(_STANDFIRST in b.text for b in iv.boilerplate)
    assert len(iv.pairs) == 3


def test_a_box_of_teasers_is_still_related_links() -> None:
    related = (
        '<div class="teaser-list"><p><a href="/a">A lighthouse keeper on storms</a></p>'
        '<p><a href="/b">A baker on dawn, and on the bread nobody buys</a></p></div>'
    )
    iv = ip.parse(_page(related=related))
    kinds = {b.text: b.kind for b in iv.boilerplate}
    assert kinds.get("A lighthouse keeper on storms") is ip.BoilerplateKind.RELATED
    assert "lighthouse" not in iv.pairs[-1].answer.text


def test_the_standfirst_under_a_splash_headline_is_found() -> None:
    """The headline set twice: a splash version (with the stand-first under it) above the
    article's own header. The stand-first is the intro's first paragraph."""
    splash = (
        '<section class="splash"><div class="lede-feature-title-teaser">'
        '<h1 class="lede-feature-title">A ferryman on fog</h1>'
        f'<p class="lede-feature-teaser">{_STANDFIRST}</p></div></section>'
    )
    page = (
        f"<html><head><title>A ferryman on fog</title></head><body>{splash}"
        '<header class="article-header"><h1 class="headline">A ferryman on fog</h1></header>'
        '<div class="article-content"><p>He started at nineteen, as a deckhand on the old boat, '
        "and never left.</p>"
        f"{_QA}</div></body></html>"
    )
    iv = ip.parse(page)
    assert iv.intro and iv.intro[0].text == _STANDFIRST
    assert len(iv.pairs) == 3
