"""Figures in the docs come from the code: the worked example in docs/scoring.md is generated
by bench/scoring_doc.py, and this test fails when the committed block has drifted."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("scoring_doc", REPO / "bench" / "scoring_doc.py")
assert spec is not None and spec.loader is not None
scoring_doc = importlib.util.module_from_spec(spec)
spec.loader.exec_module(scoring_doc)


@pytest.mark.skipif(not scoring_doc.SEED.exists(),
                    reason="the example article (shared/examples) is not beside the repo")
def test_worked_example_in_scoring_doc_matches_the_code() -> None:
    doc = (REPO / "docs" / "scoring.md").read_text(encoding="utf-8")
    start, end = doc.index(scoring_doc.START), doc.index(scoring_doc.END) + len(scoring_doc.END)
    assert doc[start:end] == scoring_doc.block(), (
        "docs/scoring.md drifted: run `.venv/bin/python bench/scoring_doc.py --write`")


def test_the_example_keeps_its_shape() -> None:
    if not scoring_doc.SEED.exists():
        pytest.skip("the example article (shared/examples) is not beside the repo")
    result = scoring_doc.score_seed()
    assert result["score"]["label"] == "weakly sourced"
    supports = {c["id"]: c["support"] for c in result["claims"] if c["chains"][0]["hops"][1:]}
    headline = next(c for c in result["claims"] if c["position"] == "headline")
    assert headline["support"] == min(supports.values())
    strongest = max(result["claims"], key=lambda c: c["support"])
    best = max(strongest["chains"], key=lambda c: c.get("strength", 0.0))
    assert best["hops"][-1]["entity"] == "cfr.org"
