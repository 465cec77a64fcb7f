"""Hindi."""

from __future__ import annotations

from ._model import Lexicon, w

LEXICON = Lexicon(
    code="hi",
    name="Hindi",
    question_labels=w("प्रश्न सवाल"),
    answer_labels=w("उत्तर जवाब"),
    interrogatives=w("क्या क्यों कैसे कब कहां कहाँ कौन कितना कितने कितनी किस किसे"),
    address_pronouns=w("आप आपको आपकी आपका आपके आपने तुम तुम्हें तुम्हारा"),
    first_person=w("मैं मुझे मेरा मेरी मेरे मैंने हम हमें हमारा हमारी हमारे हमने"),
    stopwords=w("में का की के से पर और को ने"),
    months=(
        w("जनवरी"),
        w("फ़रवरी फरवरी"),
        w("मार्च"),
        w("अप्रैल"),
        w("मई"),
        w("जून"),
        w("जुलाई"),
        w("अगस्त"),
        w("सितंबर सितम्बर"),
        w("अक्टूबर अक्तूबर"),
        w("नवंबर नवम्बर"),
        w("दिसंबर दिसम्बर"),
    ),
    weekdays=(
        w("सोमवार"),
        w("मंगलवार"),
        w("बुधवार"),
        w("गुरुवार"),
        w("शुक्रवार"),
        w("शनिवार"),
        w("रविवार"),
    ),
    dateline_phrases=(
        "प्रकाशित",
        "अपडेट(?:ेड)?",
    ),
    interview_phrases=(r"इंटरव्यू", r"साक्षात्कार", r"बातचीत"),
    not_interview_phrases=(r"faqs?", r"समीक्षा", r"रेसिपी", r"गाइड", r"टिप्स"),
    closing_phrases=(r"(?:आपका\s+)?बहुत\s+(?:बहुत\s+)?धन्यवाद",),
    boilerplate_phrases={
        "related": (
            "(?:इसे|ये|यह) भी पढ़ें",
            "और पढ़ें",
        ),
        "share": ("शेयर करें",),
    },
    boilerplate_prompts={
        "newsletter": ("सब्सक्राइब करें",),
        "promo": ("(?:हमें )?फॉलो करें",),
    },
    rule_phrases={
        "boilerplate.section-label": ("साक्षात्कार", "इंटरव्यू"),
        "cue.rights-reserved": ("सर्वाधिकार",),
        "cue.thanks": ("धन्यवाद",),
        "boilerplate.media-runtime.inside-words": (
            "सुनें",
            "देखें",
        ),
        "boilerplate.source-line": ("स्रोत",),
        "boilerplate.copyright-line": (r"सर्वाधिकार\s+सुरक्षित",),
        "boilerplate.copyright-line.prefilter": ("सुरक्षित",),
        "boilerplate.follow-prompt": (
            "हमें",
            "फॉलो",
            "जुड़ें",
        ),
        "boilerplate.follow-prompt.where": (
            "से",
            "पर",
        ),
        "boilerplate.credit-line": (
            "लेखक",
            "रिपोर्टर",
            "संवाददाता",
        ),
        "boilerplate.caption-credit-tail": (
            "फोटो",
            "तस्वीर",
        ),
        "boilerplate.follow-prompt.us": (
            "हमें",
            "हमारे",
        ),
    },
    and_words=w("और"),
)
