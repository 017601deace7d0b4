"""Flags: what an editor should look at, each with the claims and spans that raised it."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from service.attribution import lexicon as lx
from service.attribution.text import sentences

from .explain import (
    KIND_NOUNS,
    claim_name,
    name_of,
    node_phrase,
    state_media_phrase,
    unnamed_phrase,
)
from .model import Hop, ScoredChain, ScoredClaim, ScoredHop, Span
from .params import ModelParams
from .priors import NAMED_KINDS, OUTLET_KINDS

_SINGLE_ORIGIN_CODES = frozenset({"single_anonymous_source", "no_independent_corroboration"})

SEVERITY = (
    "no_attributions",
    "headline_state_affiliated_origin",
    "vague_only",
    "single_anonymous_source",
    "no_independent_corroboration",
    "unrated_outlet",
)


def _flag(
    code: str, message: str, claim_ids: Sequence[str], spans: Iterable[Span]
) -> dict[str, Any]:
    unique: list[Span] = []
    for span in spans:
        if span not in unique:
            unique.append(span)
    return {
        "code": code,
        "message": message,
        "claims": list(claim_ids),
        "spans": [s.as_dict() for s in unique],
    }


def _spans(claim: ScoredClaim, hops: Iterable[ScoredHop]) -> list[Span]:
    return [claim.span, *(h.hop.span for h in hops if h.hop.span is not None)]


# What makes an unnamed source a confidential one, the kind an editor asks a reporter about:
# "a person familiar with the matter", "officials who spoke on condition of anonymity",
# "sources close to the club". A spokesperson speaks on the record for a named body, and
# "jurors" or "aid groups" are people nobody hid; neither raises the flag.
_CONFIDENTIAL = re.compile(
    r"\b(familiar|anonymity|anonymously|authori[sz]ed|close to|knowledge of|briefed|"
    r"insiders?|sources?|officials?|aides?|diplomats?|advis[eo]rs?|staffers?|"
    # "quoted an unnamed cybersecurity expert": the outlet withheld the name
    r"unnamed|unidentified)\b",
    re.IGNORECASE,
)
# People inside the body the story is about: one of them withholding a name is a confidential
# source ("one of them" after "two employees who asked not to be named").
_INSIDERS = re.compile(r"\b(employees?|staff|staffers?|workers?|managers?|members?)\b",
                       re.IGNORECASE)
# What says a source was granted anonymity rather than merely left unnamed.
_GRANTED = re.compile(r"\b(familiar|anonymity|anonymously|authori[sz]ed|close to|knowledge of|"
                      r"briefed|not to be (?:named|identified)|not be (?:named|identified)|"
                      r"declined to be|withheld)\b",
                      re.IGNORECASE)
# A body's people as a plural, who speak for it unless granted anonymity.
_BODY_PEOPLE = r"officials|aides|diplomats|advis[eo]rs|staffers"
_BODY_PLURALS = re.compile(rf"\b({_BODY_PEOPLE})"
                           # "officials in Uzbekistan's Fergana Valley": placed, still several
                           # ("aides to the governor" serve someone, still several)
                           r"(?:\s+(?:in|at|from|within|inside|across|among|to)\s+[^,;]*)?\s*$",
                           re.IGNORECASE)
# "People with knowledge of the plan", "people familiar with the matter": several people, as
# the readers of the wire set read them (never flagged as one source); "Sources close to the
# club" stays a confidential source; "The same people" after them are those people
_PEOPLE_GROUP = re.compile(r"^(?:the\s+)?(?:same\s+)?people\b", re.IGNORECASE)
_GROUP_COUNTS = frozenset({"two", "three", "four", "five", "six", "several", "some", "many",
                           "dozens", "hundreds", "multiple", "numerous", "various"})
# A plural head with no determiner or count, before its post-modifier: "Aid workers at the
# site", "Local residents"; "sources" excepted ("Sources close to the club" are confidential)
_BARE_PLURAL = re.compile(r"^(?!(?:a|an|one|the|this|that|his|her|its|their)\b)"
                          r"(?:[A-Za-z-]+\s+){0,2}(?!sources\b)[a-z-]+[^s\W]s\b"
                          r"(?:\s+(?:at|in|of|from|on|near|outside|with)\b.*)?$", re.IGNORECASE)
# A plural head opening the source, whatever modifies it: "officials involved in the inquiry",
# "Western diplomats familiar with the talks" (a flag names them as several)
_PLURAL_HEAD = re.compile(rf"^(?:[A-Z][\w-]*\s+){{0,2}}(?:{_BODY_PEOPLE}|executives|investigators|"
                          r"insiders|employees|people)\b", re.IGNORECASE)
_UNNAMED_KINDS = frozenset({"anonymous", "anonymous_described", "vague"})
_PLURAL_SOURCES = re.compile(r"\bsources\b", re.IGNORECASE)
_ONE_OF = re.compile(r"^(?:one|a|an)\b", re.IGNORECASE)
_ON_RECORD = re.compile(r"\bspokes(?:man|woman|men|women|person|people)\b", re.IGNORECASE)


def _count_words(phrase: str | None) -> set[str]:
    """The word that may count a source phrase: its first, or its second after "the" ("The
    two people ..., who declined to be named")."""
    words = (phrase or "").lower().split(" ", 2)
    if not words[0]:
        return set()
    return {words[0], words[1]} if words[0] == "the" and len(words) > 1 else {words[0]}


def is_confidential(hop: Hop) -> bool:
    """An origin that rests on a confidential source (the single_anonymous_source flag)."""
    if hop.kind not in ("anonymous", "anonymous_described"):
        return False
    words = f"{hop.description or ''} {hop.source_text}"
    if _PLURAL_SOURCES.search(hop.source_text) and _GRANTED.search(words) is None and not (
            _ONE_OF.match(hop.source_text)):
        # "industry sources said", "according to unnamed government sources": several, as
        # the wire readers read them (none of 14 such sources flagged); "Sources close to the
        # club" were granted anonymity, and "One of the sources" is one
        return False
    if hop.kind == "anonymous":
        return True
    if lx.FIRST_NAME_ONLY.search(words) and lx.WITHHELD_NAME.search(
            lx.FIRST_NAME_ONLY.sub("", words)) is None and _GRANTED.search(words) is None:
        # "One shop owner, who gave only her first name, Linda": a person the reporter met,
        # unnamed but not confidential (the wire readers flag none of 13 such sources)
        return False
    counts = _count_words(hop.source_text) | _count_words(hop.description)
    withheld = lx.WITHHELD_NAME.search(words) is not None
    if withheld and _BARE_PLURAL.match(hop.source_text):
        # "Aid workers at the site, who asked not to be named because ...": several people
        # withholding their names together, not one confidential source
        return False
    if withheld and _ON_RECORD.search(words) and _GRANTED.search(words) is None:
        # "A Halvorsen spokesman, who did not give his name, said": the company's voice on
        # the record, not a confidential source (the rubric's spokesperson for a named body)
        return False
    if withheld and not counts & _GROUP_COUNTS:
        # "a steward, who declined to give his name": one person withheld, whatever the role
        # ("two farmers who asked not to be named" are witnesses, several of them, and so is
        # "one of them" after them)
        return True
    first = hop.source_text.split(" ", 1)[0].lower()
    group = (hop.description or "").split(" ", 1)[0].lower()
    if _count_words(hop.source_text) & _GROUP_COUNTS or first[:1].isdigit() or (
            # ("The two people familiar with the mine's operations": counted after "the")
            _PEOPLE_GROUP.match(hop.source_text)) or (
            # "They said ..." after the group, and "..., according to two people familiar
            # with Beijing's thinking, who said ...": the group's relative pronoun
            first in {"they", "them", "who"} and group in _GROUP_COUNTS) or (
            # "The investigators said" after "Two investigators with knowledge of the case"
            first == "the" and hop.source_text.rstrip().endswith("s") and group in _GROUP_COUNTS):
        # "three people familiar with the matter", "Two of the people", "people with
        # knowledge of the plan", and "They said ..." after "Two South Korean officials who
        # spoke on condition of anonymity": several sources the reporter counted, not one
        # (the rubric's "exactly one confidential source"); "One of the people" after them
        # is one
        return False
    if withheld and first in {"one", "a", "an"} and _INSIDERS.search(words):
        # "One of them said managers had told the team ..." after "Two employees, who asked
        # not to be named": one insider speaking about the employer, in confidence
        return True
    if _BODY_PLURALS.search(hop.source_text) and _GRANTED.search(words) is None:
        # "county health officials said", "fire officials": a body's people speaking for it
        # on the record, several of them; "officials who spoke on condition of anonymity"
        # (or "The officials" after them) were granted anonymity
        return False
    return _CONFIDENTIAL.search(words) is not None and _ON_RECORD.search(words) is None


def is_confidential_group(hop: Hop) -> bool:
    """Several people granted anonymity together ("three people familiar with the matter",
    "people with knowledge of the plan", "two officials who spoke on condition of
    anonymity"): confidential sources, though not one alone."""
    if hop.kind != "anonymous_described" or is_confidential(hop):
        return False
    words = f"{hop.description or ''} {hop.source_text}"
    return _GRANTED.search(words) is not None


def _confidential_hop(claim: ScoredClaim, origin: ScoredHop | None) -> ScoredHop | None:
    """The confidential source a claim with one origin rests on: the origin itself, or the
    confidential speaker who passes on what others said or know ("A city official who was
    not authorized to speak publicly said engineers had estimated ...", "A person close to
    the player told AFP that Skaar had told the coaching staff ..."): the reader has only
    that speaker's word for it; or None."""
    if origin is None:
        return None
    if is_confidential(origin.hop):
        return origin
    chain = next(iter(claim.groups.values()))
    return next((h for h in reversed(chain.hops) if h.counted and h is not origin
                 and h.hop.role in {"speaker", "relay"} and is_confidential(h.hop)), None)


_QUOTE_MARKS = ("\"", "“", "‘", "«")


def _direct_quote(claim: ScoredClaim) -> bool:
    """The claim is the source's own words in quotation marks ("“Nobody wants to be blamed
    for dearer bread,” one of the diplomats said"): colour or opinion an editor reads as such,
    not a fact resting on the confidential source; the claim stays scored, unflagged."""
    return claim.text.lstrip().startswith(_QUOTE_MARKS)


# An official's holding line, whole: "the damage was still being assessed", "the matter was
# being studied by the relevant agencies", "the department had no information about any
# sale", "no decision had been taken" (alone; "... but that a second round was under study"
# says more)
_HOLDING_LINE = re.compile(
    r"^(?:only\s+)?(?:that\s+)?(?:(?:the|a|an|its|this)\s+)?"
    r"(?:(?!\b(?:but|and|that|while)\b)[\w\s\"“”'’-]){0,40}?\s*"
    r"(?:(?:was|were|is|are|had\s+been|has\s+been)\s+(?:still\s+)?[\"“]?(?:being\s+(?:studied|assessed|"
    r"investigated|reviewed|examined|looked\s+into|considered)|under\s+(?:review|investigation|"
    r"study|consideration))|(?:had|has)\s+[\"“]?no\s+information[\"”]?|no\s+decision\s+"
    r"(?:had|has)\s+(?:yet\s+)?been\s+(?:taken|made)|was\s+[\"“]?following\s+the\s+"
    r"(?:situation|matter)\s+closely[\"”]?)"
    r"(?:\s+(?:by|about|on|into|of)\s+[\w\s\"“”'’-]{0,40})?[.,;\"”]*$", re.I)


def _holding_line(claim: ScoredClaim) -> bool:
    """The claim is an official's holding line and nothing more: no fact for one anonymous
    source to carry (the wire readers flag none of those in their dev part)."""
    text = claim.text.strip()
    return len(text.split()) <= 14 and _HOLDING_LINE.match(text) is not None


def _several_unnamed(hop: Hop) -> bool:
    """The source phrase opens on a plural head of people that is no "sources" and no "one
    of" them, and nothing says they were granted anonymity ("officials involved in the
    inquiry", "Local officials on Samos"; not "officials who spoke on condition of
    anonymity")."""
    text = hop.source_text or ""
    return _PLURAL_HEAD.match(text) is not None and not _PLURAL_SOURCES.search(text) and (
        not _ONE_OF.match(text)) and _GRANTED.search(f"{hop.description or ''} {text}") is None


def _one_or_more(hop: Hop) -> str:
    """"one anonymous source", or "anonymous sources alone" for "Sources close to the club"."""
    if _PLURAL_SOURCES.search(hop.source_text or "") or _PLURAL_HEAD.match(
            hop.source_text or ""):
        return "anonymous sources alone"  # ... and "officials involved in the inquiry"
    return "one anonymous source"


def _named_outlet_relay(counted: Sequence[ScoredHop]) -> bool:
    """A named outlet passes the claim on ("Bloomberg News reported, citing a person familiar
    with the matter"): the claim is second-hand as well as resting on one confidential source,
    and both flags are raised."""
    return any(h.hop.role == "relay" and h.hop.kind in ("outlet", "state_affiliated_outlet")
               for h in counted)


def _second_hand(counted: Sequence[ScoredHop]) -> bool:
    """The claim reaches the reader through another outlet (a relay, or an outlet as its
    origin): what an editor wants confirmed. A company announcing its own recall, an official
    announcing a decision, a study's own finding or the reporter's own account is not."""
    return any(h.hop.role == "relay" or h.hop.kind in OUTLET_KINDS for h in counted
               if h.hop.role != "venue")


def document_the_outlet_saw(origin: ScoredHop | None, counted: Sequence[ScoredHop]) -> bool:
    """Is the origin a document that the outlets before it only say they have seen?
    "According to an internal memo seen by Reuters": the outlet is often the publisher itself
    (a Reuters dateline) and the document speaks for its author, so no corroboration flag and,
    under the label, a document another outlet has seen. "The daily Finanzbote reported,
    citing internal documents" is another outlet's story built on papers only it has seen: the
    wire readers flag it and label it like any relayed report."""
    if origin is None or origin.hop.kind != "document":
        return False
    return all(h.hop.cue_kind == "citing" for h in counted
               if h is not origin and h.hop.role != "venue" and (
                   h.hop.role == "relay" or h.hop.kind in OUTLET_KINDS))


# The trades whose collective word is commentary ("analysts said the penalty would not weigh on
# the company"), and the collective voices of a cause or of the rest ("Rights groups say",
# "Others said"): in an article labelled well sourced or mixed the named sources carry the
# story, and the rubric calls such vague sourcing minor (the wire readers flag about one in
# eight of them); where the central claim itself is weak the flag stands.
_COMMENTATORS = frozenset({
    "analysts", "economists", "traders", "researchers", "experts", "scientists",
    "strategists", "academics", "scholars", "historians", "pollsters", "investors",
    "commentators", "pundits",
    # trades whose collective word is their professional view ("Infection control
    # specialists say", "lawyers said", "engineers estimate")
    "specialists", "lawyers", "attorneys", "engineers", "doctors", "physicians",
    "epidemiologists", "forecasters",
    # collective voices of a cause or the rest ("Rights groups say", "Others said")
    "groups", "others",
})


# A broad class of people voicing its own view, interest or cause ("Some residents said",
# "Advocates say the rules go too far", "Supporters argue", "Others said", "Many parents
# complain"), or a trade's collective commentary ("Analysts said", "Experts say"): opinions of
# a class the story reports as such, which the wire readers flag in a body claim about one
# time in three (59 of 202 raised on the dev set in the thirtieth session), where hearsay
# ("it is believed", "reports", "talk in the market", "industry insiders", 0.8 and more) and
# critics' charges (two in three) they flag far more often
_CLASS_VOICES = (_COMMENTATORS - {"traders", "investors"}) | frozenset({
    "residents", "locals", "villagers", "neighbours", "neighbors", "parents", "families",
    "farmers", "workers", "employees", "supporters", "advocates", "activists", "campaigners",
    "opponents", "environmentalists", "conservationists", "people", "leaders", "some", "many",
    "voters", "fans", "shoppers", "consumers", "commuters", "users", "owners",
})


def is_minor_vague_claim(claim: ScoredClaim, flag: dict[str, Any], label: str) -> bool:
    """A `vague_only` flag on a body claim that is not what the article's label is about, so
    not flagged:

    - in a well-sourced article any vague body claim is colour beside the sources the reader
      can check ("Some residents said the river turned grey"), and in a weakly sourced one the
      editor acts on the central claim, which carries its own flag, not on the vague asides
      below it ("Experts have noted ..." in the seed article): the wire set's readers flag 9 of
      50 such claims in well-sourced articles and 22 of 146 in weakly sourced ones (dev);
    - in a mixed article, where vague sourcing is part of what the label says, a body claim
      that a trade's or a cause's collective word carries ("Analysts said", "Some economists
      expect", "Rights groups say") is minor;
    - in a mixed or unsupported article, a body claim a broad class voices as its own view
      (`_CLASS_VOICES`: "Advocates say", "Some residents said") is minor unless what it tells
      is what it heard; hearsay and critics' charges keep their flags there."""
    if label in ("well sourced", "weakly sourced"):
        return flag["code"] == "vague_only" and claim.position == "body"
    return (label == "mixed" and _vague_body_claim_of(claim, flag, _COMMENTATORS)) or (
        _vague_body_claim_of(claim, flag, _CLASS_VOICES)
        # what the class heard is hearsay all the same ("Some residents said they had heard
        # the building would be sold")
        and _HEARD.match(claim.text.strip()) is None)


def _vague_body_claim_of(claim: ScoredClaim, flag: dict[str, Any], trades: frozenset[str]
                         ) -> bool:
    """A `vague_only` flag on a body claim whose every chain ends at a phrase headed by one of
    `trades` ("Some analysts", "market watchers")."""
    if flag["code"] != "vague_only" or claim.position != "body":
        return False
    heads = [_head_noun(c.origin_hop.hop.source_text or "")
             if c.origin_hop is not None else "" for c in claim.chains]
    return bool(heads) and all(head in trades for head in heads)


# Words that open what follows a group's head noun ("Residents of Kalulu village", "Fishermen
# at the beach", "Analysts who follow regional banks", "traders in Santiago")
_POST_MODIFIER = frozenset({
    "of", "at", "in", "on", "along", "near", "from", "who", "whom", "whose", "that", "across",
    "around", "outside", "inside", "beside", "by", "with", "living", "working", "close",
    "familiar",
})


# Words that stand for a group without naming its kind: "Some in the industry", "people in the
# sector", "Many in the market" are read by what follows (the trade), as before
_NO_HEAD = frozenset({"some", "many", "people", "others", "few", "several", "those", "one",
                      "most", "all", "members"})


def _head_noun(phrase: str) -> str:
    """The head noun of a group's phrase, the last word before its post-modifier: "residents"
    of "Some residents along the river", "managers" of "Several fund managers who have
    attended the roadshow"; after a word that names no kind (`_NO_HEAD`: "Some in the
    industry", "people in the sector") the phrase's last word, the trade it names."""
    words = phrase.lower().replace("\u2019", "'").split()
    for i, word in enumerate(words):
        if i and word in _POST_MODIFIER and words[i - 1] not in _NO_HEAD:
            words = words[:i]
            break
    return words[-1].strip(",.;:'\"") if words else ""


# Origins a reader can identify: a named person or body, a document, a named outlet.
_IDENTIFIED_KINDS = frozenset({"named_person", "named_official", "named_expert", "document",
                               "outlet"})


def _paragraph(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def is_backed_in_paragraph(claim: ScoredClaim, flag: dict[str, Any],
                           claims: Sequence[ScoredClaim], text: str) -> bool:
    """A `vague_only` flag on a body claim whose own paragraph gives another claim to an
    identifiable source ("Some residents said the pressure had been low for weeks. Kevin Marsh, who
    lives on Elm Street, said ..."): the group is colour around a source the reader can
    check, as the readers of the wire set read it, so not flagged."""
    if flag["code"] != "vague_only" or claim.position not in ("body", "lead") or (
            claim.field != "text") or not text:
        return False
    start, end = _paragraph(text, claim.start)
    for other in claims:
        if other is claim or other.field != "text" or not start <= other.start < end:
            continue
        if claim.position == "lead" and other.start > claim.start:
            # the lead's first claim is the story's; a vague aside after it ("..., TNA
            # reported, in a vote opposition groups said was marred") is colour around it
            continue
        if any(c.origin_hop is not None and c.origin_hop.hop.kind in _IDENTIFIED_KINDS
               for c in other.groups.values()):
            return True
    return False


_CONFIRMING = ("confirm", "acknowledg")


def confirmed_on_record(claims: Sequence[ScoredClaim]) -> bool:
    """A named party confirms something itself, first-hand ("SkyHarbor confirmed the
    groundings", "spokeswoman Katrin Oberlander confirmed that a draft exists")."""
    for claim in claims:
        for chain in claim.chains:
            counted = [h for h in chain.hops if h.counted]
            if not counted or any(h.hop.role == "relay" for h in counted):
                continue
            origin = counted[-1].hop
            if origin.kind in NAMED_KINDS and origin.cue.startswith(_CONFIRMING):
                return True
    return False


def is_confirmed_central(claim: ScoredClaim, flag: dict[str, Any],
                         claims: Sequence[ScoredClaim], text: str) -> bool:
    """A `no_independent_corroboration` flag on the central claim when a named party confirms
    it on the record in the same sentence ("Nordvik confirmed on Tuesday that it was in talks
    ..., a day after Bloomberg News reported that ...", "the airline confirmed on Thursday,
    after the Financial Times first reported the groundings"), or, for the headline, in the
    lead's: the outlet's report is no longer the only way the reader has the story (the wire
    readers flag none of these). A confirmation of some other point in a sentence of its own
    ("The bank confirmed that its board had met but declined to discuss the plan") leaves the
    flag."""
    if flag["code"] != "no_independent_corroboration" or claim.position not in (
            "headline", "lead"):
        return False
    confirming = [c for c in claims if c.position in ("headline", "lead") and c is not claim
                  and confirmed_on_record([c])]
    ends = [end for _, end in sentences(text)] if confirming and text else []
    if claim.position == "headline":
        first = min((c for c in claims if c.position == "lead" and c.field == "text"),
                    key=lambda c: c.start, default=None)
        return any(c.field == "headline" or (first is not None and _same_sentence(
            ends, c, first)) for c in confirming)
    return any(_same_sentence(ends, c, claim) for c in confirming)


def _same_sentence(ends: Sequence[int], one: ScoredClaim, other: ScoredClaim) -> bool:
    """Two claims of the article's text in one sentence: no sentence end of `ends` (from the
    extractor's sentence split, which knows "the U.S. business daily" is no sentence end)
    between their starts."""
    if one.field != "text" or other.field != "text" or not ends:
        return False
    lo, hi = min(one.start, other.start), max(one.start, other.start)
    return not any(lo < end <= hi for end in ends)


def is_headline_summary(claim: ScoredClaim, flag: dict[str, Any],
                        claims: Sequence[ScoredClaim]) -> bool:
    """A `vague_only` flag on the headline when no lead claim is vague-only ("..., growers warn
    of crop losses" over a lead that the minister's announcement carries): the headline sums up
    a story the lead sources, as the readers of the wire set read it; with a vague lead the
    flag stands, for both."""
    if flag["code"] != "vague_only" or claim.position != "headline" or any(
            len([h for h in chain.hops if h.counted]) > 1 for chain in claim.chains):
        return False  # "..., citing reports" relayed by a speaker or an outlet stands
    return not any(other.position == "lead" and any(
        f["code"] == "vague_only" for f in other.flags) for other in claims)


# What a forecast reads like: "could test $85", "was unlikely to weigh", "fares to rise"
_FORECAST = re.compile(
    r"\b(?:could|might|may|likely|unlikely|poised|expected|set\s+to)\b|"
    r"\bto\s+(?:rise|fall|climb|drop|increase|decrease|grow|slow|ease|reach|hit|remain|stay|"
    r"recover|weaken|strengthen)\b", re.IGNORECASE)
# The trades whose forecasts are their trade ("Analysts expect fares to rise")
_FORECASTERS = (_COMMENTATORS - {"investors"}) | frozenset({"watchers", "forecasters",
                                                             "meteorologists"})


def is_trade_forecast(claim: ScoredClaim, flag: dict[str, Any]) -> bool:
    """A `vague_only` flag on a body claim that is a forecast of a trade whose word is
    forecasting ("Some market watchers said prices could test $85", "Analysts expect fares to
    rise"): commentary, not a fact the story rests on, so not flagged in any article."""
    return _vague_body_claim_of(claim, flag, _FORECASTERS) and (
        _FORECAST.search(claim.text) is not None)


# A claim that opens on the group itself ("Some residents said they were blindsided", "Many
# tenants said their rents had doubled"): the people's own experience or feeling, told by them
_OWN_VOICE = re.compile(r"^(?:that\s+)?(?:they|their|them|we|our)\b", re.IGNORECASE)
# ... unless what they tell is what they heard ("they had heard the store would close")
_HEARD = re.compile(r"^(?:that\s+)?(?:they|we)\s+(?:had\s+|have\s+)?(?:heard|been\s+told|"
                    r"were\s+told|understood|learned|learnt|read)\b", re.IGNORECASE)


def is_own_experience(claim: ScoredClaim, flag: dict[str, Any]) -> bool:
    """A `vague_only` flag on a body claim in which a vague group tells of itself ("Some
    residents said they were blindsided by the plan", "Some shopkeepers said they had ordered
    twice as many candles"): the vox pop of people the reporter spoke to, their own experience,
    not hearsay an editor checks; what they say they heard ("they had heard the store would
    close") stays flagged. The wire set's readers flag 10 of 48 such claims (dev)."""
    return flag["code"] == "vague_only" and claim.position == "body" and (
        _OWN_VOICE.match(claim.text.strip()) is not None) and (
        _HEARD.match(claim.text.strip()) is None)


# Verbs with which a group voices its view, feeling or expectation rather than reporting a fact
# ("Critics argue the rules go too far", "Residents fear the plant will close", "Some dealers
# expect prices to rise", "Parents complained about the bus route", "Observers describe the
# vote as a test"): the group's stance, reported as a stance
_OPINION_CUES = re.compile(
    r"^(?:have |has |had )?(?:long |often |repeatedly |also )?(?:argue|argued|argues|arguing|"
    r"fear|fears|feared|worry|worries|worried|complain|complained|complains|expect|expects|"
    r"question|questioned|questions|describe|described|describes|warn|warned|warns|blame|"
    r"blamed|blames|see|sees|saw|view|views|viewed|regard|regards|regarded)$")


def is_group_opinion(claim: ScoredClaim, flag: dict[str, Any]) -> bool:
    """A `vague_only` flag on a body claim that every vague origin voices with a verb of view
    or feeling ("Critics argue ...", "Some residents fear ...", "Dealers expect ..."): the
    stance of a group the story reports as a stance, which the wire readers flag in about one
    body claim in three (47 of 156 on the dev part, 37th session), where a fact a vague group
    asserts ("Critics say the council ignored ...", "it is understood ...") they flag two
    times in three and more; what the group says it heard stays flagged."""
    if flag["code"] != "vague_only" or claim.position != "body" or (
            _HEARD.match(claim.text.strip()) is not None):
        return False
    origins = [c.origin_hop for c in claim.chains if c.origin_hop is not None
               and c.origin_hop.hop.kind == "vague"]
    return bool(origins) and all(_OPINION_CUES.match(o.hop.cue) for o in origins)


# What a source says it does not know, or fears, of itself ("he had not seen any written
# instruction", "she had not yet been told anything about the cap", "he was not aware of any
# timeline", "she feared for relatives still in Iran"): no fact it vouches for
_UNKNOWN_TO_THE_SOURCE = re.compile(
    r"^(?:that\s+)?(?:he|she|they|we|i)\s+(?:(?:had|has|have|was|were|is|are|did|does|do)\s+"
    r"(?:not|n't)\s+(?:yet\s+)?(?:seen|been\s+told|heard|been\s+informed|been\s+shown|aware|"
    r"know|known|received)|(?:feared|fears|worried|worries)\b)", re.IGNORECASE)


def is_what_a_source_did_not_know(claim: ScoredClaim, flag: dict[str, Any]) -> bool:
    """A `single_anonymous_source` flag on a body claim in which the confidential source tells
    what it has not seen, been told or heard, or what it fears ("he had not seen any written
    instruction", "she was not aware of any timeline"): nothing the source vouches for that an
    editor would check (of the 11 such claims the service flagged on the wire dev part in the
    thirty-seventh session, the readers agreed on none and one reader flagged one; "he had
    never seen the field sheets", a fact of its own, keeps its flag)."""
    return flag["code"] == "single_anonymous_source" and claim.position == "body" and (
        _UNKNOWN_TO_THE_SOURCE.match(claim.text.strip()) is not None)


def _told_by_a_speaker(chain: ScoredChain) -> bool:
    """The chain's vague origin is a group a person or body speaks about in their own words
    ("A nurse ... said employees had complained"), not a source they cite."""
    origin = chain.origin_hop
    if origin is None or origin.hop.cue_kind != "verb":
        return False
    hops = [h for h in chain.hops if h.counted]
    at = hops.index(origin)
    return at > 0 and hops[at - 1].hop.role == "speaker" and (
        hops[at - 1].hop.kind not in ("vague", "outlet"))


def claim_flags(claim: ScoredClaim, params: ModelParams) -> list[dict[str, Any]]:
    flags: list[dict[str, Any]] = []
    name = claim_name(claim)
    title = name[0].upper() + name[1:]
    counted = [h for chain in claim.chains for h in chain.hops if h.counted]

    if claim.position == "headline":
        state = [h for h in counted if h.state_affiliated]
        if state:
            where = _unique(state_media_phrase(h.hop) for h in state)
            flags.append(
                _flag(
                    "headline_state_affiliated_origin",
                    f"The headline claim comes through {' and '.join(where)}. Media controlled by "
                    "a state is not independent of its government, so it cannot stand as "
                    "independent support.",
                    [claim.id],
                    _spans(claim, state),
                )
            )

    origins = [c.origin_hop for c in claim.groups.values()]
    single = len(claim.groups) == 1
    # "A 2022 survey ... found that two-thirds of participants reported ...": the people a
    # survey counted are its data; the survey, a document, carries the claim
    # "A nurse ... said employees had complained ...", "She said none of the injuries was
    # thought to be serious": a person who tells what a group said carries the claim; one who
    # cites "reports" for it ("Korotchenko, citing reports, said") passes the vague words on
    vague_only = bool(claim.groups) and set(claim.groups) == {"vague"} and not any(
        (h.hop.kind == "document" and h.hop.role in ("speaker", "relay"))
        for h in counted) and not all(_told_by_a_speaker(chain) for chain in claim.chains)
    if vague_only:
        vague = [h for h in counted if h.hop.kind == "vague"]
        said = _unique(f"“{h.hop.source_text.strip()}”" for h in vague)
        flags.append(
            _flag(
                "vague_only",
                f"{title} is attributed only to {', '.join(said)}: nobody identifiable stands "
                "behind it.",
                [claim.id],
                _spans(claim, vague),
            )
        )
    confidential = _confidential_hop(claim, origins[0]) if single else None
    anonymous = confidential is not None
    # "TASS reported, citing a source in law enforcement": the outlet's one confidential
    # source is still one (the readers of the thirteenth and fourteenth wire batches flag
    # it), and the claim is second-hand too, so no_independent_corroboration stands beside it
    relayed = anonymous and _named_outlet_relay(counted)
    if relayed and confidential is not None and _PLURAL_SOURCES.search(
            confidential.hop.source_text or ""):
        # "Kyodo reported, citing transport ministry sources": an outlet's unnumbered sources
        # are no single one (the wire readers flag none of them); the relay keeps its flag
        anonymous = False
    if confidential is not None and _several_unnamed(confidential.hop):
        # "officials aware of the matter", "Local officials on Samos": several people no one
        # granted anonymity, no single confidential source (the wire dev readers flagged none
        # of the 14 such claims; "Sources close to the club", "one of two police sources" and
        # "officials who spoke on condition of anonymity" stay flagged)
        anonymous = False
    if anonymous and not _direct_quote(claim) and not _holding_line(claim):
        origin = confidential
        assert origin is not None
        chain = next(iter(claim.groups.values()))
        before = [h for h in chain.hops if h.counted and h is not origin and (
            chain.hops.index(h) < chain.hops.index(origin))]
        introducer = f", as reported by {node_phrase(before[-1].hop)}" if before and (
            # "A maritime security source said ..., which the source said ...": the source
            # passing on its own words is named once
            before[-1].hop.entity != origin.hop.entity) else ""
        flags.append(
            _flag(
                "single_anonymous_source",
                f"{title} rests on {_one_or_more(origin.hop)}, {unnamed_phrase(origin.hop)}"
                f"{introducer}; nothing else supports it.",
                [claim.id],
                _spans(claim, [origin]),
            )
        )
    if (
        single
        and not vague_only
        and (not anonymous or relayed)
        and claim.position in params.corroboration_flag_positions
        and _second_hand(counted)
        and not document_the_outlet_saw(origins[0], counted)
    ):
        origin = origins[0]
        who = node_phrase(origin.hop) if origin is not None else "a single source"
        flags.append(
            _flag(
                "no_independent_corroboration",
                f"{title} has a single origin, {who}; no independent source confirms it.",
                [claim.id],
                _spans(claim, [origin] if origin is not None else []),
            )
        )
    unrated = [
        h
        for h in counted
        if not h.rated and h.hop.kind in ("outlet", "state_affiliated_outlet") and h.hop.outlet
    ]
    for outlet in _unique_hops(unrated):
        flags.append(
            _flag(
                "unrated_outlet",
                f"{name_of(outlet.hop)} has no rating in the outlets table; it was scored at the "
                f"prior for {KIND_NOUNS.get(outlet.kind_used, outlet.kind_used)} "
                f"({outlet.credibility:.2f}). Rating it would sharpen the score.",
                [claim.id],
                _spans(claim, [h for h in unrated if name_of(h.hop) == name_of(outlet.hop)]),
            )
        )
    return flags


def article_flags(claims: Sequence[ScoredClaim]) -> list[dict[str, Any]]:
    """The claims' flags; one unrated outlet named in several claims is merged into one flag."""
    if not claims:
        return [
            _flag(
                "no_attributions",
                "No statement in this article is attributed to a source, so its sourcing cannot "
                "be rated.",
                [],
                [],
            )
        ]
    # the independence groups of the confidential sources the central claim rests on: the
    # same source's body claims ("..., the person said") belong to that one flag
    central_sources = {key for claim in claims if claim.position in ("headline", "lead")
                       and any(f["code"] == "single_anonymous_source" for f in claim.flags)
                       for key in claim.groups}
    # ... and the confidential speakers themselves ("..., and investigators believe X, a person
    # familiar with the investigation said": the person, not the investigators, is the source)
    central_people = {entity for claim in claims if claim.position in ("headline", "lead")
                      and any(f["code"] == "single_anonymous_source" for f in claim.flags)
                      for entity in _confidential_entities(claim)}
    merged: dict[tuple[str, object], dict[str, Any]] = {}
    for claim in claims:
        for flag in claim.flags:
            # One flag per cause: an unrated outlet by its message; a single origin (one
            # anonymous source, one second-hand report) by its independence group, however many
            # claims it carries (the headline and the lead telling one story); any other flag
            # raised by the same source spans on several claims once
            sources = tuple(sorted((sp["field"], sp["start"], sp["end"])
                                   for sp in flag["spans"][1:]))
            cause: object = sources or claim.id
            if flag["code"] == "unrated_outlet":
                cause = flag["message"]
            elif flag["code"] == "no_independent_corroboration" or (
                    flag["code"] in ("single_anonymous_source", "vague_only")
                    and claim.position in ("headline", "lead")) or (
                    flag["code"] == "single_anonymous_source" and len(claim.groups) == 1
                    and (next(iter(claim.groups)) in central_sources
                         or _confidential_entities(claim) & central_people)):
                # the headline and the lead state one central claim ("..., source says" over
                # "..., a person familiar with the matter said"): an editor asks about it once
                cause = "central claim"
            elif flag["code"] in _SINGLE_ORIGIN_CODES and len(claim.groups) == 1:
                cause = next(iter(claim.groups))
            key = (flag["code"], cause)
            if key not in merged:
                merged[key] = {**flag, "claims": list(flag["claims"]), "spans": list(flag["spans"])}
                continue
            target = merged[key]
            target["claims"] += [c for c in flag["claims"] if c not in target["claims"]]
            target["spans"] += [s for s in flag["spans"] if s not in target["spans"]]
    _headline_flag_names_the_lead(merged.get(("no_independent_corroboration", "central claim")),
                                  claims)
    order = {code: i for i, code in enumerate(SEVERITY)}
    return sorted(merged.values(), key=lambda f: order.get(f["code"], len(order)))


def _headline_flag_names_the_lead(flag: dict[str, Any] | None,
                                  claims: Sequence[ScoredClaim]) -> None:
    """A corroboration flag raised on the headline alone ("..., newspaper reports") also names
    the lead's first claim, which tells the same story in full ("Broken Hill could lose its
    only direct air link ..."): the editor checks the story where it is told, as the wire
    readers mark it."""
    if flag is None:
        return
    by_id = {c.id: c for c in claims}
    if not flag["claims"] or any(by_id[c].position != "headline" for c in flag["claims"]
                                 if c in by_id):
        return
    lead = min((c for c in claims if c.position == "lead" and c.field == "text"),
               key=lambda c: c.start, default=None)
    headline_words = {w for c in flag["claims"] if c in by_id
                      for w in _content_words(by_id[c].text)}
    if lead is not None and lead.id not in flag["claims"] and len(
            headline_words & _content_words(lead.text)) >= 2:
        # (a lead about something else, "the minister said the state would spend $40 million
        # on buses" under "Ferry service to end, newspaper reports", is not named)
        flag["claims"].append(lead.id)
        flag["spans"].append(lead.span.as_dict())


def _content_words(text: str) -> set[str]:
    """The words of four letters or more that carry a claim's matter, lowercased."""
    return {w for w in re.findall(r"[a-z][a-z'-]{3,}", text.lower()) if w not in _FUNCTION_WORDS}


# Words of four letters or more that say nothing of a story's matter
_FUNCTION_WORDS = frozenset({"that", "this", "with", "from", "have", "been", "would", "could",
                             "will", "their", "they", "were", "which", "about", "after",
                             "said", "says", "reports", "reported", "newspaper", "report"})


def _confidential_entities(claim: ScoredClaim) -> set[str]:
    """The entities of the confidential sources on the claim's chains."""
    return {h.hop.entity for chain in claim.chains for h in chain.hops
            if h.counted and is_confidential(h.hop)}


def _unique(items: Iterable[str]) -> list[str]:
    out: list[str] = []
    for item in items:
        if item not in out:
            out.append(item)
    return out


def _unique_hops(hops: Iterable[ScoredHop]) -> list[ScoredHop]:
    seen: set[str] = set()
    out: list[ScoredHop] = []
    for h in hops:
        if name_of(h.hop) not in seen:
            seen.add(name_of(h.hop))
            out.append(h)
    return out
