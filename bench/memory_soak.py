"""Memory soak: 100,000 mixed requests against one gunicorn worker; does resident memory grow?

    .venv/bin/python bench/memory_soak.py [--requests 100000] [--warmup 10000] [--step 10000]

One worker (WEB_CONCURRENCY=1), no recycling (GUNICORN_MAX_REQUESTS=0), rate limits on but too
high to trigger, in-process cache, a SQLite copy of the bundled ratings. wrk (a Lua script)
rotates twelve kinds of request: look-ups by URL (each URL different), by name and in bulk, an
outlet read and its 304, search, scores of 1,000 different articles (so the score cache fills to
its steady state during warm-up), attributions of articles all different (never cached), HTML
scores, 404s and 422s. The worker's VmRSS (/proc/PID/status) is read after the warm-up and after
every step; the growth after warm-up must stay under 10 %. Exits 1 when it does not, or when any
answer is a 5xx.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.harness import REPO, VENV_BIN, free_port, prepared_database

GROWTH_BAR = 10.0  # percent

LUA = r"""
local threads = {}
function setup(thread) table.insert(threads, thread) end

function init(args)
  n = tonumber(args[1]) + math.random(1000000) * 1000
  statuses = {}
end

local json = {["Content-Type"] = "application/json"}
local inm = {["If-None-Match"] = "*"}

function request()
  n = n + 1
  local k = n % 12
  if k == 0 then
    return wrk.format("GET", "/v1/outlets/lookup?url=https://www.nypost.com/2024/story-" .. n)
  elseif k == 1 then
    return wrk.format("GET", "/v1/outlets/lookup?name=Reuters")
  elseif k == 2 then
    return wrk.format("POST", "/v1/outlets/lookup", json,
      '{"items": ["https://www.bbc.co.uk/news/' .. n .. '", "nypost.com", "u' .. n ..
      '.example", "rt.com/x", "someone.substack.com"]}')
  elseif k == 3 then
    return wrk.format("POST", "/v1/score", json,
      '{"text": "The minister said on Tuesday that bridge ' .. (n % 1000) ..
      ' would reopen, according to Reuters. The New York Post reported that officials said ' ..
      'costs had doubled.", "publisher": "bbc.com"}')
  elseif k == 4 then
    return wrk.format("POST", "/v1/attributions", json,
      '{"text": "Sources told the BBC that plan ' .. n .. ' was dropped. \\"It is over,\\" ' ..
      'a spokesman said, citing a report by RIA Novosti on state television."}')
  elseif k == 5 then
    return wrk.format("GET", "/v1/outlets?q=post&page=1&per_page=20")
  elseif k == 6 then
    return wrk.format("GET", "/v1/outlets/nypost.com")
  elseif k == 7 then
    return wrk.format("GET", "/v1/outlets/nosuch-" .. n .. ".example")
  elseif k == 8 then
    return wrk.format("POST", "/v1/score", json, '{"text": ' .. n .. ', "extra": true}')
  elseif k == 9 then
    return wrk.format("GET", "/v1/outlets/lookup?url=javascript:alert(" .. n .. ")")
  elseif k == 10 then
    return wrk.format("GET", "/v1/outlets/nypost.com", inm)
  else
    return wrk.format("POST", "/score", json,
      '{"html": "<article><h1>Deal ' .. (n % 500) .. ' off</h1><p>Officials said so, ' ..
      'according to <b>Al Jazeera</b>.</p><script>x()</script></article>"}')
  end
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  for _, t in ipairs(threads) do
    for status, c in pairs(t:get("statuses")) do
      io.write(string.format("status %d %d\n", status, c))
    end
  end
end
"""


def rss_kib(pid: int) -> int:
    text = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"^VmRSS:\s+(\d+) kB", text, re.MULTILINE).group(1))  # type: ignore[union-attr]


def worker_of(master: int, timeout: float = 30) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    stat = (entry / "stat").read_text()
                except OSError:
                    continue
                if int(stat.rsplit(")", 1)[1].split()[1]) == master:
                    return int(entry.name)
        time.sleep(0.1)
    raise SystemExit("no gunicorn worker found")


def run_wrk(base: str, script: str, requests: int, offset: int, threads: int,
            connections: int, rate: list[float]) -> dict[int, int]:
    """About ``requests`` answers: wrk runs for as long as the measured rate says, as often as
    needed (bounded). No thread stops early: a stopped wrk thread can leave a connection open
    with no request on it, and a sync worker waiting on it is killed at GUNICORN_TIMEOUT."""
    statuses: dict[int, int] = {}
    answered = 0
    for _ in range(50):
        remaining = requests - answered
        if remaining < requests * 0.02:
            break
        # The first run measures the rate (5 s); later runs last as long as it says.
        seconds = 5 if rate[0] <= 0 else max(1, min(25, round(remaining / rate[0])))
        started = time.monotonic()
        out = subprocess.run(
            ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "-s", script, base,
             "--", str(offset + answered)],
            check=True, capture_output=True, text=True, timeout=120,
        ).stdout
        got = 0
        for status, count in re.findall(r"^status (\d+) (\d+)$", out, re.MULTILINE):
            statuses[int(status)] = statuses.get(int(status), 0) + int(count)
            got += int(count)
        answered += got
        if got:
            rate[0] = max(10.0, got / (time.monotonic() - started))
    return statuses


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=100_000)
    parser.add_argument("--warmup", type=int, default=10_000)
    parser.add_argument("--step", type=int, default=10_000)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--connections", type=int, default=4)
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed: apt-get install wrk")
    with tempfile.TemporaryDirectory() as tmp:
        script = os.path.join(tmp, "mix.lua")
        Path(script).write_text(LUA)
        port = free_port()
        limits = "100000000 per minute"
        env = {
            **os.environ, "DATABASE_URL": prepared_database(Path(tmp)), "DATA_DIR": tmp,
            "WEB_CONCURRENCY": "1", "GUNICORN_MAX_REQUESTS": "0", "BIND": f"127.0.0.1:{port}",
            "ACCESS_LOG": "false", "LOG_LEVEL": "WARNING", "PROMETHEUS_MULTIPROC_DIR": tmp,
            "RATE_LIMIT_DEFAULT": limits, "RATE_LIMIT_SCORE": limits, "REDIS_URL": "",
            "PYTHONPATH": str(REPO),
        }
        # The server's output goes to a file: a pipe nobody reads fills up after some
        # thousands of log lines and then blocks the worker until gunicorn kills it.
        log_path = Path(tmp) / "gunicorn.log"
        log = open(log_path, "wb")  # noqa: SIM115  (closed in finally)
        master = subprocess.Popen(
            [str(VENV_BIN / "gunicorn"), "-c", "python:service.gunicorn_conf", "service.wsgi:app"],
            cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    urllib.request.urlopen(base + "/healthz", timeout=1).read()
                    break
                except OSError:
                    if master.poll() is not None or time.monotonic() > deadline:
                        raise SystemExit("gunicorn did not start") from None
                    time.sleep(0.1)
            worker = worker_of(master.pid)
            print(f"worker pid {worker}: RSS at start {rss_kib(worker) / 1024:.1f} MiB")
            totals: dict[int, int] = {}
            started = time.monotonic()
            done = 0
            plan = [args.warmup] + [args.step] * ((args.requests - args.warmup) // args.step)
            warm = 0
            rate = [0.0]  # answers per second, measured as the soak goes
            for i, chunk in enumerate(plan):
                step = run_wrk(base, script, chunk, done, args.threads, args.connections, rate)
                if not Path(f"/proc/{worker}").exists():
                    tail = log_path.read_text(errors="replace")[-3000:]
                    raise SystemExit(f"the worker {worker} died after about {done:,} requests; "
                                     f"gunicorn's log ends with:\n{tail}")
                for status, count in step.items():
                    totals[status] = totals.get(status, 0) + count
                done += sum(step.values())
                rss = rss_kib(worker)
                if i == 0:
                    warm = rss
                    print(f"after warm-up ({done:,} requests): RSS {rss / 1024:.1f} MiB")
                else:
                    print(f"after {done:>7,} requests: RSS {rss / 1024:.1f} MiB "
                          f"({(rss - warm) / warm * 100:+.2f} % since warm-up)")
            assert worker_of(master.pid) == worker, "the worker was replaced during the soak"
            elapsed = time.monotonic() - started
            growth = (rss_kib(worker) - warm) / warm * 100
            answered = sum(totals.values())
            print(f"\n{answered:,} answers in {elapsed:.0f} s ({answered / elapsed:.0f}/s); "
                  f"statuses {dict(sorted(totals.items()))}")
            print(f"RSS growth after warm-up: {growth:+.2f} % (bar: under {GROWTH_BAR:.0f} %)")
            fives = sum(count for status, count in totals.items() if status >= 500)
            return 0 if growth < GROWTH_BAR and fives == 0 else 1
        finally:
            master.terminate()
            master.wait(30)
            log.close()


if __name__ == "__main__":
    raise SystemExit(main())
