"""Precision, recall and F1 of the attribution extractor on a PolNeAR split, and its speed.

    .venv/bin/python bench/polnear.py [--split dev|train] [--corpus-dir DIR] [--limit N]

How predictions are compared with the labels (PolNeAR labels outermost attributions only):
- predictions: attributions with no parent, except cue kind "quote" (a quote paragraph
  carried over from an earlier attribution has no cue word, and PolNeAR has no such label);
- one annotator per article: the lexicographically first .ann file;
- each of cue, source and content is scored on its own, every labelled span against every
  predicted span of the article, matched one-to-one greedily in text order;
- "overlap": the spans share at least one character (a discontinuous label counts as its
  covering span); "exact": same start and end (a discontinuous label, being a set of spans,
  never equals one predicted span).
The file's first line is passed as the headline and the rest as text; offsets are mapped
back to the file's. The
bundled outlet data is used when present. Nothing from the corpus is written anywhere.
Time per article is the fastest of --timing-runs runs (other load on a shared machine only
ever adds time), then the median and p90 over articles.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.harness import machine_reference  # noqa: E402
from service.attribution import OutletDirectory, extract  # noqa: E402

Spans = list[tuple[int, int]]
COMPONENTS = ("cue", "source", "content")


def parse_ann(path: Path) -> list[dict[str, Spans | None]]:
    """Relations of a brat .ann file: cue, source and content spans (None when absent)."""
    spans: dict[str, Spans] = {}
    relations: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        if parts[0].startswith("T"):
            label, _, offsets = parts[1].partition(" ")
            pieces = []
            for piece in offsets.split(";"):
                start, end = piece.split()
                pieces.append((int(start), int(end)))
            spans[parts[0]] = pieces
            del label
        elif parts[0].startswith("E"):
            roles = dict(item.split(":", 1) for item in parts[1].split())
            relations.append(roles)
    out: list[dict[str, Spans | None]] = []
    for roles in relations:
        out.append({
            "cue": spans.get(roles.get("Cue", "")),
            "source": spans.get(roles.get("Source", "")),
            "content": spans.get(roles.get("Content", "")),
        })
    return out


def cover(spans: Spans) -> tuple[int, int]:
    return min(s for s, _ in spans), max(e for _, e in spans)


def match(predicted: list[tuple[int, int]], gold: list[Spans], exact: bool) -> int:
    """Greedy one-to-one matches between predicted spans and labelled spans."""
    used = [False] * len(gold)
    hits = 0
    for p_start, p_end in sorted(predicted):
        for idx, spans in enumerate(gold):
            if used[idx]:
                continue
            if exact:
                ok = len(spans) == 1 and spans[0] == (p_start, p_end)
            else:
                g_start, g_end = cover(spans)
                ok = p_start < g_end and g_start < p_end
            if ok:
                used[idx] = True
                hits += 1
                break
    return hits


def load_directory() -> OutletDirectory | None:
    path = ROOT / "service" / "ratings" / "data" / "outlets.jsonl"
    if not path.exists():
        return None
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
               if line.strip()]
    return OutletDirectory(records)


def articles(split_dir: Path) -> Iterable[tuple[str, Path]]:
    ann_dir = split_dir / "attributions"
    for text_path in sorted((split_dir / "text").glob("*.txt")):
        anns = sorted(ann_dir.glob(text_path.stem + "_*.ann"))
        if anns:
            yield text_path.read_text(encoding="utf-8"), anns[0]


def prf(hits_p: int, n_pred: int, hits_g: int, n_gold: int) -> tuple[float, float, float]:
    precision = hits_p / n_pred if n_pred else 0.0
    recall = hits_g / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=["dev", "train"])
    parser.add_argument("--corpus-dir", default=str(ROOT.parent / "shared" / "reference"
                                                    / "polnear"))
    parser.add_argument("--limit", type=int, default=0, help="first N articles only")
    parser.add_argument("--timing-runs", type=int, default=3,
                        help="runs per article; its time is the fastest (least disturbed)")
    args = parser.parse_args(argv)
    split_dir = Path(args.corpus_dir) / args.split
    if not split_dir.is_dir():
        print(f"no PolNeAR split at {split_dir}", file=sys.stderr)
        return 2
    directory = load_directory()
    counts = {(c, m): [0, 0, 0, 0] for c in COMPONENTS for m in ("exact", "overlap")}
    timings: list[float] = []
    cpu_timings: list[float] = []
    n_articles = 0
    for text, ann in articles(split_dir):
        if args.limit and n_articles >= args.limit:
            break
        n_articles += 1
        gold = parse_ann(ann)
        newline = text.find("\n")
        headline, body_start = (text[:newline], newline + 1) if newline > 0 else (None, 0)
        body = text[body_start:]
        runs, cpu_runs = [], []
        for _ in range(args.timing_runs):
            began, began_cpu = time.perf_counter(), time.thread_time()
            result = extract(body, headline=headline, directory=directory)
            runs.append((time.perf_counter() - began) * 1000)
            cpu_runs.append((time.thread_time() - began_cpu) * 1000)
        timings.append(min(runs))
        cpu_timings.append(min(cpu_runs))
        outer = [a for a in result.attributions if a.parent is None and a.cue_kind != "quote"]
        predicted: dict[str, list[tuple[int, int]]] = {c: [] for c in COMPONENTS}
        for a in outer:
            # The headline is the file's first line: its offsets are the file's offsets.
            shift = 0 if a.field == "headline" else body_start
            for component, span in (("cue", a.cue), ("source", a.source),
                                    ("content", a.content)):
                if span is not None:
                    predicted[component].append((span.start + shift, span.end + shift))
        for component in COMPONENTS:
            labelled = [r[component] for r in gold if r[component]]
            for mode in ("exact", "overlap"):
                hits = match(predicted[component], labelled, mode == "exact")  # type: ignore[arg-type]
                row = counts[(component, mode)]
                row[0] += hits
                row[1] += len(predicted[component])
                row[2] += hits
                row[3] += len(labelled)
    print(f"PolNeAR {args.split}: {n_articles} articles, outlet directory: "
          f"{'bundled' if directory is not None else 'none'}")
    print(f"{'component':<10}{'match':<9}{'precision':>10}{'recall':>9}{'F1':>7}"
          f"{'pred':>7}{'gold':>7}")
    for component in COMPONENTS:
        for mode in ("overlap", "exact"):
            hp, n_pred, hg, n_gold = counts[(component, mode)]
            p, r, f = prf(hp, n_pred, hg, n_gold)
            print(f"{component:<10}{mode:<9}{p:>10.3f}{r:>9.3f}{f:>7.3f}{n_pred:>7}{n_gold:>7}")
    if timings:
        ordered = sorted(timings)
        p90 = ordered[min(len(ordered) - 1, int(0.9 * len(ordered)))]
        cpu = sorted(cpu_timings)
        print(machine_reference())
        print(f"time per article (wall): median {statistics.median(timings):.2f} ms, "
              f"p90 {p90:.2f} ms, max {ordered[-1]:.2f} ms")
        print(f"time per article (CPU):  median {statistics.median(cpu):.2f} ms, "
              f"p90 {cpu[min(len(cpu) - 1, int(0.9 * len(cpu)))]:.2f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
