"""The article's label as a standards editor gives it (rubrics/article-sourcing.md), from chains.

The editor reads the central claim first (headline and lead) and asks what it rests on, then how
the rest of the article is sourced. The same two questions are asked of the scored claims here:

1. **What each claim rests on** (`basis`): the reporter's own account (a sentence with no
   attribution), an identifiable source (a named person or body, a document, a reference the
   analysis could not place, which is given the benefit of the doubt), or a weak one: another
   outlet relaying it, a document only another outlet has seen, state-affiliated media, an
   unnamed source, a vague attribution. A claim
   with an identifiable origin among its independent groups is identifiable: corroboration by a
   named source outweighs an anonymous one.
2. **The central claim**: state media or another outlet's relay under the headline or lead makes
   the article weakly sourced (mixed when the party itself confirms on the record elsewhere in
   the story); a central claim resting on vague attributions alone, unsupported,
   and so does one no source carries over a short story of hearsay (a rumour).
3. **Breadth**: of the attributed claims, the share that rests on weak sourcing; a third or more
   makes the article mixed (with enough claims to judge a share on).

The number shown (`support`) is the subjective-logic mean of the claims, placed inside the band
of the label (`label_band`), so that support orders articles the way the labels do.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from service.attribution.text import DATELINE, pair_quotes, paragraphs

from .flags import (
    confirmed_on_record,
    document_the_outlet_saw,
    is_confidential,
    is_confidential_group,
)
from .model import LABELS, ScoredClaim, ScoredHop, label_for
from .opinion import Opinion
from .params import ModelParams
from .priors import OUTLET_KINDS

FIRST_HAND = "first_hand"
IDENTIFIED = "identified"
RELAYED = "relayed"
STATE = "state"
UNNAMED = "unnamed"
CONFIDENTIAL = "confidential"
RELAYED_DOCUMENT = "relayed_document"
VAGUE = "vague"
WEAK = frozenset({RELAYED, RELAYED_DOCUMENT, STATE, UNNAMED, CONFIDENTIAL, VAGUE})
_ORDER = (IDENTIFIED, FIRST_HAND, RELAYED_DOCUMENT, UNNAMED, CONFIDENTIAL, RELAYED, STATE,
          VAGUE)


# A share of a population ("52 percent of voters", "a majority of registered voters") or a
# particular poll ("a survey published by NBC News"): the numbers of a poll, data, not an
# unnamed person or another outlet's word. Plural "polls" stays vague ("polls show").
_SHARE = re.compile(r"\d+(\.\d+)?\s*(%|percent|per cent)|\b(majority|plurality|half|third|"
                    r"quarter)\b|\b(\d+|one|two|three|four|five|six|seven|eight|nine)\s+"
                    r"(in|out of)\s+(\d+|four|five|ten)\b|"
                    # a count of people, "603,000 people voted": a turnout figure, data
                    r"^(about|nearly|almost|more than|some|over)?\s*\d[\d,.]*\s+(thousand\s+|"
                    r"million\s+)?(people|voters|residents|respondents)\b", re.IGNORECASE)
# one poll, or the exit polls of one vote ("exit polls showed"): data, not a vague "polls show"
_ONE_POLL = re.compile(r"\b(poll|survey|exit polls?)\b", re.IGNORECASE)
_UNPLACED = frozenset({"anonymous", "anonymous_described", "vague", "unresolved",
                       "unnamed_outlet", "outlet"})


def _poll_data(counted: Sequence[ScoredHop]) -> bool:
    origin = counted[-1].hop
    text = origin.source_text or ""
    if origin.kind in _UNPLACED and (_SHARE.search(text) or _ONE_POLL.search(text)):
        return True
    return any(h.hop.kind == "document" and _ONE_POLL.search(h.hop.source_text or "")
               for h in counted[:-1])


# The author's own voice outside quotation marks: "I", "we", "our" or a question put to the
# reader. Case matters: "US" and "U.S." are not "us"; nor is the "I" of a party label, "Sen.
# Bernie Sanders (I-Vt.)".
_FIRST_PERSON = re.compile(r"\b(I|I'm|I'd|I've|I'll|me|my|mine|we|we're|we've|we'll|our|ours|"
                           r"us)\b(?![-‐‑])")
_CLOSING_MARKS = frozenset("”»")
# An interview printed as questions and answers ("Q: ... A: ..."): its questions and first
# persons are the interview's, not the author's commentary.
_QA_LINE = re.compile(r"^(?:Q[:.]|Question:)", re.MULTILINE)


def author_voice_share(claims: Sequence[ScoredClaim], text: str,
                       bases: Sequence[str] | None = None) -> float:
    """The share of the lead's and the body's sentences that are the author's own commentary
    (the headline is left out: it is written in the desk's voice): no attribution,
    and outside quotation marks a first person or a question ("I think ...", "Why would
    anyone ...?"). The rubric's "commentary dominates over sourced facts" made countable.
    `bases` are the claims' `basis`, when the caller has them already."""
    if bases is None:
        bases = [basis(c) for c in claims]
    unquoted = _outside_quotes(text)
    questions = list(_QA_LINE.finditer(text))
    interview_from = questions[0].start() if len(questions) >= 3 else len(text) + 1
    sentences = voiced = 0
    for claim, rests_on in zip(claims, bases, strict=True):
        if claim.position not in ("body", "lead") or claim.field != "text" or len(
                claim.text.split()) < 4:
            continue
        sentences += 1
        if claim.start >= interview_from:
            continue
        if rests_on == FIRST_HAND:
            bare = unquoted[claim.start:claim.end]
            if len(bare.split()) >= 4 and (_FIRST_PERSON.search(bare) or "?" in bare):
                voiced += 1
        elif _in_authors_voice(claim, unquoted):
            voiced += 1  # "I think ...", "We should ask ...": the author as the source
    return voiced / sentences if sentences else 0.0


def unattributed_share(claims: Sequence[ScoredClaim], bases: Sequence[str],
                       text: str = "", minimum: int = 8) -> float:
    """The share of the body's sentences (four words or more) that no source carries; an
    interview printed as questions and answers is the interviewee's, and is left out. Under
    `minimum` body sentences (a brief) the share says nothing, and is 0."""
    questions = list(_QA_LINE.finditer(text))
    interview_from = questions[0].start() if len(questions) >= 3 else len(text) + 1
    body = [b for c, b in zip(claims, bases, strict=True)
            if c.position == "body" and c.field == "text" and c.start < interview_from and (
                b != FIRST_HAND or len(c.text.split()) >= 4)]
    if len(body) < minimum:
        return 0.0  # three sentences of a brief say nothing about commentary
    return sum(1 for b in body if b == FIRST_HAND) / len(body)


def _in_authors_voice(claim: ScoredClaim, unquoted: str) -> bool:
    """Every chain of the claim starts at "I" or "we" written outside quotation marks."""
    origins = [[h for h in chain.hops if h.counted] for chain in claim.chains]
    origins = [o for o in origins if o]
    return bool(origins) and all(
        o[-1].hop.source_text.strip().lower() in {"i", "we"} and o[-1].hop.span is not None
        and o[-1].hop.span.field == "text"
        and unquoted[o[-1].hop.span.start:o[-1].hop.span.end].strip() != ""
        for o in origins)


def _outside_quotes(text: str) -> str:
    """The text with every quoted passage blanked, offsets kept: the quotes the extraction
    pairs (`pair_quotes`; one left open runs to the end of its paragraph), and the start of a
    paragraph up to a closing mark it did not open."""
    out = list(text)
    quotes = pair_quotes(text)
    for quote in quotes:
        out[quote.start:quote.end] = " " * (quote.end - quote.start)
    starts = [q.start for q in quotes]
    for p_start, p_end in paragraphs(text):
        close = next((i for i in range(p_start, p_end) if text[i] in _CLOSING_MARKS), -1)
        if close >= 0 and not any(p_start <= s < close for s in starts):
            out[p_start:close + 1] = " " * (close + 1 - p_start)
    return "".join(out)


def unresolved_only(claim: ScoredClaim) -> bool:
    """Every attributed chain of the claim ends at a reference the analysis could not place:
    neither identifiable nor weak for the breadth of the article."""
    origins = [[h for h in chain.hops if h.counted] for chain in claim.chains]
    attributed = [c for c in origins if c and c[-1].hop.kind != "publisher"]
    return bool(attributed) and all(c[-1].hop.kind == "unresolved" for c in attributed)


# The cue of a count of votes rather than words ("voted for", "voted in the primary"); the
# cue scan's only voting form with a vague subject
_TALLY_CUE = "voted"


def basis(claim: ScoredClaim) -> str:
    """What the claim rests on: the best of all its chains. All, not only the strongest of each
    origin group: which chain is strongest depends on ratings, and a better rating must never
    move a claim to a weaker basis (nor the article to a lower label)."""
    found = set()
    for chain in claim.chains:
        counted = [h for h in chain.hops if h.counted]
        if not counted:
            continue
        origin = counted[-1].hop
        if origin.kind == "publisher":
            found.add(FIRST_HAND)
        elif any(h.hop.role == "speaker" and h.hop.kind in ("anonymous", "anonymous_described")
                 and is_confidential(h.hop) for h in counted[:-1]):
            # "The person said the committee had recommended the pause": whatever the origin,
            # the reader has it only from one confidential speaker
            found.add(CONFIDENTIAL)
        elif _poll_data(counted) and not any(h.state_affiliated for h in counted):
            found.add(IDENTIFIED)
        elif any(h.state_affiliated for h in counted):
            found.add(STATE)
        elif origin.kind == "document" and any(h.hop.role == "relay" for h in counted):
            # a document another outlet obtained ("a memo seen by Reuters"): a record, not an
            # outlet's word for what someone said, but one the reader cannot see either; an
            # outlet that reported a story on it ("Bloomberg News reported, citing an internal
            # memo") relays it like any report (the wire readers: weakly sourced, 3 of 3)
            found.add(RELAYED_DOCUMENT if document_the_outlet_saw(counted[-1], counted)
                      else RELAYED)
        elif origin.kind in OUTLET_KINDS or any(
                h.hop.role == "relay" and h.hop.kind in OUTLET_KINDS for h in counted):
            found.add(RELAYED)
        elif origin.kind in ("anonymous", "anonymous_described"):
            found.add(CONFIDENTIAL if is_confidential(origin) else UNNAMED)
        elif origin.kind == "vague" and origin.cue.startswith(_TALLY_CUE) and all(
                h.hop.kind == "publisher" for h in counted[:-1]):
            # "More people voted for Trump than for Clinton in two states": a count of votes
            # cast, the reporter's account of a public vote, not hearsay of a vague crowd
            # (what "neighbours said" some voters did still rests on the neighbours)
            found.add(FIRST_HAND)
        elif origin.kind == "vague":
            found.add(VAGUE)
        else:
            found.add(IDENTIFIED)
    return next((b for b in _ORDER if b in found), FIRST_HAND)


def article_label(claims: Sequence[ScoredClaim], params: ModelParams, text: str = "") -> str:
    """The rubric's label for the article (see the module docstring)."""
    bases = [basis(c) for c in claims]
    central = [b for b, c in zip(bases, claims, strict=True) if c.position in ("headline", "lead")]
    attributed_central = [b for b in central if b != FIRST_HAND]
    attributed = [b for b in bases if b != FIRST_HAND]
    weak = sum(1 for b in attributed if b in WEAK) / len(attributed) if attributed else 0.0
    # the breadth: claims on references the analysis could not place are left out of it
    placed = [b for b, c in zip(bases, claims, strict=True)
              if b != FIRST_HAND and not unresolved_only(c)]
    placed_weak = sum(1 for b in placed if b in WEAK) / len(placed) if placed else 0.0
    # the central claims' attributions to a reference the analysis could place: a lead on
    # "versions circulating in the legal community", "the scheme" or a pronoun nobody earlier
    # fits is no more sourced than an unattributed one (an unresolved reference is neutral)
    placed_central = [b for b, c in zip(bases, claims, strict=True)
                      if c.position in ("headline", "lead") and b != FIRST_HAND
                      and not unresolved_only(c)]
    if not attributed_central:
        # "The FBI is expanding its probe." over "Fox News reported on Thursday that ...":
        # an unattributed lead whose next paragraph opens on the claim's source
        follow = _second_paragraph_basis(claims, bases, text)
        if follow in (STATE, RELAYED):
            attributed_central = [follow]
            placed_central = [follow]
            central = [*central, follow]
    vague = sum(1 for b in placed if b == VAGUE)
    if central and not placed_central and vague >= 2 and (
            len(placed) <= params.rumour_max_claims) and (
            vague / len(placed) >= params.vague_share_unsupported or (
                # "The federal government will subsidise the drug ...", "Argentina's
                # government is set to shelve its programme": a plan the reporter cannot
                # have seen happen, over a body weak in a third or more of its claims
                _states_a_plan(claims) and placed_weak >= params.weak_share_mixed)):
        # an unattributed lead over a short body of hearsay: a rumour, not the reporter's own
        # account (a long analysis's experts and critics are commentary around its framing)
        return "unsupported"
    second_hand = [b for b in attributed_central if b in (STATE, RELAYED)]
    headline = [b for b, c in zip(bases, claims, strict=True) if c.position == "headline"]
    if second_hand and (2 * len(second_hand) >= len(attributed_central) or any(
            b in (STATE, RELAYED) for b in headline)):
        # another outlet's relay or state media under the headline, or carrying the lead; one
        # relayed figure among a lead's own sourced claims ("the AP delegate count") is not
        if STATE not in second_hand and confirmed_on_record(
                [c for c in claims if c.position in ("headline", "lead")]):
            # "..., the newspaper reported, and the airline confirmed the groundings": the
            # party itself stands behind the report in the lead; one side, not hearsay (the
            # wire readers: mixed). A confirmation further down is of a side point as often
            # ("The Federal Office for Cybersecurity confirmed that it had received a
            # report"): of 9 such dev articles the readers call 6 weakly sourced, 2 mixed
            return "mixed"
        return "weakly sourced"
    if attributed_central and all(b == VAGUE for b in attributed_central) and (
            placed_weak < params.weak_share_mixed) and len(_body_origins(claims)) >= (
            params.named_body_origins):
        # "Terrorism experts rebuke ..." over a body of named experts: the headline sums up
        # the named sources below it, and the breadth decides
        attributed_central = []
    if attributed_central and IDENTIFIED not in central and (
            all(b in WEAK for b in attributed_central)):
        if CONFIDENTIAL in attributed_central:
            return "weakly sourced"  # a confidential source carries the central claim
        if all(b == VAGUE for b in attributed_central) and (
                weak > params.weak_share_unsupported or (
                    len(placed) >= params.min_claims_for_share
                    and vague / len(placed) >= params.vague_share_unsupported)):
            # vague attribution under the headline, and little else, or a body that is
            # hearsay in a large part too (the named voices around it are colour: "talk in
            # town is the bank may be sold", then residents and the mayor on the rumour)
            return "unsupported"
        if any(b != UNNAMED for b in attributed_central):
            return "mixed"
        central_claims = [c for c in claims if c.position in ("headline", "lead")]
        if any(is_confidential_group(h.hop) for c in central_claims for chain in c.chains
               for h in chain.hops if h.counted):
            # several confidential sources ("three people familiar with the matter") carry the
            # central claim: no single one (not weakly sourced), none identifiable either
            return "mixed"
        # an unnamed but not confidential source ("a Republican strategist", "the officer")
        # under the headline: the breadth of the rest decides
    if len(placed) >= params.min_claims_for_share and placed_weak >= params.weak_share_mixed:
        return "mixed"
    if author_voice_share(claims, text, bases) >= params.author_voice_mixed:
        return "mixed"  # the author's commentary outweighs the sourced facts
    if unattributed_share(claims, bases, text, params.min_body_for_unattributed) >= (
            params.unattributed_mixed):
        return "mixed"  # the author's own assertions carry the piece: commentary dominates
    return "well sourced"


# What a lead says is to come: a plan, a forecast or a decision not yet made public, which no
# reporter observes ("will close", "is set to", "is preparing to", "are weighing"); "will" as
# a verb before a verb, not the noun ("against the will of islanders", "political will")
_PLAN = re.compile(r"(?i:(?<!\bthe )(?<!\ba )(?<!\bits )(?<!\btheir )(?<!\bhis )(?<!\bher )"
                   r"(?<!\bpolitical )(?<!\bgood )(?<!\bfree ))\bwill\s+(?:not\s+|also\s+|"
                   r"soon\s+|now\s+)?(?!of\b|and\b|to\b|that\b)[a-z]+|"
                   r"\b(?:is|are) (?:set|preparing|poised|planning|expected|due) to\b|"
                   r"\b(?:is|are) (?:weighing|considering|on course to)\b")
# Where a lead's main clause ends and a clause of its own begins (", and its boats will be
# sold", ", ending a service"); not ", which ..." (the subject's relative clause)
_TRAILING_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas|although|though|\w+ing)\b")


def _states_a_plan(claims: Sequence[ScoredClaim]) -> bool:
    """The lead (the first paragraph's claim) says in its main clause, outside quotes and past
    its dateline, what is to come ("The city will shut its ferry line next month, ending ...",
    "Next month, the city will shut ..."; not "The city shut the line on Monday, and its boats
    will be sold")."""
    lead = next((c for c in claims if c.position == "lead"), None)
    if lead is None:
        return False
    words = _outside_quotes(DATELINE.sub("", lead.text))
    return _PLAN.search(_TRAILING_CLAUSE.split(words, 1)[0]) is not None


def _second_paragraph_basis(claims: Sequence[ScoredClaim], bases: Sequence[str],
                            text: str) -> str | None:
    """The basis of the first claim of the body's second paragraph, or None."""
    spans = list(paragraphs(text)) if text else []
    if len(spans) < 2:
        return None
    start, end = spans[1]
    first = min(((c.start, b) for c, b in zip(claims, bases, strict=True)
                 if c.field == "text" and start <= c.start < end), default=None)
    return first[1] if first else None


def _body_origins(claims: Sequence[ScoredClaim]) -> set[str]:
    """The distinct identifiable origin groups of the body's claims."""
    found: set[str] = set()
    for claim in claims:
        if claim.position != "body" or unresolved_only(claim) or basis(claim) != IDENTIFIED:
            continue
        found.update(key for key, chain in claim.groups.items()
                     if chain.origin_hop is not None
                     and chain.origin_hop.hop.kind not in ("unresolved", "publisher"))
    return found


def label_band(label: str, params: ModelParams) -> tuple[float, float]:
    """The support interval of a label: the thresholds of ``params`` cut [0, 1] into four."""
    edges = (1.0, params.threshold_well_sourced, params.threshold_mixed,
             params.threshold_weakly_sourced, 0.0)
    index = LABELS.index(label)
    return edges[index + 1], edges[index]


def support_in_band(label: str, mean_support: float, params: ModelParams) -> float:
    """The claims' mean support placed in the label's band: monotone in the mean support, so a
    better-rated source never lowers an article within its label."""
    low, high = label_band(label, params)
    share = min(1.0, max(0.0, mean_support / params.support_scale))
    top = high if label == LABELS[0] else high - 1e-4  # a band's top belongs to the next label
    return low + (top - low) * share


def judge_article(claims: Sequence[ScoredClaim], mean: Opinion, params: ModelParams,
                  text: str = "") -> tuple[Opinion, str]:
    """The article's opinion (its belief moved into the label's band, the rest in proportion)
    and its label; an article with no claim at all is unsupported with support 0."""
    if not claims or mean.u >= 1.0:
        return mean, "unsupported"
    label = article_label(claims, params, text)
    b = support_in_band(label, mean.b, params)
    rest = 1.0 - b
    spare = 1.0 - mean.b
    d = mean.d * rest / spare if spare > 0 else 0.0
    opinion = Opinion(b, d, max(0.0, rest - d), mean.a)
    assert label_for(b, params) == label
    return opinion, label
