"""Every rule that labels a block, by its stable id.

A rule's id is what the output carries as ``rule`` (on each :class:`~interviewparse.Boilerplate`,
:class:`~interviewparse.Question` and :class:`~interviewparse.Answer`) beside the human
``reason``; code that needs to know which rule fired compares ids, never reasons, so a reason's
wording may change freely while an id stays. Ids are lowercase, hyphenated and prefixed with
the stage that owns the rule:

* ``html.*`` — the HTML reader's hints (tags, class words, short phrases, link density);
* ``text.*`` — the text reader's hints (front matter, Markdown and HTML residue);
* ``profile.*`` — a publisher profile's selectors (:mod:`interviewparse.profiles`);
* ``boilerplate.*`` — the format-blind boilerplate rules (:mod:`interviewparse.boilerplate`);
* ``segment.*`` — the segmenter's question cues, the headings it sets aside, and the evidence
  that closes the interview (``segment.outro-*``: the last answer's paragraphs that are the
  article's, not the guest's).

``python -m interviewparse.rules`` prints the table that ``docs/rules.md`` shows.
"""

from __future__ import annotations

import attrs

__all__ = ["RULES", "Rule", "by_id", "markdown_table"]


@attrs.frozen
class Rule:
    """One rule that labels a block.

    Attributes:
        id: the stable id the output carries as ``rule``.
        kind: what the rule labels a block as: a :class:`~interviewparse.BoilerplateKind` value,
            ``"question"``, ``"outro"``, or ``"varies"`` when the kind comes with the match (a
            phrase table, a class word, a profile's selector).
        scope: what the rule looks at: ``"block"`` (the block's own text), ``"document"`` (the
            block's place among the others), ``"html"`` (the page's markup), ``"text"`` (the
            copied text's markup) or ``"profile"`` (a publisher profile).
        description: what it recognises.
    """

    id: str
    kind: str
    scope: str
    description: str


_B, _D, _H, _T, _P = "block", "document", "html", "text", "profile"

#: The registry, grouped by stage; the order is the one the docs list (a table reads better
#: one rule to a line or two than formatted).
# fmt: off
RULES: tuple[Rule, ...] = (
    # -- the HTML reader's hints ------------------------------------------------------------
    Rule("html.tag", "varies", _H, "an element that is clutter by its tag: <figcaption>, "
         "<figure>, <nav>, <footer>, <menu>, <address>"),
    Rule("html.generic-box", "varies", _H, "an <aside> or <form> whose class words name nothing: "
         "related links, or other clutter"),
    Rule("html.box-newsletter-prompt", "newsletter", _H, "an <aside> or <form> whose own text "
         "asks the reader to subscribe"),
    Rule("html.role", "navigation", _H, 'a box with role="navigation", "contentinfo", "search" '
         '(or "complementary" without telling class words)'),
    Rule("html.class-pair", "varies", _H, "two class/id words that name a box together: "
         '"read-more", "author-bio", "photo-credit"'),
    Rule("html.class-word", "varies", _H, 'a class/id word that names a box: "newsletter", '
         '"related", "share", "caption", "sponsor"'),
    Rule("html.same-card", "varies", _H, "the blurb after the link in the same small teaser card"),
    Rule("html.related-heading", "related", _B, 'a related-links heading: "Read more", "Lesen '
         'Sie auch", "Te puede interesar"'),
    Rule("html.related-link-line", "related", _B, 'a related or promo link line: "Related: '
         '<title>", "Video: <title>"'),
    Rule("html.advertisement-label", "advertisement", _B, "an advertisement label: "
         '"Advertisement", "Anzeige", "Publicidad"'),
    Rule("html.sponsor-disclosure", "sponsor", _B, 'a sponsor or affiliate disclosure: "We may '
         'earn a commission", "Sponsored by"'),
    Rule("html.share-button", "share", _B, 'a share button: "Share this article", "Teilen", '
         '"Tweet"'),
    Rule("html.comments-prompt", "comments", _B, 'a comments prompt: "12 Comments", "Leave a '
         'reply", "Join the discussion"'),
    Rule("html.tag-list-heading", "tags", _B, 'a tag-list heading alone: "Tags", "Themen", '
         '"Topics"'),
    Rule("html.tag-list", "tags", _B, 'a tag list: "Tags: ...", "Schlagworte: ..."'),
    Rule("html.navigation-link", "navigation", _B, 'a navigation link: "Next article", "Back to '
         'top", "Sign in"'),
    Rule("html.author-box-heading", "author_bio", _B, 'an author box heading: "About the '
         'author", "Written by <name>"'),
    Rule("html.newsletter-prompt", "newsletter", _B, 'a newsletter prompt: "Sign up for our '
         'newsletter", "Jetzt abonnieren"'),
    Rule("html.promo-line", "promo", _B, 'a promo line: "Listen now", "Download the app", '
         '"Continue reading"'),
    Rule("html.poll-count", "promo", _B, "a poll's count: \"1,204 people have voted\""),
    Rule("html.date-line", "dateline", _B, 'a line that is only a date: "December 19, 2025", '
         '"Published: 2024-03-05"'),
    Rule("html.reading-time", "dateline", _B, 'a reading time: "7 min read", "Lesezeit: 4 '
         'Minuten"'),
    Rule("html.byline", "credit", _B, 'a byline: "By Jane Doe", "Text: Ana Ruiz"'),
    Rule("html.editors-note", "editorial_note", _B, "an editor's note: \"Editor's note: ...\", "
         '"Anm. d. Red.", "The views expressed ..."'),
    Rule("html.fact-box-heading", "other", _B, 'a fact box heading: "By the numbers", "Zur '
         'Person", "At a glance"'),
    Rule("html.role-credits", "credit", _B, 'a row of role credits: "Styling: A. Hair: B."'),
    Rule("html.photo-credit", "credit", _B, 'a photo or source credit: "Photo: ...", "Bild: '
         '...", "Fuente: ..."'),
    Rule("html.copyright-credit", "credit", _B, 'a copyright or agency credit: "© X", "Getty '
         'Images", "dpa"'),
    Rule("html.link-only-line", "related", _B, "a short line that is almost all link text"),
    Rule("html.embedded-post", "other", _H, "an embedded social-media post: <blockquote "
         'class="twitter-tweet">, "instagram-media", "tiktok-embed"'),
    Rule("html.widget-control", "navigation", _H, "a widget's control text: text hidden for "
         'screen readers inside a toggle ("Expand box")'),
    Rule("html.table-of-contents", "navigation", _H, "a list of links to places on the same "
         'page, and the short line ending in a colon that introduces it ("In this interview:")'),
    Rule("html.collapsible-box", "other", _H, "a small collapsible box inside the article "
         '(class "expandable", "collapsible", "accordion") that the reader opens on demand'),
    Rule("html.image-side-caption", "caption", _H, "short text in a box right beside an image"),
    Rule("html.author-bio", "author_bio", _B, "after the article, a sentence that presents its "
         'author: "Jane Doe is a senior editor at ..."'),
    Rule("html.list-under-box", "varies", _H, "a list right after a clutter line ending in a "
         'colon ("Read about:") gets its verdict'),
    Rule("html.number-fact-list", "other", _D, "three or more blocks in a row opening with a "
         'number and a colon ("1997: ..."): a fact box'),
    Rule("text.front-matter", "markup", _T, "a line of a Markdown export's front matter"),
    Rule("text.image-link", "markup", _T, 'an image or empty link opening a line: "![alt](src)"'),
    Rule("text.marker-line", "markup", _T, "a lone list or quote marker left over from a "
         "conversion"),
    Rule("text.markup-line", "markup", _T, "a line of HTML markup in copied text"),
    Rule("text.image-line", "markup", _T, "a line that is only an image or a link"),
    Rule("text.banner-heading", "navigation", _T, "a heading above the copied page's title: the "
         "site's banner"),
    # -- publisher profiles -----------------------------------------------------------------
    Rule("profile.boilerplate-selector", "varies", _P, "an element a profile's "
         "boilerplate_selectors pick out, as the kind they name"),
    Rule("profile.question-selector", "question", _P, "a block a profile's question_selector "
         "picks out is a question"),
    # -- boilerplate: the block's own text --------------------------------------------------
    Rule("boilerplate.caption-credit-tail", "caption", _B, "a caption ending with a photo "
         'credit: "... at the harbour. Photo: AP", "(Foto: X)"'),
    Rule("boilerplate.caption-name-in-capitals", "caption", _B, "a caption ending with the "
         "photographer's name in capitals after its sentence"),
    Rule("boilerplate.photo-credit-line", "credit", _B, 'a photo credit line: "Photo: ...", '
         '"Fot. Jan Nowak"'),
    Rule("boilerplate.dateline", "dateline", _B, "a block that is only a date and what date "
         'lines carry: "Updated 3 hours ago", "Tue 19 May 2026 07.00 BST"'),
    Rule("boilerplate.sponsor-disclosure", "sponsor", _B, 'a sponsor disclosure: "This series is '
         'supported by ...", "Anzeige"'),
    Rule("boilerplate.newsletter-prompt", "newsletter", _B, 'a newsletter prompt: "Subscribe to '
         'our newsletter", "Abonnez-vous"'),
    Rule("boilerplate.signup-close", "newsletter", _B, "a call to sign up closing the block: "
         '"... in our weekly email. Sign up now"'),
    Rule("boilerplate.affiliate-disclosure", "sponsor", _B, 'an affiliate disclosure: "We may '
         'earn a commission when you buy through links"'),
    Rule("boilerplate.donation-appeal", "promo", _B, 'a donation appeal: "Donate today", "Jetzt '
         'spenden"'),
    Rule("boilerplate.media-runtime", "promo", _B, "a listen/watch link with a running time: "
         '"Listen to this segment (8 min)"'),
    Rule("boilerplate.transcript-note", "editorial_note", _B, "a note on how transcripts are "
         'made: "This transcript was machine-generated"'),
    Rule("boilerplate.related-heading", "related", _B, "a related-links or press-room heading: "
         '"Read also:", "Mehr zum Thema"'),
    Rule("boilerplate.also-appeared", "editorial_note", _B, "a note that the text also appeared "
         'elsewhere: "This interview first appeared in ..."'),
    Rule("boilerplate.podcast-promo", "promo", _B, 'a podcast promotion: "Listen to the '
         "episode\", \"Écoutez l'émission\""),
    Rule("boilerplate.interview-credit", "credit", _B, 'an interview credit: "Interview by ...", '
         '"Propos recueillis par ..."'),
    Rule("boilerplate.agency-credit", "credit", _B, "an agency's or the desk's credit: "
         '"(APA)", "dpa/lnw"'),
    Rule("boilerplate.source-line", "credit", _B, 'a source line: "Source: ...", "Quelle: ..."'),
    Rule("boilerplate.pull-quote", "pull_quote", _B, 'a quotation with its attribution: "“...” — '
         'Name"'),
    Rule("boilerplate.copyright-line", "footer", _B, 'a copyright line: "© 2026 X. All rights '
         'reserved."'),
    Rule("boilerplate.reprint-note", "editorial_note", _B, 'a note on reprinting: "Reprinted '
         'with permission", "转载请注明出处"'),
    Rule("boilerplate.desk-initials", "credit", _B, "the desk's initials closing a report: "
         '"(rzp/ags)"'),
    Rule("boilerplate.programme-line", "heading", _B, "the broadcast a transcript comes from: "
         '"Programme «Morning talk»"'),
    Rule("boilerplate.credit-line", "credit", _B, 'a credit line, a role and names only: "Autor: '
         'Karolina Nowak", "By Jane Doe · April 22, 2026"'),
    Rule("boilerplate.follow-prompt", "promo", _B, 'a prompt to follow on a channel: "Follow us '
         'on Instagram"'),
    Rule("boilerplate.letters-prompt", "promo", _B, "an invitation to write a letter to the "
         "editor"),
    Rule("boilerplate.player-time", "promo", _B, 'a media player\'s clock: "0:00/1:33:01", '
         '"-12:05"'),
    Rule("boilerplate.post-attribution", "other", _B, "the attribution line under an embedded "
         'post: "— Jane Roe (@janeroe) March 3, 2025"'),
    Rule("boilerplate.maintenance-notice", "editorial_note", _B, "a wiki's maintenance notice "
         'about the page: "This article requires review", "This page was last edited on"'),
    Rule("boilerplate.topic-row", "tags", _B, 'a row of short topics set apart by "·", "|" or "•"'),
    Rule("boilerplate.label-phrase", "varies", _B, "a related-links or tags phrase read as a "
         'speaker label: "Baca Juga: <title>"'),
    Rule("boilerplate.opening-phrase", "varies", _B, "a short block opened by a clutter phrase "
         "of the multilingual phrase tables (interviewparse.boilerplate.phrases)"),
    Rule("boilerplate.pull-quote-attribution", "pull_quote", _B, "a dash and a full name alone: "
         "a pull quote's attribution line"),
    Rule("boilerplate.kicker", "heading", _B, "a short line in capitals with no sentence "
         "punctuation: a kicker or section label"),
    Rule("boilerplate.reader-hint", "varies", _B, "a reader's hint that names no rule of its own "
         "(a block built outside the readers)"),
    # -- boilerplate: the block among its neighbours ----------------------------------------
    Rule("boilerplate.tag-run", "tags", _D, "the short topic lines after a tags heading that "
         "closes the article"),
    Rule("boilerplate.link-run", "related", _D, "the short link lines after a sponsor note, "
         "newsletter prompt or related heading that closes the article"),
    Rule("boilerplate.comments-header", "comments", _D, "a reader-comments header in the "
         "document's last two thirds: \"4 Kommentare\""),
    Rule("boilerplate.reader-comment", "comments", _D, "everything after a reader-comments header"),
    Rule("boilerplate.credit-value", "credit", _D, 'the line right after a lone credit label '
         '("Photo:") that gives its value'),
    Rule("boilerplate.per-item-line", "promo", _D, "a line repeated for each item of a list "
         "article with only a name changed: \"Vote for <name> on the last page!\""),
    Rule("boilerplate.button-lead-in", "varies", _D, "the pitch right before a call-to-action "
         'button ("... apply here:" and its bold heading, or the line in the button\'s box)'),
    Rule("boilerplate.closing-heading", "heading", _D, "a heading with nothing after it but "
         "clutter: it heads no part of the article"),
    Rule("boilerplate.headline-heading", "heading", _D, "a heading inside the article set as "
         "a news headline quoting someone: X speaks out: “...”"),
    Rule("boilerplate.image-caption", "caption", _D, "a line in italics right under an image"),
    Rule("boilerplate.share-button", "share", _D, "a share bar's button beside a share prompt: "
         '"Post", "LINEで送る"'),
    Rule("boilerplate.section-label", "heading", _D, "a lone section or genre word above the "
         'article: "Opinion", "Poradnik"'),
    Rule("boilerplate.author-bio", "author_bio", _D, "after the article, a sentence opening with "
         "the byline's name and \"is\": the author's bio"),
    Rule("boilerplate.bio-byline", "credit", _D, "the lone name under the headline that the "
         "author's bio repeats"),
    Rule("boilerplate.masthead-byline", "credit", _D, "under the headline, a publication and a "
         'byline: "<Paper> | Interview: <Name>"'),
    Rule("boilerplate.masthead-publication-word", "credit", _D, "under the headline, a name with "
         "a newspaper's or station's word: \"Harbour Weekly\""),
    Rule("boilerplate.masthead-recurs", "credit", _D, "under the headline, a line that recurs "
         "later where the page names its publisher"),
    Rule("boilerplate.masthead-beside-publication", "credit", _D, "under the headline, a byline "
         "beside a publication that recurs as the publisher"),
    # -- the segmenter ----------------------------------------------------------------------
    Rule("segment.label", "question", _D, "a turn opened by the interviewer's speaker label: "
         '"Q:", "STANDARD:"'),
    Rule("segment.before-labelled-answer", "question", _D, "an unlabelled paragraph that asks, "
         "right before a labelled answer"),
    Rule("segment.like-labelled-questions", "question", _D, "an unlabelled paragraph set like "
         "the labelled questions (bold, italic), once the labels stop"),
    Rule("segment.dash", "question", _D, "a dialogue-dash turn, the asking side of dashed "
         "exchanges"),
    Rule("segment.heading", "question", _D, "a heading of the level whose headings ask most"),
    Rule("segment.bold", "question", _D, "a paragraph set in bold"),
    Rule("segment.italic", "question", _D, "a paragraph set in italics that reads like a "
         "question (or a statement between answers, once italics mark the questions)"),
    Rule("segment.question-mark", "question", _D, "a short paragraph that ends with a question "
         "mark and asks, by its wording alone"),
    Rule("segment.short-request", "question", _D, 'a short request without "?": "Tell us about '
         '...", answered by a longer paragraph'),
    Rule("segment.recalled-words", "question", _D, "a short statement recalling the guest's "
         'words: "You said ...", answered in the first person'),
    Rule("segment.lead-in", "question", _D, "a statement of what others say, leading into a "
         "short question that points back at it"),
    Rule("segment.first-question", "question", _D, "the first question set apart in another "
         "mark (bold before heading questions), right before a first answer in the first person"),
    Rule("segment.moving-on", "question", _D, "a short paragraph at the end of an answer that "
         'announces the next question: "Ok, now for a little fun.", "One last question."'),
    Rule("segment.continues", "question", _D, "a question paragraph after the one that opened "
         "the question"),
    Rule("segment.subheading", "heading", _D, "a short unpunctuated line after a full paragraph: "
         "a section subheading, not a question here"),
    Rule("segment.editor-heading", "heading", _D, "a heading inside an interview that asks "
         'nothing and is not the guest\'s words (no "I"/"we", no quotation mark): the '
         "editor's title for what follows, however long"),
    Rule("segment.pull-quote-repeat", "pull_quote", _D, "a heading, quotation block or quoted "
         "line whose words a paragraph of the article gives again: the guest's words set large"),
    Rule("segment.stage-direction", "other", _D, 'a stage direction alone ("[MUSIC PLAYING]") '
         "that ends an answer before the next question: no one's words"),
    Rule("segment.field-line", "other", _D, 'a labelled line of a word or three that asks '
         'nothing, in a page whose questions are set by type: "Account: @name"'),
    Rule("segment.genre-kicker", "heading", _D, "a genre word above the article, not a question "
         'here: "Opinion", "Kommentar | Politik"'),
    Rule("segment.unlabelled", "other", _D, "a block the segmenter set aside without a verdict "
         "of its own"),
    # -- where the interview ends: the last answer's paragraphs that are the article's -------
    Rule("segment.outro-separator", "outro", _D, 'after a separator in the last answer: a rule, '
         '"* * *"'),
    Rule("segment.outro-after-end", "outro", _D, "after a block that stands only where an "
         "article ends: the interview's credit line, a footer, the comments"),
    Rule("segment.outro-after-heading", "outro", _D, "after a section heading inside the last "
         "answer that no question follows, when what follows is shorter than the interview"),
    Rule("segment.outro-thanks", "outro", _B, 'thanks for the conversation, and what follows: '
         '"Thank you for your time."'),
    Rule("segment.outro-editor-note", "outro", _B, "an editor's note on the interview itself, "
         'and what follows: "This interview has been edited", "… first published in …"'),
    Rule("segment.outro-sign-off", "outro", _D, 'a newsletter\'s sign-off: "See you next week," '
         "and a name"),
    Rule("segment.outro-stage-direction", "outro", _B, 'a stage direction alone: "[MUSIC]", '
         '"(Applause)"'),
    Rule("segment.outro-italic", "outro", _D, "a closing run set in italics when the answer is "
         "not (the guest's words in quotation marks aside)"),
    Rule("segment.outro-footnote", "outro", _B, 'a footnote: "* Name changed"'),
    Rule("segment.outro-about", "outro", _B, 'a box about someone: "About the author: …", '
         '"Über …:"'),
    Rule("segment.outro-announces", "outro", _B, "a note on where to see the work or meet the "
         'guest: "The exhibition runs until …", "out now"'),
    Rule("segment.outro-third-person", "outro", _D, "a paragraph that speaks of the person the "
         'intro introduces, by name, outside quotation marks, with no "I" or "we": a bio'),
)
# fmt: on

_BY_ID = {rule.id: rule for rule in RULES}


def by_id(rule_id: str) -> Rule:
    """The rule with this id; ``KeyError`` for an id no rule has."""
    return _BY_ID[rule_id]


def markdown_table() -> str:
    """The registry as the Markdown table ``docs/rules.md`` shows."""
    lines = ["| Rule id | Labels as | Looks at | Recognises |", "|---|---|---|---|"]
    for rule in RULES:
        # as text: "|" would end the cell, "<" open a tag, "[" a link
        description = rule.description.replace("|", "\\|").replace("<", "&lt;")
        description = description.replace("[", "\\[")
        lines.append(f"| `{rule.id}` | {rule.kind} | {rule.scope} | {description} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(markdown_table(), end="")
