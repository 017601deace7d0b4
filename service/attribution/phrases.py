"""Whole source noun phrases: a head noun with the post-modifier that says who the source is.

"A person familiar with the matter said", "an official who was not authorized to speak
publicly said", "two officials, who spoke on condition of anonymity, said": scanning back from
the verb finds only the end of the phrase ("the matter", "speak"), which names no one. The
source is the phrase headed by "person" or "official", and its post-modifier is what makes it
an unnamed source rather than a vague one (rubrics/source-kinds.md).
"""

from __future__ import annotations

from . import lexicon as lx
from .mentions import Units, np_before
from .text import Token

# Words that open a post-modifier after a source's head noun.
OPENERS = frozenset({
    "familiar", "close", "who", "with", "speaking", "briefed", "knowledgeable", "involved",
    "granted", "requesting", "insisting", "in",
    "at", "from", "of", "on",
})
# Openers that need no particular word before the clause ends ("who ...", "familiar with").
_CLAUSE_OPENERS = frozenset({"who", "familiar", "close", "speaking", "briefed", "knowledgeable",
                             "involved", "granted", "requesting", "insisting"})
# A post-modifier holds no second clause and no quotation.
_BARRIERS = frozenset({"and", "but", "said", "says", "told", "according", ";", ":", "“", "”",
                       "\"", "(", ")"})
MAX_BACK = 14


def _is_head(tok: Token) -> bool:
    bare = tok.bare
    singular = bare[:-1] if bare.endswith("s") else bare
    return any(
        word in lx.DESCRIBED_ANONYMOUS_HEADS or word in lx.ANONYMOUS_HEADS
        or word in lx.PERSON_NOUNS or word in lx.OFFICIAL_ROLES or word in lx.EXPERT_ROLES
        for word in (bare, singular)
    )


def post_modified_start(tokens: list[Token], a: int, lo: int, units: Units) -> int:
    """Start of the source phrase that ends at the phrase starting at token `a`, when that
    phrase is the tail of a post-modified head ("the matter" in "a person familiar with the
    matter"); `a` itself otherwise."""
    if tokens[a].lower in lx.PRONOUNS:
        return a
    floor = max(lo, a - MAX_BACK)
    k = a - 1
    while k > floor:
        tok = tokens[k]
        low = tok.lower
        if low in _BARRIERS:
            return a
        if low == "," and not (k + 1 < a and tokens[k + 1].lower == "who"):
            return a
        if low in _CLAUSE_OPENERS or (low in OPENERS and k + 1 <= a and (
                tokens[k - 1].bare in lx.ANONYMOUS_HEADS
                or tokens[k - 1].bare in lx.DESCRIBED_ANONYMOUS_HEADS)):
            head = k - 1
            if head >= lo and tokens[head].lower == ",":
                head -= 1
            if head >= lo and _is_head(tokens[head]):
                np = np_before(tokens, head, lo, units)
                if np is not None:
                    return np[0]
            if low in _CLAUSE_OPENERS:
                return a
        k -= 1
    return a
