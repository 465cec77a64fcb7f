"""Slovenian."""

from __future__ import annotations

from ._model import Lexicon, w

LEXICON = Lexicon(
    code="sl",
    name="Slovenian",
    # question_labels
    question_labels=w("vprašanje"),
    # answer_labels
    answer_labels=w("odgovor"),
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
    interview_phrases=(),
    # not_interview_phrases
    not_interview_phrases=(),
    # closing_phrases
    closing_phrases=(),
    # boilerplate_phrases
    boilerplate_phrases={},
    # role_labels
    role_labels=(),
    # question_class_words
    question_class_words=(),
    # answer_class_words
    answer_class_words=(),
    # journalist_titles
    journalist_titles=(),
    # host_roles
    host_roles=(),
    # guest_roles
    guest_roles=(),
    # title_endings
    title_endings=(),
    # not_name_words
    not_name_words=(),
    # organisation_words
    organisation_words=(),
    # name_particles
    name_particles=(),
    # articles
    articles=(),
    # boilerplate_prompts
    boilerplate_prompts={},
    # rule_phrases
    rule_phrases={},
)
