"""Precision and recall of outlet names found in news text, on the team's mention set.

    .venv/bin/python bench/outlet_mentions.py [--errors] [--split NAME ...] [--table FILE]

The set (devsets/outlet_mentions/) is sentences the team wrote as news writes them, each
outlet mention marked with the domain it must resolve to, or with null where nothing may
resolve: a common word or short form ("the Post", "Sun Belt", "the Journal of ..."), a name two
outlets share. Sentences that name no outlet at all ("Michael Bloomberg said") carry no mark:
anything resolved in them is a false match. Ten splits: `dev` (the first set, used to tune),
`dev2` to `dev11` (sets written later, also open to tuning: their first figures were recorded
before any rule was chosen from them) and `heldout` (about 30 % of the first set, chosen by a
hash of the text, never looked at to choose a name or a rule). `--errors` lists the mistakes of
the open splits only, never the held-out one's, and `--split dev --split dev2 ... --split dev11`
scores the open splits alone, so tuning never needs to print a held-out figure.

What counts, per sentence, on the bundled table's `OutletDirectory.find` (what the extractor
sees): a match that resolves (not ambiguous) and overlaps a mention marked with its outlet's
domain is a hit; any other resolved match is a false match (a trap, an unmarked name, or the
wrong outlet). Precision = hits / resolved matches; recall = hits / marked mentions with a
domain. A resolved match on an unmarked body of the table (a government, NGO, think tank or
academic record: "the Kremlin said") is left out of both counts: the set is about outlets.
Targets: precision >= 0.97, recall >= 0.90.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from service.attribution import OutletDirectory  # noqa: E402
from service.ratings.model import OutletRecordSchema  # noqa: E402

SET = ROOT / "devsets" / "outlet_mentions"
#: Records that are no outlet but a body an article names ("the Kremlin", "the European
#: Commission"): found in a sentence about something else, they are neither hit nor false match.
BODIES = frozenset({"government", "ngo", "think_tank", "academic"})
BUNDLED = ROOT / "service" / "ratings" / "data" / "outlets.jsonl"
SPLITS = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10",
          "dev11", "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19",
          "heldout")
#: Splits whose mistakes may be listed and whose marks are checked on load; the held-out split is
#: only ever scored, so that no rule can be chosen by reading its sentences.
OPEN_SPLITS = frozenset(SPLITS) - {"heldout"}


def load(split: str) -> list[dict[str, Any]]:
    lines = (SET / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()
    items = [json.loads(line) for line in lines if line.strip()]
    if split in OPEN_SPLITS:
        check_marks(split, items)
    return items


def check_marks(split: str, items: list[dict[str, Any]]) -> None:
    """Fail on a mark whose code-point offsets do not cut out its own text: a hand-edited
    sentence would otherwise score against the wrong span without anyone noticing."""
    for number, item in enumerate(items, 1):
        for mark in item["mentions"]:
            if item["text"][mark["start"]:mark["end"]] != mark["text"]:
                raise SystemExit(f"{split}.jsonl line {number}: offsets {mark['start']}-"
                                 f"{mark['end']} do not cut out {mark['text']!r}")


def score(directory: OutletDirectory, items: list[dict[str, Any]], owner: dict[str, str]
          ) -> tuple[int, int, int, list[str]]:
    """Hits, resolved matches, marked mentions with a domain, and a line per mistake. A mark
    may name any domain of the outlet (``owner`` maps each to the outlet's own)."""
    hits = resolved = wanted = 0
    mistakes: list[str] = []
    bodies: list[str] = []
    for item in items:
        text = item["text"]
        marks = item["mentions"]
        wanted += sum(1 for m in marks if m["domain"])
        found = [m for m in directory.find(text) if not m.ambiguous]
        resolved += len(found)
        matched: set[int] = set()
        for match in found:
            target = next((i for i, m in enumerate(marks)
                           if m["start"] < match.end and match.start < m["end"]), None)
            expected = marks[target]["domain"] if target is not None else None
            if (expected and owner.get(expected, expected) == match.outlet.domain
                    and target not in matched):
                hits += 1
                matched.add(target)
            elif target is None and match.outlet.kind in BODIES:
                bodies.append(text[match.start:match.end])  # named in passing, rightly found
                resolved -= 1
            else:
                what = "trap" if target is not None and not marks[target]["domain"] else (
                    "wrong outlet" if target is not None else "unmarked")
                mistakes.append(f"false match ({what}): {text[match.start:match.end]!r} -> "
                                f"{match.outlet.domain} in: {text}")
        for i, mark in enumerate(marks):
            if mark["domain"] and i not in matched:
                mistakes.append(f"missed: {mark['text']!r} ({mark['domain']}) in: {text}")
    if bodies:
        mistakes.append(f"(not counted: {len(bodies)} bodies of the table named in passing, "
                        f"e.g. {', '.join(sorted(set(bodies))[:5])})")
    return hits, resolved, wanted, mistakes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true",
                        help="list the mistakes of the open splits (dev, dev2 ... dev11)")
    parser.add_argument("--split", action="append", choices=SPLITS,
                        help="score only this split (repeatable; default: every split)")
    parser.add_argument("--table", default=str(BUNDLED), help="an outlets.jsonl to test")
    args = parser.parse_args()
    lines = Path(args.table).read_text(encoding="utf-8").splitlines()
    records = OutletRecordSchema(many=True).load([json.loads(x) for x in lines if x.strip()])
    began = time.perf_counter()
    directory = OutletDirectory(records)
    owner = {host: r["domain"] for r in records for host in (r["domain"], *r["siblings"])}
    built = time.perf_counter() - began
    print(f"table: {args.table} ({len(records)} outlets; directory built in {built:.2f} s)")
    print(f"{'split':<9}{'sentences':>10}{'marked':>8}{'resolved':>9}{'hits':>6}"
          f"{'precision':>11}{'recall':>8}")
    for split in args.split or SPLITS:
        items = load(split)
        hits, resolved, wanted, mistakes = score(directory, items, owner)
        precision = hits / resolved if resolved else 1.0
        recall = hits / wanted if wanted else 1.0
        print(f"{split:<9}{len(items):>10}{wanted:>8}{resolved:>9}{hits:>6}"
              f"{precision:>11.3f}{recall:>8.3f}")
        if args.errors and split in OPEN_SPLITS:
            for line in mistakes:
                print(f"  {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
