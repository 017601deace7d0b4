"""Our operators against the independent `subjective-logic` package (tests only).

Its ``trust_discounting`` multiplies by the trust opinion's projected probability: that is the
probability-sensitive discount (Jøsang 2016, def. 14.6) the model uses, so ``Opinion.discount``
is compared with it directly. Its ``cumulative_fusion`` is Jøsang's eq. 12.14 for two
non-dogmatic opinions. The package rounds to 6 decimals and rejects two dogmatic opinions, so
the comparisons keep u away from 0 (and from 1 for the base rate, whose formula is ill-conditioned
there); our own handling of those cases is tested in test_opinion.py.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from subjective_logic import BinomialOpinion

from service.scoring import DEFAULT_PARAMS, DEFAULT_PRIORS, score_extraction_detail
from service.scoring.opinion import Opinion, cumulative_fusion

TOLERANCE = 1e-4
SEED = Path(__file__).resolve().parents[2] / "bench" / "seed_extraction.json"


@st.composite
def opinions(draw: st.DrawFn, min_u: float = 0.01, max_u: float = 1.0) -> Opinion:
    u = draw(st.floats(min_value=min_u, max_value=max_u))
    b = draw(st.floats(min_value=0.0, max_value=1.0)) * (1.0 - u)
    a = draw(st.floats(min_value=0.0, max_value=1.0))
    return Opinion(b, max(0.0, 1.0 - u - b), u, a)


def theirs(o: Opinion) -> BinomialOpinion:
    return BinomialOpinion(o.b, o.d, o.u, o.a)


def assert_same(ours: Opinion, ref: BinomialOpinion, base_rate: bool = True) -> None:
    assert ours.b == pytest.approx(ref.belief, abs=TOLERANCE)
    assert ours.d == pytest.approx(ref.disbelief, abs=TOLERANCE)
    assert ours.u == pytest.approx(ref.uncertainty, abs=TOLERANCE)
    if base_rate:
        assert ours.a == pytest.approx(ref.base_rate, abs=TOLERANCE)


@given(opinions(min_u=0.0), opinions(min_u=0.0))
def test_discount_matches_reference(x: Opinion, trust: Opinion) -> None:
    assert_same(x.discount(trust), theirs(trust).trust_discounting(theirs(x)))


@given(opinions(), opinions())
def test_fusion_matches_reference(x: Opinion, y: Opinion) -> None:
    assert_same(x.fuse(y), theirs(x).cumulative_fusion(theirs(y)), base_rate=False)


@given(opinions(max_u=0.95, min_u=0.05), opinions(max_u=0.95, min_u=0.05))
def test_fusion_base_rate_matches_reference(x: Opinion, y: Opinion) -> None:
    assert_same(x.fuse(y), theirs(x).cumulative_fusion(theirs(y)))


def test_fusion_of_vacuous_matches_reference() -> None:
    x, y = Opinion.vacuous(0.2), Opinion.vacuous(0.6)
    assert_same(x.fuse(y), theirs(x).cumulative_fusion(theirs(y)))


@given(st.lists(opinions(), min_size=1, max_size=5))
def test_n_ary_fusion_matches_folded_reference(items: list[Opinion]) -> None:
    ref = theirs(items[0])
    for o in items[1:]:
        ref = ref.cumulative_fusion(theirs(o))
    assert_same(cumulative_fusion(items), ref, base_rate=False)


def test_rating_opinion_matches_reference_evidence() -> None:
    ours = Opinion.from_rating(0.5, 8.0, a=0.5)
    assert_same(ours, BinomialOpinion.from_evidence(4, 4, base_rate=0.5))


def test_seed_claims_match_reference_operators() -> None:
    """Each seed claim's support is the package's discount of an A = 8 assertion by a trust
    opinion with P = chain strength, fused across origin groups with the package's fusion."""
    extraction = json.loads(SEED.read_text(encoding="utf-8"))
    article = score_extraction_detail(
        extraction, headline=extraction["headline"], priors=DEFAULT_PRIORS
    )
    assertion = BinomialOpinion.from_evidence(int(DEFAULT_PARAMS.assertion_evidence), 0)
    for claim in article.claims:
        refs = [
            BinomialOpinion(c.strength, 1.0 - c.strength, 0.0).trust_discounting(assertion)
            for c in claim.groups.values()
        ]
        ref = refs[0]
        for other in refs[1:]:
            ref = ref.cumulative_fusion(other)
        assert claim.opinion.b == pytest.approx(ref.belief, abs=TOLERANCE)
        assert claim.opinion.u == pytest.approx(ref.uncertainty, abs=TOLERANCE)
