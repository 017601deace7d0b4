"""Opinions: the invariant, constructors, discount and cumulative fusion, edge cases."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from service.scoring.opinion import Opinion, cumulative_fusion


@st.composite
def opinions(draw: st.DrawFn, min_u: float = 0.0) -> Opinion:
    u = draw(st.floats(min_value=min_u, max_value=1.0))
    b = draw(st.floats(min_value=0.0, max_value=1.0)) * (1.0 - u)
    a = draw(st.floats(min_value=0.0, max_value=1.0))
    return Opinion(b, max(0.0, 1.0 - u - b), u, a)


def assert_valid(o: Opinion) -> None:
    for x in (o.b, o.d, o.u, o.a, o.projected):
        assert not math.isnan(x)
        assert 0.0 <= x <= 1.0
    assert o.b + o.d + o.u == pytest.approx(1.0, abs=1e-9)


def test_invariant_is_enforced() -> None:
    with pytest.raises(ValueError, match="b \\+ d \\+ u"):
        Opinion(0.5, 0.5, 0.1)
    with pytest.raises(ValueError, match="finite"):
        Opinion(math.nan, 0.5, 0.5)
    with pytest.raises(ValueError, match=r"\[0, 1\]"):
        Opinion(1.2, -0.2, 0.0)
    with pytest.raises(ValueError, match=r"\[0, 1\]"):
        Opinion(0.5, 0.5, 0.0, a=1.5)


def test_float_noise_is_clamped() -> None:
    o = Opinion(0.1 + 0.2, 0.7, -1e-12)
    assert o.u == 0.0
    assert_valid(o)


def test_projected_probability() -> None:
    assert Opinion(0.44, 0.36, 0.2, 0.5).projected == pytest.approx(0.54)
    assert Opinion.vacuous(0.3).projected == pytest.approx(0.3)
    assert Opinion.dogmatic(0.8).projected == pytest.approx(0.8)


def test_from_rating_matches_design() -> None:
    o = Opinion.from_rating(0.55, 8.0, a=0.5)
    assert (o.b, o.d, o.u) == pytest.approx((0.44, 0.36, 0.2))
    assert Opinion.from_rating(0.9, 0.0, a=0.4) == Opinion.vacuous(0.4)


def test_from_evidence_survives_bad_input() -> None:
    for r, s in ((math.inf, 1.0), (math.nan, -3.0), (-1.0, -1.0), (1e308, 1e308)):
        assert_valid(Opinion.from_evidence(r, s, weight=math.nan))


def test_assertion_caps_belief() -> None:
    assert Opinion.assertion(8.0).b == pytest.approx(0.8)
    assert Opinion.assertion(8.0).d == 0.0


def test_probability_sensitive_discount() -> None:
    x = Opinion.assertion(8.0, a=0.3)
    out = x.discount(0.5)
    assert (out.b, out.d, out.u, out.a) == pytest.approx((0.4, 0.0, 0.6, 0.3))
    trust = Opinion(0.44, 0.36, 0.2, 0.5)
    assert x.discount(trust).b == pytest.approx(0.8 * 0.54)


def test_uncertainty_favouring_discount_uses_belief_only() -> None:
    x = Opinion(0.6, 0.2, 0.2)
    out = x.discount_uncertainty_favouring(Opinion(0.5, 0.1, 0.4))
    assert (out.b, out.d, out.u) == pytest.approx((0.3, 0.1, 0.6))


def test_cumulative_fusion_adds_evidence() -> None:
    a, b = Opinion.assertion(8.0), Opinion.assertion(2.0)
    fused = a.fuse(b)
    assert fused.b == pytest.approx(10.0 / 12.0)
    assert fused == cumulative_fusion([b, a])


def test_fusion_with_design_formula() -> None:
    parts = [Opinion(0.4, 0.0, 0.6), Opinion(0.3, 0.0, 0.7)]
    big_r = sum(2 * o.b / o.u for o in parts)
    assert cumulative_fusion(parts).b == pytest.approx(big_r / (big_r + 2))


def test_fusion_edge_cases() -> None:
    assert cumulative_fusion([]) == Opinion.vacuous()
    vac = Opinion.vacuous(0.2)
    x = Opinion(0.5, 0.1, 0.4, 0.7)
    assert cumulative_fusion([vac, x]) == pytest.approx(x) or cumulative_fusion([vac, x]).b == (
        pytest.approx(x.b)
    )
    assert cumulative_fusion([vac, vac]).a == pytest.approx(0.2)
    dogmatic = Opinion.dogmatic(0.9)
    fused = cumulative_fusion([dogmatic, x])
    assert (fused.b, fused.u) == pytest.approx((0.9, 0.0))
    both = cumulative_fusion([Opinion.dogmatic(0.9), Opinion.dogmatic(0.5)])
    assert (both.b, both.d, both.u) == pytest.approx((0.7, 0.3, 0.0))
    nearly = cumulative_fusion([Opinion(1 - 1e-300, 0.0, 1e-300), x])
    assert_valid(nearly)


@given(opinions(), opinions())
def test_discount_stays_valid(x: Opinion, trust: Opinion) -> None:
    assert_valid(x.discount(trust))
    assert_valid(x.discount(trust.projected))
    assert_valid(x.discount_uncertainty_favouring(trust))


@given(st.lists(opinions(), max_size=6))
def test_fusion_stays_valid(items: list[Opinion]) -> None:
    assert_valid(cumulative_fusion(items))


@given(opinions(min_u=1e-6), opinions(min_u=1e-6), opinions(min_u=1e-6))
def test_fusion_is_commutative_and_associative(x: Opinion, y: Opinion, z: Opinion) -> None:
    left = x.fuse(y).fuse(z)
    flat = cumulative_fusion([z, x, y])
    assert (left.b, left.d, left.u) == pytest.approx((flat.b, flat.d, flat.u), abs=1e-9)


@given(st.floats(0.0, 1.0), st.floats(0.0, 1e6), st.floats(0.0, 1.0))
def test_rating_opinion_valid_for_any_evidence(q: float, n: float, a: float) -> None:
    o = Opinion.from_rating(q, n, a)
    assert_valid(o)
    assert o.u > 0.0
