"""Subjects: who a cue's clause is about, before the cue ("Marco Rubio flipped ...", "Igor
Korotchenko, a Russian military specialist, stated", "In an interview, the senator said"),
and the agent of a passive ("... was quoted by X").

Part of stage 5 (attributions), read by the cue builders in `verbs.py` and `relays.py`: a
mixin of the field scanner, like `venues.py` and `quotes.py`.
"""

from __future__ import annotations

from . import lexicon as lx
from .entity_table import NAMED_KINDS, Mention
from .phrases import (
    COUNT_AFTER_THE,
    DOCUMENT_PARTICIPLES,
    DOCUMENT_RELAYS,
    INNER_PREPS,
    NAME_PARTICLES,
    PLACING_PREPS,
    RECORD_SOURCE_LINKS,
    compound_modifier,
    is_name_token,
    is_people_head,
    is_record_head,
    is_role,
    np_after,
    np_before,
    post_modified_start,
    record_aside_lead,
)
from .scan import ScanState
from .text import PLURAL_TITLES, Token
from .venues import WHEN_WORDS

LEADING_WORDS = frozenset({
    "but", "and", "yet", "so", "however", "meanwhile", "still", "also", "now", "then",
    "indeed", "instead", "moreover", "further", "furthermore", "separately", "later",
    "earlier", ",", "or", "while", "because", "although", "though",
})

_QUOTE_TOKENS = frozenset({"“", "”", "\"", "‘", "’", "'", "«", "»"})

# Records named by a mass noun, bare as a plural is ("Footage circulating on social media,
# which has not been verified, appears to show")
_MASS_RECORDS = frozenset({"footage", "video", "audio", "data", "imagery", "correspondence"})

_APPOSITIVE_LEADS = frozenset({"a", "an", "the", "who", "whom", "which", "of", "from", "whose",
                               "its", "his", "her", "their", "now", "then", "once", "also",
                               # "A police officer, speaking on condition of anonymity, said"
                               "speaking", "talking", "requesting", "asking", "insisting"})

#: Prepositions whose object ends a role appositive ("a supporter of X", "a candidate for Y").
_APPOSITIVE_PREPOSITIONS = frozenset({"of", "for", "to", "at", "in", "on", "with", "from",
                                      "about", "against", "over"})
# Words that are no part of a descriptor before a name ("sportswear brand Kestrel"):
# "reviewed by Reuters", "based in Lisbon" describe something else
_DESCRIPTOR_STOPS = frozenset({"by", "of", "in", "at", "for", "to", "from", "with", "on",
                               "and", "or", "as", "who", "which", "that"})


def _descriptor_head(segment: list[Token]) -> bool:
    """The last lowercase word before the name says what kind of body or person it is
    ("sportswear brand Kestrel", "trade publication BioMarket Daily", "drugmaker Pfizer")."""
    common = [t for t in segment if not is_name_token(t)]
    head = common[-1].bare if common else ""
    return head in lx.ORG_NOUNS or head in lx.OUTLET_NOUNS or head.endswith("maker") or (
        is_role(common[-1]) if common else False)




_COMPASS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast",
                      "southwest", "north-east", "north-west", "south-east", "south-west"})
_DISTANCES = frozenset({"km", "kilometres", "kilometers", "miles", "mi"})


def _titled_name(segment: list[Token]) -> bool:
    """"Monash University climate scientist Priya Conlan": a name of two words or more after
    the role that titles it, itself after the body it works for (capitalised words only)."""
    if len(segment) < 4 or not (is_name_token(segment[-1]) and is_name_token(segment[-2])):
        return False
    lower = [i for i, t in enumerate(segment) if not t.is_capitalised]
    if not lower or not is_role(segment[lower[-1]]) or lower[-1] > len(segment) - 3:
        return False
    return all(t.is_word and (t.is_capitalised or (
        t.text.islower() and t.lower not in lx.CUE_VERB_FORMS
        and t.lower not in _DESCRIPTOR_STOPS)) for t in segment)


def _office_titled_name(segment: list[Token]) -> bool:
    """"Finance Minister Rehema Mwakyusa", "Deputy Health Secretary Ann Hale": a capitalised
    office (the portfolio before its title) and then the name."""
    first = next((i for i, t in enumerate(segment) if is_name_token(t)), -1)
    return 1 < first <= 4 and is_role(segment[first - 1]) and all(
        t.is_word and t.is_capitalised and t.lower not in lx.DETERMINERS
        for t in segment[:first]) and all(
        is_name_token(t) or t.text == "." for t in segment[first:])


def _names_joined(segment: list[Token]) -> bool:
    """"Cr Marcus Odell and Cr Janine Freer", "Sen. Tom Hale and Sen. Ann Ray": two names of
    capitalised words joined by "and" (the people a phrase before them counted)."""
    joints = [i for i, t in enumerate(segment) if t.lower == "and"]
    if len(joints) != 1 or not 1 < joints[0] < len(segment) - 2:
        return False
    parts = (segment[:joints[0]], segment[joints[0] + 1:])
    return all(len([t for t in part if t.is_word]) >= 2 and is_name_token(part[-1]) and all(
        is_name_token(t) or t.text == "." or (i == 0 and (
            is_role(t) or t.bare in lx.PERSON_TITLES)) for i, t in enumerate(part))
        for part in parts)


def _place_aside(segment: list[Token]) -> bool:
    """The segment places a place ("east of Perth", "about 40 km north of the capital")."""
    words = [t.lower for t in segment if t.is_word]
    if len(words) < 3:
        return False
    if words[0] in _COMPASS and words[1] == "of":
        return True
    return any(w in _DISTANCES for w in words[:4]) and any(w in _COMPASS or w in {"from"}
                                                           for w in words[:6])


# What may place a place: "a teacher in Austin", "a farmer near Salina", "a nurse from Toledo"
_PLACING = frozenset({"in", "near", "from", "outside", "of"})
# First words of two-word states and countries ("New York", "South Carolina", "Rhode Island")
_PLACE_FIRSTS = frozenset({"New", "North", "South", "West", "East", "Rhode"})


def _year(tok: Token) -> bool:
    """A year as news copy writes it ("2023")."""
    return len(tok.text) == 4 and tok.text.isdigit() and tok.text[:2] in {"19", "20"}


def _date_word(tok: Token) -> bool:
    """A word of a written date or period: a month, its abbreviation's point, a day or a year
    ("Nov. 28", "March 10", "October", "2023")."""
    return tok.lower in lx.MONTH_WORDS or tok.text == "." or (
        tok.text.isdigit() and len(tok.text) <= 4)


_CLOCK_WORDS = frozenset({"a.m.", "p.m.", "am", "pm", "gmt", "utc", "noon", "midnight"})


def _clock_word(tok: Token) -> bool:
    """A word of a time of day as news copy writes it ("8:15 a.m.", "10 p.m. GMT")."""
    return tok.text == ":" or tok.lower in _CLOCK_WORDS or (
        tok.text.isdigit() and len(tok.text) <= 2)


# The periods a record covers ("for the year to March 2024", "for the quarter ended June 30")
_PERIOD_NOUNS = frozenset({"year", "quarter", "half", "period", "months", "weeks", "season"})


def _place_continued(before: list[Token], segment: list[Token]) -> bool:
    """The segment after a comma goes on with the place that ends the phrase before it ("in
    Austin, Texas", "near Salina, Kan.", "from Lyon, France"): one capitalised word, an
    abbreviation with its points, or a two-word state, after a place preposition and a name;
    a person's appositive name ("The mayor of Springfield, Tom Hale") has two words or more,
    and "of the European Centre, Ina Kirsch" names no bare place."""
    words = [t for t in segment if t.text != "."]
    if not words or len(words) > 2 or not all(is_name_token(t) for t in words):
        return False
    if len(words) == 2 and words[0].text not in _PLACE_FIRSTS:
        return False
    names = 0
    for t in reversed(before):
        if is_name_token(t):
            names += 1
            continue
        return names > 0 and t.lower in _PLACING
    return False


def _described_name(segment: list[Token]) -> bool:
    """Common nouns that say what a name is, then the name ("sportswear brand Kestrel",
    "investment fund Nordvest Capital Partners")."""
    return len(segment) > 1 and is_name_token(segment[-1]) and not is_name_token(
        segment[0]) and segment[0].lower not in lx.DETERMINERS and (
        _descriptor_head(segment)) and all(
        t.is_word and (is_name_token(t) or (
            t.text.islower() and t.lower not in lx.CUE_VERB_FORMS
            and t.lower not in _DESCRIPTOR_STOPS
            and not t.lower.endswith(("ed", "ing"))))
        for t in segment)


def _place_name(tok: Token) -> bool:
    """A capital city or a country written as a name ("Tehran", "Paris"): the lexicon holds
    them as a government's metonyms, so they are no plain name tokens."""
    return tok.is_capitalised and tok.bare in lx.COUNTRY_NAMES


# Words that open an adjunct, never a subject, after a comma ("..., with regions ignoring ...",
# "..., despite warnings ...")
_ADJUNCT_OPENERS = frozenset({"with", "without", "despite", "including", "amid", "after",
                              "before", "while", "although", "though", "because", "since",
                              "unless", "until", "from", "into", "under", "over", "through"})


def _signed_by_aside(toks: list[Token], comma: int, floor: int) -> bool:
    """The comma at `comma` closes part of a record's participial aside ("The filing, signed by
    its vice president, ..."): the nearest comma before it follows a record's head noun and
    opens on a participle."""
    for c in range(comma - 1, max(floor, comma - 16), -1):
        if toks[c].text == "," and c - 1 >= floor and c + 1 < comma:
            head = toks[c - 1]
            lead = toks[c + 2] if toks[c + 1].lower in lx.RECORD_ASIDE_ADVERBS and (
                c + 2 < comma) else toks[c + 1]
            aside = toks[c + 1:comma]
            # "The Kenya Federation of Sugarcane Growers, in a statement signed by its
            # secretary-general, Hezron Makokha, said": the venue's record and who signed it
            venue_signed = aside[0].lower in {"in", "through"} and any(
                is_record_head(aside[m]) and aside[m + 1].lower in _SIGNING
                for m in range(1, len(aside) - 1))
            return (is_record_head(head) and record_aside_lead(lead)) or venue_signed
    return False


# Participles of who put their name to a record ("signed by", "issued by")
_SIGNING = frozenset({"signed", "issued", "written", "released", "co-signed"})


def _possessor_only(phrase: list[Token]) -> bool:
    """Every name of the phrase is a possessor and a common noun heads it ("Ostrowski's public
    defender", "Acme's founder"), or a possessive opens it ("His Tanzanian counterpart", "Her
    deputy"): a description of someone, not a name."""
    possessive = phrase[0].lower in lx.POSSESSIVE_DETERMINERS
    names = [i for i, t in enumerate(phrase) if is_name_token(t) and not (
        possessive and (t is phrase[0] or t.bare in lx.NATIONALITIES))]
    # the last word of each run of names is the possessive ("Pendlemoor Borough Council's
    # cabinet member for environment": one possessor of three words)
    run_ends = [i for i in names if i + 1 not in names]
    owned = phrase[run_ends[-1] + 1:] if run_ends else phrase
    # the head of what is owned, before any phrase after it ("cabinet member" of "cabinet
    # member for environment")
    owned_head = next((owned[i - 1] for i in range(1, len(owned))
                       if owned[i].lower in _APPOSITIVE_PREPOSITIONS), owned[-1] if owned else None)
    head = phrase[-1]
    return (bool(names) or possessive) and head.is_word and head.text[:1].islower() and all(
        phrase[i].lower.endswith(("'s", "’s")) for i in run_ends) and not (
        # "Iran's oil ministry news service, Shana,": a body or an outlet, named after (not
        # "Pendlemoor Borough Council's cabinet member for environment": a person's post)
        owned_head is not None and (owned_head.bare in lx.ORG_NOUNS
                                    or owned_head.bare in lx.OUTLET_NOUNS
                                    or owned_head.bare in lx.DOCUMENT_HEADS))


def _list_tail(segment: list[Token]) -> bool:
    """The segment ends a list of names ("Britain and France" of "routes between Ireland,
    Britain and France"): capitalised words joined by "and" or "or", nothing else."""
    if not 3 <= len(segment) <= 8 or segment[0].text.rstrip(".") in PLURAL_TITLES:
        return False  # "..., Drs. Laura Chen and Michael Pardo,": people the aside names
    joins = [i for i, t in enumerate(segment) if t.lower in {"and", "or"}]
    return len(joins) == 1 and 0 < joins[0] < len(segment) - 1 and all(
        i == joins[0] or t.is_capitalised or t.lower == "the" or t.text in {"&", "."}
        for i, t in enumerate(segment))


def _record_head(before: list[Token]) -> int:
    """The index in `before` (the tokens before an aside's comma) of the record's head noun:
    the last token ("The report, released on Tuesday,"), or a head noun followed by what
    dates or credits it ("An internal report dated Jan. 30", "A survey of estate agents by the
    Royal Institution of Chartered Surveyors"); -1 when there is none."""
    if not before:
        return -1
    if before[-1].bare in lx.DOCUMENT_HEADS:
        return len(before) - 1
    head = next((i for i in range(len(before) - 2, max(-1, len(before) - 10), -1)
                 if is_record_head(before[i])), -1)
    if head < 0 or before[head + 1].lower not in _RECORD_TAILS or any(
            not t.is_word and t.text not in {".", "-", "’s", "'s", "&"}
            for t in before[head + 1:]):
        return -1
    return head


# Prepositions that place or credit what a participle describes (", held in the gym,",
# ", compiled from monitors fitted to outfalls,")
_ASIDE_PREPOSITIONS = frozenset({"in", "at", "on", "by", "from", "near", "inside", "outside",
                                 "under", "during", "across", "behind",
                                 # ", filed with the Charity Commission in January,", ", sent
                                 # to staff,", ", prepared for the council,"
                                 "with", "to", "for", "after", "before"})


def _participle_aside(segment: list[Token]) -> bool:
    """The comma-set segment opens on a past participle (after an adverb, if any) with a
    preposition among its next two words (", held in the gym of the Holloway recreation
    center,", ", apparently shot minutes after the crash,"): it describes the phrase before
    it, as a relative clause would."""
    if segment and segment[0].lower.endswith("ly") and segment[0].text.islower():
        segment = segment[1:]  # ", apparently shot minutes after the crash,"
    if len(segment) < 3:
        return False
    lead = segment[0]
    return lead.is_word and lead.text.islower() and (
        lead.lower in lx.IRREGULAR_RECORD_PARTICIPLES or (
            lead.lower.endswith("ed") and len(lead.lower) > 4)) and any(
        t.lower in _ASIDE_PREPOSITIONS for t in segment[1:3])


def _record_aside(segment: list[Token], before: list[Token]) -> bool:
    """The comma-set segment is a participial aside after a record's phrase (", released last
    week,", ", first obtained by the BBC,"): the record is the subject of the verb after it."""
    if len(segment) < 2 or _record_head(before) < 0:
        return False
    lead = segment[1] if segment[0].lower in lx.RECORD_ASIDE_ADVERBS else segment[0]
    return record_aside_lead(lead)


# What follows a record's head noun to date or credit it ("a memo dated Jan. 9", "a survey
# of agents by the institution", "a report from the agency")
_RECORD_TAILS = frozenset({"dated", "by", "of", "from", "for", "on"})


# Words that carry an inverted speaker's phrase on to the end of the sentence ("said a
# member of the committee who backs him", "said a woman near the scene", "said a
# shopkeeper outside the station")
_TAIL_OPENERS = frozenset({"(", "from", "of", "who", "whose", "that", "with", "for", "at", "near",
                           "outside", "inside", "among", "behind", "across", "along"})

_GROUP_KINDS = frozenset({"anonymous", "anonymous_described", "vague", "unresolved"})
# What opens a description of someone, not a name ("An Arab diplomat based in Cairo", "The
# owner of a guest house in St Ives")
_DESCRIPTION_OPENERS = frozenset({"a", "an", "the", "one", "another"})
# Participles that open an aside naming whom the subject cites ("Xinhua, citing ...,")
_CITING_LEADS = frozenset({"citing", "quoting"})
_PARTICIPLE_LEADS = frozenset({"speaking", "talking", "requesting", "asking", "insisting",
                               # "A senior official, briefing reporters on background, said"
                               "briefing"})
# ", based in Bahrain,", ", founded in 1998,", ", owned by the state,": a past participle
# describing the subject before it, as a relative clause would
_DESCRIBING_PARTICIPLES = lx.DESCRIBING_PARTICIPLES

# Words that open a fronted clause or phrase before the subject ("Once he was president,
# Obama ...", "In Iowa, Cruz ...").
_SUBORDINATORS = frozenset({"once", "after", "before", "when", "while", "as", "since", "if",
                            "although", "though", "because", "despite", "in", "on", "at",
                            "during", "with", "without", "unlike", "like", "for", "from"})

# Verbs of speech whose clause may open on a described subject ("said his sister, who ...,")
_SPEECH_BEFORE_A_CLAUSE = frozenset({"said", "says", "added", "recalled", "explained"})

PASSIVE_BE = frozenset({"is", "was", "are", "were", "be", "been", "being"})


def _with_counted_article(toks: list[Token], a: int, lo: int) -> int:
    """Token a, or the "the" before it when a counts the phrase ("The two people")."""
    if a - 1 >= lo and toks[a - 1].lower == "the" and toks[a].lower in COUNT_AFTER_THE:
        return a - 1
    return a


def _bare_infinitive(tok: Token) -> bool:
    """Can the word after "to" be a verb ("to leave", "to pay"), not the hearer ("to
    residents", "to anyone", "to the court")?"""
    low = tok.lower
    return tok.is_word and tok.text.islower() and low not in lx.DETERMINERS and (
        low not in lx.PRONOUNS) and not low.endswith("one") and not (
        low.endswith("s") and not low.endswith(("ss", "us")))


# Participles of an instruction, whose hearer stands before them when no "be" does ("people
# told to leave", "residents urged to stay indoors")
_INSTRUCTED = frozenset({"told", "ordered", "asked", "urged", "advised", "instructed"})

IRREGULAR_PARTICIPLES = frozenset({"known", "seen", "thought", "said", "told", "written",
                                    "shown", "found", "heard", "understood", "spoken",
                                    # "Rain is forecast for Thursday", "The damage was put at
                                    # $2 million": the thing forecast, not who forecasts it
                                    "forecast", "broadcast", "put"})

# Counts that head a phrase of people: "Hundreds of French farmers", "Dozens of residents"
_COUNTS = frozenset({"hundreds", "thousands", "dozens", "scores", "millions", "tens"})


PERSONAL_PRONOUNS = frozenset({"he", "she", "they"})
# Words of a time phrase between a conjunction and its clause's subject ("and this month he")
_CLAUSE_TIME_WORDS = frozenset({"then", "now", "later", "this", "last", "on", "in"})


def participle_form(low: str) -> bool:
    return low in IRREGULAR_PARTICIPLES or (low.endswith("ed") and low in lx.CUE_VERB_FORMS)

_TIME_NOUNS = lx.TIME_NOUNS

_TIME_LEADS = frozenset({"on", "in", "during", "by", "at", "early", "late", "last", "this",
                         "next", "earlier", "later"})



class SubjectScan(ScanState):
    """Finds the subject of the clause of a cue and the agent of a passive."""

    def _appositive_name(self, k: int, lo: int) -> tuple[int, int] | None:
        """The name before the comma that opens an appositive running up to token k ("Richard
        Uihlein, a manufacturer and conservative activist", "Sen. Kirsten Gillibrand (D-N.Y.),
        a supporter of ..."), with the name's parenthesis."""
        toks = self.tokens
        j = k - 1
        while j > lo and k - j <= 20 and toks[j].lower not in {".", ";", "but"}:
            if toks[j].lower == ",":
                end = j - 1
                name_end = self.name_before_paren(end, lo)
                if name_end >= 0:
                    np = np_before(toks, name_end, lo, self.units)
                    return (np[0], end) if np is not None else None
                if is_name_token(toks[end]):
                    return np_before(toks, end, lo, self.units)
            j -= 1
        return None

    def _unclosed_appositive_holder(self, a: int, lo: int) -> tuple[int, int] | None:
        """"Sen. Kirsten Gillibrand (D-N.Y.), a supporter of Clinton's bid for the presidency
        told host Chris Cuomo": the noun phrase before the verb (token a on) is the object of a
        preposition inside an appositive whose closing comma is missing, so the subject is the
        name the appositive describes, or None."""
        toks = self.tokens
        if a - 2 > lo and toks[a - 1].text == "," and toks[a].lower in {"a", "an", "the"} and (
                is_name_token(toks[a - 2])):
            # "Doug Andres, a spokesman for House Speaker Paul Ryan told the Post": the phrase
            # before the verb is the appositive itself
            name = np_before(toks, a - 2, lo, self.units)
            before = toks[name[0] - 1] if name is not None and name[0] > lo else None
            if name is not None and not (before is not None and before.is_word
                                         and before.lower not in LEADING_WORDS):
                return name
            return None
        if a - 1 <= lo or toks[a - 1].lower not in _APPOSITIVE_PREPOSITIONS:
            return None
        name = self._appositive_name(a, lo)
        if name is None:
            return None
        comma = name[1] + 1
        if comma + 1 >= a or toks[comma].text != "," or not (
                toks[comma + 1].lower in {"a", "an", "the"} or is_role(toks[comma + 1])):
            return None
        if any(not t.is_word and t.text not in {"-", "'", "’"} for t in toks[comma + 1:a]):
            return None  # the appositive runs on without a break up to the verb
        before = toks[name[0] - 1] if name[0] > lo else None
        if before is not None and before.is_word and before.lower not in LEADING_WORDS:
            return None  # "In Washington, a spokesman for ...": a place, not the subject
        return name

    def unnamed_if_withheld(self, mention: Mention, a: int, b: int, clause: str) -> Mention:
        """The described person of tokens a..b whose aside or relative clause withholds the
        name ("An Arab diplomat based in Cairo, who spoke on condition of anonymity", "The
        manager of a hotel in Binz, who asked not to be named"): unnamed, whatever place or
        body the phrase names; any other mention as it is."""
        if self._describes_a_person(a, b) and lx.WITHHELD_NAME.search(clause):
            return self.resolver.withholding_names(
                mention, self.offset + self.tokens[a].start, described=True)
        return mention

    def _describes_a_person(self, a: int, b: int) -> bool:
        """Tokens a..b describe someone rather than name them: they open on an article or
        "one" and hold a role or a person noun ("An Arab diplomat based in Cairo", "The owner
        of a guest house in St Ives"; not "the Covington plant")."""
        toks = self.tokens
        return toks[a].lower in _DESCRIPTION_OPENERS and any(
            t.text.islower() and (is_role(t) or t.bare in lx.PERSON_NOUNS)
            for t in toks[a + 1:b + 1])

    @staticmethod
    def _withheld(mention: Mention, aside: str) -> None:
        """Why the source is unnamed ("who declined to give his name", "speaking on condition
        of anonymity") belongs to the source, and to its entity, so that "one of them" later
        is the same confidential source; a source typed named or vague keeps its words."""
        if mention.kind not in {"anonymous", "anonymous_described"}:
            return
        mention.description = f"{mention.description or mention.text}, {aside}"
        entity = mention.entity
        if entity is not None and aside not in (entity.description or ""):
            entity.description = f"{entity.description or mention.text}, {aside}"

    def _source_tail(self, k: int, hi: int) -> int:
        """The last token of a source phrase that runs from token k ("(D-Va.)", "from
        Ohio", "who backs him") to the end of the sentence, or -1."""
        toks = self.tokens
        if toks[k].lower not in _TAIL_OPENERS:
            return -1
        end = k
        while end < hi and end < k + 30:
            tok = toks[end]
            if tok.text in _QUOTE_TOKENS or tok.text in {";", ":"}:
                return -1
            if tok.text in {".", "!", "?"} and end + 1 >= hi:
                break
            end += 1
        if end >= k + 30 or end == k:
            return -1
        return end - 1

    def _passive(self, first: int, last: int, lo: int) -> bool:
        """The cue is a participle after a form of "be" ("is expected to", "was asked")."""
        toks = self.tokens
        if first < last and toks[first].lower in PASSIVE_BE:
            return participle_form(toks[first + 1].lower)
        if first == last and toks[first].lower in {"accused", "suspected"} and (
                last + 1 < len(toks) and toks[last + 1].lower == "of"):
            return True  # "11 other officers accused of plotting": the accused, not accusers
        if first == last and toks[first].lower in _INSTRUCTED and last + 2 < len(toks) and (
                toks[last + 1].lower == "to") and _bare_infinitive(toks[last + 2]):
            # "Several hundred people told to leave their homes gathered": who was told, as in
            # "were told to leave"; the active verb has its hearer after it ("told them to")
            return True
        if not participle_form(toks[first].lower) or toks[first].lower == "quoted":
            return False
        k = first - 1
        while k >= lo and k > first - 4 and (toks[k].lower in {"not", "also", "never", "n't",
                                                               "n’t", "widely", "often",
                                                               "first", "later", "since",
                                                               "previously", "initially"}
                                             or toks[k].lower.endswith("ly")):
            k -= 1
        return k >= lo and toks[k].lower in PASSIVE_BE

    def _agent(self, k: int, hi: int) -> Mention | None:
        """The "by" phrase after a passive cue, within a few words: its source."""
        toks = self.tokens
        for m in range(k, min(hi, k + 6)):
            if toks[m].lower == "by":
                np = np_after(toks, m + 1, hi, self.units)
                if np is not None and (toks[np[1]].lower in WHEN_WORDS or toks[np[1]].lower in (
                        _TIME_NOUNS) or toks[np[1]].text[:1].isdigit()):
                    return None  # "due to be announced by Friday", "to rule by summer"
                return self._mention(np[0], np[1]) if np is not None else None
            if not toks[m].is_word:
                return None
        return None

    def _past_fronted_time(self, lo: int, j: int) -> int:
        """The first token after a time phrase that opens the sentence and ends at a comma
        before token j ("Hours later, Russia's state news agency TASS, citing ..., reported",
        "On Thursday, the Arizona Ledger, citing ..., reported"): the phrase is no name an
        appositive describes. `lo` itself when there is none."""
        toks = self.tokens
        comma = next((c for c in range(lo + 1, min(j, lo + 6)) if toks[c].text == ","), -1)
        if comma < 0:
            return lo
        words = toks[lo:comma]
        timely = any(t.lower in lx.TIME_WORDS or t.lower in _TIME_NOUNS for t in words)
        plain = all(t.is_word and (t.text.islower() or i == 0 or t.lower in lx.TIME_WORDS
                                   or t.lower in lx.MONTH_WORDS or t.text.isdigit())
                    for i, t in enumerate(words))
        first = words[0].lower
        return comma + 1 if timely and plain and first not in lx.DETERMINERS and (
            first in _TIME_LEADS or first in lx.TIME_WORDS or words[0].text.isdigit()
            or first in {"hours", "minutes", "days", "weeks", "moments", "shortly", "soon"}
        ) else lo

    def _past_time_phrase(self, k: int, j: int, last: int,
                          also: frozenset[str] = frozenset()) -> int:
        """The first token from k (before j, at most up to `last`) past a time phrase ("On
        Sunday morning", "this month"; words in `also` count as part of it)."""
        toks = self.tokens
        while k < j and k <= last and (toks[k].lower in lx.TIME_WORDS or toks[k].lower in (
                WHEN_WORDS) or toks[k].lower in also):
            k += 1
        return k

    def coordinated_pronoun(self, lo: int, j: int) -> tuple[int, int] | None:
        """The pronoun opening the last clause joined by ", and" or "— but" before `j`: "Gawker
        set a trap for him — and this month he fell for it by retweeting ...": he retweeted,
        not the sentence's first subject. A time phrase may stand between the two ("and this
        month he", "but on Friday she")."""
        toks = self.tokens
        for c in range(j - 1, lo, -1):
            if toks[c].lower not in {"and", "but"} or toks[c - 1].text not in {",", "—", "–"}:
                continue
            k = self._past_time_phrase(c + 1, j, c + 4, _CLAUSE_TIME_WORDS)
            return (k, k) if k < j and toks[k].lower in PERSONAL_PRONOUNS else None
        return None

    def _clause_subject(self, lo: int, j: int) -> tuple[int, int] | None:
        """The subject at the start of the clause [lo, j): a pronoun, an outlet, or a noun
        phrase cut after its last name or role word ("Marco Rubio flipped ..." -> Marco Rubio)."""
        toks = self.tokens
        a = lo
        while a < j and toks[a].lower in LEADING_WORDS:
            a += 1
        if a >= j:
            return None
        for d in range(a, min(j, a + 14)):
            # "PARIS (AP) — France's Le Pen voiced ...", "PHOENIX, May 8 (Wire) - A federal
            # judge ...": past the dateline (a city in capitals, then date and agency)
            if toks[d].text in {"—", "–", "--"} or (toks[d].text == "-" and d > a + 1 and (
                    toks[a].text.isupper() and len(toks[a].text) > 1)):
                city = a  # "NEW YORK, April 3 -": the city in capitals, one word or more
                while city < d and toks[city].is_word and toks[city].text.isupper():
                    city += 1
                if all(not t.is_word or t.text.isupper() for t in toks[a:d]) or (
                        city > a and toks[city].text in {",", "("} and all(
                            not t.is_word or t.is_capitalised or t.text[:1].isdigit()
                            for t in toks[a:d])):
                    a = d + 1
                break
        if a + 4 < j and a == lo and any(toks[d].text == ":" for d in range(a + 1, a + 4)) and (
                toks[a].is_capitalised):
            colon = next(d for d in range(a + 1, a + 4) if toks[d].text == ":")
            if all(t.is_word and t.lower not in lx.CUE_VERB_FORMS for t in toks[a:colon]):
                a = colon + 1  # "Campaign funding: The Sanders campaign wants ...": a label
        if a >= j:
            return None
        comma = next((c for c in range(a + 1, min(j, a + 8)) if toks[c].text == ","), -1)
        if comma > a and any(t.lower in lx.TIME_WORDS or t.lower in _TIME_NOUNS
                             for t in toks[a:comma]) and not any(
                is_name_token(t) or t.lower in lx.CUE_VERB_FORMS for t in toks[a:comma]):
            a = comma + 1  # "A few days later, Trump reversed himself, telling CBS ..."
        k = self._past_time_phrase(a, j, a + 4)
        if a < k < j and (a == lo or toks[a - 1].lower in _TIME_LEADS):
            a = k  # "On Sunday morning Mr. Trump made ..., writing": past the time phrase
        if toks[a].lower.endswith("ing") or toks[a].lower in _SUBORDINATORS or (
                toks[a].lower in {"here", "there"}):
            # "Walking to the door, Ebeling ...", "Once he was president, Obama ..."
            comma = a + 1
            while comma < j and comma < a + 20 and toks[comma].text != ",":
                comma += 1
            if comma + 1 >= j or toks[comma].text != ",":
                return None
            a = comma + 1
        low = toks[a].lower
        if low in lx.PRONOUNS:
            return (a, a) if low not in {"who", "which", "it", "you"} else None
        if a in self.units.by_start:
            b = self.units.by_start[a]
            return (a, b) if b < j else None
        np = np_after(toks, a, j, self.units)
        if np is None:
            return None
        b = np[1]
        if b == a and toks[a].lower in _COUNTS and b + 2 < j and toks[b + 1].lower == "of":
            counted = np_after(toks, b + 2, j, self.units)
            if counted is not None:
                b = counted[1]  # "PARIS - Hundreds of French farmers blocked ..., saying"
        if b + 2 < j and toks[b + 1].lower == "and" and is_role(toks[b]) and not any(
                is_name_token(t) for t in toks[a:b + 1]):
            # "Former prosecutor and New York City Mayor Rudy Giuliani ...": two titles of
            # the one person named after them
            second = np_after(toks, b + 2, j, self.units)
            if second is not None and is_name_token(toks[second[1]]):
                b = second[1]
        while b >= a and not (is_name_token(toks[b]) or is_role(toks[b])
                              or b in self.units.by_end or toks[b].bare in lx.OUTLET_NOUNS
                              or toks[b].bare in lx.ORG_NOUNS
                              # "A ministry crop assessment dated March 9 ... and warned"
                              or (b > a and toks[b].bare in lx.DOCUMENT_HEADS
                                  and not toks[b].is_capitalised)):
            b -= 1
        return (a, b) if b >= a else None

    def _subject_after_comma(self, first: int, lo: int) -> int:
        """The first token after the comma that a subject ending a sentence starts at
        ("..., teachers and union officials told POLITICO."), or -1."""
        toks = self.tokens
        k = first - 1
        while k >= lo and k > first - 14:
            tok = toks[k]
            if tok.text == ",":
                if k + 1 < first and toks[k + 1].lower in _ADJUNCT_OPENERS:
                    # "..., with some regions rarely following up on deficiencies they had
                    # identified.": a phrase opening on a preposition is no subject, and its
                    # verb closes a relative clause, not a report
                    return -1
                return k + 1 if k + 1 < first else -1
            if tok.text in _QUOTE_TOKENS or tok.text in {";", ":", ".", "?", "!"} or (
                    tok.lower in lx.CUE_VERB_FORMS and not tok.is_capitalised
                    and tok.lower not in lx.AMBIGUOUS_FORMS) or tok.lower in {"that", "which"}:
                return -1
            k -= 1
        return -1

    def _fronted_subject(self, lo: int, j: int) -> tuple[int, int] | None:
        """"Pantucci, at the Royal United Services Institute, said", "Ted Cruz, by contrast,
        wrote": a named subject opening the sentence, set off by a comma from its verb."""
        toks = self.tokens
        a = self._past_fronted_time(lo, j)  # "Hours later, TASS, citing ..., reported"
        while a < j and toks[a].lower in LEADING_WORDS:
            a += 1
        if a < j and (toks[a].lower.endswith(("ing", "ed")) or toks[a].lower in _SUBORDINATORS):
            # "Reached by phone on Tuesday, Joyce — who ... — told"
            comma = a + 1
            while comma < j and comma < a + 30 and toks[comma].text != ",":
                comma += 1
            a = comma + 1 if comma < j and toks[comma].text == "," else j
            while a < j and toks[a].text in _QUOTE_TOKENS:
                a += 1  # "During an interview on “MSNBC Live,” Lehel ... stated"
        if a >= j or j - a > 40:
            return None
        np = np_after(toks, a, j, self.units)
        if np is None:
            return None
        b = np[1]
        while b > a and toks[b].text in {"-", "—", "–"}:
            b -= 1
        after = b + 1
        if after < j and toks[after].text == "(":
            while after < j and after < b + 10 and toks[after].text != ")":
                after += 1
            after += 1
        if after >= j or toks[after].text not in {",", "—", "–", "-"}:
            return None
        if any(t.text in {";", ":"} for t in toks[after:j]) or (
                toks[after].text != "," and toks[j].text != toks[after].text):
            return None  # "Trump - who said X - said": the dashes pair
        named = any(is_name_token(t) for t in toks[a:b + 1]) or b in self.units.by_end or (
            toks[b].bare in lx.PERSON_NOUNS or is_role(toks[b])
            or toks[b].bare in lx.DOCUMENT_HEADS or toks[b].bare in lx.OUTLET_NOUNS
            or toks[b].bare in lx.GOVERNMENT_HEADS)
        if not named:
            return None
        if after > b + 1:
            return a, after - 1  # with its parenthesis: "Sen. Jack Reed (D-R.I.)"
        return a, b

    def _strong_subject(self, a: int, b: int) -> bool:
        """A subject that makes an ambiguous form a verb: pronoun, name, outlet or document."""
        toks = self.tokens
        last = toks[b]
        return (
            (a == b and last.lower in lx.PRONOUNS)
            or is_name_token(last)
            or b in self.units.by_end
            or last.bare in lx.DOCUMENT_HEADS
            or last.bare in lx.OFFICIAL_ROLES
            or last.bare in lx.EXPERT_ROLES
            or last.bare in lx.DESCRIBED_ANONYMOUS_HEADS
            or last.bare in lx.ANONYMOUS_HEADS
            or last.bare in lx.PERSON_NOUNS
            or last.bare in lx.VAGUE_HEADS
            or last.bare in lx.GOVERNMENT_HEADS
            or last.bare in lx.OUTLET_NOUNS
            or last.bare in lx.ORG_NOUNS  # "The institute forecast ...", "the company"
            or any(t.text[:1].isdigit() or t.bare in lx.QUANTITY_HEADS for t in toks[a:b + 1])
            # "Figures from the East African Community secretariat show": a record heads it,
            # its source after "from", "of" or "by", or what it covers or where it is kept
            # ("Filings in the bankruptcy case show", "Records in the agency's online mine
            # data system show")
            or self._record_heads_phrase(a, b)
        )

    def _record_heads_phrase(self, a: int, b: int) -> bool:
        """The phrase a..b opens with a record's head noun (after at most three determiners,
        possessives or lowercase modifiers) followed by a preposition of its source or scope."""
        toks = self.tokens
        for h in range(a, min(b - 1, a + 4)):
            if toks[h].bare in lx.DOCUMENT_HEADS and toks[h + 1].lower in RECORD_SOURCE_LINKS:
                return all(t.lower in lx.DETERMINERS or t.lower.endswith(("'s", "’s")) or (
                    t.is_word and t.text.islower()) for t in toks[a:h])
        return False

    def strong_placed_head(self, a: int, b: int) -> bool:
        """The phrase is a group of people placed by where they are: its first word (an
        article, a capitalised word, a modifier) and lowercase modifiers before a head of
        people, then its place ("Observers in the sector", "Political analysts in Zagreb",
        "Nomura analysts in Tokyo"; not "The government's dialogue with farmers in the region",
        whose head is "dialogue")."""
        toks = self.tokens
        at = next((k for k in range(a + 1, b) if toks[k].lower in PLACING_PREPS), None)
        if at is None:
            return False
        head = toks[at - 1]
        return (head.text.islower() or at - 1 == a) and is_people_head(
            head, opening=at - 1 == a) and all(
            t.is_word and t.text.islower() and t.lower not in INNER_PREPS
            and not t.lower.endswith(("'s", "’s"))
            for t in toks[a + 1:at - 1]) and (
            toks[a].lower in lx.DETERMINERS or a == at - 1 or toks[a].text.islower()
            or toks[a].text[1:].islower())

    def _appositive_subject(self, comma: int, lo: int
                            ) -> tuple[Mention | None, int, str | None]:
        """"Igor Korotchenko, a Russian military specialist, stated", "Cory James, 22, of
        Flint, Mich., said": the name before one to three appositives, and their text."""
        toks = self.tokens
        lo = self._past_fronted_time(lo, comma)
        floor = max(lo, comma - 30)
        end_comma = comma
        for _ in range(4):
            k, relative = self._segment_start(end_comma - 1, floor)
            while k - 1 > floor and _list_tail(toks[k + 1:end_comma]) and (
                    is_name_token(toks[k - 1])):
                # "Solway, which flies to Ireland, Britain and France, said": the commas
                # inside a list of names do not end the aside
                k, more = self._segment_start(k - 1, floor)
                relative = relative or more
            if k < floor or k + 1 >= end_comma:
                return None, comma, None
            segment = toks[k + 1:end_comma]
            if _place_aside(segment) or (
                    # "Rick Hallgren, who farms near Melfort, Sask., said": the place's state
                    # after a relative clause that placed it
                    k - 1 > floor and _place_continued(toks[max(floor, k - 4):k], segment)
                    and self._segment_start(k - 1, floor)[1]):
                # "Doug Pettigrew, who farms near Merredin, east of Perth, said": a place
                # placed, not a person described; the speaker is further back
                end_comma = k
                continue
            before_aside = max(floor, k - 10)
            record_aside = _record_aside(segment, toks[before_aside:k])
            if segment[0].lower in _PARTICIPLE_LEADS or record_aside or (
                    segment[0].lower in _DESCRIBING_PARTICIPLES and len(segment) > 1) or (
                    # ", reached by telephone,", ", interviewed at the camp,": how the
                    # reporter met the person the phrase before it describes
                    segment[0].lower in lx.MET_PARTICIPLES and len(segment) > 1) or (
                    segment[0].lower in DOCUMENT_RELAYS and len(segment) > 2
                    and segment[1].lower == "by"):
                # ", speaking on condition of anonymity," describes the subject,
                # ", reviewed by Reuters," says who has seen the document, and ", filed at
                # Companies House in January," when the record was made
                relative = True
            if not relative and _participle_aside(segment):
                # "Some residents at Monday's meeting, held in the gym of the recreation
                # center, said": the participle describes the phrase before it
                relative = True
            if segment[0].lower in {"the", "a", "an"} and any(
                    t.lower in {"who", "whose"} and i > 1 and segment[i - 1].is_word
                    for i, t in enumerate(segment)):
                # ", a schoolteacher who asked not to be named because she feared losing her
                # job,": the verbs are the relative clause's, the appositive describes
                relative = True
            if segment[0].lower in {"the", "a", "an"} and any(
                    t.lower == "that" and i > 1 and (
                        segment[i - 1].bare in lx.ORG_NOUNS or is_role(segment[i - 1]))
                    for i, t in enumerate(segment)):
                relative = True  # "USCIS, the agency that oversees the program, said"
            if (not relative and any(t.text in _QUOTE_TOKENS for t in segment)) or (
                not relative and any(
                    t.lower in {"said", "says", "that", "told"}
                    or (t.lower in lx.CUE_VERB_FORMS and not t.is_capitalised
                        and t.lower not in lx.AMBIGUOUS_FORMS and not is_role(t))
                    for t in segment
                )
            ):
                return None, comma, None
            names_only = all(is_name_token(t) or t.text == "." or (
                # "A Veldkamp spokeswoman, Ilse de Groot, said": a particle inside the name
                0 < i < len(segment) - 1 and t.lower in NAME_PARTICLES)
                for i, t in enumerate(segment)) or (
                # "The plant's operator, Midland Energy Recovery Ltd, said": a company name
                # holding a capitalised common word ("Energy"); "The project's principal
                # investigator, Dr Aisling Brereton of DCU, said": a titled one
                len(segment) > 1 and (is_name_token(segment[0]) or (
                    segment[0].bare.rstrip(".") in lx.PERSON_TITLES and len(segment) > 2
                    and is_name_token(segment[1]))) and (
                    is_name_token(segment[-1]) or (
                        segment[-1].is_capitalised and segment[-1].bare in lx.ORG_WORDS))
                and all(t.is_capitalised or t.text in {"&", "of", "and", "."} or (
                    # "Simon Achterberg of the Halloway Agency"
                    t.text == "the" and segment[i - 1].text == "of")
                        for i, t in enumerate(segment))) or (
                # "One of the three, the Muskwa Lake Cree Nation, said": a definite name
                len(segment) > 2 and segment[0].lower == "the" and all(
                    is_name_token(t) for t in segment[1:])) or (
                # "One of the riders, 24-year-old Pablo Cuesta, wrote": a name with its age
                len(segment) > 1 and segment[0].lower.endswith("-year-old") and all(
                    is_name_token(t) for t in segment[1:])) or (
                # "His sponsor, sportswear brand Kestrel, said", "Its largest shareholder, the
                # investment fund Nordvest Capital Partners, said": a name after the common
                # nouns that say what it is
                _described_name(segment[1:] if segment[0].lower == "the" else segment)
                ) or _titled_name(segment) or _names_joined(segment) or (
                # "The chairman of the association, Dr Terkula Agber, announced", "The
                # chairman, Sen. Tom Hale, said": a title before the name
                len(segment) > 1 and segment[0].is_capitalised and (
                    segment[0].bare in lx.PERSON_TITLES or is_role(segment[0])) and (
                    is_name_token(segment[-1])) and all(
                    is_name_token(t) or t.text == "." for t in segment[1:])) or (
                    _office_titled_name(segment))
            if names_only and _signed_by_aside(toks, k, floor):
                # "The filing, signed by its vice president, Daniel Whitcombe, says": the name
                # is who signed the record, which says what follows
                end_comma = k
                continue
            # "The Prefect of the department, Emmanuel Abessolo, who went to the scene, told",
            # "Its largest shareholder, the fund Nordvest Capital, which holds 27.3 percent,
            # said": a relative clause about the name after it
            who_after = end_comma < comma and toks[end_comma + 1].lower in {"who", "which"} and (
                not any(t.text == "," for t in toks[end_comma + 1:comma]))
            if (end_comma == comma or who_after) and names_only and k - 1 >= lo and (
                    toks[k - 1].is_word) and not _place_continued(
                        toks[max(floor, k - 4):k], segment):
                # (not "Maria Lopez, a teacher in Austin, Texas, said", "A farmer in Dodge
                # City, Kan., said": the state or country of the place before the comma, not
                # a name the description introduces; the speaker is further back)
                # "One Republican hopeful, Carly Fiorina, says": the name is the source.
                desc_np = self._described_before_name(k - 1, lo)
                if desc_np is not None and self._in_named_aside(desc_np[0], lo):
                    # "Justice Arora, allowing a petition filed by the runner-up, Suresh
                    # Meena of the Samata Dal, held": the name is the object's, inside the
                    # aside of a name before it, which is the subject; "Xinhua, citing
                    # China's special envoy, Zhou Minghua, said": so is the cited person's
                    if toks[self._aside_comma(desc_np[0], lo) + 1].lower in _CITING_LEADS:
                        end_comma = k
                        continue
                    desc_np = None
                if desc_np is not None and not lx.WITHHELD_NAME.search(
                        self.text[toks[max(lo, k - 8)].start:toks[k - 1].end]) and (not any(
                        # ("Two Bahrain-listed lenders": a compound modifier, no name)
                        is_name_token(t) and not compound_modifier(t)
                        for t in toks[desc_np[0]:desc_np[1] + 1])
                        # "Clinton's campaign chairman, John Podesta, said": a role first
                        or is_role(toks[desc_np[1]])
                        # "A San Francisco polling startup, Quorum Signal, said": the body's
                        # name after what it is, a place among the words that say it
                        or (toks[desc_np[1]].bare in lx.ORG_NOUNS
                            and toks[desc_np[0]].lower in {"a", "an", "the"})
                        # "The director of the European Centre, Ina Kirsch, told"; "Two
                        # cardiologists from Johns Hopkins University, Drs. Laura Chen and
                        # Michael Pardo, wrote": the count of the people named
                        or (toks[desc_np[0]].lower in {"the", "a", "an", "two", "three",
                                                       "both"} and any(
                            is_role(t) for t in toks[desc_np[0]:desc_np[1] + 1]))
                        # "Ostrowski's public defender, Alan Reyes, said": the only name
                        # owns the common noun the phrase is about
                        or _possessor_only(toks[desc_np[0]:desc_np[1] + 1])):
                    lead_in = self.text[toks[desc_np[0]].start:toks[desc_np[1]].end]
                    return (self._mention(k + 1, end_comma - 1, description=lead_in),
                            desc_np[0], lead_in)
            lead = segment[1] if relative and segment[0].lower == "and" and len(
                segment) > 1 else segment[0]
            if not (lead.lower in _APPOSITIVE_LEADS or lead.bare in lx.MODIFIERS
                    or (relative and lead.lower in DOCUMENT_RELAYS) or record_aside
                    or (relative and lead.lower in lx.MET_PARTICIPLES)
                    # "The commerce workers' union in Recife, where Primor is headquartered,"
                    or (lead.lower == "where" and k - 2 >= lo and toks[k - 2].lower in {
                        "in", "at", "near", "outside"} and is_name_token(toks[k - 1]))
                    or (relative and lead.lower in _PARTICIPLE_LEADS)
                    or (relative and lead.lower in _DESCRIBING_PARTICIPLES)
                    or (relative and _participle_aside(segment))
                    or lead.bare in lx.OFFICIAL_ROLES or lead.bare in lx.EXPERT_ROLES
                    or lead.bare in lx.NATIONALITIES or lead.lower in lx.DETERMINERS
                    or lead.text[:1].isdigit() or lead.bare != lead.lower
                    or lead.is_capitalised
                    # a role phrase: "co-founder of the committee", "professor at Yale",
                    # "retail analyst at Calder Hume Securities"
                    or (len(segment) > 2 and segment[1].lower in {"of", "at", "for"})
                    or (len(segment) > 3 and is_role(segment[1])
                        and segment[2].lower in {"of", "at", "for", "with"})):
                return None, comma, None
            before = k - 1
            paren = -1
            if before > lo and toks[before].text == ")":
                # "Rep. Zoe Lofgren (D-Calif.), who ...": the parenthesis goes with the name
                p = self.opening_paren(before, lo)
                if p >= 0:
                    paren, before = before, p - 1
            np = np_before(toks, before, lo, self.units)
            if np is not None and relative and toks[k + 1].lower == "which" and (
                    (widened := post_modified_start(toks, np[0], lo, self.units)) < np[0]):
                # "Footage circulating on social media, which has not been verified, appears
                # to show": the record's whole phrase, over its participle
                np = (widened, np[1])
            if before - 2 >= lo and toks[before].lower in {"them", "us"} and (
                    toks[before - 1].lower == "of" and toks[before - 2].lower in lx.PARTITIVES):
                # "One of them, a 24-year-old machinist from Takeo province, said": the part
                # of the group the appositive describes
                np = (before - 2, before)
            if record_aside and paren < 0 and toks[before].bare not in lx.DOCUMENT_HEADS:
                # "An internal report dated Jan. 30, first obtained by the BBC, found": the
                # record's whole phrase, from its head noun's phrase to the comma
                record = before_aside + _record_head(toks[before_aside:k])
                head_np = np_before(toks, record, lo, self.units)
                np = (head_np[0], before) if head_np is not None else None
            if np is not None and self._role_of_a_name(np, lo):
                # "Marisol Bennett, director of the Rural Connectivity Coalition, a
                # Washington-based advocacy group, said": the last aside describes the body,
                # the role before it the person named before that, who is the source
                end_comma = k
                continue
            if np is not None and toks[k + 1].lower in {"who", "which"} and np[0] - 1 > floor and (
                    toks[np[0] - 1].text == ",") and self._named_before(np[0] - 2, lo) and (
                    not self._after_according_to(np[0], lo)):
                # "Hannah Ibbotson, a fund manager at Greyfield Investors, which holds shares,
                # said": the relative clause describes the appositive; the name is before it
                # (not after a clause: "... were rescued, Rui Fontainhas, who heads ..., told")
                end_comma = k
                continue
            if np is not None and np[0] - 2 >= lo and toks[np[0] - 1].lower in {"in", "from"} and (
                    is_name_token(toks[np[0] - 2])) and all(
                    is_name_token(t) for t in toks[np[0]:np[1] + 1]):
                # "U.S. District Judge Miriam Okafor in Sacramento, California, wrote": the
                # person, placed
                named_np = np_before(toks, np[0] - 2, lo, self.units)
                if named_np is not None and any(
                        is_name_token(t) for t in toks[named_np[0]:named_np[1] + 1]) and (
                        named_np[0] == lo or toks[named_np[0] - 1].lower in LEADING_WORDS):
                    placed = self.text[toks[np[0] - 1].start:toks[comma - 1].end]
                    return (self._mention(named_np[0], named_np[1], description=placed),
                            named_np[0], placed)
            if np is not None:
                a, b = np
                # "The two people ..., who declined to be named, said": the pair, with its
                # article
                a = _with_counted_article(toks, a, lo)
                widened = _with_counted_article(
                    toks, post_modified_start(toks, a, lo, self.units), lo)
                if widened < a and (widened == lo or toks[widened - 1].lower in LEADING_WORDS
                                    or self._after_according_to(widened, lo)):
                    # "A police officer involved in the inquiry, speaking on condition of
                    # anonymity, said": the whole post-modified subject
                    a = widened
                    aside = self.text[toks[k + 1].start:toks[comma - 1].end]
                    mention = self.unnamed_if_withheld(
                        self._mention(a, b, description=aside), a, b, aside)
                    # the aside says why the source is unnamed: it belongs to the source
                    self._withheld(mention, aside)
                    return mention, a, None
                named = any(is_name_token(t) for t in toks[a:b + 1]) or b in self.units.by_end
                place = a - 1 >= lo and toks[a - 1].lower in {"of", "from", "in", "at"}
                head = toks[b].bare
                opener = k + 2 if toks[k + 1].lower == "and" and k + 2 < comma else k + 1
                withheld_aside = toks[opener].lower in {"who", *_PARTICIPLE_LEADS} and (
                    lx.WITHHELD_NAME.search(
                    self.text[toks[k + 1].start:toks[comma - 1].end]) is not None)
                if not named and withheld_aside and end_comma == comma:
                    relative_head = self._relative_clause_head(a, lo)
                    if relative_head is not None:
                        # "A rock-drill operator who was on the same shift, and who asked not
                        # to be named because ..., said": the person the first relative
                        # clause describes, the whole of it the source
                        aside = self.text[toks[k + 1].start:toks[comma - 1].end]
                        mention = self._mention(relative_head, b, description=aside)
                        self._withheld(mention, aside)
                        return mention, relative_head, None
                if not named and (end_comma == comma or withheld_aside) and (
                    # a relative clause or a participle describing the subject: ", who ...",
                    # ", speaking on condition of anonymity,", ", based in Bahrain,"
                    relative or head in lx.DOCUMENT_HEADS
                    or is_role(toks[b]) or head in lx.PERSON_NOUNS
                    # "The group, the Kenyan partner of BirdLife International, said", "The
                    # company, a maker of wind turbines, said": a body the appositive describes
                    or (head in lx.ORG_NOUNS and toks[a].lower in {"the", "a", "an"}
                        and toks[k + 1].lower in {"the", "a", "an"})
                    # "One resident of the settlement, reached by telephone, said"
                    or (toks[k + 1].lower in lx.MET_PARTICIPLES
                        and any(t.bare in lx.PERSON_NOUNS for t in toks[a:b + 1]))
                ) and (toks[a].lower in lx.DETERMINERS or (
                    # "Critics of the state's 2022 insurance overhaul, which curbed lawsuits,
                    # say": a bare group opening the sentence, post-modified; and bare
                    # records ("Videos posted on social media, which could not be verified,
                    # showed")
                    a < b and (toks[a].text.endswith("s") or toks[a].bare in _MASS_RECORDS) and (
                        is_role(toks[a]) or toks[a].bare in lx.VAGUE_HEADS
                        or (toks[a].bare in lx.DOCUMENT_HEADS and not any(
                            t.lower in {"which", "whom"} for t in toks[a:b + 1]))))) and (
                        a == lo or toks[a - 1].lower in LEADING_WORDS
                        or toks[a - 1].text in _QUOTE_TOKENS
                        # "Pacheco said his sister, who works at a ministry, had told him":
                        # the subject of what another said
                        or toks[a - 1].lower in _SPEECH_BEFORE_A_CLAUSE
                        or self._after_according_to(a, lo)):
                    # "The complaint, which was filed in May, alleged", and after a quote:
                    # "“It's bad,” one resident, who asked not to be named, told AFP"
                    named = True
                if not named and ((a == b and toks[a].lower in {"one", "another"}) or (
                        # "One of them, a 24-year-old machinist from Takeo province, said"
                        b - a == 2 and toks[a].lower in lx.PARTITIVES
                        and toks[a + 1].lower == "of" and toks[b].lower in {"them", "us"})) and (
                        end_comma == comma) and (a == lo or toks[a - 1].lower in LEADING_WORDS
                                                 or toks[a - 1].text in {",", *_QUOTE_TOKENS}):
                    # "One, a 41-year-old salesman from Osaka, said": one of the people just
                    # mentioned, described by the appositive
                    named = True
                if named and not place and _signed_by_aside(toks, k, floor):
                    # "The subpoena, signed by Vail, the Oklahoma Republican who chairs the
                    # committee, demands": the appositive describes the signer; the record,
                    # further back, says what follows
                    end_comma = k
                    continue
                if named and not place:
                    first_seg = toks[k + 1]
                    appositive: str | None = self.text[first_seg.start:toks[comma - 1].end]
                    if first_seg.lower in {"who", "which"} or first_seg.text[:1].isdigit():
                        appositive = None
                    mention = self._mention(a, b, description=appositive)
                    aside = self.text[first_seg.start:toks[comma - 1].end]
                    # "Some officials, speaking on condition of anonymity, said": the
                    # aside withholds the names of people "some" alone leaves vague
                    withholds = (appositive is None or first_seg.lower in _PARTICIPLE_LEADS
                                 ) and lx.WITHHELD_NAME.search(aside) is not None
                    if withholds:
                        mention = self.resolver.withholding_names(
                            mention, self.offset + mention.start,
                            described=self._describes_a_person(a, b))
                    if withholds and mention.kind == "anonymous_described":
                        # "One union steward, who declined to give his name, said": why the
                        # source is unnamed belongs to the source
                        self._withheld(mention, aside)
                    if paren >= 0 and toks[paren].end > mention.end:
                        mention.end = toks[paren].end
                        mention.text = self.text[mention.start:mention.end]
                    return mention, a, appositive
            end_comma = k
        return None, comma, None

    def _after_according_to(self, a: int, lo: int) -> bool:
        """Token a opens the clause after a fronted "According to NBC," (the relay of what
        follows): "According to NBC, the official, who spoke on condition of anonymity,
        said" is the official's account, relayed."""
        toks = self.tokens
        return a - 1 > lo + 2 and toks[a - 1].text == "," and toks[lo].lower == "according" and (
            toks[lo + 1].lower == "to") and not any(t.text == "," for t in toks[lo:a - 1])

    def _aside_comma(self, a: int, lo: int) -> int:
        """The comma opening the aside that token a lies in (see `_in_named_aside`)."""
        return next((c for c in range(a - 1, max(lo, a - 12) - 1, -1)
                     if self.tokens[c].text == ","), a - 1)

    def _in_named_aside(self, a: int, lo: int) -> bool:
        """Token a lies in a participle's aside after a name ("Justice Meenakshi Arora,
        allowing an election petition filed by ..."): the comma before it follows a name
        and opens on an "-ing" participle."""
        toks = self.tokens
        c = self._aside_comma(a, lo)
        return toks[c].text == "," and c - 1 >= lo and c + 1 < a + 1 and (
            is_name_token(toks[c - 1])) and (
            toks[c + 1].text.islower() and toks[c + 1].text.endswith("ing"))

    def _described_before_name(self, j: int, lo: int) -> tuple[int, int] | None:
        """The phrase ending at token j that a name after it describes: the noun phrase, or,
        when that phrase is the object inside a relative clause ("The councillor who voted
        against the motion, Tom Hale, said"), the person the clause is about (its head's
        phrase up to j)."""
        toks = self.tokens
        np = np_before(toks, j, lo, self.units)
        if np is None:
            return None
        if np[0] - 2 >= lo and toks[np[0] - 1].lower in {"of", "at"} and (
                is_role(toks[np[0] - 2]) or is_people_head(toks[np[0] - 2])):
            # "A co-author of the study, Dr. Yonatan Abergil, said": the person of the record,
            # not the record
            head = np_before(toks, np[0] - 2, lo, self.units)
            if head is not None:
                np = (head[0], np[1])
        for w in range(np[0] - 1, max(lo, np[0] - 10) - 1, -1):
            if toks[w].text in {",", ";", ":"} or not (toks[w].is_word or toks[w].text == "'s"):
                break
            if toks[w].lower == "who" and w - 1 >= lo:
                head = np_before(toks, w - 1, lo, self.units)
                if head is not None and (is_role(toks[head[1]]) or (
                        toks[head[1]].bare in lx.PERSON_NOUNS)):
                    return head[0], np[1]
                break
        return np

    def _relative_clause_head(self, a: int, lo: int) -> int | None:
        """Where the phrase starts whose relative clause or participle holds token a ("A
        rock-drill operator who was on the same shift", "A woman selling liqueur from her
        front window": the start of "A rock-drill operator", "A woman"), when that phrase
        opens the clause; or None."""
        toks = self.tokens
        for w in range(a - 1, max(lo, a - 10) - 1, -1):
            if toks[w].text in {",", ";", ":"}:
                return None
            participle = toks[w].lower.endswith("ing") and toks[w].text.islower() and (
                w - 1 >= lo and toks[w - 1].bare in lx.PERSON_NOUNS)
            if (toks[w].lower == "who" or participle) and w - 1 >= lo and toks[w - 1].is_word:
                head = np_before(toks, w - 1, lo, self.units)
                if head is not None and (head[0] == lo or toks[head[0] - 1].lower in (
                        LEADING_WORDS)):
                    return head[0]
                return None
        return None

    def _segment_start(self, k: int, floor: int) -> tuple[int, bool]:
        """The comma opening the aside that ends at token k (or floor - 1), and whether the
        aside is a relative clause (", who ...", ", and who ...")."""
        toks = self.tokens
        relative = False
        while k >= floor and toks[k].lower != ",":
            if toks[k].lower in {"who", "whom", "which", "whose"} and k - 1 >= floor and (
                toks[k - 1].lower == "," or (
                    # "One fund manager who holds shares, and who asked not to be named,"
                    toks[k - 1].lower == "and" and k - 2 >= floor
                    and toks[k - 2].lower == ",")
            ):
                relative = True
            k -= 1
        return k, relative

    def record_with_its_maker(self, a: int, b: int, lo: int) -> int:
        """Where a record whose maker a contact clause names starts, when the subject found
        [a, b] is that clause's date or its maker and verb: "A screening survey the charity
        published on May 9 found", "A report the ministry released on Monday said"."""
        toks = self.tokens
        if toks[b].lower in DOCUMENT_PARTICIPLES and b > a:
            maker = (a, b - 1)
        else:
            m = a - 1
            if m >= lo and toks[m].lower in {"on", "in", "last", "this", "earlier"}:
                m -= 1
            if m - 1 >= lo and toks[m].lower in {"from", "by"} and (
                    toks[m - 1].lower in DOCUMENT_PARTICIPLES):
                # "A facilities study the district commissioned from Hartman Moss Architects
                # found": who made it for the maker, inside the contact clause
                m -= 1
            if m - 1 < lo or toks[m].lower not in DOCUMENT_PARTICIPLES:
                return a
            found = np_before(toks, m - 1, lo, self.units)
            if found is None:
                return a
            maker = found
        if maker[0] - 1 < lo:
            return a
        record = np_before(toks, maker[0] - 1, lo, self.units)
        if record is None or toks[record[1]].bare not in lx.DOCUMENT_HEADS or (
                toks[record[1]].is_capitalised):
            return a
        return record[0]

    def record_before_its_date(self, a: int, b: int, lo: int) -> int:
        """Where a record starts when the subject found [a, b] is only the date, period or time
        of day that ends its post-modifier ("for October", "on March 11", "between March 8 and
        March 10", "to March 2024", "at 8:15 a.m."): "the monthly visa bulletin for October
        shows", "Its quarterly report filed with the SEC on March 11 showed", "Its annual report
        for the year to March 2024 lists", "A coast guard statement issued at 8:15 a.m.
        reported". `a` itself when the phrase before the date is no record written in
        running text's lower case (nor "accounts", which the lexicon leaves to people's
        accounts)."""
        toks = self.tokens
        clock = all(_clock_word(t) for t in toks[a:b + 1]) and any(
            t.lower in _CLOCK_WORDS for t in toks[a:b + 1])
        if not clock and (not all(_date_word(t) for t in toks[a:b + 1]) or not any(
                t.lower in lx.MONTH_WORDS or _year(t) for t in toks[a:b + 1])):
            return a
        k = a - 1
        if clock:
            # "A coast guard statement issued at 8:15 a.m.": past the hour to its preposition
            while k > lo and _clock_word(toks[k]):
                k -= 1
            if toks[k].lower not in {"at", "by", "after", "before"}:
                return a
        elif k - 1 > lo and toks[k].lower == "and":
            # "between March 8 and March 10": past the first date to its preposition
            k -= 1
            while k > lo and _date_word(toks[k]):
                k -= 1
            if toks[k].lower not in {"between", "from"}:
                return a
        elif k <= lo or toks[k].lower not in {"for", "on", "in", "of", "dated", "from", "to",
                                               "through", "ending", "ended"}:
            # "Its annual report for the year to March 2024 lists"
            return a
        if k - 2 >= lo and toks[k - 1].lower in DOCUMENT_PARTICIPLES:
            # "A coast guard statement issued at 8:15 a.m.": the record its participle follows
            record = np_before(toks, k - 2, lo, self.units)
            return record[0] if record is not None and is_record_head(toks[record[1]]) else a
        before = np_before(toks, k - 1, lo, self.units) if k - 1 >= lo else None
        if before is None:
            return a
        start = post_modified_start(toks, before[0], lo, self.units)
        if start == before[0]:
            # the phrase right before the date is the record itself ("the monthly visa
            # bulletin"), or the period a record covers ("Its annual report for the year to
            # March 2024"), or no record ("Talks in Geneva on March 11 showed")
            return start if is_record_head(toks[before[1]]) or (
                toks[before[1]].lower in _PERIOD_NOUNS
                and any(is_record_head(t) for t in toks[before[0]:before[1]])) else a
        # a record post-modified up to the date ("Its quarterly report filed with the SEC")
        return start if any(is_record_head(t) for t in toks[start:before[1] + 1]) else a

    def coordinated_start(self, a: int, b: int, lo: int) -> int:
        """Where a subject joined by "and" to a named one before it starts: "Smith and other
        officials said", "The National Weather Service and state emergency officials said"
        (the named conjunct opening the clause); `a` otherwise. The second conjunct [a, b]
        names people ("other officials", "his aides"), never an adverb ("almost")."""
        toks = self.tokens
        if not (toks[b].lower.endswith("s") or is_role(toks[b])
                or toks[b].bare in lx.PERSON_NOUNS):
            return a
        if a - 2 < lo or toks[a - 1].lower != "and" or toks[a].is_capitalised:
            return a
        first = np_before(toks, a - 2, lo, self.units)
        if first is None or not (first[1] in self.units.by_end or any(
                is_name_token(t) for t in toks[first[0]:first[1] + 1])):
            return a
        if first[0] == first[1] and toks[first[0]].lower.endswith("s") and (
                first[0] == lo or toks[first[0] - 1].lower in LEADING_WORDS):
            return a  # "Regulators and environmental groups": a capitalised plural, no name
        if first[0] == lo or toks[first[0] - 1].lower in LEADING_WORDS:
            return first[0]
        return a

    def named_conjunct(self, a: int, b: int, source: Mention) -> Mention:
        """The source [a, b] as its named first conjunct says ("Smith and other officials",
        "NOAA and state officials"): the named party stands behind what the group says, so the
        phrase keeps its words and takes that party's kind."""
        toks = self.tokens
        join = next((k for k in range(a + 1, b) if toks[k].lower == "and"
                     and not toks[k + 1].is_capitalised), -1)
        if join < 0 or source.kind not in _GROUP_KINDS or not any(
                is_name_token(t) for t in toks[a:join]):
            return source  # "state and local leaders": one group, no named party
        left = self._mention(a, join - 1)
        if left.kind not in NAMED_KINDS:
            return source
        left.end, left.text = source.end, source.text
        return left

    def list_start(self, a: int, b: int, lo: int) -> int:
        """Where a list of names that ends with the subject [a, b] ("Jones and Brown") starts:
        "Senators Smith, Jones and Brown said", "Officials in Ireland, Britain and France
        said". Only a list the clause opens with, or that post-modifies its subject: not "In
        Paris, Smith and Jones said"."""
        toks = self.tokens
        if not _list_tail(toks[a:b + 1]):
            return a
        start = a
        for _ in range(6):
            if start - 2 < lo or toks[start - 1].text != "," or not (is_name_token(
                    toks[start - 2]) or _place_name(toks[start - 2])):
                break
            item = np_before(toks, start - 2, lo, self.units)
            if item is None:
                break
            # "Officials in Ireland": the list's first name with the head it post-modifies
            name_from = max((m + 1 for m in range(item[0], item[1])
                             if toks[m].lower in {"in", "of", "at", "from", "for"}),
                            default=item[0])
            if not all(t.is_capitalised or t.text == "." or t.lower == "the"
                       for t in toks[name_from:item[1] + 1]):
                break
            start = item[0]
            if name_from > item[0]:
                break
        if start != a and (start == lo or toks[start - 1].lower in LEADING_WORDS):
            return start
        widened = post_modified_start(toks, start, lo, self.units) if start != a else a
        if widened < start and (widened == lo or toks[widened - 1].lower in LEADING_WORDS):
            return widened  # "Agents in the central districts of Principe Real, Chiado and ..."
        return a

    def _role_of_a_name(self, np: tuple[int, int], lo: int) -> bool:
        """The noun phrase (post-modifiers included) is a role set off by commas after a
        person's name ("Marisol Bennett, director of the Coalition,", "John Smith, an economist
        at Halden Bank,"): an appositive of the name, not a source of its own."""
        toks = self.tokens
        a = post_modified_start(toks, np[0], lo, self.units)
        if a - 2 < lo or toks[a - 1].text != ",":
            return False
        head = []
        for t in toks[a:np[1] + 1]:
            if t.lower in _APPOSITIVE_PREPOSITIONS:
                break
            head.append(t)
        if not head or is_name_token(head[0]) or not any(is_role(t) for t in head):
            return False
        name = np_before(toks, a - 2, lo, self.units)
        return name is not None and name[1] == a - 2 and all(
            is_name_token(t) for t in toks[name[0]:name[1] + 1]) and (
            name[1] not in self.units.by_end) and (
            name[0] == lo or toks[name[0] - 1].lower in LEADING_WORDS
            or toks[name[0] - 1].text in _QUOTE_TOKENS)

    def _named_before(self, j: int, lo: int) -> bool:
        """The noun phrase ending at token j holds a name or a role: what an appositive after
        it may describe."""
        np = np_before(self.tokens, j, lo, self.units)
        return np is not None and (is_role(self.tokens[np[1]]) or np[1] in self.units.by_end
                                   or any(is_name_token(t)
                                          for t in self.tokens[np[0]:np[1] + 1]))

    def _appositive_after(self, comma: int, hi: int) -> str | None:
        toks = self.tokens
        if comma + 1 >= hi or toks[comma + 1].lower not in {"a", "an", "the"}:
            return None
        end = comma + 1
        while end < hi and end - comma < 14 and toks[end].lower not in {",", ".", ";"}:
            end += 1
        return self.text[toks[comma + 1].start:toks[end - 1].end]
