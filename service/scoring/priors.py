"""Source kinds and their priors (the source-kinds table; the service passes its own copy)."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

# The one vocabulary of source kinds, shared with the ratings table's priors.
from service.ratings.model import SOURCE_KINDS as SOURCE_KINDS

UNNAMED_KINDS = frozenset({"anonymous", "anonymous_described", "vague"})
"""Nodes nobody can check: they always add their own hop at their prior, never get leniency."""

NAMED_KINDS = frozenset({"named_person", "named_official", "named_expert"})
"""A person or body the reader can place by name (the attribution package keeps its own copy,
`entity_table.NAMED_KINDS`: it depends on no other package of the service)."""

DESCRIBED_KINDS = frozenset({"anonymous_described", "unnamed_outlet"})
"""Next nodes a reader can partly place (a described source, an outlet's country and type)."""

OUTLET_KINDS = frozenset({"outlet", "unnamed_outlet", "state_affiliated_outlet"})

FALLBACK_PRIOR = 0.3
"""Prior for a kind missing from the table: as low as a vague attribution, never a bonus."""


@dataclass(frozen=True)
class KindPrior:
    """A kind's prior reliability; ``evidence`` (rating sets) makes its nodes non-vacuous."""

    prior: float
    evidence: float | None = None


DEFAULT_PRIORS: Mapping[str, KindPrior] = {
    "publisher": KindPrior(0.70),
    "outlet": KindPrior(0.50),
    "unnamed_outlet": KindPrior(0.40),
    "state_affiliated_outlet": KindPrior(0.15),
    "named_official": KindPrior(0.65),
    "named_expert": KindPrior(0.70),
    "named_person": KindPrior(0.50),
    "document": KindPrior(0.75),
    "anonymous_described": KindPrior(0.30),
    "anonymous": KindPrior(0.20),
    "vague": KindPrior(0.30),
}


def _unit(value: Any, default: float) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return default
    if math.isnan(number):
        return default
    return min(1.0, max(0.0, number))


def normalise_priors(priors: Mapping[str, Any]) -> dict[str, KindPrior]:
    """Accept ``KindPrior``, ``{"prior": x, "evidence": n}``, an object with ``.prior``, a float."""
    result: dict[str, KindPrior] = {}
    for kind, entry in priors.items():
        if isinstance(entry, KindPrior):
            result[kind] = KindPrior(_unit(entry.prior, FALLBACK_PRIOR), entry.evidence)
            continue
        if isinstance(entry, Mapping):
            prior, evidence = entry.get("prior"), entry.get("evidence")
        elif hasattr(entry, "prior"):
            prior, evidence = entry.prior, getattr(entry, "evidence", None)
        else:
            prior, evidence = entry, None
        sets = None if evidence is None else _unit_free(evidence)
        result[str(kind)] = KindPrior(_unit(prior, FALLBACK_PRIOR), sets)
    return result


def _unit_free(value: Any) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    if math.isnan(number):
        return None
    return max(0.0, number)
