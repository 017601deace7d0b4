"""Scoring: how well an article's claims are sourced (subjective logic over attribution chains).

``score_extraction`` turns the attribution extraction (the /v1/attributions contract) into the
score, summary, flags and per-claim detail of the /score response. The maths is in
``docs/scoring.md``; every parameter is in ``params``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .explain import hop_why, summary
from .flags import (
    article_flags,
    claim_flags,
    is_backed_in_paragraph,
    is_confirmed_central,
    is_group_opinion,
    is_headline_summary,
    is_minor_vague_claim,
    is_own_experience,
    is_trade_forecast,
    is_what_a_source_did_not_know,
)
from .label import judge_article
from .model import ScoredArticle, ScoredChain, ScoredClaim, mean_support, score_claims
from .opinion import Opinion, cumulative_fusion
from .params import DEFAULT_PARAMS, MODEL_VERSION, ModelParams
from .priors import DEFAULT_PRIORS, SOURCE_KINDS, KindPrior, normalise_priors

__all__ = [
    "DEFAULT_PARAMS",
    "DEFAULT_PRIORS",
    "MODEL_VERSION",
    "SOURCE_KINDS",
    "KindPrior",
    "ModelParams",
    "Opinion",
    "cumulative_fusion",
    "score_extraction",
    "score_extraction_detail",
]

DECIMALS = 4


def score_extraction_detail(
    extraction: Mapping[str, Any],
    *,
    headline: str | None,
    priors: Mapping[str, Any],
    params: ModelParams = DEFAULT_PARAMS,
    publisher: Mapping[str, Any] | None = None,
) -> ScoredArticle:
    """The scored article as unrounded objects (for benches and tests)."""
    kind_priors = normalise_priors(priors)
    claims = score_claims(
        extraction, headline=headline, priors=kind_priors, params=params, publisher=publisher
    )
    for claim in claims:
        claim.flags = claim_flags(claim, params)
    text = str(extraction.get("text") or "")
    opinion, label = judge_article(claims, mean_support(claims, params), params, text)
    for claim in claims:
        claim.flags = [f for f in claim.flags if not is_trade_forecast(claim, f) and not (
            is_own_experience(claim, f)) and not is_group_opinion(claim, f) and not (
            is_what_a_source_did_not_know(claim, f)) and not (
            is_minor_vague_claim(claim, f, label)) and not (
            is_backed_in_paragraph(claim, f, claims, text))]
    for claim in claims:
        claim.flags = [f for f in claim.flags if not is_headline_summary(claim, f, claims) and (
            not is_confirmed_central(claim, f, claims, text))]
    article = ScoredArticle(claims, opinion, label, article_flags(claims))
    article.summary = summary(article, params)
    return article


def score_extraction(
    extraction: Mapping[str, Any],
    *,
    headline: str | None,
    priors: Mapping[str, Any],
    params: ModelParams = DEFAULT_PARAMS,
    publisher: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Score an attribution extraction; see the module docstring and ``docs/scoring.md``.

    ``priors`` maps each source kind to a ``KindPrior``, a ``{"prior": x}`` dict or a number.
    ``publisher`` is the publisher's outlet record, used for a publisher hop that carries none.
    """
    article = score_extraction_detail(
        extraction, headline=headline, priors=priors, params=params, publisher=publisher
    )
    chains: dict[tuple[Any, ...], dict[str, Any]] = {}
    return {
        "score": {
            "support": _round(article.opinion.b),
            "uncertainty": _round(article.opinion.u),
            "probability": _round(article.opinion.projected),
            "label": article.label,
        },
        "summary": article.summary,
        "flags": article.flags,
        "claims": [_claim(c, params, chains) for c in article.claims],
        "model_version": MODEL_VERSION,
    }


def _round(x: float) -> float:
    return round(float(x), DECIMALS) + 0.0


def _claim(
    claim: ScoredClaim, params: ModelParams, memo: dict[tuple[Any, ...], dict[str, Any]]
) -> dict[str, Any]:
    best = claim.best_chain
    return {
        "id": claim.id,
        "field": claim.field,
        "start": claim.start,
        "end": claim.end,
        "text": claim.text,
        "position": claim.position,
        "support": _round(claim.opinion.b),
        "uncertainty": _round(claim.opinion.u),
        "strength": _round(best.strength if best else 0.0),
        "chains": [_chain_once(c, params, memo) for c in claim.chains],
        "flags": claim.flags,
    }


def _chain_once(
    chain: ScoredChain, params: ModelParams, memo: dict[tuple[Any, ...], dict[str, Any]]
) -> dict[str, Any]:
    """``_chain``, computed once per article for chains whose hops read alike.

    A chain's figures and words depend only on what each hop says (role, kind, names, the outlet
    record), never on where in the text it was found, and an article repeats its chains: every
    quote of one speaker relayed by one outlet gives the same chain. The outlet record is keyed
    by identity (the memo lives for one response; the chains keep the records alive)."""
    key = tuple(
        (h.hop.role, h.hop.entity, h.hop.kind, id(h.hop.outlet), h.hop.description,
         h.hop.country, h.hop.source_text, h.hop.name)
        for h in chain.hops
    )
    found = memo.get(key)
    if found is None:
        found = memo[key] = _chain(chain, params)
    return {"hops": [dict(hop) for hop in found["hops"]], "strength": found["strength"],
            "origin": found["origin"]}


def _chain(chain: ScoredChain, params: ModelParams) -> dict[str, Any]:
    hops = []
    for h in chain.hops:
        item: dict[str, Any] = {
            "role": h.hop.role,
            "entity": h.hop.entity,
            "kind": h.hop.kind,
            "source_text": h.hop.source_text,
        }
        if h.hop.outlet is not None:
            item["outlet"] = dict(h.hop.outlet)
            if h.rated:
                item["rating"] = _round(float(h.hop.outlet["reliability"]))
        item["p"] = _round(h.p)
        item["why"] = hop_why(h, chain.hops, params)
        hops.append(item)
    return {"hops": hops, "strength": _round(chain.strength), "origin": chain.origin}
