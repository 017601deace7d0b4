"""How the seed article's claim ranking moves when each scoring parameter moves.

Loads the hand-built seed extraction (bench/seed_extraction.json), scores it with the default
parameters, then again with each parameter, kind prior and key outlet rating nudged by ±0.1
(counts and weights, whose scale is not [0, 1], by ±10 %), and prints a Markdown table: the
ranking of claims by support (weakest first; '=' joins ties), the pairs whose order flipped, and
the article's support and label. Run: .venv/bin/python bench/score_sensitivity.py
"""

from __future__ import annotations

import copy
import dataclasses
import itertools
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from service.scoring import DEFAULT_PARAMS, DEFAULT_PRIORS, KindPrior, ModelParams
from service.scoring import score_extraction_detail as score

SEED = Path(__file__).resolve().parent / "seed_extraction.json"
UNIT = {
    "relay_leniency",
    "relay_leniency_described",
    "claim_base_rate",
    "threshold_well_sourced",
    "threshold_mixed",
    "threshold_weakly_sourced",
}


def ranking(article: Any) -> list[tuple[str, float]]:
    return sorted(((c.id, round(c.opinion.b, 4)) for c in article.claims), key=lambda x: x[1])


def show(rank: list[tuple[str, float]]) -> str:
    groups = itertools.groupby(rank, key=lambda x: x[1])
    return " < ".join("=".join(cid for cid, _ in group) for _, group in groups)


def flips(base: list[tuple[str, float]], new: list[tuple[str, float]]) -> str:
    b, n = dict(base), dict(new)
    out = []
    for x, y in itertools.combinations([cid for cid, _ in base], 2):
        if (b[x] < b[y] and n[x] > n[y]) or (b[x] > b[y] and n[x] < n[y]):
            out.append(f"{x}↔{y}")
    return ", ".join(out) or "—"


def run(extraction: Mapping[str, Any], params: ModelParams, priors: Mapping[str, KindPrior]) -> Any:
    return score(extraction, headline=extraction["headline"], priors=priors, params=params)


def main() -> None:
    extraction = json.loads(SEED.read_text(encoding="utf-8"))
    base_article = run(extraction, DEFAULT_PARAMS, DEFAULT_PRIORS)
    base = ranking(base_article)
    print("Baseline claims (weakest first):\n")
    print("| claim | position | support | text |")
    print("|---|---|---|---|")
    for c in sorted(base_article.claims, key=lambda c: c.opinion.b):
        print(f"| {c.id} | {c.position} | {c.opinion.b:.4f} | {c.text[:60]} |")
    print(
        f"\nArticle: support {base_article.opinion.b:.4f}, label '{base_article.label}'. "
        f"Ranking: {show(base)}\n"
    )
    print("| change | ranking (weakest first) | order flips | article | label |")
    print("|---|---|---|---|---|")

    Case = tuple[str, ModelParams, Mapping[str, KindPrior], Mapping[str, Any]]
    cases: list[Case] = []
    for f in dataclasses.fields(ModelParams):
        value = getattr(DEFAULT_PARAMS, f.name)
        if isinstance(value, bool) or not isinstance(value, int | float):
            continue
        steps = (-0.1, 0.1) if f.name in UNIT else (-0.1 * value, 0.1 * value)
        for step in steps:
            new = round(value + step, 6)
            changes: dict[str, Any] = {f.name: new}
            params = dataclasses.replace(DEFAULT_PARAMS, **changes)
            cases.append((f"{f.name} {value:g} → {new:g}", params, DEFAULT_PRIORS, extraction))
    for kind, prior in DEFAULT_PRIORS.items():
        for step in (-0.1, 0.1):
            new = round(min(1.0, max(0.0, prior.prior + step)), 6)
            priors: Mapping[str, KindPrior] = {
                **DEFAULT_PRIORS,
                kind: KindPrior(new, prior.evidence),
            }
            label = f"prior {kind} {prior.prior:g} → {new:g}"
            cases.append((label, DEFAULT_PARAMS, priors, extraction))
    for name in ("New York Post", "Channel One Russia", "Council on Foreign Relations"):
        for step in (-0.1, 0.1):
            changed = copy.deepcopy(extraction)
            old = 0.0
            for chain in changed["chains"]:
                for h in chain["hops"]:
                    outlet = h.get("outlet")
                    if outlet and outlet.get("name") == name:
                        old = outlet["reliability"]
                        outlet["reliability"] = round(old + step, 6)
            label = f"rating {name} {old:g} → {old + step:g}"
            cases.append((label, DEFAULT_PARAMS, DEFAULT_PRIORS, changed))
    for label, case_params, case_priors, case_extraction in cases:
        article = run(case_extraction, case_params, case_priors)
        new_rank = ranking(article)
        print(
            f"| {label} | {show(new_rank)} | {flips(base, new_rank)} | {article.opinion.b:.4f} "
            f"| {article.label} |"
        )


if __name__ == "__main__":
    main()
