"""Properties of the model over generated chains (hypothesis).

* raising any hop's rating never lowers a claim's support (nor the article's);
* adding a hop never raises a chain — for a hop added in front of the chain, or before any node
  at least as checkable as itself (named > described > bare anonymous or vague). Naming an
  intermediary in front of a less checkable node can raise a chain, because the relay before it
  now names its source and earns leniency: that is the design's intent, so it is left out;
* repeating a chain with the same origin adds nothing;
* an independent corroboration always adds;
* b + d + u = 1 everywhere; no NaN and no exception for any rating in [0, 1] and any evidence.
"""

from __future__ import annotations

import copy
import math
from typing import Any

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from service.scoring import DEFAULT_PRIORS, ModelParams, score_extraction, score_extraction_detail
from service.scoring.model import ScoredArticle
from service.scoring.priors import SOURCE_KINDS

NAMED = ("outlet", "named_official", "named_expert", "named_person", "document")
UNNAMED = ("anonymous", "anonymous_described", "vague")
KINDS = (*NAMED, *UNNAMED, "unnamed_outlet", "state_affiliated_outlet")
AFFILIATIONS = ("none", "independent_public", "state_funded", "state_controlled", "captured")
PUBLISHER = {"role": "publisher", "attribution": None, "entity": "The Daily", "kind": "publisher"}

ratings = st.one_of(st.none(), st.floats(0.0, 1.0), st.sampled_from([0.0, 1.0]))
evidence = st.one_of(
    st.none(),
    st.floats(0.0, 1e6),
    st.sampled_from([0, -1, math.inf, math.nan, 1e300]),
)
priors = st.one_of(
    st.just(DEFAULT_PRIORS),
    st.fixed_dictionaries({k: st.floats(0.0, 1.0) for k in SOURCE_KINDS}),
)


@st.composite
def hops(draw: st.DrawFn, kinds: tuple[str, ...] = KINDS, role: str = "relay") -> dict[str, Any]:
    kind = draw(st.sampled_from(kinds))
    name = draw(st.sampled_from(["Alpha", "Beta", "Gamma", "Delta"]))
    hop: dict[str, Any] = {"role": role, "attribution": None, "entity": name, "kind": kind}
    if kind in ("outlet", "state_affiliated_outlet") and draw(st.booleans()):
        hop["outlet"] = {
            "domain": f"{name.lower()}.example",
            "name": name,
            "reliability": draw(ratings),
            "state_affiliation": draw(st.sampled_from(AFFILIATIONS)),
        }
        e = draw(evidence)
        if e is not None:
            hop["outlet"]["evidence"] = e
    if kind == "anonymous_described":
        hop["description"] = draw(st.sampled_from(["official", "diplomat"]))
    return hop


@st.composite
def chains(draw: st.DrawFn) -> list[dict[str, Any]]:
    middle = draw(st.lists(hops(), max_size=3))
    if draw(st.booleans()):
        venue = draw(hops(kinds=("outlet", "state_affiliated_outlet"), role="venue"))
        speaker = draw(hops(kinds=NAMED, role="speaker"))
        middle += [venue, speaker]
    return [*middle, draw(hops(role="origin"))]


def extraction(*chain_list: list[dict[str, Any]], field: str = "text") -> dict[str, Any]:
    return {
        "text": "Claim one.\n\nClaim two.",
        "attributions": [],
        "chains": [
            {"claim": {"field": field, "start": 0, "end": 5}, "hops": [PUBLISHER, *c]}
            for c in chain_list
        ],
    }


def run(ex: dict[str, Any], kind_priors: Any = DEFAULT_PRIORS) -> ScoredArticle:
    return score_extraction_detail(ex, headline="Headline", priors=kind_priors)


def support(ex: dict[str, Any], kind_priors: Any = DEFAULT_PRIORS) -> float:
    return run(ex, kind_priors).claims[0].opinion.b


def strength(chain: list[dict[str, Any]], kind_priors: Any = DEFAULT_PRIORS) -> float:
    return run(extraction(chain), kind_priors).claims[0].chains[0].strength


EPS = 1e-12


@given(st.lists(chains(), min_size=1, max_size=3), priors, st.data())
def test_raising_a_rating_never_lowers_support(
    chain_list: list[list[dict[str, Any]]], kind_priors: Any, data: st.DataObject
) -> None:
    rated = [
        (i, j)
        for i, c in enumerate(chain_list)
        for j, h in enumerate(c)
        if isinstance(h.get("outlet"), dict) and h["outlet"]["reliability"] is not None
    ]
    assume(rated)
    i, j = data.draw(st.sampled_from(rated))
    raised = copy.deepcopy(chain_list)
    q = raised[i][j]["outlet"]["reliability"]
    raised[i][j]["outlet"]["reliability"] = data.draw(st.floats(q, 1.0))
    before, after = run(extraction(*chain_list), kind_priors), run(extraction(*raised), kind_priors)
    assert after.claims[0].opinion.b >= before.claims[0].opinion.b - EPS
    assert after.opinion.b >= before.opinion.b - EPS


@given(chains(), hops(), priors)
def test_adding_a_hop_in_front_never_raises_a_chain(
    chain: list[dict[str, Any]], extra: dict[str, Any], kind_priors: Any
) -> None:
    assert strength([extra, *chain], kind_priors) <= strength(chain, kind_priors) + EPS


def openness(hop: dict[str, Any]) -> int:
    """How far a reader can check a node: bare anonymous/vague 0, described 1, named 2."""
    if hop["kind"] in ("anonymous", "vague"):
        return 0
    return 1 if hop["kind"] in ("anonymous_described", "unnamed_outlet") else 2


@given(chains(), hops(), priors, st.data())
def test_adding_a_hop_no_more_open_than_the_next_never_raises_a_chain(
    chain: list[dict[str, Any]], extra: dict[str, Any], kind_priors: Any, data: st.DataObject
) -> None:
    places = [i for i, h in enumerate(chain) if openness(extra) <= openness(h)]
    assume(places)
    at = data.draw(st.sampled_from(places))
    longer = [*chain[:at], extra, *chain[at:]]
    assert strength(longer, kind_priors) <= strength(chain, kind_priors) + EPS


@given(st.lists(chains(), min_size=1, max_size=3), priors, st.data())
def test_repeating_a_chain_adds_nothing(
    chain_list: list[list[dict[str, Any]]], kind_priors: Any, data: st.DataObject
) -> None:
    repeated = data.draw(st.sampled_from(chain_list))
    base = support(extraction(*chain_list), kind_priors)
    assert support(extraction(*chain_list, repeated), kind_priors) == base
    if repeated[-1]["kind"] in (*NAMED, "vague"):
        # a named or vague origin reached another way is the same group: the better way counts
        other_way = [data.draw(hops()), repeated[-1]]
        with_other = run(extraction(*chain_list, other_way), kind_priors).claims[0]
        groups = run(extraction(*chain_list), kind_priors).claims[0].groups
        assert set(with_other.groups) == set(groups)


@given(st.lists(chains(), min_size=1, max_size=3), st.floats(0.01, 1.0), st.integers(0, 99))
def test_independent_corroboration_always_adds(
    chain_list: list[list[dict[str, Any]]], prior: float, n: int
) -> None:
    kind_priors = {**{k: v.prior for k, v in DEFAULT_PRIORS.items()}, "named_official": prior}
    new = [
        {"role": "origin", "attribution": None, "entity": f"Witness {n}", "kind": "named_official"}
    ]
    before = support(extraction(*chain_list), kind_priors)
    assert support(extraction(*chain_list, new), kind_priors) > before


@settings(max_examples=150)
@given(
    st.lists(chains(), max_size=4),
    priors,
    st.sampled_from(["headline", "text"]),
    st.floats(0.0, 1.0),
    st.floats(0.0, 20.0),
)
def test_everything_is_a_valid_opinion(
    chain_list: list[list[dict[str, Any]]],
    kind_priors: Any,
    field: str,
    rho: float,
    a: float,
) -> None:
    params = ModelParams(relay_leniency=rho, relay_leniency_described=rho, assertion_evidence=a)
    ex = extraction(*chain_list, field=field)
    article = score_extraction_detail(ex, headline="Headline", priors=kind_priors, params=params)
    for o in [article.opinion, *(c.opinion for c in article.claims)]:
        assert abs(o.b + o.d + o.u - 1.0) < 1e-9
        assert all(0.0 <= x <= 1.0 and not math.isnan(x) for x in (o.b, o.d, o.u, o.projected))
    for claim in article.claims:
        for chain in claim.chains:
            assert 0.0 <= chain.strength <= 1.0
            for h in chain.hops:
                assert 0.0 <= h.p <= 1.0
                assert abs(h.node.b + h.node.d + h.node.u - 1.0) < 1e-9
    out = score_extraction(ex, headline="Headline", priors=kind_priors, params=params)
    assert out["summary"]
    for claim in out["claims"]:
        assert not math.isnan(claim["support"])
        assert all(h["why"] for c in claim["chains"] for h in c["hops"])
