"""Binomial opinions of subjective logic (Jøsang, *Subjective Logic*, 2016).

An opinion (b, d, u, a) holds belief, disbelief, uncertainty (b + d + u = 1) and a base rate a;
its projected probability is P = b + a·u. Every operator here returns a valid opinion for every
valid input, dogmatic ones (u = 0) included: no NaN, no ZeroDivisionError.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

TOLERANCE = 1e-9
"""How far b + d + u may stray from 1 (and each from [0, 1]) through float arithmetic."""

DOGMATIC_U = 1e-12
"""Below this an opinion is treated as dogmatic: its evidence 2/u would overflow."""

DEFAULT_PRIOR_WEIGHT = 2.0


def _clamp(x: float) -> float:
    return 0.0 if x < 0.0 else 1.0 if x > 1.0 else x


def _finite_unit(name: str, value: float) -> float:
    if value.__class__ is float and 0.0 <= value <= 1.0:
        return value  # the common case, checked first: NaN and infinities fail this test
    if not isinstance(value, int | float) or math.isnan(value) or math.isinf(value):
        raise ValueError(f"{name} must be a finite number, got {value!r}")
    if value < -TOLERANCE or value > 1.0 + TOLERANCE:
        raise ValueError(f"{name} must lie in [0, 1], got {value!r}")
    return _clamp(float(value))


@dataclass(frozen=True)
class Opinion:
    """A binomial opinion; construction validates and clamps float noise away."""

    b: float
    d: float
    u: float
    a: float = 0.5

    def __post_init__(self) -> None:
        b, d, u, a = self.b, self.d, self.u, self.a
        if (
            b.__class__ is float and d.__class__ is float and u.__class__ is float
            and a.__class__ is float and 0.0 <= b <= 1.0 and 0.0 <= d <= 1.0 and 0.0 <= u <= 1.0
            and 0.0 <= a <= 1.0 and -TOLERANCE <= b + d + u - 1.0 <= TOLERANCE
        ):
            return  # the common case: valid floats, nothing to clamp (NaN fails every test)
        b = _finite_unit("b", self.b)
        d = _finite_unit("d", self.d)
        u = _finite_unit("u", self.u)
        a = _finite_unit("a", self.a)
        if abs(b + d + u - 1.0) > TOLERANCE:
            raise ValueError(f"b + d + u must be 1, got {b} + {d} + {u} = {b + d + u}")
        object.__setattr__(self, "b", b)
        object.__setattr__(self, "d", d)
        object.__setattr__(self, "u", u)
        object.__setattr__(self, "a", a)

    # -- constructors ---------------------------------------------------------------------------

    @classmethod
    def vacuous(cls, a: float = 0.5) -> Opinion:
        """Total ignorance: u = 1, P = a."""
        return cls(0.0, 0.0, 1.0, a)

    @classmethod
    def dogmatic(cls, p: float, a: float = 0.5) -> Opinion:
        """Certainty about a probability: u = 0, b = p."""
        p = _finite_unit("p", p)
        return cls(p, 1.0 - p, 0.0, a)

    @classmethod
    def from_evidence(
        cls, r: float, s: float, a: float = 0.5, weight: float = DEFAULT_PRIOR_WEIGHT
    ) -> Opinion:
        """Beta evidence r (for) and s (against) with prior weight W: u = W/(r+s+W)."""
        r = max(0.0, r) if math.isfinite(r) else 0.0
        s = max(0.0, s) if math.isfinite(s) else 0.0
        weight = weight if math.isfinite(weight) and weight > 0.0 else DEFAULT_PRIOR_WEIGHT
        scale = max(r, s, weight)
        r, s, w = r / scale, s / scale, weight / scale
        total = r + s + w
        return cls(r / total, s / total, w / total, a)

    @classmethod
    def from_rating(
        cls, q: float, n: float, a: float = 0.5, weight: float = DEFAULT_PRIOR_WEIGHT
    ) -> Opinion:
        """A reliability q worth n observations: b = qn/(n+W), d = (1−q)n/(n+W), u = W/(n+W)."""
        q = _finite_unit("q", q)
        return cls.from_evidence(q * n, (1.0 - q) * n, a, weight)

    @classmethod
    def assertion(
        cls, evidence: float, a: float = 0.5, weight: float = DEFAULT_PRIOR_WEIGHT
    ) -> Opinion:
        """A source asserting a claim, worth ``evidence`` observations: d = 0."""
        return cls.from_evidence(evidence, 0.0, a, weight)

    # -- derived quantities ---------------------------------------------------------------------

    @property
    def projected(self) -> float:
        """Projected probability P = b + a·u."""
        return _clamp(self.b + self.a * self.u)

    def evidence(self, weight: float = DEFAULT_PRIOR_WEIGHT) -> tuple[float, float]:
        """(r, s) = (W·b/u, W·d/u); infinite for a dogmatic opinion."""
        if self.u < DOGMATIC_U:
            return (math.inf if self.b > 0 else 0.0, math.inf if self.d > 0 else 0.0)
        return weight * self.b / self.u, weight * self.d / self.u

    # -- operators ------------------------------------------------------------------------------

    def discount(self, trust: Opinion | float) -> Opinion:
        """Probability-sensitive trust discount (Jøsang 2016, def. 14.6) of this opinion.

        With P the projected probability of ``trust`` (or ``trust`` itself when a number):
        b = P·b_x, d = P·d_x, u = 1 − b − d, a = a_x.
        """
        p = trust.projected if isinstance(trust, Opinion) else _finite_unit("trust", trust)
        b, d = p * self.b, p * self.d
        return Opinion(b, d, _clamp(1.0 - b - d), self.a)

    def discount_uncertainty_favouring(self, trust: Opinion) -> Opinion:
        """The older discount (Jøsang 2016, def. 14.5): b = b_t·b_x, d = b_t·d_x, u = rest."""
        b, d = trust.b * self.b, trust.b * self.d
        return Opinion(b, d, _clamp(1.0 - b - d), self.a)

    def fuse(self, other: Opinion) -> Opinion:
        """Cumulative fusion of two opinions from independent sources."""
        return cumulative_fusion((self, other))


def cumulative_fusion(opinions: Iterable[Opinion], weight: float = DEFAULT_PRIOR_WEIGHT) -> Opinion:
    """Cumulative fusion of any number of independent opinions (Jøsang 2016, 12.3).

    Evidence adds: r = W·b/u and s = W·d/u are summed, then b = R/(R+S+W), d = S/(R+S+W),
    u = W/(R+S+W). The base rate is the evidence-weighted mean of the base rates (the mean when
    all are vacuous). Dogmatic opinions (u = 0) carry infinite evidence: when any is present the
    result is their plain average with u = 0 (the limit of the formula, Jøsang's eq. 12.15).
    An empty input fuses to a vacuous opinion.
    """
    items = list(opinions)
    if not items:
        return Opinion.vacuous()
    dogmatic = [o for o in items if o.u < DOGMATIC_U]
    if dogmatic:
        n = len(dogmatic)
        b = sum(o.b for o in dogmatic) / n
        a = sum(o.a for o in dogmatic) / n
        return Opinion(b, _clamp(1.0 - b), 0.0, a)
    r = sum(weight * o.b / o.u for o in items)
    s = sum(weight * o.d / o.u for o in items)
    total = r + s + weight
    b, d = r / total, s / total
    spans = [(1.0 - o.u) / o.u for o in items]
    mass = sum(spans)
    a = (
        sum(o.a * w for o, w in zip(items, spans, strict=True)) / mass
        if mass > 0.0
        else sum(o.a for o in items) / len(items)
    )
    return Opinion(b, d, weight / total, _clamp(a))
