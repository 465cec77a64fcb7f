"""English."""

from __future__ import annotations

from ._model import Lexicon

LEXICON = Lexicon(
    code="en",
    name="English",
    # question_labels
    question_labels=(),
    # answer_labels
    answer_labels=(),
    # interrogatives
    interrogatives=(),
    # request_verbs
    request_verbs=(),
    # address_pronouns
    address_pronouns=(),
    # first_person
    first_person=(),
    # third_person
    third_person=(),
    # stopwords
    stopwords=(),
    # months
    months=(),
    # weekdays
    weekdays=(),
    # dateline_phrases
    dateline_phrases=(),
    # byline_phrases
    byline_phrases=(),
    # job_titles
    job_titles=(),
    # honorifics
    honorifics=(),
    # interview_phrases
    interview_phrases=(
        r"we\s+(?:asked|met)",
        r"(?:i|we)\s+(?:caught\s+up|talked)\s+with",
        r"(?:leader|member|customer|community|artist|staff)\s+spotlight",
        r"answered\s+(?:the\s+|our\s+|some\s+)?questions",
        r"interview(?:s|ed)?",
        r"q\s?&\s?a",
        r"q\s+and\s+a",
        r"in\s+conversation\s+with",
        r"conversation\s+with",
        r"(?:spoke|speaks|talked|talks|chatted|chats)\s+(?:to|with)",
        r"s[ai]ts?\s+down\s+with",
        r"(?:\d+|three|four|five|six|seven|eight|nine|ten)\s+(?:quick\s+)?questions\s+(?:for|to|with)",
        r"put\s+(?:our|my|these|some|a\s+few)\s+(?:[\w-]+\s+)?questions\s+to",
        r"(?:quick|rapid)[\s-]fire",
        r"asked\s+(?:him|her|them)",
    ),
    # not_interview_phrases
    not_interview_phrases=(
        r"faqs?",
        r"frequently\s+asked",
        r"guide",
        r"how[\s-]+to",
        r"explainer",
        r"explained",
        r"(?:what|everything)\s+(?:you\s+)?(?:need\s+)?to\s+know",
        r"reviews?",
        r"tips",
        r"ways\s+to",
        r"things\s+to",
        r"reasons\s+(?:why|to)",
        r"best\s+\w+(?:\s+\w+)?\s+(?:of|for|to)",
        r"dear\s+\w+\s*:",
        r"advice",
        r"recipes?",
        r"tutorial",
        r"checklist",
        r"step[\s-]by[\s-]step",
        r"live\s+(?:updates|blog)",
        r"opinion",
        r"op-ed",
        r"column",
        r"commentary",
        r"editorial",
        r"quiz",
        r"fact\s+check",
    ),
    # closing_phrases
    closing_phrases=(),
    # boilerplate_phrases
    boilerplate_phrases={},
)
