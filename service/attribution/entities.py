"""Entities: who each source phrase is, one table per article, and what kind of source it is.

Stage 3 of the attribution pipeline. The `Resolver` keeps the article's entities (people,
bodies, outlets, documents, unnamed and vague sources), fixes each one's kind once, and links
later references to them: surnames, titles, pronouns, and descriptions such as "the company",
"the senator", "the agency". A reference nobody precedes is `unresolved`, never anonymous.
Kinds follow rubrics/source-kinds.md. A reference looks back through an index of earlier
mentions by category, never through the text.

The resolver is built in three layers, one module each: `entity_table.py` (the table, the
look-back index and the kinds that need no reading), `outlet_refs.py` (phrases that name an
outlet or its reporting) and this module, which reads a phrase (`Resolver.resolve`: a name
with its title, a body, a description, a pronoun, a post-modified phrase) and decides its
kind.
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
    UNRESOLVED,
    WORD_PATTERN,
    Entity,
    Mention,
    is_head_noun,
    is_plural_head,
    modified_indefinite,
    possessor_of,
    role_fits,
)
from .outlet_refs import OUTLET_KINDS, OutletResolution
from .phrases import (
    DOCUMENT_PARTICIPLES,
    NAME_PARTICLES,
    Units,
    document_phrase,
    is_name_token,
    is_role,
    nationality,
    says_state_media,
    slug,
)
from .text import Token, make_token, tokenize

# Roles held by one person at a time ("the transport minister"), unlike "official" or "aide".
_UNIQUE_OFFICES = frozenset({
    "president", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson",
    "governor", "mayor", "ambassador", "chancellor", "premier", "chief", "head", "director",
    "commander", "chairman", "chairwoman", "chair", "chairperson", "speaker", "king", "queen",
    "emperor", "sultan", "emir", "president-elect", "treasurer", "comptroller",
    "superintendent", "ceo", "prosecutor", "sheriff", "pope", "prime", "vice", "counsel",
})
_PERSON_HEADS = frozenset({"man", "woman", "person", "boy", "girl", "politician", "lawyer"})
"""Kind of a reference the article does not resolve ("they" with nobody before it)."""
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
                          "research", "position", "consultation", "scientific", "academic"})
# Who wrote a study, after it is named: "the researchers", "the authors", "the scientists"
_STUDY_TEAMS = frozenset({"researchers", "authors", "scientists"})
_DEFINITE = frozenset({"the", "this", "that", "his", "her", "their", "its"})
_ORG_NOUNS = lx.ORG_NOUNS
_POSSESSIVE_PRONOUNS = {"his": "he", "their": "they", "its": "it"}
# a pronoun with a contracted auxiliary: "who’d", "she's", "they’ve", "he’ll"
_CONTRACTED = re.compile(r"^(?:he|she|they|it|who|we|i|you)['’](?:d|s|ve|ll|re|m)$")
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


# What makes "a third" a share of a population ("Fewer than a third said", "about a third")
_SHARE_BEFORE = re.compile(r"\b(?:than|about|nearly|almost|roughly|around|only|just|some|over|"
                           r"under|least|to|fully|approximately|barely)\s+$", re.I)
# "A second person", "another official": one more member of a kind of source already named
_NEXT_MEMBER = frozenset({("a", "second"), ("a", "third"), ("a", "fourth"), ("another", "such")})
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


def _record_noun(low: list[str], head: int) -> bool:
    """The head noun at `head` (of bare forms `low`) names a record: a document's noun ("Some
    industry figures said" are people), or figures a body publishes ("station usage estimates
    published by the Office of Rail and Road"; "industry estimates" alone stay talk)."""
    word = low[head]
    if word in lx.DOCUMENT_HEADS:
        return not (word == "figures" and head > 0 and low[head - 1] in _PEOPLE_FIGURES)
    return word in _PUBLISHED_FIGURES and head + 1 < len(low) and (
        low[head + 1] in DOCUMENT_PARTICIPLES)


def _named_body_record(tokens: list[Token], heads: frozenset[str], shortest: int = 3) -> bool:
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


def _one_person(description: str) -> bool:
    """The description names one person by a role ("a nurse at the hospital", "A
    paediatrician at a hospital in Braga"): a "she" after it may be that person."""
    if _ONE_PERSON.search(description) is not None:
        return True
    words = [w.strip(",.;:").lower() for w in description.split()[:5]]
    return bool(words) and words[0] in {"a", "an", "one"} and any(
        w in _ROLE_WORDS for w in words[1:])


_FEMALE = re.compile(r"\b(?:woman|spokeswoman|daughter|mother|wife|sister|girl|chairwoman|"
                     r"businesswoman|congresswoman|actress|grandmother|aunt|niece|nun)\b",
                     re.IGNORECASE)
_MALE = re.compile(r"\b(?:man|spokesman|son|father|husband|brother|boy|chairman|businessman|"
                   r"congressman|actor|grandfather|uncle|nephew|priest|monk)\b", re.IGNORECASE)


def _as_common(tok: Token) -> Token:
    """The token read as a common word ("Regulators" opening a sentence, "MPs")."""
    return make_token(tok.start, tok.end, tok.text.lower())


# Members of a chamber, written as a plural acronym
_MEMBERS_PLURAL = frozenset({"MPs", "MEPs", "MSPs", "MLAs", "MPPs", "TDs", "MKs", "MHAs"})
# Nouns for a kind of outlet that open a sentence before the outlet's name
_OUTLET_KIND_WORDS = frozenset({"newspaper", "broadcaster", "daily", "magazine", "tabloid",
                                "weekly", "website", "paper", "broadsheet"})
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


def _gender_fits(pronoun: str, description: str) -> bool:
    """"He" is never "an ICE spokeswoman", "she" never "a spokesman"."""
    if pronoun.lower() in {"he", "him", "his", "himself"}:
        return _FEMALE.search(description) is None
    if pronoun.lower() in {"she", "her", "hers", "herself"}:
        return _MALE.search(description) is None
    return True


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


def _titled_name_end(tokens: list[Token]) -> int | None:
    """Where a titled name ends before what post-modifies it ("meteorologist Karen Holloway"
    of "meteorologist Karen Holloway of the weather service"): lowercase role words, then two
    or more name tokens, then "of", "at", "from" or "with"; None for any other phrase."""
    k = 0
    while k < len(tokens) and (tokens[k].text.islower() or k == 0) and is_role(tokens[k]):
        k += 1
    if k == 0:
        return None
    m = k
    while m < len(tokens) and is_name_token(tokens[m]):
        m += 1
    if m - k < 2 or m >= len(tokens) - 1 or tokens[m].lower not in {"of", "at", "from", "with"}:
        return None
    return m


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
_UNCOUNTED_PEOPLE = frozenset({"staff", "people", "personnel", "police", "clergy", "crew",
                               "townspeople", "townsfolk"})
# Determiners that make any plural group indefinite ("many trial lawyers", "some analysts").
_VAGUE_QUANTIFIERS = frozenset({"many", "some", "most", "several", "few", "numerous", "various"})
_ANONYMITY_MARKERS = frozenset({"familiar", "anonymity", "authorized", "authorised", "close",
                                "briefed", "knowledge", "unnamed", "unidentified", "aware"})
# A headline's "source says", "official says": a person whose name the article withholds.
_HEADLINE_WITHHELD = lx.ANONYMOUS_HEADS | frozenset({
    "official", "aide", "insider", "person", "staffer", "adviser", "advisor", "diplomat",
    "spokesman", "spokeswoman", "spokesperson", "employee", "member", "figure", "individual",
    "witness", "operative"})
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
        low[head_idx + 2] in _DEFINITE or tokens[head_idx + 2].is_capitalised)


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


def _record_and_maker(tokens: list[Token]) -> int:
    """The number of tokens of the record a phrase opens with, when a contact clause after it
    names who made it ("A screening survey | the charity published on May 9", "registration
    figures | UNHCR published on Monday"); 0 otherwise."""
    for i in range(1, min(len(tokens) - 1, 6)):
        head = tokens[i - 1]
        if head.bare not in lx.DOCUMENT_HEADS or head.is_capitalised:
            continue
        if not all(t.lower in lx.DETERMINERS or t.text.islower() or t.text[:1].isdigit()
                   for t in tokens[:i]):
            return 0
        nxt = tokens[i]
        if not (nxt.lower in {"the", "its", "their"} or nxt.is_capitalised):
            continue
        if any(t.lower in DOCUMENT_PARTICIPLES for t in tokens[i + 1:i + 5]):
            return i
    return 0


_SOME = frozenset({"some", "several", "many", "other", "few", "senior"})
# A named body's numbers, written after its name ("Office for National Statistics figures").
_BODY_NUMBERS = frozenset({"figures", "data", "estimates", "statistics", "numbers"})
# Who makes "estimates" that are a body's record, not a trade's talk.
_BODY_ESTIMATORS = frozenset({"government", "official", "city", "state", "ministry", "police",
                              "council", "county", "federal", "national", "municipal",
                              "provincial", "regional", "census", "army", "military"})
# The nouns a story uses for one confidential source, and for it again ("a source close to
# the actress" ... "another insider" ... "the person told the website").
_CONFIDANT_NOUNS = frozenset({"person", "source", "insider", "friend", "confidant"})
# A paper of research, not a newspaper: "the journal paper", "a research paper"
_RESEARCH_PAPER = frozenset({"journal", "research", "white", "working", "discussion", "policy",
                             "scientific", "academic", "conference"})
# What makes "figures" people ("Political figures in the capital"), not numbers
_PEOPLE_FIGURES = frozenset({"political", "public", "senior", "opposition", "religious",
                             "party", "leading", "prominent", "key", "community", "business",
                             "military", "tribal", "royal", "government", "establishment"})
# What an outlet named before it makes: "the Bloomberg report", "the Xinhua story".
_NAMED_WORK = frozenset({"report", "story", "article", "investigation", "dispatch"})
# Bodies whose people are insiders, not a community ("people at the company", "people in the
# ministry", "people at two Chinese carmakers", "people in their management teams": unnamed,
# as the wire readers read them; "people in the town" stay a community)
_INSIDE_BODIES = frozenset({
    "company", "companies", "firm", "firms", "ministry", "ministries", "bank", "banks",
    "government", "department", "agency", "campaign", "embassy", "palace", "administration",
    "party", "board", "management", "carmaker", "carmakers", "automaker", "automakers",
    "insurer", "insurers", "lender", "lenders", "regulator", "cabinet", "presidency",
    "commission", "club", "team", "teams", "group", "office", "offices"})
# The last word of a paper's name that is also a common noun ("the Southside Star", "The
# Valley News"), never a party's or a leader's ("The Wisconsin Republican", "the Opposition
# Leader")
_PAPER_WORDS = frozenset({"star", "post", "times", "sun", "globe", "news", "herald", "journal",
                          "mail", "mirror", "express", "record", "review", "observer",
                          "tribune", "gazette", "courier", "chronicle", "telegraph", "dispatch",
                          "bulletin", "examiner", "inquirer", "enquirer", "sentinel", "ledger",
                          "beacon", "monitor", "banner", "echo", "bee", "mercury", "press"})
# An appositive that says what a name is: a news outlet ("a local weekly", "a regional
# newspaper", "the country's largest daily"), with no preposition that would make its head a
# person of the outlet ("a reporter for the paper")
_OUTLET_APPOSITIVE = re.compile(
    r"(?:a|an|the)\s+(?:(?!(?:for|of|at|with|from|in|on|by)\b)[\w’'-]+\s+){0,3}"
    r"(?:weekly|daily|newspaper|paper|tabloid|broadsheet|broadcaster|magazine|news\s+website|"
    r"news\s+site|news\s+agency|news\s+portal|radio\s+station|television\s+station|"
    r"TV\s+station|television\s+channel|news\s+channel|publication)", re.IGNORECASE)
# A party's member is never a surname ("a California Democrat", "Senate Republicans").
_PARTY_MEMBERS = frozenset({"republican", "democrat", "independent", "libertarian",
                            "conservative", "liberal", "progressive", "socialist", "tory"})
# Relations one person holds to another: "Elliott's father" is one knowable person, named.
# Posts one person holds for an owner: "Trump's newly installed campaign chief", "Adelson's
# spokesman" is one knowable person (named), where "a spokesman for X" is unnamed.
_UNIQUE_POSTS = frozenset({"chief", "manager", "chairman", "chairwoman", "chair", "director",
                           "spokesman", "spokeswoman", "spokesperson", "president", "ceo",
                           "founder", "treasurer", "counsel", "secretary",
                           # "its leader", "its chief executive" (wire dev, eleventh session)
                           "leader", "chairperson", "head", "owner", "boss", "executive",
                           "governor", "mayor", "commander", "secretary-general", "rector",
                           "abbot", "bishop", "principal", "dean", "editor",
                           # "a change its archbishop says is needed" (wire dev, 31st batch)
                           "archbishop", "patriarch", "imam", "rabbi", "pastor", "vicar",
                           "coach", "captain", "superintendent"})
_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})
# People who speak for someone when "for" names who ("a representative for the singer")
_AGENTS_FOR = frozenset({"representative", "rep", "publicist"})


def _speaks_for_a_body(text: str, tokens: list[Token]) -> bool:
    """A spokesperson the phrase ties to a body: a name or a noun before the head ("A
    Halvorsen spokesman", "a company spokeswoman"), an owner ("its spokeswoman", "the
    ministry's spokesman") or a body after it ("a spokeswoman for the hospital"). A bare "a
    spokeswoman" is no one's voice in particular and stays unnamed (issue 10), as does one
    who withholds even that ("A Halvorsen spokesman, who did not give his name")."""
    low = [t.lower for t in tokens]
    head = next((i for i, w in enumerate(low) if w in _SPOKESPEOPLE), -1)
    if head < 0:
        # "A representative for the singer", "a publicist for Cole": who speaks for a person
        # or a firm, as a spokesperson does (the wire readers: named); "a representative
        # from Ohio" is a lawmaker, no one's voice
        head = next((i for i, w in enumerate(low[:-1]) if w in _AGENTS_FOR
                     and low[i + 1] == "for"), -1)
    if head < 0 or set(low) & _ANONYMITY_MARKERS:
        return False
    after = text[tokens[-1].end:tokens[-1].end + 120]
    if re.match(r"\s*,?\s*who\b", after) and lx.WITHHELD_NAME.search(after.split(".")[0]):
        return False
    if head + 1 < len(low) and low[head + 1] in {"for", "of", "at"}:
        return True  # "a spokeswoman for the hospital"
    before = low[:head]
    return bool(before) and (
        any(is_name_token(t) for t in tokens[1:head])  # "A Halvorsen spokesman"
        or before[-1] not in lx.DETERMINERS  # "a company spokeswoman"
        or before[0] in lx.POSSESSIVE_DETERMINERS  # "its spokeswoman"
        or before[-1].endswith(("'s", "’s")))  # "the ministry's spokesman"


_UNIQUE_KIN = frozenset({"father", "mother", "wife", "husband", "widow", "widower",
                         "stepfather", "stepmother", "fiancé", "fiancée", "fiance", "fiancee",
                         "dad", "mom", "mum"})
# Heads that make a phrase a time, a count or a verb, never someone who speaks ("six months
# since announcing", "could no longer defend"): a scan that stopped in the wrong place.
_NOT_A_SPEAKER = lx.TIME_NOUNS | lx.WEEKDAYS | {
    "week", "month", "year", "minute", "decade", "time", "times", "longer", "earlier", "today",
    "yesterday", "tonight"}
# The services a "guard" heads: "the coast guard", "the national guard", "border guard".
_GUARD_BODIES = frozenset({"coast", "national", "border", "civil", "presidential", "home"})
# What a network's name says it carries, when "Network" ends an outlet's name.
_BROADCAST_WORDS = NEWS_WORDS | {"cable", "sports", "channel", "satellite", "public"}
# Words that end a head noun and open what modifies it, in a phrase that may hold names.
# The words that tie a document to its author, client or place ("an audit by", "a poll for",
# "a post on", "a letter from"): document_phrase decides whether they do here.
_DOCUMENT_LINKS = frozenset({"by", "on", "from", "for"})
# Participles that make people particular: someone met them ("voters interviewed by AFP").
_MET_PARTICIPLES = lx.MET_PARTICIPLES


_GAZETTES = frozenset({"gazette", "journal", "register", "bulletin"})
# Who decides a case on the record: "a federal judge", "an appeals court", "a grand jury"
_DECIDING_BODIES = frozenset({"judge", "court", "jury", "magistrate", "tribunal"})
# The endings of plural nouns for people that few surnames share ("shareholders", "regulators",
# "analysts", "migrants", "residents", "civilians", "employees", "relatives", "troops")
_COMMON_PLURAL_ENDINGS = ("ers", "ors", "ists", "ants", "ents", "ians", "ees", "ives", "ops")


class Resolver(OutletResolution):
    """Classifies source noun phrases and links references to earlier mentions (the table
    and the outlet phrases it builds on: `EntityTable`, `OutletResolution`)."""

    # -- classification --

    def resolve(self, text: str, tokens: list[Token], pos: int, *,
                description: str | None = None, antecedent: Mention | None = None,
                units: Units | None = None, first: int = 0, in_headline: bool = False,
                quoted: bool = False) -> Mention:
        """The mention made by `tokens` (a noun phrase of `text`) at article position `pos`.

        `description` is an appositive found next to the phrase; `antecedent` is what a
        relative pronoun ("who") refers to; `first` is the index in the caller's token list
        of tokens[0], used to look up `units`. A phrase inside a quotation (`quoted`) is the
        speaker's word, not whom a later "she" refers back to ("“I am the proud daughter of
        immigrants who taught me ...,” she said"; "“Taxpayers were told ...,” she said").
        """
        start, end = tokens[0].start, tokens[-1].end
        span_text = text[start:end]
        if in_headline and len(tokens) <= 4 and (
                is_role(tokens[-1]) or (len(tokens) == 1 and tokens[0].bare in lx.NATIONALITIES)
        ) and not tokens[-1].bare.endswith("s") and tokens[0].bare not in lx.DETERMINERS and (
                tokens[-1].bare not in _HEADLINE_WITHHELD) and (
                tokens[-1].bare not in _UNCOUNTED_PEOPLE):
            # "Lawmaker says ...", "Cuban slams ...", "Former White House doctor: ...": a
            # headline's role without an article is one person the article identifies below
            # (a plural without an "-s", "staff say", "clergy warn", is a group)
            entity = self._entity("headline-" + slug(tokens[0].text), kind="named_person",
                                  category="person", name=tokens[0].text)
            mention = Mention(0, 0, "", entity, "named_person")
        else:
            if not in_headline and len(tokens) == 1 and self._plural_opening(text, tokens[0]):
                # "Regulators said", "Shareholders said": a plural opening the sentence is
                # capitalised there, not a name (a surname is introduced whole before)
                tokens = [_as_common(tokens[0])]
            if tokens[-1].text in _MEMBERS_PLURAL:
                # "MPs said", "Many MPs": members of a chamber, a group like "lawmakers", not
                # an acronym's body
                tokens = [*tokens[:-1], _as_common(tokens[-1])]
            elif len(tokens) > 1 and tokens[0].is_capitalised and (
                    tokens[0].bare in _OUTLET_KIND_WORDS) and tokens[1].is_capitalised and not any(
                    t.bare in lx.ORG_WORDS for t in tokens[1:]):
                # "Newspaper La Nacion reported", "Newspaper Reforma said": the kind of
                # outlet, capitalised as the sentence opens, before its name (not "Newspaper
                # Association of America", a body)
                tokens = [_as_common(tokens[0]), *tokens[1:]]
            mention = self._classify(text, tokens, pos, description, antecedent, units, first)
            if mention.kind == "anonymous_described" and _speaks_for_a_body(text, tokens):
                # "A Halvorsen spokesman", "a spokeswoman for the hospital": the body's
                # voice on the record (the rubric's role one knowable person holds; the wire
                # readers: named, 166 to 7), for every later "the spokesman" and "he" too
                mention.entity.kind = mention.kind = "named_official"
                mention.entity.category = "person"
        mention.start, mention.end, mention.text = start, end, span_text
        self.note_acronym(mention)
        self._note_outlet_short_form(mention)
        if mention.country is None and mention.entity.country is None and (
            mention.kind in {"state_affiliated_outlet", "unnamed_outlet", "anonymous_described"}
        ):
            mention.country = self.context_country
        if not quoted:
            self.history.add(pos, mention.entity)
        return mention

    def _plural_opening(self, text: str, tok: Token) -> bool:
        """A capitalised word ending in "s" that opens its sentence, and is neither a surname
        the article has introduced nor a name the directory holds."""
        if not (tok.text[:1].isupper() and tok.text[1:].islower()
                and tok.bare.endswith(_COMMON_PLURAL_ENDINGS)) or tok.bare in lx.KNOWN_WORDS:
            return False  # "Collins", "Williams", "Daniels": as often a surname as not
        before = text[max(0, tok.start - 3):tok.start].rstrip(" “\"‘'(")
        if before and before[-1] not in ".!?\n":
            return False
        if possessor_of(tok.lower) in self.by_surname or tok.bare[:-1] in self.by_surname:
            return False
        return self.directory is None or not any(
            m.start == 0 for m in self.directory.find(tok.text))


    def _classify(self, text: str, tokens: list[Token], pos: int, description: str | None,
                  antecedent: Mention | None, units: Units | None, first: int) -> Mention:
        low = [t.bare for t in tokens]
        named_outlet = self._after_outlet_noun(text, tokens)
        if named_outlet is not None:
            return named_outlet
        if description and _OUTLET_APPOSITIVE.fullmatch(description) and all(
                t.is_capitalised or t.lower in {"the", "de", "da", "do", "del", "la", "le", "di"}
                for t in tokens) and not (self.directory is not None and self.directory.find(
                    text[tokens[0].start:tokens[-1].end])):
            # "The Jornal de Corval, a local weekly, reported": a paper by what the article says
            # it is, one the directory does not hold (unrated)
            return self._unrated_outlet(text[tokens[0].start:tokens[-1].end],
                                        text[tokens[0].start:tokens[-1].end])
        if len(tokens) == 1 and tokens[0].text in self.acronyms:
            # "TNA quoted ..." after "The Tavarian News Agency (TNA) said"
            defined = self.acronyms[tokens[0].text]
            return Mention(0, 0, "", defined.entity, defined.kind, None, defined.country,
                           defined.outlet)
        named = [t.text for t in (tokens[1:] if tokens[0].lower == "the" else tokens)]
        # "Joy Sports said" after "broadcaster Joy Sports"; "Valor said" after "newspaper
        # Valor Econômico"
        short = self.outlet_short_forms.get(" ".join(named)) if len(named) > 1 else (
            self.outlet_short_forms.get(possessor_of(tokens[0].text))
            if len(tokens) == 1 and tokens[0].is_capitalised else None)
        if short is not None:
            return Mention(0, 0, "", short.entity, short.kind, None, short.country,
                           short.outlet)
        if len(tokens) == 1 and tokens[0].lower in lx.PRONOUNS:
            return self._pronoun(tokens[0].lower, pos, antecedent)
        titled = _titled_name_end(tokens)
        if titled is not None:
            # "meteorologist Karen Holloway of the weather service's Indianapolis office": the
            # titled name is the person; what follows says where she works
            return self._classify(text, tokens[:titled], pos, description, antecedent, units,
                                  first)
        if len(tokens) == 1 and tokens[0].lower in _POSSESSIVE_PRONOUNS:
            # "their claims for adjudication": the possessor is the pronoun's referent
            return self._pronoun(_POSSESSIVE_PRONOUNS[tokens[0].lower], pos, antecedent)
        if len(tokens) == 1 and _CONTRACTED.match(tokens[0].lower):
            # "who’d previously endorsed", "she's said": the contraction is its pronoun
            word = tokens[0].lower.replace("’", "'").split("'", 1)[0]
            return self._pronoun(word, pos, antecedent)
        if _named_body_record(tokens, _BODY_NUMBERS):
            # "Bank of Portugal estimates", "Kessler Institute figures": the body's numbers, a
            # record (the wire readers); a body the outlet table holds is resolved before this
            return self._document(slug(text[tokens[0].start:tokens[-1].end]),
                                  text[tokens[0].start:tokens[-1].end])
        if len(tokens) == 2 and tokens[1].bare in _NAMED_WORK and tokens[0].is_capitalised and (
                tokens[0].text.endswith(("'s", "’s"))):
            # "Bloomberg's report said": the outlet's own reporting, that outlet speaking, as
            # "the Bloomberg report" is
            author = self._outlet(text, tokens[:1], units, first)
            if author is not None and author.kind in OUTLET_KINDS:
                return Mention(0, 0, "", author.entity, author.kind,
                               text[tokens[0].start:tokens[-1].end], outlet=author.outlet)
        if len(tokens) > 2:
            published = self._outlet_work_in(text, tokens, units, first)
            if published is not None:
                return published
            if (low[0] == "the" or (low[0] in {"a", "an"} and tokens[-1].bare in {
                    "report", "story", "article"})) and tokens[-1].bare in _NAMED_WORK and all(
                    t.is_capitalised for t in tokens[1:-1]):
                # "The Xinhua report said", "the Bloomberg report", "the Bangkok Post
                # report", "a Reuters report": the outlet's own reporting, that outlet
                # speaking (the wire readers: 22 of 22 such sources); the directory's match
                # may hold the article ("the New York Post"). "a USA TODAY investigation
                # found" is as often the publisher's own work, and stays a record
                author = self._outlet(text, tokens[1:-1], units, first + 1) or (
                    self._outlet(text, tokens[:-1], units, first))
                if author is not None and author.kind in OUTLET_KINDS:
                    return Mention(0, 0, "", author.entity, author.kind,
                                   text[tokens[0].start:tokens[-1].end], outlet=author.outlet)
            made = _record_and_maker(tokens)
            if made:
                # "A screening survey the charity published on May 9", "registration figures
                # UNHCR published on Monday": the record, its maker in a contact clause
                desc_text = text[tokens[0].start:tokens[-1].end]
                return self._document(slug(" ".join(t.lower for t in tokens[:made])), desc_text)
        if len(tokens) > 2 and not _DOCUMENT_LINKS.isdisjoint(low) and (
                document_phrase(tokens)):
            # "A 2022 audit by the comptroller's office", "a poll released by the Post and
            # ABC News": a document, whoever wrote it
            reporting = self._outlet_reporting(text, tokens, units, first)
            if reporting is not None:
                return reporting
            desc_text = text[tokens[0].start:tokens[-1].end]
            return self._document(slug(" ".join(w for w in low if w not in lx.DETERMINERS)),
                                  desc_text)
        if len(tokens) == 1 and low[0] == "one" and (tokens[0].is_capitalised or description):
            # "Two teachers ..., who asked not to be named, said ... One said ...": one of
            # the group that withheld its names just before, as "One of them" is
            ref = self.history.last_matching(
                pos, lambda e: e.kind == "anonymous_described" and lx.WITHHELD_NAME.search(
                    e.description or "") is not None, tries=8)
            if ref is not None and not description:
                return Mention(0, 0, "", ref, ref.kind, ref.description)
            if description:
                # "“...,” said one, a 41-year-old salesman from Osaka": one person the
                # appositive describes, unnamed
                entity = self._entity(f"one-{slug(description.lower())}",
                                      kind="anonymous_described", category="anon",
                                      name=description, description=description)
                return Mention(0, 0, "", entity, "anonymous_described", description)
        if len(tokens) == 3 and low[1] == "of" and low[0] in lx.QUANTITY_HEADS and (
                low[2] in {"them", "us"}):
            # "one of them": one of the group just named
            ref = self.history.last_plural(pos, tries=8)
            if ref is not None:
                return Mention(0, 0, "", ref, ref.kind, ref.description)
            # a group the analysis did not place ("Workers at the plant were angry. One of them
            # said"): still one unidentified person of it, as the wire readers read all 44
            # such sources (unnamed, not confidential), never a reference left unresolved
            desc_text = text[tokens[0].start:tokens[-1].end]
            entity = self._entity(f"{slug(desc_text.lower())}-{pos}", kind="anonymous_described",
                                  category="anon", name=desc_text, description=desc_text)
            return Mention(0, 0, "", entity, "anonymous_described", desc_text)
        if len(tokens) >= 4 and low[1] == "of" and low[0] in lx.QUANTITY_HEADS and (
                low[2] in _DEFINITE):
            # "one of the diplomats" after "two diplomats who spoke on condition of anonymity":
            # one of the same group, one origin
            member_of = low[-1]
            ref = self.history.last_matching(
                pos, lambda e: e.category == "anon" and e.plural and member_of in (
                    e.description or "").lower(), tries=24) or self.history.last_matching(
                # "Two Department of Homeland Security officials, who spoke on condition of
                # anonymity, said": a group read as a body's people, not flagged plural
                pos, lambda e: e.kind == "anonymous_described" and member_of.endswith("s")
                and member_of in WORD_PATTERN.findall((e.description or "").lower()),
                tries=24)
            if ref is not None:
                return Mention(0, 0, "", ref, ref.kind, ref.description)
        if len(tokens) == 3 and (low[0], low[1]) in _NEXT_MEMBER and (
                low[2] in lx.ANONYMOUS_HEADS or low[2] in lx.DESCRIBED_ANONYMOUS_HEADS):
            # "A second person said ..." after "a person familiar with the matter": one more
            # person of the same confidential kind, a source of its own
            member = low[2]
            ref = self.history.last_matching(
                pos, lambda e: e.category == "anon" and member in (e.description or "").lower(),
                tries=24)
            if ref is not None and ref.description:
                ref_words = ref.description.split()
                at = next((i for i, w in enumerate(ref_words) if w.lower().strip(",") == member),
                          -1)
                if at >= 0 and at + 1 < len(ref_words):
                    modifier = " ".join(ref_words[at + 1:])
                    desc_text = f"{text[tokens[0].start:tokens[-1].end]} {modifier}"
                    entity = self._entity(slug(desc_text) + f"-{pos}",
                                          kind="anonymous_described", category="anon",
                                          name=desc_text, description=desc_text)
                    return Mention(0, 0, "", entity, "anonymous_described", desc_text)
        if low in (["another"], ["the", "other"], ["a", "second"], ["a", "third"]) and not (
                _SHARE_BEFORE.search(text, max(0, tokens[0].start - 16), tokens[0].start)):
            # "Another said ..." after "One of the people": one more of the same unnamed group
            # ("Fewer than a third said": a share of those asked, not a third person)
            ref = self.history.last_matching(
                pos, lambda e: e.category == "anon" and e.plural, tries=24)
            if ref is not None:
                return Mention(0, 0, "", ref, ref.kind, ref.description)
        if len(tokens) == 1 and tokens[0].is_capitalised and not is_name_token(tokens[0]):
            known = self.by_surname.get(possessor_of(tokens[0].lower))
            if known is not None:  # "King said" after "Billie Jean King"
                return Mention(0, 0, "", known, known.kind)
            if _after_closing_quote(text, tokens[0].start) and tokens[0].bare not in (
                    lx.NATIONALITIES) and tokens[0].lower not in lx.DETERMINERS and not (
                    is_plural_head(tokens[0].bare)):  # '"...," Critics said' is not a surname
                # '"..." Young said': the speaker after a quotation is a surname, even one
                # that is also a word
                entity = self._person([tokens[0].text])
                return Mention(0, 0, "", entity, entity.kind)
        office = self._office_holder(text, tokens, low)
        if office is not None:
            return office
        if len(tokens) == 1 and tokens[0].is_capitalised:
            known = self.by_surname.get(possessor_of(tokens[0].lower))
            if known is not None and known.category == "person":
                # "Day said" after "Kristen Day, executive director of ...": her surname, not
                # the newspaper of that name
                return Mention(0, 0, "", known, known.kind)
        outlet_mention = self._outlet(text, tokens, units, first)
        if outlet_mention is not None:
            return outlet_mention
        modified = self._post_modified(text, tokens, low)
        if modified is not None:
            return modified
        owned = self._owned_by_name(text, tokens, low)
        if owned is not None:
            return owned
        if len(tokens) in (2, 3) and low[0] in {"its", "their"} and low[-1] in _UNIQUE_POSTS and (
                low[-1] not in _SPOKESPEOPLE):
            # "its director", "their chairman", "its chief executive": the one person holding
            # the body's post, named (the rubric's "a role held by one knowable person"); with
            # no body before it, still the one holder of a post
            desc_text = text[tokens[0].start:tokens[-1].end]
            post = " ".join(low[1:])
            body = self.history.last_before(pos, frozenset({"org", "outlet", "anon"}), tries=8)
            eid = f"{body.id}-{slug(post)}" if body is not None else slug(desc_text.lower())
            name = f"{body.name}'s {post}" if body is not None else desc_text
            entity = self._entity(eid, kind="named_official", category="person", name=name,
                                  description=desc_text)
            return Mention(0, 0, "", entity, "named_official", desc_text)
        # Title + surname: "Mr Korotchenko", "Sen. Cruz".
        if len(tokens) >= 2 and tokens[0].bare.rstrip(".") in lx.PERSON_TITLES:
            name_tokens = [t for t in tokens[1:] if is_name_token(t)]
            if name_tokens and description:
                return self._named(text, tokens, [], name_tokens, description)
            if name_tokens:
                entity = self._person([t.text for t in name_tokens])
                return Mention(0, 0, "", entity, entity.kind)
        if len(tokens) == 1 and tokens[0].is_capitalised and tokens[0].bare in lx.NATIONALITIES \
                and not tokens[0].bare.endswith("s"):
            # A bare singular demonym standing alone as a subject is a surname ("Cuban also
            # complained"): a people is plural ("Cubans") and one of them takes an article.
            entity = self._person([tokens[0].text])
            return Mention(0, 0, "", entity, entity.kind)
        # Names: capitalised run at the end of the phrase, after the last role word.
        run = len(tokens)
        org_tail = _org_tail(tokens)
        if org_tail < run:
            run = org_tail
        elif _common_word_surname(text, tokens):
            run -= 1  # "Tennis star Billie Jean King said": King is her surname
        if run == len(tokens) >= 2 and tokens[-1].is_capitalised and (
                tokens[-1].bare in lx.NATIONALITIES) and is_name_token(tokens[-2]):
            run -= 1  # a surname that is also a demonym: "Mark Cuban", "Tom English"
        while run - 1 >= 0 and (is_name_token(tokens[run - 1]) or (
            tokens[run - 1].lower in {"and", "&", "-"} and run - 1 > 0
            and run < len(tokens)
        ) or (
            # "Corriere dello Sport", "La Gazzetta dello Sport", "Ursula von der Leyen": a
            # small word inside the name, between its capitalised words
            tokens[run - 1].lower in NAME_PARTICLES and run - 1 > 0 and run < len(tokens)
            and tokens[run].is_capitalised and (is_name_token(tokens[run - 2]) or (
                tokens[run - 2].lower in NAME_PARTICLES))
        )):
            run -= 1
        names = [t for t in tokens[run:] if t.is_word and t.lower not in {"and"}]
        # "MI6 Richard Moore", "FBI Director James Comey": the person is after the acronym.
        for cut in range(len(names) - 2, -1, -1):
            word = names[cut].text
            if len(names) - cut - 1 >= 1 and (
                any(c.isdigit() for c in word) or (word.isupper() and len(word) > 1)
            ) and not any(c.isdigit() or (c.isupper() and len(c) > 1) for c in
                          names[cut + 1].text[:1]) and names[-1].text[:1].isupper() and (
                not names[-1].text.isupper()
            ):
                run = run + cut + 1 - sum(
                    1 for t in tokens[run:run + cut + 1] if not t.is_word or t.lower == "and"
                )
                names = names[cut + 1:]
                break
        lead = tokens[:run]
        if names and any(t.lower in {"of", "for", "with", "at"} for t in names):
            names = []
        place = next((i for i, t in enumerate(tokens[:run]) if i > 0 and t.lower in {
            "near", "outside", "in", "from", "around", "on"} and tokens[i - 1].is_word
            and not is_name_token(tokens[i - 1]) and (tokens[i - 1].bare.endswith("s") or (
                # "A farmer near Ede": one person, placed (not the town)
                t.lower in {"near", "around", "outside"} and is_role(tokens[i - 1])) or (
                # "A Southeast Asian diplomat in Hanoi": one person, placed, whatever
                # capitalised words describe the role
                low[0] in {"a", "an", "one", "another"} and is_role(tokens[i - 1])))), None)
        if names and place is not None:
            names = []  # "Two farmers near the town of Salamanca": people, placed
        if names and modified_indefinite(tokens, run):
            names = []  # "Sources close to the Kremlin", "a diplomat based in Geneva"
        if names:
            return self._named(text, tokens, lead, names, description, org=org_tail < len(tokens))
        leading = next((i for i, t in enumerate(tokens) if not is_name_token(t)), len(tokens))
        if 2 <= leading < len(tokens) - 1 and low[leading] in {"of", "at", "from"} and (
                not any(t.bare in lx.ORG_WORDS for t in tokens[:leading])):
            # "Robert Antonacci of the New York delegation": the person, placed
            return self._named(text, tokens, [], tokens[:leading], description or text[
                tokens[leading + 1].start:tokens[-1].end])
        if len(tokens) >= 3 and low[0] == "the" and tokens[-1].is_capitalised and (
                low[-1] in _PAPER_WORDS) and all(
                is_name_token(t) for t in tokens[1:-1]):
            # "the Southside Star", "The Valley News": a masthead whose last word is also a
            # common noun (so no name token), after "the": a paper the directory does not hold
            return self._named(text, tokens, tokens[:1], tokens[1:], description)
        title = _capitalised_title(tokens)
        if title is not None:  # "Bank of America", "the Council on Foreign Relations"
            return self._named(text, tokens, tokens[:title], tokens[title:], description,
                               org=True)
        return self._described(text, tokens, low, pos)

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
        for idx, tok in enumerate(tokens):
            if idx > 0 and not tokens[idx - 1].lower.endswith(("ly", "'s", "’s")) and (
                tokens[idx - 1].lower != "own") and not _name_with_of_owns(tokens, idx) and (
                tok.lower in POST_MODIFIERS or ((
                    tok.lower[-2:] == "ed" or tok.lower[-3:] == "ing"
                ) and is_head_noun(tokens[idx - 1])) or (
                    # "Experts not involved in the study": the experts
                    tok.lower == "not" and idx + 1 < len(tokens)
                    and tokens[idx + 1].lower[-2:] == "ed" and is_head_noun(tokens[idx - 1]))):
                # "a person familiar with ...", "the report presented to the council" (not
                # "newly released documents": the adverb makes the participle a modifier, and
                # so does the possessive of "the authority's published data")
                head_idx = idx - 1
                break
        head = low[head_idx]
        det = low[0] if low[0] in lx.DETERMINERS else ""
        country = nationality(tokens)
        desc_text = text[tokens[0].start:tokens[-1].end]
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
        if head == "paper" and (words & _PAPER_KINDS or (
                det == "the" and len(tokens) == 2
                and self._outlet_reference("paper", pos) is None)):
            # "a draft paper", "the white paper"; "the paper" in a story about a study that
            # names no newspaper: the study's paper, a record
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
                words & _ANONYMITY_MARKERS) and "by" not in words:
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
        if head == "accounts" and (det in _DEFINITE or words & _BOOK_WORDS):
            # "its annual accounts", "The accounts showed": the books, a document (where
            # "eyewitness accounts" are what nobody in particular told)
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
        )) or (lead_word in lx.RUMOUR_HEADS and det in lx.VAGUE_DETERMINERS) or (
                # "market talk", "industry chatter": hearsay of a trade
                head in lx.RUMOUR_HEADS and len(tokens) >= 2 and det in lx.VAGUE_DETERMINERS):
            return self._vague(slug(head), desc_text)
        if head in lx.DOCUMENT_HEADS and not (head == "figures" and (
                det in _SOME or (head_idx > 0 and low[head_idx - 1] in _PEOPLE_FIGURES))):
            # ("Some industry figures said", "political figures": people, not numbers)
            eid = slug(" ".join(w for w in low if w not in lx.DETERMINERS))
            return self._document(eid, desc_text)
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
                and head in WORD_PATTERN.findall((e.description or "").lower()), tries=16)
            if ref is not None:
                return Mention(0, 0, "", ref, ref.kind, desc_text)
        if det in _DEFINITE and not head.endswith("s") and head in _ORG_NOUNS:
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
                words & _ANONYMITY_MARKERS) and not lx.WITHHELD_NAME.search(desc_text) and (
                head_idx == len(tokens) - 1):
            # "A federal judge ... ruling that", "An Ohio appeals court ruled": the court that
            # decides a case on the record, identifiable from it (named, as the wire set's
            # readers read it), not a withheld name
            eid = slug(" ".join(w for w in low if w not in lx.DETERMINERS))
            entity = self._entity(eid, kind="named_official", category="org", name=desc_text,
                                  description=desc_text, country=country)
            return Mention(0, 0, "", entity, "named_official", desc_text, country)
        if head in _CASE_BODIES and det in {"the", ""} and not (words & _ANONYMITY_MARKERS):
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
        if det in _DEFINITE and head == "general" and head_idx > 0 and (
                low[head_idx - 1] in _GENERAL_OFFICES) and not (words & _ANONYMITY_MARKERS):
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
        if det in _DEFINITE and not head.endswith("s") and (
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
        if (head.endswith(("s", "men")) or (quantified and head in _UNCOUNTED_PEOPLE)) and (
                head not in _CONFIDENTIAL_HEADS or quantified) and (
            (head in lx.PERSON_NOUNS and det in lx.VAGUE_DETERMINERS - {"the", "both", "several"})
            or quantified
        ) and not (words & _ANONYMITY_MARKERS):
            # "voters", "many supporters", "some residents": a collective nobody could ask
            # ("several members", "Several other refugees" are particular people the reporter
            # counted, unnamed, as both readers of the wire set read them).
            return self._vague(slug(desc_text), desc_text)
        if det == "" and is_plural_head(head) and head.endswith("s") and (
                head not in _CONFIDENTIAL_HEADS and head not in lx.ANONYMOUS_HEADS) and not (
                words & _ANONYMITY_MARKERS) and not low[0][:1].isdigit() and not any(
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
        if det in _DEFINITE and head.endswith("-old"):
            # "the 27-year-old": the person just named
            ref = self.history.last_before(pos, frozenset({"person"}), tries=4)
            if ref is not None and ref.kind in NAMED_KINDS:
                return Mention(0, 0, "", ref, ref.kind, desc_text)
        if det in _DEFINITE or not tokens[-1].is_word or (len(tokens) == 1 and (
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
                head not in _CONFIDENTIAL_HEADS and not (words & _ANONYMITY_MARKERS)):
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
        category = "anon" if _one_person(desc_text) else "org"
        entity = self._entity(eid, kind="anonymous_described", category=category, name=desc_text,
                              description=desc_text, country=country,
                              plural=is_plural_head(head) and det == "" and (
                                  not low[0][:1].isdigit()))
        return Mention(0, 0, "", entity, "anonymous_described", desc_text, country)

    def _post_modified(self, text: str, tokens: list[Token], low: list[str]) -> Mention | None:
        """What the head noun before a post-modifier makes of the whole phrase, whatever names
        the post-modifier holds: "figures from the National Migration Service" is a document,
        "a spokesman for the Nevada Democratic Party" an unnamed person."""
        if _named_body_record(tokens, lx.DOCUMENT_HEADS):
            # "Ohio Department of Education data", "the Bank of England survey": a body's
            # record, named by the body before its head noun
            return self._document(slug(text[tokens[0].start:tokens[-1].end]),
                                  text[tokens[0].start:tokens[-1].end])
        met = next((i for i in range(1, len(tokens)) if low[i] in _MET_PARTICIPLES
                    and is_head_noun(tokens[i - 1]) and low[i - 1] not in lx.VAGUE_HEADS), None)
        if met is not None and low[0] not in _DEFINITE and not any(
                is_name_token(t) and not (i == 0 and is_head_noun(t))
                for i, t in enumerate(tokens[:met])):
            # "Several orchard workers interviewed outside a packhouse", "voters interviewed
            # by AFP": particular people someone spoke to, unnamed, not a vague collective
            desc_text = text[tokens[0].start:tokens[-1].end]
            entity = self._entity(slug(" ".join(w for w in low if w not in lx.DETERMINERS)),
                                  kind="anonymous_described", category="anon", name=desc_text,
                                  description=desc_text, plural=is_plural_head(low[met - 1]))
            return Mention(0, 0, "", entity, "anonymous_described", desc_text)
        head = next((i - 1 for i in range(1, len(tokens)) if low[i] in HEAD_ENDS or (
            # "the bureau's annual report to Congress", "Nielsen figures reported by TVNewser"
            low[i] in _RECORD_AFTER_HEAD and low[i - 1] in lx.DOCUMENT_HEADS and (
                tokens[i - 1].text.islower()))),
                    -1)
        if head > 0 and tokens[head].text.islower() and _record_noun(low, head) and (
                _named_body_record(tokens[:head + 1], _RECORD_OR_FIGURES, shortest=2)):
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
                set(low) & _ANONYMITY_MARKERS):
            # "Lawyers who practice before the court", "Doctors who treat the disease": a
            # trade described by what it does, nobody in particular
            return self._vague(eid, desc_text)
        if (noun in _COMMUNITY_PLURALS or noun in COLLECTIVE_PLURALS) and det not in (
                _DEFINITE) and _did_something(low, head + 1):
            entity = self._entity(eid, kind="anonymous_described", category="anon",
                                  name=desc_text, description=desc_text, plural=True)
            return Mention(0, 0, "", entity, "anonymous_described", desc_text)
        if det in {"", "some", "many", "most"} and noun in _COMMUNITY_PLURALS and not (
                set(low) & _ANONYMITY_MARKERS) and not inside_named_circle:
            # ("some people in Trump world", "people at Boeing" are insiders: unnamed)
            # "Residents of Kharipara", "Some residents of Los Maquis", "Parents at the
            # school": a community nobody could ask
            return self._vague(eid, desc_text)
        if det in {"", "some", "many", "most"} and noun in lx.VAGUE_HEADS and (
                noun.endswith("s")) and low[head + 1] in {"in", "of", "across", "around"} and not (
                set(low) & _ANONYMITY_MARKERS) and not inside_named_circle:
            # "Political observers in the state", "Observers of rural Catholic life",
            # "Political analysts in Zagreb": a trade's commentators of a place or a field,
            # vague as "observers" alone is (the wire readers); "Analysts at" a firm is the
            # firm's research (below)
            return self._vague(eid, desc_text)
        if det in {"some", "many", "most"} and is_plural_head(noun) and noun.endswith("s") and not (
                set(low) & _ANONYMITY_MARKERS) and not inside_named_circle and (
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
                det not in _DEFINITE):
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
        if head in lx.OUTLET_NOUNS or set(low) & NEWS_WORDS:
            return None  # "Iran's oil ministry news service": an outlet, read as one below
        desc_text = text[tokens[0].start:tokens[-1].end]
        if head in _UNIQUE_KIN or head in _UNIQUE_POSTS or low[-2:] == ["campaign", "manager"] or (
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

    def _pronoun(self, word: str, pos: int, antecedent: Mention | None) -> Mention:
        role = lx.PRONOUNS[word]
        entity: Entity | None = None
        if role == "relative" and antecedent is not None and antecedent.entity.plural and (
                antecedent.entity.kind == "anonymous_described"
                and antecedent.entity.category == "org"):
            # "partisans and thinkers who consider ...", "ignorants who will believe ...": a
            # bare plural the clause defines is a class of people, vague, not unnamed people
            entity = self._entity("vague-" + antecedent.entity.id, kind="vague",
                                  category="vague", name=antecedent.entity.name, plural=True)
        elif role in {"relative", "plural"} and antecedent is not None:
            entity = antecedent.entity  # "who", and a "they" whose group the sentence named
        elif role == "person":
            # "he" is one person: not "The Vermont senators" just before it; and an unnamed
            # person just mentioned ("The daughter of one patient, who asked that her name not
            # be used, said ... she said") is that person
            entity = self.history.last_matching(
                pos, lambda e: not e.plural and (e.category == "person" or (
                    e.category == "anon" and e.kind == "anonymous_described"
                    and _one_person(e.description or e.name or "")
                    and _gender_fits(word, e.description or e.name or ""))),
                tries=16)
        elif role == "plural":
            entity = self.history.last_before(
                pos, frozenset({"outlet", "org", "anon", "vague", "document", "person"})
            )
            if entity is not None and entity.category == "person":
                entity = self.history.last_before(
                    pos, frozenset({"outlet", "org", "anon", "vague"})
                ) or entity
        elif role == "thing":
            entity = self.history.last_before(pos, frozenset({"outlet", "org", "document"}))
            if entity is None:
                # "Kestrel first disclosed the incident on May 14, when it said ...": a name of
                # one word the story never gave a first name to is a body the "it" can mean
                entity = self.history.last_matching(
                    pos, lambda e: e.category == "person" and e.kind == "named_person"
                    and len((e.name or "").split()) == 1 and not e.plural, tries=4)
        if entity is None:
            # Nobody earlier fits: the reader cannot tell who it is either. That is an
            # unresolved reference, never an anonymous source (rubrics/source-kinds.md).
            kind = "named_person" if role == "first" else UNRESOLVED
            # not "person": an unresolved "it" must never become the antecedent of a later "he"
            category = "first" if role == "first" else "unresolved"
            entity = self._entity(f"unresolved-{word}", kind=kind, category=category,
                                  name=word)
        return Mention(0, 0, "", entity, entity.kind)


    def _named(self, text: str, tokens: list[Token], lead: list[Token], names: list[Token],
               description: str | None, *, org: bool = False) -> Mention:
        name = text[names[0].start:names[-1].end]
        country_code = lx.COUNTRY_NAMES.get(" ".join(t.bare for t in names))
        if country_code is not None:
            entity = self._entity(slug(name), kind="named_official", category="org", name=name,
                                  country=country_code or None)
            return Mention(0, 0, "", entity, "named_official")
        lead_low = {t.bare for t in lead}
        desc_low = set(description.lower().replace(",", " ").split()) if description else set()
        roles = lead_low | desc_low
        described = _appositive_head(description)
        described_outlet = _outlet_by_appositive(described, desc_low)
        if (not described_outlet and (described in lx.DOCUMENT_HEADS or (
                described in _RECORD_WORDS))) or (
                len(names) > 1 and names[-1].bare in _RECORD_NAME_ENDS):
            # "The U.S. Drought Monitor, a weekly map produced by ...": what the appositive
            # calls it, a document
            entity = self._entity(slug(name), kind="document", category="document", name=name,
                                  description=description)
            return Mention(0, 0, "", entity, "document", description)
        is_org = org or any(t.bare in lx.ORG_WORDS for t in names) or (
            bool(lead) and lead[-1].bare in lx.ORG_NOUNS  # "disaster agency Senapred"
        ) or (
            bool(lead) and lead[-1].lower == "the" and len(lead) == 1
        ) or (len(names) == 1 and names[0].text.isupper() and len(names[0].text) > 1)
        country = nationality(lead) if lead else None
        if description and country is None:
            country = nationality(tokenize(description))
        lead_text = text[lead[0].start:lead[-1].end] if lead else ""
        if lead_text.lower() in {"the", "a", "an"}:
            lead_text = ""
        desc = description or lead_text or None
        last = names[-1].bare
        # "the Evening Ledger", "Britain's Evening Ledger": a definite article or a country's
        # possessive before the name
        country_owned = [t for t in [*lead, *names[:1]] if t.lower.endswith(("'s", "’s")) and (
            possessor_of(t.lower) in lx.COUNTRY_NAMES)]
        definite = "the" in lead_low or bool(country_owned)
        mastheads = lx.MASTHEAD_WORDS_AFTER_THE if definite else lx.MASTHEAD_WORDS
        title = names[1:] if country_owned and names[0] is country_owned[-1] else names
        if len(title) > 1 and title[0].bare in _FOREIGN_ARTICLES:
            title = title[1:]  # "La Gazzetta dello Sport", "Il Giornale": the masthead after
        # "the Alpine Glacier Observatory Network", "The Tax Justice Network": a body's
        # network; "Fox News Network", "Salem Radio Network" say what they broadcast
        bodys_network = last == "network" and not any(
            t.bare in _BROADCAST_WORDS for t in names[:-1])
        masthead = ((last in mastheads or last.rsplit("-", 1)[-1] in mastheads)
                    and not bodys_network) or (
            # "Diario Marcador", "Folha da Manha", "Corriere della Sera"
            bool(title) and title[0].bare in lx.MASTHEAD_LEADS) or (
            # "The Tavarian News Agency", "Irish Press Service": a news agency by its name
            len(names) >= 2 and last in {"agency", "service"} and names[-2].bare in {
                "news", "press", "telegraph", "information"})
        # a descriptor is written in lower case ("business daily Børsen"); a capitalised
        # "Press" is part of a name ("The Baltic Press Freedom Centre")
        outlet_nouns = {t.bare for t in lead if t.text[:1].islower()} & lx.OUTLET_NOUNS
        if outlet_nouns and outlet_nouns <= BODY_OR_OUTLET_NOUNS and not (lead_low & NEWS_WORDS):
            outlet_nouns = set()  # "Chile's national disaster agency Senapred": a body
        if outlet_nouns and lead[-1].bare in lx.OFFICIAL_ROLES and (
                lead[-1].bare not in lx.OUTLET_NOUNS):
            outlet_nouns = set()  # "White House press secretary Josh Earnest": an office
        # "Daily Ledger": the capitalised word read as a descriptor opens the masthead
        lead_masthead = bool(lead) and lead[-1].is_capitalised and (
            lead[-1].bare in lx.MASTHEAD_LEADS)
        if outlet_nouns or lead_masthead or described_outlet or (
                masthead and len(names) >= 2 and not any(
                    t.bare in lx.GOVERNMENT_ORG_WORDS for t in names)):
            # "Danish business daily Børsen", "Spanish sports daily Marca": a news outlet the
            # directory does not hold, an unrated outlet of its own; "the state news agency
            # KarsPress" is state media by its own description
            kind = "state_affiliated_outlet" if lead and says_state_media(lead) else "outlet"
            entity = self._entity(slug(name), kind=kind, category="outlet", name=name,
                                  description=desc, country=country)
            return Mention(0, 0, "", entity, kind, desc, country)
        if is_org:
            gov = any(t.bare in lx.GOVERNMENT_ORG_WORDS for t in names) or (
                names[-1].bare in lx.GOVERNMENT_HEADS
            ) or bool(lead and lead[-1].bare in lx.GOVERNMENT_HEADS)
            kind = "named_official" if gov else "named_expert"
            entity = self._entity(slug(name), kind=kind, category="org", name=name,
                                  description=desc, country=country)
            return Mention(0, 0, "", entity, entity.kind, desc, country)
        entity = self._person([t.text for t in names])
        expert_roles = roles & (lx.EXPERT_ROLES - {"political", "military", "defence",
                                                    "defense", "security", "intelligence"})
        if expert_roles:
            entity.kind = "named_expert"
        elif roles & lx.OFFICIAL_ROLES:
            entity.kind = "named_official"
        if desc and not entity.description:
            entity.description = desc
        if country and not entity.country:
            entity.country = country
        return Mention(0, 0, "", entity, entity.kind, desc, country)


def _after_closing_quote(text: str, start: int) -> bool:
    """Does a closing quotation ('...," ' or '..." ') stand right before `start`?"""
    before = text[max(0, start - 4):start].rstrip()
    return before.endswith(("\"", "”", "''", "’")) and (
        len(before) >= 2 and before[-2] in ",?!—-")  # '." Public colleges' starts anew


def _common_word_surname(text: str, tokens: list[Token]) -> bool:
    """Is the phrase's last word a surname that is also a common word ("Billie Jean King",
    "Howard Dean")? It is capitalised after a first name, and running text goes on in lower
    case or with punctuation (a title-case headline's "Clinton Aide Says" proves nothing)."""
    if len(tokens) < 2:
        return False
    last, before = tokens[-1], tokens[-2]
    if last.is_capitalised and not is_name_token(last) and len(tokens) == 2 and (
            before.lower in lx.PERSON_TITLES or before.lower + "." in lx.PERSON_TITLES):
        return True  # "Mr. Singer", "Dr. Young": a title only a person's name follows
    if not last.is_capitalised or is_name_token(last) or not is_name_token(before) or (
            tokens[0].lower in lx.DETERMINERS  # "the Wisconsin Republican": a description
            or is_plural_head(last.bare) or last.bare in _PARTY_MEMBERS
            or last.bare in lx.NATIONALITIES or last.bare in lx.DETERMINERS
            or last.bare in lx.ORG_WORDS or last.bare in lx.GOVERNMENT_HEADS
            or before.text.endswith(("'s", "’s"))):
        return False
    after = text[last.end:last.end + 2].lstrip()
    return not after or not after[0].isupper()


# Words after a group's head that describe it ("the people familiar with", "the officials
# who", "the staff at"): the head is the word before the first of them
_GROUP_POSTMODIFIERS = frozenset({"familiar", "close", "aware", "involved", "briefed", "who",
                                  "that", "with", "in", "at", "from", "on", "for", "of"})


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


# Records an appositive may call a named thing, beyond the document heads: "a weekly map".
_RECORD_WORDS = frozenset({"map", "maps", "database", "tracker", "dashboard", "registry",
                           "yearbook", "almanac", "encyclopedia", "archive", "newsletter"})


def _appositive_head(description: str | None) -> str:
    """The head noun an appositive opens with ("a weekly map produced by X" -> "map")."""
    words = (description or "").lower().replace(",", " ").split()
    if len(words) < 2 or words[0] not in {"a", "an", "the"}:
        return ""
    head = ""
    for word in words[1:5]:
        if word in _APPOSITIVE_STOPS or (
                # "a Telegram channel run by exiles", but "a privately owned newspaper"
                word in _POSTNOMINAL_MODIFIERS and head and not head.endswith("ly")):
            break
        head = word
    return head


# Articles that open a foreign masthead ("La Gazzetta dello Sport", "Il Giornale", "O Globo")
_FOREIGN_ARTICLES = frozenset({"la", "il", "lo", "le", "el", "les", "los", "las", "o", "os",
                               "der", "die", "das", "het", "de"})


# Words that follow the head they describe, participles most of them ("a channel run by
# exiles", "a site based in Riga", "a blog close to the ministry")
_POSTNOMINAL_MODIFIERS = lx.DESCRIBING_PARTICIPLES | frozenset({
    "linked", "followed", "launched", "created", "started", "close", "critical"})


# What an appositive calls a news outlet ("Baza, a Telegram channel with a large following",
# "The Issyk-Kul Herald, a regional news site", "Rybar, a Russian military blog"); a channel, a
# site or a portal only with a word of news or a platform beside it ("a heritage site" is none)
_OUTLET_APPOSITIVES = frozenset({"newspaper", "daily", "broadcaster", "tabloid", "magazine",
                                 "weekly", "blog", "outlet"})
_OUTLET_IF_NEWS = frozenset({"channel", "site", "website", "portal"})
_NEWS_QUALIFIERS = frozenset({"news", "telegram", "youtube", "media", "online",
                              # "Kontur, a channel that often publishes material ..."
                              "publishes", "published", "publishing", "reports", "reporting"})


def _outlet_by_appositive(head: str, words: set[str]) -> bool:
    """Does the appositive (its head `head`, its words `words`) call the name a news outlet?"""
    return head in _OUTLET_APPOSITIVES or (head in _OUTLET_IF_NEWS and bool(
        words & _NEWS_QUALIFIERS))


_APPOSITIVE_STOPS = frozenset({"of", "by", "from", "produced", "published", "that", "which",
                               "who", "for", "in", "on", "at", "with"})


# The last word of a record's own name: "the Harbourline Container Index", "the agency's Labour
# Force Survey" (the wire readers: documents)
_RECORD_NAME_ENDS = frozenset({"index", "survey", "census", "barometer"})


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


def _org_tail(tokens: list[Token]) -> int:
    """Start of the capitalised generic words that end an organisation's name after a name
    word ("Halvorsen Energy", "Brightwater Health Systems"); len(tokens) when there are none."""
    tail = len(tokens)
    while tail - 1 > 0 and len(tokens) - tail < 3:
        tok = tokens[tail - 1]
        if not (tok.is_word and tok.text[:1].isupper() and not is_name_token(tok)):
            break
        bare = tok.bare
        if bare in lx.PERSON_TITLES or bare in lx.NATIONALITIES or (bare not in lx.ORG_WORDS and (
            bare in lx.OFFICIAL_ROLES or bare in lx.EXPERT_ROLES or bare in lx.PERSON_NOUNS
        )):
            break
        tail -= 1
    if tail < len(tokens) and is_name_token(tokens[tail - 1]):
        return tail
    return len(tokens)


def _capitalised_title(tokens: list[Token]) -> int | None:
    """Index where a title-cased name with inner small words starts ("Bank of America",
    "the Council on Foreign Relations"), or None."""
    first = 1 if tokens and tokens[0].lower in {"the", "a", "an"} else 0
    body = tokens[first:]
    if len(body) < 3 or not body[0].text[:1].isupper() or not body[-1].text[:1].isupper():
        return None
    if body[0].bare in lx.PERSON_NOUNS or body[0].bare in lx.DESCRIBED_ANONYMOUS_HEADS or (
            body[0].bare in lx.VAGUE_HEADS):
        return None  # "Residents in Kharkiv": people, at the start of a sentence
    names = 0
    for tok in body:
        if tok.lower in {"of", "for", "on", "and", "the", "&", "-", "in"}:
            continue
        if not (tok.is_word and tok.text[:1].isupper()):
            return None
        if tok.bare in lx.PERSON_TITLES:
            return None
        names += is_name_token(tok) or tok.bare in lx.ORG_WORDS
    return first if names else None


def eid_of(low: list[str]) -> str:
    """Entity id of a described source: its words without determiners."""
    return slug(" ".join(w for w in low if w not in lx.DETERMINERS))
