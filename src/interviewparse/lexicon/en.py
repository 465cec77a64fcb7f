"""English."""

from __future__ import annotations

from ._model import Lexicon, w

LEXICON = Lexicon(
    code="en",
    name="English",
    question_labels=w("q question questions interviewer journalist"),
    answer_labels=w("a answer"),
    interrogatives=w(
        """
        what why how when where who whom whose which is are do does did can could would will
        should have has was were may might shall tell describe explain
        """
    ),
    request_verbs=w("tell describe explain walk talk"),
    address_pronouns=w("you your yours yourself yourselves"),
    first_person=w("me my mine we we're our ours us"),
    third_person=w("he she they"),
    stopwords=w(
        """
        the and of to is that it was for with this have are you be not they what which would
        there their about been has had we were will from can his her she he
        """
    ),
    months=(
        w("january jan"),
        w("february feb"),
        w("march mar"),
        w("april apr"),
        w("may"),
        w("june jun"),
        w("july jul"),
        w("august aug"),
        w("september sep sept"),
        w("october oct"),
        w("november nov"),
        w("december dec"),
    ),
    weekdays=(
        w("monday mon"),
        w("tuesday tue tues"),
        w("wednesday wed"),
        w("thursday thu thur thurs"),
        w("friday fri"),
        w("saturday sat"),
        w("sunday sun"),
    ),
    dateline_phrases=(
        r"(?:first\s+|last\s+)?(?:published|updated|posted|modified)(?:\s+(?:on|at))?",
    ),
    byline_phrases=(
        "by",
        r"written\s+by",
        r"(?:view|see)\s+all\s+(?:posts|articles|stories)\s+by",
    ),
    job_titles=w(
        """
        president professor prof doctor dr minister chancellor senator governor mayor ceo cto
        cfo founder artist director chef editor singer actor actress rapper author writer coach
        trainer biologist scientist geologist researcher showrunner candidate chairman
        chairwoman spokesman spokeswoman principal programmer engineer designer manager
        journalist reporter moderator philosopher economist leader hydrologist volcanologist
        farmer fisherman fisher teacher nurse lawyer pilot baker architect potter historian
        biographer novelist poet composer sociologist psychologist physicist analyst strategist
        diplomat expert filmmaker photographer chemist mathematician surgeon psychiatrist
        ecologist climatologist meteorologist astronaut activist entrepreneur investor curator
        conductor musician planner host hosts presenter anchor anchorwoman anchorman
        interviewer podcaster
        """
    ),
    honorifics=w("mr mrs ms miss dr prof professor sir dame lord lady president"),
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
    closing_phrases=(
        (
            r"(?:this|the)\s+(?:interview|conversation|transcript|"
            r"q\s?&\s?a)\s+(?:has\s+been|was|have\s+been)\s+(?:lightly\s+|"
            r"slightly\s+)?(?:edited|condensed|abridged)"
        ),
    ),
    boilerplate_phrases={
        "related": (
            "read (?:also|more)",
            "see also",
            "related(?: (?:articles?|stories|news|content|posts?|reading|coverage))?",
            "more on this(?: story| topic)?",
            "(?:also read|read next)",
            "most (?:read|popular|viewed|shared)(?: (?:stories|articles|now|today))?",
            "trending(?: now| stories)?",
            "don[’']t miss",
        ),
        "newsletter": ("newsletters?",),
        "credit": (
            "photos?",
            "photograph(?:y|s)?",
            "photo credits?",
            "image(?: credit)?s?",
            "picture",
            "credits?",
            r"edited by [^\W\d_][\w.'’ -]{1,40}",
        ),
        "advertisement": (
            "advertisement",
            "(?:skip|close) advertisement",
            "(?:story|article) continues below(?: (?:advertisement|this ad))?",
            "advertisement[ -]+(?:scroll|continue reading)(?: (?:to continue|below))?",
            "continue reading (?:below|the main story)",
        ),
        "share": (
            "share(?: this(?: article| story)?)?",
            (
                "(?:copy|copiar|copier|kopieren|copia|kopiuj|skopiuj|kopiera|salin) (?:the"
                " )?(?:link|enlace|le lien|lien|tautan)"
            ),
        ),
        "comments": ("comments?",),
        "promo": (
            "podcast",
            "video",
            "audio",
            "watch",
            "listen",
        ),
        "tags": (
            "tags?",
            "topics",
            "(?:explore )?more on (?:these|this) topics?",
            "filed (?:under|in)",
        ),
        "author_bio": ("about the author",),
        "other": (r"(?:facts|fact ?(?:box|file)|key facts)(?=\s*:)",),
        "footer": (
            "reuse this content",
            "print this (?:article|page)",
            "all rights reserved",
            "privacy policy",
            "terms (?:of (?:use|service)|and conditions)",
            "cookie (?:settings|policy|preferences)",
        ),
        "editorial_note": (
            "editor[’']s note",
            "correction",
        ),
    },
    role_labels=w("interviewee moderator host reporter editor speaker audience"),
    question_class_words=w("question"),
    answer_class_words=w("answer"),
    journalist_titles=w(
        """
        correspondent editor reporter writer columnist journalist contributor producer
        photographer critic
        """
    ),
    host_roles=w(
        """
        host hosts co-host cohost anchor presenter moderator interviewer reporter correspondent
        journalist byline
        """
    ),
    guest_roles=w("guest guests"),
    not_name_words=w(
        """
        the a an and but or in on at of for to with from by as is it this that these those what
        when where why how who which we i you he she they our my his her their its if so there
        here then also after before while during since about over under into between interview
        interviews podcast video photo exclusive
        """
    ),
    organisation_words=w(
        """
        university college school institute center centre academy foundation fund association
        society company corporation corp inc ltd llc group bank party ministry department
        council committee commission union government news magazine times post journal tribune
        herald gazette review weekly daily standard economist guardian telegraph radio tv
        television press agency blog podcast show network studio studios records media office
        club league cup street road avenue river lake mountain island city county state states
        kingdom republic united national international european europe america africa asia
        australia summit conference award awards prize festival series season episode hospital
        museum gallery theatre theater orchestra team fc ideas bros nations railway railways
        police force division express airlines airport hotel restaurant station court
        parliament congress senate army navy courier chronicle observer ledger bulletin mirror
        independent inquirer dispatch online examiner monitor register recorder sentinel digest
        quarterly monthly wire podcasts images photos pictures reuters shutterstock alamy imago
        istock istockphoto unsplash editorial editors staff desk newsroom
        """
    ),
    articles=w("the a an"),
    boilerplate_prompts={
        "newsletter": (
            r"subscribe to (?:our|the|this)\b",
            r"sign up (?:for|to) (?:our|the)\b",
            r"sign up here\b",
            r"get (?:our|the) [\w’' -]{0,30}newsletter",
            "sign up (?:for|to) [^.!?:]{1,50}:",
        ),
        "share": (
            (
                "share (?:this|on|via|to|by) (?:article|story|facebook|twitter|x|linkedin|"
                r"whatsapp|telegram|reddit|pinterest|bluesky|threads|e-?mail|messenger)\b"
            ),
        ),
        "comments": (
            r"leave a (?:comment|reply)\b",
            r"join the (?:discussion|conversation)\b",
        ),
        "promo": (
            (
                "listen to (?:the|this|our) (?:full )?(?:interview|episode|podcast|segment|"
                r"story|conversation|show|programme|program|article)\b"
            ),
            "follow us (?:on|@)",
            (
                "(?:enjoyed|liked|did you (?:enjoy|like)) this (?:interview|article|story|"
                r"piece|post|conversation|episode|newsletter)\b"
            ),
            (
                r"support\b[^.!?]{0,60}\b(?:patreon|steady|ko-fi|buy me a coffee|tipeee|"
                r"liberapay|memberful)\b"
            ),
            r"become a (?:member|patron|paid subscriber|supporter)\b",
            r"watch the (?:full )?(?:interview|video)\b",
        ),
        "sponsor": (
            r"sponsored by\b",
            r"presented by\b",
            r"in partnership with\b",
        ),
    },
    rule_phrases={
        "cue.item-number": (r"no\.",),
        "boilerplate.photo-credit-line.credit": ("credit",),
        "boilerplate.affiliate-disclosure.link-kind": (r"affiliate\s?links?",),
        "html.author-bio": (
            "editor",
            "writer",
            "reporter",
            "journalist",
            "correspondent",
            "contributor",
            "columnist",
            "producer",
            "critic",
            "host",
        ),
        "html.author-bio.article": ("a", "an", "the"),
        "html.author-bio.verb": ("is", "was", "has been"),
        "html.newsletter-prompt.bare": ("newsletter",),
        "html.newsletter-prompt.prefilter": (
            "newsletter",
            "sign up",
            "subscri",
            "inbox",
            "email",
            "join",
        ),
        "boilerplate.letters-prompt.prefilter": ("letter", "opinion", "view", "thought"),
        "html.byline.credit": ("text", "author"),
        "html.poll-count.voted": ("voted", "vote"),
        "html.poll-count": ("people", "votes", "have"),
        "boilerplate.section-label": (
            "opinion",
            "comment",
            "commentary",
            "analysis",
            "interview",
            "interviews",
            "q&a",
            "feature",
            "features",
            "essay",
            "column",
        ),
        "cue.spoken-to.preposition": ("to", "with"),
        "cue.spoken-to": ("spoke", "talked", "speaking", "talking", "told", "tells"),
        "boilerplate.masthead-byline.credit": ("interview", "text"),
        "boilerplate.credit-line.photo-by": ("by",),
        "boilerplate.credit-line.photo": (
            "photo",
            "photograph",
            "image",
            "picture",
            "illustration",
        ),
        "boilerplate.credit-line.agency-before": ("on", "via"),
        "cue.possessive-staff": (
            "editor",
            "correspondent",
            "reporter",
            "journalist",
            "interviewer",
            "host",
            "columnist",
        ),
        "cue.told-capitals": ("told", "tells", "telling", r"interview\s+with"),
        "cue.rights-reserved": ("all rights",),
        "cue.placeholder-holder": ("publisher", "company", "site", "author", "authors", "owner"),
        "cue.sign-on": (
            r"this\s+is",
            r"you(?:'|’)re\s+(?:watching|listening\s+to)",
            r"welcome\s+(?:back\s+)?to",
        ),
        "cue.sign-on.article": ("the",),
        "cue.sign-on.name-words": ("of", "and", "in", "the", "for"),
        "cue.sign-on.show-words": (
            "podcast",
            "show",
            "radio",
            "hour",
            "news",
            "tv",
            "live",
            "weekly",
        ),
        "cue.interviewee-after": (
            r"interview(?:s|ed|ing)?(?!\s+by)(?:\s+with)?",
            r"in\s+conversation\s+with",
            "introducing",
            r"conversations?\s+with",
            r"ca(?:ught|tch(?:es)?)\s+up\s+with",
            r"chat(?:s|ted)?\s+with",
            r"s(?:at|its?)\s+down\s+with",
            "spotlight:",
            r"q\s?&\s?A\s+with",
            r"questions\s+(?:with|for|to)",
            "asked",
            "meet",
        ),
        "cue.interviewee-after.prefilter": (
            "interview",
            "conversation",
            "down",
            "caught",
            "catch",
            "chat",
            "&",
            "questions",
            "asked",
            "meet",
            "introducing",
            "spotlight:",
        ),
        "cue.interviewee-after.loose": ("asked",),
        "cue.interviewee-before": (
            "told",
            "tells",
            "explains",
            "answered",
            "answers",
            "discuss(?:es|ed)?",
            "reveals",
            "shares",
        ),
        "cue.interviewee-before.prefilter": (
            "told",
            "tells",
            "expl",
            "answer",
            "discuss",
            "reveals",
            "shares",
        ),
        "cue.interviewer-after": (
            r"interviewed\s+by",
            r"interview\s+by",
            r"interview\s+conducted\s+by",
            r"i(?<![\w-].)nterview:",
            r"questions\s+of",
            r"asked\s+by",
            r"hosted\s+by",
            r"moderated\s+by",
        ),
        "cue.interviewer-after.prefilter": (
            "interview",
            "questions",
            "asked",
            "hosted",
            "moderated",
        ),
        "cue.interviewer-after.comma-by": ("by",),
        "cue.talk": (r"talk(?:s|ed|ing)?\s+(?:to|with)", r"sp(?:oke|eaks|eaking)\s+(?:to|with)"),
        "cue.talk.prefilter": ("talk", "spoke", "speak"),
        "cue.talk-verb": ("talk", "spoke", "speak", "chat", "sat", "sit", "caught", "catch"),
        "cue.interviewed": ("interview(?:ed|s)",),
        "cue.interviewed.prefilter": ("interview",),
        "cue.topic": ("about", "on", "regarding"),
        "cue.told-whom": ("us", "me", "this", "our"),
        "cue.told-whom.article": ("the",),
        "cue.teaser-topic": ("on",),
        "cue.headline-verb": ("on", "about", "talks", "says", "explains", "discusses", "reveals"),
        "cue.role-line.our": ("our",),
        "cue.address-title": (r"Mr\.?", r"Mrs\.?", r"Ms\.?", r"Dr\.?", "Professor", r"Prof\.?"),
        "cue.photo-credit": (
            "photos?",
            "credits?",
            "photograph",
            "photography",
            "image",
            r"photo\s+by",
            "picture",
        ),
        "boilerplate.maintenance-notice": (
            (
                r"this (?:article|page|section) (?:requires|needs) (?:additional |more )?"
                r"(?:pre-publication review|review|citations|references|sources|cleanup|"
                r"clean-up|attention|expansion|verification)\b"
            ),
            (
                r"this (?:article|page|section) (?:is a stub|has multiple issues|does not "
                r"cite any sources|relies (?:largely|too much) on)\b"
            ),
            r"this (?:page|article) was last (?:edited|modified|amended|updated) on\b",
            r"(?:article|page) last (?:amended|edited|modified)\s*:",
            r"please check the talk page\b",
        ),
        "cue.thanks": (
            r"thank\s+you",
            "thanks",
            r"many\s+thanks",
        ),
        "cue.thanks.to": ("to",),
        "cue.genre-title": (
            "playbook",
            "guide",
            "how[- ]to",
            r"here['’]s\s+how",
            "explainer",
            "explained",
            "faqs?",
            r"frequently\s+asked",
            "step[- ]by[- ]step",
            "tutorial",
            "checklist",
            r"cheat\s?sheet",
            r"(?:everything|what)\s+you\s+need\s+to\s+know",
        ),
        "cue.genre-intro": (
            (
                r"(?:this|our|the\s+following)\s+(?:playbook|guide|explainer|faq|tutorial|"
                "checklist|primer|walkthrough)"
            ),
        ),
        "segment.genre-kicker": (
            "opinion",
            "opinions",
            "comment",
            "commentary",
            "column",
            "op-ed",
            "editorial",
            "explainer",
            "guide",
            "analysis",
            "essay",
            "viewpoint",
        ),
        "cue.reportage": (
            r"(?:has|have|had)\s+said",
            "said",
            r"told\s+(?:reporters|the|a)",
            "announced",
        ),
        "cue.reported": (
            "says",
            "said",
            "according to",
        ),
        "cue.others-say": (
            "say",
            "says",
            "claim",
            "claims",
            "complain",
            "complains",
            "critici[sz]e",
            "argue",
            "argues",
            "accuse",
        ),
        "cue.points-back": (
            "this",
            "that",
            "it",
            "them",
            "these",
            "those",
        ),
        "cue.speech-tag": (
            "says",
            "said",
            "explains",
            "adds",
            "recalls",
        ),
        "cue.speech-tag.pronouns": (
            "she",
            "he",
            "they",
        ),
        "cue.speech-tag.pronoun-first": (r"(?:she|he|they)\s+(?:says|said|explains|adds|recalls)",),
        "html.related-heading": (
            "read more",
            "read also",
            "related(?: (?:articles?|posts?|stories|content|coverage|reading))?",
            "see also",
            "more on (?:this|the) (?:topic|story|subject)",
            r"more from [\w’' ]{1,40}",
            "more stories",
            "links (?:&|and) resources",
            "show notes",
            "further reading",
            "resources mentioned",
            "you (?:may|might) also (?:like|enjoy)",
            "recommended(?: for you)?",
            "most (?:popular|read|viewed)",
            "the latest",
            "latest (?:articles|news|stories|posts)",
            "other posts in .{1,60}",
        ),
        "boilerplate.newsletter-prompt": (
            r"subscribe\s+to\s+(?:our|the)\s+\w*\s*newsletters?\b",
            r"sign\s+up\s+(?:for|to)\s+(?:our|the)\b",
            r"get\s+our\s+newsletter\b",
        ),
        "boilerplate.signup-close": (r"(?:sign\s+up|register|subscribe)\s+(?:now|today|here)",),
        "boilerplate.media-runtime": (
            "listen",
            "watch",
            "hear",
        ),
        "boilerplate.media-runtime.units": (
            r"min(?:utes?|\.)?",
            "mins",
            "h",
            "hrs?",
            "hours?",
            "s",
            "secs?",
            "seconds",
        ),
        "boilerplate.programme-line": (
            "programme",
            "program",
            "podcast",
            "show",
        ),
        "boilerplate.donation-appeal.when": (
            "today",
            "now",
            "here",
            "monthly",
        ),
        "boilerplate.donation-appeal": (
            "donate",
            "give",
            r"make\s+a\s+(?:donation|gift)",
        ),
        "boilerplate.donation-appeal.support": (
            "support",
            "back",
        ),
        "boilerplate.source-line": ("source",),
        "boilerplate.copyright-line": (r"all\s+rights\s+reserved",),
        "boilerplate.copyright-line.prefilter": ("reserv",),
        "boilerplate.dateline.relative-time": (
            r"\d{1,3}\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago",
        ),
        "boilerplate.dateline.reading-time.units": ("min(?:ute)?s?",),
        "boilerplate.dateline.reading-time.after": ("read",),
        "boilerplate.dateline.reading-time.before": (r"reading\s+time",),
        "boilerplate.photo-credit-line": (
            "photo",
            "image",
            "picture",
            "photograph",
            "credit",
        ),
        "boilerplate.related-heading": (
            r"press\s+room",
            r"related(?:\s+(?:articles?|stories|news|content|posts?))?",
            r"read\s+(?:more|also)",
            r"see\s+also",
            r"recommended(?:\s+for\s+you)?",
            r"you\s+may\s+also\s+like",
            r"more\s+from\s+\w+",
        ),
        "boilerplate.also-appeared": (
            (
                r"this\s+(?:article|interview|story|piece)\s+(?:first\s+|originally\s+|"
                r"also\s+)?(?:appeared|appears|was\s+(?:first\s+|originally\s+)?published)"
            ),
        ),
        "boilerplate.podcast-promo": (
            r"podcast\b(?!\s*[?？])",
            r"listen\s+to\s+(?:this|the|our)\s+(?:interview|episode|podcast)",
            r"subscribe\s+to\s+(?:the|our)\s+podcast",
        ),
        "boilerplate.interview-credit": (r"interview(?:ed)?\s+(?:by|conducted\s+by)",),
        "boilerplate.reprint-note": (
            (
                r"^\W{0,3}(?:this\s+(?:article|interview|story|piece)\s+(?:is|was|"
                r"has\s+been)\s+)?(?:reprinted|republished)\b"
            ),
        ),
        "boilerplate.reprint-note.prefilter": (
            "reprint",
            "republish",
        ),
        "html.related-link-line": (
            "related",
            "read more",
            "read also",
            "see also",
            "video",
            "watch",
            "listen",
            "podcast",
        ),
        "html.share-button": (
            r"share(?: (?:this|the) (?:article|story|post|page))?(?: (?:on|via) \w+)?",
            "share options",
            "share this:?",
            "tweet",
            "e-?mail",
            "print",
            "whatsapp",
            "facebook",
            "twitter",
            "linkedin",
            "copy link",
        ),
        "html.newsletter-prompt": (
            "newsletter",
            "sign up (?:for|to)",
            "subscribe (?:to|for|now)",
            "haven[’']t subscribed",
            "join here:?$",
            "get (?:our|the) .{0,40}(?:email|inbox)",
            "straight to your inbox",
        ),
        "html.advertisement-label": (
            "advertisement",
            "advertisement - continue reading below",
            "sponsored(?: content)?",
            "paid (?:post|content)",
            "ad",
            "ads",
        ),
        "html.sponsor-disclosure": (
            "we may (?:earn|receive) (?:a )?(?:commission|compensation)",
            "this (?:article|post|content) (?:is|was) (?:sponsored|paid)",
            "advertising disclosure",
            "presented by",
            "sponsored by",
        ),
        "html.photo-credit": (
            "photo",
            "photos",
            "photograph",
            "photographs",
            "photography",
            "image",
            "images",
            "picture",
            "illustration",
            "illustrations",
            "credit",
            "credits",
            "source",
            "photo credits?",
            "image credits?",
            "lead image",
            "video",
            "styling",
            "grooming",
            "hair",
            "makeup",
            "make-up",
            "production",
            "set design",
        ),
        "html.photo-credit.by": (
            "by",
            "courtesy of",
        ),
        "html.comments-prompt.count": (
            "comments?",
            "reactions?",
        ),
        "html.comments-prompt": (
            "leave a (?:reply|comment)",
            "have your say",
            "discussion about this post",
            "join the (?:discussion|conversation)",
            "add a comment",
            "show comments",
            "comment on this",
        ),
        "html.tag-list": (
            "tags?",
            "topics",
            "read more about",
            "more about",
        ),
        "html.tag-list-heading": (
            "tags?",
            "topics",
            "read more about",
            "more about",
        ),
        "html.navigation-link": (
            "post navigation",
            "previous (?:post|article)",
            "next (?:post|article)",
            "« ?previous.{0,40}",
            "back to top",
            "home",
            "browse all posts",
            "all posts",
            "categories:?",
            "other pages",
            "skip to (?:main )?content",
            r"forgot (?:your )?password\??",
            "log ?in",
            "sign ?in",
            "create a free account.*",
        ),
        "html.author-box-heading": (
            "about the author",
            r"about the author\(s\)",
            "author",
            "authors",
            "posted by .{2,80}",
            "written by .{2,80}",
            "a guest post by",
        ),
        "html.promo-line.label": (
            "video",
            "watch",
            "listen",
            "podcast",
            "audio",
        ),
        "html.promo-line": (
            "to view this video please enable javascript",
            "buy tickets",
            "get tickets",
            "shop (?:now|the)",
            "buy (?:it )?now",
            "order (?:now|here)",
            r"want to (?:know|learn|read|hear|see) more\b",
            r"follow (?:them|him|her|us|me) on\b",
            "check back (?:in )?soon",
            "stay tuned",
            "don[’']t miss",
            r"listen (?:here|now)\b",
            r"watch (?:now|here)\b",
            "download the app",
            "get the app",
            "start your substack",
            r"ready for more\?",
            r"want more .{0,60}\?",
            "apply now",
            r"interested in (?:learning|finding out|reading|hearing|knowing) more\b",
            "continue reading",
        ),
        "html.editors-note": (
            "editor[’']s note",
            "correction",
            "clarification",
            "update",
        ),
        "html.editors-note.disclaimer": (r"(?:the )?(?:views|opinions) expressed\b",),
        "html.reading-time.units": (r"min(?:ute)?s?\.?",),
        "html.reading-time.after": (
            r"read\b",
            r"reading\b",
        ),
        "html.reading-time.before": (
            "reading time",
            "read time",
        ),
        "html.reading-time.short-units": ("min",),
        "html.fact-box-heading": (
            r".{0,60}\b(?:by|in) (?:the )?numbers",
            "fact ?box",
            "fact ?file",
            "key facts",
            "in brief",
            "at a glance",
        ),
        "segment.recalled-words": (
            (
                r"you(?:['’]ve|\s+have|\s+had)?\s+(?:once\s+|often\s+|already\s+|"
                r"just\s+)?(?:said|mentioned|told|wrote|written|described|called)"
            ),
        ),
        "segment.recalled-words.lead": (
            "and",
            "but",
            "so",
        ),
        "boilerplate.follow-prompt": (
            "follow",
            "join",
            "subscribe",
            r"find\s+us",
            "get",
            "read",
            "download",
        ),
        "boilerplate.follow-prompt.where": (
            "on",
            "in",
            "at",
            "via",
            "our",
        ),
        "boilerplate.masthead-publication-word": (
            "times",
            "herald",
            "tribune",
            "journal",
            "courier",
            "chronicle",
            "observer",
            "weekly",
            "daily",
            "monthly",
            "news",
            "radio",
            "magazine",
            "review",
            "dispatch",
            "telegraph",
            "examiner",
            "sentinel",
            "bulletin",
            "echo",
            "gazette",
        ),
        "boilerplate.share-button": (
            "tweet",
            "post",
            "e-?mail",
            "print",
            r"copy\s+link",
            "whatsapp",
            "facebook",
            "twitter",
            "linkedin",
            "telegram",
            "pinterest",
            "reddit",
            "messenger",
            "bluesky",
            "threads",
            "mastodon",
            "x",
        ),
        "boilerplate.credit-line": (
            "author",
            "authors",
            r"text(?:\s+(?:und|and|&|et|y|e|i)\s+(?:fotos?|photos?|bilder))?",
            "interview",
            "interviews",
            "illustrations?",
            "reporter",
            "host",
            "presenter",
            "photos?",
        ),
        "cue.write-to-us.sentence": (r"(?:write|email|e-mail)\s+(?:to\s+)?us",),
        "cue.author-voice.lead": (
            "so",
            "now",
            "and",
            "but",
            "ok(?:ay)?",
            "first",
            "next",
            "finally",
        ),
        "cue.author-voice": (
            "let['’]s",
            r"let\s+us",
            "i['’]ll",
            r"i\s+will",
            r"i\s+want\s+to",
            "here['’]s",
            r"here\s+is",
            r"here\s+are",
            "we['’]ll",
            r"we\s+will",
        ),
        "cue.author-voice.this-text": (
            (
                r"(?:this|the)\s+(?:article|post|guide|playbook|tutorial|explainer|"
                "newsletter)"
            ),
        ),
        "boilerplate.comments-header": ("comments?",),
        "boilerplate.comments-header.prompt": (r"leave\s+a\s+(?:comment|reply)",),
        "boilerplate.sponsor-disclosure": (
            (
                r"this\s+(?:stakeholder|article|content|series|story|report|project|page|"
                r"coverage)\s+(?:supports|is\s+supported|is\s+sponsored|is\s+funded|"
                r"was\s+produced\s+with|is\s+produced\s+in\s+partnership)"
            ),
            (
                r"the\s+(?:stakeholder|article|content|series|story|report|project|page|"
                r"coverage)\s+(?:supports|is\s+supported|is\s+sponsored|is\s+funded|"
                r"was\s+produced\s+with|is\s+produced\s+in\s+partnership)"
            ),
            r"sponsored\s+(?:by|content)\b",
            r"paid\s+(?:content|partnership|post)\b",
            r"editorial\s+content\s+is\s+independent\b",
        ),
        "boilerplate.sponsor-disclosure.prefilter": (
            "sponsor",
            "support",
            "funded",
            "produced",
            "paid",
            "editorial",
        ),
        "boilerplate.transcript-note": (
            (
                r"transcripts?\s+(?:is|are)\s+(?:created|produced|prepared|generated|"
                r"made)\s+(?:on\s+a\s+rush\s+deadline|by\s+(?:an?\s+)?(?:contractor|vendor|"
                "third|machine|computer|automated|software)|automatically)"
            ),
            r"accuracy\s+and\s+availability\s+may\s+vary\b",
            (
                r"this\s+transcript\s+(?:was|has\s+been|is)\s+(?:automatically\s+|machine[-"
                r" ])generated\b"
            ),
        ),
        "boilerplate.transcript-note.prefilter": (
            "transcri",
            "accuracy",
        ),
        "boilerplate.affiliate-disclosure.modal": (
            "may",
            "might",
            "can",
            "could",
            "we",
        ),
        "boilerplate.affiliate-disclosure.earn": (
            "earn",
            "receive",
            "get",
        ),
        "boilerplate.affiliate-disclosure.commission": ("commissions?",),
        "boilerplate.affiliate-disclosure.route": (
            r"(?:when|if)\s+you\s+(?:buy|shop|click|purchase|make\s+a\s+purchase)",
            r"(?:through|via|from|using)\s+(?:the\s+|our\s+|these\s+|affiliate\s+)?links?",
        ),
        "boilerplate.affiliate-disclosure.contains": (
            "contains?",
            "includes?",
        ),
        "boilerplate.affiliate-disclosure.prefilter": (
            "commissi",
            "affiliat",
        ),
        "boilerplate.dateline.time-at": ("at",),
        "boilerplate.dateline.time-suffix": (
            "am",
            "pm",
            r"a\.\s?m\.",
            r"p\.\s?m\.",
            "h",
            "hrs",
        ),
        "cue.told-publication": (
            "told",
            "tells",
            "telling",
            r"interview\s+with",
            r"spoke\s+(?:to|with)",
            r"talked\s+(?:to|with)",
            r"discuss(?:es|ed)?(?:\s+[\w'’-]+){0,4}?\s+with",
        ),
        "cue.told-publication.article": ("the",),
        "cue.announces": (
            (
                r"(?:runs|continues|is\s+on(?:\s+show|\s+display|\s+view)?)\s+(?:until|till|"
                "through)"
            ),
            r"out\s+now",
            r"meets\s+every",
            r"(?:is|are)\s+(?:sold|available)\s+(?:at|from|on|in)",
            r"(?:is|was)\s+published\s+by",
        ),
        "cue.announces.opens": (r"(?:closes|opens)\s+on\s+(?:\w+\s+)?\d",),
        "cue.announces.until": (
            "until",
            "till",
        ),
        "cue.announces.pages": (
            "pages",
            r"pp\.",
        ),
        "boilerplate.caption-credit-tail.bracket": (
            "photo",
            "image",
            "picture",
            "illustration",
        ),
        "boilerplate.caption-credit-tail.paren": (
            "photo",
            "photograph",
            "image",
            "picture",
        ),
        "boilerplate.caption-credit-tail": (
            "photo",
            "photograph",
            "image",
            "picture",
        ),
        "boilerplate.follow-prompt.us": (
            "us",
            "our",
        ),
        "boilerplate.author-bio.verb": (
            "is",
            "was",
            "—",
            "–",
        ),
        "boilerplate.letters-prompt": (
            (
                r"\b(?:submit|send)\s+(?:a|your)\s+(?:response|letter|"
                r"reply)\b[^.!?]{0,120}\b(?:publication|letters?\s+(?:section|page))"
            ),
            (
                r"^\W{0,3}(?:do|did)\s+you\s+have\s+(?:an?\s+)?(?:opinion|view|"
                r"thoughts)\s+on\s+(?:the\s+issues?|this\s+(?:article|story|"
                r"piece))\b[^.!?]{0,60}\?\s*(?:if\s+you|email|write|send|submit)"
            ),
        ),
    },
    not_label_words=w(
        """
        photo photos image images picture source sources note notes update related read also
        exclusive video audio credit credits tags tag share advertisement copyright title date see
        disclaimer editor correction warning info information contact email e-mail tel phone fax
        web website url link links location status summary conclusion example important attention
        therefore but and so now today ps updated posted published author by caption
        """
    ),
    label_joiners=w("of the"),
    object_pronouns=w("her him them"),
    and_words=w("and"),
    ordinal_suffixes=w("st nd rd th"),
    definite_articles=w("the"),
    first_person_cased=w("I"),
)
