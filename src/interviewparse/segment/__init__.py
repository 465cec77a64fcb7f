"""The format-blind segmenter: blocks in, intro / question / answer / outro roles out.

It works in two steps, both over the whole document:

1. :func:`infer_question_style` decides how *this* document marks its questions — speaker labels,
   dialogue dashes, bold, headings, italics, or wording alone: every convention decodes the
   whole block sequence, those that yield a plausible interview (several questions, each
   followed by an answer, questions shorter than answers) are ranked on named evidence
   (:mod:`interviewparse.segment.scoring`), and the best wins. The ranking is kept on the
   :class:`Segmentation`.
2. The chosen convention's decoder labels the sequence as one state machine
   (intro → question → answer … → outro): consecutive question blocks are one question, answer
   paragraphs and lists stay with their answer, a question with no answer at the end is outro.
3. What does not belong to an answer leaves it: a pull quote that repeats the guest's words and
   a heading in the editor's voice are set apart (:func:`_subheadings`), a lead-in announcing
   the next question opens it (:func:`_moving_on`), and the closing decision (:func:`_close`)
   takes the end of the last answer that is the article's into the outro.

A document where no convention yields a plausible interview gets no pairs: everything is intro.
"""

from __future__ import annotations

import enum
import functools
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import pairwise
from typing import NamedTuple, TypeVar

import attrs

from .. import cues, lexicon
from ..blocks import SET_APART, Block, BlockKind
from ..boilerplate import Verdict
from ..labels import label_groups, role_hint
from ..language import guess_language
from ..models import BoilerplateKind
from ..people.names import find_names
from .scoring import Candidate, ceiling, measure, score, text_chars

__all__ = ["Role", "Segmentation", "infer_question_style", "segment"]


class Role(str, enum.Enum):
    TITLE = "title"
    INTRO = "intro"
    QUESTION = "question"
    ANSWER = "answer"
    OUTRO = "outro"
    BOILERPLATE = "boilerplate"


@attrs.frozen
class Segmentation:
    """The segmenter's decision for every block.

    Attributes:
        roles: one :class:`Role` per block.
        starts: indices of question blocks that begin a new question (a run of question blocks
            without a start inside it is one multi-paragraph question).
        speakers: the speaker label for each block (the turn's label for its later paragraphs),
            as written in the source ("STANDARD", "Peter Kaiser", "NG", "Q").
        reasons: for question blocks, the cue that made them questions.
        rules: for question blocks, the id of that cue's rule (see :mod:`interviewparse.rules`).
        boilerplate: verdicts for blocks the segmenter itself recognised as clutter
            (role ``BOILERPLATE`` but no verdict from the boilerplate stage).
        style: the question convention inferred for the document.
        interviewer_labels: labels judged to be the interviewer's side ("STANDARD", "WN", "Q").
        interviewee_labels: labels judged to be the answering side ("Kaiser", "NG", "A").
        other_labels: labels of third parties (a played clip, a moderator).
        ranking: the plausible decodings of the document (:class:`~.scoring.Candidate`:
            its convention, score and named evidence), best first; the first is the one
            these roles come from. A convention whose best possible score could not beat the
            reading already found is not decoded, so not listed. Empty when no convention
            yields a plausible interview. ``score``, ``runner_up`` and ``margin`` read it.
    """

    roles: tuple[Role, ...]
    starts: frozenset[int]
    speakers: tuple[str | None, ...]
    reasons: tuple[str | None, ...]
    boilerplate: Mapping[int, Verdict] = attrs.field(factory=dict)
    style: str | None = None
    interviewer_labels: frozenset[str] = frozenset()
    interviewee_labels: frozenset[str] = frozenset()
    other_labels: frozenset[str] = frozenset()
    rules: tuple[str | None, ...] = ()
    ranking: tuple[Candidate, ...] = ()

    @property
    def score(self) -> float | None:
        """The winning decoding's score, or ``None`` when nothing was decoded."""
        return self.ranking[0].score if self.ranking else None

    @property
    def runner_up(self) -> Candidate | None:
        """The second-best decoding, or ``None`` when only one convention (or none) fit."""
        return self.ranking[1] if len(self.ranking) > 1 else None

    @property
    def margin(self) -> float | None:
        """How far the winner's score is ahead of the runner-up's; the winner's own score
        when no other convention fit; ``None`` when nothing was decoded."""
        if not self.ranking:
            return None
        if len(self.ranking) == 1:
            return self.ranking[0].score
        return self.ranking[0].score - self.ranking[1].score


class QuestionCue(NamedTuple):
    """What made a block a question: the rule's id and the reason for a person."""

    rule: str
    reason: str


_CONTINUES = QuestionCue("segment.continues", "continues the question")


@attrs.frozen
class _Plan:
    """A candidate decoding under one convention."""

    style: str
    roles: tuple[Role, ...]
    starts: frozenset[int]
    reasons: tuple[QuestionCue | None, ...]
    speakers: tuple[str | None, ...]
    interviewer: frozenset[str] = frozenset()
    interviewee: frozenset[str] = frozenset()
    other: frozenset[str] = frozenset()


_EMPHASIS = SET_APART
_T = TypeVar("_T")


class _Facts:
    """What the conventions ask of each block, worked out at most once per parse.

    :func:`infer_question_style` tries up to seven conventions on the same blocks (and
    :func:`segment` runs it a second time once it has set subheadings aside); each asks the same
    questions of the same paragraphs — how many words, how much it reads like a question, does it
    speak in the first person — and each answer costs a regex pass over the paragraph. Here each
    is asked once per block (by index into ``blocks``) and kept for the rest of the parse; what
    is asked of a whole question (its paragraphs joined) is kept by its text, and the answers'
    language by the answer blocks. Nothing outlives the parse.
    """

    __slots__ = (
        "_addresses",
        "_asking",
        "_asks",
        "_author_voice",
        "_ends_asking",
        "_first_person",
        "_genre_intro",
        "_genre_title",
        "_gets_in_touch",
        "_langs",
        "_marked",
        "_names",
        "_names_anyone",
        "_pairs",
        "_recurring",
        "_reported",
        "_scores",
        "_statement_questions",
        "_statements",
        "_words",
        "blocks",
    )

    def __init__(self, blocks: Sequence[Block]) -> None:
        self.blocks = blocks
        self._words: dict[int, int] = {}
        self._scores: dict[int, float] = {}
        self._marked: dict[int, bool] = {}
        self._statements: dict[int, str | None] = {}
        self._first_person: dict[int, bool] = {}
        self._reported: dict[int, bool] = {}
        self._asks: dict[int, bool] = {}
        self._asking: dict[str, bool] = {}
        self._author_voice: dict[str, bool] = {}
        self._addresses: dict[str, bool] = {}
        self._recurring: dict[tuple[str, ...], int] = {}
        self._langs: dict[tuple[int, ...], str | None] = {}
        self._ends_asking: dict[int, bool] = {}
        self._gets_in_touch: dict[int, bool] = {}
        self._genre_title: dict[int, bool] = {}
        self._genre_intro: dict[int, bool] = {}
        self._names_anyone: dict[str, bool] = {}
        self._names: dict[int, list[str]] = {}
        self._statement_questions: dict[tuple[int, int, int], QuestionCue | None] = {}
        self._pairs: dict[int, tuple[_Plan, list[tuple[list[int], list[int]]]]] = {}

    def words(self, i: int) -> int:
        """:func:`cues.word_count` of block ``i``."""
        count = self._words.get(i)
        if count is None:
            count = self._words[i] = cues.word_count(self.blocks[i].text)
        return count

    def at_most(self, i: int, n: int) -> bool:
        """``words(i) <= n``, without counting every word of a long paragraph: words (runs of
        word characters) stand one character apart at least, so a text of fewer than ``2 * n``
        characters has ``n`` words at most; a longer one is read only up to its word ``n + 1``
        (unless its words were counted already)."""
        text = self.blocks[i].text
        if len(text) < 2 * n:
            return True
        count = self._words.get(i)
        if count is not None:
            return count <= n
        return _more_words(n).match(text) is None

    def score(self, i: int) -> float:
        """:func:`cues.question_score` of block ``i``."""
        score = self._scores.get(i)
        if score is None:
            score = self._scores[i] = cues.question_score(self.blocks[i].text)
        return score

    def asks_by_wording(self, i: int) -> bool:
        """``score(i) >= 2``; the words are split only when a question mark makes it possible."""
        marked = self._marked.get(i)
        if marked is None:
            marked = self._marked[i] = cues.question_mark_near_end(self.blocks[i].text) and (
                self.score(i) >= 2
            )
        return marked

    def statement(self, i: int) -> str | None:
        """Could block ``i`` be a question without a question mark? ``"request"`` when it is a
        paragraph opening with a request verb ("Tell us about ..."), ``"open"`` when it does not
        end like a sentence, else ``None`` (the neighbours decide the rest)."""
        if i not in self._statements:
            block = self.blocks[i]
            text = block.text.strip()
            if block.kind is BlockKind.PARAGRAPH and cues.opens_with_request(text):
                self._statements[i] = "request"
            else:
                self._statements[i] = None if _punctuated(text) else "open"
        return self._statements[i]

    def first_person(self, i: int) -> bool:
        """:func:`cues.first_person` of block ``i``."""
        first = self._first_person.get(i)
        if first is None:
            first = self._first_person[i] = cues.first_person(self.blocks[i].text)
        return first

    def asks(self, i: int) -> bool:
        """Block ``i`` ends in a question, or has a question mark near its end."""
        asks = self._asks.get(i)
        if asks is None:
            asks = self._asks[i] = _asks(self.blocks[i].text)
        return asks

    def reported(self, i: int) -> bool:
        """Block ``i`` has a verb of reported speech ("says", "sagte")."""
        reported = self._reported.get(i)
        if reported is None:
            reported = self._reported[i] = _REPORTED.search(self.blocks[i].text) is not None
        return reported

    def asking(self, question: str) -> bool:
        """A question's text (its paragraphs joined) reads like one: a question mark at the end,
        addressing the interviewee or an interrogative opener. The same question comes back
        under every convention that marks it, so this is kept by its text."""
        asks = self._asking.get(question)
        if asks is None:
            asks = self._asking[question] = (
                cues.ends_with_question(question)
                or cues.addresses_listener(question)
                or cues.opens_with_interrogative(question)
            )
        return asks

    def author_voice(self, question: str) -> bool:
        """The question speaks in the author's voice (:data:`_AUTHOR_VOICE`), kept by text."""
        voice = self._author_voice.get(question)
        if voice is None:
            voice = self._author_voice[question] = _AUTHOR_VOICE.search(question) is not None
        return voice

    def ends_asking(self, i: int) -> bool:
        """:func:`cues.ends_with_question` of block ``i``."""
        ends = self._ends_asking.get(i)
        if ends is None:
            ends = self._ends_asking[i] = cues.ends_with_question(self.blocks[i].text)
        return ends

    def gets_in_touch(self, i: int) -> bool:
        """Block ``i`` calls the reader to get in touch: an e-mail address
        (:data:`_EMAIL_ADDRESS`) or "write to us" (:data:`_WRITE_TO_US`)."""
        found = self._gets_in_touch.get(i)
        if found is None:
            text = self.blocks[i].text
            # (every e-mail address holds "@": the costly search for one runs only then)
            found = self._gets_in_touch[i] = (
                "@" in text and _EMAIL_ADDRESS.search(text) is not None
            ) or _WRITE_TO_US.search(text) is not None
        return found

    def statement_question(self, content: Sequence[int], k: int) -> QuestionCue | None:
        """:func:`_statement_question` of ``content[k]``, kept by the block and its two
        neighbours in ``content`` (all it reads): the second inference, with subheadings set
        aside, asks it again of nearly every paragraph."""
        key = (
            content[k - 1] if k > 0 else -1,
            content[k],
            content[k + 1] if k + 1 < len(content) else -1,
        )
        if key in self._statement_questions:
            return self._statement_questions[key]
        cue = self._statement_questions[key] = _statement_question(self, content, k)
        return cue

    def genre_title(self, i: int) -> bool:
        """Block ``i`` is the title and names a genre that is not an interview (a how-to)."""
        found = self._genre_title.get(i)
        if found is None:
            block = self.blocks[i]
            found = self._genre_title[i] = (
                block.kind is BlockKind.TITLE and _GENRE_TITLE.search(block.text) is not None
            )
        return found

    def genre_intro(self, i: int) -> bool:
        """Block ``i``, in an intro, speaks of "this guide" or is a genre's section label."""
        found = self._genre_intro.get(i)
        if found is None:
            text = self.blocks[i].text
            found = self._genre_intro[i] = bool(
                _GENRE_INTRO.search(text) or _GENRE_KICKER.match(text.strip())
            )
        return found

    def names_anyone(self, text: str) -> bool:
        """:func:`find_names` finds someone in this text (kept by text)."""
        found = self._names_anyone.get(text)
        if found is None:
            found = self._names_anyone[text] = bool(find_names(text))
        return found

    def full_names(self, i: int) -> list[str]:
        """The full names (two words or more) :func:`find_names` finds in block ``i``."""
        names = self._names.get(i)
        if names is None:
            names = self._names[i] = [
                name for name in find_names(self.blocks[i].text) if len(name.split()) >= 2
            ]
        return names

    def pairs(self, plan: _Plan) -> list[tuple[list[int], list[int]]]:
        """:func:`_collect_pairs` of this plan (asked by its plausibility test, its measure and
        the dash convention's asking test). Kept by the plan object, which is kept with it;
        the lists are read, never changed."""
        kept = self._pairs.get(id(plan))
        if kept is None:
            kept = self._pairs[id(plan)] = (plan, _collect_pairs(plan))
        return kept[1]

    def addresses(self, question: str) -> bool:
        """:func:`cues.addresses_listener` of a question's text, kept by text."""
        addresses = self._addresses.get(question)
        if addresses is None:
            addresses = self._addresses[question] = cues.addresses_listener(question)
        return addresses

    def recurring(self, questions: Sequence[str]) -> int:
        """:func:`_recurring` of these questions (the same ones come back when the style is
        inferred a second time)."""
        key = tuple(questions)
        if key not in self._recurring:
            self._recurring[key] = _recurring(questions)
        return self._recurring[key]

    def language(self, answers: tuple[int, ...]) -> str | None:
        """The language of these answer blocks (the bulk of an interview's text)."""
        if answers not in self._langs:
            self._langs[answers] = guess_language(self.blocks[i].text for i in answers)
        return self._langs[answers]


# -- helpers ---------------------------------------------------------------------------------------


@functools.cache
def _more_words(n: int) -> re.Pattern[str]:
    """Matches a text of more than ``n`` words (:func:`cues.word_count`: runs of ``\\w``)."""
    return re.compile(rf"\W*(?:\w+\W+){{{n}}}\w")


def _content(blocks: Sequence[Block], verdicts: Sequence[Verdict | None]) -> list[int]:
    """Indices of blocks that can carry interview text."""
    return [
        i
        for i, (b, v) in enumerate(zip(blocks, verdicts, strict=False))
        if v is None and b.kind is not BlockKind.TITLE
    ]


_CLOSERS = "\"'“”»’)]*_ \t"
_SEPARATOR = re.compile(
    r"^(?:<hr\b[^>]{0,100}>|<p\b[^>]{0,60}?hr\b[^>]{0,40}>\s*</p>|[-*_]{3,}|(?:[*•·◆]\s){2,}[*•·◆])$",
    re.I,
)


def _punctuated(text: str) -> bool:
    """Ends like a sentence (closing quotes and brackets aside)."""
    core = text.rstrip(_CLOSERS)
    return bool(core) and core[-1] in ".!?…:;,"


def _subheading(facts: _Facts, content: Sequence[int], k: int) -> bool:
    """A short unpunctuated line after a full paragraph: a section subheading, not a turn."""
    block = facts.blocks[content[k]]
    if block.label or block.dash or block.kind is BlockKind.LIST_ITEM:
        return False
    if block.kind is BlockKind.HEADING:
        # a section title; a whole sentence set as a heading (a pull quote) is content
        return facts.at_most(content[k], 12)
    # the cheap tests first: most paragraphs end in a full stop, and counting words is a regex
    # pass (an empty text, the one case the test of its first letter cannot take, has no words)
    if k == 0 or not block.text or _punctuated(block.text) or not block.text[0].isupper():
        return False
    if not 0 < facts.words(content[k]) <= 8:
        return False
    return facts.words(content[k - 1]) >= 10


def _finish(
    style: str,
    blocks: Sequence[Block],
    content: Sequence[int],
    q_start: Mapping[int, QuestionCue],
    q_cont: set[int],
    answer: set[int],
    speakers: Mapping[int, str | None],
    sides: tuple[frozenset[str], frozenset[str], frozenset[str]] = (
        frozenset(),
        frozenset(),
        frozenset(),
    ),
) -> _Plan:
    """Turn per-content-block decisions into a full plan: intro before the first question,
    a trailing question without an answer is outro."""
    n = len(blocks)
    question, answering = Role.QUESTION, Role.ANSWER  # (runs for every plan)
    roles = [Role.INTRO] * n
    reasons: list[QuestionCue | None] = [None] * n
    state = Role.INTRO
    for i in content:
        cue = q_start.get(i)
        if cue is not None:
            state = question
            reasons[i] = cue
        elif i in q_cont and state is question:
            reasons[i] = reasons[i] or _CONTINUES
        elif (state is question and i not in q_cont) or (i in answer and state is answering):
            state = answering
        roles[i] = state
        if state is question and reasons[i] is None:
            reasons[i] = _CONTINUES
    # a question nobody answers at the very end (thanks, sign-off) is outro (the intro is a
    # prefix of the content: no role goes back to it)
    for i in reversed(content):
        if roles[i] is not question:
            break
        roles[i] = Role.OUTRO
        reasons[i] = None
    starts = frozenset(i for i in q_start if roles[i] is Role.QUESTION)
    spk = tuple(map(speakers.get, range(n))) if speakers else (None,) * n
    return _Plan(style, tuple(roles), starts, tuple(reasons), spk, *sides)


# -- what does not belong to an answer: the next question's lead-in, the article's closing ---------


def _moving_on(
    facts: _Facts, content: Sequence[int], roles: Sequence[Role], starts: set[int]
) -> list[tuple[int, int]]:
    """(lead-in, question) for each short paragraph at the end of an answer that announces
    the next question in the interviewer's voice ("Ok, now for a little fun.", "One last
    question.", "Kommen wir zum Geld."): it opens that question, not closes the answer. The
    answer keeps its first paragraph; the lead-in asks nothing and has a dozen words at most."""
    moves: list[tuple[int, int]] = []
    for k in range(2, len(content)):
        i, lead, before = content[k], content[k - 1], content[k - 2]
        if i not in starts or roles[lead] is not Role.ANSWER or roles[before] is not Role.ANSWER:
            continue
        block = facts.blocks[lead]
        if (
            block.kind is BlockKind.PARAGRAPH
            and not block.label
            and not block.dash
            and facts.at_most(lead, 12)
            and not facts.asks(lead)
            and _MOVES_ON.match(block.text.strip())
        ):
            moves.append((lead, i))
    return moves


_MOVING_ON = QuestionCue("segment.moving-on", "wording: a lead-in announcing the next question")
#: What announces the next question in the interviewer's voice, after an interjection
#: ("Ok, now for …", "Let's turn to …", "One last question.", "Kommen wir zu …").
_MOVES_ON = re.compile(
    rf"^\W{{0,3}}(?:(?:{lexicon.alternation(lexicon.rule_phrases('segment.moving-on.interjection'))})"
    rf"\W{{1,3}})?(?:{lexicon.alternation(lexicon.rule_phrases('segment.moving-on'))})\b",
    re.IGNORECASE,
)


# -- where the interview ends ----------------------------------------------------------------------


def _close(
    facts: _Facts,
    content: Sequence[int],
    roles: list[Role],
    verdicts: Sequence[Verdict | None],
) -> dict[int, QuestionCue]:
    """The closing decision: where the guest's last words end and the article's closing
    begins. The paragraphs of the last answer after its first (which always stays) are weighed
    on evidence that nobody of the interview speaks them, and those that are the article's
    become outro; the cue that decided each is returned by block.

    Two kinds of evidence, read in two passes:

    1. A mark that ends the interview: a separator (a horizontal rule, "* * *"), a block the
       boilerplate stage set apart that only stands at an article's end (the interview's
       credit line, "Das Gespräch führte …", a footer, the comments), thanks for the
       conversation ("Thank you for your time"), an editor's note about the interview itself
       ("This interview has been edited …", "… was first published in …"), or a section
       heading that no question follows when what follows is shorter than the interview
       (:func:`_closes`). The mark and everything after it are outro (:func:`_end_mark`).
    2. Before the mark, read from the end back, a run of paragraphs each with evidence of its
       own that it is not the guest speaking (:func:`_not_spoken`): a stage direction
       ("[MUSIC]"), a footnote, a box about someone ("About the author: …"), a run
       in italics when the answer is not, a note on where to see the work, a newsletter's
       sign-off, or a paragraph that opens with the guest's full name (and, after one,
       paragraphs that go on about them by surname, "he" or "she"). A paragraph that says "I" or
       "we" outside quotation marks (italics aside), or opens with one, is the guest's and
       ends the run.
    """
    blocks = facts.blocks
    tail: list[int] = []  # the answer paragraphs after the last question
    for i in reversed(content):
        if roles[i] is Role.QUESTION:
            break
        if roles[i] is Role.ANSWER:
            tail.append(i)
    tail.reverse()
    if len(tail) < 2:
        return {}
    closed: dict[int, QuestionCue] = {}
    end = len(tail)
    for k in range(1, len(tail)):
        mark = _end_mark(facts, verdicts, tail[k - 1], tail[k])
        if mark is _AFTER_HEADING and not _closes(facts, content, roles, tail[k]):
            continue
        if mark is not None:
            closed.update((i, mark) for i in tail[k:])
            end = k
            break
    if end >= 3 and _signs_off(blocks[tail[end - 2]].text, blocks[tail[end - 1]].text):
        closed.update((i, _SIGN_OFF) for i in tail[end - 2 : end])
        end -= 2
    introduced: list[list[str]] = []  # the names, once asked for

    def people() -> list[str]:
        if not introduced:
            introduced.append(_introduced(facts, roles))
        return introduced[0]

    run: list[tuple[int, QuestionCue]] = []
    for i in reversed(tail[1:end]):
        cue = _not_spoken(facts, i, tail[0], people)
        if cue is None:
            break
        run.append((i, cue))
    # a paragraph that goes on about the guest by surname, "he" or "she" belongs to a bio that
    # opens with the guest's full name before it: the run may not open with one
    while run and run[-1][1] is _GOES_ON:
        run.pop()
    closed.update(run)
    for i in closed:
        roles[i] = Role.OUTRO
    return closed


def _end_mark(
    facts: _Facts, verdicts: Sequence[Verdict | None], before: int, i: int
) -> QuestionCue | None:
    """The cue when answer paragraph ``i`` (the one before it in the answer is ``before``)
    opens the article's closing: a separator or an end-of-article block between the two, or
    ``i`` itself a separator, thanks for the conversation or an editor's note on the interview."""
    blocks = facts.blocks
    for j in range(before + 1, i):
        verdict = verdicts[j]
        if _separates(blocks[j]):
            return _AFTER_SEPARATOR
        if verdict is not None and (verdict.rule in _END_RULES or verdict.kind in _END_KINDS):
            return QuestionCue(
                "segment.outro-after-end", f"after the article's end: {verdict.reason}"
            )
        if verdict is not None and verdict.kind is BoilerplateKind.HEADING:
            return _AFTER_HEADING
    block = blocks[i]
    text = block.text.strip()
    if _separates(block):
        return _AFTER_SEPARATOR
    if block.label or block.dash or block.kind is BlockKind.LIST_ITEM:
        return None
    if _THANKS.match(text) and facts.at_most(i, 40):
        return QuestionCue("segment.outro-thanks", "thanks for the conversation")
    if _EDITED_NOTE.search(text) and facts.at_most(i, 60):  # (it may say "write to us")
        return QuestionCue("segment.outro-editor-note", "an editor's note on the interview")
    return None


def _separates(block: Block) -> bool:
    """A separator: a horizontal rule, "***", "* * *" (which a text copy may read as a list
    item with its marker)."""
    text = block.text.strip()
    if block.kind is BlockKind.LIST_ITEM and block.marker:
        text = f"{block.marker} {text}"
    return _SEPARATOR.match(text) is not None


_AFTER_SEPARATOR = QuestionCue("segment.outro-separator", "after a separator")
_AFTER_HEADING = QuestionCue(
    "segment.outro-after-heading", "after a section heading (no question follows it)"
)


def _closes(facts: _Facts, content: Sequence[int], roles: Sequence[Role], start: int) -> bool:
    """Is what runs from ``start`` to the end shorter than the interview before it? A closing
    is the end of an article, not most of it: a page of sections that a reading took for one
    long last answer is no interview with a long outro."""
    before = after = 0
    for i in content:
        if i >= start:
            after += facts.words(i)
        elif roles[i] in (Role.QUESTION, Role.ANSWER):
            before += facts.words(i)
    return after <= before


_SIGN_OFF = QuestionCue("segment.outro-sign-off", "a newsletter's sign-off")
#: Boilerplate that stands only where an article ends: what follows it is no answer. (So is
#: what follows a section heading that no question follows, when it is short: the next
#: section of the page is not the interview.)
_END_RULES = frozenset({"boilerplate.interview-credit"})
_END_KINDS = frozenset({BoilerplateKind.FOOTER, BoilerplateKind.COMMENTS})


def _not_spoken(
    facts: _Facts, i: int, first: int, people: Callable[[], Sequence[str]]
) -> QuestionCue | None:
    """The cue when paragraph ``i`` of the last answer (whose first paragraph is ``first``)
    carries evidence of its own that the guest does not speak it, else ``None``. ``people``
    gives the full names the title and the intro introduce (asked only when needed)."""
    block = facts.blocks[i]
    text = block.text.strip()
    if _STAGE_DIRECTION.match(text):
        return QuestionCue("segment.outro-stage-direction", "a stage direction")
    if _ABOUT.match(f"{block.label}: {text}" if block.label else text):
        return QuestionCue("segment.outro-about", "a box about someone")
    if block.label or block.dash:
        return None  # a turn of its own
    quoted = text[:1] in _QUOTE_MARKS  # the guest's words quoted (a pull quote, a quoted answer)
    if block.italic >= 0.8 and facts.blocks[first].italic < 0.5 and not quoted:
        # (an editor's note in italics may say "we")
        return QuestionCue("segment.outro-italic", "set in italics, unlike the answer")
    if quoted:
        return None
    own = text  # the paragraph's own words, outside any quotation
    if facts.first_person(i):
        own = _QUOTATION.sub(" ", text)
        if cues.first_person(own):
            return None  # the guest's "I" or "we"
    if block.kind is not BlockKind.PARAGRAPH:
        return None
    if _FOOTNOTE.match(text) and facts.at_most(i, 40):
        return QuestionCue("segment.outro-footnote", "a footnote")
    if _ANNOUNCES.search(own):
        # (its "you" is the reader: "Bring the thing, if you can.")
        return QuestionCue("segment.outro-announces", "a note on where to see the work")
    names = people()
    if any(text.startswith(name) for name in names):
        return QuestionCue("segment.outro-third-person", "opens with the guest's full name")
    for name in names:
        if re.search(rf"\b{re.escape(name.split()[-1])}\b", own):
            return _GOES_ON  # (a capitalised noun may be a surname: only inside a bio)
    opening = _WORD.search(own)
    if opening is not None and opening.group().lower() in _THIRD_PERSON:
        return _GOES_ON
    return None


#: A paragraph that goes on about the guest, by surname or "he"/"she": part of a bio that
#: opens with the guest's full name, never the start of one.
_GOES_ON = QuestionCue("segment.outro-third-person", "goes on about the guest (third person)")
_THIRD_PERSON = lexicon.words("third_person")


def _introduced(facts: _Facts, roles: Sequence[Role]) -> list[str]:
    """The full names (two words or more) the title and the intro give."""
    names: list[str] = []
    for i, block in enumerate(facts.blocks[:_INTRO_LOOK]):
        if roles[i] is Role.QUESTION:
            break
        if block.kind is BlockKind.TITLE or roles[i] is Role.INTRO:
            names.extend(facts.full_names(i))
    return names


def _signs_off(closing: str, name: str) -> bool:
    """A letter's sign-off: a short line ending in a comma ("See you next week,", "Best,",
    "Bis bald,") followed by a name of one to three capitalised words and no punctuation."""
    closing, name = closing.strip(), name.strip()
    words = name.split()
    return (
        closing.endswith(",")
        and cues.word_count(closing) <= 6
        and 1 <= len(words) <= 3
        and all(word[0].isupper() for word in words)
        and not _punctuated(name)
    )


#: Thanks for the conversation, the interview's last exchange ("Thank you for your time.",
#: "Danke für das Gespräch.", "Дякую вам за розмову."), not "Thanks to ...".
_THANKS = re.compile(
    rf"^\W{{0,3}}(?:{lexicon.alternation(lexicon.rule_phrases('cue.thanks'))})"
    rf"(?!\s+(?:{lexicon.alternation(lexicon.rule_phrases('cue.thanks.to'))})\b)",
    re.IGNORECASE,
)
#: A note on where to see the work or meet the guest, in the journalist's voice: an
#: exhibition that runs until a date, a book out now, honey sold at a market, a club that
#: meets every week, a book reference with its pages; "据悉" (it is learned that). Few and
#: narrow: answers in languages that drop the pronoun show no "I" to tell them apart.
_ANNOUNCES = re.compile(
    rf"\b(?:{lexicon.alternation(lexicon.rule_phrases('cue.announces'))})\b"
    rf"|\b(?:{lexicon.alternation(lexicon.rule_phrases('cue.announces.opens'))})"
    rf"|\b(?:{lexicon.alternation(lexicon.rule_phrases('cue.announces.until'))})\s+\d{{1,2}}\b"
    rf"|\b\d+\s*(?:{lexicon.alternation(lexicon.rule_phrases('cue.announces.pages'))})"
    rf"|(?:{lexicon.alternation(lexicon.rule_phrases('cue.announces.inside-words'))})",
    re.IGNORECASE,
)
#: The editor's note on the interview itself, in plain type or italics: "This interview has
#: been edited for length and clarity", "Das Interview wurde gekürzt", "… is the extended
#: version of an interview first published in …".
_EDITED_NOTE = re.compile(
    rf"(?<!\w)(?:{lexicon.alternation(lexicon.phrases('closing_phrases'))})", re.IGNORECASE
)
#: A quotation, however long, to its closing mark or the end of the paragraph.
_QUOTATION = re.compile(r"[\"“„«‹][^\"“”„«»‹›]*(?:[\"”“»›]|$)")
#: A paragraph that is a stage direction of a transcript and nothing else: "[MUSIC PLAYING]",
#: "(Applause)", "[Pause]".
_STAGE_DIRECTION = re.compile(r"^(?:\[[^\[\]]{1,60}\]|\([^()]{1,60}\))$")
#: A footnote: an asterisk or dagger, then the note ("* Name changed by the editors").
_FOOTNOTE = re.compile(r"^(?:\*{1,3}|†)\s*\w")
#: A box about someone, opened by its label: "About the author:", "Über die Autorin:".
_ABOUT = re.compile(
    rf"^(?:{lexicon.alternation(lexicon.rule_phrases('segment.outro-about'))})\b[^.:]{{0,80}}:",
    re.IGNORECASE,
)


def _collect_pairs(plan: _Plan) -> list[tuple[list[int], list[int]]]:
    """(question blocks, answer blocks) for every question the plan opens.

    Indices, not joined texts: the joined texts' word counts, first person and reported speech
    are those of their blocks together, which :class:`_Facts` keeps from one plan to the next.
    """
    pairs: list[tuple[list[int], list[int]]] = []
    question, answer, starts = Role.QUESTION, Role.ANSWER, plan.starts  # (runs for every plan)
    for i, role in enumerate(plan.roles):
        if role is question:
            if i in starts or not pairs or pairs[-1][1]:
                pairs.append(([i], []))
            else:
                pairs[-1][0].append(i)
        elif role is answer and pairs:
            pairs[-1][1].append(i)
    return pairs


_QUOTE_MARKS = "\"“„«‘'‚"


def _first_letters(rule: str) -> str:
    """The first letters of a rule's phrases, lower-cased, for a lookahead that lets a search
    pass most word starts without trying every alternative there."""
    return "".join(sorted({p[0].lower() for p in lexicon.rule_phrases(rule)}))


#: A verb of reported speech. The lookahead on the verbs' first letters (Latin s, e, a, d;
#: Cyrillic с, г) lets the search pass most word starts without trying every verb there.
_REPORTED = re.compile(
    rf"\b(?=[{_first_letters('cue.reported')}])"
    rf"(?:{lexicon.alternation(lexicon.rule_phrases('cue.reported'))})\b",
    re.IGNORECASE,
)


def _plausible(
    plan: _Plan,
    facts: _Facts,
    minimum: int,
    ratio: float = 0.0,
    typographic: bool = False,
) -> bool:
    """Does the decoding look like an interview?

    Enough answered pairs; with ``ratio``, answers as a whole that many times as long as the
    questions (wording alone is a weak cue). With ``typographic`` (bold, headings, italics,
    wording), the marked blocks must mostly read like questions (a question mark, addressing the
    interviewee, an interrogative opener) rather than section titles, and the answers must not
    read like an explainer's reported speech ("…, says the neurologist") with hardly a first
    person in them.

    The texts are the pairs' paragraphs joined with newlines; what holds of such a text (its
    word count, a first person or a verb of saying in it, its first character) is read off its
    blocks, each looked at once per parse (:class:`_Facts`)."""
    blocks = facts.blocks
    pairs = facts.pairs(plan)
    answered = [a for _, a in pairs if any(blocks[i].text.strip() for i in a)]
    if len(answered) < minimum:
        return False
    if ratio > 0:
        q_words = sum(facts.words(i) for q, _ in pairs for i in q)
        if not _reaches(ratio * q_words, (facts.words(i) for _, a in pairs for i in a)):
            return False
    if not typographic:
        return True
    questions = ["\n".join(blocks[i].text for i in q) for q, _ in pairs]
    asking = sum(1 for q in questions if facts.asking(q))
    if asking < 0.5 * len(pairs):
        return False
    quoted = sum(1 for a in answered if _opening(blocks, a) in _QUOTE_MARKS) / len(answered)
    if quoted >= 0.5 and not _put_to_the_guest(questions, facts):
        return False  # a profile quoting its subject, not a Q&A
    # (the guide signs read the questions, cheaper than searching the answers: asked first)
    if _reads_like_guide(plan, facts, questions):
        return False
    # (the first person first: most answers say "I" or "we", and the ranking asks it anyway)
    return _half_or_more(answered, lambda a: any(facts.first_person(i) for i in a)) or not (
        _half_or_more(answered, lambda a: any(facts.reported(i) for i in a))
    )


def _put_to_the_guest(questions: Sequence[str], facts: _Facts) -> bool:
    """Are most questions put to someone — bare questions, not quoted, that address the guest
    ("What do you make of it?")? A reportage that asks its subject its questions and quotes
    the answers, with its narration between, is an interview; a profile's own questions are
    rhetorical, and a story's dialogue quotes both sides."""
    bare = sum(1 for q in questions if q.lstrip()[:1] not in _QUOTE_MARKS and facts.addresses(q))
    return 2 * bare > len(questions)


def _reaches(total: float, counts: Iterable[int]) -> bool:
    """``sum(counts) >= total``, adding only until it is reached (the answers of a long page
    need not all be counted to outweigh its questions)."""
    running = 0
    for count in counts:
        running += count
        if running >= total:
            return True
    return running >= total


def _half_or_more(items: Sequence[_T], test: Callable[[_T], bool]) -> bool:
    """``sum(map(test, items)) / len(items) >= 0.5``, testing items only until that is settled
    (each test of an answer is a regex pass over its paragraphs)."""
    total = len(items)
    passed = 0
    for left, item in zip(range(total - 1, -1, -1), items, strict=True):
        if test(item):
            passed += 1
            if passed / total >= 0.5:
                return True
        elif (passed + left) / total < 0.5:
            return False
    return passed / total >= 0.5


def _opening(blocks: Sequence[Block], indices: Sequence[int]) -> str:
    """The first character (not whitespace) of these blocks' joined text, or ``""``."""
    for i in indices:
        text = blocks[i].text.lstrip()
        if text:
            return text[0]
    return ""


# -- self-answered guides --------------------------------------------------------------------------

#: A "question" in the author's own voice: announcing the next step ("Let's put it together",
#: "So I'll show you", "Here's how") or pointing at the text itself ("this article").
_AUTHOR_VOICE = re.compile(
    rf"^\W*(?:(?:{lexicon.alternation(lexicon.rule_phrases('cue.author-voice.lead'))}),?\s+)?"
    rf"(?:{lexicon.alternation(lexicon.rule_phrases('cue.author-voice'))})\b"
    rf"|\b(?:{lexicon.alternation(lexicon.rule_phrases('cue.author-voice.this-text'))})\b",
    re.IGNORECASE,
)
#: The page names its genre: a how-to, a guide, an explainer, an FAQ — in the title, or in an
#: intro that speaks of "this guide".
_GENRE_TITLE = re.compile(
    rf"\b(?:{lexicon.alternation(lexicon.rule_phrases('cue.genre-title'))})\b", re.IGNORECASE
)
_GENRE_INTRO = re.compile(
    rf"\b(?:{lexicon.alternation(lexicon.rule_phrases('cue.genre-intro'))})\b", re.IGNORECASE
)
#: A section label standing alone on its line above the article, naming a genre that is not
#: an interview: "Opinion", "Comment", "Meinung", "Tribune", "Opinión", "Poradnik" (a guide),
#: "Krönika" (a column), "Мнение" — alone, or before a separator ("Opinion | Work").
_GENRE_KICKER = re.compile(
    rf"^\W{{0,3}}(?:{lexicon.alternation(lexicon.rule_phrases('segment.genre-kicker'))})"
    r"(?:\s*[|›»/·:–—-]\s*\w[\w\s&,-]{0,40})?\W{0,3}$",
    re.IGNORECASE,
)
#: Languages whose questions name the person they address (English "you", German "Sie",
#: French "vous", Dutch "u"): there, questions that hardly ever do are not put to anyone.
#: Pro-drop languages (Spanish, Italian, Portuguese, Russian...) mark it too weakly to count.
_EXPLICIT_ADDRESS = frozenset({"en", "de", "fr", "nl"})


def _reads_like_guide(plan: _Plan, facts: _Facts, questions: Sequence[str]) -> bool:
    """Do two independent signs say the marked "questions" are a guide's self-answered
    subheads (an explainer, a how-to, an FAQ, a listicle) rather than questions put to someone?

    Each sign alone occurs in real interviews (a roundup repeats its questions, a German
    institutional Q&A may never say "Sie", a title may say "tips", a short Q&A may number its
    questions), so it takes two: questions in the author's own voice, a page that names its
    genre, questions numbered in sequence ("1. How far will you ride?", a listicle's items),
    the same questions recurring in a cycle, (for question subheads and numbered questions)
    nobody named in the title, intro or questions, (for numbered questions) no answer that
    says "I" or "we", and questions that hardly address anyone (where the language marks
    address).

    The author's voice and the genre are asked first (they read the questions and the intro);
    each other sign has a cheap test that rules it out on most pages and a costlier
    confirmation (comparing every pair of questions, looking for names, guessing the language
    from every answer), which runs only while two signs can still be found. The asking stops
    once two are. Guessing the language made this the slowest step on long guides.
    """
    if not questions:
        return False
    n = len(questions)
    blocks = facts.blocks
    author = sum(1 for q in questions if facts.author_voice(q))
    found = (author >= 2 and author >= 0.1 * n) + _names_genre(plan, facts)
    if found == 2:
        return True
    numbered = _numbered(blocks, plan.starts)
    found += numbered
    if found == 2:
        return True
    subheads = sum(1 for i in plan.starts if blocks[i].kind is BlockKind.HEADING)
    addressed = sum(1 for q in questions if facts.addresses(q)) / n
    signs: tuple[tuple[bool, Callable[[], bool]], ...] = (
        # one near-repeat is an ordinary follow-up ("And what about X?"); a template takes two
        (n >= 4, lambda: facts.recurring(questions) >= max(2, 0.2 * n)),
        # question subheads are the layout of explainers and opinion pieces: there, an
        # interview names its guest somewhere before or in the questions
        (
            2 * subheads > len(plan.starts) or numbered,
            lambda: not _names_anyone(plan, facts, questions),
        ),
        # a listicle's numbered items speak to the reader; a guest answers as "I" or "we"
        (numbered and n >= 3, lambda: not _answers_in_first_person(plan, facts)),
        (addressed < 0.25, lambda: _language(plan, facts) in _EXPLICIT_ADDRESS),
        (n >= 2, lambda: _speaks_of_guest(plan, facts)),
    )
    possible = [confirm for applies, confirm in signs if applies]
    for asked, confirm in enumerate(possible):
        if found + len(possible) - asked < 2:
            return False  # too few signs left to make two
        if confirm():
            found += 1
            if found == 2:
                return True
    return False


#: A number opening a paragraph or heading the way a listicle numbers its items: "1.", "2)",
#: "#3", "No. 4" (a list item's number is its marker).
_ITEM_NUMBER = re.compile(
    rf"^[^\w#№]{{0,2}}(?:(?:#|№|{lexicon.alternation(lexicon.rule_phrases('cue.item-number'))})"
    r"\s?(\d{1,3})[.):]?\s|(\d{1,3})(?:[.):]|\s[-–—])\s)",
    re.I,
)


def _numbered(blocks: Sequence[Block], starts: Iterable[int]) -> bool:
    """Are the questions numbered in sequence, as a listicle numbers its items? Two or more,
    at least half of them, their numbers rising (or counting down) in reading order."""
    starts = sorted(starts)
    numbers: list[int] = []
    for i in starts:
        block = blocks[i]
        if block.kind is BlockKind.LIST_ITEM:
            match = _ITEM_NUMBER.match(f"{block.marker} ") if block.marker else None
        else:
            match = _ITEM_NUMBER.match(block.text)
        if match is not None:
            numbers.append(int(match.group(1) or match.group(2)))
    if len(numbers) < 2 or 2 * len(numbers) < len(starts):
        return False
    steps = [b - a for a, b in pairwise(numbers)]
    return all(step > 0 for step in steps) or all(step < 0 for step in steps)


def _answers_in_first_person(plan: _Plan, facts: _Facts) -> bool:
    """Does any answer say "I" or "we"? The last paragraph of a longer last answer is left
    out: it may be the author's own closing ("Our verdict: ..."). Terse answers (a rapid-fire
    round: "Tea.", "Lisbon.") need no pronoun to be the guest's: they count as saying it."""
    answers = [a for _, a in facts.pairs(plan) if a]
    if answers and len(answers[-1]) > 1:
        answers[-1] = answers[-1][:-1]
    words = sum(facts.words(i) for answer in answers for i in answer)
    if words < _TERSE_ANSWER * len(answers):
        return True
    return any(facts.first_person(i) for answer in answers for i in answer)


#: Answers of fewer words than this on average are a rapid-fire round's, not a listicle's.
_TERSE_ANSWER = 10


def _language(plan: _Plan, facts: _Facts) -> str | None:
    """The language of the answers (the bulk of an interview's text)."""
    return facts.language(tuple(i for i, role in enumerate(plan.roles) if role is Role.ANSWER))


def _recurring(questions: Sequence[str]) -> int:
    """How many questions repeat an earlier one nearly word for word (a template filled in
    for each example: "Who is X's audience?" … "Who is Y's audience?")."""
    seen: list[tuple[frozenset[str], int]] = []
    repeats = 0
    for question in questions:
        words = frozenset(cues.lower_words(question))
        size = len(words)
        for old, old_size in seen if words else ():
            shared = len(words & old)
            if shared >= 0.6 * (size + old_size - shared):  # 60% of the words of both
                repeats += 1
                break
        seen.append((words, size))
    return repeats


def _speaks_of_guest(plan: _Plan, facts: _Facts) -> bool:
    """Do the "answers" speak of the person the title or intro names, in the third person?

    A profile or explainer under question subheads quotes its subject ("…," Weber says) and
    reports on them ("Weber expects costs to stay flat"); in a Q&A the guest answers in their
    own voice, and their surname hardly ever turns up in their own answers. Asked only when
    the title and intro name exactly one person (an interview about someone else introduces
    two: the guest, and the one they talk about); counted when two answers or more, and at
    least 40 % of them, name that person's surname, quote someone, and say no "I"/"we" outside
    the quotation marks."""
    blocks = facts.blocks
    surnames = {name.split()[-1] for name in _introduced(facts, plan.roles)}
    if len(surnames) != 1:
        # nobody, or several people (a biographer and her subject): the answers may well
        # quote the one the conversation is about
        return False
    mention = re.compile(rf"\b{re.escape(surnames.pop())}\b")
    answers = [a for _, a in facts.pairs(plan) if a]
    spoken_of = 0
    for answer in answers:
        text = "\n".join(blocks[i].text for i in answer)
        if not mention.search(text):
            continue
        unquoted = _QUOTED.sub(" ", text)
        if len(unquoted) < len(text) and not cues.first_person(unquoted):
            spoken_of += 1  # quotes the person, and says no "I" or "we" of its own
    return spoken_of >= 2 and spoken_of >= 0.4 * len(answers)


#: A quotation: what someone is quoted as saying, in any of the usual quotation marks.
_QUOTED = re.compile(r"[\"“„«‹][^\"“”„«»‹›]{0,800}[\"”“»›]")


def _names_anyone(plan: _Plan, facts: _Facts, questions: Sequence[str]) -> bool:
    """Does the title, the intro or a question name a person (the one who answers)? An opinion
    piece or explainer with question subheads introduces nobody."""
    texts = list(questions[:_INTRO_LOOK])
    for i, block in enumerate(facts.blocks[:_INTRO_LOOK]):
        if plan.roles[i] is Role.QUESTION:
            break
        if block.kind is BlockKind.TITLE or plan.roles[i] is Role.INTRO:
            texts.append(block.text)
    return any(facts.names_anyone(text) for text in texts)


#: How many leading blocks (and questions) may name the interviewee.
_INTRO_LOOK = 40


def _names_genre(plan: _Plan, facts: _Facts) -> bool:
    """The title says how-to / guide / FAQ, the intro speaks of "this guide", or a section
    label above the article names a genre that is not an interview ("Opinion", "Ratgeber")."""
    roles = plan.roles
    for i in range(len(facts.blocks)):
        if facts.genre_title(i):
            return True
        if roles[i] is Role.QUESTION:
            return False
        if roles[i] is Role.INTRO and facts.genre_intro(i):
            return True
    return False


# -- conventions -----------------------------------------------------------------------------------


def _label_sides(
    facts: _Facts, content: Sequence[int]
) -> tuple[frozenset[str], frozenset[str], frozenset[str]] | None:
    """Split the labels into interviewer / interviewee / third-party sides."""
    blocks = facts.blocks
    labels = [lab for lab in (blocks[i].label for i in content) if lab]
    if len(labels) < 2:
        return None
    groups = label_groups([lab for lab in labels if lab])
    counts: Counter[str] = Counter(groups[lab] for lab in labels if lab)
    asking: Counter[str] = Counter()
    # turns that follow an unlabelled question (not a section heading phrased as one: a
    # heading titles what follows, whoever speaks there)
    answered: Counter[str] = Counter()
    ends_asking: Counter[str] = Counter()  # turns whose last paragraph asks
    handed: Counter[tuple[str, str]] = Counter()  # (speaker, the next speaker): turns taken
    previous: int | None = None
    turn: str | None = None
    for i in content:
        label = blocks[i].label
        if label:
            if turn is not None and previous is not None:
                ends_asking[turn] += facts.asks(previous)
            if turn is not None and groups[label] != turn:
                handed[turn, groups[label]] += 1
            g = turn = groups[label]
            asking[g] += facts.asks(i)
            answered[g] += (
                previous is not None
                and not blocks[previous].label
                and blocks[previous].kind is not BlockKind.HEADING
                and facts.asks(previous)
            )
        previous = i
    interviewer = {g for g in counts if role_hint(g) == "question"}
    answering = {g for g in counts if role_hint(g) == "answer"}
    # speakers whose turns mostly follow an unlabelled question answer it
    answering |= {g for g in counts if counts[g] >= 2 and answered[g] >= counts[g] / 3}
    rest = [g for g in counts if g not in answering and counts[g] >= 2]
    if (
        not interviewer
        and len(rest) == 1
        and ends_asking[rest[0]] >= 0.4 * counts[rest[0]]
        and answering - {g for g in counts if role_hint(g) == "answer"}
    ):
        interviewer = set(rest)  # the one speaker left ends their turns with those questions
    if not interviewer:
        # how long each speaker's turns are: counted only here, where the ranking needs it
        words: Counter[str] = Counter()
        for i in content:
            label = blocks[i].label
            if label:
                words[groups[label]] += facts.words(i)
        ranked = sorted(
            (g for g in counts if g not in answering and counts[g] >= 2),
            key=lambda g: (asking[g] / counts[g], -words[g] / counts[g]),
            reverse=True,
        )
        interviewer = _interviewers(ranked, asking, words, counts) if ranked else set()
        if interviewer and ranked:
            interviewer |= _cohosts(ranked, interviewer, words, counts, handed)
    if not interviewer and not answering and len(counts) == 2:
        # two speakers named once each (the first exchange): the one who asks is the interviewer
        first, second = counts
        if asking[first] != asking[second]:
            interviewer = {first if asking[first] else second}
            answering = {second if asking[first] else first}
    main = [g for g in counts if g not in interviewer and (counts[g] >= 2 or g in answering)]
    other = {g for g in counts if g not in interviewer and g not in main}
    answering |= set(main)
    by_group: dict[str, set[str]] = {}
    for label in labels:
        if label:
            by_group.setdefault(groups[label], set()).add(label)

    def expand(names: set[str]) -> frozenset[str]:
        return frozenset(lab for g in names for lab in by_group.get(g, ()))

    return expand(interviewer), expand(answering), expand(other)


def _stands_in_for(label: str, interviewee: frozenset[str]) -> bool:
    """A one-off label that answers in place of the interviewee: initials or a typo of them
    ("((AN))" for Aparna Garg) or a form sharing a name with them — not a third party's full
    name (a clip played on air)."""
    if len(label) <= 4:
        return True
    tokens = set(label.lower().split())
    return any(tokens & set(name.lower().split()) for name in interviewee)


def _asks(text: str) -> bool:
    return cues.ends_with_question(text) or "?" in text[-120:]


def _interviewers(
    ranked: Sequence[str], asking: Counter[str], words: Counter[str], counts: Counter[str]
) -> set[str]:
    """Which speakers ask? The guest is the one with the longest turns; a speaker is an
    interviewer when most of their turns ask (and clearly more than the guest's, or in much
    shorter turns), or when they ask far more often than the guest — a radio host also
    comments, and a podcast may have two hosts."""
    if len(ranked) == 1:
        return {ranked[0]} if asking[ranked[0]] >= 0.5 * counts[ranked[0]] else set()
    share = {g: asking[g] / counts[g] for g in ranked}
    length = {g: words[g] / counts[g] for g in ranked}
    guest = max(ranked, key=lambda g: (length[g], -share[g]))
    out = set()
    for g in ranked:
        if g == guest:
            continue
        clearly = share[g] >= 0.5 and (
            share[g] - share[guest] >= 0.1 or length[g] < 0.6 * length[guest]
        )
        often = share[g] >= 0.25 and share[g] >= 2 * share[guest] + 0.1
        brief = share[g] >= 0.25 and share[g] > share[guest] and length[g] < 0.4 * length[guest]
        if clearly or often or brief:
            out.add(g)
    return out


def _cohosts(
    ranked: Sequence[str],
    interviewer: set[str],
    words: Counter[str],
    counts: Counter[str],
    handed: Counter[tuple[str, str]],
) -> set[str]:
    """A second host who comments at length before handing over: a speaker of three turns or
    more who is never the one the interviewers hand over to, and whose turns are nearly all
    followed by the guest's (the speaker with the longest turns). A second guest speaks after
    the host's question, or after the first guest."""
    guest = max(ranked, key=lambda g: words[g] / counts[g])
    out = set()
    for g in ranked:
        if g in interviewer or g == guest or counts[g] < 3:
            continue
        after_host = sum(handed[host, g] for host in interviewer)
        if after_host == 0 and handed[g, guest] >= 0.8 * counts[g]:
            out.add(g)
    return out


def _signature(block: Block) -> str | None:
    """The typographic cue a block carries, if any: "bold", "h3", "italic"."""
    if block.kind is BlockKind.HEADING:
        return f"h{block.level}"
    if block.emphasis >= _EMPHASIS:
        return "bold"
    if block.italic >= 0.8:
        return "italic"
    return None


def _following_labels(blocks: Sequence[Block], content: Sequence[int]) -> list[str | None]:
    """For each content position, the label of the next labelled block after it (one
    backward pass, so looking ahead stays linear)."""
    following: list[str | None] = [None] * len(content)
    upcoming: str | None = None
    for k in range(len(content) - 1, -1, -1):
        following[k] = upcoming
        upcoming = blocks[content[k]].label or upcoming
    return following


_BEFORE_LABELLED_ANSWER = QuestionCue(
    "segment.before-labelled-answer", "wording: unlabelled question before a labelled answer"
)


def _label_plan(facts: _Facts, content: Sequence[int]) -> _Plan | None:
    blocks = facts.blocks
    sides = _label_sides(facts, content)
    if sides is None:
        return None
    interviewer, interviewee, other = sides
    if not interviewee and not interviewer:
        return None
    # with labels on one side only, an unlabelled paragraph is the other side's turn
    questions_only = not interviewee
    q_start: dict[int, QuestionCue] = {}
    q_cont: set[int] = set()
    answer: set[int] = set()
    speakers: dict[int, str | None] = {}
    state = "intro"
    turn: str | None = None
    following = _following_labels(blocks, content)
    q_styles: set[str | None] = set()  # typography of the questions so far
    for k, i in enumerate(content):
        block = blocks[i]
        label = block.label
        if label in interviewer:
            if state != "question":
                q_start[i] = QuestionCue("segment.label", f"label '{label}'")
            else:
                q_cont.add(i)
            state, turn = "question", label
        elif label in interviewee or (
            label in other
            and state == "question"
            and _stands_in_for(label, interviewee)
            and (following[k] is None or following[k] in interviewer)
        ):
            if state not in ("question",):
                claimed = _claim_unlabelled_question(
                    facts, content, k, q_start, q_cont, answer, interviewer
                )
                if claimed is not None:
                    q_styles.add(_signature(blocks[claimed]))
            answer.add(i)
            state, turn = "answer", label
        elif label in other and facts.score(i) >= 2 and following[k] in interviewee:
            # a one-off interviewer label ("((Wikinews))" before "((WN))" takes over)
            q_start[i] = QuestionCue("segment.label", f"label '{label}'")
            state, turn = "question", label
        elif label in other:
            (q_cont if state == "question" else answer).add(i)
        else:
            nxt = content[k + 1] if k + 1 < len(content) else None
            signature = _signature(block)
            if (
                state == "answer"
                and nxt is not None
                and blocks[nxt].label in interviewee
                and facts.score(i) >= (2 if interviewer else 1.5)
            ):
                q_start[i] = _BEFORE_LABELLED_ANSWER
                state, turn = "question", None
            elif state == "answer" and signature is not None and signature in q_styles:
                # labels on the first exchanges only; later questions keep their typography
                q_start[i] = QuestionCue(
                    "segment.like-labelled-questions", f"{signature} (like the labelled questions)"
                )
                state, turn = "question", None
            elif state == "question" and (
                (turn is None and signature in q_styles - {None})
                or (not questions_only and not (turn is None and signature is None))
            ):
                q_cont.add(i)
            elif state in ("question", "answer"):
                answer.add(i)
                state = "answer"
        speakers[i] = label or turn
        if i in q_start:
            q_styles.add(_signature(block))
    if not interviewer and len(q_start) < 0.4 * _turns(blocks, content, interviewee):
        return None  # answers-only labels: most answers must follow a recognisable question
    plan = _finish("label", blocks, content, q_start, q_cont, answer, speakers, sides)
    plan = _report_after(plan, blocks, content, interviewee)
    if not interviewer:
        # questions found by their typography (answers-only labels) may end, as in the other
        # typographic plans, on the title of a closing section
        plan = _closing_section(plan, facts, content)
    return plan if _plausible(plan, facts, 1 if interviewer else 2) else None


#: Reportage after the last answer: a third-person reporting verb in the past ("said",
#: "sagte", "a déclaré", "dijo", "ha detto", "disse", "zei", "powiedział", "заявил", "dedi",
#: "表示", "と述べた", "قال"). Answers quote people too, so the callers add that the paragraph
#: has no first or second person and follows the last *labelled* answer turn.
_REPORTAGE = re.compile(
    rf"\b(?:{lexicon.alternation(lexicon.rule_phrases('cue.reportage'))})\b"
    rf"|(?:{lexicon.alternation(lexicon.rule_phrases('cue.reportage.inside-words'))})",
    re.IGNORECASE,
)


def _report_after(
    plan: _Plan, blocks: Sequence[Block], content: Sequence[int], interviewee: frozenset[str]
) -> _Plan:
    """An interview embedded in a news report: after the last labelled turn, a paragraph that
    names the interviewee in the third person ("Kaiser will am Montag …") or reports in the
    past tense ("Opposition councillors have said …"), with no "I"/"we" and no "you", is the
    report going on, not the answer — it and what follows are outro."""
    names = {
        token
        for label in interviewee
        for token in label.split()
        if len(token) >= 3 and token[0].isupper() and not token.isupper()
    }
    labelled = [i for i in content if blocks[i].label]
    if not interviewee or not labelled:
        return plan
    tail = [i for i in content if i > labelled[-1] and plan.roles[i] is Role.ANSWER]
    for n, i in enumerate(tail):
        text = blocks[i].text
        words = set(re.findall(r"\w+", text))
        if cues.first_person(text) or cues.addresses_listener(text):
            continue
        if words & names or _REPORTAGE.search(text):
            roles = list(plan.roles)
            for j in tail[n:]:
                roles[j] = Role.OUTRO
            return attrs.evolve(plan, roles=tuple(roles))
    return plan


def _turns(blocks: Sequence[Block], content: Sequence[int], side: frozenset[str]) -> int:
    """How many turns the given side takes (runs of its labelled blocks)."""
    count = 0
    previous: str | None = None
    for i in content:
        label = blocks[i].label
        if label in side and previous not in side:
            count += 1
        if label:
            previous = label
    return count


def _claim_unlabelled_question(
    facts: _Facts,
    content: Sequence[int],
    k: int,
    q_start: dict[int, QuestionCue],
    q_cont: set[int],
    answer: set[int],
    interviewer: frozenset[str],
) -> int | None:
    """A labelled answer with no question before it: the unlabelled paragraph(s) right before it
    are the question (a first question left unlabelled, or answers-only labelling)."""
    if k == 0:
        return None
    blocks = facts.blocks
    first = k - 1
    if blocks[content[first]].label or facts.score(content[first]) < 1.5:
        return None
    while first > 0:
        before = content[first - 1]
        if blocks[before].label or before in answer or facts.score(before) < 2:
            break
        if not facts.at_most(before, 60):
            break
        first -= 1
    for j in range(first, k):
        answer.discard(content[j])
        q_cont.discard(content[j])
    q_start[content[first]] = _BEFORE_LABELLED_ANSWER
    for j in range(first + 1, k):
        q_cont.add(content[j])
    return content[first]


#: A speech tag after a quotation's first clause: "– Det är svårt, säger hon.", "— C'est
#: simple, dit-elle.", "– Es ist so, sagt er.", "— Sí, dice Marta.", "—Ya veremos —dijo.",
#: "– It works, she says." A verb of saying in the third person (a pronoun, a name, or
#: nothing where the language drops the pronoun), right after a comma, a dash or an end mark.
_SPEECH_TAG = re.compile(
    r"(?:[,.!?…]\s*[–—-]?|\s[–—])\s*(?:"
    rf"(?:{lexicon.alternation(lexicon.rule_phrases('cue.speech-tag'))})"
    rf"(?:-t)?(?:[\s-]+(?:{lexicon.alternation(lexicon.rule_phrases('cue.speech-tag.pronouns'))})\b"
    r"|\s+[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄŁŚŻŹĆŃŠČŘŽ]|\s*[.,;:!…]|\s*$)"
    rf"|{lexicon.alternation(lexicon.rule_phrases('cue.speech-tag.pronoun-first'))}\b)",
)


def _speech_tagged(text: str) -> bool:
    """A dialogue-dash line that a speech tag attributes to someone in the third person."""
    return _SPEECH_TAG.search(text[:300]) is not None


def _dash_plan(facts: _Facts, content: Sequence[int]) -> _Plan | None:
    blocks = facts.blocks
    dashed = [k for k, i in enumerate(content) if blocks[i].dash]
    if not dashed:
        return None
    # a narrative quoting its subject in dialogue dashes ("– Jag pressar ingen, säger hon."):
    # reported speech, not an exchange of questions and answers
    if 2 * sum(1 for k in dashed if _speech_tagged(blocks[content[k]].text)) >= len(dashed):
        return None
    # a single exchange counts when its dashed paragraph plainly asks something
    minimum = 2 if len(dashed) > 1 else 1
    if minimum == 1 and facts.score(content[dashed[0]]) < 2:
        return None
    follow = sum(1 for k in dashed if k + 1 < len(content) and blocks[content[k + 1]].dash)
    both_sides = follow >= 0.3 * len(dashed)
    q_start: dict[int, QuestionCue] = {}
    q_cont: set[int] = set()
    answer: set[int] = set()
    asking = True
    previous_dash = False
    for i in content:
        block = blocks[i]
        if block.dash and both_sides:
            if asking:
                q_start[i] = QuestionCue("segment.dash", f"dash '{block.dash}'")
            else:
                answer.add(i)
            asking = not asking
        elif block.dash:
            if previous_dash:
                q_cont.add(i)
            else:
                q_start[i] = QuestionCue("segment.dash", f"dash '{block.dash}'")
        previous_dash = bool(block.dash) and not both_sides
    plan = _finish("dash", blocks, content, q_start, q_cont, answer, {})
    if not _plausible(plan, facts, minimum):
        return None
    # the asking side must ask: dashes also open the attribution under an embedded post
    # ("— Name (@handle) date"), a pull quote's source, or the lines of a list
    questions = ["\n".join(blocks[i].text for i in q) for q, _ in facts.pairs(plan)]
    asked = sum(1 for q in questions if facts.asking(q))
    if asked >= _DASH_ASKING * len(questions):
        return plan
    # in a script written without spaces a question may end in a plain full stop after a
    # particle ("…ですか。") that the wording cues do not read: there the dash is taken at its word
    unspaced = sum(1 for q in questions if q.count(" ") * 20 < len(q))
    return plan if 2 * unspaced > len(questions) else None


#: The share of dash-marked "questions" that must read like questions.
_DASH_ASKING = 0.4


#: Does block ``i`` carry the cue that marks questions? The reason if so ("bold", "heading h3").
_Cue = Callable[[_Facts, int], QuestionCue | None]


def _cue_plan(style: str, facts: _Facts, content: Sequence[int], is_question: _Cue) -> _Plan | None:
    """Questions marked by a typographic cue (bold, heading, italic): marked blocks are
    questions, consecutive marked blocks one question."""
    blocks = facts.blocks
    # (the cue first: most blocks carry none, and a block that does not is no field line either)
    marks: dict[int, QuestionCue] = {}
    for i in content:
        mark = is_question(facts, i)
        if mark is not None and not _field_line(facts, i):
            marks[i] = mark
    if len(marks) < 2:
        return None
    q_start: dict[int, QuestionCue] = {}
    q_cont: set[int] = set()
    previous = False
    for i in content:
        reason = marks.get(i)
        if reason and previous:
            q_cont.add(i)
        elif reason:
            q_start[i] = reason
        previous = bool(reason)
    _claim_first_question(facts, content, q_start)
    plan = _finish(style, blocks, content, q_start, q_cont, set(), {})
    if not _plausible(plan, facts, 2, typographic=True):
        return None
    # lines that close a section or title the closing one are set aside only once the page
    # reads as an interview with them (leaving them out must not make a page plausible)
    dropped = _drop_section_closers(facts, content, q_start, q_cont)
    if dropped:
        plan = _finish(style, blocks, content, q_start, q_cont, set(), {})
    closed = _closing_section(plan, facts, content)
    if closed is plan and not dropped:
        return plan  # (the same decoding: plausible, as tested above)
    return closed if _plausible(closed, facts, 2, typographic=True) else None


def _field_line(facts: _Facts, i: int) -> bool:
    """A labelled line of a word or three that asks nothing ("Account: @name", "Born: 1970"):
    a fact about the guest set in the questions' type, not a turn."""
    block = facts.blocks[i]
    return bool(block.label) and facts.at_most(i, 3) and not facts.asks(i)


def _drop_section_closers(
    facts: _Facts, content: Sequence[int], q_start: dict[int, QuestionCue], q_cont: set[int]
) -> bool:
    """A marked line that asks nothing (no question mark), with a section heading (set aside)
    between it and the next paragraph, closes a section (a call to vote, a link to the next
    part): no answer begins after a section heading, so it is no question. True when one
    was dropped."""
    blocks = facts.blocks
    dropped = False
    for k, i in enumerate(content[:-1]):
        if i not in q_start or content[k + 1] in q_cont or facts.asks(i):
            continue
        if any(blocks[j].kind is BlockKind.HEADING for j in range(i + 1, content[k + 1])):
            del q_start[i]
            dropped = True
    return dropped


def _claim_first_question(
    facts: _Facts, content: Sequence[int], q_start: dict[int, QuestionCue]
) -> None:
    """The first question may be set apart from the rest (in bold where the later ones are
    headings): a marked paragraph that asks, right before the first answer — plain paragraphs
    in the first person that run up to the first marked question."""
    blocks = facts.blocks
    first = min(q_start, default=None)
    if first is None:
        return
    k = content.index(first) - 1
    answer: list[int] = []
    while k >= 0 and _signature(blocks[content[k]]) is None and not blocks[content[k]].label:
        answer.append(content[k])
        k -= 1
    if k < 0 or not answer or not facts.first_person(answer[-1]):
        return
    lead = content[k]
    if blocks[lead].label or blocks[lead].dash or not facts.asks_by_wording(lead):
        return
    if blocks[lead].kind is BlockKind.HEADING and blocks[lead].level <= 1:
        return  # the page's own headline, asking the reader
    signature = _signature(blocks[lead])
    if signature is not None and signature != _signature(blocks[first]):
        q_start[lead] = QuestionCue(
            "segment.first-question", f"{signature} (the first question, set apart)"
        )


def _closing_section(plan: _Plan, facts: _Facts, content: Sequence[int]) -> _Plan:
    """The last marked "question" may title the article's closing section ("The Heroes
    Offscreen"): a short line that neither asks nor requests and ends in no punctuation, after
    which nobody speaks in the first person and the text reports what people say ("…, she
    says"). It and what follows are outro."""
    blocks = facts.blocks
    last = max(plan.starts, default=None)
    if last is None or len(plan.starts) < 3:
        return plan
    text = blocks[last].text.strip()
    after = [i for i in content if i > last and plan.roles[i] is Role.ANSWER]
    if (
        not text
        or _punctuated(text)
        or not text[0].isupper()
        or not 0 < facts.words(last) <= 8
        or facts.asking(text)
        or cues.opens_with_request(text)
        or not after
        or any(facts.first_person(i) or facts.blocks[i].label for i in after)
        or not any(facts.reported(i) for i in after)
    ):
        return plan
    roles = list(plan.roles)
    for i in content:
        if i >= last and roles[i] in (Role.QUESTION, Role.ANSWER):
            roles[i] = Role.OUTRO
    return attrs.evolve(plan, roles=tuple(roles), starts=plan.starts - {last})


def _bold(facts: _Facts, i: int) -> QuestionCue | None:
    block = facts.blocks[i]
    if (
        block.emphasis >= _EMPHASIS
        and block.kind not in (BlockKind.HEADING, BlockKind.LIST_ITEM)
        and block.text
    ):
        return QuestionCue("segment.bold", "bold")
    return None


def _italic(facts: _Facts, i: int) -> QuestionCue | None:
    block = facts.blocks[i]
    if (
        block.italic >= 0.8
        and block.emphasis < _EMPHASIS
        and block.kind is not BlockKind.LIST_ITEM
        and facts.score(i) >= 1
    ):
        return _ITALIC
    return None


_ITALIC = QuestionCue("segment.italic", "italic")


def _italic_plan(facts: _Facts, content: Sequence[int]) -> _Plan | None:
    """Italic questions; once they make a plausible interview, an italic statement between two
    answers is a question too ("The novel takes place in a single day."), the way a bold one is
    in a document of bold questions.

    :func:`_italic` asks a block to read a little like a question, because pages set intros,
    quotations and editors' notes in italics as well; only a document whose italic paragraphs
    are mostly questions lends the statements among them that role, and only one that sits
    between a plain answer and a longer plain paragraph answering it."""
    plan = _cue_plan("italic", facts, content, _italic)
    if plan is None:
        return None
    statements = [
        content[k]
        for k in range(1, len(content) - 1)
        if _italic_statement(facts, plan, content[k - 1], content[k], content[k + 1])
    ]
    if not statements or len(statements) > len(plan.starts) // 2:
        return plan  # statements outnumbering questions are another use of italics
    marked = set(statements)

    def cue(facts: _Facts, i: int) -> QuestionCue | None:
        return _ITALIC if i in marked else _italic(facts, i)

    wider = _cue_plan("italic", facts, content, cue)
    if wider is None or not marked <= wider.starts:
        return plan
    return wider


def _italic_statement(facts: _Facts, plan: _Plan, before: int, i: int, after: int) -> bool:
    """Block ``i`` is an italic paragraph the plan left inside an answer, a short sentence
    that is no quotation and says no "I"/"we", between a plain answer paragraph and a longer
    plain one."""
    blocks = facts.blocks
    block = blocks[i]
    if (
        block.italic < 0.8
        or block.emphasis >= _EMPHASIS
        or block.kind is not BlockKind.PARAGRAPH
        or block.label
        or block.dash
        or plan.roles[i] is not Role.ANSWER
        or plan.roles[before] is not Role.ANSWER
    ):
        return False
    text = block.text.strip()
    if not _punctuated(text) or text.endswith((":", ",", ";")) or text[0] in _QUOTE_MARKS:
        return False
    words = facts.words(i)
    if not 3 <= words <= 30 or facts.first_person(i):
        return False
    return (
        blocks[before].italic < 0.5
        and blocks[after].italic < 0.5
        and blocks[after].kind is BlockKind.PARAGRAPH
        and facts.words(after) > words
    )


def _heading_cue(facts: _Facts, content: Sequence[int]) -> _Cue:
    """Questions set as headings use one level; pick the level whose headings ask most, so
    that headings of another level (section titles, pull quotes) are not taken for questions."""
    asking: Counter[int] = Counter()
    for i in content:
        block = facts.blocks[i]
        if block.kind is BlockKind.HEADING and block.level >= 2:
            asking[block.level] += facts.score(i) >= 1.5
    level = max(asking, key=lambda lv: (asking[lv], -lv), default=None)

    def cue(facts: _Facts, i: int) -> QuestionCue | None:
        block = facts.blocks[i]
        if block.kind is BlockKind.HEADING and block.level == level:
            return QuestionCue("segment.heading", f"heading h{block.level}")
        return None

    return cue


#: A recording time opening a line: "(27:50)", "[01:02:10]", "14:35 –".
_TIMESTAMP = re.compile(r"^\W{0,2}\d{1,2}:\d{2}(?::\d{2})?\b")
#: A call to the reader to get in touch: an e-mail address, or "write to us", "Escríbenos",
#: "Schreiben Sie uns", "écrivez-nous" ("Got a question? Write to us at ...").
_EMAIL_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+\.\w", re.IGNORECASE)
_WRITE_TO_US = re.compile(
    rf"(?:^|[.?!]\s+)(?:{lexicon.alternation(lexicon.rule_phrases('cue.write-to-us.sentence'))})\b"
    rf"|\b(?:{lexicon.alternation(lexicon.rule_phrases('cue.write-to-us'))})\b",
    re.IGNORECASE,
)


def _chapter_lines(facts: _Facts, content: Sequence[int]) -> set[int]:
    """A podcast's chapter list: three or more consecutive short lines, each opening with a
    recording time ("(27:50) Lucid dreams: can they be learnt?"). A transcript's timestamps
    come with speaker labels, and its answers run longer."""
    blocks = facts.blocks
    out: set[int] = set()
    run: list[int] = []
    for i in [*content, -1]:
        block = blocks[i] if i >= 0 else None
        if (
            block is not None
            and not block.label
            and _TIMESTAMP.match(block.text)
            and facts.at_most(i, 20)
        ):
            run.append(i)
            continue
        if len(run) >= 3:
            out.update(run)
        run = []
    return out


def _chapters(facts: _Facts, content: Sequence[int], found: list[set[int]]) -> set[int]:
    """:func:`_chapter_lines`, worked out on the first call and kept in ``found``."""
    if not found:
        found.append(_chapter_lines(facts, content))
    return found[0]


def _wording_plan(facts: _Facts, content: Sequence[int]) -> _Plan | None:
    """Questions recognisable only by their wording: short paragraphs that end in a question
    mark (or open with "¿"), followed by an answer that does not read like a question. A
    podcast's chapter line and a call to write in ("Got a question? Email us at ...") ask
    nobody in the room."""
    blocks = facts.blocks
    q_start: dict[int, QuestionCue] = {}
    q_cont: set[int] = set()
    previous = False
    chapters: list[set[int]] = []  # (found once a marked line opens with a recording time)
    for k, i in enumerate(content):
        block = blocks[i]
        marked = facts.asks_by_wording(i)
        asks = (
            marked
            and (block.kind is not BlockKind.LIST_ITEM or _lone_item(blocks, content, k))
            and facts.at_most(i, 80)
            and not (_TIMESTAMP.match(block.text) and i in _chapters(facts, content, chapters))
            and not facts.gets_in_touch(i)
        )
        statement = None if asks else facts.statement_question(content, k)
        asks = asks or statement is not None
        if asks and previous:
            q_cont.add(i)
        elif asks:
            q_start[i] = _QUESTION_MARK if marked else statement or _QUESTION_MARK
        previous = asks
    _claim_lead_ins(facts, content, q_start, q_cont)
    # a question must be followed by an answer: drop runs at the very end of a paragraph
    plan = _finish("wording", blocks, content, q_start, q_cont, set(), {})
    return plan if _plausible(plan, facts, 3, ratio=1.0, typographic=True) else None


_QUESTION_MARK = QuestionCue("segment.question-mark", "wording: ends with '?'")

#: What other people say or complain about, the way an interviewer sets up a question
#: ("Residents often complain that ...", "Kritiker sagen ...", "Жители жалуются ...").
_OTHERS_SAY = re.compile(
    rf"\b(?:{lexicon.alternation(lexicon.rule_phrases('cue.others-say'))})\b"
    rf"|(?:{lexicon.alternation(lexicon.rule_phrases('cue.others-say.inside-words'))})",
    re.IGNORECASE,
)
#: A word that points back at the previous paragraph ("What can be done about *that*?").
_POINTS_BACK = re.compile(
    rf"\b(?:{lexicon.alternation(lexicon.rule_phrases('cue.points-back'))})\b"
    rf"|(?:{lexicon.alternation(lexicon.rule_phrases('cue.points-back.inside-words'))})",
    re.IGNORECASE,
)


def _claim_lead_ins(
    facts: _Facts,
    content: Sequence[int],
    q_start: dict[int, QuestionCue],
    q_cont: set[int],
) -> None:
    """A two-paragraph question whose first paragraph is a statement: "Residents often
    complain that the rubbish comes back." then "What can be done about that?". The statement
    would otherwise close the previous answer. It joins the question when it reports what
    others say, has no "I"/"we", is short, the question is short and points back at it, and
    the previous answer keeps a paragraph of its own."""
    for k, i in enumerate(content):
        if i not in q_start or k < 2:
            continue
        j, before = content[k - 1], content[k - 2]
        if j in q_start or j in q_cont or before in q_start or before in q_cont:
            continue
        lead, question = facts.blocks[j].text, facts.blocks[i].text
        if (
            facts.blocks[j].kind is BlockKind.PARAGRAPH
            and facts.at_most(j, 30)
            and facts.at_most(i, 12)
            and not facts.first_person(j)
            and _OTHERS_SAY.search(lead)
            and _POINTS_BACK.search(question)
        ):
            q_start[j] = QuestionCue(
                "segment.lead-in",
                "wording: statement leading into a question that points back at it",
            )
            del q_start[i]
            q_cont.add(i)


def _lone_item(blocks: Sequence[Block], content: Sequence[int], k: int) -> bool:
    """A numbered question standing alone between paragraphs ("3. Why now?" then the answer),
    not one item of a list."""
    before = blocks[content[k - 1]].kind if k > 0 else None
    after = blocks[content[k + 1]].kind if k + 1 < len(content) else None
    return before is not BlockKind.LIST_ITEM and after is not BlockKind.LIST_ITEM


def _statement_question(facts: _Facts, content: Sequence[int], k: int) -> QuestionCue | None:
    """A question without "?", or ``None``; the cue when it is one.

    A short unpunctuated request between two long paragraphs that addresses the interviewee
    ("Nos puede relatar alguna anécdota …") is a question without "?"; so is a request ending
    in a full stop that opens with a request verb ("Tell us about ...", "Erzählen Sie uns von
    ...") when a longer paragraph answers it, in a paragraph or in a numbered item standing
    alone between paragraphs ("3. Tell us about ..."); and so is a short statement that
    recalls the guest's own words ("You said you could hear the weather coming.", "Sie haben
    einmal gesagt, ...") when a longer paragraph in the first person answers it."""
    if k == 0 or k + 1 >= len(content):
        return None
    shape = facts.statement(content[k])
    if shape is None and _numbered_request(facts.blocks, content, k):
        shape = "request"
    text = facts.blocks[content[k]].text.strip()
    if shape is None and cues.recalls_words(text):
        shape = "recall"
    if shape is None:
        return None  # the cheap test before counting words: most paragraphs end in a stop
    # (the word counts are compared with at_most, which reads a long paragraph only as far
    # as the limit: a block between 4 and 25 words, its neighbours longer than it or 20 words)
    if facts.at_most(content[k], 3) or not facts.at_most(content[k], 25):
        return None
    following = content[k + 1]
    if shape == "request":
        words = facts.words(content[k])
        if not facts.at_most(following, words) and not facts.asks_by_wording(following):
            return _SHORT_REQUEST
        return None
    if shape == "recall":
        words = facts.words(content[k])
        if (
            not facts.at_most(following, words)
            and not facts.asks_by_wording(following)
            and facts.first_person(following)
            and not facts.first_person(content[k])
        ):
            return QuestionCue(
                "segment.recalled-words", "wording: statement recalling the guest's words"
            )
        return None
    if facts.at_most(content[k - 1], 19) or facts.at_most(following, 19):
        return None
    return _SHORT_REQUEST if cues.addresses_listener(text) else None


_SHORT_REQUEST = QuestionCue("segment.short-request", "wording: short request")


def _numbered_request(blocks: Sequence[Block], content: Sequence[int], k: int) -> bool:
    """A request standing alone as a numbered item between paragraphs ("3. Tell us about ...",
    among numbered questions); an item of a list inside an answer is no question."""
    block = blocks[content[k]]
    return (
        block.kind is BlockKind.LIST_ITEM
        and _punctuated(block.text.strip())
        and cues.opens_with_request(block.text.strip())
        and _lone_item(blocks, content, k)
    )


# -- the entry point -------------------------------------------------------------------------------


def _profile_plan(blocks: Sequence[Block], content: Sequence[int]) -> _Plan | None:
    """Questions a publisher profile's ``question_selector`` marked (``Block.marked_question``):
    the site's own markup, trusted as it is; consecutive marked blocks are one question."""
    if not any(blocks[i].marked_question for i in content):
        return None
    q_start: dict[int, QuestionCue] = {}
    q_cont: set[int] = set()
    previous = False
    for i in content:
        marked = blocks[i].marked_question
        if marked and previous:
            q_cont.add(i)
        elif marked:
            q_start[i] = QuestionCue("profile.question-selector", "profile question selector")
        previous = marked
    return _finish("profile", blocks, content, q_start, q_cont, set(), {})


def infer_question_style(
    blocks: Sequence[Block], verdicts: Sequence[Verdict | None]
) -> _Plan | None:
    """Decode the whole document under each convention and keep the best-ranked decoding
    (:mod:`.scoring`), or ``None`` when no convention yields a plausible interview."""
    return _infer(_Facts(blocks), _content(blocks, verdicts))


def _infer(facts: _Facts, content: Sequence[int]) -> _Plan | None:
    """:func:`infer_question_style` on these content blocks, with the per-block facts of this
    parse so far."""
    ranking = _rank(facts, content)
    return ranking[0][0] if ranking else None


def _rank(facts: _Facts, content: Sequence[int]) -> list[tuple[_Plan, Candidate]]:
    """Every plausible decoding of these content blocks with its :class:`Candidate`, best
    first. Each convention decodes the whole document; the scorer weighs the named evidence
    (:func:`.scoring.measure`); equal scores keep the order listed in :func:`_attempts`.
    A convention whose best possible score (:func:`.scoring.ceiling`) does not beat the
    best reading so far is not decoded.

    A very long document (more than :data:`_RANK_WINDOW` content blocks: a transcript of
    hours) is ranked on its first blocks, which show its convention as well as the whole;
    only the winner then decodes the whole document, so the cost stays that of one decoding.
    """
    if len(content) <= _RANK_WINDOW:
        return _ranked(facts, content, _attempts(facts, content))
    window = content[:_RANK_WINDOW]
    attempts = _attempts(facts, content)
    ranked = _ranked(facts, window, _attempts(facts, window))
    for n, (_, candidate) in enumerate(ranked):
        whole = attempts[candidate.style]()
        if whole is not None:
            return [(whole, candidate), *ranked[n + 1 :]]
    return []


#: The share of answers opening with a question at which a reading is no interview's.
_ANSWERS_ASKING = 0.5
#: How many content blocks the ranking reads at most (see :func:`_rank`).
_RANK_WINDOW = 1500


def _attempts(facts: _Facts, content: Sequence[int]) -> dict[str, Callable[[], _Plan | None]]:
    """Each convention's decoder of these content blocks, by the style it decodes."""
    blocks = facts.blocks
    return {
        "profile": lambda: _profile_plan(blocks, content),
        "label": lambda: _label_plan(facts, content),
        "dash": lambda: _dash_plan(facts, content),
        "heading": lambda: _cue_plan("heading", facts, content, _heading_cue(facts, content)),
        "bold": lambda: _cue_plan("bold", facts, content, _bold),
        "italic": lambda: _italic_plan(facts, content),
        "wording": lambda: _wording_plan(facts, content),
    }


def _ranked(
    facts: _Facts, content: Sequence[int], attempts: Mapping[str, Callable[[], _Plan | None]]
) -> list[tuple[_Plan, Candidate]]:
    """The plausible decodings among ``attempts``, each measured and scored, best first."""
    ranked: list[tuple[_Plan, Candidate]] = []
    best = -math.inf
    total_chars: int | None = None  # (the same for every decoding: counted at the first)
    for style, attempt in attempts.items():
        if best >= ceiling(style):
            continue  # even a perfect reading by this convention could not rank higher
        plan = attempt()
        if plan is None:
            continue
        if total_chars is None:
            total_chars = text_chars(facts.blocks, content)
        features = measure(plan.style, facts.pairs(plan), content, facts, total_chars=total_chars)
        if features["answers_ask"] >= _ANSWERS_ASKING:
            continue  # most "answers" open by asking: a chain of questions, or a reading inverted
        ranked.append((plan, Candidate(plan.style, score(features), features)))
        best = max(best, ranked[-1][1].score)
    ranked.sort(key=lambda entry: -entry[1].score)  # (stable: ties keep the listed order)
    return ranked


def _subheadings(facts: _Facts, content: Sequence[int], plan: _Plan | None) -> dict[int, Verdict]:
    """Section subheadings and page headings that are not this document's questions (in a
    document with no questions, every short unpunctuated line after a full paragraph: its
    subheads, and the share and topic prompts under it)."""
    out: dict[int, Verdict] = {}
    blocks = facts.blocks
    repeated = _repeated_quotes(facts, content, plan) if plan is not None else set()
    for k, i in enumerate(content):
        if plan is not None and plan.roles[i] is Role.QUESTION:
            continue
        if i in repeated:
            out[i] = Verdict(
                BoilerplateKind.PULL_QUOTE,
                "pull quote: repeats words the article gives in full",
                rule="segment.pull-quote-repeat",
            )
        elif _subheading(facts, content, k):
            out[i] = Verdict(
                BoilerplateKind.HEADING,
                "section subheading (not a question here)",
                rule="segment.subheading",
            )
        elif plan is not None and _between_turns(facts, content, plan, k):
            out[i] = Verdict(
                BoilerplateKind.OTHER,
                "stage direction between turns (no one's words)",
                rule="segment.stage-direction",
            )
        elif plan is not None and plan.roles[i] is Role.ANSWER and _editors_heading(facts, i):
            out[i] = Verdict(
                BoilerplateKind.HEADING,
                "heading in the editor's voice (not a question, not the guest's words)",
                rule="segment.editor-heading",
            )
        elif plan is not None and plan.style in _CUE_STYLES and _field_line(facts, i):
            out[i] = Verdict(
                BoilerplateKind.OTHER, "labelled fact line (not a turn)", rule="segment.field-line"
            )
        elif (
            k < _KICKER_LOOK
            and (plan is None or plan.roles[i] is Role.INTRO)
            and blocks[i].kind in (BlockKind.PARAGRAPH, BlockKind.HEADING)
            and not blocks[i].label
            and _GENRE_KICKER.match(blocks[i].text.strip())
        ):
            out[i] = Verdict(
                BoilerplateKind.HEADING,
                "section label above the article",
                rule="segment.genre-kicker",
            )
    return out


def _between_turns(facts: _Facts, content: Sequence[int], plan: _Plan, k: int) -> bool:
    """A transcript's stage direction alone ("[MUSIC PLAYING]", "(Applause)") that ends an
    answer right before the next question: no one's words. (The answer keeps its first
    paragraph; after the last answer, the closing decision takes it into the outro.)"""
    i = content[k]
    return (
        0 < k < len(content) - 1
        and plan.roles[i] is Role.ANSWER
        and plan.roles[content[k - 1]] is Role.ANSWER
        and content[k + 1] in plan.starts
        and _STAGE_DIRECTION.match(facts.blocks[i].text.strip()) is not None
    )


def _editors_heading(facts: _Facts, i: int) -> bool:
    """A heading among the answers that is no question and not the guest's words: no "I" or
    "we" and no quotation mark at its start ("Why the coach stays", "Weber on the harbour").
    A long heading may still be the guest's words set large (a pull quote); this one is the
    editor's title for what follows, however long."""
    block = facts.blocks[i]
    return (
        block.kind is BlockKind.HEADING
        and not block.label
        and block.text.lstrip()[:1] not in _QUOTE_MARKS
        and not facts.asks(i)
        and not facts.first_person(i)
    )


def _repeated_quotes(facts: _Facts, content: Sequence[int], plan: _Plan) -> set[int]:
    """Pull quotes: a heading, a quotation block or a paragraph in quotation marks or italics,
    among the answers, whose words (a run of four or more; pieces cut at an ellipsis each)
    the article gives again inside a plain paragraph. A page sets the guest's words large as
    an eye-catcher where they are said in full; a quotation said once is the guest's answer."""
    blocks = facts.blocks
    candidates: list[tuple[int, list[str]]] = []
    plain: list[str] = []  # (the texts of the plain paragraphs: split only if a candidate is)
    for i in content:
        block = blocks[i]
        text = block.text.strip()
        shaped = (
            plan.roles[i] is Role.ANSWER
            and (  # (a quotation in the intro: its standfirst)
                block.kind in (BlockKind.HEADING, BlockKind.QUOTE)
                or (text[:1] in _QUOTE_MARKS and text.rstrip(".")[-1:] in _CLOSING_QUOTES)
                or block.italic >= 0.8
            )
        )
        if shaped and 4 <= facts.words(i) <= 60:
            pieces = [" ".join(_WORD.findall(piece.lower())) for piece in _ELLIPSIS.split(text)]
            candidates.append((i, [piece for piece in pieces if piece.count(" ") >= 3]))
        elif block.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM):
            plain.append(text)
    if not candidates:
        return set()
    # a piece found in the plain paragraphs has each of its words inside their text: a
    # substring test of the words rules out most candidates before the words are split
    lowered = "\n".join(plain).lower()
    candidates = [
        (i, pieces)
        for i, pieces in candidates
        if pieces and all(word in lowered for piece in pieces for word in piece.split(" "))
    ]
    if not candidates:
        return set()
    haystack = "\n".join(" ".join(_WORD.findall(text.lower())) for text in plain)
    return {i for i, pieces in candidates if pieces and all(piece in haystack for piece in pieces)}


_WORD = re.compile(r"\w+")
_ELLIPSIS = re.compile(r"\s*(?:\[\s*(?:…|\.\.\.)\s*\]|\(\s*(?:…|\.\.\.)\s*\)|…|\.\.\.)\s*")
_CLOSING_QUOTES = "\"”“»«’'›‹"


#: The conventions that mark questions by type alone, where a labelled line is no turn.
_CUE_STYLES = frozenset({"heading", "bold", "italic", "wording"})
#: How many leading content blocks may be the section label ("Opinion") above the article.
_KICKER_LOOK = 6


def segment(blocks: Sequence[Block], verdicts: Sequence[Verdict | None]) -> Segmentation:
    """Label every block; see the module docstring for how."""
    verdicts = list(verdicts)
    # the second inference (with the subheadings set aside) asks about the same blocks again
    facts = _Facts(blocks)
    content = _content(blocks, verdicts)
    ranking = _rank(facts, content)
    plan = ranking[0][0] if ranking else None
    extra = _subheadings(facts, content, plan)
    if extra:
        verdicts = [extra.get(i, v) for i, v in enumerate(verdicts)]
        ranking = _rank(facts, [i for i in content if i not in extra])
        plan = ranking[0][0] if ranking else None
    roles: list[Role] = []
    for i, (block, verdict) in enumerate(zip(blocks, verdicts, strict=False)):
        if block.kind is BlockKind.TITLE:
            roles.append(Role.TITLE)
        elif verdict is not None:
            roles.append(Role.BOILERPLATE)
        elif plan is None:
            roles.append(Role.INTRO)
        else:
            roles.append(plan.roles[i])
    if plan is None:
        return Segmentation(
            roles=tuple(roles),
            starts=frozenset(),
            speakers=tuple(b.label for b in blocks),
            reasons=tuple(None for _ in blocks),
            rules=tuple(None for _ in blocks),
            boilerplate=extra,
            style=None,
        )
    content = [i for i in content if i not in extra]
    speakers = list(plan.speakers if any(plan.speakers) else (b.label for b in blocks))
    reasons = list(plan.reasons)
    starts = set(plan.starts)
    for lead, question in _moving_on(facts, content, roles, starts):
        roles[lead] = Role.QUESTION
        starts.discard(question)
        starts.add(lead)
        speakers[lead] = speakers[question]
        reasons[lead], reasons[question] = _MOVING_ON, _CONTINUES
    closed = _close(facts, content, roles, verdicts)
    cues_kept = [c if roles[i] is Role.QUESTION else closed.get(i) for i, c in enumerate(reasons)]
    return Segmentation(
        roles=tuple(roles),
        starts=frozenset(starts),
        speakers=tuple(speakers),
        reasons=tuple(c.reason if c else None for c in cues_kept),
        rules=tuple(c.rule if c else None for c in cues_kept),
        boilerplate=extra,
        style=plan.style,
        interviewer_labels=plan.interviewer,
        interviewee_labels=plan.interviewee,
        other_labels=plan.other,
        ranking=tuple(candidate for _, candidate in ranking),
    )
