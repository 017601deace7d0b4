"""Speed and worst cases of the attribution extractor; prints figures, asserts nothing.

    .venv/bin/python bench/extract_speed.py [--repeat N]

- median ms per article on the seed-style articles (the seed example when present, and the
  test fixtures);
- ms per KB for a 1 MB input against a 10 KB input built from the same articles (target:
  within 2x);
- hostile inputs at size n and 2n, with the time ratio (linear: about 2, must stay below 3):
  10,000 unmatched quote marks, 5,000 nested "said that", a 1 MB single line, and every cue
  word repeated 100,000 times.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.harness import machine_reference  # noqa: E402
from service.attribution import OutletDirectory, extract  # noqa: E402
from service.attribution import lexicon as lx  # noqa: E402

SEED = ROOT.parent / "shared" / "examples" / "seed-article.txt"
FIXTURES = ROOT / "tests" / "attribution" / "fixtures"
RECORDS = [
    {"domain": "nypost.com", "name": "New York Post", "ambiguous_aliases": ["the Post"]},
    {"domain": "1tv.ru", "name": "Channel One Russia", "aliases": ["Channel One"],
     "state_affiliation": "state_controlled", "country": "RU"},
    {"domain": "cfr.org", "name": "Council on Foreign Relations"},
    {"domain": "presstv.ir", "name": "Press TV", "state_affiliation": "state_controlled",
     "country": "IR"},
    {"domain": "reuters.com", "name": "Reuters"},
    {"domain": "ft.com", "name": "Financial Times"},
]


def articles() -> list[tuple[str, str]]:
    paths = ([SEED] if SEED.exists() else []) + sorted(FIXTURES.glob("*.txt"))
    out = []
    for path in paths:
        head, _, body = path.read_text(encoding="utf-8").partition("\n")
        out.append((head.strip(), body.lstrip("\n")))
    return out


def best_of(fn: Callable[[], object], repeat: int) -> float:
    """Fastest of `repeat` runs, in ms: the least disturbed by other load on the machine."""
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        fn()
        times.append((time.perf_counter() - began) * 1000)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    directory = OutletDirectory(RECORDS)
    docs = articles()

    per_article = []
    for _ in range(20):
        for head, body in docs:
            began = time.perf_counter()
            extract(body, headline=head, directory=directory)
            per_article.append((time.perf_counter() - began) * 1000)
    print(machine_reference())
    print(f"seed-style articles ({len(docs)}): median {statistics.median(per_article):.2f} ms "
          f"per article, p90 {sorted(per_article)[int(0.9 * len(per_article))]:.2f} ms")

    corpus = "\n\n".join(body for _, body in docs)

    def sized(n_bytes: int) -> str:
        return (corpus * (n_bytes // len(corpus) + 1))[:n_bytes]

    small, large = sized(10_000), sized(1_000_000)
    t_small = best_of(lambda: extract(small, directory=directory), args.repeat * 4)
    t_large = best_of(lambda: extract(large, directory=directory), max(2, args.repeat // 2))
    per_kb_small, per_kb_large = t_small / 10, t_large / 1000
    print(f"10 KB: {t_small:.1f} ms ({per_kb_small:.3f} ms/KB); 1 MB: {t_large:.0f} ms "
          f"({per_kb_large:.3f} ms/KB); ratio {per_kb_large / per_kb_small:.2f} (target < 2)")

    cue_words = " ".join(sorted(lx.CUE_VERB_FORMS)) + " according to citing quoted in "
    hostile: list[tuple[str, Callable[[int], str], int]] = [
        ("unmatched quote marks", lambda n: "“ " * n, 10_000),
        ("nested 'said that'", lambda n: "Anna said that " * n + "it rained.", 5_000),
        ("1 MB single line", lambda n: ("the minister said that prices rose and " * n)[:n],
         1_000_000),
        ("every cue word x100,000 (words)", lambda n: (cue_words * (n // 1000 + 1)),
         100_000),
        ("'said' x100,000", lambda n: "said " * n, 100_000),
        ("straight quotes and colons", lambda n: '"a": said "b" ' * n, 20_000),
    ]
    print(f"{'hostile input':<34}{'n':>10}{'t(n) ms':>10}{'t(2n) ms':>10}{'ratio':>7}")
    for label, build, n in hostile:
        one, two = build(n), build(2 * n)
        t_one = best_of(lambda text=one: extract(text, directory=directory), args.repeat)
        t_two = best_of(lambda text=two: extract(text, directory=directory), args.repeat)
        print(f"{label:<34}{n:>10}{t_one:>10.1f}{t_two:>10.1f}{t_two / t_one:>7.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
