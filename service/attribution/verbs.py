"""The attribution a verb cue makes: its subject (before the verb, after it when inverted,
or a passive's agent), the venue beside it, and the content it governs. The largest stage of
the scan: `VerbScan._verb` reads every form a verb of speech takes in news copy, handing
relays and records to `relays.py` and content boundaries to `content.py`.
"""

from __future__ import annotations

import re

from . import lexicon as lx
from .attributions import Attribution, Span, Venue
from .content import speech_participle
from .entity_table import Mention
from .outlet_refs import OUTLET_KINDS
from .phrases import (
    DOCUMENT_PARTICIPLES,
    INNER_PREPS,
    is_name_token,
    is_people_head,
    is_record_head,
    is_role,
    letter_ending_a_name,
    np_after,
    np_before,
    post_modified_start,
    record_aside_lead,
    slug,
)
from .quotes import QuoteScan
from .relays import QUOTED_AS, SEEN, RelayScan
from .subjects import (
    IRREGULAR_PARTICIPLES,
    LEADING_WORDS,
    PASSIVE_BE,
    PERSONAL_PRONOUNS,
    participle_form,
)
from .text import Token, quoted_words
from .venues import CALL_SIGN, PERSON_OBJECT_VERBS, WHEN_WORDS, sports_desk

MAX_SKIP = 4  # auxiliaries and adverbs between a subject and its verb

# Verbs a gerund cue follows ("to stop writing", "kept saying"): never its subject
_GERUND_VERBS = frozenset({"stop", "stops", "stopped", "keep", "keeps", "kept", "start",
                           "starts", "started", "begin", "began", "begun", "continue",
                           "continued", "quit", "resume", "resumed", "avoid", "avoided",
                           "risk", "finish", "finished", "cease", "ceased", "consider"})

_OBJECT_VERBS = frozenset({
    "tell", "inform", "assure", "remind", "warn", "urge", "ask", "advise", "notify", "alert",
    "caution", "promise", "brief", "beg", "implore", "pressure", "press", "encourage",
})

_CLAUSE_STARTERS = frozenset({
    "that", "whether", "if", "how", "why", "what", "when", "where", "who", "to",
})

# Tokens after which a participle continues the sentence's attribution ("..., adding").
_CONTINUERS = frozenset({",", "and", "—", "–", "-", "by", "while", "after", "before", "when",
                         "also", "then"})


# Words that open a time adjunct after a closing cue ("..., state television reported on
# Saturday, days after ..."): a time noun, or a word that counts or hedges one
_TIME_ADJUNCT_LEADS = lx.TIME_NOUNS | frozenset({
    "shortly", "just", "only", "soon", "a", "an", "one", "two", "three", "four", "five", "six",
    "several", "long", "even", "well"})

# Cue forms that are plural nouns before a verb ("Police reports show", "The claims suggest")
_PLURAL_NOUN_CUES = frozenset({"reports", "claims", "notes", "statements", "accounts",
                               "estimates", "records", "calls"})

# What a body does with its own document ("issued a statement calling on", "filed a
# complaint alleging"): the issuer speaks through it
_ISSUED = frozenset({"issued", "issues", "issue", "issuing", "released", "releases", "release",
                     "filed", "files", "file", "filing", "published", "publishes", "publish",
                     "sent", "sends", "send", "posted", "posts", "post", "wrote", "writes",
                     "write", "signed", "signs", "sign", "submitted", "submits", "submit",
                     "brought", "brings", "bring", "put", "puts", "lodged", "lodges",
                     "circulated", "circulates", "distributed", "tweeted", "made", "makes"})

# Words after "..., X said," that open a clause of its own ("as", "while", "but")
_NEW_CLAUSE = frozenset({"as", "while", "whereas", "but", "although", "though", "because",
                         "since", "when", "after", "before", "amid", "despite", "following",
                         # "..., the minister said on Monday, in a move growers warned ..."
                         "in"})

# Ambiguous forms that still work inverted ("..., continued Smith.").
_INVERTIBLE = frozenset({"continued", "asked", "offered", "remarked", "wrote", "noted",
                         "claimed", "reported", "stated", "quipped", "added"})

# The verbs a speaker follows ("..., said Smith", "“...,” recalled X", "..., tweeted Y"):
# after any other verb the next noun phrase is its object ("declared bankruptcy", "decided
# one institution at a time", "praised the Saudis"), not an inverted speaker.
_INVERTED_SPEECH = frozenset({
    "say", "add", "write", "ask", "recall", "explain", "report", "note", "reply", "tweet",
    "state", "conclude", "warn", "continue", "offer", "remark", "quip", "claim", "insist",
    "argue", "observe", "joke", "counter", "acknowledge", "admit", "concede", "predict",
    "caution", "tell", "announce", "retort", "exclaim", "muse", "complain", "boast",
    "suggest", "answer", "wonder", "whisper", "shout", "testify", "recount", "emphasize",
    "emphasise", "stress", "assert", "contend", "maintain", "agree", "estimate", "reckon",
    "promise", "vow", "scoff", "sigh", "laugh", "opine", "posit", "chime", "interject",
})

# Words that pass their subject to an infinitive cue ("tended to say", "is likely to back").
_RAISING = frozenset({
    "likely", "unlikely", "able", "unable", "willing", "unwilling", "ready", "eager",
    "going", "quick", "set", "tend", "tends", "tended", "seem", "seems", "seemed", "appear",
    "appears", "appeared", "try", "tries", "tried", "trying", "need", "needs", "needed",
    "used", "continue", "continues", "continued", "began", "begin", "begins", "started",
    "start", "starts", "refuse", "refused", "refuses", "declined", "declines", "hoped",
    "hopes", "wanted", "wants", "want", "plans", "planned", "decided", "went", "on",
    "has", "have", "had", "got", "chose", "chooses", "rushed", "moved", "sought", "vowed",
    "promised", "pledged", "threatened", "expected", "supposed", "prepared", "reluctant",
    "determined", "happy", "careful", "forced", "scheduled", "poised", "likes", "liked",
    "sure", "certain", "bound", "expect", "expects", "intends", "intended", "wished",
})

_WEEKDAYS = lx.WEEKDAYS
# Verbs whose object takes a bare infinitive ("help the group defend", "let voters decide")
_CAUSATIVES = frozenset({"help", "helps", "helped", "helping", "let", "lets", "letting",
                         "make", "makes", "made", "making"})
# Participles by which a record spreads on a platform ("A video circulating on social media")
_RECORD_SPREAD = frozenset({"circulating", "circulated", "posted", "shared", "uploaded",
                            "spreading"})

# Verbs whose subject is a noun cue ("Trump's comment drew criticism"): no content follows
_NOUN_THEN_VERB = frozenset({"drew", "draws", "made", "makes", "came", "comes", "caused",
                             "causes", "sparked", "sparks", "prompted", "prompts", "angered",
                             "triggered", "raised", "raises", "followed", "follows", "echoed",
                             "echoes", "seemed", "seems", "appeared", "appears"})

# Verbs by which an outlet relays the sentence before it ("..., reports USA Today.")
_RELAYING = frozenset({"report", "write"})

# Forms mostly nouns ("a ruling", "the finding") that before "that" continue a clause as speech.
_THAT_PARTICIPLES = frozenset({"ruling", "finding", "stating", "reporting", "recording"})


# Texts a writer drafts rather than words a source says: "write language", "wrote the bill"
_DRAFTED = frozenset({"language", "legislation", "bill", "bills", "law", "laws", "provision",
                      "provisions", "amendment", "amendments", "regulations", "rules", "code",
                      "software", "music", "songs", "script", "scripts", "novel", "novels",
                      "book", "books", "checks", "cheques", "policy", "policies", "contract",
                      "contracts"})


def _noun_modifier(tok: Token) -> bool:
    """An adjective that makes the ambiguous cue after it a noun ("military support")."""
    low = tok.lower
    return tok.text[:1].islower() and (low in lx.MODIFIERS or low in _NOUN_ADJECTIVES or (
        len(low) > 4 and low.endswith(("al", "ic", "ary", "ful", "ive", "ous"))
        # (a record's noun of that ending is no adjective: "the procurement portal show")
        and tok.bare not in lx.DOCUMENT_HEADS))


# Words that end a phrase of time, not a speaker ("He met the mayor on Monday, who ...")
_TIME_ENDS = lx.WEEKDAYS | frozenset({"year", "week", "month", "today", "yesterday", "morning",
                                      "afternoon", "evening", "night", "day", "weekend"})


def _shows_a_source(phrase: list[Token]) -> bool:
    """The antecedent of a relative subject reads as a speaker's phrase: not a figure ("10
    percent last year, which suggests") nor a phrase that ends on a time ("the mayor on
    Monday, who")."""
    return not phrase[0].text[:1].isdigit() and phrase[-1].lower not in _TIME_ENDS


def _determined_record(toks: list[Token], i: int, lo: int) -> bool:
    """A record's noun right after a determiner or a possessive ("the summary shows", "the
    tally showed", "its summary finds"): the subject of the verb after it, though it ends like
    an adjective ("summary") or an adverb ("tally")."""
    if i - 1 < lo or not is_record_head(toks[i]):
        return False
    # past up to two modifiers to the determiner ("The official tally showed", "the
    # commission's final tally shows")
    k = i - 1
    while k > max(lo, i - 3) and toks[k].is_word and toks[k].text.islower() and not (
            toks[k].lower in lx.DETERMINERS or toks[k].lower in lx.POSSESSIVE_DETERMINERS):
        k -= 1
    before = toks[k]
    return before.lower in lx.DETERMINERS or before.lower in lx.POSSESSIVE_DETERMINERS or (
        before.text.endswith(("'s", "’s")))


# "He's said", "she's told": a pronoun's contraction, not a possessive
_CONTRACTED_IS = frozenset({"he's", "she's", "it's", "who's", "that's", "there's", "what's"})
# Cue forms in the past that a possessive cannot own as nouns
_PAST_CUES = frozenset({"said", "told", "wrote", "thought", "knew", "saw", "spoke"})

# Ambiguous cue forms that are past tenses of verbs and never nouns
_NEVER_NOUNS = frozenset({"found", "saw", "knew", "thought"})

_NOUN_ADJECTIVES = frozenset({"strong", "full", "broad", "public", "popular", "wide", "more",
                              "less", "much", "little", "new", "early", "initial", "growing",
                              # "on a conference call", "an earnings call", "a phone call"
                              "conference", "earnings", "phone", "investor",
                              "analyst", "telephone", "zoom"})

_QUANTIFIER_SUBJECTS = frozenset({"many", "some", "most", "several", "few", "both", "all",
                                  "another", "one", "others", "two", "three"})

# Adverbs that never close a noun phrase: before a verb they are the verb's
_VERB_ADVERBS = frozenset({"already", "also", "still", "further", "reportedly", "previously"})
_INTERJECTIONS = frozenset({"though", "however", "too", "meanwhile", "also", "instead",
                            "likewise", "similarly", "moreover", "meantime", "nonetheless",
                            "nevertheless", "therefore", "separately", "again", "apparently"})

# Connectives set off by commas between a subject and its verb ("The company, for its part,
# said", "The union, in turn, said"): the subject is before them
_CONNECTIVE_ASIDES = frozenset({
    ("in", "turn"), ("by", "contrast"), ("in", "contrast"), ("in", "response"),
    ("for", "now"), ("at", "the", "time"), ("on", "the", "other", "hand"),
    ("in", "the", "meantime"), ("of", "course"), ("in", "fact"), ("for", "example"),
    ("for", "instance"), ("in", "particular"), ("in", "addition"), ("for", "its", "part"),
    ("for", "their", "part"), ("for", "his", "part"), ("for", "her", "part"),
    ("for", "our", "part"), ("for", "my", "part"), ("for", "its", "own", "part"),
    ("for", "their", "own", "part"), ("for", "his", "own", "part"),
    ("for", "her", "own", "part")})
_LONGEST_CONNECTIVE = max(len(words) for words in _CONNECTIVE_ASIDES)

# What people call a thing in "what X are calling ..." ("in what some are calling the biggest
# hailstorm in the state's history")
_NAMING_PARTICIPLES = frozenset({"calling", "describing", "dubbing", "terming", "hailing"})


def _no_person(tok: Token) -> bool:
    """"co-founder of Renaissance Technologies hedge fund who once backed Cruz": "who" is a
    person, so a body or a thing just before it is not what it refers to."""
    return tok.bare in lx.ORG_NOUNS or tok.bare in lx.DOCUMENT_HEADS or tok.bare in (
        lx.OUTLET_NOUNS)


# Where a coordinated clause begins: ", but the turnout ...".
_CLAUSE_JOINT = re.compile(r"(?:,|;)\s+(?:but|and|yet|while|although|though|whereas)\s+")

#: Verbs of a view a placed group holds ("Observers in the sector believe ...", "Traders in
#: Tokyo expect ..."); narrower than claims._VIEW_BASES, which reads views out of claims
_PLACED_GROUP_VIEWS = frozenset({"believe", "think", "expect", "fear", "doubt", "reckon",
                                 "suspect"})

#: Verbs of expecting that close a comparison ("higher than officials had predicted").
_EXPECTING = frozenset({"expected", "expect", "expects", "believe", "believes", "believed",
                        "think", "thinks", "thought", "predicted", "predict", "predicts",
                        "anticipated", "feared", "hoped", "estimated", "projected", "assumed",
                        "forecast", "imagined", "suspected", "suggested", "claimed", "say",
                        "says", "said", "reported", "realize", "realized"})

# What follows "agree" when it reports a view or a commitment, not a deal struck
_AGREED_WITH_CLAUSE = frozenset({"that", "to", "with", "in", "wholeheartedly", "completely",
                                 "entirely", "strongly", "publicly", "privately", "so"})

_WH_WORDS = frozenset({"who", "what", "whether", "how", "why", "when", "where", "which"})

# What follows "push" when it moves something rather than argues for it
_PUSHED_MOVES = frozenset({"up", "down", "higher", "lower", "out", "through", "ahead", "into",
                           "aside", "off"})

#: Participles of verbs that also name acts, which after "by" say how something was done
#: ("by admitting more students", "by offering classes"), not what anyone said.
_MEANS_PARTICIPLES = frozenset({"admitting", "offering", "allowing", "granting", "showing",
                                "pushing", "pressing", "charging", "counting", "casting",
                                "releasing", "welcoming", "marking", "backing", "supporting",
                                "opposing", "accepting", "rejecting", "recording", "posting"})

#: Auxiliaries a post-modified subject never ends with ("... with the groups have made clear").
AUXILIARIES = frozenset({"has", "have", "had", "will", "would", "could", "might", "may", "can",
                         "should", "did", "does", "do", "is", "are", "was", "were"})

#: A quote of fewer words, not opening the sentence, may be a title ("“New Day,”").
_TITLE_WORDS_MAX = 5

# Cues after which ", citing X" closes a report of what came before ("..., Axios reported,
# citing two sources"), unlike "it declined, citing legal risks" (a reason)
_CITING_REPORTS = frozenset({"reported", "reports", "said", "says", "wrote", "writes"})


# Verbs whose object is a topic: an "-ing" form after them is a noun ("not authorized to
# discuss planning")
_TOPIC_VERBS = frozenset({"discuss", "discussing", "discussed", "discusses", "address",
                          "addressing", "describe", "describing"})
# Words before "reports" that make it the press's reports, a noun ("local media reports")
_PRESS_MODIFIERS = frozenset({"media", "press", "news", "newspaper", "television", "tv",
                              "radio", "wire"})
# Words opening the aside after an inverted speaker ("..., said the person, who ...")
_INVERTED_ASIDE_LEADS = frozenset({"who", "speaking", "adding", "citing", "requesting",
                                   "declining", "asking", "according", "referring"})



# Words that end an object with a time of their own: "told Reuters last week that", "told the
# Bellhaven Ledger earlier this month that" (the time is when, not part of the outlet's name)
_TIME_LEADS = frozenset({"last", "this", "next", "earlier", "later", "early", "late"})
_TIME_ADVERBS = frozenset({"earlier", "later", "yesterday", "today", "tonight", "previously",
                           "recently", "again"})


def _before_trailing_time(toks: list[Token], a: int, b: int) -> int:
    """The last token of the object [a, b] before a time phrase that ends it ("Reuters last
    week", "the Ledger earlier this month", "Reuters earlier"), or b."""
    for m in range(a + 1, b + 1):
        low = toks[m].lower
        if not toks[m].text.islower():
            continue  # "The Last Word": a title
        if low in _TIME_ADVERBS or (low in _TIME_LEADS and m + 1 <= b and (
                toks[m + 1].lower in WHEN_WORDS or toks[m + 1].lower in _TIME_LEADS)):
            return m - 1
    return b

class VerbScan(RelayScan, QuoteScan):
    """The attribution of a verb cue: subject, venue and content."""

    def _plural_subject_before(self, lo: int, k: int) -> Mention | None:
        """"the Democrats are acting as though they want to lose": a "they" later in the
        sentence is the plural group its main clause opens with."""
        toks = self.tokens
        subject = self._clause_subject(lo, k)
        if subject is None or subject[1] >= k - 1:
            return None
        head = toks[subject[1]]
        if toks[subject[0]].lower in lx.PRONOUNS or not head.lower.endswith("s") or (
                head.lower.endswith(("'s", "’s", "ss"))):
            return None
        found = self._mention(subject[0], subject[1])
        return found if found.kind != "unresolved" else None

    def _skip_back(self, j: int, lo: int) -> int:
        skipped = 0
        toks = self.tokens
        while j >= lo and skipped < MAX_SKIP:
            low = toks[j].lower
            if low in {"time", "past"} and j - 2 >= lo and toks[j - 1].lower == "the" and (
                    toks[j - 2].lower in {"at", "in"}):
                j -= 3  # "Trump at the time said", "have in the past said"
            elif low in lx.VENUE_NOUNS and not toks[j].is_capitalised and (
                    (venue_at := self._venue_start(j, lo)) >= 0) and not (
                    # "A video circulating on social media showed": where the record
                    # circulates, part of its phrase, not where its subject spoke
                    venue_at - 2 >= lo and toks[venue_at - 1].lower in _RECORD_SPREAD
                    and toks[venue_at - 2].bare in lx.PICTURE_NOUNS):
                j = venue_at - 1  # "Jeb Bush in a Medium post said"
            elif low in WHEN_WORDS and j - 2 >= lo and toks[j - 1].lower == "past" and (
                    toks[j - 2].lower in {"this", "the"}):
                j -= 3  # "Reince Priebus, the GOP chairman, this past week announced"
                if j > lo and toks[j].lower in {"over", "in", "during", "for", "within"}:
                    j -= 1  # "Reports circulating on the island over the past week suggest"
            elif low in WHEN_WORDS and j - 1 >= lo and toks[j - 1].lower in {
                    "on", "last", "this", "in", "late", "early", "next"} and (
                    j not in self.units.by_end) and not (
                    # "The figures for last year show", "its accounts of this year": the
                    # year a record covers, part of its phrase
                    toks[j - 1].lower in {"last", "this"} and j - 2 >= lo
                    and toks[j - 2].lower in {"for", "of"}):
                # "who on Tuesday endorsed", "said last week" (not the end of a name: "The
                # Mail on Sunday reported")
                j -= 2
            elif low in WHEN_WORDS and j - 2 >= lo and toks[j - 1].lower in WHEN_WORDS and (
                    toks[j - 2].lower in {"on", "last", "this", "late", "early"}):
                j -= 3  # "on Thursday evening said"
            elif low in _WEEKDAYS and toks[j].is_capitalised and j > lo and (
                    j not in self.units.by_end):
                j -= 1  # "Spicer Thursday said"
            elif low.isdigit() and len(low) <= 2 and (
                    date := self._date_before(j, lo)) is not None:
                j = date  # "A survey published on Oct. 15 found": the date, then the record
            elif low == "to" and j - 1 > lo and toks[j - 1].lower in _RAISING:
                j -= 2  # "voters tended to support", "he went on to call"
                if toks[j + 1].lower == "on" and j >= lo and toks[j].lower in _RAISING:
                    j -= 1
            elif low in lx.AUX_ADVERBS or (
                low.endswith("ly") and not toks[j].is_capitalised
                and low not in {"only", "family", "ally", "daily", "italy", "weekly", "monthly",
                                "quarterly", "fortnightly", "biweekly"}
                and not _determined_record(toks, j, lo)  # "the tally shows": the subject
            ):
                j -= 1
            else:
                break
            skipped += 1
        return j

    def _date_before(self, j: int, lo: int) -> int | None:
        """The participle before "on Oct. 15" / "on March 4" ending at the day number `j`
        after a name ("a survey by Horizon Travel Insights published on Oct. 15 found"), or
        None (a date after a place or a common noun, "filed in court on July 18", "the
        charity published on May 9", is read with its phrase already)."""
        toks = self.tokens
        k = j - 1
        if k >= lo and toks[k].text == ".":
            k -= 1
        if k - 3 < lo or toks[k].lower not in lx.MONTH_WORDS or toks[k - 1].lower != "on" or not (
                record_aside_lead(toks[k - 2])) or not toks[k - 3].is_capitalised:
            return None  # "the charity published on May 9" is read whole already
        return k - 2

    def _states_a_view(self, last: int, hi: int) -> bool:
        """A statement follows the view verb ending at token `last`: not a preposition, "so"
        or an -ing word ("believe in miracles", "fear for their safety", "think about
        leaving")."""
        toks = self.tokens
        if last + 1 >= hi:
            return False
        nxt = toks[last + 1]
        return nxt.is_word and nxt.lower not in INNER_PREPS and nxt.lower not in {
            "so", "about"} and not nxt.lower.endswith("ing")

    def _names_no_speech(self, first: int, last: int, base: str, lo: int, hi: int) -> bool:
        """The cue word here is no one's speech: a plural noun with its own verb or a count
        ("Police reports show", "a backlog of 3,000 claims"), a noun after a modifier or a
        possessive ("military support", "Trump's comment drew"), a participle of means ("by
        admitting more students"), an act ("agreed a price", "pushed up rents"), a document's
        holder ("a memo seen by Bloomberg News")."""
        toks = self.tokens
        low = toks[first].lower
        if first == last and low == "state" and last + 1 < hi and (
                toks[last + 1].text.islower() and toks[last + 1].lower.endswith("s")
                and not toks[last + 1].lower.endswith("ss")
                and toks[last + 1].lower not in lx.DETERMINERS):
            # "who studies state elections", "state lawmakers": the word for a state before
            # a plural noun, not the verb
            return True
        if first == last and low.endswith("ing") and low in lx.PEOPLE_PARTICIPLES and (
                first - 1 >= lo) and (
                is_people_head(toks[first - 1])) and self._finite_cue_after(last, hi):
            # "Residents posting on Facebook complained that ...": the participle says where
            # the people were heard; the verb after it is their speech
            return True
        if first == last and low.endswith("ing") and (
                first - 1 < lo or toks[first - 1].text in {"—", "–", "-", ":"}) and (
                last + 1 < hi and toks[last + 1].lower in {"at", "in", "of", "near", "on",
                                                           "from", "by"}):
            # "HOLLISTER, Mo. — Blasting at the quarry has been damaging homes": a gerund
            # opening the sentence is its subject, a noun, nobody's speech
            return True
        if first == last and low == "hail" and first - 1 >= lo and (
                toks[first - 1].text.islower()) and (
                toks[first - 1].lower.endswith("ed") or toks[first - 1].lower in {
                    "large", "heavy", "of", "and", "with", "by", "the", "some", "more"}):
            # "The storm dropped hail the size of golf balls": weather ("Opposition leaders
            # hail the ruling" stays their praise)
            return True
        if base == "write" and first == last and last + 1 < hi and (
                toks[last + 1].lower in _DRAFTED or (
                    last + 2 < hi and toks[last + 1].lower in {"the", "a", "an", "new"}
                    and toks[last + 2].lower in _DRAFTED)):
            # "will write language barring the agency", "wrote the bill": drafting a text, an
            # act, no claim ("wrote that ...", "wrote in a letter" stay speech)
            return True
        if first == last and low == "writing" and first - 1 >= lo and (
                toks[first - 1].lower == "in"):
            # "submitted to the committee in writing", "replied in writing": the form the
            # words took, no one writing
            return True
        if first == last and low == "writing" and first - 1 >= lo and (
                toks[first - 1].is_word) and last + 2 < hi and (
                toks[last + 1].lower in {"the", "a", "an", "its", "their", "his", "her"}) and (
                self.quotes.starting_at(toks[last + 2].start) is None):
            # "Neither committee writing the bill would confirm": a text being drafted, an
            # act ("writing in the Times", "writing that ..." stay speech)
            return True
        if first == last and low.endswith("ing") and first - 1 >= lo and (
                toks[first - 1].lower in _TOPIC_VERBS):
            # "not authorized to discuss planning": the gerund is what is discussed, a noun
            return True
        if first == last and low in {"reports", "report"} and first - 1 >= lo and (
                toks[first - 1].lower in _PRESS_MODIFIERS) and not (
                last + 1 < hi and toks[last + 1].lower == "that") and not (
                # "..., newspaper reports", "..., Sky News reports" closing a headline or a
                # sentence: the verb after its subject
                any(toks[k].text == "," for k in range(max(lo, first - 4), first - 1)) and (
                    last + 1 >= hi or not toks[last + 1].is_word)):
            # "according to volunteers and local media reports": the press's reports, a noun
            return True
        if first == last and low in _PLURAL_NOUN_CUES and last + 1 < hi and (
                toks[last + 1].lower in lx.FINDING_VERB_FORMS):
            return True  # "Police reports show the car was speeding": the noun, then its verb
        if first == last and low in _PLURAL_NOUN_CUES and ((
                last + 1 < hi and toks[last + 1].lower in AUXILIARIES
                and not (first - 1 >= lo and toks[first - 1].is_capitalised))
                or self._counted_before(first, lo)):
            # "a backlog of 3,000 claims had built up", "Two current Coralline claims staff":
            # a plural noun, counted or followed by its own verb, no one's speech (after a
            # name it is the name's verb: "what the Society of Civil Engineers estimates will
            # be needed")
            return True
        if low in lx.AMBIGUOUS_FORMS and first == last and first - 1 >= lo and (
                _noun_modifier(toks[first - 1]) and low not in _NEVER_NOUNS) and not (
                _determined_record(toks, first - 1, lo)):
            # "military support", "financial backing": a noun, nobody's claim (not "A study
            # by the government found": a verb in the past is never the noun)
            return True
        if first == last and low.endswith("ed") and first - 1 >= lo and (
                toks[first - 1].text.endswith(("'", "’", "'s", "’s"))) and last + 1 < hi and (
                toks[last + 1].is_word and not toks[last + 1].is_capitalised
                and toks[last + 1].lower not in lx.DETERMINERS
                and toks[last + 1].lower not in {"that", "to", "by", "with", "on", "in", "as"}):
            return True  # "the two countries' disputed border", "the firm's revised forecast"
        if low in _MEANS_PARTICIPLES and first - 1 >= lo and toks[first - 1].lower == "by" and (
                last + 1 < hi and toks[last + 1].lower not in {"that", ":", ","}
                and self.quotes.starting_at(toks[last + 1].start) is None):
            # "make up the shortfall by admitting more students": a means, no speech ("he
            # responded by saying that ..." keeps its clause)
            return True
        if base == "agree" and first == last and last + 2 < hi and toks[last + 1].is_word and (
                toks[last + 1].lower not in _AGREED_WITH_CLAUSE) and (
                toks[last + 1].lower not in lx.PRONOUNS) and not (
                toks[last + 1].lower == "on" and toks[last + 2].lower in _WH_WORDS):
            # "has agreed personal terms", "agreed a price", "agreed on a deal": an act, no
            # one's claim ("agreed that ...", "agreed with ...", "agreed to ..." are read on)
            return True
        if base == "push" and first == last and last + 1 < hi and (
                toks[last + 1].lower in _PUSHED_MOVES):
            return True  # "and pushed up rents", "pushed through the bill": a move, no speech
        if low == "considering" and first - 1 >= lo and toks[first - 1].text == ",":
            return True  # "..., considering the risks involved": given, no one considers
        after = toks[last + 1] if last + 1 < hi else None
        if first == last and first - 1 >= lo and toks[first - 1].text.endswith(("’s", "'s")) and (
                after is not None and after.text.islower() and (
                    after.lower in AUXILIARIES or after.lower in _NOUN_THEN_VERB
                    # "Halewind's forecasts missed the Denver hailstorm" (not "He's said
                    # armed guards will patrol": a contraction, then the verb)
                    or (after.lower.endswith("ed") and after.lower not in lx.CUE_VERB_FORMS
                        and not low.endswith("ed") and low not in _PAST_CUES
                        and toks[first - 1].lower.replace("’", "'") not in _CONTRACTED_IS))):
            # "Biden's remark makes it seem insensitive", "Trump's comment drew criticism":
            # after a possessive the cue word is a noun, the subject of its own verb
            return True
        # "a memo seen by Bloomberg News": who has the document, no speech
        return first == last and low in SEEN and last + 1 < hi and toks[last + 1].lower == "by"

    def _finite_cue_after(self, last: int, hi: int) -> bool:
        """A finite verb of speech follows token `last` within a few words, before any
        "that", comma or quotation ("posting on Facebook complained that")."""
        toks = self.tokens
        for k in range(last + 2, min(hi, last + 10)):
            low = toks[k].lower
            if low in {"that", ",", ";", ":", "“", "\"", "—", "–"}:
                return False
            if low in lx.CUE_VERB_FORMS and not low.endswith("ing"):
                return True
        return False

    def _verb(self, first: int, last: int, base: str, cue: Span, s_start: int, s_end: int,
              lo: int, hi: int, made: list[Attribution]) -> list[Attribution]:
        toks = self.tokens
        relative_of: tuple[int, int] | None = None  # the phrase a relative subject stands for
        low = toks[first].lower
        if low == "saying" and first - 1 > lo and toks[first - 1].lower == "as":
            quoted_by = self._quoted_by(first - 1, lo, cue, s_end, hi)
            if quoted_by:
                return quoted_by
        if self._names_no_speech(first, last, base, lo, hi):
            return []
        quoted_by = self.quoted_by_subject(first, last, lo, cue, s_end, hi)
        if quoted_by:
            return quoted_by  # "Officials quoted by Kan said ..."
        ambiguous = low in lx.AMBIGUOUS_FORMS and first == last
        if low == "asked" and first == last and self._question_after(last + 1, hi) >= 0:
            ambiguous = False  # "asked whether ...", "asked voters if ..."
        took = self._took_to(first, lo)
        if took is not None:
            return self._took_to_attribution(took, first, last, cue, s_end, lo, hi)
        k_after = self._skip_forward(last + 1, hi)
        clause_follows = k_after < hi and (
            toks[k_after].lower in {"that", ":"}
            or self.quotes.starting_at(toks[k_after].start) is not None
            or (toks[k_after].lower == "," and k_after + 1 < hi
                and self.quotes.starting_at(toks[k_after + 1].start) is not None)
        )
        j = self._skip_back(first - 1, lo)
        source: Mention | None = None
        strong = False
        source_first = first
        description: str | None = None
        continuing = False
        # "..., tweeting her thanks": any unambiguous participle continues the clause
        participle = low[-3:] == "ing" and (speech_participle(low) or (
            # "..., ruling that the ordinance ...", "..., finding that": an ambiguous form is
            # a participle of speech before "that"
            k_after < hi and toks[k_after].lower == "that" and low in _THAT_PARTICIPLES))
        if j - 1 >= lo and toks[j].text in "”\"’'" and toks[j - 1].lower == "," and (
            participle
        ):
            j -= 1
        elif j - 2 >= lo and toks[j].text == "'" and toks[j - 1].text == "'" and (
                toks[j - 2].lower == "," and participle):
            j -= 2  # "... ''Morning Joe,'' adding"
        if first == last and base in _RELAYING and j >= lo and toks[j].text == "," and (
                self._outlet_closes(last + 1, hi)):
            # "“...,” said Kristen Day, director of X, reports USA Today.": the outlet after
            # the cue relays the sentence before it, whose speaker is no subject of "reports"
            return self._inverted(first, last, base, cue, False, j, lo, s_start, s_end, hi, None)
        if j - 2 >= lo and toks[j].text == "," and toks[j - 1].lower in _INTERJECTIONS and (
                toks[j - 2].text == ","):
            j = self._skip_back(j - 3, lo)  # "Murphy, though, said"
        elif j - 3 >= lo and toks[j].text == ",":
            opening = next((m for m in range(j - 3, max(lo, j - 2 - _LONGEST_CONNECTIVE) - 1, -1)
                            if toks[m].text == ","), -1)
            if opening > lo and tuple(t.lower for t in toks[opening + 1:j]) in (
                    _CONNECTIVE_ASIDES):
                j = self._skip_back(opening - 1, lo)  # "The company, for its part, said"
        if j >= lo and (
            (toks[j].lower in _CONTINUERS and participle)
            # "The researchers followed 210,000 adults ... and found that": a form of two
            # senses is the cue when a that-clause follows
            or (toks[j].lower in {"and", "but"} and (not ambiguous or (
                k_after < hi and toks[k_after].lower == "that")))
        ):
            carrier = self._carrier(made)
            if carrier is not None and j - 2 >= lo and toks[j - 1].lower.endswith("ed") and (
                    toks[j - 1].text.islower() and toks[j - 2].lower in PERSONAL_PRONOUNS
                    and carrier.cue.end <= toks[j - 2].start):
                # "When Mook was asked by the Journal ..., he laughed and said": the subject
                # of the verb before "and", not the earlier cue's source
                source = self._mention(j - 2, j - 2)
                continuing = True
                source_first = j - 2
                carrier = None
            main = self._clause_subject(lo, j) if carrier is not None else None
            if main is not None and carrier is not None and (
                    toks[main[0]].start > carrier.cue.end):
                # "When I asked him ..., he looked up, frowned and said": the main clause's
                # subject after the subordinate one, not the subordinate's speaker
                carrier = None
            if source is None and carrier is not None and carrier.source is not None:
                source = carrier.source
                continuing = True
                source_first = j
            elif source is None:
                np0 = self.coordinated_pronoun(lo, j) or self._clause_subject(lo, j)
                if np0 is not None:
                    source = self._mention(np0[0], np0[1])
                    continuing = True
                    source_first = j
        paren_end = -1
        if source is None and j > lo and toks[j].text == ")":
            # "Sen. Bernie Sanders (I-Vt.) said": the parenthesis belongs to the name.
            p = self.opening_paren(j, lo)
            if p > lo and (is_name_token(toks[p - 1]) or (
                    # "The Tavarian News Agency (TNA) said": a body's name and its acronym;
                    # "the U.N. agency for Palestinian refugees (UNRWA) said": a description
                    # of the body, then the acronym it goes by
                    (toks[p - 1].is_capitalised or toks[p - 1].is_word) and p + 2 == j
                    and toks[p + 1].text.isupper() and len(toks[p + 1].text) >= 2) or (
                    # "The Ministry of Defence (MoD) said", "The Secretariat of National
                    # Defence (Sedena) said": a body's short name written in mixed case
                    toks[p - 1].is_capitalised and p + 2 == j and toks[p + 1].is_word
                    and toks[p + 1].text[:1].isupper() and len(toks[p + 1].text) >= 3)):
                paren_end, j = j, p - 1
        if source is None and first - 5 >= lo and toks[first - 1].lower == "have" and (
                toks[first - 2].lower == "to" and toks[first - 3].lower in lx.HEARSAY_CUES
                and toks[first - 4].lower in PASSIVE_BE):
            # "Some airline executives are said to have told officials ...": the subject of
            # the hearsay is the one said to have told
            j = self._skip_back(first - 5, lo)
        if source is None and low in _NAMING_PARTICIPLES and j > lo:
            # "in what analysts are calling the sharpest jump in a decade", "what many in the
            # district are calling a betrayal": the subject of the free relative names it
            np = np_before(toks, j, lo, self.units)
            if np is not None and np[0] - 1 >= lo and toks[np[0] - 1].lower == "what" and (
                    first - 1 > np[1] and toks[first - 1].lower in PASSIVE_BE | {"been"}):
                source = self._mention(np[0], np[1])
                source_first = np[0]
        if source is None and j - 1 >= lo and toks[j].text == "%" and (
                toks[j - 1].text[:1].isdigit()):
            source = self._mention(j - 1, j)  # "47% say"
            source_first = j - 1
        if source is None and j >= lo:
            np = np_before(toks, j, lo, self.units)
            if np is not None and toks[np[1]].lower in lx.DETERMINERS and not (
                    # "A spokesperson for Lega Serie A said": the letter ends a name
                    letter_ending_a_name(toks, np[1], np[0])):
                np = None
                if toks[j].lower in _QUANTIFIER_SUBJECTS and (
                        j == lo or toks[j - 1].lower in LEADING_WORDS
                        or not toks[j - 1].is_word):
                    np = (j, j)  # "many said", "while another says"
            if np is not None and np[0] < np[1] and toks[np[0]].lower in {"which", "that"}:
                np = (np[0] + 1, np[1])  # "which Will claims": the subject of the relative
            if np is not None and np[0] == np[1] and low.endswith("ing") and (
                    toks[np[0]].lower in _GERUND_VERBS):
                np = None  # "whether to stop writing new policies": the verb of the cue
            if np is not None:
                np = (self.list_start(np[0], np[1], lo), np[1])
                np = (self.coordinated_start(np[0], np[1], lo), np[1])
            if np is not None:
                np = (self.record_with_its_maker(np[0], np[1], lo), np[1])
                np = (self.record_before_its_date(np[0], np[1], lo), np[1])
            appositive_end = -1
            if np is not None and (holder := self._unclosed_appositive_holder(np[0], lo)):
                if toks[holder[1] + 1].text == "," and holder[1] + 1 == np[0] - 1:
                    appositive_end = np[1]  # "Doug Andres, a spokesman for X told": the name,
                    # its appositive kept with it
                np = holder
                if toks[np[1]].text == ")":  # the name's parenthesis goes with it
                    paren_end = np[1]
                    np = (np[0], self.opening_paren(paren_end, lo) - 1)
            if np is not None:
                a, b = np
                if first == last and low == base and (
                        (a - 1 >= lo and toks[a - 1].lower in _CAUSATIVES)
                        or (a < b and toks[a].lower in _CAUSATIVES)):
                    # "would help the group defend market share", "let the court decide":
                    # the phrase is the object of another verb and the cue its bare
                    # infinitive, nobody's words
                    return []
                strong = ambiguous and (self._strong_subject(a, b)
                                        or self._post_modified_record(a, b, lo)
                                        # "Observers in the sector believe ...": a placed
                                        # group's view
                                        or (base in _PLACED_GROUP_VIEWS
                                            and self._states_a_view(last, hi)
                                            and self.strong_placed_head(a, b)))
                if ambiguous and not clause_follows and not strong:
                    return []
                antecedent = None
                if a == b and toks[a].lower.replace("’", "'").split("'", 1)[0] in {
                        "who", "which"}:  # "who", and "who’d", "who's" too
                    c = a - 1
                    if c >= lo and toks[c].lower == ",":
                        c -= 1
                    ante = np_before(toks, c, lo, self.units)
                    if ante is not None and (toks[ante[0]].lower in lx.DETERMINERS or not any(
                            is_name_token(t) for t in toks[ante[0]:ante[1] + 1]) or (
                            toks[a].lower.startswith("who") and _no_person(
                                toks[ante[1]]))):
                        # "Robert Mercer, the GOP mega-donor and co-founder of X who ...": the
                        # relative's antecedent is the name the appositive describes
                        ante = self._appositive_name(ante[0], lo) or ante
                    if ante is not None and ante[0] - 1 > lo and (
                            toks[ante[0] - 1].lower in {"in", "at", "from", "near", "with",
                                                        "to", "on", "about"}):
                        # "A paediatrician at a hospital in Braga, who asked not to be named":
                        # the person the place phrase post-modifies, not the place; "The two
                        # people familiar with the operations, who declined to be named"
                        widened = post_modified_start(toks, ante[0], lo, self.units)
                        if widened < ante[0] and any(
                                is_role(t) or t.bare in lx.DESCRIBED_ANONYMOUS_HEADS
                                or t.bare in lx.ANONYMOUS_HEADS
                                for t in toks[widened:min(widened + 3, ante[0])]):
                            # ("said Jana Kowalczyk, a beverages analyst at Nordvik
                            # Securities in Oslo, who added": the name that placed person
                            # describes, as above)
                            ante = self._appositive_name(widened, lo) or (widened, ante[1])
                    if ante is not None:
                        antecedent = self._mention(ante[0], ante[1])
                        relative_of = ante
                        clause_end = next((k for k in range(a + 1, hi) if toks[k].text == ","),
                                          hi - 1)
                        # "The manager of a hotel in Binz, who asked not to be named":
                        # unnamed, as the main verb's subject is
                        antecedent = self.unnamed_if_withheld(
                            antecedent, *ante, self.text[toks[a].start:toks[clause_end].end])
                elif a == b and toks[a].lower == "they" and a > lo:
                    antecedent = self._plural_subject_before(lo, a)
                if low.endswith("ing") and a - 1 > lo and toks[a - 1].is_word and (
                        toks[a - 1].lower not in LEADING_WORDS
                        and toks[a - 1].lower not in lx.PRONOUNS
                ) and not toks[a - 1].is_capitalised and not (
                        toks[b].bare in lx.DOCUMENT_HEADS and toks[a - 1].lower not in _ISSUED
                ) and not self._post_modified_person(a, lo):
                    # "she issued a statement calling on": the statement's issuer calls (and
                    # "refused to dismiss a lawsuit accusing X": the lawsuit accuses, not
                    # the judge)
                    np0 = self._clause_subject(lo, a - 1)
                    if np0 is not None:
                        a, b = np0
                widened = post_modified_start(toks, a, lo, self.units)
                if widened < a or (b - 1 >= a and toks[b].lower in DOCUMENT_PARTICIPLES and (
                        toks[b - 1].bare in lx.DOCUMENT_HEADS)):
                    # the post-modifier runs to the verb ("... speak publicly"), and so does a
                    # record's date ("A report published on Monday found")
                    a, b = min(a, widened), max(b, max(
                        (k for k in range(b, first) if toks[k].is_word), default=b))
                    while b > a and (toks[b].lower in AUXILIARIES or (
                            # "A Treasury circular dated Sept. 30 and published in the
                            # Official Gazette already requires": the verb's adverb
                            toks[b].lower in _VERB_ADVERBS) or (
                            toks[b - 1].lower in AUXILIARIES and (
                                toks[b].lower in lx.AUX_ADVERBS or (
                                    toks[b].text.islower() and toks[b].lower.endswith("ly"))))):
                        # "officials involved with the groups have made clear", "mayors in
                        # the Bregenz Forest are quietly backing" (not "not authorized to
                        # speak publicly said": the adverb is the phrase's)
                        b -= 1
                if a - 2 >= lo and toks[a - 2].lower in {"a", "an"} and (
                        toks[a - 1].lower in lx.DISPUTED_CLAIM_NOUNS):
                    # "..., an allegation the company has previously denied", "a charge Tehran
                    # has repeatedly denied": the company's answer to what was said (its
                    # denial, the wire readers' attribution), no source of the allegation,
                    # whose words stay outside it
                    denier = self.named_conjunct(a, b, self._mention(a, b, antecedent=antecedent))
                    noun = self.span(toks[a - 2].start, toks[a - 1].end)
                    return [Attribution(self.name, cue, "verb", denier, noun,
                                        direction="backward", clause_start=noun.start)]
                source = self.named_conjunct(a, b, self._mention(a, b, antecedent=antecedent))
                source_first = a
                if base == "hear" and source.kind == "unresolved":
                    # "The inquest heard that ...": the hearing, a named body of the state
                    source = self.resolver.hearing_body(source)
                if toks[last].lower == "reported" and clause_follows and (
                        toks[k_after].lower == "that"):
                    # "The Gleaner reported on Sunday that ...", "Business Day reported last
                    # month that ...": a name met first as the reporter of someone else's
                    # doings is a masthead (a company "reported a net loss", a noun phrase;
                    # "Monitoring reports that ... show" is the noun)
                    source = self.resolver.masthead_reporting(
                        source, toks[a:b + 1], self.offset + toks[a].start, self.offset)
                if base == "tell" and source.kind in ("vague", "unresolved"):
                    # "Several residents told Reuters": people someone spoke to
                    self.resolver.spoken_to(source, toks[a:b + 1])
                if paren_end >= 0:
                    source.end = toks[paren_end].end
                    source.text = self.text[toks[a].start:toks[paren_end].end]
                    self.resolver.note_acronym(source)
                if appositive_end >= 0:
                    source.description = self.text[toks[b + 2].start:toks[appositive_end].end]
                    source.end = toks[appositive_end].end
                    source.text = self.text[toks[a].start:source.end]
            elif toks[j].lower == "," and not self._person_speaks_after(first, last, base, hi):
                # (not "... the unit, Krediet Direct, said the person, who ...": the name before
                # the comma is what was said about, the speaker follows the verb)
                source, source_first, description = self._appositive_subject(j, lo)
            elif j - 1 > lo and toks[j - 1].text == "," and (
                    (scare := self.quotes.ending_at(toks[j].end)) is not None
            ) and scare.start > toks[lo].start:
                # "Humphrey, who calls him a “sociopath,” said"; a quote that opens the
                # sentence is what is said ("“..., the math is daunting,” explained X")
                source, source_first, description = self._appositive_subject(j - 1, lo)
            if source is None and j > lo and (toks[j].text in {",", "—", "–", "-"} or (
                    toks[j - 1].text == "," and self.quotes.ending_at(toks[j].end) is not None)
            ) and not (toks[j].text == "," and self._speaker_after(first, last, base, hi,
                                                                 lo, j)):
                # (not "Brenner, 44, has agreed terms ..., said the person": the speaker
                # after the verb)
                fronted = self._fronted_subject(lo, j)
                if fronted is not None:
                    source = self._fronted_mention(*fronted, lo)
                    source_first = fronted[0]
        if source is None and base in ("quote", "cite") and j > lo and (
                toks[j].lower in {"that", "which"}) and any(
                toks[m].lower == "as" and toks[m + 1].lower in QUOTED_AS
                for m in range(last + 1, min(hi - 1, last + 26))):
            # "a Sunday Times story that cited unnamed sources as saying": the relative's
            # antecedent cites; its speaker is read below
            c = j - 2 if toks[j - 1].text == "," else j - 1
            citing = np_before(toks, c, lo, self.units) if c >= lo else None
            if citing is not None and citing[0] - 2 >= lo and toks[citing[0] - 1].lower in {
                    "in", "on"} and all(t.bare in lx.MONTH_WORDS or t.bare in lx.WEEKDAYS
                                        or t.text.isdigit() for t in toks[citing[0]:c + 1]):
                # "a Sunday Times story in March that cited": the story, not its date
                citing = np_before(toks, citing[0] - 2, lo, self.units)
            if citing is not None:
                source = self._mention(*citing)
                source_first = citing[0]
        if source is None:
            return self._inverted(first, last, base, cue, ambiguous, j, lo, s_start, s_end, hi,
                                  description)
        # Source before the cue: venue, indirect object, then content.
        k = last + 1
        venue, k = self._venue(self._skip_forward(k, hi), hi, source)
        if venue is None and base not in _OBJECT_VERBS:
            venue, k = self.to_outlet(k, hi, source)  # "explained to CBS why ..."
        if base in ("quote", "cite") and k < hi:
            # "quoted a source as saying", "cited unnamed insiders as saying": relay and
            # speaker alike (the search needs its "as saying", else "cited rising costs" is
            # read as before)
            quoted = self._quoted_as_saying(k, hi, cue, source, s_end)
            if quoted:
                return quoted
        if base == "tell" and first == last and k < hi:
            titled_object = self._titled_programme(k, hi)
            if titled_object is not None:
                # "told “Off the Beaten Track”, a podcast produced by ..., that": the title
                venue, k = titled_object
        if base in _OBJECT_VERBS and first == last and k < hi and venue is None and (
            toks[k].lower not in _CLAUSE_STARTERS and toks[k].is_word
        ):
            obj = np_after(toks, k, hi, self.units)
            if obj is not None:
                # "told senators in a letter last week that": the object ends where a venue
                # phrase starts
                cut = next((m for m in range(obj[0] + 1, obj[1] + 1)
                            if toks[m].lower in lx.VENUE_PREPOSITIONS
                            and self._venue(m, hi, source)[0] is not None), None)
                if cut is not None:
                    obj = (obj[0], cut - 1)
                obj = (obj[0], _before_trailing_time(toks, obj[0], obj[1]))
                obj = (obj[0], self.programme_title_end(obj[1], hi))  # "ABC’s “GMA”"
                after_obj = self._skip_forward(obj[1] + 1, hi)
                obj_words = {t.bare for t in toks[obj[0]:obj[1] + 1]}
                object_venue = None
                titled = toks[obj[0]].text == "The" and obj[1] > obj[0] and all(
                    t.text[:1].isupper() for t in toks[obj[0] + 1:obj[1] + 1] if t.is_word)
                masthead = toks[obj[0]].lower == "the" and obj[1] > obj[0] + 1 and (
                    toks[obj[1]].is_capitalised
                    and toks[obj[1]].bare in lx.MASTHEAD_WORDS_AFTER_THE) and all(
                    t.is_capitalised for t in toks[obj[0] + 1:obj[1] + 1]
                )  # "the Monadnock Courier", "the Halvard Bay Mercury" (a name, then its masthead)
                described = self._outlet_appositive_end(after_obj, hi) if (
                    base == "tell") else -1
                if described >= 0 or (base == "tell" and obj[1] - obj[0] <= 2 and (
                        toks[obj[1]].bare in lx.PROGRAMME_NOUNS)):
                    # "told the programme", "told the newsletter", "told the Alder Valley
                    # Report, a local news podcast, that": a programme or outlet the speaker
                    # gave the words to (chains.md's venue), named or referred back to
                    object_venue = self._venue_from(toks[obj[0]].start, obj[0], obj[1], source)
                    if object_venue.kind is None and described >= 0:
                        object_venue.kind = "unnamed_outlet"
                        object_venue.entity = "outlet-" + slug(self.text[
                            toks[obj[0]].start:toks[obj[1]].end])
                    if described >= 0:
                        after_obj = described
                elif obj_words & lx.OUTLET_NOUNS or titled or masthead or sports_desk(
                        toks, obj[0], obj[1]) or any(
                        k in self.units.by_end for k in range(obj[0], obj[1] + 1)) or any(
                        CALL_SIGN.match(t.text) for t in toks[obj[0]:obj[1] + 1]):
                    # "told Reuters", "told CNN's Jake Tapper", "told the Paris daily X"
                    object_venue = self._venue_from(toks[obj[0]].start, obj[0], obj[1], source)
                if base == "tell" and described < 0:
                    # "told Smith, a longtime friend, that ...", "told Reuters, the news agency,
                    # that ...": what was told starts at "that"
                    after_obj = max(after_obj, self.object_appositive_end(after_obj, hi))
                further, k = self._venue(after_obj, hi, source)
                if further is not None and (object_venue is not None
                                            or obj_words & lx.VENUE_NOUNS):
                    # "told Reuters in an interview", "told a talk show on Press TV"
                    merged = self.span(toks[obj[0]].start, further.span.end)
                    keep = object_venue if object_venue and object_venue.kind else further
                    venue = Venue(merged, keep.outlet, keep.kind, keep.entity, keep.country)
                else:
                    venue = venue or object_venue or further
        k = self._skip_forward(k, hi)
        if venue is None:
            venue, k = self._venue(k, hi, source)
            k = self._skip_forward(k, hi)
        if venue is not None:
            k = self.skip_place(k, hi)  # "told a news conference in Manila."
        if venue is None and not continuing and source_first > lo:
            # "In an interview with CNN, Trump said": a venue phrase fronted before the subject
            venue = self._venue_before(lo, source_first, source)
        if venue is None and source is not None and not continuing:
            # "Piras, speaking on regional television channel TeleSarda, said": the venue in
            # the subject's aside
            speaking = next((m for m in range(source_first, first - 1)
                             if toks[m].lower == "speaking" and toks[m - 1].text == ","
                             and toks[m + 1].lower in {"on", "to", "in", "at"}), None)
            if speaking is not None:
                venue = self._venue(speaking + 1, first, source)[0] or (
                    # "Bustos, speaking to ESPN Argentina after training, said": the outlet
                    # spoken to
                    self.to_outlet(speaking + 1, first, source)[0])
            elif first - 1 > source_first and toks[first - 1].text == ",":
                # "Rourke, in a rare interview with the Brennock Courier in February, said":
                # the venue in an aside between the speaker and the verb
                aside = next((m for m in range(source_first + 1, first - 2)
                              if toks[m].text == "," and toks[m + 1].lower in {"in", "on"}),
                             None)
                if aside is not None:
                    venue = self._venue(aside + 1, first - 1, source)[0]
        clause_start = toks[source_first].start
        if source_first - 1 >= lo and toks[source_first - 1].lower == ",":
            clause_start = toks[source_first - 1].start
        direction = "forward"
        if continuing:
            direction = "continue"
            clause_start = cue.start
            if venue is None and (low.endswith("ing") or toks[source_first].lower == "and"):
                # "X shot back in a statement, saying ...", "X welcomed the vote in a statement
                # and said ...": the clause's venue is the speaker's
                venue = self._venue_before(lo, first, source)
            if toks[source_first].lower in {"and", "but"}:
                # "X disputed A, but says B": A ends before the conjunction
                clause_start = toks[source_first].start
                if source_first - 1 >= lo and toks[source_first - 1].lower == ",":
                    clause_start = toks[source_first - 1].start
        at_end = k >= hi or toks[k].text in {".", "!", "?", ";"} or (
            toks[k].text in {"”", "\""} and k + 1 >= hi
        )
        before_quote = self.quotes.ending_at(toks[source_first - 1].end) if (
            source_first > lo) else None
        if not at_end and not continuing and not clause_follows and before_quote is not None and (
                before_quote.start <= toks[lo].start
                or len(self.text[before_quote.start:before_quote.end].split()) >= _TITLE_WORDS_MAX
        ) and not self._programme_title(before_quote.start, before_quote.end):
            # "“...,” Susan said as she left": the quote before is the content (not a
            # programme's title: "on CNN’s “New Day,” Sen. Gillibrand told host Chris Cuomo")
            at_end = True
        if at_end:
            content = None
            if not continuing:
                direction = "backward"
                if source_first > lo:
                    before = toks[source_first - 1]
                    if before.lower in {"than", "as"} and low in _EXPECTING:
                        # "more delegates than her advisers expected", "not as toxic as most
                        # insiders believe": what they expected is the comparison before
                        clause_start = before.start
                    elif before.lower not in {",", ":", "—", "–", "-"} and (
                        before.text not in "”\"'’»"
                    ):
                        # "..., a source close to him said.": the subject runs back to a comma
                        wide = self._subject_after_comma(source_first, lo)
                        lead = self._title_lead_after_quote(source_first, lo) if (
                            wide < 0) else -1
                        if wide < 0 and lead < 0:
                            return []
                        b = self.tok_index(source.end) - 1
                        source = self._mention(max(wide, lead), b)
                        source_first = max(wide, lead)
                        # ("“...,” co-founder Ana Ruiz said": the quotation ends the claim)
                        clause_start = toks[lead].start if lead >= 0 else toks[wide - 1].start
                    content = self._backward_content(s_start, clause_start)
                    if before.lower in {"than", "as"} and content is not None:
                        # "Many speculated ..., but the turnout was higher than most analysts
                        # had forecast": the comparison is the last clause only
                        joints = list(_CLAUSE_JOINT.finditer(content.text))
                        if joints:
                            content = self.trim(content.start + joints[-1].end(), content.end)
                else:
                    content = self._previous_quote(s_start)
            if ambiguous and not (content is not None and (self._quoted(content) or (
                    strong and (toks[source_first].lower not in lx.PRONOUNS
                                or source.end > toks[source_first].end
                                # "..., the paper said. Deaths did not differ ..., it
                                # found.": the "it" of a record just named is the record
                                or source.kind == "document")))):
                return []
        elif toks[k].lower == "," and k + 1 < hi and toks[k + 1].lower in {
                "citing", "quoting", "according"}:
            # "reported, citing people familiar with the matter, that ..."
            m = k + 2
            while m < hi and m < k + 18 and toks[m].lower != ",":
                m += 1
            content = self._forward_content(m + 1, first, s_end, hi) if m < hi else None
            closing = source_first > lo and toks[source_first - 1].lower == "," and (
                low in _CITING_REPORTS)
            if content is not None and closing and m + 1 < hi and toks[m + 1].lower != "that" and (
                    self.quotes.starting_at(toks[m + 1].start) is None):
                # "X won 81%, TNA reported, citing figures from the commission, in a vote
                # ...": what follows the citing phrase is no "that" clause
                content = None
            if content is None and closing:
                # "The talks will resume, Axios reported, citing two sources ...": what is
                # reported comes before the outlet
                content = self._backward_content(s_start, clause_start)
                direction = "backward"
        elif toks[k].lower == ",":
            if k + 1 < hi and self.quotes.starting_at(toks[k + 1].start) is not None:
                content = self._forward_content(k + 1, first, s_end, hi)
            elif k + 1 < hi and speech_participle(toks[k + 1].lower) and (
                source_first > lo and toks[source_first - 1].text in "”\"'’»,"
            ):
                # "“...,” Anderson said, adding that ...": the quote is this cue's content;
                # so is the clause before "..., the person said, adding that ..." and "...,
                # TASS reported on Thursday, describing it as ..." (any participle of speech)
                content = self._backward_content(s_start, clause_start)
                direction = "backward"
            elif source_first > lo and toks[source_first - 1].lower == "," and (
                    k + 1 >= hi or (toks[k + 1].lower not in _NEW_CLAUSE
                                    and not self._time_adjunct(k + 1, hi))):
                content = self.trim(s_start, s_end)
                quote = self.quotes.around(cue.start)
                if quote is not None and quote.closed and s_start <= quote.start and (
                        quote.end < s_end):
                    # "“This young officer, I don’t know what she was thinking,” he said.":
                    # a cue inside the quotation covers the quotation, not its speaker's verb
                    content = self.trim(quote.start, quote.end)
                direction = "cover"
            elif source_first > lo and toks[source_first - 1].lower == ",":
                # "..., the agency said, as forecasters warned that ...": what follows is a
                # clause of its own, not the rest of what the agency said ("..., the company
                # said, in a statement" names where it said it)
                content = self._backward_content(s_start, clause_start)
                direction = "backward"
                if venue is None and k + 1 < hi:
                    venue, _ = self._venue(k + 1, hi, source)
            elif ambiguous:
                return []
            else:
                content = self._forward_content(k + 1, first, s_end, hi)
        elif toks[k].lower == ":":
            content = self._forward_content(k + 1, first, s_end, hi)
            if content is None:
                content = self._next_paragraph_quote(s_end)
        elif not continuing and source_first > lo and toks[source_first - 1].lower == "," and (
                toks[k].lower in _NEW_CLAUSE and toks[k].lower != "in") and not any(
                toks[m].lower == "that" or toks[m].text == "," for m in range(k, hi)) and (
                (clause_before := self._backward_content(s_start, clause_start)) is not None
                and len(clause_before.text.split()) >= 4):
            # "Nepal has agreed to ..., Xinhua reported on Wednesday after talks in Beijing":
            # what follows the inverted cue is when it was said, not what
            content = clause_before
            direction = "backward"
        else:
            content = self._forward_content(k, first, s_end, hi)
        if content is not None and direction in {"forward", "continue"} and (
                source.text.lower() in {"who", "which"} or (
                    # "Lawyers for the businessman, whom the request identifies as Raffaele
                    # Cuomo, 61, did not respond": an object relative clause set off by a
                    # comma ends at its own comma
                    source_first - 2 >= lo and toks[source_first - 1].lower in {"whom", "which"}
                    and toks[source_first - 2].text == ",")):
            content = self._relative_clause_end(content)
        if base == "read" and (source is None or source.kind != "document" or (
                first - 1 >= lo and toks[first - 1].lower in PASSIVE_BE)):
            # "She read the report", "as the verdict was read": reading, not what a record
            # reads
            return []
        if low == "seen" and first == last and last + 1 < hi and (
                toks[last + 1].lower.endswith("ing") or toks[last + 1].lower in {"as", "to"}):
            # "OPEC+ seen weighing deeper output cuts", "Fed seen holding rates": what the
            # market expects of the subject, neither its words nor anyone's named claim
            return []
        if (lx.CUE_VERB_FORMS.get(low) in {"seem", "appear"} and not (
                toks[last].lower == "show" and source.kind == "document")) or (
                source.text.lower() == "it" and base == "feel"):
            # "Sanders appeared to dismiss it": a look, nobody's claim ("Videos posted online
            # appeared to show": what the record shows, hedged)
            source = None
        elif not continuing and (first < last or low[-2:] == "ed" or low in (
                IRREGULAR_PARTICIPLES)) and self._passive(first, last, lo) and (
                toks[last].lower != "saying"):  # "X was quoted as saying": X speaks
            source = self._agent(last + 1, hi)  # "Roof is accused of ...", "... by X"
        if venue is None and content is not None:
            venue, content = self._venue_at_end(content, source)
        if venue is None and content is not None and base in PERSON_OBJECT_VERBS and (
                not content.text.lower().startswith(("that", "“", '"'))):
            venue = self._venue_after_object(content, source)
        if source is not None and direction == "forward":
            found = self._with_document_relay(source, source_first, first, lo, cue, content,
                                              venue, clause_start, continuing)
        else:
            if source is not None and source.kind in OUTLET_KINDS:
                source = self._seen_document(source, source_first, lo)[0]
            found = [Attribution(self.name, cue, "verb", source, content, venue=venue,
                                 direction=direction, clause_start=clause_start)]
        if source is not None and relative_of is not None and _shows_a_source(
                toks[relative_of[0]:relative_of[1] + 1]):
            # "Okonjo, who said ...": the source is shown from the person "who" stands for
            # (its kind came from the antecedent already); the span widens once the field is
            # read, so that contents and nesting still see the pronoun where it stands
            for attribution in found:
                if attribution.source is source:
                    attribution.source_from = toks[relative_of[0]].start
        return found

    def _inverted(self, first: int, last: int, base: str, cue: Span, ambiguous: bool, j: int,
                  lo: int, s_start: int, s_end: int, hi: int, description: str | None
                  ) -> list[Attribution]:
        """The speaker after the cue: "..., said Smith." or "“...,” says the report."."""
        toks = self.tokens
        low = toks[first].lower
        before_ok = j < lo or toks[j].lower in {",", ":"} or (
            toks[j].text in "”\"'’»" and self._closes_a_quotation(j))
        if not before_ok or (ambiguous and low not in _INVERTIBLE) or low.endswith("ing") or (
                base not in _INVERTED_SPEECH):
            return self._sourceless(first, last, base, cue, ambiguous, s_end, hi)
        np = np_after(toks, last + 1, hi, self.units)
        if np is None:
            return self._sourceless(first, last, base, cue, ambiguous, s_end, hi)
        a, b = np
        after = b + 1
        tail = -1
        if after < hi and toks[after].lower not in {",", ".", ";", "!", "?", "in", "on",
                                                   "at", "during", "”", "\"", ")",
                                                   "when", "while", "as", "after",
                                                   "before", "because", "—", "–"}:
            tail = self._source_tail(after, hi)
            if tail < 0:
                return self._sourceless(first, last, base, cue, ambiguous, s_end, hi)
        if after < hi and toks[after].lower == ",":
            description = self._appositive_after(after, hi)
        if tail >= 0:
            # "said a cafe owner near the harbour, who did not want to give her name": the
            # phrase ends at the comma before the relative clause, which is about the speaker
            cut = next((m for m in range(after + 1, tail) if toks[m].text == ","
                        and toks[m + 1].lower == "who"), -1)
            if cut > 0:
                tail, after = cut - 1, cut
        source = self._mention(a, b, description=description)
        if tail >= 0:
            # "said a member of the committee who backs him.": the phrase runs on
            source.end = toks[tail].end
            source.text = self.text[source.start:source.end]
        if after + 1 < hi and toks[after].text == "," and toks[after + 1].lower == "who":
            aside = self.text[toks[after + 1].start:toks[hi - 1].end].rstrip(" .")
            if lx.WITHHELD_NAME.search(aside) and source.entity.plural and source.kind in {
                    "anonymous", "anonymous_described"}:
                # "..., said the officials, who asked not to be identified because ...": why
                # they are unnamed belongs to them, and to "one of the officials" later
                self._withheld(source, aside)
            elif a == b and toks[a].lower == "one" and source.kind == "unresolved" and (
                    lx.WITHHELD_NAME.search(aside)):
                # "..., said one, who asked not to be named": one of a group, unnamed, as
                # "One, who asked not to be named, said" is
                source = self.resolver.withholding_names(
                    source, self.offset + toks[a].start, described=True)
        venue, _ = self._venue(after, hi, source)
        if venue is None and description is not None:
            # "said Rep. Elijah Cummings, the top Democrat on the committee, in a
            # statement": the venue after the speaker's appositive
            close = next((m for m in range(after + 1, min(hi, after + 16))
                          if toks[m].text == ","), -1)
            if close > 0:
                venue, _ = self._venue(close + 1, hi, source)
        clause_start = cue.start
        if j >= lo and toks[j].lower == ",":
            clause_start = toks[j].start
        content = self._backward_content(s_start, clause_start)
        return [Attribution(self.name, cue, "verb", source, content, venue=venue,
                            direction="backward", clause_start=clause_start)]

    def _title_lead_after_quote(self, first: int, lo: int) -> int:
        """"“...,” party secretary-general Mirek Halas said.", "“...,” co-founder Ana Ruiz
        said.": the lowercase title words between a closing quotation and the name are the
        subject's lead; the index of the first, or -1."""
        toks = self.tokens
        k = first - 1
        while k > lo and first - k <= 4 and toks[k].is_word and toks[k].text.islower():
            k -= 1
        if k == first - 1 or k < lo or toks[k].text not in {"”", "\"", "’", "'", ","}:
            return -1
        if not all("-" in t.text or is_role(t) or t.bare in lx.ORG_NOUNS
                   for t in toks[k + 1:first]):
            return -1  # "..., and supporters cheered Halas said": no title
        return k + 1

    def _closes_a_quotation(self, j: int) -> bool:
        """The closing mark at token j ends words someone said ("“..., the math is
        daunting,” said X"), not a name set in quotation marks ('A group calling itself
        "Nightfrost" claimed responsibility'): punctuation before the mark, or a quotation of
        more than a few words."""
        quote = self.quotes.ending_at(self.tokens[j].end)
        if quote is None:
            return True
        inner = quoted_words(self.text, quote)
        before = self.text[:quote.start].rstrip()
        # ... or a quotation opening its sentence ("“We will rebuild” says mayor after flood")
        return inner[-1:] in {",", ".", "?", "!", ";", ":", "—"} or len(inner.split()) > 3 or (
            not before or before[-1] in ".!?:\n")

    def _speaker_after(self, first: int, last: int, base: str, hi: int, lo: int,
                       j: int) -> bool:
        """An inverted speaker follows the cue and ends the clause ("..., said the person,
        who ...", "..., said a spokeswoman."), unless the clause opens on its subject and the
        aside of whom it cites ("MENA, citing an unnamed official, said the vessel, the Aegean
        Dawn, had been anchored ...": the vessel is what MENA said about)."""
        if self._subject_citing_aside(lo, j):
            return False
        return self._inverted_speaker(first, last, base, hi) is not None

    def _subject_citing_aside(self, lo: int, j: int) -> bool:
        """The clause from `lo` to the comma `j` is a noun phrase and the aside of whom it
        cites: "MENA, citing an unnamed health ministry official,"."""
        toks = self.tokens
        comma = next((m for m in range(lo + 1, j) if toks[m].text == ","), -1)
        if comma < 0 or toks[comma + 1].lower not in {"citing", "quoting"}:
            return False
        np = np_before(toks, comma - 1, lo, self.units)
        return np is not None and np[0] == lo

    def _inverted_speaker(self, first: int, last: int, base: str, hi: int
                          ) -> tuple[int, int] | None:
        """The noun phrase of the inverted speaker `_speaker_after` finds, or None."""
        toks = self.tokens
        if first != last or base not in _INVERTED_SPEECH or toks[first].lower.endswith("ing"):
            return None
        np = np_after(toks, last + 1, hi, self.units)
        if np is None or toks[np[0]].lower in {"that", "it", "this", "so", "nothing"}:
            return None
        after = np[1] + 1
        if after < hi and toks[after].text == "," and self._opens_a_listed_subject(after, hi):
            return None
        return np if after >= hi or toks[after].text in {",", ".", "!", "?", ";"} else None

    def _opens_a_listed_subject(self, comma: int, hi: int) -> bool:
        """The phrase before the comma at `comma` opens a list that is the subject of the
        clause said ("..., says the Tessier Lake Times, the Brockhurst Banner and the Vale
        Crossing Advance will publish their final editions"): "and" or "or", one more phrase,
        then a finite verb's auxiliary, with no aside between."""
        toks = self.tokens
        for k in range(comma + 1, min(hi, comma + 30)):
            low = toks[k].lower
            if low in _INVERTED_ASIDE_LEADS or low in {"which", "whose", "whom", ";"}:
                return False
            if low in {"and", "or"}:
                if k == comma + 1:
                    return False  # "..., said the club, and the deal will be signed"
                np = np_after(toks, k + 1, hi, self.units)
                return np is not None and np[1] + 1 < hi and (
                    toks[np[1] + 1].lower in AUXILIARIES)
        return False

    def _post_modified_person(self, a: int, lo: int) -> bool:
        """The phrase at token a ends a person's post-modifier ("people close to owner Maria
        Santangelo saying ...", "a source familiar with the talks saying"): the people are
        the participle's subject, not the sentence's."""
        toks = self.tokens
        widened = post_modified_start(toks, a, lo, self.units)
        if widened >= a:
            return False
        head = toks[widened + 1] if toks[widened].lower in lx.DETERMINERS and (
            widened + 1 < a) else toks[widened]
        return is_role(head) or head.bare in lx.PERSON_NOUNS or head.bare in (
            lx.DESCRIBED_ANONYMOUS_HEADS)

    def _post_modified_record(self, a: int, b: int, lo: int) -> bool:
        """The phrase at token a ends a record's post-modifier ("A ministry field survey
        completed last week found", "A report published in March found"): the record, made
        or released when or where the modifier says, is the subject that makes the ambiguous
        verb a verb of finding."""
        toks = self.tokens
        widened = min(a, post_modified_start(toks, a, lo, self.units))
        return any(toks[h].bare in lx.DOCUMENT_HEADS and not toks[h].is_capitalised
                   and toks[h + 1].lower in DOCUMENT_PARTICIPLES for h in range(widened, b))

    def _fronted_mention(self, a: int, b: int, lo: int) -> Mention:
        """The fronted subject's mention: a name with its parenthesis ("Rep. Sander M. Levin
        (Mich.), a superdelegate supporting Clinton, said") is resolved by the name, and the
        parenthesis kept in its text."""
        toks = self.tokens
        opening = self.opening_paren(b, lo) if toks[b].text == ")" else -1
        if opening <= a:
            return self._mention(a, b)
        source = self._mention(a, opening - 1)
        source.end = toks[b].end
        source.text = self.text[source.start:source.end]
        return source

    def _person_speaks_after(self, first: int, last: int, base: str, hi: int) -> bool:
        """A person or a withheld source follows the cue and ends the clause ("..., said the
        person, who ...", "..., said a senior official."): the inverted speaker, whatever
        appositive stands before the cue's comma."""
        np = self._inverted_speaker(first, last, base, hi) if base != "tell" else None
        toks = self.tokens
        if np is None or toks[np[0]].lower not in lx.DETERMINERS:
            return False  # (after "tell" it is whom he told: "..., told the Monadnock Courier")
        after = np[1] + 1
        if after < hi and toks[after].text == "," and (
                after + 1 >= hi or toks[after + 1].lower not in _INVERTED_ASIDE_LEADS):
            # "..., said the junior partner, the Rural Alliance, would try": what was said
            return False
        if after + 1 < hi and toks[after].text == "," and toks[after + 1].lower == "who":
            close = next((k for k in range(after + 2, min(hi, after + 30))
                          if toks[k].text == ","), None)
            if close is not None and close + 1 < hi and (
                    toks[close + 1].lower in AUXILIARIES or (
                        toks[close + 1].lower in lx.CUE_VERB_FORMS
                        and toks[close + 1].lower.endswith("ed"))):
                # "Pacheco, a truck driver, said his sister, who works at a ministry, had
                # told him ...": the relative closes before the verb of what was said
                return False
        return any(is_role(t) or t.bare in lx.PERSON_NOUNS or t.bare in lx.ANONYMOUS_HEADS
                   or t.bare in lx.DESCRIBED_ANONYMOUS_HEADS for t in toks[np[0]:np[1] + 1])

    def _counted_before(self, first: int, lo: int) -> bool:
        """A number of more than one opens the words before token `first` ("Two current
        Coralline claims", "3,000 claims"): a plural noun follows, not a verb in "-s"."""
        toks = self.tokens
        for j in range(first - 1, max(lo, first - 4) - 1, -1):
            tok = toks[j]
            if (tok.text[:1].isdigit() and tok.text != "1") or (
                    tok.lower in lx.INDEFINITE and tok.lower not in {"a", "an", "one", "another",
                                                                     "some"}):
                return True
            if not tok.is_word or tok.lower in lx.CUE_VERB_FORMS or tok.lower in AUXILIARIES:
                return False
        return False

    def _time_adjunct(self, k: int, hi: int) -> bool:
        """Tokens from k are a time adjunct ("days after the government ordered ...", "hours
        before the vote", "shortly after"): when, not more of what was said."""
        toks = self.tokens
        if toks[k].lower not in _TIME_ADJUNCT_LEADS and not toks[k].text[:1].isdigit():
            return False
        return any(toks[m].lower in {"after", "before", "since", "ahead"}
                   for m in range(k + 1, min(hi, k + 4)))

    def _sourceless(self, first: int, last: int, base: str, cue: Span, ambiguous: bool,
                    s_end: int, hi: int) -> list[Attribution]:
        """A speech verb whose speaker the rules cannot find ("Asked whether ..., ", "... who
        had urged"): the cue and its content, with no source."""
        if ambiguous or base in lx.WEAK_VERBS or base not in lx.SAY_VERBS or (
            first > 0 and self.tokens[first - 1].lower in {"to", "not", "never"}
        ):
            return []
        toks = self.tokens
        if toks[first].lower == "asked" and first == last:
            # "When asked whether ..., most said": the question runs to its comma; "asked
            # by a reporter whether": the one who asked is the source
            q = self._question_after(last + 1, hi)
            if q >= 0:
                source = None
                if toks[last + 1].lower == "by":
                    np = np_after(toks, last + 2, hi, self.units)
                    if np is not None and np[0] < q:
                        source = self._mention(np[0], min(np[1], q - 1))
                end = q + 1
                while end < hi and end < q + 40 and toks[end].text not in {",", ";", "—"}:
                    end += 1
                stop = toks[end].start if end < hi else s_end
                content = self.trim(toks[q].start, stop)
                if content is None:
                    return []
                return [Attribution(self.name, cue, "verb", source, content,
                                    direction="none")]
        agent = self._agent(last + 1, hi) if participle_form(toks[last].lower) else None
        k = self._skip_forward(last + 1, hi)
        if agent is not None:
            # "The campaign, first reported by The Post, is ...": the agent reported it
            return [Attribution(self.name, cue, "verb", agent, None)]
        content = self._forward_content(k, first, s_end, hi)
        if content is None:
            return []
        return [Attribution(self.name, cue, "verb", None, content)]
