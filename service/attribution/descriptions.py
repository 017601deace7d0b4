"""Descriptions: what a source phrase with no name in it is, read from its head noun.

Part of stage 3 (entities) of the attribution pipeline, a layer of the resolver between the
outlet phrases (`outlet_refs.py`) and the names, pronouns and titles (`entities.py`): "a person
familiar with the matter", "two officials who spoke on condition of anonymity", "the company",
"some analysts", "a 2022 survey", "the transport minister", "Morales's spokesman". Each is read
with its determiner, its country and what follows its head, and given its kind
(rubrics/source-kinds.md); a definite description ("the senator", "the agency") is linked to the
entity it refers back to through the table's look-back index.
"""

from __future__ import annotations

import re

from . import lexicon as lx
from .entity_table import (
    COLLECTIVE_PLURALS,
    HEAD_ENDS,
    MEDIA_TRADE_PLURALS,
    NAMED_KINDS,
    NUMBER_WORDS,
    POST_MODIFIERS,
    TRADE_PLURALS,
    WORD_PATTERN,
    Entity,
    Mention,
    described_as,
    is_head_noun,
    is_plural_head,
    possessor_of,
    role_fits,
)
from .outlet_refs import OutletResolution
from .phrases import (
    DOCUMENT_PARTICIPLES,
    LISTED_PEOPLE_ENDINGS,
    PEOPLE_ENDINGS,
    is_name_token,
    is_role,
    nationality,
    says_state_media,
    slug,
)
from .text import Token

# The posts of schools, churches, clubs, papers and firms, each held by one person at a time
# ("the parish's vicar", "the school's principal", "the council's leader", "the club's coach",
# "its editor"): unique offices, and a body's own posts after "its" (`UNIQUE_POSTS`)
_POSTS_OF_A_BODY = frozenset({
    "principal", "headteacher", "headmaster", "headmistress", "dean", "provost", "rector",
    "vicar", "pastor", "bishop", "archbishop", "abbot", "imam", "rabbi", "patriarch", "leader",
    "coach", "captain", "editor", "founder", "warden", "curator",
})

# Roles held by one person at a time ("the transport minister"), unlike "official" or "aide".
_UNIQUE_OFFICES = _POSTS_OF_A_BODY | frozenset({
    "president", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson",
    "governor", "mayor", "ambassador", "chancellor", "premier", "chief", "head", "director",
    "commander", "chairman", "chairwoman", "chair", "chairperson", "speaker", "king", "queen",
    "emperor", "sultan", "emir", "president-elect", "treasurer", "comptroller",
    "superintendent", "ceo", "prosecutor", "sheriff", "pope", "prime", "vice", "counsel",
})

_PERSON_HEADS = frozenset({"man", "woman", "person", "boy", "girl", "politician", "lawyer"})

# Nouns that name a news outlet only with a news word ("news agency", "wire service",
# "broadcast network"); alone they are bodies ("the weather service", "the health agency").
BODY_OR_OUTLET_NOUNS = frozenset({"service", "services", "agency", "agencies", "network",
                                  "networks", "station", "stations", "portal"})

NEWS_WORDS = frozenset({"news", "wire", "press", "broadcast", "broadcasting", "broadcaster",
                        "television", "tv", "radio", "media", "newswire", "information",
                        "state-run", "state-owned", "official"})

# (not "investigators" or "inspectors": the wire readers type 7 of 7 such sources unnamed,
# the people on a case, where "prosecutors" are the office: 15 of 15 named)
_CASE_BODIES = frozenset({"prosecutors", "firefighters", "rescuers", "coroners", "regulators"})

_STATES = frozenset({"governments", "capitals"})

# Papers that are records, never a newspaper: "a draft paper", "the white paper"
_PAPER_KINDS = frozenset({"draft", "white", "green", "policy", "working", "discussion",
                          "research", "position", "consultation", "scientific", "academic",
                          # "the published paper" of a study (no newspaper is "published")
                          "published", "unpublished", "peer-reviewed",
                          # what a government circulates ("a Cabinet paper released alongside
                          # the announcement", "a briefing paper", "an options paper")
                          "cabinet", "briefing", "options", "background", "strategy",
                          "treasury", "commission"})

# Who wrote a study, after it is named: "the researchers", "the authors", "the scientists"
_STUDY_TEAMS = frozenset({"researchers", "authors", "scientists"})

DEFINITE = frozenset({"the", "this", "that", "his", "her", "their", "its"})

_ORG_NOUNS = lx.ORG_NOUNS

# Plural heads that, even bare, mean specific people keeping their names back ("officials said").
# Plurals for the people of a place or a community, without a number or a determiner a
# collective nobody could ask ("Residents of Kharipara said"); "Two residents" are particular.
_COMMUNITY_PLURALS = frozenset({"residents", "locals", "villagers", "inhabitants", "parents",
                                "farmers", "fans", "supporters", "voters", "shoppers",
                                "commuters", "neighbours", "neighbors", "families", "people",
                                # people of a place by their trade or origin (wire dev,
                                # fifteenth session: "Fishermen in the nearby port of ...")
                                "fishermen", "fishers", "anglers", "islanders", "townspeople",
                                "herders", "pastoralists", "growers", "worshippers"})

# A body's own pages: what it publishes there is its document
_OWN_PAGES = frozenset({"website", "site", "web", "webpage", "page", "blog", "homepage"})
# A body's own office for the press ("the FSB's press service", "the army's media wing"): the
# body speaking through it, never a news outlet
_PRESS_OFFICES = frozenset({("press", "service"), ("press", "office"), ("press", "department"),
                            ("press", "centre"), ("press", "center"), ("press", "bureau"),
                            ("media", "wing"), ("media", "office"), ("media", "cell"),
                            ("media", "department"), ("media", "centre"), ("media", "center")})


def _owned_press_office(tokens: list[Token], low: list[str]) -> bool:
    """The phrase is an owner's press office: "the FSB's press service", "the military's
    media wing", "its press office"."""
    return len(low) >= 3 and tuple(low[-2:]) in _PRESS_OFFICES and (
        low[0] in {"its", "their", "his", "her"}
        or any(t.text.endswith(("'s", "’s")) for t in tokens[:-2]))

# An unnamed description of one person ("a nurse at the hospital", "The daughter of one
# patient", "a Western diplomat"), whom a later "he" or "she" may be.
_ONE_PERSON = re.compile(r"^(?:a|an|one|the)\s+(?:\w+\s+){0,3}?(?:person|man|woman|nurse|"
                         r"teacher|daughter|son|mother|father|wife|husband|resident|worker|"
                         r"employee|diplomat|official|officer|doctor|farmer|driver|student|"
                         r"executive|source|witness|passenger|aide|member|neighbou?r|"
                         r"shopkeeper|pharmacist|engineer|lawyer|agent)\b", re.IGNORECASE)

_ROLE_WORDS = frozenset(w for w in lx.PERSON_NOUNS | lx.EXPERT_ROLES | lx.OFFICIAL_ROLES
                        if not w.endswith("s") or w in {"boss", "actress", "witness"})


def _name_with_of_owns(tokens: list[Token], idx: int) -> bool:
    """Is the "of" at `idx` inside a possessor's name ("the Bank of Spain's annual report":
    the head comes after the "'s", not before the "of")?"""
    if tokens[idx].lower != "of" or not tokens[idx - 1].is_capitalised:
        return False
    for tok in tokens[idx + 1:-1]:
        if not tok.is_capitalised:
            return False
        if tok.lower.endswith(("'s", "’s")):
            return True
    return False


# Plural figures that are a record once someone publishes them.
_PUBLISHED_FIGURES = frozenset({"estimates", "forecasts", "projections", "statistics",
                                "numbers"})

_RECORD_OR_FIGURES = lx.DOCUMENT_HEADS | _PUBLISHED_FIGURES

# Words that end a record noun's phrase though no general post-modifier does ("a report to
# councillors", "figures reported by TVNewser", "data cited by the ministry").
_RECORD_AFTER_HEAD = frozenset({"to", "reported", "cited"})


def _modifies_record_after(low: list[str], i: int) -> bool:
    """The document participle at `i` (of bare forms `low`) stands before a record's noun
    ("The published report", "the published minutes of the session"): it modifies that noun,
    it does not end the phrase's head as a post-modifier does ("a report published by")."""
    return low[i] in DOCUMENT_PARTICIPLES and i + 1 < len(low) and low[i + 1] in (
        lx.DOCUMENT_HEADS)


def _record_noun(low: list[str], head: int) -> bool:
    """The head noun at `head` (of bare forms `low`) names a record: a document's noun ("Some
    industry figures said" are people), or figures a body publishes ("station usage estimates
    published by the Office of Rail and Road"; "industry estimates" alone stay talk)."""
    word = low[head]
    if word in lx.DOCUMENT_HEADS:
        return not (word == "figures" and head > 0 and low[head - 1] in _PEOPLE_FIGURES)
    return word in _PUBLISHED_FIGURES and head + 1 < len(low) and (
        low[head + 1] in DOCUMENT_PARTICIPLES)


def named_body_record(tokens: list[Token], heads: frozenset[str], shortest: int = 3) -> bool:
    """A lowercase record noun of `heads` after the name of the body that keeps it ("Ohio
    Department of Education data", "Bank of Portugal estimates"); a one-word name before it
    ("Nielsen figures") only where the caller knows more follows (`shortest` 2)."""
    return len(tokens) >= shortest and tokens[-1].text.islower() and tokens[-1].lower in heads and (
        tokens[-2].is_capitalised) and any(is_name_token(t) for t in tokens[:-1]) and all(
        # "Office for National Statistics figures": capitalised words of the body's name
        is_name_token(t) or t.is_capitalised or t.lower in {"of", "for", "and", "the", "&"}
        for t in tokens[:-1])


def _placed_name(tok: Token) -> bool:
    """A proper name, or a capital standing for its government ("Washington", "Seoul")."""
    return is_name_token(tok) or (tok.is_capitalised and tok.lower in lx.COUNTRY_NAMES)


def one_person(description: str) -> bool:
    """The description names one person by a role ("a nurse at the hospital", "A
    paediatrician at a hospital in Braga"): a "she" after it may be that person."""
    if _ONE_PERSON.search(description) is not None:
        return True
    words = [w.strip(",.;:").lower() for w in description.split()[:5]]
    return bool(words) and words[0] in {"a", "an", "one"} and any(
        w in _ROLE_WORDS for w in words[1:])


# The circle of one person: "allies of the minister", "friends of the ambassador"
_CIRCLE_OF = frozenset({"allies", "friends", "confidants", "associates", "intimates"})


def _one_particular_person(tokens: list[Token]) -> bool:
    """"the minister", "the Chancellor", "Mr Tolley", "Johnson": one person the article
    can name (a title, a role after "the", a name), not a cause ("the plan") or a group."""
    if not tokens:
        return False
    first, last = tokens[0], tokens[-1]
    if last.bare.endswith("s") and not last.is_capitalised:
        return False  # "friends of the victims": a group
    if first.lower in {"the", "one"} and len(tokens) >= 2:
        # "the minister", "the model", "one long-serving footman": a role or a person noun
        return is_role(last) or last.is_capitalised or last.bare in _PERSON_WORDS
    return last.is_capitalised and last.bare not in lx.DETERMINERS


# Singular words for one person that no role list holds ("the model", "one footman")
_PERSON_WORDS = frozenset({"model", "footman", "singer", "actor", "actress", "star", "player",
                           "presenter", "host", "socialite", "heiress", "heir", "prince",
                           "princess", "duke", "duchess"})

# A firm's research desk, whose notes speak for the firm ("Analysts at Goldman Sachs").
_HOUSE_VIEWS = frozenset({"analysts", "economists", "strategists", "researchers", "scientists"})

# What a firm whose analysts speak is called before its name ("brokerage Brennan & Co")
_FIRM_NOUNS = frozenset({"brokerage", "bank", "investment", "consultancy", "research", "firm",
                         "lender", "insurer", "asset", "manager", "fund", "broker", "company",
                         "group", "house"})

# Past forms of "be" and "have" that open a "who" clause about one occasion
_PAST_AUXILIARIES = frozenset({"were", "was", "had", "have", "has"})


def _did_something(low: list[str], k: int) -> bool:
    """A "who" clause at `k` that tells what these people did on an occasion ("people who
    have attended meetings with management", "parents who packed a high school auditorium",
    "residents who were evacuated"): particular people the reporter could ask, unnamed, where
    "residents who live near the plant" are a community at large."""
    if k + 1 >= len(low) or low[k] != "who":
        return False
    verb = low[k + 1]
    if verb in _PAST_AUXILIARIES:
        return True
    return verb.endswith("ed") or verb in _PAST_FORMS


# Irregular past forms a "who" clause opens with ("people who saw the crash")
_PAST_FORMS = frozenset({"saw", "spoke", "met", "took", "went", "heard", "knew", "left", "sat",
                         "gave", "told", "found", "came", "got", "ran", "fled", "lost", "won",
                         "wrote", "read", "made", "sent", "paid", "stood", "held", "drove"})

# The press at large, after "reports in": "reports in Polish media", "in the British press"
_PRESS_WORDS = frozenset({"media", "press", "newspapers", "papers", "tabloids", "outlets"})

# Words that make "accounts" a company's books
_BOOK_WORDS = frozenset({"annual", "financial", "audited", "quarterly", "published", "company",
                         "club's", "club’s", "company's", "company’s", "latest", "filed",
                         "lodged", "submitted"})

# Words that make "reports" records ("campaign finance reports", "police reports")
_RECORD_REPORTS = frozenset({"finance", "financial", "annual", "quarterly", "earnings",
                             "police", "court", "inspection", "audit", "incident", "autopsy",
                             "expense", "disclosure", "crash", "lab", "laboratory", "credit",
                             "accident", "arrest", "coroner's", "coroner’s", "safety"})

# People a body sends to watch ("European Union observers", "IAEA inspectors")
_MISSION_MEMBERS = frozenset({"observers", "monitors", "inspectors"})


def _body_before(tokens: list[Token]) -> bool:
    """The words before a mission noun name a body: an acronym ("EU", "OSCE") or two or more
    capitalised words ("European Union"); "Western observers" names none."""
    words = [t for t in tokens if t.lower not in lx.DETERMINERS]
    if not words or not all(t.is_word and t.text[:1].isupper() for t in words):
        return False
    return len(words) >= 2 or (len(words[0].text) >= 2 and words[0].text.isupper())


_CONFIDENTIAL_HEADS = frozenset({
    "officials", "aides", "sources", "diplomats", "advisers", "advisors", "staffers",
    "insiders", "investigators", "negotiators", "officers", "executives", "operatives",
    "spokesmen", "spokeswomen", "employees", "witnesses",
})

# Determiners that leave a collective uncounted ("some residents", "her critics"); "the",
# "both" and "multiple" point at particular people.
_COLLECTIVE_DETERMINERS = (lx.VAGUE_DETERMINERS - {"the", "these", "those", "both", "multiple"}
                           ) | lx.POSSESSIVE_DETERMINERS

# Plurals without an "-s" that "some" or "many" leave uncounted ("Some staff fear ...")
UNCOUNTED_PEOPLE = frozenset({"staff", "people", "personnel", "police", "clergy", "crew",
                               "townspeople", "townsfolk"})

# Determiners that make any plural group indefinite ("many trial lawyers", "some analysts").
_VAGUE_QUANTIFIERS = frozenset({"many", "some", "most", "several", "few", "numerous", "various"})
# A place adverb closing a phrase after its head ("Some restaurant owners downtown"); before a
# noun the same word is a modifier ("the dozen statewide surveys")
_PLACE_ADVERBS = frozenset({"downtown", "nearby", "abroad", "locally", "overseas", "upstate",
                            "uptown", "statewide", "nationwide", "worldwide", "elsewhere"})

# Words that say a group's names are withheld ("Unnamed industry insiders said")
_UNNAMED_WORDS = frozenset({"unnamed", "unidentified"})

ANONYMITY_MARKERS = frozenset({"familiar", "anonymity", "authorized", "authorised", "close",
                                "briefed", "knowledge", "unnamed", "unidentified", "aware"})

# A news outlet's own items: "the story", "the article" speak for the outlet that ran them.
_NEWS_ITEMS = frozenset({"story", "stories", "article", "articles"})

# Who speak for a party in court or in public as its counsel ("His lawyers", "her attorneys")
_COUNSEL = frozenset({"lawyers", "attorneys", "solicitors", "barristers", "counsel"})


def _counsel_of_a_party(tokens: list[Token], low: list[str], det: str, head_idx: int) -> bool:
    """The counsel at `head_idx` is a named party's: owned ("His lawyers") or for a definite or
    named party ("Lawyers for the county", "Attorneys for Telford")."""
    if det in lx.POSSESSIVE_DETERMINERS:
        return head_idx == 1
    return det == "" and head_idx + 2 < len(low) and (
        low[head_idx + 1] in {"for", "representing"}) and (
        low[head_idx + 2] in DEFINITE or tokens[head_idx + 2].is_capitalised)


# Offices written "X general" ("the inspector general", "the attorney general")
_GENERAL_OFFICES = frozenset({"inspector", "attorney", "auditor", "surgeon", "solicitor",
                              "comptroller", "postmaster", "accountant", "director",
                              "secretary", "registrar", "procurator", "advocate"})

# Offices that, unqualified, still mean one person the reader can identify ("the mayor said").
_KNOWABLE_OFFICES = frozenset({
    "president", "governor", "mayor", "chancellor", "premier", "king", "queen", "pope",
    "emperor", "sultan", "emir", "sheriff", "superintendent", "ceo", "treasurer", "comptroller",
    "president-elect",
})

_SOME = frozenset({"some", "several", "many", "other", "few", "senior"})

# Who makes "estimates" that are a body's record, not a trade's talk.
_BODY_ESTIMATORS = frozenset({"government", "official", "city", "state", "ministry", "police",
                              "council", "county", "federal", "national", "municipal",
                              "provincial", "regional", "census", "army", "military"})

# The nouns a story uses for one confidential source, and for it again ("a source close to
# the actress" ... "another insider" ... "the person told the website").
_CONFIDANT_NOUNS = frozenset({"person", "source", "insider", "friend", "confidant"})

# A paper of research, not a newspaper: "the journal paper", "a research paper"
# What a paper put to someone does ("a paper recommending the route be cut")
_PAPER_ARGUES = re.compile(r"\s+(?:recommending|proposing|suggesting|arguing|setting\s+out|"
                           r"outlining|calling\s+for|warning|urging|on\s+(?:the|a|an|its)\b)")
_RESEARCH_PAPER = frozenset({"journal", "research", "white", "working", "discussion", "policy",
                             "scientific", "academic", "conference",
                             # papers of a case or a body's files, records all the same
                             # ("According to court papers filed by the community")
                             "court", "legal", "case", "trial", "internal", "leaked",
                             "confidential", "secret", "classified"})

# What makes "figures" people ("Political figures in the capital"), not numbers
_PEOPLE_FIGURES = frozenset({"political", "public", "senior", "opposition", "religious",
                             "party", "leading", "prominent", "key", "community", "business",
                             "military", "tribal", "royal", "government", "establishment",
                             # "Senior industry figures", "Rail industry figures"
                             "industry"})

# Modifiers of "figures" that may mean numbers as well as people ("industry figures show",
# "industry figures say")
_NUMBERS_OR_PEOPLE = frozenset({"industry", "government", "business"})

def _people_figures(det: str, low: list[str], head_idx: int, text: str, end: int) -> bool:
    """"figures" (the head at `head_idx` of `low`, the phrase ending at `end` of `text`) are
    people: counted by "some" or "many", or after a word for prominent people ("Senior party
    figures confirmed"); after a word that may mean numbers as well, only where no data verb
    follows ("Industry figures say", not "Industry figures show")."""
    if det in _SOME:
        return True
    before = low[head_idx - 1] if head_idx > 0 else ""
    if before not in _PEOPLE_FIGURES:
        return False
    return before not in _NUMBERS_OR_PEOPLE or not _DATA_VERB_AFTER.match(text, end)


# What numbers do and people do not ("Industry figures show sales fell", against "Industry
# figures say a recovery is near")
_DATA_VERB_AFTER = re.compile(r"\s+(?:(?:have|has|had)\s+)?(?:show|shows|showed|shown|"
                              r"indicate|indicates|indicated|suggest|suggests|suggested|"
                              r"reveal|reveals|revealed|confirm|confirms|confirmed|"
                              r"released|published|compiled|put|point to|points to)\b")

# Bodies whose people are insiders, not a community ("people at the company", "people in the
# ministry", "people at two Chinese carmakers", "people in their management teams": unnamed,
# as the wire readers read them; "people in the town" stay a community)
_INSIDE_BODIES = frozenset({
    "company", "companies", "firm", "firms", "ministry", "ministries", "bank", "banks",
    "government", "department", "agency", "campaign", "embassy", "palace", "administration",
    "party", "board", "management", "carmaker", "carmakers", "automaker", "automakers",
    "insurer", "insurers", "lender", "lenders", "regulator", "cabinet", "presidency",
    "commission", "club", "team", "teams", "group", "office", "offices"})

# Relations one person holds to another: "Elliott's father" is one knowable person, named.
# Posts one person holds for an owner: "Trump's newly installed campaign chief", "Adelson's
# spokesman" is one knowable person (named), where "a spokesman for X" is unnamed.
UNIQUE_POSTS = _POSTS_OF_A_BODY | frozenset({
    "chief", "manager", "chairman", "chairwoman", "chair", "director", "spokesman",
    "spokeswoman", "spokesperson", "president", "ceo", "treasurer", "counsel", "secretary",
    # "its leader", "its chief executive" (wire dev, eleventh session; "a change its archbishop
    # says is needed", 31st batch: the body's posts above)
    "chairperson", "head", "owner", "boss", "executive", "governor", "mayor", "commander",
    "secretary-general",
    # the hyphenated offices ("its director-general")
    "director-general", "attorney-general", "auditor-general", "inspector-general",
    "solicitor-general", "surgeon-general", "editor-in-chief", "commander-in-chief",
    "superintendent"})

_UNIQUE_KIN = frozenset({"father", "mother", "wife", "husband", "widow", "widower",
                         "stepfather", "stepmother", "fiancé", "fiancée", "fiance", "fiancee",
                         "dad", "mom", "mum"})

# Heads that make a phrase a time, a count or a verb, never someone who speaks ("six months
# since announcing", "could no longer defend"): a scan that stopped in the wrong place.
_NOT_A_SPEAKER = lx.TIME_NOUNS | lx.WEEKDAYS | {
    "week", "month", "year", "minute", "decade", "time", "times", "longer", "earlier", "today",
    "yesterday", "tonight"}

# Prepositions that place a class of people where it is ("Harvesters in the area"), not at a
# workplace or a body ("Forecasters at the weather service")
_CLASS_PLACING = frozenset({"in", "across", "around", "near", "outside", "throughout"})

# The services a "guard" heads: "the coast guard", "the national guard", "border guard".
_GUARD_BODIES = frozenset({"coast", "national", "border", "civil", "presidential", "home"})

# Participles that make people particular: someone met them ("voters interviewed by AFP").
_MET_PARTICIPLES = lx.MET_PARTICIPLES

_GAZETTES = frozenset({"gazette", "journal", "register", "bulletin"})

# Who decides a case on the record: "a federal judge", "an appeals court", "a grand jury"
_DECIDING_BODIES = frozenset({"judge", "court", "jury", "magistrate", "tribunal"})

# Words after a group's head that describe it ("the people familiar with", "the officials
# who", "the staff at"): the head is the word before the first of them
_GROUP_POSTMODIFIERS = frozenset({"familiar", "close", "aware", "involved", "briefed", "who",
                                  "that", "with", "in", "at", "from", "on", "for", "of",
                                  "against"})


def _partitive_group_head(tokens: list[Token]) -> Token:
    """The head of the group a partitive takes part of: "aides" in "one of his aides",
    "people" in "one of the people familiar with the inquiry" (the phrase's last word when
    nothing follows the head)."""
    of = next((i for i, t in enumerate(tokens) if t.lower == "of"), None)
    if of is None:
        return tokens[-1]
    head = tokens[-1]
    for t in tokens[of + 2:]:
        if not t.is_word or t.lower in _GROUP_POSTMODIFIERS:
            break
        head = t
    return head


def _agentive(last: Token) -> bool:
    """Can the phrase's head word be someone who speaks: a person, a group of people or a body
    ("a Republican strategist", "a battery maker", "superdelegates", "a civil rights group"), a
    share of a population ("26 percent of Democrats") or a name? Words naming things ("a quiz",
    "a slide", "legal risks") cannot."""
    head = last.lower
    if last.is_capitalised or head in lx.AGENT_NOUNS or head in lx.PERSON_NOUNS or (
            head in _ORG_NOUNS or head in lx.ORG_WORDS or head in lx.SHARE_NOUNS):
        return True
    stem = head[:-1] if head.endswith("s") and not head.endswith("ss") else head
    if stem in lx.AGENT_NOUNS or stem in lx.PERSON_NOUNS or stem in _ORG_NOUNS or (
            stem in lx.ORG_WORDS):
        return True
    return stem.endswith(lx.AGENT_SUFFIXES) and not stem.endswith(lx.THING_SUFFIXES) and (
        stem not in lx.AGENT_SUFFIX_THINGS)


# Kinds of body a name says it is: "the union" is never "Veyra Bank", whose name says bank
_BODY_TYPES = frozenset({"union", "bank", "airline", "insurer", "university", "hospital",
                         "school", "church", "club", "party", "court", "museum", "charity",
                         "league"})

# Bodies that are businesses or clubs, never the public body named before them
_COMMERCIAL_HEADS = frozenset({"company", "firm", "bank", "airline", "carrier", "retailer",
                               "maker", "manufacturer", "insurer", "lender", "club", "team",
                               "group", "brand", "chain", "operator", "producer", "developer",
                               "supplier", "startup", "automaker", "carmaker", "drugmaker"})


def _body_fits(entity: Entity, head: str) -> bool:
    """Whether "the <head>" may be the body named before: not when the name says it is
    another kind of body ("the union" after "Veyra Bank"), nor a public body after a
    company ("the ministry" after "Sanaga Voyages", "the government" after an insurer)."""
    words = set(WORD_PATTERN.findall(f"{entity.name} {entity.description or ''}".lower()))
    if head in lx.GOVERNMENT_HEADS and entity.kind != "named_official" and head not in words:
        return False
    if head not in lx.GOVERNMENT_HEADS and entity.kind == "named_official" and (
            head not in words) and head in _COMMERCIAL_HEADS:
        return False  # "the bank", "the insurer" after "the watchdog": a business, not it
    if head not in _BODY_TYPES:
        return True
    return head in words or not (words & _BODY_TYPES)


def eid_of(low: list[str]) -> str:
    """Entity id of a described source: its words without determiners."""
    return slug(" ".join(w for w in low if w not in lx.DETERMINERS))


# Plural heads a place does not make a vague class: confidential sources, case bodies
# ("Firefighters in Lowicz county" are the county's fire service), anonymous and collective
# heads, each typed by its own rule
_NO_PLACED_CLASS = (_CONFIDENTIAL_HEADS | _CASE_BODIES | lx.ANONYMOUS_HEADS
                    | lx.DESCRIBED_ANONYMOUS_HEADS | COLLECTIVE_PLURALS)


class DescriptionResolution(OutletResolution):
    """Reads phrases without a name: descriptions, post-modified phrases, a name's
    relative or office holder ("Morales's spokesman"), bodies joined by "and"."""
    def _joined_bodies(self, text: str, tokens: list[Token], low: list[str], pos: int,
                       head_idx: int) -> Mention | None:
        """"police and the airline said": two bodies joined by "and", each one a reader can
        identify, are identifiable together (named, the first one's kind); None otherwise."""
        join = next((i for i, w in enumerate(low[:head_idx + 1]) if w == "and"), None)
        if join is None or join == 0 or join >= head_idx or any(
                not t.is_word or is_name_token(t) for t in tokens[:head_idx + 1]):
            return None  # names are read by the name rules ("Smith and other officials")
        left = self._described(text, tokens[:join], low[:join], pos)
        right = self._described(text, tokens[join + 1:], low[join + 1:], pos)
        if left.kind not in NAMED_KINDS or right.kind not in NAMED_KINDS:
            return None
        desc_text = text[tokens[0].start:tokens[-1].end]
        entity = self._entity(slug(desc_text), kind=left.kind, category="org", name=desc_text,
                              description=desc_text, plural=True)
        return Mention(0, 0, "", entity, left.kind, desc_text)

    def _described(self, text: str, tokens: list[Token], low: list[str], pos: int) -> Mention:
        """A phrase with no name in it (`low`: its tokens' bare forms): what its head noun says,
        read with its determiner, its country and what follows the head ("a person familiar
        with ...", "the company", "some analysts", "a 2022 survey").
        """
        head_idx = len(tokens) - 1
        if head_idx > 0 and tokens[-1].lower in _PLACE_ADVERBS:
            head_idx -= 1  # "Some restaurant owners downtown", "residents nearby"
        for idx, tok in enumerate(tokens):
            if idx > 0 and not tokens[idx - 1].lower.endswith(("ly", "'s", "’s")) and (
                tokens[idx - 1].lower != "own") and not _name_with_of_owns(tokens, idx) and not (
                    _modifies_record_after(low, idx)) and (
                tok.lower in POST_MODIFIERS or ((
                    tok.lower[-2:] == "ed" or tok.lower[-3:] == "ing"
                ) and is_head_noun(tokens[idx - 1])) or (
                    # "Experts not involved in the study": the experts
                    tok.lower == "not" and idx + 1 < len(tokens)
                    and tokens[idx + 1].lower[-2:] == "ed" and is_head_noun(tokens[idx - 1])) or (
                    # "people it did not identify", "people it described as close to the
                    # talks": a contact clause, the people before it
                    tok.lower in {"it", "they"} and idx + 1 < len(tokens)
                    and tokens[idx + 1].lower in {"did", "described", "would"}
                    and is_head_noun(tokens[idx - 1]))):
                # "a person familiar with ...", "the report presented to the council" (not
                # "newly released documents": the adverb makes the participle a modifier, and
                # so does the possessive of "the authority's published data")
                head_idx = idx - 1
                break
        head = low[head_idx]
        det = low[0] if low[0] in lx.DETERMINERS else ""
        country = nationality(tokens)
        desc_text = text[tokens[0].start:tokens[-1].end]
        if det in {"the", "this"} and head_idx >= 2 and low[head_idx - 1].endswith(
                "-year-old") and head not in lx.ANONYMOUS_HEADS:
            # "the 29-year-old Croatian", "The 31-year-old defender": an age is told of
            # someone the article has named, whatever noun follows it
            ref = self.history.last_before(pos, frozenset({"person"}), tries=4)
            if ref is not None and ref.kind in NAMED_KINDS and not ref.plural:
                return Mention(0, 0, "", ref, ref.kind, desc_text)
        joined = self._joined_bodies(text, tokens, low, pos, head_idx)
        if joined is not None:
            return joined
        words = set(low)
        if head in _CIRCLE_OF and head_idx + 2 < len(tokens) and low[head_idx + 1] == "of" and (
                det in {"", "some", "several", "two", "three"}) and (
                _one_particular_person(tokens[head_idx + 2:])):
            # "Allies of the minister", "Friends of the Chancellor", "allies of Mr Tolley":
            # people close to one person, speaking without their names (the wire readers: 8
            # of 8 unnamed), where "critics of the plan" is anybody (vague)
            eid = slug(" ".join(w for w in low if w not in lx.DETERMINERS))
            entity = self._entity(eid, kind="anonymous_described", category="anon",
                                  name=desc_text, description=desc_text, country=country,
                                  plural=True)
            return Mention(0, 0, "", entity, "anonymous_described", desc_text, country)
        if _owned_press_office(tokens, low):
            # "the military's media wing said", "the ministry's press service": the body
            # speaking through its office, not the press
            return self._press_office(low, desc_text, country)
        body_noun = head in BODY_OR_OUTLET_NOUNS and not (words & NEWS_WORDS)
        if body_noun and det in {"the", "this", "that"} and not country and len(tokens) == 2:
            # "the agency" right after a news agency is that outlet
            ref = self._outlet_reference(head, pos, strict=True)
            if ref is not None:
                return Mention(0, 0, "", ref, ref.kind)
        if head in _OWN_PAGES and (det in {"its", "his", "her", "their"} or any(
                t.lower.endswith(("'s", "’s")) for t in tokens[:-1])):
            # "according to its website", "the court's website": the body's own published
            # page, a document
            return self._document(slug(desc_text), desc_text)
        if det in _VAGUE_QUANTIFIERS and is_plural_head(head) and (
                head in lx.OUTLET_NOUNS or head in {"channels", "outlets", "accounts"}) and (
                not says_state_media(tokens)):
            # "Several pro-Kremlin Telegram channels", "some media outlets": nobody in particular
            return self._vague(slug(desc_text), desc_text)
        if head in _GAZETTES and words & {"official", "government", "state", "federal"}:
            # "the official gazette", "the Federal Register": where a state publishes its
            # acts, a record (a document), not state media
            return self._document(slug(desc_text), desc_text)
        if head == "paper":
            bare_paper = det == "the" and len(tokens) == 2
            if bare_paper and (earlier := self._paper_document_before(pos)) is not None:
                # "The paper, dated 14 October, says" after "a Cabinet paper": that record,
                # even where a newspaper was named before it
                return Mention(0, 0, "", earlier, "document", desc_text)
            if words & _PAPER_KINDS or (
                    bare_paper and self._outlet_reference("paper", pos) is None) or (
                    det in {"a", "an"} and _PAPER_ARGUES.match(text, tokens[-1].end)):
                # ... and "a paper recommending the route be cut": what it argues makes it a
                # paper put to a board, a record
                # "a draft paper", "the white paper", "a Cabinet paper"; "the paper" in a
                # story about a study that names no newspaper: the study's paper, a record
                return self._document(slug(desc_text), desc_text)
        if head == "posts":
            # "Social media posts said", "Posts on social media claimed": posts nobody in
            # particular wrote, as "reports" (the wire readers call 23 of 32 plural posts
            # vague); "his posts", "the posts", "the minister's posts" are particular ones
            if det in {"", "some", "several", "many", "other"} and not any(
                    t.lower.endswith(("'s", "’s")) for t in tokens[:-1]):
                return self._vague(slug(desc_text), desc_text)
            return self._document(slug(desc_text), desc_text)
        if head in lx.PICTURE_NOUNS:
            # "Television footage showed", "Videos posted on social media showed", "Photos
            # released by state media": pictures, a record (a document), whoever took or
            # broadcast them (the wire readers type all 14 such dev sources so)
            return self._document(slug(desc_text), desc_text)
        if head in {"paper", "papers"} and head_idx > 0 and low[head_idx - 1] in _RESEARCH_PAPER:
            return self._document(slug(desc_text), desc_text)  # "the journal paper found"
        if (head in lx.OUTLET_NOUNS and not body_noun) or (
                # a medium before the head, not in its post-modifier ("A person briefed on
                # the league's media strategy" is a person)
                set(low[:head_idx + 1]) & {"media", "tv", "television"} and (
                    # "Media analysts said": people of a trade, whatever the medium (vague,
                    # as the wire readers read them); "media reports" stay the press
                    head not in MEDIA_TRADE_PLURALS) and not (
                    # "A widely shared social media post": a post, a document, not the press
                    "social" in words and head in lx.DOCUMENT_HEADS)):
            if says_state_media(tokens):
                return self._state_media(desc_text, country)
            if head == "media" and not words & {"social"}:
                # "Local media reported", "Iranian media said": the press at large, nobody
                # in particular (a reader cannot tell which outlet), as "reports" is
                return self._vague(slug(desc_text), desc_text)
            if det in {"the", "this", "that"} and not country:
                ref = self._outlet_reference(head, pos,
                                             by_name=tokens[head_idx].is_capitalised)
                if ref is not None:
                    return Mention(0, 0, "", ref, ref.kind)
            if det == "" and is_plural_head(head) and head.endswith("s") and head in (
                    lx.OUTLET_NOUNS) and head not in lx.DOCUMENT_HEADS and not any(
                    is_name_token(t) for t in tokens):
                # "Local radio stations reported", "regional newspapers said": outlets nobody
                # named, the press at large (vague), as "local media" is
                return self._vague(slug(desc_text), desc_text)
            eid = slug(" ".join(w for w in low if w not in lx.DETERMINERS))
            entity = self._entity(eid, kind="unnamed_outlet", category="outlet", name=desc_text,
                                  description=desc_text, country=country)
            return Mention(0, 0, "", entity, "unnamed_outlet", desc_text, country)
        if head in _NEWS_ITEMS and det in {"the", "that", "this"} and len(tokens) <= 3:
            # "The story also noted ..." after "a story by the website Politico": the outlet
            # whose story it is; with no outlet before it, a reference left unresolved
            ref = self._outlet_reference(head, pos)
            if ref is not None:
                return Mention(0, 0, "", ref, ref.kind, desc_text)
        if low == ["the", "report"]:
            ref = self._outlet_report(pos)
            if ref is not None:  # "according to the report" after "Bloomberg reported"
                return Mention(0, 0, "", ref, ref.kind, desc_text)
        if head in COLLECTIVE_PLURALS and det in _COLLECTIVE_DETERMINERS and not (
                words & ANONYMITY_MARKERS) and "by" not in words:
            return self._vague(slug(desc_text), desc_text)
        # "the same people", "the same source": the phrase points back as "the people" does
        back_reference = det == "the" and (len(tokens) == 2 or (
            len(tokens) == 3 and low[1] == "same"))
        if back_reference and is_plural_head(head) and head in lx.PERSON_NOUNS and (
                head not in lx.ANONYMOUS_HEADS):
            # "the people" after "three people with knowledge of the matter": that group
            ref = self.history.last_matching(
                pos, lambda e: e.category == "anon" and e.plural and head in (
                    e.description or "").lower().split(), tries=24)
            if ref is not None:
                return Mention(0, 0, "", ref, ref.kind, ref.description)
        if head in lx.ANONYMOUS_HEADS:
            if back_reference:
                ref = self.history.last_before(pos, frozenset({"anon"}), tries=12)
                if ref is not None:
                    return Mention(0, 0, "", ref, ref.kind)
            extra = [w for w in low if w not in lx.DETERMINERS and w not in lx.ANONYMOUS_HEADS
                     and w not in {"anonymous", "unnamed", "anonymously", "other", "same"}]
            kind = "anonymous_described" if extra else "anonymous"
            eid = slug(" ".join(w for w in low if w not in lx.DETERMINERS))
            entity = self._entity(eid, kind=kind, category="anon", name=desc_text,
                                  description=desc_text if extra else None, country=country,
                                  plural=is_plural_head(head))
            return Mention(0, 0, "", entity, kind, desc_text if extra else None, country)
        if head == "reports" and len(tokens) >= 2 and low[-2] in _RECORD_REPORTS:
            # "campaign finance reports", "police reports", "quarterly earnings reports":
            # records of a kind, documents (where "reports" alone is hearsay)
            return self._document(slug(desc_text), desc_text)
        if head == "reports" and det == "" and _body_before(tokens[:-1]) and not (
                self.directory is not None and self.directory.find(desc_text)):
            # "FEC reports show", "Census Bureau reports": the filings a named body keeps or
            # publishes, records a reader can look up (where "reports" alone, "Russian
            # reports" or an outlet's reports are hearsay or the press)
            return self._document(slug(desc_text), desc_text)
        if head == "accounts" and (det in DEFINITE or words & _BOOK_WORDS or (
                len(tokens) == 2 and tokens[0].text.endswith(("'s", "’s"))
                and tokens[0].is_capitalised)):
            # "its annual accounts", "The accounts showed", "Southport's accounts": the
            # books, a document (where "eyewitness accounts" are what nobody in particular
            # told)
            return self._document(slug(desc_text), desc_text)
        if head in _MISSION_MEMBERS and _body_before(tokens[:-1]):
            # "European Union observers", "OSCE monitors": a named body's mission (named)
            entity = self._entity(slug(desc_text), kind="named_expert", category="org",
                                  name=desc_text, description=desc_text, plural=True)
            return Mention(0, 0, "", entity, "named_expert", desc_text)
        lead_word = next((w for w in low if w not in lx.DETERMINERS), head)
        if det == "the" and len(tokens) == 2 and head in _STUDY_TEAMS:
            # "The researchers found", "the authors wrote": the team of the study the article
            # names, identifiable (the wire readers call them named)
            entity = self._entity(eid_of(low), kind="named_person", category="org",
                                  name=desc_text, plural=True)
            return Mention(0, 0, "", entity, "named_person", desc_text)
        if head == "estimates" and head_idx > 0 and words & _BODY_ESTIMATORS:
            # "government estimates", "city estimates": a body's own figures, a record (the
            # wire readers); "industry estimates" stay a trade's talk (vague)
            return self._document(slug(desc_text), desc_text)
        if (head in lx.VAGUE_HEADS and det in lx.VAGUE_DETERMINERS and (
            len(tokens) <= 3 or head == "reports"
        ) and not words & _UNNAMED_WORDS) or (
                lead_word in lx.RUMOUR_HEADS and det in lx.VAGUE_DETERMINERS) or (
                # "market talk", "industry chatter": hearsay of a trade
                head in lx.RUMOUR_HEADS and len(tokens) >= 2 and det in lx.VAGUE_DETERMINERS):
            return self._vague(slug(head), desc_text)
        if head in lx.DOCUMENT_HEADS and not (
                head == "figures" and _people_figures(det, low, head_idx, text, tokens[-1].end)):
            # ("Some industry figures said", "political figures": people, not numbers)
            eid = slug(" ".join(w for w in low if w not in lx.DETERMINERS))
            return self._document(eid, desc_text)
        if head == "figures":
            # "Some industry figures have privately questioned", "Other senior figures": a
            # trade's or a party's prominent people at large, nobody in particular (the wire
            # readers type all 13 such sources vague)
            return self._vague(slug(desc_text), desc_text)
        if head in {"guard", "guards"} and head_idx > 0 and low[head_idx - 1] in _GUARD_BODIES and (
                det in {"the", ""} or tokens[head_idx].is_capitalised):
            # "coast guard says" (a headline), "the coast guard said": the service, a public
            # body answerable for what it says, not a guard on duty
            eid = slug(" ".join(w for w in low if w not in lx.DETERMINERS))
            entity = self._entity(eid, kind="named_official", category="org", name=desc_text,
                                  description=desc_text, country=country)
            return Mention(0, 0, "", entity, "named_official", desc_text, country)
        if det == "the" and len(tokens) == 2 and head in _CONFIDANT_NOUNS:
            # "the person told the OK! website" after "Another insider claimed": the unnamed
            # source the story has been quoting, not the last person it named
            ref = self.history.last_matching(
                pos, lambda e: e.kind == "anonymous_described" and not e.plural and (
                    (e.description or "").lower().split(" ", 1)[0] in {
                        "a", "an", "one", "another"}) and bool(
                    set(WORD_PATTERN.findall((e.description or "").lower())) & _CONFIDANT_NOUNS),
                tries=16)
            if ref is not None:
                return Mention(0, 0, "", ref, ref.kind, desc_text)
        if det in {"the", "this", "that"} and (
            head in lx.EXPERT_ROLES or head in lx.OFFICIAL_ROLES or head in _PERSON_HEADS
        ) and not head.endswith("s") and head not in lx.GOVERNMENT_HEADS:
            ref = self.history.last_fitting(pos, head, tries=16)
            if ref is not None:
                return Mention(0, 0, "", ref, ref.kind, desc_text)
        if det == "the" and len(tokens) == 2 and not head.endswith("s") and (
                head in lx.PERSON_NOUNS or head in lx.AGENT_NOUNS):
            # "the associate" after "A sales associate at a store in Fort Wayne": the unnamed
            # person introduced with that noun
            ref = self.history.last_matching(
                pos, lambda e: e.kind == "anonymous_described" and not e.plural and (
                    (e.description or "").lower().split(" ", 1)[0] in {"a", "an", "one"})
                and described_as(e.description, {head}), tries=16)
            if ref is not None:
                return Mention(0, 0, "", ref, ref.kind, desc_text)
        if det in DEFINITE and not head.endswith("s") and head in _ORG_NOUNS:
            # "the company", "the campaign": the body the article has named.
            if len(tokens) == 2:
                ref = self.history.last_matching(
                    pos, lambda e: e.category == "org" and _body_fits(e, head), tries=16)
                if ref is not None and ref.kind in NAMED_KINDS:
                    return Mention(0, 0, "", ref, ref.kind, desc_text)
            # A body the article names or qualifies ("The Sanders campaign", "the
            # nominee's campaign", "the fund"): identified for an editor even where the
            # name stood in a sentence this scan did not keep.
            eid = slug(" ".join(w for w in low if w not in lx.DETERMINERS))
            kind = "named_official" if head in lx.GOVERNMENT_HEADS else "named_expert"
            entity = self._entity(eid, kind=kind, category="org", name=desc_text,
                                  description=desc_text, country=country)
            return Mention(0, 0, "", entity, kind, desc_text, country)
        if head in _DECIDING_BODIES and det in {"a", "an"} and not (
                words & ANONYMITY_MARKERS) and not lx.WITHHELD_NAME.search(desc_text) and (
                head_idx == len(tokens) - 1):
            # "A federal judge ... ruling that", "An Ohio appeals court ruled": the court that
            # decides a case on the record, identifiable from it (named, as the wire set's
            # readers read it), not a withheld name
            eid = slug(" ".join(w for w in low if w not in lx.DETERMINERS))
            entity = self._entity(eid, kind="named_official", category="org", name=desc_text,
                                  description=desc_text, country=country)
            return Mention(0, 0, "", entity, "named_official", desc_text, country)
        if head in _CASE_BODIES and det in {"the", ""} and not (words & ANONYMITY_MARKERS):
            # "Prosecutors said", "French prosecutors", "investigators": the office on the
            # case, identifiable and answerable, as "police" is
            eid = slug(" ".join(w for w in low if w not in lx.DETERMINERS))
            entity = self._entity(eid, kind="named_official", category="org", name=desc_text,
                                  plural=True)
            return Mention(0, 0, "", entity, "named_official")
        if head in lx.GOVERNMENT_HEADS and det in {"the", ""}:
            eid = slug(" ".join(w for w in low if w not in lx.DETERMINERS))
            entity = self._entity(eid, kind="named_official", category="org", name=desc_text)
            return Mention(0, 0, "", entity, "named_official")
        if head in _COUNSEL and _counsel_of_a_party(tokens, low, det, head_idx):
            # "His lawyers said", "Lawyers for the county argued": the legal team of a party
            # the article names, answerable for what it says (the wire readers: named)
            entity = self._entity(eid_of(low), kind="named_person", category="org",
                                  name=desc_text, plural=True)
            return Mention(0, 0, "", entity, "named_person", desc_text)
        if det in DEFINITE and head == "general" and head_idx > 0 and (
                low[head_idx - 1] in _GENERAL_OFFICES) and not (words & ANONYMITY_MARKERS):
            # "the inspector general", "the Justice Department's inspector general", "the
            # attorney general": an office one knowable person holds (named)
            eid = slug(" ".join(w for w in low if w not in lx.DETERMINERS))
            entity = self._entity(eid, kind="named_official", category="person",
                                  name=desc_text, description=desc_text)
            return Mention(0, 0, "", entity, "named_official", desc_text)
        if det == "both" and head.endswith("s"):
            # "both candidates", "both parties": the two the article has named
            entity = self._entity(eid_of(low), kind="named_person", category="org",
                                  name=desc_text, plural=True)
            return Mention(0, 0, "", entity, "named_person", desc_text)
        if det in DEFINITE and not head.endswith("s") and (
                len(tokens) <= 3 or (det == "the" and len(tokens) <= 5)) and (
            head in lx.OFFICIAL_ROLES or head in lx.EXPERT_ROLES or head in _PERSON_HEADS
            or head in lx.DESCRIBED_ANONYMOUS_HEADS or head in lx.PERSON_NOUNS
        ) and head not in lx.GOVERNMENT_HEADS and not country:
            # "the official" after "an official who ...": the same unnamed person.
            ref = self.history.last_before(pos, frozenset({"anon"}), tries=12)
            if ref is not None and not ref.plural and head in (ref.description or "").lower():
                return Mention(0, 0, "", ref, ref.kind, desc_text)
            if head in _KNOWABLE_OFFICES:
                # "the mayor", "the governor": an office one knowable person holds (named).
                eid = slug(" ".join(w for w in low if w not in lx.DETERMINERS))
                entity = self._entity(eid, kind="named_official", category="person",
                                      name=desc_text, description=desc_text)
                return Mention(0, 0, "", entity, "named_official", desc_text)
            if head not in lx.DESCRIBED_ANONYMOUS_HEADS:
                # "the moderator", "the prince", "the New York businessman": the person the
                # article has just named; with nobody named before it, a reference the reader
                # cannot place.
                ref = self.history.last_person(pos, tries=4)
                if ref is not None and ref.kind in NAMED_KINDS and role_fits(ref, head):
                    return Mention(0, 0, "", ref, ref.kind, desc_text)
                return self._unresolved(desc_text)
        quantified = det in _VAGUE_QUANTIFIERS - {"several"} and head not in lx.DOCUMENT_HEADS
        if (head.endswith(("s", "men")) or (quantified and head in UNCOUNTED_PEOPLE)) and (
                head not in _CONFIDENTIAL_HEADS or quantified) and (
                # "Some shipping industry sources": sources, however many, are confidential
                head not in lx.ANONYMOUS_HEADS) and (
            (head in lx.PERSON_NOUNS and det in lx.VAGUE_DETERMINERS - {"the", "both", "several"})
            or quantified
        ) and not (words & ANONYMITY_MARKERS):
            # "voters", "many supporters", "some residents": a collective nobody could ask
            # ("several members", "Several other refugees" are particular people the reporter
            # counted, unnamed, as both readers of the wire set read them).
            return self._vague(slug(desc_text), desc_text)
        if det == "" and is_plural_head(head) and head.endswith("s") and (
                head not in _CONFIDENTIAL_HEADS and head not in lx.ANONYMOUS_HEADS) and not (
                words & ANONYMITY_MARKERS) and not low[0][:1].isdigit() and not any(
                t.text.endswith(("'s", "’s", "s'", "s’")) for t in tokens) and (
                head in lx.EXPERT_ROLES or head[:-1] in lx.EXPERT_ROLES or (
                    head in TRADE_PLURALS)) and len(tokens) <= 3:
            # "forecasters warned", "Infection control specialists say", "Port operators",
            # "Criminologists say": a trade at large, as the readers of the wire set read it
            # (vague)
            return self._vague(slug(desc_text), desc_text)
        if head in lx.DESCRIBED_ANONYMOUS_HEADS or head in lx.PERSON_NOUNS or (
            head in lx.OFFICIAL_ROLES or head in lx.EXPERT_ROLES
        ):
            if det == "the" and is_plural_head(head) and (
                    head not in lx.DESCRIBED_ANONYMOUS_HEADS) and (
                    head not in _COMMUNITY_PLURALS and head not in lx.VAGUE_HEADS):
                # "the candidates", "the Democrats", "the lawyers": the group the article is
                # writing about, as "the plaintiffs" is (below); "the officials" stay unnamed
                entity = self._entity(eid_of(low), kind="named_person", category="org",
                                      name=desc_text, plural=True)
                return Mention(0, 0, "", entity, "named_person", desc_text)
            eid = slug(" ".join(w for w in low if w not in lx.DETERMINERS))
            category = "anon" if det not in {"the", "his", "her", "their", "its"} else "person"
            entity = self._entity(eid, kind="anonymous_described", category=category,
                                  name=desc_text, description=desc_text, country=country,
                                  plural=is_plural_head(head))
            return Mention(0, 0, "", entity, "anonymous_described", desc_text, country)
        if head in lx.VAGUE_HEADS:
            return self._vague(slug(head), desc_text)
        if head in _STATES and det in {"", "some", "many", "most", "several", "other"} and not (
                words & NUMBER_WORDS):
            # "Western governments say", "Gulf capitals": states nobody names (the wire
            # readers); "the two governments", "both governments" are the ones named before
            return self._vague(slug(desc_text), desc_text)
        if det == "the" and head.endswith("s") and not head.endswith("ss"):
            # "The plaintiffs", "the authors": the group the article is writing about
            entity = self._entity(eid_of(low), kind="named_person", category="org",
                                  name=desc_text, plural=True)
            return Mention(0, 0, "", entity, "named_person", desc_text)
        if det in DEFINITE and head.endswith("-old"):
            # "the 27-year-old": the person just named
            ref = self.history.last_before(pos, frozenset({"person"}), tries=4)
            if ref is not None and ref.kind in NAMED_KINDS:
                return Mention(0, 0, "", ref, ref.kind, desc_text)
        if det in DEFINITE or not tokens[-1].is_word or (len(tokens) == 1 and (
            tokens[0].lower == tokens[0].text and head not in lx.PERSON_NOUNS
            and not (head.endswith("s") and not head.endswith("ss"))  # "nurses": people
        )):
            # "the women", "Clinton coverage", "interviewed": a phrase that names no one and
            # describes no source the reader could place is a reference left unresolved.
            return self._unresolved(desc_text)
        if det in {"", "the"} and not head.endswith("s") and head in _ORG_NOUNS and any(
                is_name_token(t) for t in tokens[:-1]):
            # "Renaissance Technologies hedge fund", "Halvorsen Energy's parent company": a
            # body with its name is named (with "a", "a Wall Street bank" stays unnamed)
            eid = slug(" ".join(w for w in low if w not in lx.DETERMINERS))
            entity = self._entity(eid, kind="named_expert", category="org", name=desc_text,
                                  description=desc_text, country=country)
            return Mention(0, 0, "", entity, "named_expert", desc_text, country)
        if head in _NOT_A_SPEAKER or head.isdigit() or (
                head in lx.CUE_VERB_FORMS and not tokens[-1].is_capitalised):
            # "six months", "no longer", "Carson appeared": no one a reader could place
            return self._unresolved(desc_text)
        noun = next((t for t in reversed(tokens[:head_idx + 1]) if t.is_word), tokens[-1])
        if noun.lower in COLLECTIVE_PLURALS:
            # "Posts widely shared on social media": nobody in particular
            return self._vague(slug(desc_text), desc_text)
        if not _agentive(noun) and not (
                # "one of his aides", "one of the people familiar with the inquiry"
                noun.lower in lx.PARTITIVES and _agentive(_partitive_group_head(tokens))):
            # "a quiz asked", "a slide show", "mailers going after": a thing, not someone a
            # reader could place; never an unnamed source (the rubric's "unnamed" is people
            # or a body, with a marker)
            return self._unresolved(desc_text)
        if is_plural_head(head) and det in _VAGUE_QUANTIFIERS and (
                head not in _CONFIDENTIAL_HEADS and not (words & ANONYMITY_MARKERS)):
            # "many homeowners", "some shopkeepers": people of a sort, a collective nobody
            # could ask (the rubric's vague), as "many voters" is
            return self._vague(slug(desc_text), desc_text)
        if det == "" and "and" in low and all(
                _placed_name(t) or t.lower in {"and", ","} for t in tokens) and (
                _placed_name(tokens[0]) and _placed_name(tokens[-1])):
            # "Washington and Seoul say", "Moscow and Beijing": named parties joined, each
            # one a reader can place (the wire readers: named)
            entity = self._entity(eid_of(low), kind="named_person", category="org",
                                  name=desc_text, plural=True)
            return Mention(0, 0, "", entity, "named_person", desc_text)
        # Anything else is an unnamed organisation or group described in passing, or one
        # person a role names ("One shop owner, who gave only her first name"), whom a later
        # "she" may be.
        eid = slug(" ".join(w for w in low if w not in lx.DETERMINERS))
        category = "anon" if one_person(desc_text) else "org"
        entity = self._entity(eid, kind="anonymous_described", category=category, name=desc_text,
                              description=desc_text, country=country,
                              plural=is_plural_head(head) and det == "" and (
                                  not low[0][:1].isdigit()))
        return Mention(0, 0, "", entity, "anonymous_described", desc_text, country)

    def _paper_document_before(self, pos: int) -> Entity | None:
        """The record "the paper" refers back to: the latest mention before `pos` that is a
        document called a paper, when no outlet was mentioned after it."""
        found = self.history.last_matching(pos, lambda e: e.category == "outlet" or (
            e.category == "document" and "paper" in (e.name or "").lower().split()
        ), tries=16)
        return found if found is not None and found.category == "document" else None

    def _post_modified(self, text: str, tokens: list[Token], low: list[str]) -> Mention | None:
        """What the head noun before a post-modifier makes of the whole phrase, whatever names
        the post-modifier holds: "figures from the National Migration Service" is a document,
        "a spokesman for the Nevada Democratic Party" an unnamed person."""
        if named_body_record(tokens, lx.DOCUMENT_HEADS):
            # "Ohio Department of Education data", "the Bank of England survey": a body's
            # record, named by the body before its head noun
            return self._document(slug(text[tokens[0].start:tokens[-1].end]),
                                  text[tokens[0].start:tokens[-1].end])
        met = next((i for i in range(1, len(tokens)) if low[i] in _MET_PARTICIPLES
                    and is_head_noun(tokens[i - 1]) and low[i - 1] not in lx.VAGUE_HEADS), None)
        if met is not None and low[0] not in DEFINITE and not any(
                is_name_token(t) and not (i == 0 and is_head_noun(t))
                for i, t in enumerate(tokens[:met])):
            # "Several orchard workers interviewed outside a packhouse", "voters interviewed
            # by AFP": particular people someone spoke to, unnamed, not a vague collective
            desc_text = text[tokens[0].start:tokens[-1].end]
            entity = self._entity(slug(" ".join(w for w in low if w not in lx.DETERMINERS)),
                                  kind="anonymous_described", category="anon", name=desc_text,
                                  description=desc_text, plural=is_plural_head(low[met - 1]))
            return Mention(0, 0, "", entity, "anonymous_described", desc_text)
        head = next((i - 1 for i in range(1, len(tokens)) if (
            low[i] in HEAD_ENDS and not _modifies_record_after(low, i)) or (
            # "the bureau's annual report to Congress", "Nielsen figures reported by TVNewser"
            low[i] in _RECORD_AFTER_HEAD and low[i - 1] in lx.DOCUMENT_HEADS and (
                tokens[i - 1].text.islower()))),
                    -1)
        if head > 0 and tokens[head].text.islower() and _record_noun(low, head) and (
                named_body_record(tokens[:head + 1], _RECORD_OR_FIGURES, shortest=2)):
            # "Nielsen figures reported by TVNewser", "Census Bureau estimates released in
            # December": the record of the body named before it, whatever follows
            reporting = self._outlet_reporting(text, tokens, None, 0)
            desc_text = text[tokens[0].start:tokens[-1].end]
            return reporting or self._document(slug(desc_text), desc_text)
        if head < 0 or not tokens[head].is_word or any(
                (is_name_token(t) and not (i == 0 and is_head_noun(t))) or t.text == ","
                for i, t in enumerate(tokens[:head + 1])):
            # "Jang Myong Chol, a senior official of ...": the name is the source (a head noun
            # opening a sentence, "Sources close to the Kremlin", is no name)
            return None
        noun = low[head]
        desc_text = text[tokens[0].start:tokens[-1].end]
        eid = slug(" ".join(w for w in low if w not in lx.DETERMINERS))
        if noun == "guide" and low[head + 1] in {"on", "to", "for"}:
            # "A new government guide on heat safety warns": a document, not a tour guide
            return self._document(eid, desc_text)
        if noun == "reports" and head == 0 and (set(low[head + 1:]) & _PRESS_WORDS or not any(
                is_name_token(t) for t in tokens[head + 1:])):
            # "reports in Czech media", "reports from the region": what the press or nobody
            # in particular says, hearsay (vague), as "reports" alone is
            return self._vague(slug(desc_text), desc_text)
        if _record_noun(low, head):
            # "a report published on Thursday by the Arizona Ledger": a masthead's reporting
            reporting = self._outlet_reporting(text, tokens, None, 0)
            return reporting or self._document(eid, desc_text)
        det = low[0] if low[0] in lx.DETERMINERS else ""
        inside_named_circle = noun == "people" and low[head + 1] in {"in", "at", "inside"} and (
            any(is_name_token(t) or t.bare in _INSIDE_BODIES for t in tokens[head + 2:]))
        if noun in COLLECTIVE_PLURALS and noun not in _COMMUNITY_PLURALS and det in {
                "", "two", "three", "four", "several"} and low[head + 1] in {"at", "on", "from"}:
            # "Teachers at two of the schools on the list", "workers on the platform": people
            # of a workplace the reporter reached, particular (unnamed); "Residents of
            # Kharipara" and "some workers" stay a collective
            entity = self._entity(eid, kind="anonymous_described", category="anon",
                                  name=desc_text, description=desc_text, plural=True)
            return Mention(0, 0, "", entity, "anonymous_described", desc_text)
        if det == "" and is_plural_head(noun) and noun not in _CONFIDENTIAL_HEADS and (
                noun not in lx.ANONYMOUS_HEADS) and head + 2 < len(low) and (
                low[head + 1] == "who") and not _did_something(low, head + 1) and not (
                set(low) & ANONYMITY_MARKERS):
            # "Lawyers who practice before the court", "Doctors who treat the disease": a
            # trade described by what it does, nobody in particular
            return self._vague(eid, desc_text)
        if (noun in _COMMUNITY_PLURALS or noun in COLLECTIVE_PLURALS) and det not in (
                DEFINITE) and _did_something(low, head + 1):
            entity = self._entity(eid, kind="anonymous_described", category="anon",
                                  name=desc_text, description=desc_text, plural=True)
            return Mention(0, 0, "", entity, "anonymous_described", desc_text)
        if det in {"", "some", "many", "most"} and noun in _COMMUNITY_PLURALS and not (
                set(low) & ANONYMITY_MARKERS) and not inside_named_circle:
            # ("some people in Trump world", "people at Boeing" are insiders: unnamed)
            # "Residents of Kharipara", "Some residents of Los Maquis", "Parents at the
            # school": a community nobody could ask
            return self._vague(eid, desc_text)
        if det in {"", "some", "many", "most"} and noun in lx.VAGUE_HEADS and (
                noun.endswith("s")) and low[head + 1] in {"in", "of", "across", "around"} and not (
                set(low) & ANONYMITY_MARKERS) and not inside_named_circle:
            # "Political observers in the state", "Observers of rural Catholic life",
            # "Political analysts in Zagreb": a trade's commentators of a place or a field,
            # vague as "observers" alone is (the wire readers); "Analysts at" a firm is the
            # firm's research (below)
            return self._vague(eid, desc_text)
        if det in {"", "some", "many", "most"} and (noun.endswith(
                PEOPLE_ENDINGS + LISTED_PEOPLE_ENDINGS) or (
                    # an expert trade of any ending ("Legal scholars in the city")
                    noun.endswith("s") and noun[:-1] in lx.EXPERT_ROLES)) and (
                low[head + 1] in _CLASS_PLACING) and noun not in _NO_PLACED_CLASS and not (
                set(low) & ANONYMITY_MARKERS) and not inside_named_circle:
            # "Radio amateurs in several countries", "hoteliers across the island": a trade or
            # a class of people placed by where they are, no
            # one in particular (vague, as "Residents of Kharipara" is; the wire readers type
            # such phrases vague three times in four)
            return self._vague(eid, desc_text)
        if det in {"some", "many", "most"} and is_plural_head(noun) and noun.endswith("s") and not (
                set(low) & ANONYMITY_MARKERS) and not inside_named_circle and (
                noun in _CONFIDENTIAL_HEADS or noun in lx.PERSON_NOUNS):
            # "Some diplomats in Moscow", "many officials in the region": uncounted, so a
            # collective nobody could ask, as "some officials" is (both readers of the wire
            # set, and "many officials" in the PolNeAR unnamed sample)
            return self._vague(eid, desc_text)
        rest = tokens[head + 2:]
        if noun == "authorities" and det in {"", "the"} and low[head + 1] in {"in", "of"} and (
                any(is_name_token(t) for t in rest)):
            # "Health authorities in Calder County", "the authorities in Kyiv": a place's
            # authorities, a body answerable for what it says (as "police" are)
            entity = self._entity(eid, kind="named_official", category="org", name=desc_text,
                                  description=desc_text, plural=True)
            return Mention(0, 0, "", entity, "named_official", desc_text)
        named_rest = rest[1:] if rest and rest[0].lower == "the" else rest
        firm = max((k for k, t in enumerate(named_rest) if t.text.islower() and (
            t.lower in _FIRM_NOUNS)), default=-1)
        if firm >= 0 and all(t.is_word for t in named_rest[:firm]):
            # "Analysts at brokerage Brennan & Co", "Analysts at Madrid brokerage Renta
            # Iberica", "researchers at the Amsterdam-based cybersecurity firm Hexline"
            named_rest = named_rest[firm + 1:]
        led = next((m for m in range(1, len(named_rest) - 1) if named_rest[m].lower == "led"
                    and named_rest[m + 1].lower == "by"), None)
        if led is not None:
            named_rest = named_rest[:led]  # "analysts at DNB Carnegie led by Marius Holt"
        if noun in _HOUSE_VIEWS and det == "" and low[head + 1] in {"at", "from"} and (
                named_rest) and all(t.is_capitalised or t.lower in {"&", "and", "of", "for"}
                                    for t in named_rest):
            # "Analysts at Bernheim Securities wrote in a note to clients": the firm's
            # research speaking, a named body (as both readers of the wire set read it;
            # "researchers at the Miami lab", no name, stay unnamed)
            entity = self._entity(eid, kind="named_expert", category="org", name=desc_text,
                                  description=desc_text, plural=True)
            return Mention(0, 0, "", entity, "named_expert", desc_text)
        if (noun in lx.DESCRIBED_ANONYMOUS_HEADS or noun in lx.ANONYMOUS_HEADS) and (
                det not in DEFINITE):
            country = nationality(tokens)
            entity = self._entity(eid, kind="anonymous_described", category="anon",
                                  name=desc_text, description=desc_text, country=country,
                                  plural=is_plural_head(noun))
            return Mention(0, 0, "", entity, "anonymous_described", desc_text, country)
        return None

    def _owned_by_name(self, text: str, tokens: list[Token], low: list[str]) -> Mention | None:
        """A body or a relative that a named owner identifies: "Hillary Clinton's campaign"
        (her campaign, a named body, as "the Clinton campaign" is), "Elliott's father" (one
        knowable person). The owner is a run of names; lowercase words may stand between
        ("Hillary Clinton's presidential campaign"); the head is singular."""
        owner = next((i for i, t in enumerate(tokens[:-1])
                      if t.text.endswith(("'s", "’s"))), None)
        if owner is None or not is_name_token(tokens[owner]) or not all(
                t.is_capitalised or t.text in {"&", "of"} for t in tokens[:owner]) or any(
                t.is_capitalised or not t.is_word for t in tokens[owner + 1:]):
            return None  # "Sen. Kelly Ayotte's campaign" passes, "the senator's aides" not
        head = low[-1]
        desc_text = text[tokens[0].start:tokens[-1].end]
        if _owned_press_office(tokens, low):
            return self._press_office(low, desc_text, None)  # "the FSB's press service"
        if head in lx.OUTLET_NOUNS or set(low) & NEWS_WORDS:
            return None  # "Iran's oil ministry news service": an outlet, read as one below
        if head in _UNIQUE_KIN or head in UNIQUE_POSTS or low[-2:] == ["campaign", "manager"] or (
                "chief" in low[owner + 1:-1]):
            # ("Gulfstar Property & Casualty's chief actuary": a chief post has one holder)
            entity = self._entity(slug(desc_text), kind="named_person", category="person",
                                  name=desc_text, description=desc_text)
            return Mention(0, 0, "", entity, "named_person", desc_text)
        if head in _ORG_NOUNS or head in lx.GOVERNMENT_HEADS:
            # a country's body is the state's ("Japan's central bank", "Iran's oil ministry")
            gov = head in lx.GOVERNMENT_HEADS or possessor_of(low[owner]) in lx.COUNTRY_NAMES
            kind = "named_official" if gov else "named_expert"
            country = nationality(tokens)
            entity = self._entity(eid_of(low), kind=kind, category="org", name=desc_text,
                                  description=desc_text, country=country)
            return Mention(0, 0, "", entity, kind, desc_text, country)
        return None

    def _press_office(self, low: list[str], desc_text: str, country: str | None) -> Mention:
        """A body's own office for the press (see `_owned_press_office`): the body
        speaking, named as an official voice."""
        entity = self._entity(eid_of(low), kind="named_official", category="org",
                              name=desc_text, description=desc_text, country=country)
        return Mention(0, 0, "", entity, "named_official", desc_text, country)

    def _office_holder(self, text: str, tokens: list[Token], low: list[str]) -> Mention | None:
        """The unnamed holder of a unique office is identifiable: "the transport minister",
        "the French president", "the head of MI6", "the Pentagon's spokesman". The office is
        singular and qualified (a word before its role, an "of"/"for" phrase after it, or a
        possessor); "a government minister" or "the official" stay unnamed."""
        if len(tokens) < 2 or len(tokens) > 10:
            return None
        first = tokens[0]
        possessor = first.lower != first.bare and first.text[:1].isupper()
        if first.lower != "the" and not possessor:
            return None
        head = -1
        for idx in range(1, len(tokens)):
            bare = low[idx]
            if bare in _UNIQUE_OFFICES:
                head = idx
                while head + 1 < len(tokens) and (
                        low[head + 1] in _UNIQUE_OFFICES or low[head + 1] in lx.OFFICIAL_ROLES):
                    head += 1  # "the deputy prime minister", "the chief executive officer"
                if low[head] == "chief" and head + 2 == len(tokens) and (
                        tokens[head + 1].text.islower() and tokens[head + 1].is_word):
                    head += 1  # "the company's chief designer", "its chief economist"
                break
            tok = tokens[idx]
            if not tok.is_word or tok.lower in {"of", "for", "at", "who", "and", "or"}:
                return None
            if tok.lower != tok.bare and idx > 1:
                return None
        if head < 0 or (low[head].endswith("s") and low[head] not in {"boss"}):
            return None
        rest = tokens[head + 1:]
        qualified = possessor or head > 1 or (
            len(rest) >= 2 and rest[0].lower in {"of", "for", "at"}
        )
        if not qualified or (rest and rest[0].lower not in {"of", "for", "at"}):
            return None
        if any(t.lower in {"and", "or", "who", "which", ","} for t in rest):
            return None
        tail = len(rest)
        while tail > 0 and is_name_token(rest[tail - 1]) and not rest[tail - 1].text.isupper():
            tail -= 1
        names = rest[tail:]
        if len(names) >= 2 and not any(
            t.text.isupper() or t.bare in lx.ORG_WORDS or t.bare in lx.GOVERNMENT_HEADS
            for t in names
        ) and " ".join(t.bare for t in names) not in lx.COUNTRY_NAMES:
            return None  # "the head of MI6 Richard Moore": a named person
        desc_text = text[tokens[0].start:tokens[-1].end]
        eid = slug(" ".join(w for w in low if w not in lx.DETERMINERS))
        country = nationality(tokens)
        entity = self._entity(eid, kind="named_official", category="person", name=desc_text,
                              description=desc_text, country=country)
        return Mention(0, 0, "", entity, "named_official", desc_text, country)
