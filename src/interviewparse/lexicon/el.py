"""Greek."""

from __future__ import annotations

from ._model import Lexicon, w

LEXICON = Lexicon(
    code="el",
    name="Greek",
    question_labels=w("ερώτηση"),
    answer_labels=w("απάντηση"),
    interrogatives=w(
        "τι γιατί πώς πού πότε ποιος ποια ποιο ποιοι ποιες πόσο πόσα πόσοι πόσες μήπως"
    ),
    address_pronouns=w("εσείς εσάς σας εσύ εσένα σου"),
    first_person=w("εγώ εμένα μου εμείς εμάς μας"),
    stopwords=w("και το να της του τα που στο στην από είναι θα δεν"),
    interview_phrases=(r"συνέντευξ\w*", r"συνομιλ\w*"),
    not_interview_phrases=(
        r"faqs?",
        r"οδηγός",
        r"συνταγ\w+",
        r"κριτική",
        r"συχνές\s+ερωτήσεις",
        r"άποψη",
    ),
    closing_phrases=(r"σας\s+ευχαριστ(?:ώ|ούμε)",),
)
