"""Shared parts of the HTTP benchmarks: a real gunicorn on a free loopback port, and wrk.

Every benchmark compares the service with a bare Flask app under the same gunicorn settings in
the same run, so the ratio says what the service adds, whatever the machine is doing.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent


_REFERENCE_SENTENCE = ("The minister said on Monday that reports of the deal were premature, "
                       "according to officials quoted by the agency.")


def machine_reference() -> str:
    """One line naming how fast this machine runs plain Python today, for reading absolute times.

    In-process targets are in milliseconds, and the machines benchmarks run on differ by more
    than two times from one day to the next (docs/benchmarks.md). The reference is a fixed
    pure-Python workload shaped like the extractor's (split words, dict and set look-ups, string
    tests), best of 7 runs; dividing a figure by it compares runs made on different machines."""
    words = _REFERENCE_SENTENCE.split() * 40
    vocabulary = {w.lower(): i for i, w in enumerate(words[:12])}
    stops = frozenset({"the", "of", "to", "by", "on", "that"})

    def workload() -> int:
        hits = 0
        for word in words:
            lowered = word.lower().strip(".,")
            if lowered in stops:
                continue
            hits += vocabulary.get(lowered, 0) + word[:1].isupper()
        return hits

    best = float("inf")
    for _ in range(7):
        start = time.perf_counter()
        for _ in range(50):
            workload()
        best = min(best, time.perf_counter() - start)
    return f"machine reference: {best * 1000:.2f} ms (a fixed pure-Python loop; lower is faster)"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def prepared_database(workdir: Path) -> str:
    """A migrated, seeded SQLite database for the service under test."""
    url = f"sqlite:///{workdir}/ratings.sqlite3"
    command = VENV_BIN / "srs"  # the service's command (`service` in older environments)
    if not command.exists():
        command = VENV_BIN / "service"
    subprocess.run([str(command), "db", "upgrade"], check=True,
                   env={**os.environ, "DATABASE_URL": url}, capture_output=True)
    return url


# Base URL -> gunicorn master pid, so wrk() can charge the server's CPU time to a load.
_SERVERS: dict[str, int] = {}


def _proc_stat(pid: int | str) -> list[str] | None:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as f:
            return f.read().rpartition(")")[2].split()
    except OSError:
        return None


def server_cpu_seconds(master: int) -> float:
    """CPU time (user + system) of a gunicorn master and all its workers, live or reaped.

    A worker recycled after max_requests leaves its time in the master's cutime/cstime, so the
    figure only grows. This is what a load costs the server whatever else the machine runs:
    wall-clock requests/s on a shared 2-core machine moves by a third between runs, CPU time
    per request far less."""
    fields = _proc_stat(master)
    if fields is None:
        return 0.0
    ticks = sum(int(v) for v in fields[11:15])  # utime, stime, cutime, cstime
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            child = _proc_stat(entry)
            if child is not None and child[1] == str(master):
                ticks += int(child[11]) + int(child[12])
    return ticks / os.sysconf("SC_CLK_TCK")


@contextmanager
def gunicorn(app: str, *, workers: int, env: dict[str, str] | None = None) -> Iterator[str]:
    """Serve ``app`` under the service's gunicorn settings; yields the base URL."""
    port = free_port()
    with tempfile.TemporaryDirectory() as metrics_dir:
        full_env = {
            **os.environ,
            "WEB_CONCURRENCY": str(workers),
            "BIND": f"127.0.0.1:{port}",
            "ACCESS_LOG": "false",
            "LOG_LEVEL": "WARNING",
            "PROMETHEUS_MULTIPROC_DIR": metrics_dir,
            "PYTHONPATH": str(REPO),
            **(env or {}),
        }
        process = subprocess.Popen(
            [str(VENV_BIN / "gunicorn"), "-c", "python:service.gunicorn_conf", app],
            cwd=REPO, env=full_env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    urllib.request.urlopen(base + "/healthz", timeout=1).read()
                    break
                except OSError:
                    if process.poll() is not None or time.monotonic() > deadline:
                        raise RuntimeError(
                            f"gunicorn {app} did not start: "
                            f"{process.stderr.read().decode()[-2000:] if process.stderr else ''}"
                        ) from None
                    time.sleep(0.1)
            _SERVERS[base] = process.pid
            yield base
        finally:
            _SERVERS.pop(base, None)
            process.terminate()
            process.wait(30)


def wrk(url: str, *, seconds: int, connections: int, threads: int = 1,
        body: dict | None = None, vary: bool = False) -> dict[str, float]:
    """Run wrk against url; returns requests/s and latency percentiles in ms.

    With ``vary``, every request's body differs (the placeholder ``__N__`` in it becomes a
    counter), so no request can be answered from a cache."""
    binary = shutil.which("wrk")
    if binary is None:
        raise SystemExit("wrk is not installed: apt-get install wrk")
    args = [binary, f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency"]
    script = None
    if body is not None:
        script = tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False)  # noqa: SIM115
        payload = json.dumps(body).replace("\\", "\\\\").replace("]]", "] ]")
        script.write(
            'wrk.method = "POST"\n'
            'wrk.headers["Content-Type"] = "application/json"\n'
            f"wrk.body = [[{payload}]]\n"
        )
        if vary:
            head, _, tail = payload.partition("__N__")
            script.write(
                f"local head, tail = [[{head}]], [[{tail}]]\n"
                "local n = 0\n"
                "request = function()\n"
                "  n = n + 1\n"
                "  return wrk.format(nil, nil, nil, head .. n .. '-' .. math.random(1e9) .. tail)\n"
                "end\n"
            )
        script.close()
        args += ["-s", script.name]
    master = next((pid for base, pid in _SERVERS.items() if url.startswith(base)), None)
    cpu_before = server_cpu_seconds(master) if master else 0.0
    try:
        out = subprocess.run([*args, url], check=True, capture_output=True, text=True).stdout
    finally:
        if script is not None:
            os.unlink(script.name)
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    requests = int(re.search(r"(\d+) requests in", out).group(1))  # type: ignore[union-attr]
    cpu = server_cpu_seconds(master) - cpu_before if master else 0.0
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    latency = {}
    for pct in ("50", "90", "99"):
        match = re.search(rf"^\s+{pct}%\s+([\d.]+)(us|ms|s)\s*$", out, re.MULTILINE)
        value, unit = float(match.group(1)), match.group(2)  # type: ignore[union-attr]
        latency[pct] = value / 1000 if unit == "us" else value * 1000 if unit == "s" else value
    return {"rps": rps, "p50_ms": latency["50"], "p90_ms": latency["90"],
            "p99_ms": latency["99"], "non_2xx": float(errors.group(1)) if errors else 0.0,
            "cpu_us": cpu / max(1, requests) * 1e6}


def median(values: list[float]) -> float:
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def interleaved(runs: dict[str, Callable[[], dict[str, float]]], *, rounds: int,
                baseline: str) -> list[dict[str, Any]]:
    """Run every load ``rounds`` times, interleaved (A B C, B C A, C A B, ...), with all the
    servers up at once; returns one row per load: median requests/s and latencies over the
    rounds, and the median, lowest and highest of its per-round ratio to ``baseline``; also the
    server's median CPU time per request and ``cpu_ratio``, the baseline's CPU per request over
    the row's: the share of the baseline's capacity reached when the CPU is the limit.

    A ratio taken within one round compares two loads a few seconds apart, so a burst of other
    work on the machine moves both; the median over rounds drops the round it hit hardest, and
    the CPU ratio barely moves with it."""
    names = list(runs)
    results: dict[str, list[dict[str, float]]] = {name: [] for name in names}
    for r in range(rounds):
        order = names[r % len(names):] + names[: r % len(names)]
        for name in order:
            results[name].append(runs[name]())
    rows = []
    for name in names:
        ratios = [mine["rps"] / base["rps"]
                  for mine, base in zip(results[name], results[baseline], strict=True)]
        rows.append({
            "name": name,
            "rps": median([row["rps"] for row in results[name]]),
            "p50_ms": median([row["p50_ms"] for row in results[name]]),
            "p90_ms": median([row["p90_ms"] for row in results[name]]),
            "p99_ms": median([row["p99_ms"] for row in results[name]]),
            "non_2xx": sum(row["non_2xx"] for row in results[name]),
            "ratio": median(ratios), "ratio_low": min(ratios), "ratio_high": max(ratios),
            "cpu_us": median([row["cpu_us"] for row in results[name]]),
        })
    base_cpu = next(row["cpu_us"] for row in rows if row["name"] == baseline)
    for row in rows:
        row["cpu_ratio"] = base_cpu / row["cpu_us"] if row["cpu_us"] > 0 else 0.0
    return rows


def print_rows(rows: list[dict[str, Any]], header: str) -> None:
    print(header)
    print(f"{'endpoint':44} {'req/s':>8} {'ratio':>6} {'(range)':>12} {'p50 ms':>7} "
          f"{'p90 ms':>7} {'p99 ms':>7} {'CPU us/req':>10} {'CPU ratio':>9}")
    for row in rows:
        spread = f"{row['ratio_low']:.2f}-{row['ratio_high']:.2f}"
        print(f"{row['name']:44} {row['rps']:8.0f} {row['ratio']:6.2f} {spread:>12} "
              f"{row['p50_ms']:7.2f} {row['p90_ms']:7.2f} {row['p99_ms']:7.2f} "
              f"{row['cpu_us']:10.0f} {row['cpu_ratio']:9.2f}"
              + (f"  non-2xx={row['non_2xx']:.0f}" if row["non_2xx"] else ""))
