"""Noun phrases: where a source's phrase begins and ends, before anyone asks who it is.

Stage 2 of the attribution pipeline (text -> phrases -> entities -> cues -> attributions ->
chains). Light rules, bounded work: a noun phrase is at most `MAX_NP` tokens; name-token tests
are cached. `post_modified_start` widens a phrase to a head noun with its post-modifier ("a
person familiar with the matter", "an official who was not authorized to speak publicly"):
scanning back from the verb finds only the end of such a phrase ("the matter", "speak"), which
names no one, while the post-modifier is what makes the source an unnamed one
(rubrics/source-kinds.md).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from . import lexicon as lx
from .text import Token

MAX_NP = 14

# Words that end a noun phrase when met while scanning.
# Modal verbs that are also words of place and person names ("Can Tho", "Will Smith")
_MODAL_NAMES = frozenset({"can", "may", "will", "might", "must", "shall"})
_STOP = frozenset({
    "and", "or", "but", "nor", "because", "since", "while", "when", "whereas", "although",
    "though", "if", "unless", "as", "so", "then", "that", "which", "who", "whom", "whose",
    "where", "why", "how", "what", "than", "to", "not", "is", "was", "were", "are", "be",
    "been", "being", "has", "have", "had", "do", "does", "did", "will", "would", "can",
    "could", "should", "may", "might", "must", "shall", "also", "into", "onto", "over",
    "under", "after", "before", "during", "about", "against", "between", "through",
    "without", "within", "upon", "via", "per", "there", "here", "on", "in", "at", "by",
    "of", "for", "from", "with", "according", "citing", "quoting", "once", "said",
    "says", "told", "tells", "say", "added", "just", "even", "still", "yet", "however",
    "too", "very", "never", "always", "already", "instead", "both", "either", "neither",
    "whether", "like", "unlike", "despite", "amid", "among", "toward", "towards", "until",
    "till", "around", "across", "behind", "beyond", "near", "off", "out", "up", "down",
    "it", "he", "she", "they", "we", "i", "you", "him", "them", "us", "me", "its", "this",
    "these", "those", "now", "again", "ago", "today", "yesterday", "tomorrow", "tonight",
    # past tenses that are never nouns: "President Obama spent Thursday discussing", "The
    # meeting got people talking" (the phrase ends before the verb)
    "spent", "got", "gave", "took", "made", "went", "came", "kept", "brought", "bought",
    "began", "became", "won", "paid", "sent", "built", "held", "drew", "grew", "threw",
    "chose", "rose", "stood", "sought", "fought", "caught", "taught", "fell",
    # negated modals: "you cannot say with any confidence" (a modal is never a source)
    "cannot", "can't", "can’t", "won't", "won’t", "wouldn't", "wouldn’t", "couldn't",
    "couldn’t", "shouldn't", "shouldn’t",
    # "something Sanders aides argue is possible": the thing spoken of, not the speaker
    "something", "anything", "everything", "nothing",
}) | lx.STANCE_COPULAS
# Prepositions that end in -ing, unlike the gerunds that end a phrase ("for promoting").
_ING_PREPOSITIONS = frozenset({"during", "including", "regarding", "concerning", "following",
                               "according", "excluding", "involving", "pending", "notwithstanding",
                               "surrounding", "considering"})
# People placed inside a body or a group: "Sources within the administration", "officials
# inside the ministry", "economists across the spectrum", "many among its donors"
_INSIDE_PREPS = frozenset({"within", "inside", "across", "among", "against"})
# Prepositions allowed inside a noun phrase after a role or a name ("head of MI6").
INNER_PREPS = frozenset({"of", "for", "from", "at", "with", "in", "to", "on"}) | _INSIDE_PREPS
_RELAY_MARKERS = frozenset({"quoted", "cited", "interviewed", "speaking", "talking"})
# "a memo seen by Reuters", "a subpoena obtained by The Star-Ledger": a document an outlet relays
DOCUMENT_RELAYS = frozenset({"seen", "obtained", "reviewed", "provided", "published", "leaked",
                             "reported"})
# "an internal document first reported by the student newspaper": when the outlet had it
RELAY_ADVERBS = frozenset({"first", "originally", "initially", "previously", "exclusively",
                            "earlier"})
# "the data available from the FBI", "figures compiled by the ministry": who made the record
_DOCUMENT_MAKERS = frozenset({"available", "compiled", "collected", "gathered", "produced",
                              "released", "conducted", "commissioned", "prepared", "issued"})
_FIRST_PERSON = frozenset({"i", "we", "me", "us"})


_NOT_SLUG = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=8192)
def slug(text: str) -> str:
    """ASCII kebab-case id for an entity ("Igor Korotchenko" -> "igor-korotchenko")."""
    if text.isascii():
        folded = text.lower()
    else:
        folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return _NOT_SLUG.sub("-", folded).strip("-") or "unknown"


# First words of two-word nationalities ("north korean"): only these start a pair.
_PAIR_FIRST = frozenset(key.split(" ", 1)[0] for key in lx.NATIONALITIES if " " in key)


def nationality(tokens: list[Token]) -> str | None:
    """ISO country of the first nationality word in the tokens ("North Korean" -> KP)."""
    for idx, tok in enumerate(tokens):
        word = tok.bare
        if word in _PAIR_FIRST and idx + 1 < len(tokens):
            pair = f"{word} {tokens[idx + 1].bare}"
            if pair in lx.NATIONALITIES:
                return lx.NATIONALITIES[pair]
        if word == "us" and tok.text[:2] != "US":
            continue
        if word in lx.NATIONALITIES and (tok.is_capitalised or word in {"u.s", "u.k"}):
            return lx.NATIONALITIES[word]
    return None


def is_known(tok: Token) -> bool:
    return tok.bare in lx.KNOWN_WORDS or tok.lower in lx.KNOWN_WORDS


def is_name_token(tok: Token) -> bool:
    """A capitalised word that is part of a proper name, not a role, nationality or det."""
    key = tok[2:]  # text, lower and bare decide the answer, not the position
    known = _NAME_CACHE.get(key)
    if known is None:
        if len(_NAME_CACHE) > 20000:
            _NAME_CACHE.clear()
        known = _NAME_CACHE[key] = _is_name_token(tok)
    return known


_NAME_CACHE: dict[tuple[str, ...], bool] = {}


def letter_ending_a_name(toks: list[Token], k: int, lo: int) -> bool:
    """Token k is a capital "A" that ends a name ("Lega Serie A", "Group A"), not the
    article before a noun."""
    return toks[k].text == "A" and k - 1 >= lo and toks[k - 1].is_capitalised and (
        is_name_token(toks[k - 1]))


# "al-Qudsi", "el-Sisi", "bin-Talal": a surname behind a lowercase Arabic particle
_PARTICLE_SURNAME = re.compile(r"^(?:al|el|ad|an|ar|as|ash|at|az|ul|bin|ibn|abu)[-‐][A-Z]\w")


def _is_name_token(tok: Token) -> bool:
    first = tok.text[0]
    if _PARTICLE_SURNAME.match(tok.text):
        return True
    if not (first.isupper() or (first.isdigit() and tok.is_capitalised)):
        return False
    bare = tok.bare
    if bare in lx.KNOWN_WORDS or bare in lx.NATIONALITIES:
        return False
    if bare in lx.PERSON_TITLES or bare.rstrip(".") in lx.PERSON_TITLES:
        return False
    return not (bare.endswith("n") and bare[:-1] in lx.NATIONALITIES)


_CONTRACTING_PRONOUNS = frozenset({"he", "she", "it", "that", "there", "who", "what", "here",
                                   "where", "everyone", "nobody", "somebody", "someone"})


def after_common_possessive(prev: Token) -> bool:
    """The token before is a common noun's possessive ("the department's planning"), after
    which a verb form is a noun; "he's planning" ("he is") and "Trump's said" are not."""
    low = prev.lower
    return low.endswith(("'s", "’s")) and prev.text[:1].islower() and (
        low[:-2] not in _CONTRACTING_PRONOUNS)


MONTH_ABBREVIATIONS = frozenset({"Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct",
                                  "Nov", "Dec"})


def _month_of_a_date(tokens: list[Token], k: int) -> bool:
    """"The May 16 memo": the month of a date, not the verb "may"."""
    return tokens[k].text == "May" and k + 1 < len(tokens) and (
        tokens[k + 1].text[:1].isdigit())


def _nounish(tok: Token) -> bool:
    """A cue-verb form that here is more likely a noun ("the judge", "the report")."""
    bare = tok.bare
    return bare in lx.AMBIGUOUS_FORMS or is_role(tok) or bare in lx.DOCUMENT_HEADS


_GERUND_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our"})


def role_after_a_gerund(tokens: list[Token], j: int) -> bool:
    """The "-ing" form at token j names the field of the lowercase role after it ("planning
    manager", "marketing director", "training officer"), not a verb ("is warning officials
    that", "planning officials to")."""
    nxt = j + 1
    return nxt < len(tokens) and tokens[j].lower.endswith("ing") and (
        tokens[j].lower not in {"citing", "quoting", "telling", "asking", "warning"}) and (
        tokens[nxt].text.islower()) and not tokens[nxt].bare.endswith("s") and (
        tokens[nxt].bare in lx.OFFICIAL_ROLES or tokens[nxt].bare in lx.EXPERT_ROLES) and not (
        nxt + 1 < len(tokens) and tokens[nxt + 1].lower in {"to", "that", "of"})


def _gerund_noun(tokens: list[Token], j: int, lo: int) -> bool:
    """A cue verb in "-ing" right after a determiner is a noun: "two officials familiar with
    the planning", "people briefed on the thinking"."""
    if not tokens[j].lower.endswith("ing") or j - 1 < lo:
        return False
    if tokens[j - 1].lower in _GERUND_DETERMINERS:
        return True
    if role_after_a_gerund(tokens, j):
        return True  # "A former Corpoelec planning manager": the role's field
    # "a manager involved in production planning", "a person familiar with Norvanta's
    # (network) planning": a compound noun or a possessive's noun after a preposition
    m = j - 1
    compound = tokens[m].is_word and tokens[m].text.islower() and tokens[m].lower not in _STOP and (
        tokens[m].lower not in lx.CUE_VERB_FORMS) and tokens[m].lower not in lx.DETERMINERS
    if compound:
        m -= 1
    possessive = m >= lo and tokens[m].lower.endswith(("'s", "’s")) and (
        tokens[m].lower[:-2] not in _CONTRACTING_PRONOUNS)
    if possessive:
        m -= 1
    return (compound or possessive) and m >= lo and tokens[m].lower in INNER_PREPS


def compound_modifier(tok: Token) -> bool:
    """A word joined to a lowercase one ("Bahrain-listed", "London-based", "state-owned"): a
    modifier, not a name."""
    head, _, tail = tok.text.rpartition("-")
    return bool(head) and tail.islower()


def is_role(tok: Token) -> bool:
    bare = tok.bare
    return (
        bare in lx.OFFICIAL_ROLES or bare in lx.EXPERT_ROLES or bare in lx.PERSON_NOUNS
        or bare in lx.MODIFIERS or bare in lx.NATIONALITIES or (
            # plurals of roles ("attorneys", "chairmen" aside): "attorneys for the city"
            bare[-1:] == "s" and (bare[:-1] in lx.OFFICIAL_ROLES or bare[:-1] in lx.PERSON_NOUNS
                                  or bare[:-1] in lx.EXPERT_ROLES))
    )


# --- noun phrase boundaries ---------------------------------------------------------------


class Units:
    """Token ranges that scans treat as one word: outlet names from the directory."""

    def __init__(self, by_end: dict[int, int], by_start: dict[int, int]) -> None:
        self.by_end = by_end
        self.by_start = by_start

    @classmethod
    def empty(cls) -> Units:
        return cls({}, {})


_OBJECT_PRONOUNS = frozenset({"it", "them", "him", "her", "us", "me"})


def np_before(tokens: list[Token], j: int, lo: int, units: Units) -> tuple[int, int] | None:
    """Token range [a, j] of the noun phrase ending at token j, or None."""
    if j < lo:
        return None
    if j in units.by_end:
        a = units.by_end[j]
        if a - 1 >= lo and tokens[a - 1].lower in lx.DETERMINERS:
            a -= 1
        return _around_the_talk(tokens, _extend_back(tokens, a, lo, units), j, lo), j
    tok = tokens[j]
    if not tok.is_word:
        return None
    if tok.lower in {"them", "us"} and j - 2 >= lo and tokens[j - 1].lower == "of" and (
            tokens[j - 2].bare in lx.QUANTITY_HEADS):
        return j - 2, j  # "one of them"
    if tok.lower in _OBJECT_PRONOUNS and j - 3 >= lo and tokens[j - 2].lower in {
            "that", "which", "who"} and tokens[j - 1].is_word and tokens[j - 1].text.islower() and (
            tokens[j - 1].lower not in lx.PRONOUNS):
        # "the cooperative that manages it said", "the company which owns them": the object
        # of a relative clause ends the phrase of the body it describes
        head = np_before(tokens, j - 3, lo, units)
        if head is not None and tokens[head[1]].lower not in lx.PRONOUNS:
            return head[0], j
    if tok.lower in lx.PRONOUNS:
        return j, j
    share = _share_start(tokens, j, lo)
    if share is not None:
        return share, j  # "Six in 10", "more than 4 in 10": a share of those polled
    dated = _dated_record(tokens, j, lo, units)
    if dated is not None:
        return dated, j  # "A ministry crop assessment dated March 9"
    if (tok.lower in _STOP and not _acronym(tok)) or (
            tok.lower in lx.CUE_VERB_FORMS and not tok.is_capitalised and not _nounish(tok)
            and not (j - 1 >= lo and after_common_possessive(tokens[j - 1]))
            and not _gerund_noun(tokens, j, lo)
            # "A lawyer for the suspect said": a verb form after an article is a noun
            and not (j - 1 >= lo and tokens[j - 1].lower in {"the", "a", "an"})):
        return None
    a = _extend_back(tokens, j, lo, units)
    if a is None:
        return None
    a = _trim_front(tokens, a, j)
    a = _participle_subject_start(tokens, a, j, lo)
    a = _around_the_talk(tokens, a, j, lo)
    record = _record_with_modifiers(tokens, a, j, lo, units)
    return (a if record is None else record), j


# Prepositions after a record's head noun that give its source or where it is kept ("Figures
# from the secretariat", "Filings in the bankruptcy case", "Records covering 2023")
RECORD_SOURCE_LINKS = frozenset({"from", "of", "by", "for", "in", "covering"})
# and those that open what it covers as well ("A 2022 report by UNHCR on sport and
# integration", "A study of wages and prices across the region")
_RECORD_MODIFIER_LINKS = RECORD_SOURCE_LINKS | {"on", "about", "into", "across"}
# what may stand after the first link and shows the phrase runs past it
_FURTHER_LINKS = frozenset({"and", "on", "about", "into", "by", "of", "in", "from", "for"})
_RECORD_MODIFIER_WORDS = frozenset({"and", "of", "on", "about", "into", "by", "from", "for",
                                    "in", "across", "between", "among", "&", "-"})
# the prepositions an article may follow inside them ("on the region", "between the two")
_RECORD_ARTICLE_AFTER = _RECORD_MODIFIER_LINKS | {"between", "among"}


def _record_with_modifiers(tokens: list[Token], a: int, j: int, lo: int,
                           units: Units) -> int | None:
    """The start of a record's phrase whose post-modifiers run past one preposition: "A 2022
    report by UNHCR on sport and integration", "A study of wages and prices", "The audit by
    the comptroller of the city's contracts", where [a, j] is only the phrase's tail
    ("integration"). The record's head (a DOCUMENT_HEADS noun) must be followed by a
    preposition of its author or its subject, and the words between it and j be nouns,
    names, articles after a preposition, "and" and prepositions of that kind: no verb, no
    pronoun, no comma. A phrase after a preposition ("In a report on Monday the company")
    is a fronted adverbial, not the subject; None where nothing of the kind is found."""
    if a - 1 < lo or not _record_modifier_word(tokens, a - 1):
        return None  # the tail follows a verb, a comma or nothing: no modifiers run into it
    for h in range(a - 2, max(lo - 1, a - 14), -1):
        tok = tokens[h]
        if tok.bare in lx.DOCUMENT_HEADS and (not tok.is_capitalised or h == lo):
            if tokens[h + 1].lower not in _RECORD_MODIFIER_LINKS:
                return None
            if not all(_record_modifier_word(tokens, m) for m in range(h + 1, j + 1)):
                return None
            if not any(tokens[m].lower in _FURTHER_LINKS for m in range(h + 2, j + 1)):
                return None  # one link only: the rules before have read it
            head = np_before(tokens, h, lo, units)
            if head is None or head[0] > h:
                return None
            start = head[0]
            if start - 1 >= lo and tokens[start - 1].is_word and (
                    tokens[start - 1].lower in INNER_PREPS or tokens[start - 1].lower in {
                        "after", "before", "under", "despite", "following", "amid"}):
                return None
            return start
        if not _record_modifier_word(tokens, h):
            return None
    return None


def _record_modifier_word(tokens: list[Token], m: int) -> bool:
    """Token m may stand inside a record's post-modifiers: a noun or a name (no verb form,
    no pronoun), a number, a possessive, "and" or a preposition of the record's scope, or an
    article right after one of those prepositions."""
    tok = tokens[m]
    low = tok.lower
    if low in {"the", "a", "an", "its", "their", "his", "her"}:
        # after a preposition only: "and the minister" opens a second subject
        return m - 1 >= 0 and tokens[m - 1].lower in _RECORD_ARTICLE_AFTER
    if low in _RECORD_MODIFIER_WORDS:
        return True
    if not tok.is_word:
        return tok.text in {"’s", "'s"}
    if tok.text[:1].isdigit() or tok.is_capitalised:
        return True
    return not (low in lx.PRONOUNS or low in lx.CUE_VERB_FORMS or low in lx.BE_FORMS
                or low in lx.DETERMINERS or low.endswith("ed") or low in {
                    "that", "which", "who", "whom", "whose", "when", "where", "while", "as",
                    "but", "or", "has", "have", "had", "will", "would", "can", "could", "may",
                    "might", "must", "should", "not", "also", "to"})


def _around_the_talk(tokens: list[Token], a: int, j: int, lo: int) -> int:
    """The start of the phrase [a, j] taken back to the talk or the record that goes round the
    place it names: "Reports circulating among brokers", "Videos circulating on Facebook",
    "Talk around the town suggests"; `a` unchanged otherwise."""
    circulating = next((m for m in range(a - 2, max(lo, a - 12), -1)
                        if tokens[m].lower in _CIRCULATING
                        and tokens[m + 1].lower in _CIRCULATION_PREPS
                        and (tokens[m - 1].bare in lx.RUMOUR_HEADS
                             or tokens[m - 1].bare in lx.PICTURE_NOUNS
                             or tokens[m - 1].bare in _CIRCULATED_WRITINGS)
                        and all(t.is_word for t in tokens[m + 1:a])), None)
    if circulating is not None:
        # "Reports circulating among brokers", "talk swirling in the capital", "Reports
        # circulating on the island over the past week": the rumour ("Videos circulating on
        # social media": the record)
        a = circulating - 1
        if a - 1 >= lo and (tokens[a - 1].lower in lx.VAGUE_DETERMINERS or (
                tokens[a].bare in lx.PICTURE_NOUNS and tokens[a - 1].lower in lx.DETERMINERS)):
            a -= 1
    elif a - 2 >= lo and tokens[a - 1].lower in _CIRCULATION_PREPS and (
            tokens[a - 2].bare in _TALK_HEADS) and all(t.is_word for t in tokens[a:j + 1]):
        # "Talk around the town suggests", "Chatter in the market is that": the talk, not
        # the place it goes round
        a -= 2
    return a


# Words for talk that goes round a place ("Talk around the town", "gossip in the village")
_TALK_HEADS = frozenset({"talk", "chatter", "gossip", "speculation", "rumours", "rumors",
                         "rumour", "rumor", "whispers"})


_MONTHS = lx.MONTH_WORDS


def _dated_record(tokens: list[Token], j: int, lo: int, units: Units) -> int | None:
    """The start of "<record> dated <Month> <day>[, <year>]" ending at token j, or None: a
    document described by its date ("a letter dated Aug. 28", "an assessment dated March 9")."""
    k = j
    while k > lo and k > j - 5 and (tokens[k].text[:1].isdigit() or tokens[k].text in {
            ",", "."} or tokens[k].bare in _MONTHS):
        k -= 1
    if k == j or tokens[k].lower != "dated" or k - 1 < lo:
        return None
    record = np_before(tokens, k - 1, lo, units)
    if record is None or tokens[record[1]].bare not in lx.DOCUMENT_HEADS:
        return None
    return record[0]


_SHARE_NUMBERS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight",
                            "nine"})
_SHARE_HEDGES = frozenset({"than", "more", "fewer", "less", "nearly", "almost", "about",
                           "roughly", "around", "over", "under"})


def _share_start(tokens: list[Token], j: int, lo: int) -> int | None:
    """Start of "N in 10" ("Six in 10", "more than 4 in 10", "three out of four") ending at
    token j, or None."""
    if j - 2 < lo or not (tokens[j].text.isdigit() or tokens[j].lower in _SHARE_NUMBERS):
        return None
    k = j - 1
    if tokens[k].lower == "of" and k - 1 >= lo and tokens[k - 1].lower == "out":
        k -= 1
    elif tokens[k].lower != "in":
        return None
    k -= 1
    if k < lo or not (tokens[k].text.isdigit() or tokens[k].lower in _SHARE_NUMBERS):
        return None
    while k - 1 >= lo and tokens[k - 1].lower in _SHARE_HEDGES:
        k -= 1
    return k


_QUANTIFIERS_BEFORE_OTHER = frozenset({"several", "many", "some", "two", "three", "four", "few",
                                       "most", "the", "all", "numerous"})


# Small words inside names ("Diario do Tejo", "Ursula von der Leyen", "Banco de Portugal")
_NAME_PARTICLES = frozenset({"do", "da", "dos", "das", "de", "del", "della", "di", "du", "van",
                             "von", "der", "den", "la", "le", "al", "bin", "ibn", "y",
                             # "La Gazzetta dello Sport", "Il Sole 24 Ore" is a name too
                             "dello", "degli", "dei", "delle", "des"})
NAME_PARTICLES = _NAME_PARTICLES


# The parties a counted definite phrase refers back to ("the two sides", "the two companies")
_PARTIES = frozenset({"sides", "companies", "countries", "governments", "ministries", "parties",
                      "firms", "banks", "groups", "unions", "nations", "states", "capitals",
                      "clubs", "airlines", "carriers", "agencies", "leaders", "ministers",
                      "presidents", "teams", "delegations", "operators", "lenders", "insurers"})
# Counts that a definite article may open: "the two sides", "the three companies"
COUNT_AFTER_THE = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine",
                              "ten"})


_COUNTED_OPENERS = frozenset({"a", "an", "one", "two", "three", "four", "several", "some"})
# Words that open or join a clause of its own: past them a participle phrase has ended
_CLAUSE_WORDS = frozenset({"and", "or", "but", "that", "which", "who", "whom", "whose", "is",
                           "was", "were", "are", "be", "been", "has", "have", "had", "will",
                           "would", "can", "could", "should", "may", "might", "must", "when",
                           "while", "because", "if", "as", "so"})


def _participle_subject_start(tokens: list[Token], a: int, j: int, lo: int) -> int:
    """"A woman selling grilled sardines from a stall by the fish market (said)": a person met
    by what they were doing when the clause opens on them, the participle phrase running up to
    the verb with no comma or verb of its own; the phrase starts at the person, not at the
    last noun before the verb."""
    if a <= lo + 2 or tokens[lo].lower not in _COUNTED_OPENERS:
        return a
    head = next((k for k in range(lo + 1, min(a, lo + 4)) if tokens[k].lower.endswith("ing")
                 and k - 1 > lo and tokens[k - 1].is_word and (
                     tokens[k - 1].bare in lx.PERSON_NOUNS or is_role(tokens[k - 1]))), None)
    if head is None or any(not t.is_word and t.text not in {"-", "'", "’"}
                           for t in tokens[head:j + 1]) or any(
            t.lower in _CLAUSE_WORDS or (
                t.lower in lx.CUE_VERB_FORMS and not t.lower.endswith("ing"))
            for t in tokens[head + 1:j + 1]):
        return a
    return lo


def _joined_modifiers(tokens: list[Token], k: int, lo: int) -> bool:
    """Whether the "and" at `k` joins two lowercase modifiers of one head noun after them
    ("trucking and warehousing company", "oil and gas producer") inside a phrase a determiner
    or a place modifier opens ("The Chicago-based ...", "the ..."): a singular word before the
    "and" (not "workers and union leaders"), two words after it, neither a verb."""
    if k - 2 < lo or k + 2 >= len(tokens):
        return False
    before, after, head = tokens[k - 1], tokens[k + 1], tokens[k + 2]
    if not all(t.is_word and not t.is_capitalised and t.lower not in _STOP
               and t.lower not in lx.PRONOUNS and t.lower not in lx.CUE_VERB_FORMS
               for t in (before, after, head)) or before.bare.endswith("s"):
        return False
    return any(t.lower in lx.DETERMINERS or t.lower.endswith("-based") or (
        t.lower.endswith(("'s", "’s"))) for t in tokens[max(lo, k - 4):k - 1])


def _extend_back(tokens: list[Token], a: int, lo: int, units: Units) -> int:
    end = a
    k = a - 1
    lowercase_words = 0
    while k >= lo and a - k <= MAX_NP:
        if k in units.by_end:
            a = units.by_end[k]
            k = a - 1
            continue
        tok = tokens[k]
        low = tok.lower
        if low in lx.DETERMINERS and low != "that":
            if low in _DEGREE_WORDS and k + 1 < end and tokens[k + 1].text.islower() and (
                    k - 1 >= lo) and (tokens[k - 1].lower in {"the", "its", "their", "his", "her",
                                                            "our"} or tokens[k - 1].lower.endswith(
                    ("'s", "’s"))):
                # "The company's most recent accounts", "the least expensive option": a
                # superlative, not a share of a group ("most residents")
                a = k
                k -= 1
                continue
            if low == "other" and k - 1 >= lo and tokens[k - 1].lower in _QUANTIFIERS_BEFORE_OTHER:
                a = k - 1  # "Several other refugees", "many other analysts"
                k -= 2
                continue
            if k - 2 >= lo and tokens[k - 1].lower == "on" and low in {
                    "both", "either", "all"} and _heads_of(tokens[k - 2]):
                a = k  # "Truckers' groups on both sides", "activists on either side"
                k -= 1
                continue
            if k - 2 >= lo and (tokens[k - 1].lower in {"of", "for", "at", "in", "from", "near",
                                                         "outside", "around"}
                                or tokens[k - 1].lower in _INSIDE_PREPS) and (
                (is_role(tokens[k - 2]) and tokens[k - 1].lower != "in")
                or (tokens[k - 1].lower == "of" and (
                    tokens[k - 2].bare in lx.QUANTITY_HEADS))  # "one of the diplomats"
                or (tokens[k - 1].lower != "for" and _heads_of(tokens[k - 2]))
                # "the U.S. Attorney's Office for the Southern District of New York", "the
                # Commissioner for Human Rights": a capitalised body's name runs on
                or (tokens[k - 1].lower in {"for", "of"} and tokens[k - 2].is_capitalised
                    and (tokens[k - 2].bare in lx.ORG_NOUNS
                         or tokens[k - 2].bare in lx.GOVERNMENT_HEADS))
                or (tokens[k - 2].lower in _MET_OR_PRESENT and k - 3 >= lo
                    and _heads_of(tokens[k - 3]))  # "dockworkers interviewed at the gates"
                # "Tour guides in the city": a plural placed by where they are
                or (tokens[k - 1].lower in PLACING_PREPS and _placed_plural(tokens[k - 2]))
                or (tokens[k - 1].lower == "for" and tokens[k - 2].bare in _COMMISSIONED)
                or (tokens[k - 1].lower in {"of", "at", "from"} and k - 3 >= lo
                    and is_name_token(tokens[k - 2]) and is_name_token(tokens[k - 3]))
            ):  # "voters in the state", "workers at the plant", "Jane Doe of the institute"
                a = k
                k -= 1
                continue
            if k - 2 >= lo and tokens[k - 1].lower == "to" and tokens[k - 2].bare in _ROLES_TO:
                a = k  # "An adviser to the group's leadership", "an aide to the senator"
                k -= 1
                continue
            if k - 2 >= lo and tokens[k - 1].lower in {"on", "from"} and (
                    not is_name_token(tokens[k - 2]) and tokens[k - 2].bare in lx.DOCUMENT_HEADS
            ) and _verbless(tokens, k, end):  # "a letter from the mayor": the letter
                a = k - 2
                k -= 3
                continue
            if k - 2 >= lo and tokens[k - 1].lower == "by" and _verbless(tokens, k, end):
                head = authored_document(tokens, k - 1, lo)
                if head is not None:  # "a filing by the lawyers": the filing
                    a = head
                    k = head - 1
                    continue
            if low in COUNT_AFTER_THE and k - 1 >= lo and tokens[k - 1].lower in {
                    "the", "these", "those"} and tokens[end].bare in _PARTIES:
                # "The two companies", "the two countries' foreign ministries": the parties
                # named before ("the two officials" after an unnamed pair keeps its count)
                return k - 1
            return k
        if low in {"for", "of", "from"} and k + 1 == a and tokens[a].text[:1].isdigit() and (
                k - 1 >= lo and tokens[k - 1].bare in lx.DOCUMENT_HEADS
                and (not tokens[k - 1].is_capitalised or k - 1 == lo)):
            # "The IWU's audited accounts for 2023 show": the record of a year, not the year
            a = k - 1
            k -= 2
            continue
        if low == "," and k - 3 >= lo and tokens[k - 1].is_capitalised and (
                tokens[k - 2].lower == "of") and tokens[k - 3].is_capitalised and (
                tokens[k + 1].is_capitalised) and any(
                tokens[m].lower == "and" for m in range(k + 2, end + 1)):
            # "the Ministry of Trade, Industry and Energy": a name that lists its fields
            a = k
            k -= 1
            continue
        if not tok.is_word:
            if k - 1 >= lo and tokens[k - 1].is_word and (low == "&" or (
                    low == "-" and _joined(tokens, k))):
                a = k
                k -= 1
                continue
            if low == "." and k - 1 >= lo and tokens[k - 1].text in MONTH_ABBREVIATIONS and (
                    k + 1 < len(tokens) and tokens[k + 1].text[:1].isdigit()):
                a = k - 1  # "a Sept. 9 letter": the month of a date
                k -= 2
                continue
            break
        if low == "by":
            head = authored_document(tokens, k, lo) if _verbless(tokens, k, end) else None
            if head is None:
                break
            a = head
            k = head - 1
            continue
        if low == "on" and k + 1 < len(tokens) and tokens[k + 1].lower in lx.WEEKDAYS and (
                k + 1 == a) and k - 1 >= lo and tokens[k - 1].is_word and not (
                tokens[k - 1].is_capitalised) and _met_before(tokens, k - 1, lo):
            a = k  # "Two dockworkers interviewed at the port gates on Thursday": when met
            k -= 1
            continue
        if low in lx.MET_PARTICIPLES and k - 1 >= lo and _heads_of(tokens[k - 1]) and (
                _plural_word(tokens[k - 1])) and k + 1 < len(tokens) and (
                tokens[k + 1].lower in INNER_PREPS or tokens[k + 1].lower in _PLACE_PREPS):
            a = k  # "Two dockworkers interviewed at the port gates"
            k -= 1
            continue
        if low in {"in", "on", "last", "this"} and k - 2 >= lo and (
                tokens[k - 1].lower in _AUTHORED) and tokens[k - 2].bare in lx.DOCUMENT_HEADS and (
                not is_name_token(tokens[k - 2])):
            # "Results of a mid-stage trial published in 2023": the record, dated
            a = k - 2
            k -= 3
            continue
        if low in INNER_PREPS or low in _PLACE_PREPS:
            before = tokens[k - 1] if k - 1 >= lo else None
            if before is not None and before.is_word and (
                is_role(before) or (is_name_token(before) and low in {"of", "for", "at"})
                or (low == "of" and before.bare in lx.QUANTITY_HEADS)
                or ((low in {"of", "in", "at", "from"} or low in _INSIDE_PREPS)
                    and _heads_of(before))
                # "Truckers' groups on both sides", "activists on the left"
                or (low == "on" and _heads_of(before) and k + 1 < len(tokens) and (
                    tokens[k + 1].lower in {"both", "either", "the", "all"}))
                or (low in _PLACE_PREPS and _heads_of(before))
                # "Tour guides in the city": a plural placed by where they are is one phrase
                # ("the city" is no source), whatever the trade
                or (low in PLACING_PREPS and _placed_plural(before))
                # "Two dockworkers interviewed at the gates", "People present at the
                # meeting": the people someone met, placed
                or (before.lower in _MET_OR_PRESENT and k - 2 >= lo
                    and _heads_of(tokens[k - 2]))
                or (low == "of" and before.lower in _PLACE_NOUNS)  # "the town of Salamanca"
                or (low == "for" and before.bare in _COMMISSIONED)  # "a poll for Le Monde"
                # "a post on Facebook", "a letter from the mayor": the document
                or (low in {"on", "from"} and not is_name_token(before)
                    and before.bare in lx.DOCUMENT_HEADS)
            ) and (before.lower not in lx.DETERMINERS or (
                    low in {"of", "in", "at", "from"} and before.bare in lx.QUANTITY_HEADS)):
                # "some of the aides", "many in the market"
                a = k
                k -= 1
                continue
            break
        if low == "and" and k - 1 >= lo and tokens[k - 1].is_capitalised and (
            tokens[k + 1].is_capitalised
        ):
            a = k
            k -= 1
            continue
        if low == "and" and _joined_modifiers(tokens, k, lo):
            # "The Chicago-based trucking and warehousing company", "the oil and gas
            # producer": two modifiers of one head, not two subjects
            a = k
            k -= 1
            continue
        if low == "and" and k - 1 >= lo and is_role(tokens[k - 1]) and is_role(tokens[k + 1]) and (
                tokens[k - 1].bare.endswith("s") == tokens[k + 1].bare.endswith("s")):
            # "Japanese journalist and author Hiro Aida": one person's two roles; "farmers
            # and ranchers": one group
            a = k
            k -= 1
            continue
        if low in _NAME_PARTICLES and tokens[k + 1].is_capitalised:
            m = k
            while m - 1 >= lo and m > k - 3 and tokens[m].lower in _NAME_PARTICLES:
                m -= 1
            if tokens[m].is_capitalised and tokens[m].lower not in _NAME_PARTICLES:
                a = m  # "Diario do Tejo", "Folha da Manha", "Ursula von der Leyen"
                k = m - 1
                continue
            if not tokens[m].is_word and tokens[m + 1].lower in _NAME_PARTICLES:
                # "“...,” van Eerden wrote", ", de Souza said": a surname opening on its
                # particle after a quotation mark or a comma
                a = m + 1
                k = m
                continue
        if ((low in _STOP and not _acronym(tok)) or (
                low in lx.PRONOUNS and not _acronym_pronoun(tok))) and not (
                _month_of_a_date(tokens, k)) and not (
                # "the Mekong Delta city of Can Tho": a capitalised modal inside a name
                low in _MODAL_NAMES and tok.is_capitalised and k > lo and k + 1 < len(tokens)
                and tokens[k + 1].is_capitalised):
            break
        if low in lx.CUE_VERB_FORMS and not tok.is_capitalised and not _nounish(tok) and (
                not _gerund_noun(tokens, k, lo)) and not record_modifier(tokens, k, lo):
            break
        if not tok.is_capitalised:
            lowercase_words += 1
            if lowercase_words > 5:
                break
        a = k
        k -= 1
    return a


# Collective nouns that head a source phrase with "of" ("a coalition of lawmakers").
_COLLECTIVE_HEADS = frozenset({
    "coalition", "group", "groups", "panel", "committee", "team", "association", "alliance",
    "union", "network", "council", "board", "federation", "consortium", "bloc", "caucus",
    "delegation", "chorus", "camp", "wing", "faction", "body", "bodies", "club", "society",
})


# Participles between a document and its author ("a poll released Sunday by the paper").
# Not "seen by" or "obtained by": there the outlet relays the document (DOCUMENT_RELAYS).
_AUTHORED = frozenset({
    "prepared", "released", "compiled", "commissioned", "conducted", "written", "issued",
    "filed", "produced", "signed", "sent", "posted", "shared", "drafted", "authored",
    "submitted", "carried", "put", "published", "gathered", "collected",
})
_WEEKDAYS = lx.WEEKDAYS | {"today", "yesterday", "earlier", "last", "week", "month", "year",
                          "jointly"}
_WHEN_WORDS = _WEEKDAYS | {"this", "in", "on", "later", "recently", "first", "originally"} | {
    str(y) for y in range(1990, 2040)}


def _verbless(tokens: list[Token], lo: int, hi: int) -> bool:
    """No lowercase past form in tokens[lo:hi + 1] ("the board angered residents" is a
    clause, not the author of a document)."""
    return not any(t.is_word and not t.is_capitalised and t.lower.endswith("ed")
                   for t in tokens[lo:hi + 1])


# Records an outlet or a client commissions from someone else ("a poll for Le Monde").
_COMMISSIONED = lx.POLL_NOUNS | {"study", "studies", "report", "analysis"}


def document_phrase(tokens: list[Token]) -> bool:
    """The phrase is a document with its author, its client or its place: "a 2022 audit by the
    comptroller", "a poll released Sunday by the Post", "a survey for Le Monde", "a post on
    Facebook", "a letter from the mayor"."""
    for i, tok in enumerate(tokens[1:], 1):
        low = tok.lower
        if low == "by":
            return authored_document(tokens, i, 0) is not None and _verbless(
                tokens, i + 1, len(tokens) - 1)
        if low == "for" and tokens[i - 1].bare in _COMMISSIONED:
            return True  # "the Ifop survey for the newspaper Le Progres": the poll
        if low in {"on", "from"}:
            before = tokens[i - 1]
            if before.lower in _DOCUMENT_MAKERS and i >= 2:
                before = tokens[i - 2]  # "the data available from the FBI"
            if i == 1 and before.lower == "reports" and not any(
                    is_name_token(t) for t in tokens[i + 1:]):
                return False  # "reports from the region": hearsay, nobody's record
            return not is_name_token(before) and before.bare in lx.DOCUMENT_HEADS and (
                _verbless(tokens, i + 1, len(tokens) - 1))
    return False


def authored_document(tokens: list[Token], by: int, lo: int) -> int | None:
    """The document head before "by" at token `by`, when the phrase is a document and its
    author ("A 2022 audit by the comptroller's office", "a poll released Sunday by The
    Washington Post and ABC News"): the document is the source, its author a part of it."""
    m = by - 1
    skipped = 0
    while m >= lo and skipped < 3 and tokens[m].lower in _WHEN_WORDS:
        m -= 1  # "a study published last year by", "released earlier this month by"
        skipped += 1
    if m - 1 >= lo and tokens[m].lower in {"out", "together", "up"} and (
            tokens[m - 1].lower in _AUTHORED):
        m -= 1  # "a survey carried out last year by", "a report put together by"
    if m >= lo and tokens[m].lower in _AUTHORED:
        m -= 1
        if m >= lo and tokens[m].lower == "and":
            # "An evaluation commissioned by the utility and conducted by the consulting firm
            # Ridgeback Analytics": the second participle's record is the first one's
            first = next((k for k in range(m - 1, max(lo, m - 9) - 1, -1)
                          if tokens[k].lower == "by"), None)
            return authored_document(tokens, first, lo) if first is not None else None
    if m >= lo and tokens[m].is_word and (not tokens[m].is_capitalised or (
            m == lo and tokens[m].text[1:].islower())) and tokens[m].bare in lx.DOCUMENT_HEADS:
        return m  # "Figures published by the agency" opening a sentence, too
    # "A survey of 612 households carried out by", "A survey of 4,000 adults by": the record
    # before what it counted
    of = next((k for k in range(m, max(lo, m - 5) - 1, -1) if tokens[k].lower == "of"), None)
    if of is not None and of - 1 >= lo and of < m and (
            tokens[m + 1].lower in _AUTHORED or m + 1 == by) and (
            tokens[of - 1].is_word and not tokens[of - 1].is_capitalised) and (
            tokens[of - 1].bare in lx.DOCUMENT_HEADS) and all(
            t.is_word or t.text in {",", "-"} for t in tokens[of + 1:m + 1]) and not any(
            t.lower in lx.CUE_VERB_FORMS for t in tokens[of + 1:m + 1]):
        return of - 1
    return None


# "Reports circulating among brokers": what circulates, where, without a source
_CIRCULATING = frozenset({"circulating", "swirling", "spreading", "going"})
# Writings that circulate as rumours do ("posts circulating on Facebook claim")
_CIRCULATED_WRITINGS = frozenset({"posts", "messages", "tweets"})
_CIRCULATION_PREPS = frozenset({"in", "among", "on", "across", "around", "through"})
# Prepositions of place that a head noun takes ("two farmers near the town").
_PLACE_PREPS = frozenset({"near", "outside", "around"})
_PLACE_NOUNS = frozenset({"town", "city", "village", "region", "province", "county", "state",
                          "district", "area", "island", "port", "municipality"})


def _acronym(tok: Token) -> bool:
    """An all-capital word of two letters or more ("NOR" in "Bane NOR", "AS", "OR")."""
    return len(tok.text) > 1 and tok.text.isupper() and tok.text.isalpha()


def _acronym_pronoun(tok: Token) -> bool:
    """"US" or "IT" written in capitals: inside a phrase the acronym ("the US Geological
    Survey", "Several IT professionals"), not the pronoun."""
    return tok.lower in {"us", "it"} and _acronym(tok)


def _met_before(tokens: list[Token], j: int, lo: int) -> bool:
    """A participle of meeting ("interviewed", "questioned") within the few words before
    token j, after the people it describes: "voters interviewed outside the polling station"."""
    return any(tokens[m].lower in lx.MET_PARTICIPLES and m - 1 >= lo and _heads_of(tokens[m - 1])
               for m in range(max(lo + 1, j - 5), j))


# What places people where they are, after their plural ("guides in the city", "staff at the
# plant", "pilgrims outside the basilica"); not "for" or "of", which say whose they are
PLACING_PREPS = frozenset({"in", "at", "near", "outside", "around"}) | _INSIDE_PREPS
# "People present at Tuesday's meeting", "engineers interviewed at the site": met where they
# were
_MET_OR_PRESENT = lx.MET_PARTICIPLES | {"present"}


def _placed_plural(tok: Token) -> bool:
    """A lowercase plural of people that a place can follow as part of one phrase ("Radio
    amateurs in several countries", "hoteliers across the island", "civil servants in Abuja"):
    a plural with the ending of an agent or a trade, so no list need hold the word ("1,800
    acres near Storm Lake", "three shops in Brampton", "entries in the database" are not
    people). A capitalised one opening a sentence may be a surname ("Sanders in Iowa"), and is
    left to the lists."""
    bare = tok.bare
    if not tok.is_word or not tok.text.islower() or len(bare) <= 4 or (
            bare in lx.TIME_NOUNS):
        return False
    if bare.endswith(PEOPLE_ENDINGS):
        return True
    # "-ors", "-ents", "-ants", "-ics", "-ees" end as many things as people ("errors",
    # "investments", "payments"): only the listed people ("investors", "servants", "critics")
    return bare.endswith(LISTED_PEOPLE_ENDINGS) and (
        bare in lx.PERSON_NOUNS or bare in lx.AGENT_NOUNS or bare[:-1] in lx.PERSON_NOUNS
        or bare[:-1] in lx.AGENT_NOUNS)


# Endings of plurals that name people by what they do or are ("harvesters", "specialists",
# "historians", "restaurateurs", "hoteliers")
PEOPLE_ENDINGS = ("ers", "ists", "ians", "eurs", "iers")
# Endings as common in things as in people ("operators" and "errors", "residents" and
# "payments"): people only where a list holds the word
LISTED_PEOPLE_ENDINGS = ("ors", "ants", "ents", "ees", "ics")


def _heads_of(tok: Token) -> bool:
    """A lowercase noun that heads the phrase an "of" phrase follows: "many watchers of
    politics", "a poll of likely voters", "a coalition of lawmakers", "supporters of the
    bill". The whole phrase is the source, never its last noun alone."""
    if not tok.is_word or is_name_token(tok):
        return False
    bare = tok.bare
    return (bare in lx.DOCUMENT_HEADS or bare in lx.VAGUE_HEADS or bare in lx.PERSON_NOUNS
            or bare in lx.DESCRIBED_ANONYMOUS_HEADS or bare in _COLLECTIVE_HEADS
            or (len(bare) > 4 and bare.endswith(("ers", "ists", "ians", "er", "ist", "ian"))))


# The words that tie a document to its author or its commissioner inside one source phrase.
_DOCUMENT_LINKS = frozenset({"by", "from", "for"})


def _trim_front(tokens: list[Token], a: int, j: int) -> int:
    """Drop a leading preposition, and words before a name that do not describe it."""
    while a < j and (tokens[a].lower in INNER_PREPS or tokens[a].lower == "and"):
        a += 1
    if j - a >= 2 and tokens[a].lower in {"a", "an"} and tokens[a + 1].is_word and (
            not tokens[a + 1].is_capitalised) and not tokens[a + 1].text[:1].isdigit() and (
            tokens[a + 1].bare not in _COUNTING_NOUNS) and (
            tokens[a + 1].bare not in lx.QUANTITY_HEADS) and _plural_word(tokens[j]) and all(
            t.is_word and t.lower not in INNER_PREPS and t.lower not in {"of", "for", "by"}
            for t in tokens[a + 2:j + 1]) and not tokens[a + 2].lower.endswith("ing"):
        # "in a vote opposition groups said was marred": a singular "a" cannot open a plural
        # phrase; the speakers are the words after the noun it opens
        a += 2
    return _trim_name_run(tokens, a, j)


# Nouns that count a plural ("a dozen analysts", "a handful of ...", "a few")
_COUNTING_NOUNS = frozenset({"few", "dozen", "couple", "handful", "lot", "number", "host",
                             "series", "range", "majority", "minority", "slew", "raft", "string",
                             "score", "pair", "trio", "group", "team", "panel", "coalition",
                             "new", "small", "large", "growing", "hundred", "thousand",
                             "million", "billion", "further", "total", "combined", "record",
                             "mere", "full", "whole", "good", "great"})


def _plural_word(tok: Token) -> bool:
    low = tok.lower
    return tok.is_word and not tok.is_capitalised and low.endswith("s") and not low.endswith(
        ("ss", "us", "is", "'s", "’s"))


def _trim_name_run(tokens: list[Token], a: int, j: int) -> int:
    # "his speech Obama" -> "Obama": a name run preceded by a non-describing noun.
    run = j
    while run - 1 >= a and (is_name_token(tokens[run - 1]) or (
            tokens[run - 1].lower in _NAME_PARTICLES and run - 2 >= a
            and (tokens[run].is_capitalised or tokens[run].lower in _NAME_PARTICLES) and (
                is_name_token(tokens[run - 2]) or (
                tokens[run - 2].lower in _NAME_PARTICLES)))):
        run -= 1  # ... "Diario do Tejo", "Ursula von der Leyen": one name
    if is_name_token(tokens[j]) and run > a:
        if any((tokens[k].lower in _DOCUMENT_LINKS and authored_document(tokens, k, a)
                is not None) or (tokens[k].lower in _AUTHORED and not is_name_token(
                    tokens[k - 1]) and tokens[k - 1].bare in lx.DOCUMENT_HEADS)
               for k in range(a + 1, run)):
            # "Data compiled by consultancy Nordlys Maritime", "Data from retail consultancy
            # Footpath Analytics", "An INSA poll for Bild am Sonntag": the record
            return a
        before = tokens[run - 1]
        if (
            before.is_word and not before.is_capitalised and not is_role(before)
            and before.lower not in lx.DETERMINERS and before.lower not in INNER_PREPS
            and before.lower not in _PLACE_PREPS  # "A farmer near Ede": the farmer, placed
            and before.lower != "surnamed"  # "A resident surnamed Liang": the resident
            and not (run - 1 == a and before.lower in _NAME_PARTICLES)  # "van Eerden"
            and before.lower not in lx.ORG_WORDS and before.bare not in lx.OUTLET_NOUNS
            and not (before.lower == "and" and run - 2 >= a and tokens[run - 2].is_capitalised)
        ):  # but "Citizenship and Immigration Services" is one name
            return run
    return a


def np_after(tokens: list[Token], i: int, hi: int, units: Units) -> tuple[int, int] | None:
    """Token range [i, b] of the noun phrase starting at token i, or None."""
    if i >= hi:
        return None
    tok = tokens[i]
    if i in units.by_start:
        return i, _extend_forward(tokens, units.by_start[i] + 1, hi, units) - 1
    if not tok.is_word:
        return None
    if tok.lower in lx.PRONOUNS:
        return i, i
    if tok.lower in _STOP and tok.lower not in lx.DETERMINERS:
        return None
    end = _extend_forward(tokens, i + 1, hi, units)
    return i, end - 1


_DATE_OPENERS = frozenset({"on", "in", "last", "this", "earlier", "late", "early"})


def dated_before_by(tokens: list[Token], k: int, hi: int) -> int:
    """The index of "by" after a date that follows a record's participle ("published on
    Thursday by", "released last week by", "issued on Aug. 12 by", "published Wednesday
    by"), or -1."""
    if k >= hi:
        return -1
    day = tokens[k].lower in lx.WEEKDAYS or tokens[k].lower in {"today", "yesterday"}
    if tokens[k].lower not in _DATE_OPENERS and not day:
        return -1
    for j in range(k + 1, min(hi - 1, k + 5)):
        low = tokens[j].lower
        if low == "by" and (j > k + 1 or day) and tokens[j + 1].is_word:
            return j
        if not (low in lx.WEEKDAYS or low in _MONTHS or low in _DATE_OPENERS or low in {
                "week", "month", "year", "morning", "afternoon", "evening", "night", "."}
                or low.isdigit()):
            return -1
    return -1


# Roles held towards someone, written with "to": "an adviser to the president", "aides to the
# governor", "the ambassador to the United Nations"
_ROLES_TO = frozenset({"adviser", "advisers", "advisor", "advisors", "aide", "aides", "envoy",
                       "envoys", "ambassador", "ambassadors", "consultant", "consultants",
                       "counsel", "counselor", "counsellor", "assistant", "assistants",
                       "spokesman", "spokeswoman", "spokesperson", "spokespeople",
                       "confidant", "confidants", "lobbyist", "lobbyists"})

# Words for whether someone still holds a post, joined in pairs: "current and former employees"
# What an unnamed source is to the matter: "familiar with", "aware of", "close to"
_KNOWING = frozenset({"familiar", "aware", "close", "briefed", "knowledgeable"})

_STATUS_WORDS = frozenset({"current", "former", "past", "present", "serving", "retired",
                           "active"})


def _extend_forward(tokens: list[Token], k: int, hi: int, units: Units) -> int:
    start = k
    while k < hi and k - start < MAX_NP:
        if k in units.by_start:
            k = units.by_start[k] + 1
            continue
        tok = tokens[k]
        low = tok.lower
        if not tok.is_word:
            if k + 1 < hi and tokens[k + 1].is_word and (low == "&" or (
                    low == "-" and _joined(tokens, k))):
                k += 1
                continue
            break
        prev = tokens[k - 1]
        if prev.bare in lx.DOCUMENT_HEADS and is_name_token(tok) and (
                not prev.is_capitalised):
            # "citing a memo Skyward sent to investors": the record and the contact clause
            # that names its maker, not the maker alone
            m = k
            while m < hi and is_name_token(tokens[m]) and m - k < 4:
                m += 1
            if k < m < hi and tokens[m].lower in DOCUMENT_PARTICIPLES:
                k = m + 1
                continue
        if prev.lower in DOCUMENT_RELAYS or prev.lower in _DOCUMENT_MAKERS:
            by = dated_before_by(tokens, k, hi)
            if by > 0:
                k = by + 1  # "a report published on Thursday by the Arizona Ledger"
                continue
        if low == "of" and k == start and prev.lower in lx.PARTITIVES and k + 1 < hi and (
                tokens[k + 1].lower in lx.DETERMINERS):
            # "citing one of the people familiar with the inquiry", "according to two of the
            # officials": the part of a group is the phrase, not the number alone
            k += 1
            continue
        if low in INNER_PREPS or low == "by" or (low == "about" and prev.lower in _KNOWING):
            nxt = tokens[k + 1] if k + 1 < hi else None
            if nxt is not None and nxt.is_word and not (
                    # "called a charlatan by fellow physicians for promoting cures": a gerund
                    # after the preposition says why, it is not part of the phrase
                    nxt.lower.endswith("ing") and not nxt.is_capitalised
                    and nxt.lower not in _ING_PREPOSITIONS
                    and prev.lower not in _KNOWING and prev.lower != "involved") and (
                is_role(prev) or prev.bare in lx.DOCUMENT_HEADS or prev.lower in _RELAY_MARKERS
                or prev.lower in DOCUMENT_RELAYS or prev.lower in _DOCUMENT_MAKERS
                or prev.bare in lx.DESCRIBED_ANONYMOUS_HEADS or prev.bare in lx.ANONYMOUS_HEADS
                or (is_name_token(prev) and low in {"of", "for", "at"})
                or prev.lower in _KNOWING or prev.lower == "involved"
                # "a person with knowledge of the investigation"
                or (prev.lower in {"knowledge", "direct", "close"} and low == "of")
            ):
                k += 1
                continue
            break
        if low in _RELAY_MARKERS or ((low in DOCUMENT_RELAYS or low in _DOCUMENT_MAKERS) and (
                prev.bare in lx.DOCUMENT_HEADS)):
            k += 1
            continue
        if low in RELAY_ADVERBS and prev.bare in lx.DOCUMENT_HEADS and k + 1 < hi and (
                tokens[k + 1].lower in DOCUMENT_RELAYS):
            k += 2
            continue
        if low in {"familiar", "close"} or (low in {"involved", "aware"} and k + 1 < hi and (
                tokens[k + 1].lower in {"in", "with", "of"})) or (
                # "according to people briefed on the plans", "people knowledgeable about"
                low in {"briefed", "knowledgeable"} and k + 1 < hi
                and tokens[k + 1].lower in {"on", "about"}):
            # "officials familiar with", "officials involved in an investigation", "people
            # aware of the development" (the South Asian press's "familiar with")
            k += 1
            continue
        if low == "and" and prev.is_capitalised and k + 1 < hi and tokens[k + 1].is_capitalised:
            k += 1
            continue
        if low in {"and", "or"} and prev.lower in _STATUS_WORDS and k + 1 < hi and (
                tokens[k + 1].lower in _STATUS_WORDS):
            k += 1  # "according to current and former employees": one phrase
            continue
        if low in lx.DETERMINERS and (prev.lower in INNER_PREPS or prev.lower in {"by", "about"}):
            k += 1
            continue
        if low in _DEGREE_WORDS and (prev.lower in lx.DETERMINERS or prev.lower.endswith((
                "'s", "’s", "s'", "s’"))) and k + 1 < hi and tokens[k + 1].is_word:
            # "the most recent data", "the company's most recent annual report": a
            # superlative's adverb, inside the phrase
            k += 1
            continue
        if (low in _STOP or low in lx.PRONOUNS or low in lx.DETERMINERS) and not (
                # "the US Geological Survey", "Several IT professionals": an acronym written
                # in capitals inside a phrase, not the pronoun
                _acronym_pronoun(tok) and tokens[k - 1].is_word):
            break
        if low in lx.CUE_VERB_FORMS and not tok.is_capitalised and not _nounish(tok) and not (
                _attributive(tokens, k, hi)):
            break
        k += 1
    return k


def _joined(tokens: list[Token], k: int) -> bool:
    """Token k is a hyphen inside a word ("Scripps-Howard"), not a dash set off by spaces
    ("a winning streak - something Sanders aides argue")."""
    return 0 < k < len(tokens) - 1 and tokens[k - 1].end == tokens[k].start and (
        tokens[k].end == tokens[k + 1].start)


# Words after which a verb form before a record's noun is a verb ("to release documents", "They
# recall memos"), not the kind of the record ("the recall notice")
_VERB_CONTEXT = frozenset({"to", "will", "would", "can", "could", "may", "might", "must",
                           "should", "shall", "not", "never", "and", "or", "who", "which",
                           "that"}) | frozenset(lx.PRONOUNS)


# Verb forms that name a kind of record before its noun: not "citing documents" or "experts
# say studies", where the verb takes the record as its object
_RECORD_KINDS = frozenset({"planning", "offering", "recall", "briefing", "charging", "polling",
                           "voting", "warning"})


def is_record_head(tok: Token) -> bool:
    """The token is a record's head noun as running text writes it ("filing", "the decree"),
    not a capitalised word of a name ("Report" in "the Drudge Report")."""
    return tok.bare in lx.DOCUMENT_HEADS and tok.text.islower()


def record_aside_lead(tok: Token) -> bool:
    """The word that opens an aside about how a record was made: a past participle (", dated
    March 8,", ", filed at Companies House in January,", ", written by ...,")."""
    return tok.text.islower() and tok.is_word and (
        tok.lower in lx.IRREGULAR_RECORD_PARTICIPLES or (
            tok.lower.endswith("ed") and len(tok.lower) > 4))


def record_modifier(tokens: list[Token], k: int, lo: int) -> bool:
    """The verb form at k names the kind of the record whose noun follows it ("internal
    planning documents", "the recall notice", "bond offering documents"): part of the phrase,
    no verb."""
    if k + 1 >= len(tokens):
        return False
    nxt, low = tokens[k + 1], tokens[k].lower
    if low == "recall" and not (k - 1 >= lo and (
            tokens[k - 1].lower in lx.DETERMINERS or tokens[k - 1].lower.endswith(("'s", "’s")))):
        return False  # "Former staff recall memos warning ...": a verb in the present
    return low in _RECORD_KINDS and is_record_head(nxt) and (
        k - 1 < lo or tokens[k - 1].lower not in _VERB_CONTEXT)


def _attributive(tokens: list[Token], k: int, hi: int) -> bool:
    """A verb form used as an adjective between a determiner and its noun ("the charging
    documents", "the ruling party"), or naming the kind of a record inside a phrase ("internal
    planning documents", "the recall notice", "the group's bond offering documents")."""
    if k + 1 >= hi:
        return False
    if record_modifier(tokens, k, 0):
        return True
    low, nxt = tokens[k].lower, tokens[k + 1]
    return tokens[k - 1].lower in lx.DETERMINERS and low.endswith(
        ("ing", "ed")) and nxt.is_word and not nxt.is_capitalised and (
        nxt.lower not in _STOP and nxt.lower not in lx.DETERMINERS
        and nxt.lower not in INNER_PREPS)


# --- whole source phrases ----------------------------------------------------------------------

# Words that open a post-modifier after a source's head noun.
OPENERS = frozenset({
    "familiar", "close", "who", "whose", "with", "speaking", "briefed", "knowledgeable", "involved",
    "granted", "requesting", "insisting", "in", "aware",
    "at", "from", "of", "on",
    # people placed along a place ("Residents along the river said")
    "along",
    # people set against something ("Campaigners against grouse moor burning say")
    "against",
})
# Openers that need no particular word before the clause ends ("who ...", "familiar with").
_CLAUSE_OPENERS = frozenset({"who", "whose", "familiar", "close", "speaking", "briefed",
                             "knowledgeable", "involved", "granted", "requesting", "insisting",
                             "aware"}
                            ) | lx.PEOPLE_PARTICIPLES | lx.ACCUSED_PARTICIPLES
# A post-modifier holds no second clause and no quotation.
_BARRIERS = frozenset({"and", "but", "said", "says", "say", "tell", "tells", "told", "according",
                       ";", ":", "“", "”", "—", "–",
                       "\"", "(", ")", "when", "where", "while", "because", "if", "since",
                       "after", "before", "although", "though", "whereas", "unless"})
MAX_BACK = 14
# Prepositions that take a matter, which may be a "what" clause ("familiar with what")
_MATTER_PREPS = frozenset({"with", "about", "of", "on", "to"})
_COPULAS = frozenset({"is", "was", "are", "were", "been", "being"})
# Barrier words that are prepositions before a determiner ("before the court")
_PREPOSITION_TOO = frozenset({"before", "after", "since"})
# Participles that tie a record to who made or spread it ("a report released by", "a post
# shared ... on Facebook")
DOCUMENT_PARTICIPLES = frozenset({"released", "published", "shared", "posted", "circulated",
                                   "filed", "prepared", "commissioned", "issued", "compiled",
                                   "obtained", "seen", "leaked", "submitted", "presented",
                                   # "A memo sent to staff on Monday said", "a letter
                                   # addressed to the board", "a note dated March 3"
                                   "sent", "addressed", "dated", "written", "signed",
                                   "distributed", "delivered", "emailed",
                                   # "Photos taken by residents", "footage filmed by a
                                   # bystander", "images uploaded on Sunday"
                                   "taken", "filmed", "uploaded", "broadcast", "aired",
                                   # "A field survey completed last week found", "a payment
                                   # schedule tabled at the hearing shows", "budget documents
                                   # approved in December show", "records handed over in
                                   # discovery show", "accounts lodged with the ASX"
                                   "completed", "tabled", "approved", "handed", "attached",
                                   "lodged", "conducted", "produced", "unsealed", "drafted",
                                   "drawn", "updated", "adopted",
                                   # "Satellite images taken on Wednesday and analysed by NK
                                   # Pro", "records reviewed by the newspaper"
                                   "analysed", "analyzed", "reviewed", "examined",
                                   # "figures broken down by state show"
                                   "broken",
                                   # "Census data introduced at trial showed"
                                   "introduced"})
_DEGREE_WORDS = frozenset({"most", "least", "more", "less"})


# Collective heads of bodies a place or a trade holds ("Farm organisations in the county",
# "Business groups in the region"): a post-modified group, like people of a place.
_GROUP_HEADS = frozenset({"organisations", "organizations", "groups", "associations", "unions",
                          "charities", "federations", "cooperatives", "co-operatives", "co-ops",
                          "businesses", "ngos", "clubs", "societies", "agencies"})
# Pronoun-like quantities that a place post-modifies ("Many on Main Street say", "Some in
# the village said"): a community of that place.
_QUANTITY_OF_A_PLACE = frozenset({"many", "some", "others", "few", "most", "several"})


def _a_date_after(tokens: list[Token], k: int) -> bool:
    """A month or a year follows token k ("in March 2021", "in 2019")."""
    if k + 1 >= len(tokens):
        return False
    nxt = tokens[k + 1]
    return nxt.lower.rstrip(".") in _MONTHS or (
        len(nxt.text) == 4 and nxt.text.isdigit() and nxt.text[:2] in {"19", "20"})


# Endings only nouns of people have, whether or not a list of trades holds them
_PERSON_ENDINGS = ("ologist", "ician", "iatrist", "ographer")


def is_people_head(tok: Token, opening: bool = False) -> bool:
    """A head noun of people (a person noun, a role, a group); `opening`: the token opens
    the sentence, where a trade is capitalised ("Employers in the care sector said")."""
    bare = tok.bare
    if bare in _GROUP_HEADS:
        return True
    if bare.startswith("co-") and len(bare) > 4:
        bare = bare[3:]  # "One co-author of the study": an author, as "co-founder" a founder
    singular = bare[:-1] if bare.endswith("s") else bare
    if singular.endswith(_PERSON_ENDINGS) and tok.text.islower():
        return True  # "an endocrinologist", "a pediatrician", "a photographer"
    return any(
        word in lx.DESCRIBED_ANONYMOUS_HEADS or word in lx.ANONYMOUS_HEADS
        or word in lx.PERSON_NOUNS or word in lx.OFFICIAL_ROLES or word in lx.EXPERT_ROLES
        or (word in lx.AGENT_NOUNS and (opening or not tok.is_capitalised))
        for word in (bare, singular)
    )


# Heads of a "who" clause that are no person noun ("others who want to ban it", "those who
# saw him", "many who voted for him").
_RELATIVE_PRONOUN_HEADS = frozenset({"others", "those", "many", "some", "several", "few",
                                     "all", "both", "most", "anyone", "everyone", "someone"})


def _noun_of_a_who_clause(tokens: list[Token], head: int) -> bool:
    """The lowercase word right before "who" is a noun the clause makes a person, though no
    list of trades holds it ("A camera assistant who spoke on condition of anonymity said",
    "Volunteers who have travelled to the area said"): "who" is said of people. Not a
    pronoun, a function word or a verb form ("those who", "said who")."""
    tok = tokens[head]
    return (tok.is_word and tok.text.isalpha() and tok.text.islower() and len(tok.text) > 2
            and tok.lower not in _STOP and tok.lower not in lx.PRONOUNS
            and tok.lower not in lx.DETERMINERS and tok.lower not in lx.CUE_VERB_FORMS
            and not tok.lower.endswith(("ing", "ly")))


_HEAD_PREPOSITIONS = frozenset({"of", "in", "at", "from", "on", "with", "for"})
_PLACE_PREPOSITIONS = frozenset({"at", "in", "from", "on", "along"})


def _relative_head_start(tokens: list[Token], head: int, lo: int, units: Units) -> int | None:
    """Start of the head a "who" clause modifies when that head is no person noun: a
    pronoun-like quantity ("others who ..."), or a person noun with a prepositional phrase
    between it and the clause ("Friends of Mr. Clinton's who have seen him ...", "A Western
    diplomat in Tashkent who follows the talks")."""
    if tokens[head].lower in _RELATIVE_PRONOUN_HEADS:
        return head
    np = np_before(tokens, head, lo, units)
    if np is None:
        return None
    if any(tokens[k].lower in _HEAD_PREPOSITIONS for k in range(np[0] + 1, head)) and any(
            is_people_head(tokens[k]) for k in range(np[0], head)):
        return np[0]  # the phrase already runs over the preposition to its person noun
    if np[0] - 2 < lo or tokens[np[0] - 1].lower not in _HEAD_PREPOSITIONS or (
            not is_people_head(tokens[np[0] - 2])):
        return None
    owner = np_before(tokens, np[0] - 2, lo, units)
    return owner[0] if owner is not None else None


# How much further back a source phrase may run when it says why a name is withheld.
_WHY_WITHHELD_BACK = 10


def _withheld_before(tokens: list[Token], k: int, lo: int) -> bool:
    """The words before "because" at token `k` are a relative clause of the source ("who
    spoke on condition of anonymity", "who stayed home"), or withhold its name ("speaking on
    condition of anonymity"): the "because" clause says why, inside the source's phrase."""
    start = max(lo, k - 12)
    opener = next((j for j in range(k - 1, start - 1, -1)
                   if tokens[j].lower in {"who", "speaking", "requesting"} or (
                       not tokens[j].is_word and tokens[j].text not in {"-", "'", "’"})), -1)
    if opener < 0 or not tokens[opener].is_word:
        return False
    return tokens[opener].lower == "who" or lx.WITHHELD_NAME.search(
        " ".join(t.text for t in tokens[opener:k])) is not None


def _reason_verb(tokens: list[Token], k: int, lo: int) -> bool:
    """Token k is a verb of speech that only a reason for withholding a name holds: a passive
    "told" ("because staff had been told not to discuss it") or an infinitive "say"/"tell"
    ("not authorised to say so"); never a finite "said", which may be the source's own verb
    after the reason ("... because he was not authorized to discuss it said the city ...")."""
    if k - 1 < lo:
        return False
    low, before = tokens[k].lower, tokens[k - 1].lower
    return (low == "told" and before in {"been", "was", "were", "being"}) or (
        low in {"say", "tell"} and before == "to")


def _withheld_reason_start(tokens: list[Token], k: int, lo: int) -> int:
    """The "because" that opens a reason for withholding a name, within ten words before
    token k with no punctuation between ("who spoke on condition of anonymity because staff
    had been told ..."), or -1."""
    for m in range(k - 1, max(lo, k - _WHY_WITHHELD_BACK) - 1, -1):
        if not tokens[m].is_word:
            return -1
        if tokens[m].lower == "because":
            return m if _withheld_before(tokens, m, lo) else -1
    return -1


_CONFIDENTIAL_OPENERS = frozenset({"familiar", "close", "knowledgeable", "briefed"})


def _inside_a_relative_clause(tokens: list[Token], k: int, lo: int) -> bool:
    """A "who" after a head noun of people stands within eight words before the "and" at
    token k, with only lowercase words and numbers between and after it ("who had loaded two
    dogs and a cooler", "who sells fruit and vegetables"): the "and" joins two parts of the
    clause. (The caller asks only where the phrase the scan started from does not open right
    after the "and" on a head of people: "... was released and police said" opens a new
    subject, "police"; "who sells fruit and vegetables said" does not.)"""
    if k + 1 >= len(tokens) or not (tokens[k + 1].text.islower()
                                    or tokens[k + 1].text[:1].isdigit()):
        return False
    for m in range(k - 1, max(lo, k - 8) - 1, -1):
        tok = tokens[m]
        if tok.lower == "who":
            # "who" after a lowercase noun says it is a person ("A ranger who accompanied the
            # team and asked not to be named"), whether or not the lexicon lists the trade
            return m - 1 >= lo and (is_people_head(tokens[m - 1]) or (
                tokens[m - 1].text.islower() and tokens[m - 1].is_word
                and tokens[m - 1].lower not in lx.PRONOUNS))
        if not tok.is_word or not (tok.text.islower() or tok.text[:1].isdigit()) or (
                tok.lower in _BARRIERS):
            return False
    return False


def _confidential_opener_before(tokens: list[Token], k: int, lo: int) -> bool:
    """A head noun and "familiar"/"close"/"briefed" stand a few words before the "and" at
    token k, with no clause between ("a person familiar with talks between the government
    and ..."): the "and" joins the matter's nouns, not two clauses."""
    for m in range(k - 1, max(lo, k - 10) - 1, -1):
        low = tokens[m].lower
        if low in _CONFIDENTIAL_OPENERS:
            return m - 1 >= lo and is_people_head(tokens[m - 1])
        if low in _BARRIERS or low == ",":
            return False
    return False


# Words that count a group ("Two fuel distributors in N'Djamena said")
_COUNTING = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                       "several", "some", "many", "dozens", "hundreds", "both"})


def _counted_plural(tokens: list[Token], i: int, lo: int) -> bool:
    """Token i is a plural noun that a count opens the phrase of ("Two fuel distributors",
    "several wholesalers"): a group of people or firms, whatever the trade, never a record."""
    tok = tokens[i]
    if not tok.text.islower() or not tok.lower.endswith("s") or tok.lower.endswith("ss") or (
            tok.bare in lx.DOCUMENT_HEADS):
        return False
    for k in range(i - 1, max(lo, i - 4) - 1, -1):
        if tokens[k].lower in _COUNTING or tokens[k].text.isdigit():
            return k == lo or tokens[k - 1].lower in lx.DETERMINERS or not tokens[k - 1].is_word
        if not tokens[k].is_word or not tokens[k].text.islower() or (
                tokens[k].lower in _STOP or tokens[k].lower in OPENERS
                or tokens[k].bare in lx.PERSON_NOUNS or tokens[k].bare in lx.VAGUE_HEADS):
            return False  # "Two people familiar with discussions in ...": another head
    return False


def _group_of_before(tokens: list[Token], k: int, lo: int) -> bool:
    """The "and" at token k sits inside the "of" phrase of a group opening the clause
    ("Critics of the plan and its costs", "Opponents of the dam and the reservoir"): a people
    or vague head, then "of", then no verb, comma or clause word up to k."""
    for w in range(k - 1, max(lo, k - 14) - 1, -1):
        tok = tokens[w]
        if not tok.is_word and tok.text not in {"'s", "’s", "-"}:
            return False
        if tok.lower in lx.CUE_VERB_FORMS and not tok.is_capitalised and not _nounish(tok):
            return False
        if tok.lower in {"who", "that", "which", "and", "or", "but"}:
            return False
        if tok.lower == "of" and w - 1 >= lo:
            head = tokens[w - 1]
            return (head.bare in lx.VAGUE_HEADS or is_people_head(head, opening=w - 1 == lo)) and (
                head.bare.endswith("s")) and (w - 1 == lo or tokens[w - 2].lower in lx.DETERMINERS
                                              or tokens[w - 2].lower in _COUNTING)
    return False


def _acronym_parenthesis(tokens: list[Token], close: int, floor: int) -> int:
    """Where the parenthesis closing at `close` opens, when it holds a name's short form only
    ("(UBA)", "(NERC)") right after a capitalised word; -1 otherwise."""
    for k in range(close - 1, max(floor, close - 4) - 1, -1):
        if tokens[k].text == "(":
            inner = tokens[k + 1:close]
            return k if inner and k - 1 >= floor and tokens[k - 1].is_capitalised and all(
                t.is_word and t.text[:1].isupper() for t in inner) else -1
    return -1


def post_modified_start(tokens: list[Token], a: int, lo: int, units: Units) -> int:
    """Start of the source phrase that ends at the phrase starting at token `a`, when that
    phrase is the tail of a post-modified head ("the matter" in "a person familiar with the
    matter"); `a` itself otherwise."""
    if tokens[a].lower in lx.PRONOUNS and not (
            tokens[a].lower in lx.POSSESSIVE_DETERMINERS and a + 1 < len(tokens)
            and tokens[a + 1].is_word):
        return a  # a pronoun is its own phrase; "her thinking" may end a longer one
    floor = max(lo, a - MAX_BACK)
    k = a - 1
    while k > floor:
        tok = tokens[k]
        low = tok.lower
        if low in _PREPOSITION_TOO and k + 1 < a + 1 and (
                tokens[k + 1].lower in lx.DETERMINERS or tokens[k + 1].text[:1].isdigit()):
            # "Lawyers who practice before the court", "A tailor who had lived in the area
            # since 2009": a preposition, no new clause
            k -= 1
            continue
        if low in lx.MET_PARTICIPLES and k + 1 <= a and tokens[k + 1].lower == "by" and (
                k - 1 >= floor and is_people_head(tokens[k - 1])):
            # "Residents reached by phone said": the people the reporter reached
            np = np_before(tokens, k - 1, lo, units)
            if np is not None:
                return np[0]
        if low == "and" and k + 1 <= a and tokens[k + 1].lower in DOCUMENT_PARTICIPLES:
            k -= 1  # "A study commissioned by the government and published in March found"
            continue
        if low == "because" and _withheld_before(tokens, k, lo):
            # "Two officials who spoke on condition of anonymity because they were not
            # authorised to brief reporters said": why the name is withheld, still the phrase
            floor = max(lo, floor - _WHY_WITHHELD_BACK)
            k -= 1
            continue
        if low == "and" and (k + 1 < a or not is_people_head(tokens[a])) and (
                _inside_a_relative_clause(tokens, k, lo)):
            # "One man who had loaded two dogs and a cooler into his pickup (said)": the "and"
            # joins the objects of the relative clause, inside the source's phrase
            k -= 1
            continue
        if low == "and" and _group_of_before(tokens, k, lo):
            # "Critics of the State's reliance on hotels and other commercial accommodation
            # say": the "and" joins what the group is of, inside the source's phrase
            k -= 1
            continue
        if low == "and" and _confidential_opener_before(tokens, k, lo):
            # "A person familiar with talks between the government and the operators of the
            # plants, who declined to be named, said": the matter may hold an "and"
            floor = max(lo, floor - _WHY_WITHHELD_BACK)
            k -= 1
            continue
        if low in {"said", "says", "say"} and k - 2 >= floor and tokens[k - 1].lower == "who" and (
                is_people_head(tokens[k - 2])):
            # "A man who said he owned a roofing business in town (said)", "A person who said
            # they had attended the meeting": what the relative clause says describes the
            # person, and the phrase runs on to the verb
            k -= 1
            continue
        if _reason_verb(tokens, k, lo) and (because := _withheld_reason_start(tokens, k, lo)) >= 0:
            # "A district employee who spoke on condition of anonymity because staff had
            # been told not to discuss the attack (said)": the verb is the reason's, inside
            # the source's phrase; go on from its "because"
            k = because
            floor = min(floor, max(lo, because - _WHY_WITHHELD_BACK))
            continue
        if low == ")" and (opened := _acronym_parenthesis(tokens, k, floor)) > floor:
            k = opened - 1  # "Data from the Federal Environment Agency (UBA) published ..."
            continue
        if low in _BARRIERS or (low == "what" and tokens[k - 1].lower not in _MATTER_PREPS):
            # ("over what their union says": a clause of its own; "familiar with what the
            # company plans" is the matter of the phrase)
            return a
        if low in {"with", "from", "by"} and k - 1 >= floor and tokens[k - 1].bare in (
                lx.DOCUMENT_HEADS) and (not tokens[k - 1].is_capitalised or k - 1 == lo) and (
                k + 1 <= a) and (low != "by" or not any(
                    t.lower in _STOP and t.lower not in {"of", "and"}
                    for t in tokens[k + 1:a + 1])):
            # "Filings with the county elections board show": the filings; "A study by the
            # government found": the study (the "by" phrase, a name, runs to the verb)
            np = np_before(tokens, k - 1, lo, units)
            if np is not None:
                return np[0]
        if low == "by" and k + 1 <= a and tokens[k - 1].bare not in lx.DOCUMENT_HEADS and not any(
                t.lower in _STOP and t.lower not in {"of", "and"} for t in tokens[k + 1:a + 1]):
            # "A survey of 312 members published by the union alongside the result found":
            # the record that counted them, made by the union
            head = authored_document(tokens, k, floor)
            if head is not None and head < k - 2:
                np = np_before(tokens, head, lo, units)
                if np is not None:
                    return np[0]
        if low in DOCUMENT_PARTICIPLES and k - 1 >= floor and (
                tokens[k - 1].bare in lx.DOCUMENT_HEADS) and (
                not tokens[k - 1].is_capitalised or k - 1 == lo) and (
                not any(t.lower == "that" or t.lower in lx.FINDING_VERB_FORMS
                        for t in tokens[k + 1:a])):
            # "A staff report released by the city's planning department last month found",
            # "A post shared more than 3,000 times on Facebook claimed": the record
            np = np_before(tokens, k - 1, lo, units)
            if np is not None:
                return np[0]
        if low == "," and not (k + 1 < a and tokens[k + 1].lower == "who"):
            return a
        if low == "that" and k + 1 <= a and k - 1 >= floor and ((
                is_people_head(tokens[k - 1]) and tokens[k - 1].bare.endswith("s"))
                or (tokens[k - 1].bare in lx.ORG_NOUNS and not tokens[k - 1].is_capitalised)
                ) and tokens[k + 1].text.islower() and not (
                is_people_head(tokens[k + 1]) or tokens[k + 1].lower in lx.DETERMINERS
                or tokens[k + 1].lower in lx.PRONOUNS):
            # "Advocacy groups that represent detained immigrants said", "the union that
            # led the stoppage said": the body the relative clause describes (not "told
            # residents that officials said")
            np = np_before(tokens, k - 1, lo, units)
            if np is not None:
                return np[0]
        if low in {"authorized", "authorised"} and k - 2 >= lo and (
                tokens[k - 1].lower == "not") and is_people_head(tokens[k - 2]):
            # "An official not authorized to speak publicly said": the official, the reason
            # the name is withheld a part of the phrase
            np = np_before(tokens, k - 2, lo, units)
            if np is not None:
                return np[0]
        if low in _CLAUSE_OPENERS or (low in OPENERS and k + 1 <= a and (
                tokens[k - 1].bare in lx.ANONYMOUS_HEADS
                or tokens[k - 1].bare in lx.DESCRIBED_ANONYMOUS_HEADS
                # "One resident of the settlement", "Observers of religious affairs in
                # Nairobi": people of a place or a field
                or (low in {"of", "from", "against"} and (
                    tokens[k - 1].bare in lx.PERSON_NOUNS or tokens[k - 1].bare in lx.VAGUE_HEADS
                    # "One co-author of the study, who spoke on condition of anonymity, said"
                    or (is_people_head(tokens[k - 1]) and k + 1 < a + 1
                        and tokens[k + 1].lower in lx.DETERMINERS))
                    and (not tokens[k - 1].is_capitalised or k - 1 == lo))
                # "Many on Main Street say", "Some in the village said"
                or (low in _PLACE_PREPOSITIONS and tokens[k - 1].bare in _QUANTITY_OF_A_PLACE)
                # "A nurse at the hospital, who spoke on condition of anonymity, said"
                # ("Teachers at two of the schools said": capitalised opening the sentence)
                or ((low in _PLACE_PREPOSITIONS or low == "with") and (
                    not tokens[k - 1].is_capitalised or k - 1 == lo)
                    and (is_people_head(tokens[k - 1], opening=k - 1 == lo)
                         or _counted_plural(tokens, k - 1, lo))
                    # "A flood study completed for the city in March 2021 found": a date,
                    # not the people of the city
                    and not (low == "in" and _a_date_after(tokens, k)) and not (
                        # "workers on the platform", not "a judge on Tuesday refused ..."
                        low == "on" and (k + 1 >= len(tokens) or tokens[k + 1].lower not in {
                            "the", "a", "an", "its", "their", "his", "her"}) and not (
                            # "Some advocates on Capitol Hill": people of a named place
                            tokens[k - 1].bare.endswith("s") and tokens[k + 1].is_capitalised
                            and tokens[k + 1].lower not in lx.WEEKDAYS
                            and tokens[k + 1].lower not in _MONTHS))))):
            head = k - 1
            if low in _CLAUSE_OPENERS and low != "who":
                # "a banker not involved in the talks", "a banker who is not involved in the
                # talks": past the negation, and from the copula on to its "who"
                while head > floor and tokens[head].lower in {"not", "never"}:
                    head -= 1
                if head > floor and tokens[head].lower in _COPULAS and (
                        tokens[head - 1].lower == "who"):
                    k = head - 1
                    continue
                if head > floor and tokens[head].lower == "who":
                    # "An agency official who briefed reporters on condition of anonymity":
                    # the opener is the relative clause's verb; the phrase runs on to "who"
                    k = head
                    continue
            if head >= lo and tokens[head].lower == ",":
                head -= 1
            if head > floor and tokens[head].text == ")" and (
                    opened := _acronym_parenthesis(tokens, head, floor)) > floor:
                head = opened - 1  # "Officials at the Regulatory Commission (NERC) who ..."
            placed = head
            while placed > floor and tokens[placed].is_word and tokens[placed].is_capitalised:
                placed -= 1
            if low in _CLAUSE_OPENERS and placed < head and placed - 1 >= lo and (
                    tokens[placed].lower in {"in", "at", "from"}) and is_people_head(
                    tokens[placed - 1]) and (not tokens[placed - 1].is_capitalised
                                             or placed - 1 == lo):
                # "A diplomat in London familiar with the preparations", "an official in
                # Kyiv who was not authorised to speak": the person placed, then described
                np = np_before(tokens, placed - 1, lo, units)
                if np is not None:
                    return np[0]
            if head >= lo and (
                    is_people_head(tokens[head]) or _counted_plural(tokens, head, lo) or (
                        tokens[head].bare in _QUANTITY_OF_A_PLACE
                        and low in _PLACE_PREPOSITIONS) or (
                        low == "who" and _noun_of_a_who_clause(tokens, head))):
                np = np_before(tokens, head, lo, units)
                if np is not None:
                    return np[0]
            if low == "who" and head >= lo:
                start = _relative_head_start(tokens, head, lo, units)
                if start is not None:
                    return start
            if low in _CLAUSE_OPENERS:
                return a
        k -= 1
    return a


def says_state_media(tokens: list[Token]) -> bool:
    """The phrase calls its outlet state media ("state television", "Kremlin-controlled TV",
    "State media" opening a sentence), as opposed to a name that holds the word ("The State
    Journal-Register", "Penn State radio")."""
    for idx, tok in enumerate(tokens):
        low = tok.lower
        if low not in lx.STATE_WORDS and not low.startswith("state-"):
            continue
        nxt = tokens[idx + 1] if idx + 1 < len(tokens) else None
        if tok.text[:1].islower() or nxt is None or not nxt.text[:1].isupper() or (
                nxt.bare in lx.OUTLET_NOUNS):  # "State TV" in a title-case headline
            return True
    return False
