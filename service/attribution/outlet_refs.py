"""Outlets as sources: a masthead the directory holds ("Reuters", "the Kathimerini"), one it
does not ("a report by the Arizona Ledger": an unrated outlet, never the nearest known one),
an outlet's own reporting ("a Bloomberg report"), "state media" read with the sentence's
country, and "the newspaper" referring back to the last outlet named.

The outlet part of the resolver (`entities.Resolver`), on top of its entity table.
"""

from __future__ import annotations

import bisect
import re

from . import lexicon as lx
from .directory import GENERIC_OUTLET_NOUNS, OutletRef
from .entity_table import (
    HEAD_ENDS,
    Entity,
    EntityTable,
    Mention,
    is_head_noun,
    modified_indefinite,
)
from .phrases import (
    DOCUMENT_PARTICIPLES,
    Units,
    dated_before_by,
    is_name_token,
    says_state_media,
    slug,
)
from .text import Token

# An outlet noun right before a name ("daily the Graphic Sports", "broadcaster Joy Sports")
_OUTLET_NOUN_BEFORE = re.compile(r"\b(?:daily|newspaper|paper|weekly|tabloid|broadcaster|"
                                 r"broadcasters|magazine|website|outlet|station|"
                                 # what the trade press calls itself: "the trade newsletter
                                 # MediaLedger", "the trade blog OreWire", "the news site Baltic
                                 # Ledger", "the online publication Zeta"
                                 r"newsletter|blog|site|publication)\s+$")


# A plural verb right after a word: "People say", "People are saying"
_PLURAL_VERB_AFTER = re.compile(r"\s+(?:say|are|were|have|do|don't|believe|think|fear|want|"
                                r"tell|know|worry|complain|feel|agree|expect)\b")


#: The kinds of an outlet an article names (rated, unrated or state-affiliated).
OUTLET_KINDS = frozenset({"outlet", "unnamed_outlet", "state_affiliated_outlet"})

# What dates an outlet's report after its name: "a report in The Sunday Mail last week"
_WORK_DATES = frozenset({"last", "this", "on", "earlier", "published", "in", "that", "which"})

# What an outlet's newsroom makes: "a review by The Star-Ledger" is the paper's reporting.
_OUTLET_WORK = frozenset({"review", "report", "reports", "investigation", "analysis", "story",
                          "stories", "article", "examination", "reporting", "tally", "count",
                          "probe", "inquiry", "reconstruction", "series"})


# Ratings-table kinds of bodies that speak as sources, not as news outlets.
BODY_KINDS = {"government": "named_official", "think_tank": "named_expert",
               "ngo": "named_expert", "academic": "named_expert", "platform": "named_expert"}

_NEWSPAPER_NOUNS = frozenset({"paper", "newspaper", "daily", "tabloid", "broadsheet", "weekly"})

_BROADCAST_NOUNS = frozenset({
    "broadcaster", "channel", "network", "station", "television", "tv", "radio",
})


def _fits(entity: Entity, noun: str, *, strict: bool = False) -> bool:
    kind = (entity.outlet.kind if entity.outlet else None) or ""
    desc = (entity.description or entity.name or "").lower()
    if strict and noun not in _NEWSPAPER_NOUNS | _BROADCAST_NOUNS | {"agency", "wire"}:
        return noun in desc or noun in kind
    if noun in _NEWSPAPER_NOUNS:
        return "paper" in kind or "tabloid" in kind or any(n in desc for n in _NEWSPAPER_NOUNS)
    if noun in _BROADCAST_NOUNS:
        return "broadcast" in kind or any(n in desc for n in _BROADCAST_NOUNS)
    if noun in {"agency", "wire", "newswire"}:
        return "wire" in kind or "agency" in kind or "agency" in desc
    return True



def _opens_sentence(text: str, start: int) -> bool:
    """The word at `start` is the first of its field, line or sentence."""
    before = text[max(0, start - 40):start].rstrip(" \t\"“‘'(")
    return before[-1] in ".!?\n:" if before else start <= 40


def _outlet_noun_after(text: str, end: int) -> bool:
    """The next word is an outlet noun ("State television", "State broadcaster CCTV"): the
    capitalised word describes an outlet after all."""
    after = re.match(r"\s+([\w-]+)", text[end:end + 40])
    return after is not None and after.group(1).lower() in lx.OUTLET_NOUNS

class OutletResolution(EntityTable):
    """Phrases that name an outlet, its reporting or state media."""

    def _after_outlet_noun(self, text: str, tokens: list[Token]) -> Mention | None:
        """A name that an outlet noun right before it says is an outlet ("Ghanaian daily the
        Graphic Sports reported"), when the directory holds no such name: an unrated outlet."""
        names = tokens[1:] if tokens[0].lower == "the" else tokens
        if not names or not all(is_name_token(t) for t in names) or (
                _OUTLET_NOUN_BEFORE.search(text, max(0, tokens[0].start - 24),
                                           tokens[0].start) is None):
            return None
        if self.directory is not None and self.directory.by_name(
                " ".join(t.text for t in names)) is not None:
            return None  # the directory's outlet: the usual path resolves it
        name = text[names[0].start:names[-1].end]
        return self._unrated_outlet(name, name)

    def _outlet_reporting(self, text: str, tokens: list[Token], units: Units | None,
                          first: int) -> Mention | None:
        """"a review by The Star-Ledger", "a report by the Economic Times": an outlet's own
        reporting is that outlet speaking (a poll or a survey it ran stays a document: data)."""
        by = next((i for i, t in enumerate(tokens) if t.lower == "by"), -1)
        if by < 1 or by + 1 >= len(tokens):
            return None
        work = by - 1
        if tokens[work].bare not in _OUTLET_WORK:
            # "a report published on Thursday by the Arizona Ledger": the work, its
            # participle and a date before the maker
            work = next((i for i in range(by - 2, 0, -1) if tokens[i].lower in (
                DOCUMENT_PARTICIPLES)), -1) - 1
            if work < 0 or tokens[work].bare not in _OUTLET_WORK or (
                    dated_before_by(tokens, work + 2, len(tokens)) != by):
                return None
        whole = text[tokens[0].start:tokens[-1].end]
        author = self._outlet(text, tokens[by + 1:], units, first + by + 1)
        if author is not None and author.kind == "outlet":
            return Mention(0, 0, "", author.entity, author.kind, whole, outlet=author.outlet)
        names = tokens[by + 2:] if tokens[by + 1].lower == "the" else []
        if author is None and names and all(t.is_capitalised and t.is_word for t in names) and (
                names[-1].bare in lx.MASTHEAD_WORDS_AFTER_THE) and not any(
                t.lower in lx.ORG_NOUNS or t.lower in lx.GOVERNMENT_HEADS for t in names):
            # "a report by the Arizona Ledger": a masthead the directory does not hold, an
            # unrated outlet's own reporting
            return self._unrated_outlet(text[names[0].start:names[-1].end], whole)
        return None

    def _outlet_work_in(self, text: str, tokens: list[Token], units: Units | None,
                        first: int) -> Mention | None:
        """"a report in The Sunday Mail", "a story in the Irish Examiner last week", "an article
        from Politico": an outlet's own reporting is that outlet speaking, as the wire readers
        read it (a publication the directory does not hold, a masthead after "the", is an
        unrated outlet; "a study published in Nature" stays a record)."""
        link = next((i for i, t in enumerate(tokens) if t.lower in {"in", "from"}), -1)
        work = link - 1
        while work > 0 and (tokens[work].lower in lx.WEEKDAYS or tokens[work].lower in {
                "on", "last", "this", "week", "month", "year", "earlier", "later"}):
            work -= 1  # "a report on Wednesday in ...", "a report Tuesday in ..."
        if link < 1 or link + 1 >= len(tokens) or tokens[work].bare not in _OUTLET_WORK or (
                not all(t.lower in lx.DETERMINERS or t.text.islower() for t in tokens[:work])):
            return None
        end = next((i for i in range(link + 1, len(tokens))
                    if tokens[i].lower in _WORK_DATES or not tokens[i].is_word), len(tokens))
        named = tokens[link + 1:end]
        if not named:
            return None
        whole = text[tokens[0].start:tokens[-1].end]
        found = self._outlet(text, named, units, first + link + 1)
        if found is not None and found.kind in OUTLET_KINDS:
            return Mention(0, 0, "", found.entity, found.kind, whole, outlet=found.outlet)
        described = next((i for i in range(len(named) - 1, 0, -1)
                          if named[i - 1].text.islower() and named[i].is_capitalised), -1)
        if described > 0 and named[described - 1].lower in lx.OUTLET_NOUNS - {
                "journal", "agency", "service"} and not says_state_media(named) and all(
                t.is_capitalised and t.is_word for t in named[described:]) and (not any(
                t.lower in lx.ORG_NOUNS or t.lower in lx.GOVERNMENT_HEADS
                for t in named[described:])
                # ("the newspaper Zambia Business Weekly": a masthead's last word)
                or named[-1].bare in lx.MASTHEAD_WORDS_AFTER_THE):
            # "a report in Spanish sports daily Marca", "a story in the Estonian daily
            # Postimees": what the paper is, then its name the directory does not hold
            return self._unrated_outlet(text[named[described].start:named[-1].end], whole)
        names = named[1:] if named[0].lower == "the" else []
        if not names or not all(t.is_capitalised and t.is_word for t in names) or (any(
                t.lower in lx.ORG_NOUNS or t.lower in lx.GOVERNMENT_HEADS for t in names)
                and names[-1].bare not in lx.MASTHEAD_WORDS_AFTER_THE):
            # "a report in Parliament", "a story in the European Commission's ..." (but "a
            # report in the Business Post": a masthead's last word ends the name)
            return None
        return self._unrated_outlet(text[named[0].start:named[-1].end], whole)

    def _outlet(self, text: str, tokens: list[Token], units: Units | None, first: int
                ) -> Mention | None:
        """The phrase names an outlet when a directory match ends it (after det and modifiers),
        or is followed only by what the outlet is, written in lowercase ("Yonhap news agency",
        "the official Xinhua news agency", "Cuba's Granma newspaper")."""
        if self.directory is None or units is None:
            return None
        end = len(tokens)
        while end > 1 and tokens[end - 1].text in GENERIC_OUTLET_NOUNS:
            end -= 1
        if end < len(tokens) and units.by_end.get(first + end - 1, -1) >= first:
            tokens = tokens[:end]
        last = first + len(tokens) - 1
        start_idx = units.by_end.get(last)
        if start_idx is None or start_idx < first:
            return None
        if any(t.bare in lx.DOCUMENT_HEADS and t.bare not in _OUTLET_WORK and (
                t.text.islower()) and tokens[i + 1].lower in HEAD_ENDS for i, t in enumerate(
                    tokens[:max(0, start_idx - first - 1)])):
            # "A study published in Nature": the study, a record ("an article in Politico" is
            # the outlet's own reporting)
            return None
        alias = text[tokens[start_idx - first].start:tokens[-1].end]
        if alias.endswith(("’s", "'s")):  # "CBS's Face the Nation", "CNN's Anderson Cooper"
            alias = alias[:-2]
        outlet = self.directory.by_name(alias)
        if outlet is None:
            candidates = self.directory.ambiguous_candidates(alias)
            named = [c for c in candidates if c in self.named_outlets]
            if named:
                outlet = named[0]
            elif " " not in alias and alias[1:].islower() and _opens_sentence(
                    text, tokens[start_idx - first].start) and not _outlet_noun_after(
                    text, tokens[-1].end):
                # "Union says Pacific workers ... underpaid" (a headline), "Police said ...":
                # a common word the directory also knows as a masthead ("The Union"), written
                # capitalised only because it opens the sentence: the noun, not the paper
                # ("State television said" stays the broadcaster it describes)
                return None
            elif _PLURAL_VERB_AFTER.match(text, tokens[-1].end):
                # "People say the bishop wants to sell", "“People are saying ...”": the
                # common noun, whose verb agrees with a plural, not the magazine "People"
                return None
            elif modified_indefinite(tokens, start_idx - first) and any(
                    t.bare not in lx.DOCUMENT_HEADS and is_head_noun(t)
                    for t in tokens[:start_idx - first]):
                # "Several users on X", "Some security researchers posting on X": people on
                # a platform the directory leaves ambiguous, not the platform
                return None
            else:
                eid = slug(alias)
                entity = self._entity(eid, kind="outlet", category="outlet", name=alias)
                return Mention(0, 0, "", entity, "outlet")
        body = BODY_KINDS.get((outlet.kind or "").replace(" ", "_"))
        if modified_indefinite(tokens, start_idx - first) and (body is not None or any(
                t.bare not in lx.DOCUMENT_HEADS and is_head_noun(t)
                for t in tokens[:start_idx - first])):
            # "Sources close to the Kremlin": unnamed people near the body; "Voters
            # interviewed by AFP": people the outlet spoke to, not the outlet ("a new
            # article in Politico" is the outlet's reporting)
            return None
        if body is not None:
            # A rated body that is no news outlet ("the Council on Foreign Relations", "the
            # World Health Organization"): a named source that keeps its rating.
            entity = self._entity(outlet.domain, kind=body, category="org", name=outlet.name,
                                  outlet=outlet, country=outlet.country)
            return Mention(0, 0, "", entity, body, outlet=outlet)
        entity = self._entity(outlet.domain, kind="outlet", category="outlet", name=outlet.name,
                              outlet=outlet, country=outlet.country)
        return Mention(0, 0, "", entity, "outlet", outlet=outlet)

    def _outlet_report(self, pos: int) -> Entity | None:
        """The outlet whose report "the report" is: the last outlet the article named, unless a
        document called a report was named after it (then that record is meant)."""
        found = self.history.last_matching(pos, lambda e: (
            e.category == "document" and "report" in (e.name or "").lower()) or (
            e.category == "outlet" and e.kind in ("outlet", "unnamed_outlet")), tries=12)
        return found if found is not None and found.category == "outlet" else None

    def _outlet_reference(self, noun: str, pos: int, *, strict: bool = False,
                          by_name: bool = False) -> Entity | None:
        """"the paper", "the agency": the last outlet mention that fits the noun (with
        `strict`, only one whose kind or description fits it). With `by_name` (the noun
        written capitalised: "the Journal", "the Times") the last outlet whose name holds it
        comes first."""
        candidates: list[Entity] = []
        idx = bisect.bisect_left(self.history.positions, pos) - 1
        tries = 24
        while idx >= 0 and tries > 0:
            entity = self.history.entities[idx]
            if entity.category == "outlet":
                candidates.append(entity)
            idx -= 1
            tries -= 1
        for entity in candidates if by_name else ():
            # "the Journal" after "The Wall Street Journal", "the Times" after "The New York
            # Times": the outlet whose own name holds the noun, before any later one
            if noun in (entity.name or "").lower().split():
                return entity
        for entity in candidates:
            if _fits(entity, noun, strict=strict):
                return entity
        return None if strict or not candidates else candidates[0]

    def _state_media(self, desc: str, country: str | None) -> Mention:
        country = country or self.context_country
        outlet = self.state_outlet(country)
        if outlet is not None:
            entity = self._entity(outlet.domain, kind="outlet", category="outlet",
                                  name=outlet.name, outlet=outlet, country=outlet.country)
            return Mention(0, 0, "", entity, "state_affiliated_outlet", desc, country, outlet)
        eid = f"state-media-{(country or 'unknown').lower()}"
        entity = self._entity(eid, kind="state_affiliated_outlet", category="outlet", name=desc,
                              description=desc, country=country)
        return Mention(0, 0, "", entity, "state_affiliated_outlet", desc, country)

    def state_outlet(self, country: str | None) -> OutletRef | None:
        """The state-affiliated outlet of `country` that the article names, if any."""
        if self.directory is None or not country:
            return None
        for outlet in self.named_outlets:
            if outlet.is_state_affiliated and (outlet.country or "").upper() == country.upper():
                return outlet
        return None
