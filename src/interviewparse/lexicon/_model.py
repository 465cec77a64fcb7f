"""The shape every language's lexicon has: the same named slots in every file."""

from __future__ import annotations

from collections.abc import Mapping

import attrs

__all__ = ["SLOTS", "Lexicon", "w"]


def w(text: str) -> tuple[str, ...]:
    """A word slot written as one whitespace-separated string, which reads better in lists."""
    return tuple(text.split())


@attrs.frozen
class Lexicon:
    """The words one language uses for what the parser looks for.

    Every slot is a tuple of strings; a slot a language does not fill stays empty. Word slots hold
    whole words as written in running text (matched case-insensitively, whole word); phrase slots
    (their names end in ``_phrases``) hold regular-expression fragments matched at a word boundary,
    so that inflections can be written once (``r"lesen sie (?:auch|mehr)"``).

    Attributes:
        code: the ISO 639-1 code.
        name: the language's English name.
        question_labels: words that label the interviewer's turn ("Q", "Question", "Frage").
        answer_labels: words that label the guest's turn ("A", "Answer", "Antwort").
        role_labels: other labels that name a role or the desk, not a person ("Moderator",
            "Host", "Publikum", "Redaktion"): never taken for someone's name.
        question_class_words: words an HTML class uses for a question ("question", "frage",
            "vopros" transliterated), as in ``class="interview-question"``.
        answer_class_words: the same for an answer ("answer", "antwort"): beside a question
            word they mark an FAQ widget rather than one turn.
        interrogatives: words that open a question ("what", "warum", "pourquoi").
        request_verbs: imperatives that ask for a story ("tell", "erzählen", "racontez").
        address_pronouns: the second person, as an interviewer addresses a guest ("you", "Sie").
        first_person: the first person of an answer ("I", "we", "ich").
        third_person: the third person a report uses of its subject ("he", "she", "er").
        stopwords: function words frequent in this language and rare in others: the language
            guess counts them, and a name is never one ("في", "में").
        months: the twelve months in order, each as its spellings (full, short, genitive).
        weekdays: the seven weekdays, Monday first, each as its spellings.
        dateline_phrases: what opens a date line ("published", "updated", "veröffentlicht").
        byline_phrases: what opens a byline ("by", "von", "par").
        not_name_words: capitalised words that open sentences and headlines and are never part
            of a name: articles, pronouns, prepositions, "Interview", "Exclusive".
        organisation_words: words that make a run of capitalised words an organisation, a
            publication or a place ("University", "Zeitung", "Times", "Redaktion").
        name_particles: the small words inside names ("van", "von", "de la", "bin").
        articles: the articles, after which a capitalised word is a noun, not a name.
        job_titles: roles and offices that stand before or after a name ("CEO", "minister").
        honorifics: titles of address before a name ("Mr", "Dr", "Herr", "Mme").
        host_roles: the roles of the one who asks, as a transcript or a credit line names them
            ("host", "Moderatorin", "présentatrice", "ведущий"): "KOFI ADU, HOST:", "Host: Ada".
        guest_roles: the roles of the one who answers ("guest", "Gast", "invitée", "гость").
        title_endings: the endings of job titles a language writes as one word with their field
            ("Landeshauptmann", "Vereinschef", "utrikesminister"): a long word ending so is a
            role, not a name.
        journalist_titles: the jobs of the people who make the page, as a byline writes them
            after a name ("correspondent", "Redakteurin", "rédacteur").
        interview_phrases: words that call a page an interview (in a title, URL, section or
            intro: "interview", "Q&A", "in conversation with", "im Gespräch mit", "spoke to").
        not_interview_phrases: words that call a page something else (FAQ, guide, explainer,
            review, advice column, how-to, list article).
        closing_phrases: a closing note that is no answer ("thank you for your time", "this
            interview has been edited").
        boilerplate_phrases: per boilerplate kind (``BoilerplateKind`` value), the label phrases
            that open a block of that kind and are followed by a colon or close the block
            ("read also", "Foto", "Tags").
        rule_phrases: per rule, the alternatives of this language its pattern is built from,
            where no named slot fits; keyed by the rule's id (``docs/rules.md``), with a suffix
            for a part of it ("boilerplate.copyright-line.prefilter"), or, for a wording cue the
            segmenter weighs in several rules, by the cue ("cue.thanks"). The structure
            (anchors, lookaheads, what may follow) stays in the rule's module.
        not_label_words: words that open a "Word:" line without naming a speaker ("Photo:",
            "Update:", "Quelle:", "Note:"): a speaker label never opens with one.
        label_joiners: lower-case words a speaker label may write between its capitalised words
            besides the name particles ("of", "the" in "Minister of the Interior:"; Spanish "y"
            joining two surnames).
        object_pronouns: the third person as the object of a verb ("her", "him", "ihm", "lui"):
            "X talked to her" stands for someone named before.
        and_words: the word that joins the last two items of a list ("and", "und", "et", "y"),
            as between two names.
        ordinal_suffixes: what a day's number may carry ("1st", "2nd", French "1er").
        date_joiners: the small words between a date's day, month and year ("7 de octubre de
            2023").
        question_particles: a word that closes a yes/no question right before its mark (Turkish
            "mi", "mısınız": regular-expression fragments, matched as the whole last word).
        first_person_cased: first-person words that count only as written, because their lower
            case is another word (English "I", which is "and" in Polish lower-cased).
        definite_articles: the definite articles a publication's name may open with ("The
            Economist", "Die Zeit", "Le Monde").
        boilerplate_prompts: per boilerplate kind, imperatives that open a block and may run on
            ("sign up for our newsletter", "abonnez-vous"), narrow enough not to open an answer.
    """

    code: str
    name: str
    question_labels: tuple[str, ...] = ()
    answer_labels: tuple[str, ...] = ()
    role_labels: tuple[str, ...] = ()
    question_class_words: tuple[str, ...] = ()
    answer_class_words: tuple[str, ...] = ()
    interrogatives: tuple[str, ...] = ()
    request_verbs: tuple[str, ...] = ()
    address_pronouns: tuple[str, ...] = ()
    first_person: tuple[str, ...] = ()
    third_person: tuple[str, ...] = ()
    stopwords: tuple[str, ...] = ()
    months: tuple[tuple[str, ...], ...] = ()
    weekdays: tuple[tuple[str, ...], ...] = ()
    dateline_phrases: tuple[str, ...] = ()
    byline_phrases: tuple[str, ...] = ()
    not_name_words: tuple[str, ...] = ()
    organisation_words: tuple[str, ...] = ()
    name_particles: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()
    job_titles: tuple[str, ...] = ()
    honorifics: tuple[str, ...] = ()
    host_roles: tuple[str, ...] = ()
    guest_roles: tuple[str, ...] = ()
    title_endings: tuple[str, ...] = ()
    journalist_titles: tuple[str, ...] = ()
    interview_phrases: tuple[str, ...] = ()
    not_interview_phrases: tuple[str, ...] = ()
    closing_phrases: tuple[str, ...] = ()
    not_label_words: tuple[str, ...] = ()
    label_joiners: tuple[str, ...] = ()
    object_pronouns: tuple[str, ...] = ()
    and_words: tuple[str, ...] = ()
    ordinal_suffixes: tuple[str, ...] = ()
    date_joiners: tuple[str, ...] = ()
    question_particles: tuple[str, ...] = ()
    definite_articles: tuple[str, ...] = ()
    first_person_cased: tuple[str, ...] = ()
    boilerplate_phrases: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict)
    boilerplate_prompts: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict)
    rule_phrases: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict)


#: The slot names, in the order of the class (the coverage table's columns).
SLOTS: tuple[str, ...] = tuple(
    a.name for a in attrs.fields(Lexicon) if a.name not in ("code", "name")
)
