"""How the article labels move when each label parameter moves, on the dev part of the sets.

    .venv/bin/python bench/label_sensitivity.py [--corpus-dir DIR]

For each parameter of `service/scoring/label.py` (in `service/scoring/params.py`), the value
moved down and up, the agreement with the readers' labels on the PolNeAR and wire dev articles
(exact agreement and quadratic weighted kappa) and how many articles change label. Only the dev
part is used: these are the figures a parameter may be chosen on; the held-out part is reported
by `bench/validity.py` for the values chosen.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "devsets"))

from merge import LABELS, cohen_kappa  # noqa: E402

from bench.validity import DEVSETS, Articles, read_jsonl  # noqa: E402
from service import scoring  # noqa: E402
from service.attribution import extract  # noqa: E402
from service.scoring.params import DEFAULT_PARAMS, ModelParams  # noqa: E402
from service.scoring.priors import DEFAULT_PRIORS  # noqa: E402

MOVES: dict[str, tuple[Any, ...]] = {
    "weak_share_mixed": (0.25, 0.31, 0.35, 0.45),
    "weak_share_unsupported": (0.4, 0.6),
    "vague_share_unsupported": (0.25, 0.34, 0.4),
    "rumour_max_claims": (12, 20),
    "min_claims_for_share": (4, 6, 10),
    "named_body_origins": (2, 5),
    "author_voice_mixed": (0.08, 0.16),
    "unattributed_mixed": (0.65, 0.85),
    "threshold_well_sourced": (0.55, 0.65),
    "threshold_mixed": (0.30, 0.40),
    "threshold_weakly_sourced": (0.10, 0.20),
}


def dev_articles(corpus: Path) -> list[tuple[str, dict[str, Any], str | None, str]]:
    """(set, extraction, headline, readers' label) of every dev article with an agreed label."""
    out = []
    articles = Articles(corpus)
    if corpus.is_dir():
        for item in read_jsonl(DEVSETS / "articles" / "gold.jsonl"):
            if item["split"] == "dev":
                text, result, shift = articles.get(item)
                out.append(("PolNeAR", result.to_dict(), text[:shift - 1] if shift else None,
                            item["label"]))
    for gold in read_jsonl(DEVSETS / "wire" / "gold.jsonl"):
        if gold["split"] == "dev" and gold.get("label"):
            raw = (DEVSETS / "wire" / "articles" / f"{gold['id']}.txt").read_text(
                encoding="utf-8")
            headline, _, body = raw.partition("\n")
            found = extract(body.lstrip("\n"), headline=headline,
                            directory=articles.directory).to_dict()
            out.append(("wire", found, headline, gold["label"]))
    return out


def labels(items: list[tuple[str, dict[str, Any], str | None, str]], params: ModelParams
           ) -> list[str]:
    return [scoring.score_extraction(found, headline=headline, priors=DEFAULT_PRIORS,
                                     params=params)["score"]["label"].replace(" ", "_")
            for _, found, headline, _ in items]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus-dir", default=str(ROOT.parent / "shared" / "reference"
                                                    / "polnear"))
    args = parser.parse_args(argv)
    items = dev_articles(Path(args.corpus_dir))
    base = labels(items, DEFAULT_PARAMS)
    print(f"{len(items)} dev articles; readers' labels against the service's\n")
    print("| change | PolNeAR exact / QWK | wire exact / QWK | labels that change |")
    print("|---|---|---|---|")
    rows: list[tuple[str, ModelParams]] = [("(as shipped)", DEFAULT_PARAMS)]
    for name, values in MOVES.items():
        for value in values:
            now = getattr(DEFAULT_PARAMS, name)
            rows.append((f"{name} {now} → {value}", dataclasses.replace(
                DEFAULT_PARAMS, **{name: value})))
    for title, params in rows:
        said = base if params is DEFAULT_PARAMS else labels(items, params)
        cells = []
        for which in ("PolNeAR", "wire"):
            pairs = [(item[3], s) for item, s in zip(items, said, strict=True)
                     if item[0] == which]
            want, got = [p[0] for p in pairs], [p[1] for p in pairs]
            exact = sum(w == g for w, g in pairs) / len(pairs) if pairs else 0.0
            qwk = cohen_kappa(want, got, LABELS, quadratic=True) if pairs else 0.0
            cells.append(f"{exact:.3f} / {qwk:.3f}")
        changed = sum(a != b for a, b in zip(base, said, strict=True))
        print(f"| {title} | {cells[0]} | {cells[1]} | {changed} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
