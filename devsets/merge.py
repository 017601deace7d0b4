"""Two readers' labels -> the agreed dev-set labels, and the readers' agreement.

    python devsets/merge.py --readers DIR [--corpus-dir DIR]

DIR holds each reader's raw output (kinds_A.jsonl, kinds_B.jsonl, chains_A.jsonl, ...). The
chain readers name each hop by its words; this script turns the words into character offsets
(the occurrence nearest the labelled relation) so that no text of the corpus is stored. It
writes, per set, `reader_a.jsonl` and `reader_b.jsonl` (offsets and labels only) and
`gold.jsonl` (the items both readers agree on), and prints the agreement.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from polnear_items import DEFAULT_CORPUS, HERE, split_of

LABELS = ("well_sourced", "mixed", "weakly_sourced", "unsupported")


def cohen_kappa(a: Sequence[str], b: Sequence[str], order: Sequence[str] | None = None,
                quadratic: bool = False) -> float:
    """Cohen's kappa of two label sequences; quadratic weights need the labels' `order`."""
    cats = list(order) if order else sorted(set(a) | set(b))
    index = {c: i for i, c in enumerate(cats)}
    n, k = len(a), len(cats)
    if n == 0:
        return float("nan")
    observed = [[0.0] * k for _ in range(k)]
    for x, y in zip(a, b, strict=True):
        observed[index[x]][index[y]] += 1
    rows = [sum(r) for r in observed]
    cols = [sum(observed[i][j] for i in range(k)) for j in range(k)]

    def weight(i: int, j: int) -> float:
        if quadratic:
            return ((i - j) ** 2) / ((k - 1) ** 2) if k > 1 else 0.0
        return 0.0 if i == j else 1.0

    num = sum(weight(i, j) * observed[i][j] for i in range(k) for j in range(k))
    den = sum(weight(i, j) * rows[i] * cols[j] / n for i in range(k) for j in range(k))
    return 1.0 - num / den if den else 1.0


def read_jsonl(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def write_jsonl(path: Path, rows: list[dict[str, object]]) -> None:
    path.write_text("".join(json.dumps(r, sort_keys=True, ensure_ascii=False) + "\n"
                            for r in rows), encoding="utf-8")


def _labels(readers: Path, name: str) -> tuple[dict[str, str], dict[str, str]] | None:
    a_path, b_path = readers / f"{name}_A.jsonl", readers / f"{name}_B.jsonl"
    if not (a_path.exists() and b_path.exists()):
        return None
    a = {str(r["id"]): str(r["label"]) for r in read_jsonl(a_path)}
    b = {str(r["id"]): str(r["label"]) for r in read_jsonl(b_path)}
    return a, b


def merge_labels(readers: Path, name: str, folder: str, order: Sequence[str] | None) -> None:
    found = _labels(readers, name)
    if found is None:
        print(f"{folder}: no reader files")
        return
    a, b = found
    items = {str(i["id"]): i for i in read_jsonl(HERE / folder / "items.jsonl")}
    ids = [i for i in items if i in a and i in b]
    write_jsonl(HERE / folder / "reader_a.jsonl", [{"id": i, "label": a[i]} for i in ids])
    write_jsonl(HERE / folder / "reader_b.jsonl", [{"id": i, "label": b[i]} for i in ids])
    agreed = [i for i in ids if a[i] == b[i]]
    write_jsonl(HERE / folder / "gold.jsonl",
                [{**items[i], "label": a[i]} for i in agreed])
    xs, ys = [a[i] for i in ids], [b[i] for i in ids]
    line = (f"{folder}: {len(ids)} items labelled by both, {len(agreed)} agreed "
            f"({len(agreed) / len(ids):.1%}), Cohen's kappa {cohen_kappa(xs, ys):.3f}")
    if order:
        line += f", quadratic weighted kappa {cohen_kappa(xs, ys, order, quadratic=True):.3f}"
    print(line)
    print(f"  agreed labels: {dict(Counter(a[i] for i in agreed))}")


def _text(corpus: Path, item: dict[str, object]) -> str:
    path = corpus / str(item["corpus_split"]) / "text" / f"{item['article']}.txt"
    return path.read_text(encoding="utf-8")


def _relation_bounds(item: dict[str, object]) -> tuple[int, int]:
    spans = [s for key in ("source", "cue", "content") for s in (item.get(key) or [])]  # type: ignore[union-attr]
    return min(s[0] for s in spans), max(s[1] for s in spans)


def locate(text: str, words: str, lo: int, hi: int, window: tuple[int, int]) -> list[int] | None:
    """Offsets of the occurrence of `words` inside `window` nearest the relation [lo, hi)."""
    best: tuple[int, int] | None = None
    start = text.find(words, window[0])
    while start >= 0 and start + len(words) <= window[1]:
        end = start + len(words)
        distance = 0 if start < hi and lo < end else min(abs(start - hi), abs(lo - end))
        if best is None or distance < best[0]:
            best = (distance, start)
        start = text.find(words, start + 1)
    if best is None:
        return None
    return [best[1], best[1] + len(words)]


def _hops(text: str, item: dict[str, object], raw: dict[str, object]) -> list[dict[str, object]]:
    lo, hi = _relation_bounds(item)
    headline_end = text.find("\n")
    window = (max(headline_end + 1, lo - 700), min(len(text), hi + 300))
    hops = []
    for hop in raw.get("hops") or []:  # type: ignore[union-attr]
        span = locate(text, str(hop["text"]), lo, hi, window)
        if span is None:
            return []
        hops.append({"role": hop.get("role"), "kind": hop.get("kind"), "span": span})
    return hops


def _overlap(x: Sequence[int], y: Sequence[int]) -> bool:
    return x[0] < y[1] and y[0] < x[1]


def merge_chains(readers: Path, corpus: Path) -> None:
    items = {str(i["id"]): i for i in read_jsonl(HERE / "chains" / "items.jsonl")}
    raw: dict[str, dict[str, dict[str, object]]] = {"A": {}, "B": {}}
    for reader in ("A", "B"):
        for name in (f"chains_{reader}.jsonl", f"chains2_{reader}.jsonl"):
            if (readers / name).exists():
                raw[reader].update({str(r["id"]): r for r in read_jsonl(readers / name)})
    ids = [i for i in items if i in raw["A"] and i in raw["B"]]
    if not ids:
        print("chains: no reader files")
        return
    texts: dict[str, str] = {}
    out = {"A": [], "B": []}  # type: dict[str, list[dict[str, object]]]
    gold: list[dict[str, object]] = []
    same_count = agreed_spans = agreed_roles = 0
    for item_id in ids:
        item = items[item_id]
        article = str(item["article"])
        if article not in texts:
            texts[article] = _text(corpus, item)
        hops = {r: _hops(texts[article], item, raw[r][item_id]) for r in ("A", "B")}
        for r in ("A", "B"):
            out[r].append({"id": item_id, "hops": hops[r]})
        ha, hb = hops["A"], hops["B"]
        if len(ha) != len(hb) or not ha:
            continue
        same_count += 1
        if all(_overlap(x["span"], y["span"]) for x, y in zip(ha, hb, strict=True)):  # type: ignore[arg-type]
            agreed_spans += 1
            roles_agree = all(x["role"] == y["role"] for x, y in zip(ha, hb, strict=True))
            agreed_roles += roles_agree
            gold.append({**{k: item[k] for k in ("id", "article", "corpus_split", "split",
                                                   "relation")},
                         "hops": [{"role": x["role"] if x["role"] == y["role"] else None,
                                   "kind": x["kind"] if x["kind"] == y["kind"] else None,
                                   "span": x["span"]} for x, y in zip(ha, hb, strict=True)]})
    write_jsonl(HERE / "chains" / "reader_a.jsonl", out["A"])
    write_jsonl(HERE / "chains" / "reader_b.jsonl", out["B"])
    write_jsonl(HERE / "chains" / "gold.jsonl", gold)
    nested = [g for g in gold if len(g["hops"]) >= 2]  # type: ignore[arg-type]
    print(f"chains: {len(ids)} relations read by both; same number of hops {same_count} "
          f"({same_count / len(ids):.1%}); same hops in order {agreed_spans} "
          f"({agreed_spans / len(ids):.1%}), of which same roles {agreed_roles}; agreed "
          f"chains of two hops or more: {len(nested)} "
          f"({sum(1 for g in nested if g['split'] == 'heldout')} held out)")


def _near(text: str, words: str, near: int | tuple[int, int] = 0) -> tuple[int, int] | None:
    """The occurrence of `words` nearest `near` (an offset, or a span such as the claim's, whose
    distance is to its nearer end), preferring whole words: "he" is not the end of "the", nor
    "it" the start of "its". Measured to the span, the "he" of '"The sky went orange ...," he
    said' is the one after the quote, not a "he" inside the sentence before it."""
    low, high = near if isinstance(near, tuple) else (near, near)

    def distance(at: int) -> int:
        return max(low - at, at - high, 0)

    best = None
    loose = None
    start = text.find(words) if words else -1
    while start >= 0:
        end = start + len(words)
        whole = not (words[:1].isalnum() and start > 0 and text[start - 1].isalnum()) and not (
            words[-1:].isalnum() and end < len(text) and text[end].isalnum())
        if whole and (best is None or distance(start) < distance(best)):
            best = start
        if loose is None or distance(start) < distance(loose):
            loose = start
        start = text.find(words, start + 1)
    found = best if best is not None else loose
    return None if found is None else (found, found + len(words))


def _located(text: str, att: dict[str, object]) -> tuple[tuple[int, int] | None, ...]:
    claim = _near(text, str(att.get("claim") or ""))
    near = claim[0] if claim else 0
    # the source nearest the claim's span: the "he" of '"...," he said' after a long quote
    source = _near(text, str(att.get("source") or ""), claim if claim else 0)
    hops = tuple(_near(text, str(h.get("text") or ""), near)  # type: ignore[union-attr]
                 for h in att.get("hops") or [])  # type: ignore[union-attr]
    return (claim, source, *hops)


# Each article's writer, and the second reader who read it alone (one folder per batch).
def _reading_folders(readers: Path, prefix: str) -> list[str]:
    """The folders of one side of the wire readings under `readers` ("wire_writer_" for each
    article's writer, "wire_reader2" for the second readers); an article's label file is in
    exactly one folder of each side."""
    return sorted(d.name for d in readers.glob(prefix + "*") if d.is_dir())


# A flag raised once per article, on the headline claim: readers name the claim where the
# headline states it or where the lead does, and both mean the same flag
_ARTICLE_FLAGS = frozenset({"headline_state_affiliated_origin"})


def _same_flag(code: str, span: tuple[int, int] | None, other_code: str,
               other_span: tuple[int, int] | None) -> bool:
    """Two readers' flags agree: the same code on overlapping claims, or the same article-wide
    code wherever each placed it."""
    if code != other_code or span is None or other_span is None:
        return False
    return code in _ARTICLE_FLAGS or bool(_overlap(span, other_span))


def merge_wire(readers: Path) -> None:
    """The wire set: each article's writer and an independent second reader; gold keeps the
    sources, kinds, chains, non-claims, flags and label both gave."""
    folder = HERE / "wire"
    rows_a, rows_b, gold = [], [], []
    matched = total_a = total_b = same_kind = same_chain = 0
    kinds_a: list[str] = []
    kinds_b: list[str] = []
    labels_a: list[str] = []
    labels_b: list[str] = []
    writers = _reading_folders(readers, "wire_writer_")
    second_readers = _reading_folders(readers, "wire_reader2")
    for article in sorted((folder / "articles").glob("*.txt")):
        wid = article.stem
        first = next((readers / d / f"{wid}.json" for d in writers
                      if (readers / d / f"{wid}.json").exists()), None)
        second = next((readers / d / f"{wid}.json" for d in second_readers
                       if (readers / d / f"{wid}.json").exists()), None)
        if first is None or second is None:
            continue
        text = article.read_text(encoding="utf-8")
        a, b = (json.loads(x.read_text(encoding="utf-8")) for x in (first, second))
        rows_a.append({**a, "id": wid})
        rows_b.append({**b, "id": wid})
        total_a += len(a["attributions"])
        total_b += len(b["attributions"])
        located_b = [_located(text, att) for att in b["attributions"]]
        used: set[int] = set()
        agreed = []
        for att in a["attributions"]:
            loc = _located(text, att)
            if loc[1] is None:
                continue
            for idx, other in enumerate(located_b):
                if idx in used or other[1] is None or not _overlap(loc[1], other[1]):
                    continue
                used.add(idx)
                matched += 1
                kb = b["attributions"][idx]["kind"]
                kinds_a.append(att["kind"])
                kinds_b.append(kb)
                if att["kind"] != kb:
                    break
                same_kind += 1
                hops_same = len(loc) == len(other) and all(
                    x is not None and y is not None and _overlap(x, y)
                    for x, y in zip(loc[2:], other[2:], strict=True))
                same_chain += hops_same
                agreed.append({**att, "hops": att["hops"] if hops_same else None})
                break
        b_non = [_near(text, n) for n in b.get("non_claims", [])]
        non_claims = [n for n in a.get("non_claims", []) if any(
            x is not None and y is not None and _overlap(x, y)
            for x in [_near(text, n)] for y in b_non)]
        b_flags = [(f["code"], _near(text, f.get("claim") or "")) for f in b.get("flags", [])]
        a_flags = [(f["code"], _near(text, f.get("claim") or "")) for f in a.get("flags", [])]
        flags = [f for f, (_, mine) in zip(a.get("flags", []), a_flags, strict=True) if any(
            _same_flag(f["code"], mine, code, span) for code, span in b_flags)]
        agreed_flags = flags
        # one article-wide flag per code, however many claims a reader named it on
        flags = [f for i, f in enumerate(agreed_flags) if f["code"] not in _ARTICLE_FLAGS
                 or all(g["code"] != f["code"] for g in agreed_flags[:i])]
        # a flag only one reader raised is no gold either way: a service flag there is
        # neither right nor wrong (bench/validity.py counts it apart)
        disputed = [f for f in a.get("flags", []) if f not in agreed_flags] + [
            f for f, (_, theirs) in zip(b.get("flags", []), b_flags, strict=True) if not any(
                _same_flag(f["code"], theirs, code, span) for code, span in a_flags)]
        labels_a.append(a["label"])
        labels_b.append(b["label"])
        gold.append({"id": wid, "split": split_of(wid), "attributions": agreed,
                     "non_claims": non_claims, "flags": flags, "disputed_flags": disputed,
                     "label": a["label"] if a["label"] == b["label"] else None})
    if not gold:
        print("wire: no article read by both")
        return
    write_jsonl(folder / "reader_a.jsonl", rows_a)
    write_jsonl(folder / "reader_b.jsonl", rows_b)
    write_jsonl(folder / "gold.jsonl", gold)
    print(f"wire: {len(gold)} articles read by both; sources {total_a} and {total_b}, "
          f"{matched} the same span; kinds agree on {same_kind} (Cohen's kappa "
          f"{cohen_kappa(kinds_a, kinds_b):.3f}), chains on {same_chain}; labels agree "
          f"on {sum(x == y for x, y in zip(labels_a, labels_b, strict=True))}/{len(gold)} "
          f"(quadratic weighted kappa "
          f"{cohen_kappa(labels_a, labels_b, LABELS, quadratic=True):.3f})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--readers", required=True, type=Path)
    parser.add_argument("--corpus-dir", default=str(DEFAULT_CORPUS), type=Path)
    args = parser.parse_args(argv)
    merge_labels(args.readers, "kinds", "source_kinds", None)
    merge_labels(args.readers, "articles", "articles", LABELS)
    merge_chains(args.readers, args.corpus_dir)
    merge_wire(args.readers)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
