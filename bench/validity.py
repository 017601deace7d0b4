"""Is the analysis right as an editor reads it? Every figure of the team's dev sets, one run.

    .venv/bin/python bench/validity.py [--corpus-dir DIR] [--split dev|heldout|all]

Sets (devsets/README.md): PolNeAR source spans labelled with their kind, PolNeAR nested
attributions labelled hop by hop, PolNeAR articles labelled with the article-sourcing rubric
(each by two independent readers; only what both agree on is gold), and the team's wire-style
articles with their expected sources, kinds, chains, non-claims, flags and label. Figures are
printed for the dev part and the held-out part apart: the held-out part is never used to choose
a rule or a parameter. Time per article is measured in the same run.

Kinds are compared as an editor names them (rubrics/source-kinds.md): the service's named_*
kinds are "named", anonymous and anonymous_described "unnamed", the three outlet kinds
"outlet"; "unresolved" matches no label (a reference the service could not place counts
against it) and its share is printed on its own line.

Flags: a service flag is right when the readers flag one of the claims it names; since one
flag names every claim of its source (one single-anonymous flag per source), each readers' flag
on one of those claims counts as found (recall). Until the eleventh session a flag found one
readers' flag only, so recall figures from before then are lower for the same flags.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "devsets"))

from merge import LABELS, cohen_kappa  # noqa: E402
from merge import _near as _find  # noqa: E402

from bench.harness import machine_reference  # noqa: E402
from bench.polnear import load_directory  # noqa: E402
from service import scoring  # noqa: E402
from service.attribution import Extraction, extract  # noqa: E402
from service.scoring.priors import DEFAULT_PRIORS  # noqa: E402

DEVSETS = ROOT / "devsets"
EDITOR_KIND = {
    "named_person": "named", "named_official": "named", "named_expert": "named",
    "anonymous": "unnamed", "anonymous_described": "unnamed", "vague": "vague",
    "document": "document", "outlet": "outlet", "unnamed_outlet": "outlet",
    "state_affiliated_outlet": "outlet", "unresolved": "unresolved",
}


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


class Articles:
    """Each PolNeAR article extracted once, with its time; offsets are the file's."""

    def __init__(self, corpus: Path) -> None:
        self.corpus = corpus
        self.directory = load_directory()
        self.cache: dict[str, tuple[str, Extraction, int]] = {}
        self.times: list[float] = []

    def get(self, item: dict[str, Any]) -> tuple[str, Extraction, int]:
        name = str(item["article"])
        if name not in self.cache:
            text = (self.corpus / item["corpus_split"] / "text" / f"{name}.txt").read_text(
                encoding="utf-8")
            newline = text.find("\n")
            headline, shift = (text[:newline], newline + 1) if newline > 0 else (None, 0)
            began = time.perf_counter()
            result = extract(text[shift:], headline=headline, directory=self.directory)
            self.times.append((time.perf_counter() - began) * 1000)
            self.cache[name] = (text, result, shift)
        return self.cache[name]


def _shifted(a: Any, span: Any, shift: int) -> tuple[int, int]:
    offset = 0 if a.field == "headline" else shift
    return span.start + offset, span.end + offset


def _overlap(x: tuple[int, int] | list[int], y: tuple[int, int] | list[int]) -> int:
    return max(0, min(x[1], y[1]) - max(x[0], y[0]))


def _best_source(result: Extraction, span: tuple[int, int], shift: int) -> Any:
    """The attribution whose source overlaps the labelled span most, or None."""
    best, best_overlap = None, 0
    for a in result.attributions:
        if a.source is None:
            continue
        overlap = _overlap(_shifted(a, a.source, shift), span)
        if overlap > best_overlap:
            best, best_overlap = a, overlap
    return best


def _ratio(n: int, d: int) -> str:
    return f"{n / d:.3f} ({n}/{d})" if d else "n/a (0/0)"


def source_kinds(articles: Articles, split: str) -> None:
    gold = [g for g in read_jsonl(DEVSETS / "source_kinds" / "gold.jsonl")
            if g["label"] != "not_source" and (split == "all" or g["split"] == split)]
    found = right = unresolved = 0
    pred_unnamed = pred_unnamed_right = gold_unnamed = gold_unnamed_found = 0
    confusion: Counter[tuple[str, str]] = Counter()
    for item in gold:
        _text, result, shift = articles.get(item)
        span = (item["source"][0][0], item["source"][-1][1])
        best = _best_source(result, span, shift)
        label = item["label"]
        gold_unnamed += label == "unnamed"
        if best is None or best.source is None:
            confusion[(label, "not found")] += 1
            continue
        found += 1
        kind = EDITOR_KIND.get(best.source.kind, best.source.kind)
        confusion[(label, kind)] += 1
        right += kind == label
        unresolved += kind == "unresolved"
        if kind == "unnamed":
            pred_unnamed += 1
            pred_unnamed_right += label == "unnamed"
        if label == "unnamed" and kind == "unnamed":
            gold_unnamed_found += 1
    print(f"  source spans found:            {_ratio(found, len(gold))}   target >= 0.85")
    print(f"  kind accuracy on found spans:  {_ratio(right, found)}   target >= 0.90")
    print(f"  unresolved among found:        {_ratio(unresolved, found)}")
    print(f"  'unnamed' precision:           {_ratio(pred_unnamed_right, pred_unnamed)}   "
          "target >= 0.90")
    print(f"  'unnamed' recall:              {_ratio(gold_unnamed_found, gold_unnamed)}   "
          "target >= 0.70")
    _print_confusion("gold", confusion)


def _print_confusion(rows_are: str, confusion: Counter[tuple[str, str]]) -> None:
    """One line: each labelled kind (rows) with the counts of the service's kinds for it."""
    rows = sorted({g for g, _ in confusion})
    cols = sorted({p for _, p in confusion})
    print(f"  confusion ({rows_are} rows x service columns): " + ", ".join(
        f"{g}: " + " ".join(f"{p}={confusion[(g, p)]}" for p in cols if confusion[(g, p)])
        for g in rows))


def unnamed_sample(articles: Articles, split: str) -> None:
    """Spans the service typed unnamed over PolNeAR train articles outside every other set,
    read by two readers with the rubric (devsets/unnamed_sample): how many the service now types
    as the readers do, and the precision of its "unnamed" there. A span the readers call no
    source counts as agreed when the service makes no source of it or an unresolved one."""
    gold = [g for g in read_jsonl(DEVSETS / "unnamed_sample" / "gold.jsonl")
            if split == "all" or g["split"] == split]
    if not gold:
        return
    agree = pred_unnamed = pred_unnamed_right = 0
    confusion: Counter[tuple[str, str]] = Counter()
    for item in gold:
        _text, result, shift = articles.get(item)
        span = (item["source"][0][0], item["source"][-1][1])
        best = _best_source(result, span, shift)
        kind = "not found" if best is None or best.source is None else EDITOR_KIND.get(
            best.source.kind, best.source.kind)
        label = item["label"]
        confusion[(label, kind)] += 1
        agree += kind == label or (label == "not_source" and kind in {"not found", "unresolved"})
        if kind == "unnamed":
            pred_unnamed += 1
            pred_unnamed_right += label == "unnamed"
    print(f"  kind as the readers read it:   {_ratio(agree, len(gold))}")
    print(f"  'unnamed' precision:           {_ratio(pred_unnamed_right, pred_unnamed)}   "
          "target >= 0.90")
    _print_confusion("readers'", confusion)


def _find_hop(raw: str, words: str, claim: tuple[int, int]) -> tuple[int, int] | None:
    """A hop's words where the reader meets them: in the claim's own paragraph when they occur
    there ("..., the source told RIA Novosti" after a lead naming RIA Novosti too), else the
    occurrence nearest the claim."""
    start = raw.rfind("\n", 0, claim[0]) + 1
    end = raw.find("\n", claim[1])
    paragraph = raw[start:end if end >= 0 else len(raw)]
    inside = _find(paragraph, words, claim[0] - start)
    if inside is not None:
        return inside[0] + start, inside[1] + start
    return _find(raw, words, claim[0])


def _hop_spans(result: Extraction, chain: dict[str, Any], shift: int) -> list[tuple[int, int]]:
    by_id = {a.id: a for a in result.attributions}
    spans = []
    for hop in chain["hops"]:
        a = by_id.get(hop.get("attribution") or "")
        if a is None:
            continue
        if hop.get("span"):  # words of the hop's own ("a statement released by X")
            offset = 0 if a.field == "headline" else shift
            spans.append((hop["span"]["start"] + offset, hop["span"]["end"] + offset))
        elif hop["role"] == "venue" and a.venue is not None:
            spans.append(_shifted(a, a.venue.span, shift))
        elif a.source is not None:
            spans.append(_shifted(a, a.source, shift))
    return spans


def _in_order(gold: list[list[int]], predicted: list[tuple[int, int]]) -> bool:
    at = 0
    for span in gold:
        while at < len(predicted) and not _overlap(predicted[at], span):
            at += 1
        if at == len(predicted):
            return False
        at += 1
    return True


def chains(articles: Articles, split: str) -> None:
    gold = [g for g in read_jsonl(DEVSETS / "chains" / "gold.jsonl")
            if len(g["hops"]) >= 2 and (split == "all" or g["split"] == split)]
    whole = 0
    forms: Counter[str] = Counter()
    forms_ok: Counter[str] = Counter()
    for item in gold:
        _text, result, shift = articles.get(item)
        wanted = [h["span"] for h in item["hops"]]
        ok = any(_in_order(wanted, _hop_spans(result, c, shift)) for c in result.chains)
        whole += ok
        form = "+".join(str(h["role"]) for h in item["hops"])
        forms[form] += 1
        forms_ok[form] += ok
    print(f"  nested attributions with every hop found in order: {_ratio(whole, len(gold))}"
          "   target >= 0.60")
    print("  by shape: " + ", ".join(f"{f} {forms_ok[f]}/{n}" for f, n in forms.most_common()))


def _score(result: Extraction, headline: str | None) -> dict[str, Any]:
    return scoring.score_extraction(result.to_dict(), headline=headline, priors=DEFAULT_PRIORS)


def article_labels(articles: Articles, split: str) -> None:
    gold = [g for g in read_jsonl(DEVSETS / "articles" / "gold.jsonl")
            if split == "all" or g["split"] == split]
    said, want = [], []
    for item in gold:
        text, result, shift = articles.get(item)
        headline = text[:shift - 1] if shift else None
        said.append(_score(result, headline)["score"]["label"].replace(" ", "_"))
        want.append(item["label"])
    _agreement("PolNeAR articles", want, said)


def _agreement(name: str, want: list[str], said: list[str]) -> None:
    if not want:
        print(f"  {name}: no labelled articles")
        return
    exact = sum(w == s for w, s in zip(want, said, strict=True))
    print(f"  {name}: exact agreement {_ratio(exact, len(want))} (target >= 0.70), "
          f"quadratic weighted kappa {cohen_kappa(want, said, LABELS, quadratic=True):.3f} "
          "(target >= 0.60)")
    print("  confusion (readers' label rows x service columns):")
    print("    " + " " * 16 + "".join(f"{c[:12]:>14}" for c in LABELS))
    for row in LABELS:
        print(f"    {row:<16}" + "".join(
            f"{sum(1 for w, s in zip(want, said, strict=True) if w == row and s == col):>14}"
            for col in LABELS))
    used = set(want) - set(said)
    if used:
        print(f"  labels the readers used that the service never gave: {sorted(used)}")


# -- the wire set ---------------------------------------------------------------------------------


def wire(split: str) -> None:
    folder = DEVSETS / "wire"
    gold_rows = read_jsonl(folder / "gold.jsonl")
    if not gold_rows:
        print("  no wire gold yet (devsets/wire/gold.jsonl)")
        return
    directory = load_directory()
    found = right = total = 0
    pred_unnamed = pred_unnamed_right = gold_unnamed = gold_unnamed_right = 0
    non_claims = non_claims_claimed = 0
    chain_total = chain_ok = 0
    flag_tp: Counter[str] = Counter()
    flag_fp: Counter[str] = Counter()
    flag_fn: Counter[str] = Counter()
    flag_disputed: Counter[str] = Counter()
    flag_covered: Counter[str] = Counter()  # expected flags a service flag covers
    want, said = [], []
    times = []
    n_articles = 0
    for gold in gold_rows:
        if split != "all" and gold["split"] != split:
            continue
        n_articles += 1
        raw = (folder / "articles" / f"{gold['id']}.txt").read_text(encoding="utf-8")
        headline, _, body = raw.partition("\n")
        body = body.lstrip("\n")
        shift = len(raw) - len(body)
        began = time.perf_counter()
        result = extract(body, headline=headline, directory=directory)
        times.append((time.perf_counter() - began) * 1000)
        scored = _score(result, headline)
        for att in [a for a in gold["attributions"] if a["kind"] != "not_source"]:
            claim = _find(raw, att["claim"])
            src = _find(raw, att["source"], claim if claim else 0)
            if src is None:
                continue
            total += 1
            gold_unnamed += att["kind"] == "unnamed"
            best = _best_source(result, src, shift)
            if best is not None and best.source is not None:
                found += 1
                kind = EDITOR_KIND.get(best.source.kind, best.source.kind)
                right += kind == att["kind"]
                if kind == "unnamed":
                    pred_unnamed += 1
                    pred_unnamed_right += att["kind"] == "unnamed"
                gold_unnamed_right += kind == "unnamed" and att["kind"] == "unnamed"
            if att.get("hops") and len(att["hops"]) >= 2 and claim is not None:
                chain_total += 1
                wanted = []
                for hop in att["hops"]:
                    span = _find_hop(raw, hop["text"], claim)
                    if span is not None:
                        wanted.append(list(span))
                chain_ok += any(_in_order(wanted, _hop_spans(result, c, shift))
                                for c in result.chains)
        claims = [(c["claim"]["start"] + (0 if c["claim"]["field"] == "headline" else shift),
                   c["claim"]["end"] + (0 if c["claim"]["field"] == "headline" else shift))
                  for c in result.chains if len(c["hops"]) > 1]
        for words in gold.get("non_claims", []):
            span = _find(raw, words)
            if span is None:
                continue
            non_claims += 1
            non_claims_claimed += any(_overlap(c, span) for c in claims)
        expected = defaultdict(list)
        for flag in gold.get("flags", []):
            expected[flag["code"]].append(_find(raw, flag.get("claim") or ""))
        covered: dict[str, set[int]] = defaultdict(set)
        disputed = defaultdict(list)
        for flag in gold.get("disputed_flags", []):
            disputed[flag["code"]].append(_find(raw, flag.get("claim") or ""))
        for flag in scored["flags"]:
            code = flag["code"]
            if code in {"unrated_outlet", "no_attributions"}:
                continue
            spans = [(s["start"] + (0 if s.get("field") == "headline" else shift),
                      s["end"] + (0 if s.get("field") == "headline" else shift))
                     for s in flag["spans"]]
            # The headline flag is one per article: readers name the claim it concerns where
            # the lead states it, the service where the headline does. Any other flag names
            # every claim it covers (one flag per source, however many claims it carries):
            # it is right when the readers flag one of them, and finds each one they flag.
            matches = [i for i, e in enumerate(expected[code]) if e is not None and (
                code == "headline_state_affiliated_origin" or any(
                    _overlap(s, e) for s in spans))]
            if code == "headline_state_affiliated_origin":
                matches = [i for i in matches if i not in covered[code]][:1]
            if matches:
                flag_tp[code] += 1
                covered[code].update(matches)
            elif any(e is not None and any(_overlap(s, e) for s in spans)
                     for e in disputed[code]):
                flag_disputed[code] += 1  # one reader raised it, the other did not
            else:
                flag_fp[code] += 1
        for code, wanted in expected.items():
            flag_covered[code] += len(covered[code])
            flag_fn[code] += len(wanted) - len(covered[code])
        if gold.get("label"):
            want.append(gold["label"])
            said.append(scored["score"]["label"].replace(" ", "_"))
    print(f"  articles: {n_articles}; labelled sources {total}")
    print(f"  source spans found:           {_ratio(found, total)}   target >= 0.85")
    print(f"  kind accuracy on found spans: {_ratio(right, found)}   target >= 0.90")
    print(f"  'unnamed' precision / recall: {_ratio(pred_unnamed_right, pred_unnamed)} / "
          f"{_ratio(gold_unnamed_right, gold_unnamed)}")
    print(f"  chains (two hops or more) with every hop in order: {_ratio(chain_ok, chain_total)}")
    print(f"  non-claims that became claims: {_ratio(non_claims_claimed, non_claims)}   "
          "target <= 0.05")
    single = "single_anonymous_source"
    print(f"  false '{single}' flags per 10 articles: "
          f"{10 * flag_fp[single] / max(1, n_articles):.2f} (with those the readers disagreed "
          f"on: {10 * (flag_fp[single] + flag_disputed[single]) / max(1, n_articles):.2f})   "
          "target <= 1; real ones flagged: "
          f"{_ratio(flag_covered[single], flag_covered[single] + flag_fn[single])}")
    for code in sorted(set(flag_tp) | set(flag_fp) | set(flag_fn) | set(flag_disputed)):
        strict = flag_disputed[code]
        print(f"  flag {code}: precision {_ratio(flag_tp[code], flag_tp[code] + flag_fp[code])}, "
              f"recall {_ratio(flag_covered[code], flag_covered[code] + flag_fn[code])}; "
              f"{flag_disputed[code]} more where the readers disagreed (counted as wrong: "
              f"precision {_ratio(flag_tp[code], flag_tp[code] + flag_fp[code] + strict)})")
    _agreement("wire articles", want, said)
    if times:
        print(f"  time per wire article: median {statistics.median(times):.2f} ms")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus-dir", default=str(ROOT.parent / "shared" / "reference"
                                                    / "polnear"))
    parser.add_argument("--split", default="both", choices=["dev", "heldout", "all", "both"])
    args = parser.parse_args(argv)
    corpus = Path(args.corpus_dir)
    splits = ["dev", "heldout"] if args.split == "both" else [args.split]
    have_corpus = corpus.is_dir()
    articles = Articles(corpus)
    print(f"model {scoring.MODEL_VERSION}; PolNeAR corpus: "
          f"{'found' if have_corpus else 'missing, PolNeAR sets skipped'}")
    for split in splits:
        print(f"\n== {split} ==")
        if have_corpus:
            print("source kinds (PolNeAR):")
            source_kinds(articles, split)
            print("chains (PolNeAR):")
            chains(articles, split)
            print("article labels (PolNeAR):")
            article_labels(articles, split)
            if split != "heldout":
                print("what the service typed unnamed (PolNeAR train sample, two readers):")
                unnamed_sample(articles, split)
        print("wire articles:")
        wire(split)
    if articles.times:
        ordered = sorted(articles.times)
        print(f"\n{machine_reference()}")
        print(f"time per PolNeAR article (one run each, {len(ordered)} articles): median "
              f"{statistics.median(ordered):.2f} ms, p90 "
              f"{ordered[min(len(ordered) - 1, int(0.9 * len(ordered)))]:.2f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
