"""Hops → chains → claims → article (DESIGN section 5), as plain unrounded figures.

Reads the attribution extraction (the /v1/attributions contract); knows nothing of HTTP. The
wording of every explanation lives in ``explain``; this module only decides the numbers.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from service.attribution.text import above_the_story

from .opinion import Opinion, cumulative_fusion
from .params import STATE_AFFILIATED, ModelParams
from .priors import (
    DESCRIBED_KINDS,
    FALLBACK_PRIOR,
    OUTLET_KINDS,
    UNNAMED_KINDS,
    KindPrior,
)

POSITIONS = ("headline", "lead", "body")
LABELS = ("well sourced", "mixed", "weakly sourced", "unsupported")


@dataclass(frozen=True)
class Span:
    field: str
    start: int
    end: int

    def as_dict(self) -> dict[str, Any]:
        return {"field": self.field, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Hop:
    """One node of a chain as the extractor gave it, with its source span looked up."""

    role: str
    entity: str
    kind: str
    attribution: Any
    outlet: Mapping[str, Any] | None
    description: str | None
    country: str | None
    source_text: str
    span: Span | None
    name: str = ""
    """How a person reads the node's name: the entity's fullest proper-name mention."""
    cue_kind: str = ""
    """How its attribution was said: "verb" ("employees had complained"), "citing",
    "according_to", "noun" ... (empty for the publisher)."""
    cue: str = ""
    """The cue's words, lowercase ("said", "confirmed"; empty for the publisher)."""


@dataclass(frozen=True)
class ScoredHop:
    hop: Hop
    node: Opinion
    """The node's trust opinion from its rating (or vacuous at its kind's prior)."""
    kind_used: str
    """The kind whose prior is the base rate (state-affiliated outlets use that kind's prior)."""
    rated: bool
    state_affiliated: bool
    counted: bool
    """False for the publisher: shown for its credibility, excluded from the sourcing product."""
    p: float
    rho: float | None
    """Relay leniency applied, if any."""
    leniency_blocked: str | None
    """Why a non-final hop got no leniency: 'state', 'unnamed', 'unnamed_next'."""
    capped_by: ScoredHop | None = None
    """The state-affiliated venue whose credibility bounds this speaker."""
    bounds_next: bool = False
    """A venue whose (state) credibility caps the hop that speaks on it."""
    p_before_cap: float | None = None
    """The hop's p before a state venue capped it."""

    @property
    def credibility(self) -> float:
        return self.node.projected


@dataclass(frozen=True)
class ScoredChain:
    hops: tuple[ScoredHop, ...]
    strength: float
    origin: str
    opinion: Opinion
    index: int

    @property
    def sourcing_hops(self) -> tuple[ScoredHop, ...]:
        return tuple(h for h in self.hops if h.counted)

    @property
    def origin_hop(self) -> ScoredHop | None:
        counted = self.sourcing_hops
        return counted[-1] if counted else None


@dataclass
class ScoredClaim:
    id: str
    field: str
    start: int
    end: int
    text: str
    position: str
    chains: list[ScoredChain]
    groups: dict[str, ScoredChain]
    """Best chain per origin group; these are fused."""
    opinion: Opinion
    flags: list[dict[str, Any]] = dataclasses.field(default_factory=list)

    @property
    def span(self) -> Span:
        return Span(self.field, self.start, self.end)

    @property
    def best_chain(self) -> ScoredChain | None:
        return max(self.chains, key=lambda c: (c.strength, -c.index), default=None)


@dataclass
class ScoredArticle:
    claims: list[ScoredClaim]
    opinion: Opinion
    label: str
    flags: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    summary: str = ""


# -- reading the extraction ---------------------------------------------------------------------


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _int(value: Any, default: int = 0) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) else number


def index_attributions(extraction: Mapping[str, Any]) -> dict[Any, Mapping[str, Any]]:
    return {a.get("id"): a for a in extraction.get("attributions") or () if isinstance(a, Mapping)}


_NOT_A_NAME = frozenset({"the", "a", "an", "he", "she", "they", "it", "mr", "mrs", "ms", "dr",
                         "mr.", "mrs.", "ms.", "dr.", "his", "her", "their", "its", "this", "that"})


def entity_names(attributions: Mapping[Any, Mapping[str, Any]]) -> dict[str, str]:
    """Each entity's best display name: its longest mention written as a proper name, every
    word capitalised ("Igor Korotchenko", not "the Russian expert" or "Russian TV pundit")."""
    best: dict[str, tuple[int, str]] = {}
    for record in attributions.values():
        source = record.get("source")
        if not isinstance(source, Mapping):
            continue
        entity, text = _text(source.get("entity")), _text(source.get("text")).strip()
        words = text.split()
        if not entity or not words or words[0].lower() in _NOT_A_NAME:
            continue
        if not all(w[:1].isupper() for w in words):
            continue
        if len(words) > best.get(entity, (0, ""))[0]:
            best[entity] = (len(words), text)
    return {entity: text for entity, (_, text) in best.items()}


def _map(value: Any) -> Mapping[str, Any] | None:
    # dict first: the extraction is plain dicts, and an ABC isinstance check costs ten times more
    return value if type(value) is dict or isinstance(value, Mapping) else None


def read_hop(
    raw: Mapping[str, Any],
    attributions: Mapping[Any, Mapping[str, Any]],
    publisher: Mapping[str, Any] | None,
    names: Mapping[str, str] | None = None,
) -> Hop:
    get = raw.get
    role = get("role")
    role = role if type(role) is str and role else _text(role) or "origin"
    attribution_id = get("attribution")
    record = attributions.get(attribution_id) if attribution_id is not None else None
    entity = get("entity")
    entity = entity if type(entity) is str else _text(entity)
    outlet = _map(get("outlet"))
    if role == "publisher" and outlet is None and publisher is not None:
        outlet = publisher
    if not entity and outlet is not None:
        entity = _text(outlet.get("name")) or _text(outlet.get("domain"))
    source_text, span = entity, None
    if record is not None:
        part = _map(get("span")) or _map(
            record.get("venue") if role == "venue" else record.get("source"))
        if part is not None and part.get("text"):
            source_text = _text(part.get("text"))
            span = Span(
                _text(record.get("field")) or "text", _int(part.get("start")), _int(part.get("end"))
            )
    kind = get("kind")
    kind = kind if type(kind) is str and kind else (
        _text(kind) or ("publisher" if role == "publisher" else "vague"))
    country = _text(get("country")) or (_text(outlet.get("country")) if outlet else "") or None
    cue = _map(record.get("cue")) if record is not None else None  # how it was said
    return Hop(
        role=role,
        entity=entity or source_text,
        kind=kind,
        attribution=attribution_id,
        outlet=outlet,
        description=_text(get("description")) or None,
        country=country,
        source_text=source_text or entity,
        span=span,
        name=(names.get(entity, "") if names else "") or source_text or entity,
        cue_kind=_text(cue.get("kind")) if cue is not None else "",
        cue=_text(cue.get("text")).strip().lower() if cue is not None else "",
    )


# -- node trust ---------------------------------------------------------------------------------


def is_state_affiliated(hop: Hop, params: ModelParams) -> bool:
    """State-affiliated media: an outlet a state controls or funds. A government body speaking
    for itself ("the Pentagon said", the ratings table marks it state-controlled) is a named
    official source, not state media."""
    if hop.kind == "state_affiliated_outlet":
        return True
    if hop.kind not in OUTLET_KINDS:
        return False
    affiliation = _text(hop.outlet.get("state_affiliation")) if hop.outlet else ""
    if affiliation in STATE_AFFILIATED:
        return True
    return params.state_funded_is_state_affiliated and affiliation == "state_funded"


def _prior(kind: str, priors: Mapping[str, KindPrior]) -> KindPrior:
    return priors.get(kind) or KindPrior(FALLBACK_PRIOR)


def node_opinion(
    hop: Hop, priors: Mapping[str, KindPrior], params: ModelParams
) -> tuple[Opinion, str, bool]:
    """The node's trust opinion, the kind whose prior is its base rate, and whether it is rated.

    The base rate is the kind's prior, so a rating is evidence that moves the node away from
    what is expected of its kind: P = (q·N + a·W)/(N + W). A state-affiliated outlet takes the
    state-affiliated prior even when the extractor calls it a plain outlet, so that a rating
    below that prior lowers it (an unrated state outlet must not beat a rated bad one).
    """
    kind = hop.kind
    state = is_state_affiliated(hop, params)
    if state and kind in OUTLET_KINDS:
        kind = "state_affiliated_outlet"
    prior = KindPrior(params.unresolved_prior) if kind == "unresolved" else _prior(kind, priors)
    q = _number(hop.outlet.get("reliability")) if hop.outlet else None
    weight = params.prior_weight if params.prior_weight > 0 else 2.0
    if q is None:
        if prior.evidence:
            n = params.evidence_per_rating_set * min(prior.evidence, params.max_rating_sets)
            return Opinion.from_rating(prior.prior, max(0.0, n), prior.prior, weight), kind, False
        return Opinion.vacuous(prior.prior), kind, False
    q = min(1.0, max(0.0, q))
    sets = _number(hop.outlet.get("evidence")) if hop.outlet else None
    if sets is None:
        sets = 1.0
    elif sets <= 0:
        sets = max(0.0, params.team_judgement_sets)
    sets = min(sets, params.max_rating_sets)
    n = max(0.0, params.evidence_per_rating_set) * sets
    return Opinion.from_rating(q, n, prior.prior, weight), kind, True


# -- hops and chains ----------------------------------------------------------------------------


def _leniency_rho(next_hop: Hop, params: ModelParams) -> float | None:
    if next_hop.kind in UNNAMED_KINDS - DESCRIBED_KINDS:
        return None
    if next_hop.kind in DESCRIBED_KINDS:
        return params.relay_leniency_described
    return params.relay_leniency


def score_hops(
    hops: Sequence[Hop],
    priors: Mapping[str, KindPrior],
    params: ModelParams,
    nodes: dict[tuple[str, int], tuple[Opinion, str, bool, bool]] | None = None,
) -> tuple[ScoredHop, ...]:
    """Each hop's p (DESIGN 5.2) and the rules the design left open:

    * the publisher is not counted; if the chain has no other hop it is the origin;
    * a non-final hop is a relay: leniency p = 1 − rho(1 − P) when it is not state-affiliated,
      not itself unnamed, and names (rho = 0.5) or describes (rho = 0.75) its next node;
    * unnamed nodes (anonymous, described, vague) count at P, which is their prior when unrated;
    * a venue hosts the hop after it: p = 1, but a state-affiliated venue caps that hop's p
      at the venue's credibility, since state media chose and aired the speaker;
    * a venue with nobody after it is scored as an ordinary node.
    """
    counted_idx = [i for i, h in enumerate(hops) if h.role != "publisher"]
    if not counted_idx and hops:
        counted_idx = [len(hops) - 1]
    last = counted_idx[-1] if counted_idx else -1
    out: list[ScoredHop] = []
    cap: ScoredHop | None = None
    for i, hop in enumerate(hops):
        # A node's opinion depends on its kind and its outlet record only: within one article the
        # same outlet or speaker recurs in many chains, so ``nodes`` (one scoring call's memo,
        # keyed by the record's identity, which the chains hold alive) computes it once.
        key = (hop.kind, id(hop.outlet))
        known = nodes.get(key) if nodes is not None else None
        if known is None:
            node, kind_used, rated = node_opinion(hop, priors, params)
            known = (node, kind_used, rated, is_state_affiliated(hop, params))
            if nodes is not None:
                nodes[key] = known
        node, kind_used, rated, state = known
        credibility = node.projected
        if i not in counted_idx:
            out.append(
                ScoredHop(hop, node, kind_used, rated, state, False, credibility, None, None)
            )
            continue
        next_hop = hops[counted_idx[counted_idx.index(i) + 1]] if i != last else None
        if hop.role == "venue" and next_hop is not None:
            scored = ScoredHop(
                hop, node, kind_used, rated, state, True, 1.0, None, None, bounds_next=state
            )
            out.append(scored)
            cap = scored if state else None
            continue
        p, rho, blocked = credibility, None, None
        if next_hop is not None:
            if state:
                blocked = "state"
            elif hop.kind in UNNAMED_KINDS:
                blocked = "unnamed"
            else:
                rho = _leniency_rho(next_hop, params)
                if rho is None:
                    blocked = "unnamed_next"
                else:
                    p = 1.0 - min(1.0, max(0.0, rho)) * (1.0 - credibility)
        capped_by, before_cap = None, None
        if cap is not None:
            capped_by, before_cap = cap, p
            p = min(p, cap.credibility)
            cap = None
        out.append(
            ScoredHop(
                hop,
                node,
                kind_used,
                rated,
                state,
                True,
                p,
                rho,
                blocked,
                capped_by,
                p_before_cap=before_cap,
            )
        )
    return tuple(out)


def origin_key(scored: Sequence[ScoredHop]) -> str:
    """Independence group of a chain (DESIGN 5.4), keyed by its last counted hop.

    A named or rated origin is keyed by its outlet's domain, else its kind and name; an unnamed
    origin (anonymous, described, unnamed outlet) by the node that introduced it plus its
    description; every vague origin of an article shares one group.
    """
    counted = [h for h in scored if h.counted]
    if not counted:
        return "none"
    origin = counted[-1].hop
    if origin.kind == "vague":
        return "vague"
    if origin.kind in UNNAMED_KINDS or origin.kind == "unnamed_outlet":
        introducer = "publisher"
        before = [h.hop for h in scored if h.hop is not origin]
        for hop in reversed(before):
            if hop.kind not in UNNAMED_KINDS:
                introducer = _identity(hop)
                break
        label = origin.description or origin.entity or origin.source_text
        return f"unnamed:{introducer}|{_norm(origin.kind)}|{_norm(label)}"
    return _identity(origin)


def _norm(text: str | None) -> str:
    return re.sub(r"\s+", " ", (text or "").strip().casefold())


def _identity(hop: Hop) -> str:
    domain = _text(hop.outlet.get("domain")) if hop.outlet else ""
    if domain:
        return f"outlet:{domain.casefold()}"
    if hop.kind == "publisher":
        return "publisher"
    return f"{hop.kind}:{_norm(hop.entity or hop.source_text)}"


def chain_strength(scored: Sequence[ScoredHop]) -> float:
    """s = Π p over counted hops (DESIGN 5.3); an empty chain has no strength."""
    counted = [h.p for h in scored if h.counted]
    if not counted:
        return 0.0
    return min(1.0, max(0.0, math.prod(counted)))


def claim_opinion_from_strength(strength: float, params: ModelParams) -> Opinion:
    """The chain's claim opinion: an assertion worth A observations discounted by s."""
    weight = params.prior_weight if params.prior_weight > 0 else 2.0
    assertion = Opinion.assertion(
        max(0.0, params.assertion_evidence), params.claim_base_rate, weight
    )
    return assertion.discount(min(1.0, max(0.0, strength)))


# -- claims and the article ---------------------------------------------------------------------


# A paragraph that only names a section of the page: "ABSTRACT.", "FULL TEXT.", "CORRECTION
# APPENDED." (an archive's layout, four words at most in capitals), never the story's lead
_SECTION_MARK = re.compile(r"[A-Z][A-Z'’&-]*(?:\s+[A-Z][A-Z'’&-]*){0,3}[.:]?")


def lead_range(text: str) -> tuple[int, int]:
    """The first paragraph of the text that says something (paragraphs split on blank lines):
    not an empty one, nor a section mark such as "ABSTRACT." before an archive's summary, nor
    a wire service's note on a new version or a byline."""
    start = 0
    for match in re.finditer(r"\n[^\S\n]*\n\s*", text):
        paragraph = text[start : match.start()].strip()
        if paragraph and not _SECTION_MARK.fullmatch(paragraph) and not (
                above_the_story(paragraph)):
            return start, match.start()
        start = match.end()
    rest = text[start:].strip()
    return (start, len(text)) if rest and not _SECTION_MARK.fullmatch(rest) else (0, 0)


def position_of(field_name: str, start: int, lead: tuple[int, int]) -> str:
    if field_name == "headline":
        return "headline"
    return "lead" if lead[0] <= start < lead[1] else "body"


def position_weight(position: str, params: ModelParams) -> float:
    weights = {
        "headline": params.weight_headline,
        "lead": params.weight_lead,
        "body": params.weight_body,
    }
    return max(0.0, weights[position])


def label_for(support: float, params: ModelParams) -> str:
    if support >= params.threshold_well_sourced:
        return "well sourced"
    if support >= params.threshold_mixed:
        return "mixed"
    if support >= params.threshold_weakly_sourced:
        return "weakly sourced"
    return "unsupported"


def score_claims(
    extraction: Mapping[str, Any],
    *,
    headline: str | None,
    priors: Mapping[str, KindPrior],
    params: ModelParams,
    publisher: Mapping[str, Any] | None = None,
) -> list[ScoredClaim]:
    """One claim per distinct claim span; chains grouped by origin, best per group, fused."""
    attributions = index_attributions(extraction)
    names = entity_names(attributions)
    text = _text(extraction.get("text"))
    headline_text = headline if headline is not None else _text(extraction.get("headline"))
    lead = lead_range(text)
    nodes: dict[tuple[str, int], tuple[Opinion, str, bool, bool]] = {}
    by_span: dict[tuple[str, int, int], list[tuple[int, Mapping[str, Any]]]] = {}
    for index, chain in enumerate(extraction.get("chains") or ()):
        if not isinstance(chain, Mapping) or not isinstance(chain.get("claim"), Mapping):
            continue
        claim = chain["claim"]
        key = (
            _text(claim.get("field")) or "text",
            _int(claim.get("start")),
            _int(claim.get("end")),
        )
        by_span.setdefault(key, []).append((index, chain))
    ordered = sorted(by_span, key=lambda k: (k[0] != "headline", k[1], k[2]))
    claims: list[ScoredClaim] = []
    for number, key in enumerate(ordered, start=1):
        field_name, start, end = key
        entries = by_span[key]
        claim_text = next(
            (_text(c["claim"].get("text")) for _, c in entries if c["claim"].get("text")), ""
        )
        if not claim_text:
            source = headline_text if field_name == "headline" else text
            claim_text = source[start:end]
        chains: list[ScoredChain] = []
        for index, chain in entries:
            hops = [
                read_hop(h, attributions, publisher, names)
                for h in chain.get("hops") or ()
                if isinstance(h, Mapping)
            ]
            scored = score_hops(hops, priors, params, nodes)
            strength = chain_strength(scored)
            chains.append(
                ScoredChain(
                    scored,
                    strength,
                    origin_key(scored),
                    claim_opinion_from_strength(strength, params),
                    index,
                )
            )
        groups: dict[str, ScoredChain] = {}
        for chain_result in chains:
            best = groups.get(chain_result.origin)
            if best is None or chain_result.strength > best.strength:
                groups[chain_result.origin] = chain_result
        fused = (
            cumulative_fusion([c.opinion for c in groups.values()])
            if groups
            else Opinion.vacuous(params.claim_base_rate)
        )
        fused = Opinion(fused.b, fused.d, fused.u, params.claim_base_rate)
        chains.sort(key=lambda c: (-c.strength, c.index))
        claims.append(
            ScoredClaim(
                id=f"c{number}",
                field=field_name,
                start=start,
                end=end,
                text=claim_text,
                position=position_of(field_name, start, lead),
                chains=chains,
                groups=groups,
                opinion=fused,
            )
        )
    return claims


def mean_support(claims: Sequence[ScoredClaim], params: ModelParams) -> Opinion:
    """Weighted mean of the claims' opinions (headline 3, lead 2, body 1).

    No attributed claim: support 0, uncertainty 1. The article's label and where its support
    sits are decided from this and the chains in ``label.py``.
    """
    weights = [position_weight(c.position, params) for c in claims]
    total = sum(weights)
    if not claims or total <= 0.0:
        return Opinion.vacuous(params.claim_base_rate)
    b = sum(w * c.opinion.b for w, c in zip(weights, claims, strict=True)) / total
    d = sum(w * c.opinion.d for w, c in zip(weights, claims, strict=True)) / total
    b, d = min(1.0, max(0.0, b)), min(1.0, max(0.0, d))
    d = min(d, 1.0 - b)
    return Opinion(b, d, max(0.0, 1.0 - b - d), params.claim_base_rate)
